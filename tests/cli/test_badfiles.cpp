// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "support/badfiles.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

namespace {

using Run = Voronka::Test::CliRun;

Run cli(const QStringList &args)
{
    return Voronka::Test::runCli(args);
}

// A fresh tiny demo file, made once for the run and copied by each test.
QString pristine()
{
    return Voronka::Test::tinyDemo(11);
}

} // namespace

TEST_CASE("cli_check_onADamagedFile_reportsTheDamageAndExitsTwo")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("damaged.voronka"));
    const QStringList check = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                               QStringLiteral("admin@example.com"), QStringLiteral("check")};
    REQUIRE(QFile::copy(pristine(), db));
    REQUIRE(Voronka::Test::damageTable(db, "outbox"));
    // The session cannot start, but the signed-in administrator still gets the diagnosis.
    Run r = cli(check);
    CHECK(r.code == 2);
    CHECK(r.out.contains(u"SQLite structure"));
    CHECK(r.err.contains(u"problem(s) found"));

    // Damage the sign-in itself reads: the file is refused at open, with the same message.
    REQUIRE(QFile::remove(db));
    REQUIRE(QFile::copy(pristine(), db));
    REQUIRE(Voronka::Test::damageTable(db, "meta"));
    r = cli(check);
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"damaged.voronka is damaged"));
}

TEST_CASE("cli_backup_failingMidCopy_leavesNothingAndARetryWorks")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("live.voronka"));
    const QString out = dir.filePath(QStringLiteral("copy.voronka"));
    REQUIRE(QFile::copy(pristine(), db));
    REQUIRE(QFileInfo(db).size() > 256 * 1024);
    // A file size limit stands in for a disk filling up mid-copy: the copy's writes past
    // 128 KiB fail (EFBIG; the signal is ignored), the sign-in's few WAL pages still fit.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("demo"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("ulimit -f 256; trap '' XFSZ; exec \"$0\" \"$@\""),
             QStringLiteral(VORONKA_CLI_PATH), QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("backup"), out});
    REQUIRE(p.waitForFinished(120000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 2);
    CHECK_FALSE(QFile::exists(out));
    // No part of the copy is left; the limit also kept the live file's WAL from folding back.
    CHECK(QDir(dir.path())
              .entryList({QStringLiteral("*copy*")}, QDir::Files | QDir::Hidden)
              .isEmpty());

    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                 QStringLiteral("admin@example.com"), QStringLiteral("backup"), out});
    CHECK(r.code == 0);
    r = cli({QStringLiteral("--db"), out, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("check")});
    CHECK(r.code == 0);
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*copy*")}, QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("copy.voronka")});
}

TEST_CASE("cli_readOnlyFile_readsWorkWritesAreRefusedAndNothingIsLeftBesideIt")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("shared.voronka"));
    REQUIRE(QFile::copy(pristine(), db));
    REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup |
                                          QFile::ReadOther));
    const QFile::Permissions browsable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                         QFile::ReadUser | QFile::WriteUser | QFile::ExeUser |
                                         QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                         QFile::ExeOther;
    // Root writes any file: the commands then run as an ordinary account, as a colleague
    // whose copy of the share is read-only would.
    const bool root = ::geteuid() == 0;
    auto run = [&](const QStringList &command) {
        const QStringList args =
            QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"),
                        QStringLiteral("admin@example.com")} +
            command;
        if (!root)
            return Voronka::Test::runCli(args);
        return Voronka::Test::runProgram(
            QStringLiteral("setpriv"),
            QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                        QStringLiteral("--clear-groups"), QStringLiteral(VORONKA_CLI_PATH)} +
                args);
    };
    const QByteArray before = Voronka::Test::fileHash(db);
    // A folder the account may not write, then one it may (where -wal/-shm could be made).
    for (const bool folderWritable : {false, true}) {
        CAPTURE(folderWritable);
        QFile::Permissions folder = browsable;
        if (folderWritable)
            folder |= QFile::WriteGroup | QFile::WriteOther;
        REQUIRE(QFile::setPermissions(dir.path(), folder));
        for (const QStringList &read :
             {QStringList{QStringLiteral("stats")},
              QStringList{QStringLiteral("search"), QStringLiteral("com")},
              QStringList{QStringLiteral("check")},
              QStringList{QStringLiteral("export"), QStringLiteral("contacts"),
                          QStringLiteral("--format"), QStringLiteral("csv")}}) {
            const Run r = run(read);
            CAPTURE(read.join(u' ').toStdString(), r.err.toStdString());
            CHECK(r.code == 0);
            CHECK_FALSE(r.out.isEmpty());
        }
        const Run w = run({QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--field"),
                           QStringLiteral("name=Refused")});
        CHECK(w.code == 2);
        CHECK(w.err.trimmed() ==
              u"voronka-cli: shared.voronka is read-only here: it can be viewed but not changed.");
        CHECK(Voronka::Test::fileHash(db) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QStringLiteral("shared.voronka")});
    }
}
