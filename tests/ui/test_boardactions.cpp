// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"
#include "support/consistency.h"
#include "support/wait.h"

#include "core/automation/stageautomation.h"
#include "ui/board/boardcolumnmodel.h"
#include "ui/board/boardcolumnwidget.h"
#include "ui/board/boardfilterbutton.h"
#include "ui/board/boardview.h"
#include "ui/board/carddelegate.h"
#include "ui/board/cardlist.h"
#include "ui/board/dropzone.h"
#include "ui/board/dropzonebar.h"
#include "ui/board/quickadd.h"
#include "core/services/admin.h"
#include "core/services/pipelinesetup.h"
#include "core/services/records.h"
#include "core/storage/database.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Voronka;
using namespace Voronka::Test;

namespace {

std::unique_ptr<Ui::BoardView> openBoard(Core::Session &session)
{
    auto view = std::make_unique<Ui::BoardView>(session);
    view->resize(1900, 800);
    view->show();
    if (!Test::waitExposed(view.get()))
        return {};
    view->activate();
    view->setShowClosed(true);
    QCoreApplication::processEvents();
    return view;
}

// What undo must give back exactly.
struct DealState
{
    qint64 stage = 0;
    double order = 0;
    qint64 entered = 0;
    QVariant lossReason;
    bool deleted = false;
    bool operator==(const DealState &) const = default;
};

DealState stateOf(BoardFixture &t, qint64 deal)
{
    Core::Query q = t.db->sql().prepare("SELECT stage_id, sort_order, stage_entered_at, "
                                        "loss_reason_id, deleted FROM deals WHERE id = ?1");
    q->bindAll(deal);
    REQUIRE(q->step());
    return {q->int64(0), q->real(1), q->int64(2), q->isNull(3) ? QVariant() : QVariant(q->int64(3)),
            q->int64(4) != 0};
}

qint64 count(BoardFixture &t, const char *sql)
{
    return t.db->sql().scalar(sql);
}

QDialog *visibleDialog(QWidget *view, const char *name)
{
    for (QDialog *d : view->findChildren<QDialog *>(QString::fromLatin1(name)))
        if (d->isVisible())
            return d;
    return nullptr;
}

} // namespace

TEST_CASE("boardDrag_severalSelectedCards_moveTogetherAndUndoRestoresThemExactly")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 100, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s0, 200, 2);
    const qint64 c = t.addDeal(QStringLiteral("Charlie"), s0, 400, 3);
    const qint64 d = t.addDeal(QStringLiteral("Delta"), s1, 800, 1);
    // Entering the stage creates a task: undo must take it away again.
    Core::StageAutomation automation;
    automation.stageId = s1;
    automation.action = Core::AutomationAction::CreateTask;
    automation.params = {{QStringLiteral("text"), QStringLiteral("Call back")},
                         {QStringLiteral("due_minutes"), 60}};
    REQUIRE(Core::Admin(*t.admin).createAutomation(automation).ok());
    const DealState beforeA = stateOf(t, a), beforeC = stateOf(t, c);
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    Ui::CardList *from = cardsOf(*view, s0);
    Ui::CardList *to = cardsOf(*view, s1);
    REQUIRE(from);
    REQUIRE(to);

    // Alpha, then Ctrl+click Charlie: two cards selected; dragging one carries both.
    QTest::mouseClick(from->viewport(), Qt::LeftButton, {}, centerOfRow(from, 0));
    QTest::mouseClick(from->viewport(), Qt::LeftButton, Qt::ControlModifier, centerOfRow(from, 2));
    REQUIRE(from->selectedDeals() == QList<qint64>{a, c});
    t.clock.advance(3'600'000);
    // Dropped on the upper half of Delta: before it.
    REQUIRE(dragCard(from, centerOfRow(from, 2), to, centerOfRow(to, 0) - QPoint(0, 20)));
    QCoreApplication::processEvents();

    CHECK(t.stageOf(a) == s1);
    CHECK(t.stageOf(c) == s1);
    CHECK(t.stageOf(b) == s0);
    Ui::BoardColumnWidget *target = view->column(s1);
    REQUIRE(target->model()->rowCount() == 3);
    // Dropped before Delta, in their board order.
    CHECK(target->model()->idAt(0) == a);
    CHECK(target->model()->idAt(1) == c);
    CHECK(target->model()->idAt(2) == d);
    CHECK(target->model()->count() == 3);
    CHECK(target->model()->budgetSum() == 1300);
    CHECK(view->column(s0)->model()->count() == 1);
    CHECK(count(t, "SELECT count(*) FROM tasks WHERE deleted = 0 AND text = 'Call back'") == 2);
    CHECK(count(t, "SELECT count(*) FROM history WHERE kind = 1 AND event = 2") == 2);
    CHECK(count(t, "SELECT count(*) FROM outbox WHERE kind = 1 AND op = 2") == 2);
    REQUIRE(view->undoStack()->count() == 1); // one drop, one undo step

    // Ctrl+Z on the board.
    QTest::keyClick(to, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(stateOf(t, a) == beforeA);
    CHECK(stateOf(t, c) == beforeC);
    CHECK(count(t, "SELECT count(*) FROM tasks WHERE deleted = 0") == 0);
    CHECK(view->column(s0)->model()->count() == 3);
    CHECK(view->column(s1)->model()->count() == 1);
    CHECK(view->column(s1)->model()->budgetSum() == 800);
    // The undo is a change like any other: history and outbox have it.
    CHECK(count(t, "SELECT count(*) FROM history WHERE kind = 1 AND event = 2") == 4);

    // Ctrl+Shift+Z: the same result as the drop, without the automation running again.
    QTest::keyClick(view->column(s0)->list(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCoreApplication::processEvents();
    CHECK(t.stageOf(a) == s1);
    CHECK(t.stageOf(c) == s1);
    CHECK(count(t, "SELECT count(*) FROM tasks WHERE deleted = 0") == 2);
    CHECK(count(t, "SELECT count(*) FROM tasks") == 2);
    requireConsistent(*t.db);
}

TEST_CASE("boardDrag_ontoDeleteAndPipelineZones_deletesOrMovesAndUndoBringsBack")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    Core::Admin admin(*t.admin);
    const qint64 other = *admin.createPipeline(
        QStringLiteral("Fulfilment"), {{QStringLiteral("Packing"), QStringLiteral("#3B82F6"), 50}});
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 100, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s0, 200, 2);
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    Ui::CardList *from = cardsOf(*view, s0);
    REQUIRE(from);

    bool zonesShown = false;
    REQUIRE(dragCardOnto(from, centerOfRow(from, 0), view->dropZones()->trash(), [&] {
        zonesShown = view->dropZones()->isVisible() && view->dropZones()->trash()->isVisible();
    }));
    QCoreApplication::processEvents();
    CHECK(zonesShown);
    CHECK(stateOf(t, a).deleted);
    CHECK(view->column(s0)->model()->count() == 1);
    view->undoStack()->undo();
    CHECK_FALSE(stateOf(t, a).deleted);
    CHECK(view->column(s0)->model()->count() == 2);

    QList<Ui::DropZone *> zones = view->dropZones()->pipelineZones();
    REQUIRE(zones.size() == 1);
    Ui::DropZone *zone = zones.first();
    CHECK(zone->objectName() == QStringLiteral("dropZonePipeline_%1").arg(other));
    const int row = view->column(s0)->model()->rowOf(b);
    REQUIRE(dragCardOnto(from, centerOfRow(from, row), zone));
    QCoreApplication::processEvents();
    const Core::StageInfo *stage = t.admin->stage(t.stageOf(b));
    REQUIRE(stage);
    CHECK(stage->pipelineId == other);
    CHECK(stage->name == QStringLiteral("Packing"));
    view->undoStack()->undo();
    CHECK(t.stageOf(b) == s0);
    requireConsistent(*t.db);
}

TEST_CASE("incoming_acceptAndDecline_moveTheLeadThroughCore")
{
    BoardFixture t;
    Core::Admin admin(*t.admin);
    const qint64 price = *admin.createLossReason(QStringLiteral("Price"));
    const qint64 incoming = t.stageOfKind(Core::StageKind::Incoming);
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 lost = t.stageOfKind(Core::StageKind::Lost);
    const qint64 a = t.addDeal(QStringLiteral("Lead A"), incoming, 100, 1);
    const qint64 b = t.addDeal(QStringLiteral("Lead B"), incoming, 100, 2);
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    // Incoming stands first on the board.
    REQUIRE(view->columns().first()->stage().id == incoming);
    Ui::CardList *list = cardsOf(*view, incoming);
    REQUIRE(list);
    auto *delegate = qobject_cast<Ui::CardDelegate *>(list->itemDelegate());
    REQUIRE(delegate);

    // Accept: the button on the card.
    auto buttonPoint = [&](int row, int which) {
        const QRect card = list->visualRect(list->model()->index(row, 0))
                               .adjusted(0, 0, 0, -Ui::CardDelegate::kGap);
        for (int y = card.bottom(); y > card.top(); --y)
            for (int x = card.left(); x < card.right(); x += 2)
                if (delegate->incomingButtonAt(card, {x, y}) == which)
                    return QPoint(x + 4, y - 4);
        return QPoint();
    };
    QPoint accept = buttonPoint(0, 1);
    REQUIRE(!accept.isNull());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, accept);
    QCoreApplication::processEvents();
    CHECK(t.stageOf(a) == s0);
    CHECK(view->column(incoming)->model()->count() == 1);

    // Decline: asks why, like any loss.
    list = cardsOf(*view, incoming);
    QPoint decline = buttonPoint(0, 2);
    REQUIRE(!decline.isNull());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, decline);
    QCoreApplication::processEvents();
    QDialog *dialog = visibleDialog(view.get(), "lossReasonDialog");
    REQUIRE(dialog);
    auto *reasons = dialog->findChild<QListWidget *>();
    REQUIRE(reasons);
    reasons->setCurrentRow(0);
    dialog->accept();
    QCoreApplication::processEvents();
    CHECK(t.stageOf(b) == lost);
    CHECK(stateOf(t, b).lossReason == QVariant(price));
    CHECK(view->column(incoming)->model()->count() == 0);
}

TEST_CASE("quickAdd_createsTheDealAtTheTopOfTheStageWithItsContact")
{
    BoardFixture t;
    const qint64 s1 = t.firstOpenStage(1);
    t.addDeal(QStringLiteral("Existing"), s1, 100, 1);
    const qint64 carl = t.addContact(QStringLiteral("Carl Jensen"));
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    Ui::BoardColumnWidget *column = view->column(s1);
    auto *add = column->findChild<QToolButton *>(QStringLiteral("quickAddButton"));
    REQUIRE(add);
    QTest::mouseClick(add, Qt::LeftButton);
    Ui::QuickAdd *form = column->quickAdd();
    REQUIRE(form->isVisible());
    auto *name = form->findChild<QLineEdit *>(QStringLiteral("quickAddName"));
    auto *budget = form->findChild<QLineEdit *>(QStringLiteral("quickAddBudget"));
    auto *contact = form->findChild<QLineEdit *>(QStringLiteral("quickAddContact"));
    REQUIRE(name);
    // Enter with no name: a message, nothing written.
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(count(t, "SELECT count(*) FROM deals") == 1);
    CHECK(form->findChild<QWidget *>(QStringLiteral("quickAddError"))->isVisible());

    QTest::keyClicks(name, QStringLiteral("Windows for the new office"));
    QTest::keyClicks(budget, QStringLiteral("12 500,50"));
    QTest::keyClicks(contact, QStringLiteral("Carl Jensen"));
    // The suggestions wait for a pause in typing; the pause is over: Carl is an existing contact.
    REQUIRE(Test::fire(form->findChild<QTimer *>(QStringLiteral("quickAddContactTimer"))));
    QTest::keyClick(name, Qt::Key_Return);
    QCoreApplication::processEvents();
    qint64 deal = 0;
    {
        // Scoped: a statement left mid-step keeps its read open, and the integrity check at
        // the end (which drops a temporary table) is then refused as "locked".
        Core::Query q = t.db->sql().prepare(
            "SELECT d.id, d.budget, d.stage_id, (SELECT contact_id FROM deal_contacts WHERE "
            "deal_id = d.id) FROM deals d WHERE d.name = 'Windows for the new office'");
        REQUIRE(q->step());
        deal = q->int64(0);
        CHECK(q->int64(1) == 1250050);
        CHECK(q->int64(2) == s1);
        CHECK(q->int64(3) == carl);
    }
    CHECK(count(t, "SELECT count(*) FROM contacts") == 1); // linked, not a second Carl
    CHECK(column->model()->idAt(0) == deal);
    CHECK(column->model()->count() == 2);

    // A new contact name creates the contact with the deal; undo takes the deal back.
    form->open();
    QTest::keyClicks(name, QStringLiteral("Second"));
    QTest::keyClicks(contact, QStringLiteral("Dana New"));
    QTest::keyClick(contact, Qt::Key_Return);
    CHECK(count(t, "SELECT count(*) FROM contacts WHERE name = 'Dana New'") == 1);
    CHECK(column->model()->count() == 3);
    view->undoStack()->undo();
    CHECK(count(t, "SELECT count(*) FROM deals WHERE name = 'Second' AND deleted = 1") == 1);
    CHECK(view->column(s1)->model()->count() == 2);
    CHECK(count(t, "SELECT count(*) FROM outbox WHERE kind = 1 AND op = 3") == 1); // the undo
    requireConsistent(*t.db);
}

TEST_CASE("boardKeys_arrowsCrossColumnsAndCtrlNAddsInTheFocusedStage")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 100, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s1, 100, 1);
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    Ui::CardList *first = cardsOf(*view, s0);
    first->setFocus();
    first->selectRow(0);
    qint64 opened = 0;
    QObject::connect(view.get(), &Ui::BoardView::openDealRequested, view.get(),
                     [&](qint64 id) { opened = id; });
    QTest::keyClick(first, Qt::Key_Return);
    CHECK(opened == a);
    QTest::keyClick(first, Qt::Key_Right);
    Ui::CardList *second = cardsOf(*view, s1);
    CHECK(second->hasFocus());
    CHECK(second->selectedDeals() == QList<qint64>{b});
    QTest::keyClick(second, Qt::Key_N, Qt::ControlModifier);
    CHECK(view->column(s1)->quickAdd()->isVisible());
    CHECK_FALSE(view->column(s0)->quickAdd()->isVisible());
}

TEST_CASE("board_showsChangesMadeByAnotherProgramWithoutReopening")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    t.addDeal(QStringLiteral("Alpha"), s0, 100, 1);
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    CHECK(view->column(s0)->model()->count() == 1);
    {
        // Another program (the CLI, another window) on the same file.
        Core::Result<std::unique_ptr<Core::Database>> other = Core::Database::open(t.path());
        REQUIRE(other.ok());
        Core::Session session(**other, t.clock, t.admin->actor());
        REQUIRE(Core::Records(session)
                    .create(Core::EntityKind::Deal,
                            {{QStringLiteral("name"), QStringLiteral("From the CLI")},
                             {QStringLiteral("stage_id"), s0},
                             {QStringLiteral("budget"), 900}})
                    .ok());
    }
    view->refreshIfChangedElsewhere();
    CHECK(view->column(s0)->model()->count() == 2);
    CHECK(view->column(s0)->model()->budgetSum() == 1000);
}

TEST_CASE("board_userWithoutEditRight_cannotDragOrDelete")
{
    BoardFixture t;
    Core::Admin admin(*t.admin);
    Core::RoleMatrix viewer = Core::RoleMatrix::filled(Core::Scope::None);
    for (Core::PermEntity e : {Core::PermEntity::Deal, Core::PermEntity::Contact})
        viewer.set(e, Core::PermAction::View, Core::Scope::All);
    const qint64 role = *admin.createRole(QStringLiteral("Viewer"), viewer);
    const qint64 vera = t.addUser(QStringLiteral("vera@example.com"), role);
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 100, 1);
    auto session = t.sessionFor(vera);
    auto view = openBoard(*session);
    REQUIRE(view);
    Ui::CardList *from = cardsOf(*view, s0);
    REQUIRE(from);
    CHECK(from->model()->rowCount() == 1);
    CHECK_FALSE(dragCard(from, centerOfRow(from, 0), cardsOf(*view, s1),
                         centerOfRow(cardsOf(*view, s1), 0)));
    CHECK(t.stageOf(a) == s0);
    CHECK_FALSE(view->dropZones()->trash()->isVisibleTo(view->dropZones()));
    from->setFocus();
    from->selectRow(0);
    QTest::keyClick(from, Qt::Key_Delete);
    CHECK(view->findChild<QWidget *>(QStringLiteral("deleteDealsBox")) == nullptr);
    CHECK_FALSE(stateOf(t, a).deleted);
}

TEST_CASE("cardDelegate_idleMarker_countsDaysPastTheStageThreshold")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    REQUIRE(Core::PipelineSetup(*t.admin).setStageIdleDays(s0, 3).ok());
    const Core::StageInfo stage = *t.admin->stage(s0);
    CHECK(stage.idleDays == 3);
    Ui::CardDelegate delegate(t.clock, stage);
    Core::BoardCard card;
    card.stageEnteredAt = t.clock.nowMs() - 2 * 86'400'000LL;
    CHECK(delegate.idleDays(card) == 0);
    card.stageEnteredAt = t.clock.nowMs() - 5 * 86'400'000LL;
    CHECK(delegate.idleDays(card) == 5);
    Core::StageInfo won = stage;
    won.kind = Core::StageKind::Won;
    delegate.setStage(won);
    CHECK(delegate.idleDays(card) == 0); // a closed deal is not idle
}

TEST_CASE("cardDelegate_idleMarker_shortensOnANarrowCardButNeverDisappears")
{
    const QFontMetrics fm(QApplication::font());
    const QString wide = Ui::CardDelegate::idleText(525, fm, 1000);
    const QString narrow = Ui::CardDelegate::idleText(525, fm, 20);
    CHECK(wide.contains(QStringLiteral("525")));
    CHECK(narrow.contains(QStringLiteral("525")));
    CHECK(fm.horizontalAdvance(narrow) < fm.horizontalAdvance(wide));
}

TEST_CASE("boardFilters_panelNarrowsTheColumnsAndPresetsComeBack")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    Core::Records r(*t.admin);
    REQUIRE(r.create(Core::EntityKind::Deal,
                     {{QStringLiteral("name"), QStringLiteral("Tagged")},
                      {QStringLiteral("stage_id"), s0},
                      {QStringLiteral("tags"), QStringList{QStringLiteral("VIP")}},
                      {QStringLiteral("source"), QStringLiteral("Website")}})
                .ok());
    REQUIRE(r.create(Core::EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Plain")},
                                              {QStringLiteral("stage_id"), s0},
                                              {QStringLiteral("source"), QStringLiteral("Call")}})
                .ok());
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    auto *button = view->findChild<QToolButton *>(QStringLiteral("boardFilterButton"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *panel = view->findChild<QWidget *>(QStringLiteral("boardFilterPanel"));
    REQUIRE(panel);
    CHECK(panel->isVisible());
    auto *tags = panel->findChild<QListWidget *>(QStringLiteral("filterTags"));
    REQUIRE(tags);
    REQUIRE(tags->count() == 1);
    tags->item(0)->setCheckState(Qt::Checked);
    QCoreApplication::processEvents();
    CHECK(view->column(s0)->model()->count() == 1);
    CHECK(view->filter().tags == QStringList{QStringLiteral("VIP")});
    CHECK(button->text().contains(QLatin1String("1")));

    // Saved as a preset, reset, then chosen again.
    auto *filterButton = qobject_cast<Ui::BoardFilterButton *>(button);
    REQUIRE(filterButton);
    filterButton->savePreset(QStringLiteral("VIP deals"), view->filter());
    auto *reset = panel->findChild<QPushButton *>(QStringLiteral("filterReset"));
    QTest::mouseClick(reset, Qt::LeftButton);
    CHECK(view->column(s0)->model()->count() == 2);
    auto *presets = panel->findChild<QComboBox *>(QStringLiteral("filterPresets"));
    REQUIRE(presets);
    const int index = presets->findText(QStringLiteral("VIP deals"));
    REQUIRE(index > 0);
    presets->setCurrentIndex(index);
    emit presets->activated(index);
    QCoreApplication::processEvents();
    CHECK(view->column(s0)->model()->count() == 1);

    // Source and "no open task" narrow the same way.
    QTest::mouseClick(reset, Qt::LeftButton);
    auto *source = panel->findChild<QComboBox *>(QStringLiteral("filterSource"));
    REQUIRE(source);
    source->setCurrentIndex(source->findData(QStringLiteral("Call")));
    CHECK(view->column(s0)->model()->count() == 1);
    CHECK(view->column(s0)->model()->cardAt(0).name == QStringLiteral("Plain"));
    QTest::mouseClick(reset, Qt::LeftButton);
    auto *noTask = panel->findChild<QAbstractButton *>(
        QStringLiteral("filterTasks_%1").arg(int(Core::RecordFilter::TaskState::NoOpenTask)));
    REQUIRE(noTask);
    QTest::mouseClick(noTask, Qt::LeftButton);
    CHECK(view->column(s0)->model()->count() == 2);
    panel->grab().save(QDir::temp().filePath(QStringLiteral("voronka-filter-panel.png")));
}
