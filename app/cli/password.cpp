// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "password.h"

#include "terminal.h"

#include <QTextStream>

#include <cstdio>

namespace Voronka::Cli {

namespace {
// One stream for the whole run: a second QTextStream on stdin would miss what the first one
// already buffered.
QTextStream &input()
{
    static QTextStream in(stdin);
    return in;
}

QString promptSilently(const QString &prompt)
{
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    QString line;
    {
        const Terminal::HiddenInput hidden;
        line = input().readLine();
    }
    err << Qt::endl;
    return line;
}
} // namespace

QString readPassword(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("VORONKA_PASSWORD"))
        return qEnvironmentVariable("VORONKA_PASSWORD");
    if (!Terminal::inputIsTerminal())
        return input().readLine();
    return promptSilently(prompt);
}

std::optional<QString> readNewPassword(const QString &prompt, QString &problem)
{
    if (qEnvironmentVariableIsSet("VORONKA_NEW_PASSWORD"))
        return qEnvironmentVariable("VORONKA_NEW_PASSWORD");
    if (!Terminal::inputIsTerminal()) {
        problem = QStringLiteral("no new password: set VORONKA_NEW_PASSWORD, or use "
                                 "--password-stdin or --generate.");
        return std::nullopt;
    }
    const QString first = promptSilently(prompt);
    if (promptSilently(QStringLiteral("Repeat it: ")) != first) {
        problem = QStringLiteral("the two passwords differ.");
        return std::nullopt;
    }
    return first;
}

QString readStdinLine()
{
    return input().readLine();
}

} // namespace Voronka::Cli
