// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/board.h"
#include "core/services/integrity.h"
#include "core/services/records.h"

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
const QString kName = QStringLiteral("name");

QStringList cardNames(const BoardColumn &c)
{
    QStringList out;
    for (const auto &card : c.cards)
        out << card.name;
    return out;
}

qint64 pipelineId(TempDb &t)
{
    return t.admin->pipelines().first().id;
}
} // namespace

TEST_CASE("board_columnsHaveTotalsCardsAndNextTaskState")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 co = *r.create(EntityKind::Company, {{kName, QStringLiteral("Acme")}});
    const qint64 ct = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Carl")}});
    const qint64 a =
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("A")},
                                     {QStringLiteral("budget"), 100000},
                                     {QStringLiteral("company_id"), co},
                                     {QStringLiteral("contacts"), QVariantList{ct}},
                                     {QStringLiteral("tags"), QStringList{QStringLiteral("VIP")}},
                                     {QStringLiteral("sort_order"), 1.0}});
    *r.create(EntityKind::Deal, {{kName, QStringLiteral("B")},
                                 {QStringLiteral("budget"), 50000},
                                 {QStringLiteral("sort_order"), 2.0}});
    *r.create(EntityKind::Deal,
              {{kName, QStringLiteral("C")}, {QStringLiteral("stage_id"), t.firstOpenStage(1)}});
    *r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                 {QStringLiteral("due_at"), TempDb::kStart - 3600000},
                                 {QStringLiteral("entity_kind"), 1},
                                 {QStringLiteral("entity_id"), a}});

    Result<QList<BoardColumn>> cols = Board(*t.admin, pipelineId(t)).load({}, 1);
    REQUIRE(cols.ok());
    REQUIRE(cols->size() == 6); // Incoming, 3 open stages, Won, Lost
    const BoardColumn &first = cols->at(1);
    CHECK(first.count == 2);
    CHECK(first.budgetSum == 150000);
    CHECK(cardNames(first) == QStringList{QStringLiteral("A")});
    CHECK(first.more);
    const BoardCard &card = first.cards.first();
    CHECK(card.company == u"Acme");
    CHECK(card.contact == u"Carl");
    CHECK(card.tags == QStringList{QStringLiteral("VIP")});
    CHECK(card.hasOverdueTask);
    CHECK(card.nextTaskDue == TempDb::kStart - 3600000);
    CHECK(cols->at(2).count == 1);
    CHECK(cols->at(4).stage.kind == StageKind::Won);

    Result<QList<BoardCard>> next =
        Board(*t.admin, pipelineId(t)).more(first.stage.id, {}, card.sortOrder, card.id);
    REQUIRE(next.ok());
    REQUIRE(next->size() == 1);
    CHECK(next->first().name == u"B");
    CHECK(next->first().nextTaskDue == 0);
}

TEST_CASE("board_moveBetweenAndWithinStagesGoesThroughTheWritePath")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 a = *r.create(EntityKind::Deal,
                               {{kName, QStringLiteral("A")}, {QStringLiteral("sort_order"), 1.0}});
    const qint64 b = *r.create(EntityKind::Deal,
                               {{kName, QStringLiteral("B")}, {QStringLiteral("sort_order"), 2.0}});
    const qint64 c = *r.create(EntityKind::Deal,
                               {{kName, QStringLiteral("C")}, {QStringLiteral("sort_order"), 3.0}});
    Board board(*t.admin, pipelineId(t));
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);

    REQUIRE(board.move(c, s0, a).ok()); // within the column, before A
    CHECK(cardNames(board.load()->at(1)) ==
          QStringList{QStringLiteral("C"), QStringLiteral("A"), QStringLiteral("B")});
    REQUIRE(board.move(b, s0, a).ok()); // between C and A
    CHECK(cardNames(board.load()->at(1)) ==
          QStringList{QStringLiteral("C"), QStringLiteral("B"), QStringLiteral("A")});

    REQUIRE(board.move(a, s1).ok()); // to another stage, at the end
    const QList<BoardColumn> cols = *board.load();
    CHECK(cols.at(1).count == 2);
    CHECK(cardNames(cols.at(2)) == QStringList{QStringLiteral("A")});
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE kind = 1 AND event = 2") == 1);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM outbox WHERE kind = 1 AND op = 2") == 3);

    // Stage rules apply on the board as anywhere: Lost needs a reason when reasons exist.
    const qint64 reason = *Admin(*t.admin).createLossReason(QStringLiteral("Price"));
    Status lost = board.move(a, t.stageOfKind(StageKind::Lost));
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().field == u"loss_reason_id");
    CHECK(board.load()->at(2).count == 1); // still where it was
    REQUIRE(board
                .move(a, t.stageOfKind(StageKind::Lost), 0,
                      {{QStringLiteral("loss_reason_id"), reason}})
                .ok());
    Result<QStringList> problems = Integrity::check(*t.db, true);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("board_ownScopeSeesAndMovesOnlyOwnDeals")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 role =
        *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), role);
    Records r(*t.admin);
    const qint64 mine = *r.create(EntityKind::Deal, {{kName, QStringLiteral("Mine")},
                                                     {QStringLiteral("responsible_id"), alice},
                                                     {QStringLiteral("budget"), 700}});
    const qint64 theirs = *r.create(
        EntityKind::Deal, {{kName, QStringLiteral("Theirs")}, {QStringLiteral("budget"), 300}});
    auto as = t.sessionFor(alice);
    Board board(*as, pipelineId(t));
    const BoardColumn first = board.load()->at(1);
    CHECK(first.count == 1);
    CHECK(first.budgetSum == 700);
    CHECK(cardNames(first) == QStringList{QStringLiteral("Mine")});
    CHECK(board.move(mine, t.firstOpenStage(1)).ok());
    CHECK(board.move(theirs, t.firstOpenStage(1)).error().code == Error::Code::Permission);
    BoardFilter f;
    f.text = QStringLiteral("the");
    CHECK(Board(*t.admin, pipelineId(t)).load(f)->at(1).count == 1);
}

TEST_CASE("board_opensFirstOnThePipelineHoldingMostOfTheUsersDeals")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 second = *admin.createPipeline(
        QStringLiteral("London"), {{QStringLiteral("New"), QStringLiteral("#99CCFF"), 10}});
    const qint64 role =
        *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
    const qint64 olivia = t.addUser(QStringLiteral("olivia@example.com"), role);
    const qint64 nobody = t.addUser(QStringLiteral("nobody@example.com"), role);
    Records r(*t.admin);
    for (const char *name : {"A", "B"})
        REQUIRE(r.create(EntityKind::Deal, {{kName, QString::fromLatin1(name)},
                                            {QStringLiteral("responsible_id"), olivia},
                                            {QStringLiteral("pipeline_id"), second}}));
    REQUIRE(r.create(EntityKind::Deal,
                     {{kName, QStringLiteral("C")}, {QStringLiteral("responsible_id"), olivia}}));
    CHECK(Board::usualPipeline(*t.sessionFor(olivia)) == second);
    CHECK(Board::usualPipeline(*t.sessionFor(nobody)) == pipelineId(t));
}

TEST_CASE("board_asksForExactlyTheMissingRequiredFieldsAndLossReasons")
{
    TempDb t;
    Admin admin(*t.admin);
    FieldDef contract{0,
                      EntityKind::Deal,
                      QStringLiteral("Contract"),
                      FieldType::Text,
                      {},
                      {},
                      1,
                      t.firstOpenStage(1),
                      false};
    FieldDef invoice{0,
                     EntityKind::Deal,
                     QStringLiteral("Invoice"),
                     FieldType::Text,
                     {},
                     {},
                     2,
                     t.firstOpenStage(2),
                     false};
    const qint64 c = *admin.createFieldDef(contract);
    *admin.createFieldDef(invoice);
    REQUIRE(admin.createLossReason(QStringLiteral("Price")).ok());
    REQUIRE(admin.createLossReason(QStringLiteral("Timing")).ok());
    CHECK(t.admin->lossReasons().size() == 2);
    CHECK(t.admin->lossReasons().first().name == u"Price");

    Records r(*t.admin);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("D")}});
    auto names = [](const QList<FieldDef> &defs) {
        QStringList out;
        for (const auto &d : defs)
            out << d.name;
        return out;
    };
    CHECK(names(*r.missingForStage(deal, t.firstOpenStage(0))).isEmpty());
    CHECK(names(*r.missingForStage(deal, t.firstOpenStage(1))) ==
          QStringList{QStringLiteral("Contract")});
    CHECK(names(*r.missingForStage(deal, t.stageOfKind(StageKind::Won))) ==
          QStringList{QStringLiteral("Contract"), QStringLiteral("Invoice")});
    CHECK(names(*r.missingForStage(deal, t.stageOfKind(StageKind::Lost))).isEmpty());
    REQUIRE(
        r.update(EntityKind::Deal, deal, {{QStringLiteral("cf.%1").arg(c), QStringLiteral("K-1")}})
            .ok());
    CHECK(names(*r.missingForStage(deal, t.firstOpenStage(2))) ==
          QStringList{QStringLiteral("Invoice")});
}

TEST_CASE("board_filtersByTagsPeriodTaskStateAndSourceAgreeWithTotals")
{
    TempDb t;
    Records r(*t.admin);
    auto deal = [&](const char *name, qint64 budget, const QStringList &tags, const char *source) {
        return *r.create(EntityKind::Deal, {{kName, QString::fromUtf8(name)},
                                            {QStringLiteral("budget"), budget},
                                            {QStringLiteral("tags"), tags},
                                            {QStringLiteral("source"), QString::fromUtf8(source)}});
    };
    const qint64 a = deal("A", 100, {QStringLiteral("VIP")}, "Сайт");
    t.clock.advance(86400000);
    const qint64 b = deal("B", 200, {QStringLiteral("Опт"), QStringLiteral("VIP")}, "Звонок");
    t.clock.advance(86400000);
    deal("C", 400, {}, "Сайт");
    *r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Overdue")},
                                 {QStringLiteral("due_at"), t.clock.nowMs() - 1000},
                                 {QStringLiteral("entity_kind"), 1},
                                 {QStringLiteral("entity_id"), a}});
    *r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Later")},
                                 {QStringLiteral("due_at"), t.clock.nowMs() + 86400000},
                                 {QStringLiteral("entity_kind"), 1},
                                 {QStringLiteral("entity_id"), b}});

    auto first = [&](const BoardFilter &f) {
        Result<QList<BoardColumn>> cols = Board(*t.admin, pipelineId(t)).load(f);
        REQUIRE(cols.ok());
        return cols->at(1); // the first stage after Incoming
    };
    BoardFilter f;
    f.tags = {QStringLiteral("vip")}; // tag names match without regard to case
    CHECK(cardNames(first(f)) == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(first(f).budgetSum == 300);
    f = {};
    f.source = QStringLiteral("Сайт");
    CHECK(cardNames(first(f)) == QStringList{QStringLiteral("A"), QStringLiteral("C")});
    f = {};
    f.createdFrom = TempDb::kStart + 86400000;
    f.createdTo = TempDb::kStart + 2 * 86400000;
    CHECK(cardNames(first(f)) == QStringList{QStringLiteral("B")});
    f = {};
    f.tasks = RecordFilter::TaskState::OverdueTask;
    CHECK(cardNames(first(f)) == QStringList{QStringLiteral("A")});
    f.tasks = RecordFilter::TaskState::NoOpenTask;
    const BoardColumn none = first(f);
    CHECK(cardNames(none) == QStringList{QStringLiteral("C")});
    CHECK(none.count == 1);
    CHECK(none.budgetSum == 400);
    // Conditions combine, and a page after the first follows the same filter.
    f = {};
    f.tags = {QStringLiteral("VIP")};
    f.source = QStringLiteral("Звонок");
    CHECK(cardNames(first(f)) == QStringList{QStringLiteral("B")});
    Result<QList<BoardCard>> more =
        Board(*t.admin, pipelineId(t)).more(first({}).stage.id, f, -1e9, 0);
    REQUIRE(more.ok());
    REQUIRE(more->size() == 1);
    CHECK(more->first().id == b);
    CHECK(recordTags(*t.admin, EntityKind::Deal) == QStringList{QStringLiteral("VIP"), QStringLiteral("Опт")});
    CHECK(dealSources(*t.admin) == QStringList{QStringLiteral("Звонок"), QStringLiteral("Сайт")});
}

TEST_CASE("lossReasonList_listsOfferedInOrderThenArchived")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 price = *admin.createLossReason(QStringLiteral("Price"));
    const qint64 timing = *admin.createLossReason(QStringLiteral("Timing"));
    const qint64 rival = *admin.createLossReason(QStringLiteral("Rival"));
    REQUIRE(admin.reorderLossReasons({rival, timing, price}).ok());
    REQUIRE(admin.setLossReasonArchived(timing, true).ok());
    Result<QList<Admin::LossReasonInfo>> list = admin.lossReasonList();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).id == rival);
    CHECK(list->at(1).id == price);
    CHECK(list->at(2).id == timing);
    CHECK(list->at(2).archived);
    CHECK_FALSE(list->at(0).archived);
}
