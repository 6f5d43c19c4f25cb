// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/analytics/aggregates.h"
#include "core/services/merge.h"
#include "core/services/records.h"

#include <QRandomGenerator>

#include <array>

using namespace Voronka::Core;
using namespace Voronka::Test;

namespace {
const QString kName = QStringLiteral("name");
const QString kStage = QStringLiteral("stage_id");
const QString kBudget = QStringLiteral("budget");
const QString kResponsible = QStringLiteral("responsible_id");
constexpr qint64 kDay = 86400000;

qint64 cell(TempDb &t, int measure, qint64 stage, const char *column = "n")
{
    return t.db->sql().scalar(QStringLiteral("SELECT coalesce(sum(%1), 0) FROM analytics_days "
                                             "WHERE measure = %2 AND stage_id = %3")
                                  .arg(QLatin1String(column))
                                  .arg(measure)
                                  .arg(stage)
                                  .toUtf8()
                                  .constData());
}

void requireFresh(TempDb &t)
{
    Result<QStringList> problems = Aggregates::verify(*t.db);
    REQUIRE(problems.ok());
    INFO(problems->join(u'\n').toStdString());
    REQUIRE(problems->isEmpty());
}
} // namespace

TEST_CASE("aggregates_followMovesWinsAndTheRecycleBin", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    TempDb t(backend);
    Records r(*t.admin);
    const qint64 first = t.firstOpenStage(0), second = t.firstOpenStage(1);
    const qint64 won = t.stageOfKind(StageKind::Won);
    const qint64 deal = *r.create(
        EntityKind::Deal, {{kName, QStringLiteral("Order")}, {kBudget, 1000}, {kStage, first}});
    CHECK(cell(t, int(Aggregates::Measure::Created), 0) == 1);
    CHECK(cell(t, int(Aggregates::Measure::Entered), first) == 1);
    CHECK(cell(t, int(Aggregates::Measure::Reached), first) == 1);

    t.clock.advance(2 * kDay);
    REQUIRE(r.update(EntityKind::Deal, deal, {{kStage, second}}));
    CHECK(cell(t, int(Aggregates::Measure::Entered), second) == 1);
    CHECK(cell(t, int(Aggregates::Measure::Reached), first) == 0);
    CHECK(cell(t, int(Aggregates::Measure::Reached), second) == 1);

    t.clock.advance(3 * kDay);
    REQUIRE(r.update(EntityKind::Deal, deal, {{kStage, won}, {kBudget, 1500}}));
    CHECK(cell(t, int(Aggregates::Measure::Won), won) == 1);
    CHECK(cell(t, int(Aggregates::Measure::Won), won, "amount") == 1500);
    CHECK(cell(t, int(Aggregates::Measure::Won), won, "duration") == 5 * kDay);
    CHECK(cell(t, int(Aggregates::Measure::Entered), first, "amount") == 1500);
    CHECK(cell(t, int(Aggregates::Measure::Reached), won) == 1);

    REQUIRE(r.update(EntityKind::Deal, deal, {{kBudget, 2000}}));
    CHECK(cell(t, int(Aggregates::Measure::Won), won, "amount") == 2000);
    requireFresh(t);

    REQUIRE(r.remove(EntityKind::Deal, deal));
    CHECK(t.db->sql().scalar("SELECT count(*) FROM analytics_days WHERE n <> 0") == 0);
    REQUIRE(r.restore(EntityKind::Deal, deal));
    CHECK(cell(t, int(Aggregates::Measure::Won), won) == 1);
    requireFresh(t);
    // Even a statement outside every service keeps them: the triggers see all writes.
    Voronka::Test::writeBehindTheWritePath(
        t.db->sql(),
        QStringLiteral(
            "DELETE FROM history WHERE kind = 1; DELETE FROM deals; DELETE FROM search"));
    CHECK(t.db->sql().scalar("SELECT count(*) FROM analytics_days WHERE n <> 0 OR amount <> 0") ==
          0);
    requireFresh(t);
}

TEST_CASE("aggregates_checkFindsAndRebuildRepairsADamagedRow", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    TempDb t(backend);
    Records r(*t.admin);
    REQUIRE(r.create(EntityKind::Deal, {{kName, QStringLiteral("Order")}, {kBudget, 700}}));
    REQUIRE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Anna")}}));
    t.db->sql().exec("UPDATE analytics_days SET n = n + 1 WHERE measure = 2");
    t.db->sql().exec("DELETE FROM analytics_activity WHERE measure = 5");
    Result<QStringList> problems = Aggregates::verify(*t.db);
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 2);
    CHECK(problems->first().contains(QStringLiteral("measure 2")));
    INFO(problems->join(u'\n').toStdString());
    CHECK(problems->first().contains(QStringLiteral("n 2, amount 700, duration 0 where the "
                                                    "records give n 1, amount 700")));
    CHECK(problems->last().startsWith(QStringLiteral("analytics_activity (measure 5")));
    REQUIRE(Aggregates::rebuild(*t.db));
    requireFresh(t);
}

TEST_CASE("aggregates_dayOffsetCutsDaysAtTheTeamsMidnight", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    TempDb t(backend); // the clock starts at 09:00 UTC
    Records r(*t.admin);
    REQUIRE(r.create(EntityKind::Deal, {{kName, QStringLiteral("Order")}}));
    const qint64 utcDay = TempDb::kStart / kDay;
    CHECK(t.db->sql().scalar("SELECT day FROM analytics_days WHERE measure = 2") == utcDay);
    REQUIRE(Aggregates::setDayOffsetMs(*t.db, 16 * 3600000LL)); // 01:00 the next day there
    CHECK(Aggregates::dayOffsetMs(*t.db) == 16 * 3600000LL);
    CHECK(t.db->sql().scalar("SELECT day FROM analytics_days WHERE measure = 2 AND n <> 0") ==
          utcDay + 1);
    REQUIRE(r.create(EntityKind::Deal, {{kName, QStringLiteral("Second")}}));
    const QByteArray sql = "SELECT sum(n) FROM analytics_days WHERE measure = 2 AND day = " +
                           QByteArray::number(utcDay + 1);
    CHECK(t.db->sql().scalar(sql.constData()) == 2);
    requireFresh(t);
}

// Every writer, in a fixed-seed random order: the aggregates kept by the triggers equal a full
// recomputation after each step.
TEST_CASE("aggregates_equalARecomputationAfterRandomChanges", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    TempDb t(backend);
    const qint64 role = t.db->sql().scalar(QStringLiteral("SELECT role_id FROM users WHERE id = %1")
                                               .arg(t.adminId)
                                               .toUtf8()
                                               .constData());
    const qint64 other = t.addUser(QStringLiteral("other@example.com"), role);
    const QList<qint64> users{t.adminId, other};
    QList<qint64> stages;
    {
        Query q = t.db->sql().prepare("SELECT id FROM stages WHERE deleted = 0 ORDER BY id");
        while (q->step())
            stages << q->int64(0);
    }
    Records r(*t.admin);
    Records undo(*t.admin, Origin::of(WriteMode::Undo));
    Records import(*t.admin, Origin::of(WriteMode::Import));
    Records sync(*t.admin, Origin{WriteMode::SyncApply, 0, 0, 0});
    const qint64 co1 = *r.create(EntityKind::Company, {{kName, QStringLiteral("Acme")}});
    const qint64 co2 = *r.create(EntityKind::Company, {{kName, QStringLiteral("Acme Ltd")}});
    QList<qint64> deals;
    QRandomGenerator rng(20261206);
    for (int step = 0; step < 300; ++step) {
        CAPTURE(step);
        t.clock.advance(qint64(rng.bounded(1, 40)) * 3600000);
        const int op = rng.bounded(10);
        const qint64 deal = deals.isEmpty() ? 0 : deals.at(rng.bounded(int(deals.size())));
        const qint64 stage = stages.at(rng.bounded(int(stages.size())));
        const qint64 pipeline =
            t.db->sql().scalar(QStringLiteral("SELECT pipeline_id FROM stages WHERE id = %1")
                                   .arg(stage)
                                   .toUtf8()
                                   .constData());
        Records &writer = op % 3 == 0 ? import : (op % 3 == 1 ? r : sync);
        if (deals.isEmpty() || op == 0) {
            Result<qint64> id = writer.create(
                EntityKind::Deal, {{kName, QStringLiteral("D%1").arg(step)},
                                   {kBudget, rng.bounded(1, 100) * 100},
                                   {QStringLiteral("pipeline_id"), pipeline},
                                   {kStage, stage},
                                   {QStringLiteral("company_id"), rng.bounded(2) ? co1 : co2},
                                   {kResponsible, users.at(rng.bounded(2))}});
            if (id)
                deals << *id;
        } else if (op <= 3) {
            (void)writer.update(EntityKind::Deal, deal,
                                {{QStringLiteral("pipeline_id"), pipeline}, {kStage, stage}});
        } else if (op == 4) {
            (void)writer.update(EntityKind::Deal, deal, {{kBudget, rng.bounded(1, 100) * 100}});
        } else if (op == 5) {
            (void)r.update(
                EntityKind::Deal, deal,
                {{kResponsible, users.at(rng.bounded(2))},
                 {QStringLiteral("close_date"),
                  QStringLiteral("2026-0%1-1%2").arg(rng.bounded(1, 9)).arg(rng.bounded(10))}});
        } else if (op == 6) {
            (void)r.remove(EntityKind::Deal, deal);
        } else if (op == 7) {
            (void)r.restore(EntityKind::Deal, deal);
        } else if (op == 8) {
            // An undo of a move puts the earlier stage and its entry time back.
            (void)undo.update(EntityKind::Deal, deal,
                              {{QStringLiteral("pipeline_id"), pipeline},
                               {kStage, stage},
                               {QStringLiteral("stage_entered_at"), t.clock.nowMs() - 3600000}});
        } else if (rng.bounded(4) == 0 && !deals.isEmpty()) {
            Voronka::Test::writeBehindTheWritePath(
                t.db->sql(),
                QStringLiteral(
                    "DELETE FROM history WHERE kind = 1 AND entity_id = %1; "
                    "DELETE FROM deals WHERE id = %1; DELETE FROM search WHERE rowid = %1 * 4 + 1")
                    .arg(deal));
            deals.removeAll(deal);
        } else {
            MergePlan plan;
            plan.kind = EntityKind::Company;
            plan.survivorId = rng.bounded(2) ? co1 : co2;
            plan.loserId = plan.survivorId == co1 ? co2 : co1;
            if (Merge(*t.admin).merge(plan))
                (void)r.restore(EntityKind::Company, plan.loserId);
        }
        requireFresh(t);
    }
    CHECK(deals.size() > 20);
    CHECK(t.db->sql().scalar("SELECT sum(n) FROM analytics_days WHERE measure = 3") > 0);
    CHECK(t.db->sql().scalar("SELECT sum(n) FROM analytics_days WHERE measure = 7") > 0);
    Voronka::Test::requireConsistent(*t.db);
}

// The activity counts (schema v13) through every writer of tasks, notes, contacts and
// companies, in a fixed-seed random order: equal to a full recomputation after each step.
TEST_CASE("aggregates_activityEqualsARecomputationAfterRandomChanges", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    TempDb t(backend);
    const qint64 role = t.db->sql().scalar(QStringLiteral("SELECT role_id FROM users WHERE id = %1")
                                               .arg(t.adminId)
                                               .toUtf8()
                                               .constData());
    const qint64 other = t.addUser(QStringLiteral("other@example.com"), role);
    const QList<qint64> users{t.adminId, other};
    Records r(*t.admin);
    Records undo(*t.admin, Origin::of(WriteMode::Undo));
    Records import(*t.admin, Origin::of(WriteMode::Import));
    Records sync(*t.admin, Origin{WriteMode::SyncApply, 0, 0, 0});
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("Order")}});
    QList<std::pair<EntityKind, qint64>> made;
    QRandomGenerator rng(61220);
    for (int step = 0; step < 300; ++step) {
        CAPTURE(step);
        t.clock.advance(qint64(rng.bounded(1, 30)) * 3600000);
        const int op = rng.bounded(10);
        Records &writer = op % 3 == 0 ? import : (op % 3 == 1 ? r : (op % 2 ? undo : sync));
        const qint64 who = users.at(rng.bounded(2));
        const auto [kind, id] = made.isEmpty() ? std::pair{EntityKind::Task, qint64(0)}
                                               : made.at(rng.bounded(int(made.size())));
        if (made.isEmpty() || op <= 1) {
            const EntityKind k = std::array{EntityKind::Task, EntityKind::Task, EntityKind::Contact,
                                            EntityKind::Company}[rng.bounded(4)];
            Patch p{{kResponsible, who}};
            if (k == EntityKind::Task) {
                p.insert(QStringLiteral("text"), QStringLiteral("Call %1").arg(step));
                p.insert(QStringLiteral("due_at"),
                         t.clock.nowMs() + rng.bounded(-72, 72) * 3600000LL);
            } else {
                p.insert(kName, QStringLiteral("N%1").arg(step));
            }
            if (Result<qint64> made1 = writer.create(k, p))
                made << std::pair{k, *made1};
        } else if (op == 2 && kind == EntityKind::Task) {
            const Status done = writer.update(
                kind, id, {{QStringLiteral("status"), std::array{1, 1, 0, 2}[rng.bounded(4)]}});
            INFO((done ? QString() : done.error().message).toStdString());
            CHECK(done);
        } else if (op == 3 && kind == EntityKind::Task && rng.bounded(2)) {
            (void)writer.update(kind, id, {{QStringLiteral("status"), 1}});
        } else if (op == 3 && kind == EntityKind::Task) {
            (void)writer.update(
                kind, id,
                {{QStringLiteral("due_at"), t.clock.nowMs() + rng.bounded(-72, 72) * 3600000LL}});
        } else if (op == 4) {
            (void)writer.update(kind, id, {{kResponsible, who}});
        } else if (op == 5) {
            (void)r.remove(kind, id);
        } else if (op == 6) {
            (void)r.restore(kind, id);
        } else if (op == 7) {
            (void)r.addNote(EntityKind::Deal, deal, QStringLiteral("Note %1").arg(step));
        } else if (op == 8) {
            (void)r.update(
                EntityKind::Deal, deal,
                {{kStage, t.db->sql().scalar(QStringLiteral("SELECT id FROM stages WHERE kind = 0 "
                                                            "ORDER BY random() LIMIT 1")
                                                 .toUtf8()
                                                 .constData())}});
        } else if (rng.bounded(3) == 0) {
            Voronka::Test::writeBehindTheWritePath(
                t.db->sql(), QStringLiteral("DELETE FROM history WHERE id = (SELECT max(id) FROM "
                                            "history WHERE event IN (2, 5))"));
        }
        requireFresh(t);
    }
    for (int measure = 1; measure <= 7; ++measure) {
        CAPTURE(measure);
        CHECK(t.db->sql().scalar(QStringLiteral("SELECT count(*) FROM analytics_activity WHERE "
                                                "measure = %1 AND n > 0")
                                     .arg(measure)
                                     .toUtf8()
                                     .constData()) > 0);
    }
    Voronka::Test::requireConsistent(*t.db);
}
