// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "password.h"

#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Voronka::Cli {

QString readPassword(const QString &prompt)
{
    if (qEnvironmentVariableIsSet("VORONKA_PASSWORD"))
        return qEnvironmentVariable("VORONKA_PASSWORD");
    QTextStream in(stdin);
    if (!isatty(STDIN_FILENO))
        return in.readLine();
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << Qt::endl;
    return line;
}

} // namespace Voronka::Cli
