// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// A demo killed while it is being built leaves nothing under its name: the real voronka-cli,
// stopped by its test hook right after the contacts phase and killed there.
#include "clirun.h"
#include "support/catch.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using Voronka::Test::CliRun;
using Voronka::Test::runCli;

namespace {

QStringList demoArgs(const QString &path)
{
    return {QStringLiteral("--db"),      path,
            QStringLiteral("demo"),      QStringLiteral("--size"),
            QStringLiteral("tiny"),      QStringLiteral("--seed"),
            QStringLiteral("3"),         QStringLiteral("--now"),
            QStringLiteral("2026-03-02")};
}

// Starts a demo that stops itself after the contacts phase, waits for that line and kills it.
void killDemoAfterContacts(const QString &path)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VORONKA_TEST_DEMO_PAUSE_AFTER"), QStringLiteral("contacts"));
    p.setProcessEnvironment(env);
    p.setReadChannel(QProcess::StandardError);
    p.start(QStringLiteral(VORONKA_CLI_PATH), demoArgs(path));
    QByteArray err;
    while (!err.contains("contacts: 200 / 200")) {
        INFO(err.toStdString());
        REQUIRE(p.waitForReadyRead(60000));
        err += p.readAllStandardError();
    }
    p.kill(); // SIGKILL, stopped or not: the deals are never written
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::CrashExit);
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

TEST_CASE("demo_killedMidway_leavesNothingUnderItsName")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.voronka"));
    killDemoAfterContacts(path);
    CHECK_FALSE(QFileInfo::exists(path));
    // Only the hidden file it was being built in (and its WAL) stays behind.
    const QStringList left = entries(dir.path());
    INFO(left.join(u' ').toStdString());
    REQUIRE_FALSE(left.isEmpty());
    for (const QString &name : left)
        CHECK(name.startsWith(QStringLiteral(".demo.voronka.")));
    CHECK(left.filter(QStringLiteral(".part")).size() == left.size());

    const CliRun check = runCli({QStringLiteral("--db"), path, QStringLiteral("--user"),
                                 QStringLiteral("admin@example.com"), QStringLiteral("check")});
    CHECK(check.code == 2);
    CHECK(check.err.contains(QStringLiteral("does not exist")));

    // A new run builds the whole file under the name, beside the leftover, and adds nothing.
    const CliRun again = runCli(demoArgs(path));
    INFO(again.err.toStdString());
    REQUIRE(again.code == 0);
    CHECK(entries(dir.path()) == QStringList(left) << QStringLiteral("demo.voronka"));
    const CliRun ok = runCli({QStringLiteral("--db"), path, QStringLiteral("--user"),
                              QStringLiteral("admin@example.com"), QStringLiteral("check")});
    INFO(ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(Voronka::Test::fileValue(path, QStringLiteral("SELECT count(*) FROM deals")) == 200);
}

TEST_CASE("demo_existingFile_refusedAndLeftAsItWas")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.voronka"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("notes");
    f.close();
    const CliRun r = runCli(demoArgs(path));
    CHECK(r.code == 2);
    CHECK(r.err.contains(QStringLiteral("already exists")));
    CHECK(entries(dir.path()) == QStringList{QStringLiteral("demo.voronka")});
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "notes");
}
