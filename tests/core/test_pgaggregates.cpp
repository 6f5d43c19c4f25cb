// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// The aggregate tables on PostgreSQL (docs/design/server-postgres.md, step 2): the views and
// triggers PgSchema translates from their SQLite text keep analytics_days and
// analytics_activity exactly as SQLite's do. PostgreSQL cases run when the run names a cluster
// (VORONKA_TEST_PG or VORONKA_TEST_PG_DIR, as in test_sqlbackends.cpp); CTest's core-pg does.
#include "support/catch.h"
#include "support/pgtest.h"

#include "core/storage/pgschema.h"
#include "core/storage/pgtriggers.h"
#include "core/storage/schema.h"
#include "core/storage/sqlite.h"
#include "core/storage/writeaudit.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <cmath>

#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

using namespace Voronka::Core;

namespace {

using Voronka::Test::pgUri; // the cluster the run names (support/pgtest.h)

// A schema of its own on the PostgreSQL server, dropped at the end, and a connection to it.
struct PgDb
{
    Voronka::Test::PgScratch scratch;
    std::unique_ptr<Connection> c =
        std::make_unique<Connection>(scratch.uri(), Connection::Mode::ReadWrite);
    ~PgDb() { c.reset(); } // before the scratch schema is dropped
};

// An SQLite database made by the migrations, as a file is. Its writes here are plain SQL
// behind the write path (no outbox), so the write audit is off for it.
std::unique_ptr<Connection> migratedSqlite()
{
    auto c = std::make_unique<Connection>(QStringLiteral(":memory:"), Connection::Mode::Create);
    WriteAudit::uninstall(c->handle());
    for (int v = 1; v <= Schema::latestVersion(); ++v) {
        Transaction t(*c);
        c->exec(Schema::migrationSql(v));
        Schema::migrationData(v, *c, 0);
        t.commit();
    }
    return c;
}

using Rows = std::vector<std::vector<qint64>>;

Rows rows(Connection &c, const char *sql)
{
    Rows out;
    Query q = c.prepare(sql);
    while (q->step()) {
        std::vector<qint64> row;
        for (int i = 0; i < q->columnCount(); ++i)
            row.push_back(q->isNull(i) ? -999999 : q->int64(i));
        out.push_back(row);
    }
    return out;
}

std::string show(const Rows &r)
{
    std::string out;
    for (const auto &row : r) {
        for (qint64 v : row)
            out += std::to_string(v) + ' ';
        out += '\n';
    }
    return out;
}

const char *const kDays = "SELECT measure, pipeline_id, day, stage_id, responsible_id, reason, n, "
                          "amount, duration FROM analytics_days ORDER BY 1, 2, 3, 4, 5, 6";
const char *const kActivity =
    "SELECT measure, day, user_id, n FROM analytics_activity ORDER BY 1, 2, 3";
// What the facts give now, for the recomputation check.
const char *const kDaysFresh =
    "SELECT measure, pipeline_id, day, stage_id, responsible_id, reason, count(*), sum(amount), "
    "sum(duration) FROM analytics_facts GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6";
const char *const kDaysKept =
    "SELECT measure, pipeline_id, day, stage_id, responsible_id, reason, n, amount, duration "
    "FROM analytics_days WHERE n <> 0 OR amount <> 0 OR duration <> 0 ORDER BY 1, 2, 3, 4, 5, 6";

// The same statement, with the same values, on both databases.
struct Both
{
    Connection &lite;
    Connection &pg;
    template<typename... A> void run(const char *sql, const A &...a)
    {
        for (Connection *c : {&lite, &pg}) {
            INFO((c == &pg ? "PostgreSQL: " : "SQLite: ") << sql);
            Query q = c->prepare(sql);
            q->bindAll(a...);
            q->run();
        }
    }
};

std::string refusal(Connection &m, const char *sql)
{
    try {
        PgSchema::Detail::translate(m, "view v", sql);
    } catch (const std::runtime_error &e) {
        return e.what();
    }
    return {};
}

} // namespace

// Every view and trigger of the SQLite schema has its PostgreSQL statements; a construct the
// rules do not know stops the generation, naming where it is.
TEST_CASE("The PostgreSQL schema carries every view and trigger of the SQLite one", "[pg]")
{
    auto lite = migratedSqlite();
    QStringList triggers;
    {
        Query q = lite->prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY "
                                "name");
        while (q->step())
            triggers << q->text(0);
    }
    INFO(triggers.join(u' ').toStdString());
    CHECK(triggers.size() > 20); // 35 at schema 13
    const std::vector<std::string> sql = PgSchema::statements();
    std::string all;
    for (const std::string &s : sql)
        all += s + ";\n";
    for (const QString &t : triggers) {
        INFO(t.toStdString());
        CHECK(all.find("CREATE TRIGGER \"" + t.toStdString() + "\"") != std::string::npos);
    }
    CHECK(all.find("CREATE VIEW \"analytics_facts\"") != std::string::npos);
    CHECK(all.find("CREATE VIEW \"analytics_activity_facts\"") != std::string::npos);
    CHECK(all.find("INDEXED BY") == std::string::npos);
    CHECK(all.find(" IS NOT \"") == std::string::npos);

    // What has no rule is refused by name.
    Connection m(QStringLiteral(":memory:"), Connection::Mode::Create);
    CHECK(refusal(m, "SELECT iif(1, 2, 3)") ==
          "PostgreSQL schema: view v: the function iif() has no PostgreSQL form here");
    CHECK(refusal(m, "SELECT julianday('2026-01-01', '+1 day')")
              .find("julianday() with "
                    "modifiers") != std::string::npos);
    CHECK(refusal(m, "SELECT 'a' || 'b'").find("the operator ||") != std::string::npos);
    CHECK(refusal(m, "SELECT x, sum(y) FROM t").find("a bare column") != std::string::npos);
    CHECK(refusal(m, "SELECT x, sum(y) FROM t GROUP BY x").empty());
    CHECK(refusal(m, "SELECT x + 1, sum(y) FROM t").find("beside an aggregate") !=
          std::string::npos);
    // Untyped columns: read as integers, unless the name is typed in another table. The
    // search table's columns (FTS5 declares no types) are TEXT on PostgreSQL, not untyped.
    CHECK(PgSchema::Detail::translate(*lite, "view v", "SELECT h.old_value FROM history h") ==
          "SELECT voronka_int(h.old_value) FROM history h");
    CHECK(PgSchema::Detail::translate(*lite, "view v", "SELECT name, extra FROM search") ==
          "SELECT name, extra FROM search");

    if (pgUri().isEmpty())
        return;
    PgDb db;
    PgSchema::create(*db.c);
    for (const QString &t : triggers) {
        INFO(t.toStdString());
        Query q = db.c->prepare("SELECT count(*) FROM pg_trigger g JOIN pg_class c ON c.oid = "
                                "g.tgrelid WHERE c.relnamespace = current_schema()::regnamespace "
                                "AND g.tgname = ?1");
        q->bind(1, t);
        REQUIRE(q->step());
        CHECK(q->int64(0) == 1);
    }
    CHECK(db.c->scalar("SELECT count(*) FROM information_schema.views WHERE table_schema = "
                       "current_schema()") == 2);
    CHECK(db.c->scalar("SELECT count(*) FROM analytics_facts") == 0);

    // Rows numbered by their identity: the triggers know NEW.id as SQLite's know the rowid.
    // (bound: meta.value is untyped, jsonb on PostgreSQL, and takes a value in its own type)
    db.c->prepare("INSERT INTO meta(key, value) VALUES('analytics_offset_ms', ?1)")
        ->bind(1, qint64(0))
        .run();
    db.c->exec("INSERT INTO stages(uid, pipeline_id, name, position, color, created_at, "
               "updated_at, hlc) VALUES('\\x01', 1, 'S', 1, '', 0, 0, 0)");
    db.c->exec("INSERT INTO deals(uid, name, pipeline_id, stage_id, stage_entered_at, created_at, "
               "updated_at, hlc) VALUES('\\x02', 'D', 1, (SELECT max(id) FROM stages), "
               "86400000, 86400000, 86400000, 0)");
    db.c->exec("INSERT INTO tasks(uid, type_id, text, entity_kind, entity_id, created_at, "
               "updated_at, hlc) VALUES('\\x03', 1, 'Call', 1, (SELECT max(id) FROM deals), "
               "86400000, 86400000, 0)");
    CHECK(db.c->scalar("SELECT sum(n) FROM analytics_days WHERE measure = 2 AND day = 1") == 1);
    CHECK(db.c->scalar("SELECT sum(n) FROM analytics_days WHERE measure = 8") == 1);
    CHECK(db.c->scalar("SELECT sum(n) FROM analytics_activity WHERE measure = 4 AND day = 1") == 1);

    // A statement that fails after its first rows recorded their AFTER calls, rolled back to a
    // savepoint: the recorded calls go with it, and the next statement does not run them.
    for (const char *uid : {"'\\x04'", "'\\x05'"})
        db.c->exec(QStringLiteral("INSERT INTO tasks(uid, type_id, text, entity_kind, entity_id, "
                                  "created_at, updated_at, hlc) VALUES(%1, 1, 'Call', 1, (SELECT "
                                  "max(id) FROM deals), 86400000, 86400000, 0)")
                       .arg(QLatin1String(uid)));
    db.c->exec("SAVEPOINT s");
    CHECK_THROWS_AS(db.c->exec("UPDATE tasks SET status = 1, text = CASE WHEN id = (SELECT "
                               "max(id) FROM tasks) THEN NULL ELSE text END"),
                    SqlError);
    db.c->exec("ROLLBACK TO s");
    db.c->exec("RELEASE s");
    db.c->exec("UPDATE tasks SET status = 2 WHERE id = (SELECT min(id) FROM tasks)");
    CHECK(show(rows(*db.c, kDaysKept)) == show(rows(*db.c, kDaysFresh)));
    CHECK(db.c->scalar("SELECT sum(n) FROM analytics_days WHERE measure = 8") == 1);
}

// The rules' expressions give SQLite's values on PostgreSQL: dates SQLite reads and those it
// reads as none, truncation, NULL-safe comparison, scalar max and min with a NULL, a bare
// column beside max().
TEST_CASE("Translated expressions give SQLite's results on PostgreSQL", "[pg]")
{
    if (pgUri().isEmpty())
        return; // PostgreSQL only: CTest's core-pg runs it
    PgDb db;
    PgSchema::create(*db.c);
    auto lite = migratedSqlite();
    const char *const dates[] = {"2026-03-05",
                                 "2026-02-30",
                                 "2026-02-31",
                                 "2024-02-29",
                                 "1969-12-31 12:00",
                                 "1970-01-01",
                                 "0000-01-01",
                                 "9999-12-31",
                                 "2026-01-05 ",
                                 "2026-01-05T10:00",
                                 "2026-01-05 10:00:30.5",
                                 "2026-01-05 23:59:59.9996",
                                 "2026-01-05 24:00",
                                 "2026-01-05 10:00+03:00",
                                 "2026-01-05 02:00 +14:00",
                                 "2026-01-05 10:00Z",
                                 "-0001-03-01",
                                 "12:00",
                                 "2460000",
                                 " 2460000.25 ",
                                 "1e3",
                                 "soon",
                                 "",
                                 "2026-13-01",
                                 "2026-1-5",
                                 " 2026-01-05",
                                 "2026-01-32",
                                 "2026-00-10",
                                 "2026-01-05Z",
                                 "2026-01-05 23:60",
                                 "2026-01-05 10:00 +15:00",
                                 "2026-01-05 10:00:30.",
                                 "-5",
                                 "2026-01-05x"};
    for (const char *d : dates) {
        INFO(d);
        QString literal = QString::fromUtf8(d);
        literal.replace(u'\'', QLatin1String("''"));
        const std::string julian =
            QStringLiteral("SELECT julianday('%1') * 86400000, CASE WHEN julianday('%1') IS NULL "
                           "THEN -1 ELSE CAST(julianday('%1') - 2440587.5 AS INTEGER) END")
                .arg(literal)
                .toStdString();
        const std::string pg = PgSchema::Detail::translate(*lite, "test", julian);
        Query a = lite->prepare(julian.c_str());
        REQUIRE(a->step());
        Query b = db.c->prepare(pg.c_str());
        REQUIRE(b->step());
        CHECK(a->isNull(0) == b->isNull(0));
        if (!a->isNull(0))
            CHECK(std::llround(a->real(0)) == std::llround(b->real(0)));
        CHECK(a->int64(1) == b->int64(1));
    }
    const char *const expressions[] = {
        "SELECT CAST(-0.5 AS INTEGER), CAST(2.5 AS INTEGER), CAST(-7.9 AS INTEGER)",
        "SELECT 7 / 2, -7 / 2, 7 % 3, -7 % 3, 5 & 3",
        "SELECT 1 IS NOT 2, NULL IS NOT NULL, 1 IS NOT NULL, NULL IS NULL, 3 IS 3, NULL IS 3",
        "SELECT coalesce(max(1, 5), -1), coalesce(max(1, NULL), -1), coalesce(min(4, 2, 9), -1), "
        "coalesce(min(NULL, 2), -1)",
        "SELECT coalesce((SELECT id FROM (SELECT s.id AS id, max(s.position) FROM stages s) "
        "WHERE id IS NOT NULL), 0)",
        "SELECT coalesce((SELECT id FROM (SELECT s.id AS id, min(s.position) FROM stages s "
        "WHERE s.pipeline_id = 1)), 0), count(*) FROM stages",
        "SELECT coalesce((SELECT value FROM meta WHERE key = 'analytics_offset_ms'), -1) + 1",
        "SELECT (1 = 1) + (2 > 3) * 5 - (NULL = 1), sum(s.position > 5), sum(s.id IN (1, 3)) "
        "FROM stages s",
    };
    for (Connection *c : {lite.get(), db.c.get()}) {
        for (const auto &[id, pipeline, position] :
             {std::tuple{1, 1, 5}, std::tuple{7, 1, 9}, std::tuple{3, 2, 1}})
            c->prepare("INSERT INTO stages(id, uid, pipeline_id, name, position, color, "
                       "created_at, updated_at, hlc) VALUES(?1, ?2, ?3, 'S', ?4, '', 0, 0, 0)")
                ->bindAll(id, QByteArray::number(id), pipeline, position)
                .run();
        c->exec("DELETE FROM meta WHERE key = 'analytics_offset_ms'");
        c->prepare("INSERT INTO meta(key, value) VALUES('analytics_offset_ms', ?1)")
            ->bind(1, qint64(3600000))
            .run();
    }
    for (const char *sql : expressions) {
        INFO(sql);
        const std::string pg = PgSchema::Detail::translate(*lite, "test", sql);
        INFO(pg);
        const Rows a = rows(*lite, sql);
        const Rows b = rows(*db.c, pg.c_str());
        CHECK(show(a) == show(b));
    }
}

// The same plain SQL writes on an SQLite database made by the migrations and on PostgreSQL
// made by PgSchema::create, in a fixed-seed random order: deals across pipelines, stages and
// responsibles (close dates SQLite reads as none among them), stage moves in history
// inserted, moved to another deal and deleted, stages reordered and re-kinded, tasks, contacts,
// companies and notes made, done and deleted; single rows and statements that change many rows
// of one deal (whose AFTER triggers SQLite runs row by row). Every aggregate row is equal after
// each step, and the aggregates equal a recomputation at the end.
TEST_CASE("The aggregate tables on PostgreSQL equal SQLite's after random writes", "[pg]")
{
    if (pgUri().isEmpty())
        return; // PostgreSQL only: CTest's core-pg runs it
    PgDb db;
    PgSchema::create(*db.c);
    auto lite = migratedSqlite();
    Both both{*lite, *db.c};
    lite->exec("DELETE FROM meta WHERE key = 'analytics_offset_ms'");
    both.run("INSERT INTO meta(key, value) VALUES('analytics_offset_ms', ?1)", 3 * 3600000);

    // Two pipelines of an Incoming, three open, a won and a lost stage.
    std::vector<std::pair<qint64, qint64>> stages; // id, pipeline
    qint64 stageId = 0;
    for (qint64 pipeline = 1; pipeline <= 2; ++pipeline)
        for (int kind : {3, 0, 0, 0, 1, 2}) {
            ++stageId;
            both.run("INSERT INTO stages(id, uid, pipeline_id, name, position, color, kind, "
                     "created_at, updated_at, hlc) VALUES(?1, ?2, ?3, ?4, ?5, '#fff', ?6, 0, 0, 0)",
                     stageId, QByteArray("s") + QByteArray::number(stageId), pipeline,
                     QStringLiteral("S%1").arg(stageId), stageId * 10, kind);
            stages.emplace_back(stageId, pipeline);
        }
    const QVariant closeDates[] = {QVariant(),
                                   QStringLiteral("2026-03-05"),
                                   QStringLiteral("2026-02-30"),
                                   QStringLiteral("soon"),
                                   QStringLiteral(""),
                                   QStringLiteral("2026-13-01"),
                                   QStringLiteral("2026-04-01 23:30"),
                                   QStringLiteral("1969-12-31 12:00"),
                                   QStringLiteral("2460000")};
    QRandomGenerator rng(20261207);
    qint64 now = 1767225600000; // 2026-01-01 UTC
    qint64 dealId = 0, historyId = 0, taskId = 0, contactId = 0;
    std::vector<qint64> deals;
    std::set<qint64> ops;
    auto pick = [&](const std::vector<qint64> &from) {
        return from.at(rng.bounded(int(from.size())));
    };
    auto someone = [&]() -> QVariant {
        const int r = rng.bounded(4);
        return r == 0 ? QVariant() : QVariant(qint64(r));
    };
    auto stageOf = [&](qint64 deal) {
        return lite->scalar(QStringLiteral("SELECT stage_id FROM deals WHERE id = %1")
                                .arg(deal)
                                .toUtf8()
                                .constData());
    };
    for (int step = 0; step < 400; ++step) {
        CAPTURE(step);
        now += qint64(rng.bounded(1, 30)) * 3600000;
        const int op = deals.empty() ? 0 : rng.bounded(20);
        ops.insert(op);
        const auto [stage, pipeline] = stages.at(rng.bounded(int(stages.size())));
        const qint64 deal = deals.empty() ? 0 : pick(deals);
        CAPTURE(op, deal, stage);
        switch (op) {
        case 0:
        case 1: // a new deal
            ++dealId;
            both.run("INSERT INTO deals(id, uid, name, budget, responsible_id, pipeline_id, "
                     "stage_id, close_date, loss_reason_id, stage_entered_at, created_at, "
                     "updated_at, hlc) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?10, "
                     "0)",
                     dealId, QByteArray("d") + QByteArray::number(dealId),
                     QStringLiteral("D%1").arg(dealId), qint64(rng.bounded(1, 100) * 100),
                     someone(), pipeline, stage, closeDates[rng.bounded(9)],
                     rng.bounded(2) ? QVariant() : QVariant(qint64(rng.bounded(1, 4))), now);
            deals.push_back(dealId);
            break;
        case 2:
        case 3: { // a stage move, as the write path makes it: the row, then its history entry
            const qint64 from = stageOf(deal);
            both.run("UPDATE deals SET stage_id = ?1, pipeline_id = ?2, stage_entered_at = ?3, "
                     "updated_at = ?3 WHERE id = ?4",
                     stage, pipeline, now, deal);
            both.run("INSERT INTO history(id, kind, entity_id, at, user_id, event, field, "
                     "old_value, new_value) VALUES(?1, 1, ?2, ?3, ?4, 2, 'stage_id', ?5, ?6)",
                     ++historyId, deal, now, someone(), from, stage);
            break;
        }
        case 4: // a budget edit alone
            both.run("UPDATE deals SET budget = ?1 WHERE id = ?2",
                     qint64(rng.bounded(1, 100) * 100), deal);
            break;
        case 5:
            both.run("UPDATE deals SET responsible_id = ?1, close_date = ?2, loss_reason_id = ?3 "
                     "WHERE id = ?4",
                     someone(), closeDates[rng.bounded(9)], qint64(rng.bounded(0, 3)), deal);
            break;
        case 6: // the recycle bin, and back
            both.run("UPDATE deals SET deleted = 1 - deleted WHERE id = ?1", deal);
            break;
        case 7: // a purge
            both.run("DELETE FROM deals WHERE id = ?1", deal);
            deals.erase(std::find(deals.begin(), deals.end(), deal));
            break;
        case 8: // a merge moves every entry of one deal to another: many rows of two deals
            both.run("UPDATE history SET entity_id = ?1 WHERE kind = 1 AND entity_id = ?2",
                     pick(deals), deal);
            break;
        case 9: // one entry changed in place, or deleted
            if (rng.bounded(2))
                both.run("UPDATE history SET at = at - ?1, old_value = ?2 WHERE id = (SELECT "
                         "max(id) FROM history WHERE kind = 1 AND event = 2 AND entity_id = ?3)",
                         qint64(rng.bounded(1, 48)) * 3600000, stage, deal);
            else
                both.run("DELETE FROM history WHERE id = (SELECT min(id) FROM history WHERE "
                         "event = 2 AND entity_id = ?1)",
                         deal);
            break;
        case 10: // every entry of a deal at once
            both.run("DELETE FROM history WHERE kind = 1 AND entity_id = ?1", deal);
            break;
        case 11: // a pipeline setup moving a stage's deals, with their entries in one statement
            both.run("INSERT INTO history(id, kind, entity_id, at, user_id, event, field, "
                     "old_value, new_value) SELECT ?4 + row_number() OVER (ORDER BY id), 1, id, "
                     "?1, 1, 2, 'stage_id', ?5, ?2 FROM deals WHERE stage_id = ?3 ORDER BY "
                     "id",
                     now, stage, stageOf(deal), historyId, stageOf(deal));
            historyId = lite->scalar("SELECT coalesce(max(id), 0) FROM history");
            both.run("UPDATE deals SET stage_id = ?1, pipeline_id = ?2, stage_entered_at = ?3 "
                     "WHERE stage_id = ?4",
                     stage, pipeline, now, stageOf(deal));
            break;
        case 12: { // stages reordered; rarely a kind changed
            const auto other = stages.at(rng.bounded(int(stages.size())));
            if (rng.bounded(6) == 0) {
                both.run("UPDATE stages SET kind = ?1 WHERE id = ?2 AND kind IN (0, 3)",
                         rng.bounded(2) ? 0 : 3, stage);
            } else {
                // The positions as values: a subquery of the table being updated sees the
                // rows changed so far on SQLite, the statement's snapshot on PostgreSQL.
                auto position = [&](qint64 id) {
                    return lite->scalar(QStringLiteral("SELECT position FROM stages WHERE id = %1")
                                            .arg(id)
                                            .toUtf8()
                                            .constData());
                };
                both.run("UPDATE stages SET position = CASE id WHEN ?1 THEN ?3 ELSE ?4 END "
                         "WHERE id IN (?1, ?2)",
                         stage, other.first, position(other.first), position(stage));
            }
            break;
        }
        case 13:
        case 14: { // a task: of a deal mostly, of a contact or of nothing sometimes
            const int kind = rng.bounded(4) == 0 ? rng.bounded(3) * 2 : 1; // 0, 2, 4 or 1
            ++taskId;
            both.run("INSERT INTO tasks(id, uid, type_id, text, due_at, responsible_id, "
                     "entity_kind, entity_id, status, created_at, updated_at, hlc) VALUES(?1, "
                     "?2, 1, 'Call', ?3, ?4, ?5, ?6, 0, ?7, ?7, 0)",
                     taskId, QByteArray("t") + QByteArray::number(taskId),
                     rng.bounded(4) ? QVariant(now + qint64(rng.bounded(-72, 72)) * 3600000)
                                    : QVariant(),
                     someone(), kind, kind ? QVariant(deal) : QVariant(), now);
            break;
        }
        case 15: { // a task done, reopened, cancelled, moved to another deal or deleted
            const qint64 task =
                lite->scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM tasks WHERE id <= %1")
                                 .arg(rng.bounded(1, int(taskId) + 2))
                                 .toUtf8()
                                 .constData());
            switch (rng.bounded(6)) {
            case 0:
                both.run("UPDATE tasks SET status = 1, completed_at = ?1 WHERE id = ?2", now, task);
                break;
            case 1:
                both.run("UPDATE tasks SET status = 0, completed_at = NULL WHERE id = ?1", task);
                break;
            case 2:
                both.run("UPDATE tasks SET status = 2 WHERE id = ?1", task);
                break;
            case 3:
                both.run("UPDATE tasks SET entity_kind = 1, entity_id = ?1 WHERE id = ?2", deal,
                         task);
                break;
            case 4:
                both.run("UPDATE tasks SET deleted = 1 - deleted WHERE id = ?1", task);
                break;
            default:
                both.run("DELETE FROM tasks WHERE id = ?1", task);
            }
            break;
        }
        case 16: // all of a deal's tasks done at once, or deleted at once
            if (rng.bounded(2))
                both.run("UPDATE tasks SET status = 1, completed_at = ?1 WHERE entity_kind = 1 "
                         "AND entity_id = ?2",
                         now, deal);
            else
                both.run("DELETE FROM tasks WHERE entity_kind = 1 AND entity_id = ?1", deal);
            break;
        case 17: { // contacts and companies made, given to someone else, deleted
            const char *table = rng.bounded(2) ? "contacts" : "companies";
            const int what = rng.bounded(3);
            if (what == 0 || contactId == 0) {
                ++contactId;
                both.run(QStringLiteral("INSERT INTO %1(id, uid, name, responsible_id, "
                                        "created_at, updated_at, hlc) VALUES(?1, ?2, 'N', ?3, ?4, "
                                        "?4, 0)")
                             .arg(QLatin1String(table))
                             .toUtf8()
                             .constData(),
                         contactId, QByteArray("c") + QByteArray::number(contactId), someone(),
                         now);
            } else if (what == 1) {
                both.run(QStringLiteral("UPDATE %1 SET responsible_id = ?1 WHERE id = ?2")
                             .arg(QLatin1String(table))
                             .toUtf8()
                             .constData(),
                         someone(), qint64(rng.bounded(1, int(contactId) + 1)));
            } else {
                both.run(QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id <= ?1")
                             .arg(QLatin1String(table))
                             .toUtf8()
                             .constData(),
                         qint64(rng.bounded(1, int(contactId) + 1)));
            }
            break;
        }
        case 18: // a note's history entry
            both.run("INSERT INTO history(id, kind, entity_id, at, user_id, event) VALUES(?1, 1, "
                     "?2, ?3, ?4, 5)",
                     ++historyId, deal, now, someone());
            break;
        default: // a stage moved back by an undo: only its entry time and stage
            both.run("UPDATE deals SET stage_id = ?1, stage_entered_at = ?2 WHERE id = ?3", stage,
                     now - 3600000, deal);
        }
        const Rows liteDays = rows(*lite, kDays);
        const Rows pgDays = rows(*db.c, kDays);
        REQUIRE(show(pgDays) == show(liteDays));
        REQUIRE(show(rows(*db.c, kActivity)) == show(rows(*lite, kActivity)));
    }
    CHECK(ops.size() == 20);
    // Not vacuous: every measure has rows, and the kept rows equal a recomputation.
    for (int measure = 1; measure <= 8; ++measure) {
        CAPTURE(measure);
        CHECK(db.c->scalar(QStringLiteral("SELECT count(*) FROM analytics_days WHERE measure = "
                                          "%1 AND n > 0")
                               .arg(measure)
                               .toUtf8()
                               .constData()) > 0);
    }
    CHECK(show(rows(*db.c, kDaysKept)) == show(rows(*db.c, kDaysFresh)));
    CHECK(db.c->scalar("SELECT count(*) FROM analytics_activity WHERE n > 0") > 10);
}
