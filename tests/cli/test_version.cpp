// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"

#include "app/version.h"

#include <catch2/catch.hpp>

using namespace Voronka::Test;

namespace {
// What every executable answers to --version: its name, then the one project version (and the
// git description when built from a checkout).
void checkVersion(const QString &program, const QString &name)
{
    CAPTURE(program);
    const CliRun run = runProgram(program, {QStringLiteral("--version")});
    REQUIRE(run.code == 0);
    const QString expected = name + u' ' + QLatin1String(VORONKA_VERSION_FULL);
    REQUIRE(run.out.trimmed().startsWith(expected));
}
} // namespace

TEST_CASE("version_everyExecutable_printsTheProjectVersion")
{
    REQUIRE(QLatin1String(VORONKA_VERSION_FULL).startsWith(QLatin1String(VORONKA_VERSION)));
    checkVersion(QStringLiteral(VORONKA_CLI_PATH), QStringLiteral("voronka-cli"));
    checkVersion(QStringLiteral(VORONKA_SERVER_PATH), QStringLiteral("voronka-server"));
    checkVersion(QStringLiteral(VORONKA_BENCH_PATH), QStringLiteral("voronka-bench"));
    checkVersion(QStringLiteral(VORONKA_DESKTOP_PATH), QStringLiteral("Voronka"));
}

TEST_CASE("server_help_printsItsCommandsAndSucceeds")
{
    for (const QStringList &args : {QStringList{QStringLiteral("--help")},
                                    QStringList{QStringLiteral("serve"), QStringLiteral("-h")}}) {
        const CliRun run = runProgram(QStringLiteral(VORONKA_SERVER_PATH), args);
        CHECK(run.code == 0);
        CHECK(run.out.contains(QStringLiteral("serve")));
        CHECK(run.out.contains(QStringLiteral("restore")));
        CHECK_FALSE(run.err.contains(QStringLiteral("unknown option")));
    }
}
