// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"

#include "ui/board/boardcolumnwidget.h"
#include "ui/board/boardview.h"
#include "core/permissions/permissions.h"
#include "core/services/admin.h"
#include "core/services/pipelinesetup.h"
#include "ui/settings/automationeditordialog.h"
#include "ui/settings/dealmovejob.h"
#include "ui/settings/movedealsdialog.h"
#include "ui/settings/pipelinesetupdialog.h"
#include "ui/settings/stagelistwidget.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Voronka;
using namespace Voronka::Test;

namespace {

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

QStringList stageNames(Core::Session &s)
{
    QStringList out;
    for (const Core::StageInfo &st : s.pipelines().first().stages)
        if (st.kind != Core::StageKind::Incoming)
            out << st.name;
    return out;
}

QStringList listTexts(QListWidget *list)
{
    QStringList out;
    // The Incoming stage heads the list; the comparisons are about the working stages.
    for (int r = 0; r < list->count(); ++r)
        if (list->item(r)->text() != QLatin1String("Incoming"))
            out << list->item(r)->text();
    return out;
}

void selectStage(Ui::StageListWidget *list, const QString &name)
{
    for (int r = 0; r < list->count(); ++r)
        if (list->item(r)->text() == name) {
            list->setCurrentRow(r);
            return;
        }
    FAIL("no stage " << name.toStdString());
}

// The board as an admin, with its setup dialog opened by the gear button.
struct SetupFixture : BoardFixture
{
    Ui::BoardView view{*admin};
    Ui::PipelineSetupDialog *dialog = nullptr;

    void open()
    {
        view.resize(1400, 800);
        view.show();
        view.activate();
        auto *gear = child<QToolButton>(&view, "boardSetupButton");
        REQUIRE(gear->isVisible());
        QTest::mouseClick(gear, Qt::LeftButton);
        dialog = view.findChild<Ui::PipelineSetupDialog *>(QStringLiteral("pipelineSetupDialog"));
        REQUIRE(dialog);
        REQUIRE(dialog->isVisible());
        dialog->activateWindow();
        REQUIRE(Test::waitActive(dialog));
    }
};

} // namespace

TEST_CASE("pipelineSetupButton_hiddenForAManager")
{
    BoardFixture t;
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Manager"), Core::RoleMatrix::filled(Core::Scope::All));
    auto manager = t.sessionFor(t.addUser(QStringLiteral("m@example.com"), role));
    Ui::BoardView view(*manager);
    view.show();
    view.activate();
    CHECK_FALSE(child<QToolButton>(&view, "boardSetupButton")->isVisible());
}

TEST_CASE("pipelineSetup_addRenameReorderAndIdleDays_writeThroughCoreAndReloadTheBoard")
{
    SetupFixture t;
    t.open();
    auto *stages = t.dialog->stageList();
    CHECK(listTexts(stages) == stageNames(*t.admin));

    // Add after the selected first stage, then name it in the stage's name field.
    selectStage(stages, QStringLiteral("First contact"));
    QTest::mouseClick(child<QPushButton>(t.dialog, "addStageButton"), Qt::LeftButton);
    auto *name = child<QLineEdit>(t.dialog, "stageNameEdit");
    CHECK(name->hasFocus());
    CHECK(name->text() == QStringLiteral("New stage"));
    name->selectAll();
    typeText(name, QStringLiteral("Proposal"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(stageNames(*t.admin).at(1) == QStringLiteral("Proposal"));
    CHECK(t.dialog->isVisible());
    CHECK(stages->currentItem()->text() == QStringLiteral("Proposal"));

    // Down twice with the button and the keyboard: after Negotiation, then after Decision.
    QTest::mouseClick(child<QToolButton>(t.dialog, "stageDownButton"), Qt::LeftButton);
    CHECK(stageNames(*t.admin).at(2) == QStringLiteral("Proposal"));
    QTest::keyClick(stages, Qt::Key_Down, Qt::ControlModifier);
    CHECK(stageNames(*t.admin) ==
          QStringList{QStringLiteral("First contact"), QStringLiteral("Negotiation"),
                      QStringLiteral("Decision"), QStringLiteral("Proposal"), QStringLiteral("Won"),
                      QStringLiteral("Lost")});
    CHECK(stages->currentItem()->text() == QStringLiteral("Proposal"));
    CHECK_FALSE(child<QToolButton>(t.dialog, "stageDownButton")->isEnabled()); // Won stays last

    const qint64 proposal = stages->currentStageId();
    auto *idle = child<QSpinBox>(t.dialog, "stageIdleDays");
    idle->setFocus();
    idle->selectAll();
    QTest::keyClicks(idle, "5");
    QTest::keyClick(idle, Qt::Key_Return);
    CHECK(t.admin->stage(proposal)->idleDays == 5);
    CHECK(stages->currentItem()
              ->data(Ui::StageListWidget::MetaRole)
              .toString()
              .contains(QStringLiteral("5")));

    // Won is fixed: no delete, no idle days, but it can be renamed.
    selectStage(stages, QStringLiteral("Won"));
    CHECK_FALSE(child<QToolButton>(t.dialog, "deleteStageButton")->isEnabled());
    CHECK_FALSE(idle->isEnabled());

    QTest::mouseClick(child<QPushButton>(t.dialog, "setupCloseButton"), Qt::LeftButton);
    CHECK(t.view.column(proposal) != nullptr);
    CHECK(t.view.columns().size() >= 4);
}

TEST_CASE("pipelineSetup_dropOfAStage_reordersThroughCore")
{
    SetupFixture t;
    t.open();
    auto *stages = t.dialog->stageList();
    selectStage(stages, QStringLiteral("Decision"));
    // The mouse half starts the list's own drag; the offscreen platform runs no drag loop,
    // so the drop half is delivered as the platform would, with the list's own mime data,
    // above the first row.
    const QPoint from = stages->visualItemRect(stages->currentItem()).center();
    QTest::mousePress(stages->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(stages->viewport(), from - QPoint(0, 8));
    QTest::mouseMove(stages->viewport(), from - QPoint(0, 40));
    QTest::mouseRelease(stages->viewport(), Qt::LeftButton, {}, from - QPoint(0, 40));
    std::unique_ptr<QMimeData> mime(stages->model()->mimeData({stages->currentIndex()}));
    const QRect first = stages->visualItemRect(stages->item(0));
    const QPoint at(first.center().x(), first.top() + 2);
    QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(stages->viewport(), &enter);
    REQUIRE(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(stages->viewport(), &move);
    QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(stages->viewport(), &drop);
    CHECK(drop.isAccepted());
    QTRY_COMPARE(stageNames(*t.admin).first(), QStringLiteral("Decision"));
    CHECK(listTexts(stages).first() == QStringLiteral("Decision"));
}

TEST_CASE("pipelineSetup_deleteStage_asksWhereTheDealsGoAndMovesThem")
{
    SetupFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1), s2 = t.firstOpenStage(2);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s1, 100, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s1, 200, 2);
    t.addDeal(QStringLiteral("Other"), s0, 300, 1);
    t.open();
    auto *stages = t.dialog->stageList();
    selectStage(stages, QStringLiteral("Negotiation"));
    QTest::mouseClick(child<QToolButton>(t.dialog, "deleteStageButton"), Qt::LeftButton);
    auto *ask = t.dialog->findChild<Ui::MoveDealsDialog *>(QStringLiteral("moveDealsDialog"));
    REQUIRE(ask);
    CHECK(child<QLabel>(ask, "moveDealsQuestion")->text().contains(QStringLiteral("2")));
    auto *target = child<QComboBox>(ask, "moveDealsTarget");
    CHECK(target->findData(s1) < 0); // not into itself
    target->setCurrentIndex(target->findData(s2));
    QTest::mouseClick(child<QPushButton>(ask, "moveDealsOk"), Qt::LeftButton);

    CHECK(t.stageOf(a) == s2);
    CHECK(t.stageOf(b) == s2);
    CHECK(t.admin->stage(s1) == nullptr);
    CHECK_FALSE(listTexts(stages).contains(QStringLiteral("Negotiation")));
    CHECK(stages->currentStageId() == s2);
    CHECK(t.admin->sql().scalar("SELECT count(*) FROM history WHERE event = 2") >= 2);
    QTest::mouseClick(child<QPushButton>(t.dialog, "setupCloseButton"), Qt::LeftButton);
    CHECK(t.view.column(s1) == nullptr);
    REQUIRE(t.view.column(s2));
}

TEST_CASE("pipelineSetup_addAutomation_throughTheEditorIsSavedInCore")
{
    SetupFixture t;
    const qint64 s1 = t.firstOpenStage(1);
    t.open();
    selectStage(t.dialog->stageList(), QStringLiteral("Negotiation"));
    QTest::mouseClick(child<QPushButton>(t.dialog, "addAutomationButton"), Qt::LeftButton);
    auto *editor =
        t.dialog->findChild<Ui::AutomationEditorDialog *>(QStringLiteral("automationEditor"));
    REQUIRE(editor);

    // An empty text is refused by core and shown in the editor, which stays open.
    QTest::mouseClick(child<QPushButton>(editor, "automationOk"), Qt::LeftButton);
    CHECK(editor->isVisible());
    auto *error = child<QLabel>(editor, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Negotiation")));

    typeText(child<QLineEdit>(editor, "automationTaskText"), QStringLiteral("Call"));
    auto *amount = child<QSpinBox>(editor, "automationDueAmount");
    amount->setValue(2);
    auto *unit = child<QComboBox>(editor, "automationDueUnit");
    unit->setCurrentIndex(1); // hours
    QTest::mouseClick(child<QCheckBox>(editor, "automationOnCreate"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(editor, "automationOk"), Qt::LeftButton);

    const QList<Core::StageAutomation> saved = Core::PipelineSetup(*t.admin).automations(s1);
    REQUIRE(saved.size() == 1);
    CHECK(saved.first().action == Core::AutomationAction::CreateTask);
    CHECK(saved.first().onCreate);
    CHECK(saved.first().params.value(QStringLiteral("text")).toString() == QStringLiteral("Call"));
    CHECK(saved.first().params.value(QStringLiteral("due_minutes")).toInt() == 120);
    CHECK_FALSE(saved.first().params.contains(QStringLiteral("responsible_id")));
    auto *list = child<QListWidget>(t.dialog, "setupAutomationList");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Create task «Call»")));
    CHECK(list->item(0)->text().contains(QStringLiteral("deal's responsible")));

    // Move to another stage, then delete it again.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the closed editor
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(t.dialog, "editAutomationButton"), Qt::LeftButton);
    editor = t.dialog->findChild<Ui::AutomationEditorDialog *>(QStringLiteral("automationEditor"));
    REQUIRE(editor);
    auto *action = child<QComboBox>(editor, "automationAction");
    action->setCurrentIndex(action->findData(int(Core::AutomationAction::MoveToStage)));
    auto *stageChoice = child<QComboBox>(editor, "automationTargetStage");
    stageChoice->setCurrentIndex(stageChoice->findData(t.stageOfKind(Core::StageKind::Won)));
    QTest::mouseClick(child<QPushButton>(editor, "automationOk"), Qt::LeftButton);
    CHECK(Core::PipelineSetup(*t.admin).automations(s1).first().action ==
          Core::AutomationAction::MoveToStage);
    CHECK(list->item(0)->text().contains(QStringLiteral("Won")));
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(t.dialog, "deleteAutomationButton"), Qt::LeftButton);
    CHECK(Core::PipelineSetup(*t.admin).automations(s1).isEmpty());
    CHECK(list->count() == 0);

    // Each of the three is a step back: the delete, the edit, the creation; then forward again.
    auto *undo = child<QPushButton>(t.dialog, "undo");
    auto *redo = child<QPushButton>(t.dialog, "redo");
    const auto actions = [&] {
        QList<Core::AutomationAction> out;
        for (const Core::StageAutomation &a : Core::PipelineSetup(*t.admin).automations(s1))
            out << a.action;
        return out;
    };
    using A = Core::AutomationAction;
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(actions() == QList<A>{A::MoveToStage});
    CHECK(list->count() == 1);
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(actions() == QList<A>{A::CreateTask});
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(actions().isEmpty());
    CHECK(list->count() == 0);
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(redo, Qt::LeftButton);
    CHECK(actions().isEmpty());
    QTest::mouseClick(undo, Qt::LeftButton);
    CHECK(actions() == QList<A>{A::MoveToStage});
    CHECK(t.dialog->changed());
}

TEST_CASE("pipelineSetup_addAndDeletePipeline_updatesTheBoardsSelector")
{
    SetupFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    t.open();
    auto *pipelines = child<QListWidget>(t.dialog, "setupPipelineList");
    QTest::mouseClick(child<QToolButton>(t.dialog, "addPipelineButton"), Qt::LeftButton);
    REQUIRE(pipelines->count() == 2);
    const qint64 added = t.dialog->pipelineId();
    CHECK(t.admin->pipelines().size() == 2);
    const qint64 deal =
        t.addDeal(QStringLiteral("Moved"), t.admin->pipelines().at(1).stages.first().id, 10, 1);
    CHECK(pipelines->currentItem()->data(Qt::UserRole + 1).toLongLong() == added);

    QTest::mouseClick(child<QToolButton>(t.dialog, "deletePipelineButton"), Qt::LeftButton);
    auto *ask = t.dialog->findChild<Ui::MoveDealsDialog *>(QStringLiteral("moveDealsDialog"));
    REQUIRE(ask);
    auto *target = child<QComboBox>(ask, "moveDealsTarget");
    target->setCurrentIndex(target->findData(s0));
    QTest::mouseClick(child<QPushButton>(ask, "moveDealsOk"), Qt::LeftButton);
    CHECK(t.admin->pipelines().size() == 1);
    CHECK(t.stageOf(deal) == s0);
    CHECK(pipelines->count() == 1);
    CHECK_FALSE(child<QToolButton>(t.dialog, "deletePipelineButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(t.dialog, "setupCloseButton"), Qt::LeftButton);
    CHECK(child<QComboBox>(&t.view, "pipelineSelector")->count() == 1);
}

TEST_CASE("pipelineSetup_inlineRename_ofStageAndPipeline_andARefusalIsShown")
{
    SetupFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    t.open();
    auto *stages = t.dialog->stageList();
    selectStage(stages, QStringLiteral("First contact"));
    stages->setFocus();
    QTest::keyClick(stages, Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    REQUIRE(editor);
    REQUIRE(editor != stages);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, QStringLiteral("Lead"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(t.admin->stage(s0)->name, QStringLiteral("Lead"));
    QTRY_COMPARE(stages->currentItem()->text(), QStringLiteral("Lead"));

    auto *pipelines = child<QListWidget>(t.dialog, "setupPipelineList");
    QTest::mouseClick(child<QToolButton>(t.dialog, "renamePipelineButton"), Qt::LeftButton);
    editor = QApplication::focusWidget();
    REQUIRE(editor);
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    typeText(editor, QStringLiteral("Retail"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(t.admin->pipelines().first().name, QStringLiteral("Retail"));
    QTRY_COMPARE(pipelines->item(0)->text(), QStringLiteral("Retail"));

    // An empty name is refused by core; the message names the stage and the list keeps it.
    auto *name = child<QLineEdit>(t.dialog, "stageNameEdit");
    name->setFocus();
    name->clear();
    QTest::keyClick(name, Qt::Key_Return);
    auto *error = child<QLabel>(t.dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Lead")));
    CHECK(t.admin->stage(s0)->name == QStringLiteral("Lead"));
    CHECK(name->text() == QStringLiteral("Lead"));
    CHECK(t.dialog->isVisible()); // Enter in a field never closes the dialog
}

TEST_CASE("pipelineSetup_deleteStageWithManyDeals_runsOffTheUiThreadAndReloads")
{
    SetupFixture t;
    const qint64 s1 = t.firstOpenStage(1), s2 = t.firstOpenStage(2);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s1, 100, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s1, 200, 2);
    const auto restore =
        qScopeGuard([saved = Ui::DealMoveJob::threshold] { Ui::DealMoveJob::threshold = saved; });
    Ui::DealMoveJob::threshold = 2; // as if the stage held tens of thousands
    t.open();
    auto *stages = t.dialog->stageList();
    selectStage(stages, QStringLiteral("Negotiation"));
    QTest::keyClick(stages, Qt::Key_Delete);
    auto *ask = t.dialog->findChild<Ui::MoveDealsDialog *>(QStringLiteral("moveDealsDialog"));
    REQUIRE(ask);
    auto *target = child<QComboBox>(ask, "moveDealsTarget");
    target->setCurrentIndex(target->findData(s2));
    QTest::mouseClick(child<QPushButton>(ask, "moveDealsOk"), Qt::LeftButton);
    CHECK(t.dialog->findChild<QProgressDialog *>(QStringLiteral("dealMoveProgress")));
    QTRY_VERIFY(!listTexts(stages).contains(QStringLiteral("Negotiation")));
    CHECK(t.admin->stage(s1) == nullptr);
    CHECK(t.stageOf(a) == s2);
    CHECK(t.stageOf(b) == s2);
    CHECK(stages->currentStageId() == s2);
    QTRY_VERIFY(!t.dialog->findChild<QProgressDialog *>(QStringLiteral("dealMoveProgress")));
}

TEST_CASE("pipelineSetup_deleteStageWithManyDeals_stillCommitsWhenTheDialogClosesMeanwhile")
{
    SetupFixture t;
    const qint64 s1 = t.firstOpenStage(1), s2 = t.firstOpenStage(2);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s1, 100, 1);
    const auto restore =
        qScopeGuard([saved = Ui::DealMoveJob::threshold] { Ui::DealMoveJob::threshold = saved; });
    Ui::DealMoveJob::threshold = 1;
    t.open();
    selectStage(t.dialog->stageList(), QStringLiteral("Negotiation"));
    QTest::keyClick(t.dialog->stageList(), Qt::Key_Delete);
    auto *ask = t.dialog->findChild<Ui::MoveDealsDialog *>(QStringLiteral("moveDealsDialog"));
    REQUIRE(ask);
    auto *target = child<QComboBox>(ask, "moveDealsTarget");
    target->setCurrentIndex(target->findData(s2));
    QTest::mouseClick(child<QPushButton>(ask, "moveDealsOk"), Qt::LeftButton);
    // The move's end arrives as a queued signal: the dialog is gone before it.
    delete t.dialog;
    t.dialog = nullptr;
    // One transaction that finishes either way: the stage is gone and its deal moved.
    QTRY_VERIFY(t.admin->stage(s1) == nullptr);
    CHECK(t.stageOf(a) == s2);
}

TEST_CASE("pipelineSetup_colorSwatch_recolorsTheStageFromThePalette")
{
    SetupFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    t.open();
    selectStage(t.dialog->stageList(), QStringLiteral("First contact"));
    QTest::mouseClick(child<QToolButton>(t.dialog, "stageColorButton"), Qt::LeftButton);
    auto *menu = t.dialog->findChild<QMenu *>(QStringLiteral("stageColorMenu"));
    REQUIRE(menu);
    auto *mint = menu->findChild<QAction *>(QStringLiteral("color98DFD6"));
    REQUIRE(mint);
    mint->trigger();
    CHECK(t.admin->stage(s0)->color == QStringLiteral("#98DFD6"));
    CHECK(child<QToolButton>(t.dialog, "stageColorButton")->text() == QStringLiteral("#98DFD6"));
    CHECK(t.dialog->stageList()->currentItem()->data(Ui::StageListWidget::ColorRole).toString() ==
          QStringLiteral("#98DFD6"));
}
