// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
//
// The one write origin: every service write leaves history, outbox and field clocks stamped
// with one clock from the file's own, strictly above every earlier one; the origins change
// only what origin.h says they change; undo is compare-and-set.
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/services/admin.h"
#include "core/services/board.h"
#include "core/services/bulkedit.h"
#include "core/services/notes.h"
#include "core/services/pipelinesetup.h"
#include "core/services/records.h"
#include "core/services/recyclebin.h"

#include <functional>

using namespace Voronka::Core;
using Voronka::Test::requireConsistent;
using Voronka::Test::TempDb;

namespace {

struct Mark
{
    qint64 outbox = 0;  // max outbox id
    qint64 history = 0; // max history id
    qint64 fileClock = 0;
};

Mark mark(Database &db)
{
    Connection &c = db.sql();
    return {c.scalar("SELECT coalesce(max(id), 0) FROM outbox"),
            c.scalar("SELECT coalesce(max(id), 0) FROM history"),
            c.scalar("SELECT coalesce((SELECT value FROM meta WHERE key = 'hlc'), 0)")};
}

qint64 scalar(Database &db, const QString &sql, qint64 after)
{
    Query q = db.sql().prepare(sql);
    q->bind(1, after);
    return q->step() ? q->int64(0) : 0;
}

struct Fixture
{
    TempDb t;
    qint64 contact = 0;
    qint64 deal = 0;
    qint64 task = 0;
    qint64 note = 0;
    qint64 stage = 0;
    qint64 department = 0;
    Fixture()
    {
        Records r(*t.admin);
        contact = *r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Anna")}});
        deal = *r.create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
        task = *r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                            {QStringLiteral("due_at"), TempDb::kStart}});
    }
};

struct Write
{
    const char *name;
    bool history; // a creation is on the row itself; everything else has an entry
    std::function<Status(Fixture &)> run;
};

template<typename T> Status ok(const Result<T> &r)
{
    return r ? Status(Ok{}) : Status(r.error());
}

const QList<Write> &writes()
{
    static const QList<Write> list{
        {"create a contact", false,
         [](Fixture &f) {
             return ok(Records(*f.t.admin)
                           .create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Boris")},
                                                         {QStringLiteral("tags"), QStringList{QStringLiteral("vip")}}}));
         }},
        {"edit a contact", true,
         [](Fixture &f) {
             return Records(*f.t.admin)
                 .update(EntityKind::Contact, f.contact, {{QStringLiteral("position"), QStringLiteral("CEO")}});
         }},
        {"move a deal on the board", true,
         [](Fixture &f) {
             const qint64 to = f.t.firstOpenStage(1);
             return Board(*f.t.admin, f.t.admin->stage(to)->pipelineId).move(f.deal, to);
         }},
        {"complete a task", true,
         [](Fixture &f) {
             return Records(*f.t.admin)
                 .update(EntityKind::Task, f.task, {{QStringLiteral("status"), int(TaskStatus::Done)}});
         }},
        {"delete a contact", true,
         [](Fixture &f) { return Records(*f.t.admin).remove(EntityKind::Contact, f.contact); }},
        {"restore a contact", true,
         [](Fixture &f) {
             (void)Records(*f.t.admin).remove(EntityKind::Contact, f.contact);
             return RecycleBin(*f.t.admin).restore(EntityKind::Contact, f.contact);
         }},
        {"add a note", true,
         [](Fixture &f) {
             return ok(Records(*f.t.admin).addNote(EntityKind::Deal, f.deal, QStringLiteral("Hi")));
         }},
        {"bulk set a field", true,
         [](Fixture &f) {
             return ok(BulkEdit(*f.t.admin, EntityKind::Deal)
                           .setField({f.deal}, QStringLiteral("source"), QStringLiteral("Fair")));
         }},
        {"set a setting", true,
         [](Fixture &f) {
             return Admin(*f.t.admin).setSetting(QStringLiteral("task_result_required"), 1);
         }},
        {"create a department", false,
         [](Fixture &f) { return ok(Admin(*f.t.admin).createDepartment(QStringLiteral("North"))); }},
        {"rename a stage", true,
         [](Fixture &f) {
             return PipelineSetup(*f.t.admin).renameStage(f.t.firstOpenStage(0), QStringLiteral("First"));
         }},
        {"delete a stage moving its deals", true,
         [](Fixture &f) {
             return ok(PipelineSetup(*f.t.admin).deleteStage(f.t.firstOpenStage(0), f.t.firstOpenStage(1)));
         }},
    };
    return list;
}

} // namespace

TEST_CASE("writeOrigin_everyServiceWrite_leavesHistoryOutboxAndClocksFromTheFilesClock",
          "[origin]")
{
    for (const Write &w : writes()) {
        CAPTURE(w.name);
        Fixture f;
        Database &db = *f.t.db;
        const Mark before = mark(db);
        // The wall clock stands still: every clock must still be new.
        const Status st = w.run(f);
        INFO((st ? QString() : st.error().message).toStdString());
        REQUIRE(st.ok());
        const Mark after = mark(db);
        CHECK(after.outbox > before.outbox);
        // Every new outbox row carries a clock above the file's clock before the write, and the
        // file's clock is now the newest of them.
        CHECK(scalar(db, QStringLiteral("SELECT min(hlc) FROM outbox WHERE id > ?1"), before.outbox) >
              before.fileClock);
        CHECK(scalar(db, QStringLiteral("SELECT max(hlc) FROM outbox WHERE id > ?1"), before.outbox) ==
              after.fileClock);
        // Each field an update names has its clock at the update's clock (or a later one's).
        CHECK(scalar(db,
                     QStringLiteral(
                         "SELECT count(*) FROM outbox o WHERE o.id > ?1 AND o.op <> 1 AND "
                         "coalesce(o.fields, '') <> '' AND NOT EXISTS(SELECT 1 FROM field_clock c "
                         "WHERE c.kind = o.kind AND c.entity_id = o.entity_id AND c.hlc >= o.hlc)"),
                     before.outbox) == 0);
        if (w.history) {
            CHECK(after.history > before.history);
            // Who and when: the session's user, the session's clock, as a user's own change.
            CHECK(scalar(db,
                         QStringLiteral("SELECT count(*) FROM history WHERE id > ?1 AND (user_id <> %1 "
                                        "OR at <> %2 OR origin <> 0)")
                             .arg(f.t.adminId)
                             .arg(TempDb::kStart),
                         before.history) == 0);
        }
        requireConsistent(db);
    }
}

TEST_CASE("writeOrigin_clockStrictlyIncreases_acrossSessionsOnOneFile", "[origin]")
{
    Fixture f;
    std::unique_ptr<Session> other = f.t.sessionFor(f.t.adminId);
    qint64 last = mark(*f.t.db).fileClock;
    for (int i = 0; i < 20; ++i) {
        Session &s = i % 2 ? *other : *f.t.admin; // two sessions, each with its own cache
        REQUIRE(Records(s).update(EntityKind::Deal, f.deal,
                                  {{QStringLiteral("budget"), 100 + i}}).ok());
        const qint64 now = mark(*f.t.db).fileClock;
        CHECK(now > last);
        last = now;
    }
}

TEST_CASE("writeOrigin_syncApply_writesDataHistoryAndTheAuthorsClockButNoOutbox", "[origin]")
{
    Fixture f;
    Database &db = *f.t.db;
    const Mark before = mark(db);
    const qint64 remote = (TempDb::kStart + 60000) << 16; // a minute ahead, elsewhere
    Origin pulled = Origin::of(WriteMode::SyncApply);
    pulled.hlc = remote;
    REQUIRE(Records(*f.t.admin, pulled)
                .update(EntityKind::Deal, f.deal, {{QStringLiteral("source"), QStringLiteral("Web")}})
                .ok());
    CHECK(mark(db).outbox == before.outbox); // no echo
    CHECK(db.sql().scalar("SELECT hlc FROM field_clock WHERE kind = 1 AND field = 'source'") ==
          remote);
    CHECK(db.sql().scalar("SELECT origin FROM history ORDER BY id DESC LIMIT 1") ==
          int(WriteMode::SyncApply));
    // What is written here next orders after what was pulled.
    REQUIRE(Records(*f.t.admin)
                .update(EntityKind::Deal, f.deal, {{QStringLiteral("source"), QStringLiteral("Fair")}})
                .ok());
    CHECK(db.sql().scalar("SELECT max(hlc) FROM outbox") > remote);
    CHECK(db.sql().scalar("SELECT value FROM meta WHERE key = 'hlc'") > remote);
}

TEST_CASE("writeOrigin_explicitActorAndTime_areWhatHistoryRecords", "[origin]")
{
    Fixture f;
    const qint64 manager = f.t.addUser(QStringLiteral("m@example.com"),
                                       f.t.admin->actor().roleId);
    f.t.admin->invalidate();
    Origin o = Origin::of(WriteMode::Import, manager);
    o.atMs = TempDb::kStart - 3600000;
    REQUIRE(Records(*f.t.admin, o)
                .update(EntityKind::Contact, f.contact, {{QStringLiteral("position"), QStringLiteral("CTO")}})
                .ok());
    Query q = f.t.db->sql().prepare("SELECT user_id, at, origin FROM history ORDER BY id DESC LIMIT 1");
    REQUIRE(q->step());
    CHECK(q->int64(0) == manager);
    CHECK(q->int64(1) == TempDb::kStart - 3600000);
    CHECK(q->int64(2) == int(WriteMode::Import));
}

TEST_CASE("undo_compareAndSet_refusesTheRecordAColleagueChangedAndAppliesTheRest", "[origin][undo]")
{
    Fixture f;
    Records r(*f.t.admin);
    const qint64 second =
        *r.create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Doors")}});
    const QString kSource = QStringLiteral("source");
    // The first user's bulk edit: both deals get a source.
    REQUIRE(r.update(EntityKind::Deal, f.deal, {{kSource, QStringLiteral("Fair")}}).ok());
    REQUIRE(r.update(EntityKind::Deal, second, {{kSource, QStringLiteral("Fair")}}).ok());
    // A colleague (another session on the file) changes the second deal's source since.
    std::unique_ptr<Session> colleague = f.t.sessionFor(f.t.adminId);
    REQUIRE(Records(*colleague).update(EntityKind::Deal, second, {{kSource, QStringLiteral("Web")}}).ok());

    const qint64 outboxBefore = mark(*f.t.db).outbox;
    Records undo(*f.t.admin, Origin::of(WriteMode::Undo));
    Result<Records::StepsDone> done = undo.applySteps(
        {{EntityKind::Deal, f.deal, {{kSource, QStringLiteral("Fair")}}, {{kSource, QVariant()}}},
         {EntityKind::Deal, second, {{kSource, QStringLiteral("Fair")}}, {{kSource, QVariant()}}}});
    REQUIRE(done.ok());
    CHECK(done->applied == 1);
    REQUIRE(done->refused.size() == 1);
    CHECK(done->refused.first().contains(QStringLiteral("Doors")));
    CHECK(r.load(EntityKind::Deal, f.deal)->value(kSource).isNull());
    CHECK(r.load(EntityKind::Deal, second)->value(kSource).toString() == u"Web");
    // One transaction, one clock, written as an undo.
    CHECK(scalar(*f.t.db, QStringLiteral("SELECT count(DISTINCT hlc) FROM outbox WHERE id > ?1"),
                 outboxBefore) == 1);
    CHECK(f.t.db->sql().scalar("SELECT origin FROM history ORDER BY id DESC LIMIT 1") ==
          int(WriteMode::Undo));
}

TEST_CASE("undo_aStepTheRulesRefuse_writesNothingOfTheWholeUndo", "[origin][undo]")
{
    Fixture f;
    Records r(*f.t.admin);
    const QString kName = QStringLiteral("name");
    const qint64 outboxBefore = mark(*f.t.db).outbox;
    Records undo(*f.t.admin, Origin::of(WriteMode::Undo));
    Result<Records::StepsDone> done = undo.applySteps(
        {{EntityKind::Contact, f.contact, {{kName, QStringLiteral("Anna")}}, {{kName, QStringLiteral("Ann")}}},
         {EntityKind::Deal, f.deal, {{kName, QStringLiteral("Windows")}}, {{kName, QString()}}}});
    REQUIRE_FALSE(done.ok()); // a deal needs a name
    CHECK(r.load(EntityKind::Contact, f.contact)->value(kName).toString() == u"Anna");
    CHECK(mark(*f.t.db).outbox == outboxBefore);
}

TEST_CASE("undo_ofAMoveIntoAStage_restoresHowLongTheDealSatInItsStage", "[origin][undo]")
{
    Fixture f;
    Records r(*f.t.admin);
    const qint64 from = r.load(EntityKind::Deal, f.deal)->value(QStringLiteral("stage_id")).toLongLong();
    const qint64 entered = r.load(EntityKind::Deal, f.deal)->value(QStringLiteral("stage_entered_at")).toLongLong();
    f.t.clock.advance(86400000);
    const qint64 to = f.t.firstOpenStage(1);
    REQUIRE(Board(*f.t.admin, f.t.admin->stage(to)->pipelineId).move(f.deal, to).ok());
    Records undo(*f.t.admin, Origin::of(WriteMode::Undo));
    REQUIRE(undo.applySteps({{EntityKind::Deal, f.deal, {{QStringLiteral("stage_id"), to}},
                              {{QStringLiteral("stage_id"), from},
                               {QStringLiteral("stage_entered_at"), entered}}}})
                .ok());
    const Record back = *r.load(EntityKind::Deal, f.deal);
    CHECK(back.value(QStringLiteral("stage_id")).toLongLong() == from);
    CHECK(back.value(QStringLiteral("stage_entered_at")).toLongLong() == entered);
    // The restored entry time reached the outbox with the stage.
    CHECK(f.t.db->sql().scalar("SELECT count(*) FROM outbox WHERE kind = 1 AND fields LIKE "
                               "'%stage_entered_at%' AND id = (SELECT max(id) FROM outbox)") == 1);
}

TEST_CASE("writeOrigin_purge_isItsOwnOperationAndLeavesNoClockBehind", "[origin]")
{
    Fixture f;
    Records r(*f.t.admin);
    REQUIRE(r.update(EntityKind::Contact, f.contact, {{QStringLiteral("position"), QStringLiteral("CEO")}})
                .ok());
    REQUIRE(r.remove(EntityKind::Contact, f.contact).ok());
    REQUIRE(RecycleBin(*f.t.admin).purge(EntityKind::Contact, f.contact).ok());
    Connection &sql = f.t.db->sql();
    CHECK(sql.scalar("SELECT op FROM outbox ORDER BY id DESC LIMIT 1") == int(OutboxOp::Purge));
    CHECK(sql.scalar("SELECT coalesce(fields, '') = '' FROM outbox ORDER BY id DESC LIMIT 1") == 1);
    {
        Query clocks =
            sql.prepare("SELECT count(*) FROM field_clock WHERE kind = 2 AND entity_id = ?1");
        clocks->bind(1, f.contact);
        REQUIRE(clocks->step());
        CHECK(clocks->int64(0) == 0);
    }
    requireConsistent(*f.t.db);
}
