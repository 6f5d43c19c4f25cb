// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
//
// Every kind of file Voronka must refuse, times every command that opens a file and the
// desktop app's open: the exact message, exit code 2, the file byte-identical afterwards and no
// new file beside it.
#include "clirun.h"
#include "support/badfiles.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace {

using Run = Voronka::Test::CliRun;

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
}

struct State
{
    const char *name;
    const char *change; // SQL, "damage:TABLE", "truncate", "empty" or "text"
    const char *says;   // the message after "voronka-cli: ", %1 the file's name
};

void make(const QString &path, const State &s)
{
    REQUIRE(QFile::copy(Voronka::Test::tinyDemo(7), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray change(s.change);
    if (change.startsWith("damage:")) {
        REQUIRE(Voronka::Test::damageTable(path, change.mid(7).constData()));
    } else if (change == "truncate") { // a copy cut off half-way
        QFile f(path);
        REQUIRE(f.resize(f.size() / 2));
    } else if (change == "empty" || change == "text") {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        if (change == "text")
            f.write("name;phone\nAcme;+7 900 000-00-00\n");
    } else {
        rawExec(path, s.change);
    }
}

const QString kDamaged = QStringLiteral("%1 is damaged: part of it cannot be read. Restore it from "
                                        "a backup.");
const QString kNotVoronka = QStringLiteral("%1 is not a Voronka database.");

} // namespace

TEST_CASE("fileStates_everyCommandAndTheAppRefuseABadFileAndLeaveItAlone")
{
    const State state = GENERATE(
        State{"damagedMeta", "damage:meta", ""}, State{"damagedOutbox", "damage:outbox", ""},
        State{"damagedDeals", "damage:deals", ""},
        State{"damagedHistory", "damage:history", ""},
        State{"damagedIndex", "damage:contacts_name", ""},
        State{"damagedSearch", "damage:search_data", ""}, State{"halfWritten", "truncate", ""},
        State{"empty", "empty", "n"}, State{"text", "text", "n"},
        State{"foreignId", "PRAGMA application_id=42", "n"},
        State{"foreignTables", "CREATE TABLE invoices(number, total)",
              "%1 is marked as a Voronka database, but its tables are not Voronka's (table "
              "\"invoices\" does not match schema 14). It was left untouched."},
        State{"newer", "PRAGMA user_version=999",
              "%1 was written by a newer version of Voronka (schema 999; this version reads up "
              "to 14). Update Voronka to open it."},
        State{"unversioned", "PRAGMA user_version=0",
              "%1 has no Voronka schema version (0): it was never finished or its header is "
              "damaged. Restore it from a backup."});
    CAPTURE(state.name);
    QTemporaryDir dir;
    const QString name = QStringLiteral("team.voronka");
    const QString db = dir.filePath(name);
    make(db, state);
    const QString says = (QByteArray(state.says) == "n"  ? kNotVoronka
                          : QByteArray(state.says) == "" ? kDamaged
                                                         : QString::fromUtf8(state.says))
                             .arg(name);
    const QByteArray before = Voronka::Test::fileHash(db);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    const QList<QStringList> commands = {
        {QStringLiteral("stats")},
        {QStringLiteral("search"), QStringLiteral("acme")},
        {QStringLiteral("backup"), dir.filePath(QStringLiteral("copy.voronka"))},
        {QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        {QStringLiteral("export"), QStringLiteral("companies"), QStringLiteral("--format"),
         QStringLiteral("csv")},
        {QStringLiteral("export"), QStringLiteral("tasks"), QStringLiteral("--format"),
         QStringLiteral("ics")},
        {QStringLiteral("journal")},
        {QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("role"), QStringLiteral("list")},
        {QStringLiteral("department"), QStringLiteral("list")},
        {QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--field"),
         QStringLiteral("name=New deal")},
        {QStringLiteral("contact"), QStringLiteral("set"), QStringLiteral("1"),
         QStringLiteral("--field"), QStringLiteral("name=Renamed")},
        {QStringLiteral("task"), QStringLiteral("delete"), QStringLiteral("1")},
    };
    for (const QStringList &command : commands) {
        CAPTURE(command.join(u' ').toStdString());
        const Run r = Voronka::Test::runCli(QStringList{QStringLiteral("--db"), db,
                                                        QStringLiteral("--user"),
                                                        QStringLiteral("admin@example.com")} +
                                            command);
        CHECK(r.code == 2);
        CHECK(r.err == QStringLiteral("voronka-cli: %1\n").arg(says));
        CHECK(r.out.isEmpty());
        CHECK(Voronka::Test::fileHash(db) == before);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == files);
    }

    // check reports, rather than refuses, damage it can reach; it never changes the file.
    const Run check = Voronka::Test::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("--user"),
         QStringLiteral("admin@example.com"), QStringLiteral("check")});
    CHECK(check.code == 2);
    CHECK(Voronka::Test::fileHash(db) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == files);

    // The desktop app says the same and exits without a window.
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    const Run app = Voronka::Test::runProgram(
        QStringLiteral(VORONKA_DESKTOP_PATH),
        {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin@example.com"),
         QStringLiteral("--screenshot"), shot});
    CHECK(app.code == 2);
    CHECK(app.err.contains(says));
    CHECK_FALSE(QFile::exists(shot));
    CHECK(Voronka::Test::fileHash(db) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == files);

    // Started as a file manager starts it ("voronka FILE"), the file is the one opened.
    const Run opened = Voronka::Test::runProgram(
        QStringLiteral(VORONKA_DESKTOP_PATH),
        {db, QStringLiteral("--user"), QStringLiteral("admin@example.com"),
         QStringLiteral("--screenshot"), shot});
    CHECK(opened.code == 2);
    CHECK(opened.err.contains(says));
    CHECK_FALSE(QFile::exists(shot));
    CHECK(Voronka::Test::fileHash(db) == before);
}

TEST_CASE("fileStates_aLockedFileIsReportedAsLockedByEveryCommand")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.voronka"));
    REQUIRE(QFile::copy(Voronka::Test::tinyDemo(7), db));
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(db.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h,
                         "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; "
                         "INSERT INTO meta VALUES('held', 1);",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    for (const QStringList &command :
         {QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("check")},
          QStringList{QStringLiteral("search"), QStringLiteral("acme")},
          QStringList{QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--field"),
                      QStringLiteral("name=Waiting")}}) {
        CAPTURE(command.join(u' ').toStdString());
        const Run r = Voronka::Test::runCli(QStringList{QStringLiteral("--db"), db,
                                                        QStringLiteral("--user"),
                                                        QStringLiteral("admin@example.com")} +
                                            command);
        CHECK(r.code == 2);
        CHECK(r.err == QStringLiteral("voronka-cli: team.voronka is locked by another program. "
                                      "Try again when it is done.\n"));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == files);
    }
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
}
