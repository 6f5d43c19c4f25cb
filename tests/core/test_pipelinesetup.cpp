// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/services/board.h"
#include "core/services/pipelinesetup.h"
#include "core/services/records.h"

using namespace Voronka::Core;
using Voronka::Test::requireConsistent;
using Voronka::Test::TempDb;

namespace {
const QString kName = QStringLiteral("name");

qint64 count(TempDb &t, const QString &sql)
{
    return t.db->sql().scalar(sql.toUtf8().constData());
}

QStringList stageNames(TempDb &t, int pipeline = 0)
{
    QStringList out;
    for (const StageInfo &s : t.admin->pipelines().at(pipeline).stages)
        if (s.kind != StageKind::Incoming)
            out << s.name;
    return out;
}

QList<qint64> openIds(TempDb &t, int pipeline = 0)
{
    QList<qint64> out;
    for (const StageInfo &s : t.admin->pipelines().at(pipeline).stages)
        if (s.kind == StageKind::Open)
            out << s.id;
    return out;
}

qint64 secondPipeline(TempDb &t)
{
    Result<qint64> p = Admin(*t.admin).createPipeline(
        QStringLiteral("Fulfilment"), {{QStringLiteral("Packing"), QStringLiteral("#99CCFF"), 50},
                                       {QStringLiteral("Shipped"), QStringLiteral("#FFCC66"), 90}});
    REQUIRE(p.ok());
    return *p;
}

std::unique_ptr<Session> manager(TempDb &t)
{
    const qint64 role =
        *Admin(*t.admin).createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::All));
    return t.sessionFor(t.addUser(QStringLiteral("m@example.com"), role));
}
} // namespace

TEST_CASE("pipelineSetup_createStage_insertsAtThePositionAndKeepsWonLostLast")
{
    TempDb t;
    PipelineSetup setup(*t.admin);
    const qint64 pipeline = t.admin->pipelines().first().id;
    const qint64 outbox = count(t, QStringLiteral("SELECT count(*) FROM outbox"));
    Result<qint64> id = setup.createStage(pipeline, 1, QStringLiteral("  Proposal  "),
                                          QStringLiteral("#aabbcc"), 25);
    REQUIRE(id.ok());
    CHECK(stageNames(t) == QStringList{QStringLiteral("First contact"), QStringLiteral("Proposal"),
                                       QStringLiteral("Negotiation"), QStringLiteral("Decision"),
                                       QStringLiteral("Won"), QStringLiteral("Lost")});
    const StageInfo *s = t.admin->stage(*id);
    REQUIRE(s);
    CHECK(s->color == QStringLiteral("#AABBCC"));
    CHECK(s->probability == 25);
    // Positions are 1..n for open stages and Won, Lost right after them.
    {
        Query q =
            t.db->sql().prepare("SELECT group_concat(position, ',') FROM (SELECT position FROM "
                                "stages WHERE pipeline_id = 1 AND kind <> 3 ORDER BY kind, position)");
        REQUIRE(q->step());
        CHECK(q->text(0) == QStringLiteral("1,2,3,4,5,6"));
    }
    // The new stage and the four it shifted (Negotiation, Decision, Won, Lost).
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox")) - outbox == 5);

    CHECK(setup.createStage(pipeline, -1, QStringLiteral("Last"), QStringLiteral("#112233")).ok());
    CHECK(stageNames(t).at(4) == QStringLiteral("Last"));
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_invalidStageInput_isRefusedNamingTheField")
{
    TempDb t;
    PipelineSetup setup(*t.admin);
    const qint64 pipeline = t.admin->pipelines().first().id;
    const qint64 first = t.firstOpenStage(0);
    const qint64 before = count(t, QStringLiteral("SELECT count(*) FROM outbox"));

    Result<qint64> noName =
        setup.createStage(pipeline, 0, QStringLiteral("  "), QStringLiteral("#000000"));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().field == QStringLiteral("name"));
    Status color = setup.setStageColor(first, QStringLiteral("red"));
    REQUIRE_FALSE(color.ok());
    CHECK(color.error().field == QStringLiteral("color"));
    CHECK(color.error().message.contains(QStringLiteral("First contact")));
    Status prob = setup.setStageProbability(first, 101);
    REQUIRE_FALSE(prob.ok());
    CHECK(prob.error().field == QStringLiteral("probability"));
    CHECK_FALSE(setup.setStageProbability(t.stageOfKind(StageKind::Won), 50).ok());
    Status idle = setup.setStageIdleDays(first, -1);
    REQUIRE_FALSE(idle.ok());
    CHECK(idle.error().field == QStringLiteral("idle_days"));
    CHECK_FALSE(setup.setStageIdleDays(t.stageOfKind(StageKind::Lost), 3).ok());
    CHECK_FALSE(setup.renameStage(first, QString()).ok());
    CHECK_FALSE(setup.renameStage(9999, QStringLiteral("X")).ok());
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox")) == before);
}

TEST_CASE("pipelineSetup_stageProperties_areWrittenWithHistoryAndOutbox")
{
    TempDb t;
    PipelineSetup setup(*t.admin);
    const qint64 first = t.firstOpenStage(0);
    const qint64 won = t.stageOfKind(StageKind::Won);
    REQUIRE(setup.renameStage(first, QStringLiteral("Qualified")).ok());
    REQUIRE(setup.setStageColor(first, QStringLiteral("#123456")).ok());
    REQUIRE(setup.setStageProbability(first, 15).ok());
    REQUIRE(setup.setStageIdleDays(first, 7).ok());
    REQUIRE(setup.renameStage(won, QStringLiteral("Paid")).ok()); // fixed, yet renamable
    REQUIRE(setup.setStageColor(won, QStringLiteral("#00AA00")).ok());
    const StageInfo *s = t.admin->stage(first);
    CHECK(s->name == QStringLiteral("Qualified"));
    CHECK(s->color == QStringLiteral("#123456"));
    CHECK(s->probability == 15);
    CHECK(s->idleDays == 7);
    CHECK(t.admin->stage(won)->name == QStringLiteral("Paid"));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history WHERE kind = 10 AND event = 1")) ==
          6);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 10 AND op = 2")) == 6);
    CHECK(count(t, QStringLiteral("SELECT old_value FROM history WHERE kind = 10 AND field = "
                                  "'idle_days'")) == 0);
    // Setting the same value again writes nothing.
    REQUIRE(setup.setStageIdleDays(first, 7).ok());
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 10 AND op = 2")) == 6);
}

TEST_CASE("pipelineSetup_nonAdmin_isRefusedAndNothingIsWritten")
{
    TempDb t;
    const qint64 second = secondPipeline(t);
    auto m = manager(t);
    PipelineSetup setup(*m);
    const qint64 pipeline = t.admin->pipelines().first().id;
    const qint64 first = t.firstOpenStage(0);
    const qint64 automation = *Admin(*t.admin).createAutomation(
        StageAutomation{0,
                        first,
                        AutomationAction::AddTag,
                        false,
                        {{QStringLiteral("tag"), QStringLiteral("x")}},
                        0});
    const qint64 outbox = count(t, QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 history = count(t, QStringLiteral("SELECT count(*) FROM history"));

    auto refused = [](const auto &r) {
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == Error::Code::Permission);
    };
    refused(setup.createStage(pipeline, 0, QStringLiteral("X"), QStringLiteral("#000000")));
    refused(setup.renameStage(first, QStringLiteral("X")));
    refused(setup.setStageColor(first, QStringLiteral("#000000")));
    refused(setup.setStageProbability(first, 5));
    refused(setup.setStageIdleDays(first, 5));
    refused(setup.reorderStages(pipeline, openIds(t)));
    refused(setup.deleteStage(first, t.firstOpenStage(1)));
    refused(setup.renamePipeline(pipeline, QStringLiteral("X")));
    refused(setup.reorderPipelines({second, pipeline}));
    refused(setup.deletePipeline(second, first));
    StageAutomation a{automation,
                      first,
                      AutomationAction::AddTag,
                      true,
                      {{QStringLiteral("tag"), QStringLiteral("y")}},
                      0};
    refused(setup.updateAutomation(a));
    refused(setup.deleteAutomation(automation));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history")) == history);
}

TEST_CASE("pipelineSetup_reorderStages_rewritesPositionsAndRefusesFixedOrMissingStages")
{
    TempDb t;
    PipelineSetup setup(*t.admin);
    const qint64 pipeline = t.admin->pipelines().first().id;
    QList<qint64> ids = openIds(t);
    REQUIRE(ids.size() == 3);
    REQUIRE(setup.reorderStages(pipeline, {ids[2], ids[0], ids[1]}).ok());
    CHECK(stageNames(t) == QStringList{QStringLiteral("Decision"), QStringLiteral("First contact"),
                                       QStringLiteral("Negotiation"), QStringLiteral("Won"),
                                       QStringLiteral("Lost")});
    CHECK(t.admin->stage(ids[2])->position == 1);
    CHECK(t.admin->stage(ids[0])->position == 2);
    CHECK(t.admin->stage(ids[1])->position == 3);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history WHERE kind = 10 AND field = "
                                  "'position'")) == 3);

    const qint64 won = t.stageOfKind(StageKind::Won);
    Status withWon = setup.reorderStages(pipeline, {won, ids[0], ids[1], ids[2]});
    REQUIRE_FALSE(withWon.ok());
    CHECK(withWon.error().message.contains(QStringLiteral("Sales")));
    CHECK_FALSE(setup.reorderStages(pipeline, {ids[0], ids[1]}).ok());
    CHECK_FALSE(setup.reorderStages(pipeline, {ids[0], ids[0], ids[1]}).ok());
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_deleteStage_movesEveryDealWithHistoryAndOutbox")
{
    TempDb t;
    PipelineSetup setup(*t.admin);
    Records r(*t.admin);
    const qint64 first = t.firstOpenStage(0);
    const qint64 second = t.firstOpenStage(1);
    const qint64 third = t.firstOpenStage(2);
    QList<qint64> deals;
    for (int i = 0; i < 5; ++i)
        deals << *r.create(EntityKind::Deal, {{kName, QStringLiteral("D%1").arg(i)},
                                              {QStringLiteral("stage_id"), second}});
    REQUIRE(r.remove(EntityKind::Deal, deals.last()).ok()); // one in the recycle bin
    const qint64 elsewhere = *r.create(EntityKind::Deal, {{kName, QStringLiteral("Other")}});
    // A field required from the deleted stage on, its automation, and a move into it.
    FieldDef def;
    def.kind = EntityKind::Deal;
    def.name = QStringLiteral("Contract");
    def.requiredFromStageId = second;
    const qint64 field = *Admin(*t.admin).createFieldDef(def);
    REQUIRE(Admin(*t.admin)
                .createAutomation(StageAutomation{0,
                                                  second,
                                                  AutomationAction::AddTag,
                                                  false,
                                                  {{QStringLiteral("tag"), QStringLiteral("x")}},
                                                  0})
                .ok());
    const qint64 moveIn = *Admin(*t.admin).createAutomation(StageAutomation{
        0, first, AutomationAction::MoveToStage, false, {{QStringLiteral("stage_id"), second}}, 0});

    CHECK(setup.stageDealCount(second).active == 4);
    CHECK(setup.stageDealCount(second).inRecycleBin == 1);
    CHECK(setup.activeDealCounts(t.admin->pipelines().first().id).value(second) == 4);
    CHECK(setup.activeDealCounts(t.admin->pipelines().first().id).value(first) == 1);
    const qint64 history = count(t, QStringLiteral("SELECT count(*) FROM history"));
    const qint64 outbox = count(t, QStringLiteral("SELECT count(*) FROM outbox"));
    t.clock.advance(3'600'000);
    Result<qint64> moved = setup.deleteStage(second, third);
    REQUIRE(moved.ok());
    CHECK(*moved == 5);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = %1").arg(third)) ==
          5);
    CHECK(count(t, QStringLiteral("SELECT stage_id FROM deals WHERE id = %1").arg(elsewhere)) ==
          first);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = %1 AND "
                                  "stage_entered_at = %2")
                       .arg(third)
                       .arg(TempDb::kStart + 3'600'000)) == 5);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history WHERE kind = 1 AND event = 2 AND "
                                  "old_value = %1 AND new_value = %2")
                       .arg(second)
                       .arg(third)) == 5);
    // 5 deal moves, the field, the deleted automation, the retargeted one, the stage.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history")) - history == 9);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox")) - outbox == 9);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 1 AND op = 2 AND "
                                  "fields = 'stage_id,stage_entered_at'")) >= 5);
    CHECK(count(t, QStringLiteral("SELECT count(DISTINCT mutation_uid) = count(*) FROM outbox")) ==
          1);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM field_clock WHERE kind = 1 AND field = "
                                  "'stage_id'")) >= 5);
    CHECK(count(t, QStringLiteral("SELECT required_from_stage_id FROM field_defs WHERE id = %1")
                       .arg(field)) == third);
    CHECK(setup.automations(second).isEmpty());
    CHECK(setup.automations(first).first().params.value(QStringLiteral("stage_id")).toLongLong() ==
          third);
    CHECK(t.admin->stage(second) == nullptr);
    CHECK(moveIn > 0);
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_deleteStage_toAnotherPipelineMovesThePipelineToo")
{
    TempDb t;
    const qint64 other = secondPipeline(t);
    PipelineSetup setup(*t.admin);
    Records r(*t.admin);
    const qint64 first = t.firstOpenStage(0);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("D")}});
    const qint64 target = t.admin->pipelines().at(1).stages.first().id;
    REQUIRE(setup.deleteStage(first, target).ok());
    CHECK(count(t, QStringLiteral("SELECT pipeline_id FROM deals WHERE id = %1").arg(deal)) ==
          other);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 1 AND entity_id = %1 "
                                  "AND fields = 'stage_id,pipeline_id,stage_entered_at'")
                       .arg(deal)) == 1);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM field_clock WHERE kind = 1 AND "
                                  "entity_id = %1 AND field = 'pipeline_id'")
                       .arg(deal)) == 1);
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_deleteStage_refusesFixedLastAndBadTargets")
{
    TempDb t;
    PipelineSetup setup(*t.admin);
    const QList<qint64> ids = openIds(t);
    const qint64 won = t.stageOfKind(StageKind::Won);
    const qint64 lost = t.stageOfKind(StageKind::Lost);
    Result<qint64> fixed = setup.deleteStage(won, ids[0]);
    REQUIRE_FALSE(fixed.ok());
    CHECK(fixed.error().message.contains(QStringLiteral("Won")));
    CHECK_FALSE(setup.deleteStage(lost, ids[0]).ok());
    // A stage kind this version does not know (a newer one's) is fixed too.
    Voronka::Test::writeBehindTheWritePath(
        t.db->sql(), QStringLiteral("UPDATE stages SET kind = 7 WHERE id = %1").arg(ids[0]));
    t.admin->invalidate();
    CHECK_FALSE(setup.deleteStage(ids[0], ids[1]).ok());
    Voronka::Test::writeBehindTheWritePath(
        t.db->sql(), QStringLiteral("UPDATE stages SET kind = 0 WHERE id = %1").arg(ids[0]));
    t.admin->invalidate();

    Result<qint64> self = setup.deleteStage(ids[0], ids[0]);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().message.contains(QStringLiteral("First contact")));
    CHECK_FALSE(setup.deleteStage(ids[0], 9999).ok());
    REQUIRE(setup.deleteStage(ids[0], ids[1]).ok());
    REQUIRE(setup.deleteStage(ids[1], ids[2]).ok());
    Result<qint64> last = setup.deleteStage(ids[2], won);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().message.contains(QStringLiteral("last open stage")));
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_pipelines_renameReorderAndDeleteMovingDeals")
{
    TempDb t;
    const qint64 sales = t.admin->pipelines().first().id;
    const qint64 other = secondPipeline(t);
    PipelineSetup setup(*t.admin);
    Records r(*t.admin);
    const qint64 salesFirst = t.firstOpenStage(0);
    const qint64 packing = t.admin->pipelines().at(1).stages.first().id;
    const qint64 shipped = t.admin->pipelines().at(1).stages.at(1).id;
    for (int i = 0; i < 3; ++i)
        REQUIRE(r.create(EntityKind::Deal, {{kName, QStringLiteral("F%1").arg(i)},
                                            {QStringLiteral("stage_id"), shipped}})
                    .ok());
    REQUIRE(Admin(*t.admin)
                .createAutomation(StageAutomation{0,
                                                  packing,
                                                  AutomationAction::AddTag,
                                                  false,
                                                  {{QStringLiteral("tag"), QStringLiteral("x")}},
                                                  0})
                .ok());

    REQUIRE(setup.renamePipeline(other, QStringLiteral("Delivery")).ok());
    CHECK(t.admin->pipelines().at(1).name == QStringLiteral("Delivery"));
    CHECK_FALSE(setup.renamePipeline(other, QStringLiteral(" ")).ok());
    REQUIRE(setup.reorderPipelines({other, sales}).ok());
    CHECK(t.admin->pipelines().first().id == other);
    CHECK_FALSE(setup.reorderPipelines({other}).ok());

    CHECK(setup.pipelineDealCount(other).active == 3);
    Result<qint64> ownStage = setup.deletePipeline(other, packing);
    REQUIRE_FALSE(ownStage.ok());
    CHECK(ownStage.error().message.contains(QStringLiteral("Delivery")));
    Result<qint64> moved = setup.deletePipeline(other, salesFirst);
    REQUIRE(moved.ok());
    CHECK(*moved == 3);
    CHECK(t.admin->pipelines().size() == 1);
    CHECK(
        count(t, QStringLiteral("SELECT count(*) FROM deals WHERE pipeline_id = %1").arg(sales)) ==
        3);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM stages WHERE pipeline_id = %1 AND "
                                  "deleted = 0")
                       .arg(other)) == 0);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM stage_automations WHERE deleted = 0")) ==
          0);
    Result<qint64> lastOne = setup.deletePipeline(sales, salesFirst);
    REQUIRE_FALSE(lastOne.ok());
    CHECK(lastOne.error().message.contains(QStringLiteral("only pipeline")));
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_automations_updateAndDelete")
{
    TempDb t;
    PipelineSetup setup(*t.admin);
    const qint64 first = t.firstOpenStage(0);
    const qint64 id = *Admin(*t.admin).createAutomation(StageAutomation{
        0,
        first,
        AutomationAction::CreateTask,
        false,
        {{QStringLiteral("text"), QStringLiteral("Call")}, {QStringLiteral("due_minutes"), 60}},
        0});
    QList<StageAutomation> list = setup.automations(first);
    REQUIRE(list.size() == 1);
    StageAutomation a = list.first();
    a.onCreate = true;
    a.params.insert(QStringLiteral("text"), QStringLiteral("Call back"));
    REQUIRE(setup.updateAutomation(a).ok());
    list = setup.automations(first);
    CHECK(list.first().onCreate);
    CHECK(list.first().params.value(QStringLiteral("text")).toString() ==
          QStringLiteral("Call back"));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 15 AND op = 2 AND "
                                  "fields = 'on_create,params'")) == 1);

    a.params.insert(QStringLiteral("text"), QString());
    Status bad = setup.updateAutomation(a);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QStringLiteral("First contact")));
    CHECK(bad.error().field == QStringLiteral("text"));

    REQUIRE(setup.deleteAutomation(id).ok());
    CHECK(setup.automations(first).isEmpty());
    CHECK_FALSE(setup.deleteAutomation(id).ok());
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 15 AND op = 3")) == 1);
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_deleteStageUndone_dealsBackWithTheirStageTimesButOneMovedSinceStays")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 second = t.firstOpenStage(1), third = t.firstOpenStage(2);
    QList<qint64> deals;
    QList<qint64> entered;
    for (int i = 0; i < 3; ++i) {
        deals << *r.create(EntityKind::Deal, {{kName, QStringLiteral("D%1").arg(i)},
                                              {QStringLiteral("stage_id"), second}});
        entered << count(t, QStringLiteral("SELECT stage_entered_at FROM deals WHERE id = %1")
                                .arg(deals.last()));
        t.clock.advance(60000);
    }
    REQUIRE(r.remove(EntityKind::Deal, deals.at(2)).ok()); // one in the recycle bin
    const qint64 position = t.admin->stage(second)->position;
    Result<PipelineSetup::Removal> removed = PipelineSetup(*t.admin).removeStage(second, third);
    REQUIRE(removed.ok());
    PipelineSetup::Removal removal = *removed;
    CHECK(removal.deals.size() == 3);
    t.clock.advance(60000);
    // A colleague moves one of them on after the deletion: the undo leaves it there.
    REQUIRE(r.update(EntityKind::Deal, deals.at(1), {{QStringLiteral("stage_id"), t.firstOpenStage(0)}})
                .ok());
    PipelineSetup undo(*t.admin, Origin::of(WriteMode::Undo));
    REQUIRE(undo.restoreRemoved(removal).ok());
    CHECK(removal.left == QStringList{QStringLiteral("D1")});
    CHECK(PipelineSetup::leftNote(removal) ==
          u"1 deal(s) moved since stayed where they are: «D1».");
    REQUIRE(t.admin->stage(second));
    CHECK(t.admin->stage(second)->position == position);
    for (int i : {0, 2}) {
        INFO(i);
        CHECK(count(t, QStringLiteral("SELECT stage_id FROM deals WHERE id = %1").arg(deals.at(i))) ==
              second);
        CHECK(count(t, QStringLiteral("SELECT stage_entered_at FROM deals WHERE id = %1")
                           .arg(deals.at(i))) == entered.at(i));
    }
    CHECK(count(t, QStringLiteral("SELECT stage_id FROM deals WHERE id = %1").arg(deals.at(1))) ==
          t.firstOpenStage(0));
    // The two that went back have their move in the history, marked as an undo, and reach the
    // outbox with their stage time.
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history WHERE kind = 1 AND event = 2 AND "
                                  "origin = 2 AND old_value = %1 AND new_value = %2")
                       .arg(third)
                       .arg(second)) == 2);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 1 AND entity_id = %1 "
                                  "AND fields = 'stage_id,stage_entered_at'")
                       .arg(deals.at(0))) == 2);
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_deleteStageUndoneAfterAStageTookItsPlace_comesBackBeforeIt")
{
    TempDb t;
    const QList<qint64> before = openIds(t);
    Result<PipelineSetup::Removal> removed =
        PipelineSetup(*t.admin).removeStage(before.at(1), before.at(2));
    REQUIRE(removed.ok());
    PipelineSetup::Removal removal = *removed;
    // A new stage takes the freed position.
    const qint64 added = *PipelineSetup(*t.admin).createStage(
        t.admin->pipelines().first().id, 1, QStringLiteral("Qualified"), QStringLiteral("#FFCC66"));
    REQUIRE(PipelineSetup(*t.admin).restoreRemoved(removal).ok());
    QList<qint64> expected = before;
    expected.insert(2, added);
    CHECK(openIds(t) == expected);
    QSet<int> positions;
    for (const StageInfo &s : t.admin->pipelines().first().stages)
        positions.insert(s.position);
    CHECK(positions.size() == t.admin->pipelines().first().stages.size());
    requireConsistent(*t.db);
}

TEST_CASE("pipelineSetup_deleteStageUndoneAfterItsPipelineWasDeleted_isRefusedWritingNothing")
{
    TempDb t;
    const qint64 other = secondPipeline(t);
    const qint64 packing = t.admin->stageOfKind(other, StageKind::Open);
    const qint64 shipped = openIds(t, 1).at(1);
    Result<PipelineSetup::Removal> removed = PipelineSetup(*t.admin).removeStage(packing, shipped);
    REQUIRE(removed.ok());
    PipelineSetup::Removal removal = *removed;
    REQUIRE(PipelineSetup(*t.admin).deletePipeline(other, t.firstOpenStage(0)).ok());
    const qint64 outbox = count(t, QStringLiteral("SELECT count(*) FROM outbox"));
    Status back = PipelineSetup(*t.admin).restoreRemoved(removal);
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message ==
          QStringLiteral("Stage #%1 cannot be brought back: it or its pipeline is gone.").arg(packing));
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
    CHECK(t.admin->stage(packing) == nullptr);
}
