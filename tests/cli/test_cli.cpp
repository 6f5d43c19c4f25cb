// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "support/catch.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace {

using Voronka::Test::fileHash;

using Run = Voronka::Test::CliRun;

Run cli(const QStringList &args, const QString &password = QStringLiteral("demo"))
{
    Voronka::Test::CliEnv env;
    env.password = password;
    return Voronka::Test::runCli(args, env);
}

// One tiny demo database shared by the read-only tests (made once: it takes a moment).
const QString &demoDb()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("demo.voronka"));
        const Run r =
            cli({QStringLiteral("--db"), p, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("tiny"), QStringLiteral("--seed"), QStringLiteral("4"),
                 QStringLiteral("--now"), QStringLiteral("2026-03-02")});
        REQUIRE(r.code == 0);
        return p;
    }();
    return path;
}

QStringList as(const QString &user, QStringList rest)
{
    return QStringList{QStringLiteral("--db"), demoDb(), QStringLiteral("--user"), user} + rest;
}

} // namespace

TEST_CASE("cli_usageErrors_exitOneWithAMessage")
{
    Run r = cli({});
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"no command"));
    r = cli({QStringLiteral("frobnicate")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"unknown command 'frobnicate'"));
    r = cli({QStringLiteral("--help")});
    CHECK(r.code == 0);
    CHECK(r.out.contains(u"Usage: voronka-cli"));
    r = cli({QStringLiteral("--db"), QStringLiteral("/tmp/x.voronka"), QStringLiteral("stats")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"--user"));
    r = cli(
        as(QStringLiteral("admin@example.com"), {QStringLiteral("search"), QStringLiteral("ab")}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"at least 3"));
}

TEST_CASE("cli_init_createsAFileOnceWithItsAdmin")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("new.voronka"));
    Run r = cli({QStringLiteral("--db"), db, QStringLiteral("init"),
                 QStringLiteral("--admin-email"), QStringLiteral("Boss@Example.com"),
                 QStringLiteral("--admin-name"), QStringLiteral("Boss")},
                QStringLiteral("s3cret"));
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(u"boss@example.com"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("boss@example.com"), QStringLiteral("--json"), QStringLiteral("stats")},
            QStringLiteral("s3cret"));
    REQUIRE(r.code == 0);
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(stats.value(QStringLiteral("users")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("pipelines")).toInt() == 1);
    CHECK(stats.value(QStringLiteral("stages")).toInt() == 6);
    r = cli({QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--admin-email"),
             QStringLiteral("x@example.com")},
            QStringLiteral("s3cret"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"already exists"));
    // The password can also come from standard input (no VORONKA_PASSWORD, not a terminal).
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("boss@example.com"), QStringLiteral("check")},
            QString());
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"Unknown user or wrong password."));
}

TEST_CASE("cli_demo_statsAndCheckPass")
{
    Run r = cli(as(QStringLiteral("admin@example.com"),
                   {QStringLiteral("--json"), QStringLiteral("stats")}));
    REQUIRE(r.code == 0);
    const QJsonObject stats = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(stats.value(QStringLiteral("deals")).toInt() == 200);
    CHECK(stats.value(QStringLiteral("contacts")).toInt() == 203); // 200 and 3 entered twice
    CHECK(stats.value(QStringLiteral("tasks")).toInt() == 412); // 2 per deal, 12 meetings
    CHECK(stats.value(QStringLiteral("history")).toInt() > 400);
    r = cli(as(QStringLiteral("admin@example.com"), {QStringLiteral("check")}));
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() == u"ok");
}

TEST_CASE("cli_wrongPasswordAndUnknownUser_areRefusedAlike")
{
    const Run wrong = cli(as(QStringLiteral("admin@example.com"), {QStringLiteral("stats")}),
                          QStringLiteral("nope"));
    const Run unknown = cli(as(QStringLiteral("ghost@example.com"), {QStringLiteral("stats")}));
    CHECK(wrong.code == 2);
    CHECK(unknown.code == 2);
    CHECK(wrong.err == unknown.err);
    CHECK(wrong.out.isEmpty());
}

TEST_CASE("cli_permissionsApplyAsInTheApp")
{
    // A manager is not an administrator...
    Run r = cli(as(QStringLiteral("manager1@example.com"), {QStringLiteral("stats")}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"administrator"));
    // ...and sees only own deals in search, while the admin sees all of them.
    r = cli(as(QStringLiteral("manager1@example.com"),
               {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("#1"),
                QStringLiteral("--limit"), QStringLiteral("1000")}));
    CHECK(r.code == 1); // "#1" has fewer than three letters or digits
    const QStringList words{QStringLiteral("поставка"), QStringLiteral("annual"),
                            QStringLiteral("внедрение")};
    int managerDeals = 0, adminDeals = 0;
    for (const QString &w : words) {
        const Run m = cli(as(QStringLiteral("manager1@example.com"),
                             {QStringLiteral("--json"), QStringLiteral("search"), w,
                              QStringLiteral("--limit"), QStringLiteral("1000")}));
        const Run a = cli(as(QStringLiteral("admin@example.com"),
                             {QStringLiteral("--json"), QStringLiteral("search"), w,
                              QStringLiteral("--limit"), QStringLiteral("1000")}));
        REQUIRE(m.code == 0);
        REQUIRE(a.code == 0);
        managerDeals += int(QJsonDocument::fromJson(m.out.toUtf8()).array().size());
        adminDeals += int(QJsonDocument::fromJson(a.out.toUtf8()).array().size());
    }
    CHECK(adminDeals > 0);
    CHECK(managerDeals > 0);
    CHECK(managerDeals < adminDeals);
}

TEST_CASE("cli_badFiles_areRefusedAndNeverModified")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("readme.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("just some text\n");
    }
    const QByteArray before = fileHash(text);
    Run r = cli({QStringLiteral("--db"), text, QStringLiteral("--user"),
                 QStringLiteral("admin@example.com"), QStringLiteral("stats")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"not a Voronka database"));
    CHECK(fileHash(text) == before);

    // A newer schema.
    const QString newer = dir.filePath(QStringLiteral("newer.voronka"));
    REQUIRE(QFile::copy(demoDb(), newer));
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(newer.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "PRAGMA user_version = 77", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
    const QByteArray newerHash = fileHash(newer);
    r = cli({QStringLiteral("--db"), newer, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("stats")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"newer version of Voronka"));
    CHECK(fileHash(newer) == newerHash);

    // A locked file.
    REQUIRE(sqlite3_open(newer.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(
        sqlite3_exec(h,
                     "PRAGMA user_version = 1; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;"
                     "INSERT INTO meta VALUES('lock', 1);",
                     nullptr, nullptr, nullptr) == SQLITE_OK);
    r = cli({QStringLiteral("--db"), newer, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("stats")});
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"locked"));
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
}

TEST_CASE("cli_check_reportsABrokenInvariant")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("broken.voronka"));
    REQUIRE(QFile::copy(demoDb(), db));
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(db.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h,
                         "DELETE FROM search WHERE rowid IN (SELECT rowid FROM search LIMIT 3);"
                         "UPDATE deals SET company_id = 999999 WHERE id = 1;",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                       QStringLiteral("admin@example.com"), QStringLiteral("check")});
    CHECK(r.code == 2);
    CHECK(r.out.contains(u"deals.company_id"));
    CHECK(r.out.contains(u"search index"));
}

TEST_CASE("cli_backup_isAWorkingCopy")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("copy.voronka"));
    Run r = cli(as(QStringLiteral("admin@example.com"), {QStringLiteral("backup"), out}));
    REQUIRE(r.code == 0);
    r = cli({QStringLiteral("--db"), out, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("check")});
    CHECK(r.code == 0);
    r = cli(as(QStringLiteral("admin@example.com"), {QStringLiteral("backup"), out}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"already exists"));
}

TEST_CASE("cli_sixWrongPasswords_refuseTheRightOneWithTheLockoutMessage")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("locked.voronka"));
    REQUIRE(QFile::copy(demoDb(), db));
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(db.toUtf8().constData(), &h) == SQLITE_OK);
    // The shared file already logs the other tests' sign-ins.
    REQUIRE(sqlite3_exec(h, "DELETE FROM sign_ins", nullptr, nullptr, nullptr) == SQLITE_OK);
    const QStringList stats = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                               QStringLiteral("manager1@example.com"), QStringLiteral("stats")};
    for (int i = 0; i < 5; ++i) {
        const Run r = cli(stats, QStringLiteral("nope"));
        CHECK(r.code == 2);
        CHECK(r.err.contains(u"Unknown user or wrong password."));
    }
    Run r = cli(stats, QStringLiteral("nope"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"Too many failed sign-in attempts. Try again in 15 minute"));
    r = cli(stats);
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"Too many failed sign-in attempts. Try again in 15 minute"));
    CHECK(r.out.isEmpty());
    // Another user of the same file is not affected.
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("stats")});
    CHECK(r.code == 0);

    sqlite3_stmt *q = nullptr;
    REQUIRE(sqlite3_prepare_v2(h,
                               "SELECT group_concat(result, ''), count(DISTINCT client) || "
                               "min(client) FROM (SELECT result, client FROM sign_ins WHERE "
                               "email = 'manager1@example.com' ORDER BY id)",
                               -1, &q, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(q) == SQLITE_ROW);
    CHECK(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0))) ==
          u"2222233");
    CHECK(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 1))) == u"1cli");
    sqlite3_finalize(q);
    sqlite3_close(h);
}

// v12 adds the sync tables to a file in use: its records, outbox and field clocks stay as they
// were (pending, written here), the file gets a sync node, and check finds nothing wrong. v13
// then fills the new aggregates (stays, deals with an open task, activity) from the records.
TEST_CASE("cli_check_aVersion11FileWithDataMigratesToTheSyncTablesClean")
{
    using namespace Voronka::Core;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("v11.voronka"));
    qint64 outboxBefore = 0;
    {
        Result<std::unique_ptr<Database>> old = Database::createAtVersion(db, 11);
        REQUIRE(old.ok());
        ManualClock clock(1772442000000LL);
        Result<qint64> admin = Admin::initialize(**old, clock, QStringLiteral("admin@example.com"),
                                                 QStringLiteral("Admin"), QStringLiteral("demo"),
                                                 Auth::Strength::Fast);
        REQUIRE(admin.ok());
        Session s(**old, clock, Auth::readUser(**old, *admin), 7);
        Records records(s);
        Result<qint64> deal = records.create(
            EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")},
                               {QStringLiteral("stage_id"), s.pipelines().first().stages.at(1).id}});
        REQUIRE(deal.ok());
        REQUIRE(records.update(EntityKind::Deal, *deal, {{QStringLiteral("budget"), 5000}}).ok());
        clock.advance(3600000);
        REQUIRE(records
                    .update(EntityKind::Deal, *deal,
                            {{QStringLiteral("stage_id"), s.pipelines().first().stages.at(2).id}})
                    .ok());
        REQUIRE(records
                    .create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                               {QStringLiteral("entity_kind"), 1},
                                               {QStringLiteral("entity_id"), *deal}})
                    .ok());
        outboxBefore = (*old)->sql().scalar("SELECT count(*) FROM outbox");
        REQUIRE(outboxBefore > 0);
    }
    const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
                       QStringLiteral("admin@example.com"), QStringLiteral("check")});
    CHECK(r.code == 0);
    CHECK(r.out.trimmed() == u"ok");
    using Voronka::Test::fileValue;
    CHECK(fileValue(db, QStringLiteral("PRAGMA user_version")).toInt() == 14);
    CHECK(fileValue(db, QStringLiteral("SELECT budget FROM deals WHERE name = 'Windows'")).toInt() ==
          5000);
    CHECK(fileValue(db, QStringLiteral("SELECT n || ' ' || duration FROM analytics_days WHERE "
                                       "measure = 7")).toString() == u"1 3600000");
    CHECK(fileValue(db, QStringLiteral("SELECT sum(n) FROM analytics_days WHERE measure = 8"))
              .toInt() == 1);
    CHECK(fileValue(db, QStringLiteral("SELECT group_concat(measure || ':' || n) FROM (SELECT * "
                                       "FROM analytics_activity ORDER BY measure)"))
              .toString() == u"1:1,4:1");
    CHECK(fileValue(db, QStringLiteral("SELECT count(*) FROM outbox WHERE state = 0 AND "
                                       "result_seq IS NULL")).toLongLong() == outboxBefore);
    CHECK(fileValue(db, QStringLiteral("SELECT count(*) FROM field_clock WHERE field = 'budget' "
                                       "AND node = 0 AND server_seq = 0 AND hlc > 0")).toInt() == 1);
    CHECK(fileValue(db, QStringLiteral("SELECT node_id FROM sync_state WHERE id = 1")).toLongLong() >
          0);
    CHECK(fileValue(db, QStringLiteral("SELECT count(*) FROM conflict_log")).toInt() == 0);
}
