// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"

#include "support/catch.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace Voronka::Test {

CliRun runProgram(const QString &program, const QStringList &args, const CliEnv &e)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("VORONKA_PASSWORD"));
    env.remove(QStringLiteral("VORONKA_NEW_PASSWORD"));
    if (!e.password.isNull())
        env.insert(QStringLiteral("VORONKA_PASSWORD"), e.password);
    if (!e.newPassword.isNull())
        env.insert(QStringLiteral("VORONKA_NEW_PASSWORD"), e.newPassword);
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(e.input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 128 + p.exitCode();
    r.bytes = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.bytes);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CliRun runCli(const QStringList &args, const CliEnv &env)
{
    return runProgram(QStringLiteral(VORONKA_CLI_PATH), args, env);
}

} // namespace Voronka::Test
