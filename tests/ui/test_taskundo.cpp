// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "ui/calendar/calendarview.h"
#include "ui/calendar/daytasksdialog.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/teamgridmodel.h"
#include "ui/calendar/teamgridview.h"
#include "ui/calendar/weekview.h"
#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/tasks/attentionmodel.h"
#include "ui/tasks/attentionview.h"
#include "ui/tasks/completebar.h"
#include "ui/tasks/taskboard.h"
#include "ui/tasks/taskcolumnmodel.h"
#include "ui/tasks/tasklistmodel.h"
#include "core/tasks/taskquery.h"
#include "ui/tasks/tasksview.h"
#include "ui/widgets/taskdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Voronka;
using namespace Voronka::Test;
using Core::DueBucket;

namespace {
// TempDb's clock: Monday 2026-03-02 09:00 UTC; the views get UTC so days are fixed.
const QTimeZone kZone = QTimeZone::utc();

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kZone).toMSecsSinceEpoch();
}

qint64 addTask(UiFixture &t, const QString &text, qint64 due, int duration = 30)
{
    Core::Result<qint64> id = Core::Records(*t.admin).create(
        Core::EntityKind::Task, {{QStringLiteral("text"), text},
                                 {QStringLiteral("due_at"), due},
                                 {QStringLiteral("duration_min"), duration},
                                 {QStringLiteral("all_day"), false},
                                 {QStringLiteral("status"), 0}});
    REQUIRE(id.ok());
    return *id;
}

// The fields an undo puts back, as core reads them.
struct TaskState
{
    QVariant status, result, dueAt, allDay, duration, deleted;
    bool operator==(const TaskState &o) const
    {
        return status == o.status && result == o.result && dueAt == o.dueAt && allDay == o.allDay &&
               duration == o.duration && deleted == o.deleted;
    }
};

TaskState stateOf(UiFixture &t, qint64 id)
{
    Core::Result<Core::Record> r = Core::Records(*t.admin).load(Core::EntityKind::Task, id);
    REQUIRE(r.ok());
    auto v = [&](const char *key) {
        return r->value(QString::fromLatin1(key));
    };
    return {v("status").toInt(),   v("result").toString(),    v("due_at").toLongLong(),
            v("all_day").toBool(), v("duration_min").toInt(), v("deleted").toBool()};
}

// One write transaction stamps its outbox rows with one clock: a step is one new hlc.
qint64 outboxClocks(UiFixture &t)
{
    return t.db->sql().scalar("SELECT count(DISTINCT hlc) FROM outbox");
}

void undo(QWidget *w)
{
    QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
}

void redo(QWidget *w)
{
    QTest::keyClick(w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCoreApplication::processEvents();
}

// Undoes and redoes one step by keyboard on `w`, checking the task's fields and that each
// direction is one transaction.
void undoRedoChecks(UiFixture &t, QWidget *w, qint64 id, const TaskState &before,
                    const TaskState &after)
{
    REQUIRE(stateOf(t, id) == after);
    const qint64 clocks = outboxClocks(t);
    undo(w);
    CHECK(stateOf(t, id) == before);
    CHECK(outboxClocks(t) == clocks + 1);
    redo(w);
    CHECK(stateOf(t, id) == after);
    CHECK(outboxClocks(t) == clocks + 2);
}

void drag(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

struct CalendarFixture
{
    UiFixture t;
    Ui::CalendarView view{*t.admin, kZone};
    Ui::WeekView *week = nullptr;
    QWidget *viewport = nullptr;

    explicit CalendarFixture(Ui::CalendarView::Mode mode = Ui::CalendarView::Mode::Week)
    {
        view.resize(1200, 900);
        view.setMode(mode);
    }
    void show()
    {
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.activate();
        week = view.findChild<Ui::WeekView *>(QStringLiteral("calendarWeekView"));
        viewport = week->findChild<QWidget *>(QStringLiteral("calendarWeekViewport"));
        REQUIRE(viewport);
    }
};

struct TasksFixture
{
    UiFixture t;
    Ui::TasksView view{*t.admin, kZone};

    explicit TasksFixture(Ui::TasksView::Mode mode)
    {
        view.resize(1400, 800);
        view.setMode(mode);
    }
    void show()
    {
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.activate();
    }
};
} // namespace

TEST_CASE("tasksComplete_fromTheCompleteBar_undoesAndRedoesAsOneStep")
{
    TasksFixture f(Ui::TasksView::Mode::List);
    const qint64 id = addTask(f.t, QStringLiteral("Call Anna"), at(2, 15));
    f.show();
    REQUIRE(f.view.selectTask(id));
    const TaskState before = stateOf(f.t, id);
    f.view.completeCurrent();
    auto *result = f.view.findChild<QLineEdit *>(QStringLiteral("taskResultEdit"));
    REQUIRE(result);
    typeText(result, QStringLiteral("Agreed on a demo"));
    QTest::mouseClick(f.view.findChild<QPushButton *>(QStringLiteral("completeButton")),
                      Qt::LeftButton);
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() == QStringLiteral("Complete «Call Anna»"));
    TaskState after = before;
    after.status = 1;
    after.result = QStringLiteral("Agreed on a demo");
    undoRedoChecks(f.t, f.view.listView(), id, before, after);
    // completed_at is core's: it follows the status back and forth.
    const QByteArray completedAt =
        QStringLiteral("SELECT completed_at IS NOT NULL FROM tasks WHERE id = %1").arg(id).toUtf8();
    CHECK(f.t.db->sql().scalar(completedAt.constData()) == 1);
    undo(f.view.listView());
    CHECK(f.t.db->sql().scalar(completedAt.constData()) == 0);
    // The list read the tasks again: the task is open and listed.
    CHECK(f.view.listModel()->indexOfTask(id).isValid());
}

TEST_CASE("tasksReopen_aDoneTask_undoesAndRedoesAsOneStep")
{
    TasksFixture f(Ui::TasksView::Mode::List);
    const qint64 id = addTask(f.t, QStringLiteral("Call Anna"), at(2, 15));
    REQUIRE(Core::TaskQuery(*f.t.admin, kZone).complete(id, QStringLiteral("No answer")).ok());
    f.show();
    auto *status = f.view.findChild<QComboBox *>(QStringLiteral("tasksStatusFilter"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(-1)); // any status
    REQUIRE(f.view.selectTask(id));
    auto *reopen = f.view.findChild<QPushButton *>(QStringLiteral("tasksReopenAction"));
    REQUIRE(reopen);
    REQUIRE(reopen->isEnabled());
    const TaskState before = stateOf(f.t, id);
    QTest::mouseClick(reopen, Qt::LeftButton);
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() == QStringLiteral("Reopen «Call Anna»"));
    TaskState after = before;
    after.status = 0;
    undoRedoChecks(f.t, f.view.listView(), id, before, after);
}

TEST_CASE("taskBoard_dragToAnotherColumn_undoesAndRedoesAsOneStep")
{
    TasksFixture f(Ui::TasksView::Mode::Board);
    const qint64 id = addTask(f.t, QStringLiteral("Send the offer"), at(2, 15));
    f.show();
    Ui::TaskBoard *board = f.view.board();
    QListView *from = board->list(DueBucket::Today);
    QListView *to = board->list(DueBucket::Tomorrow);
    REQUIRE(board->model(DueBucket::Today)->rowOf(id) == 0);
    const TaskState before = stateOf(f.t, id);
    const QPoint p = from->visualRect(from->model()->index(0, 0)).center();
    QTest::mousePress(from->viewport(), Qt::LeftButton, {}, p);
    QTest::mouseRelease(from->viewport(), Qt::LeftButton, {}, p);
    std::unique_ptr<QMimeData> mime(Ui::TaskColumnModel::encode(id, DueBucket::Today));
    const QPoint target = to->viewport()->rect().center();
    QDragEnterEvent enter(target, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &enter);
    QDragMoveEvent move(target, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &move);
    QDropEvent drop(target, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &drop);
    QCoreApplication::processEvents(); // the move is queued after the drop
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() == QStringLiteral("Move «Send the offer» to Tomorrow"));
    TaskState after = before;
    after.dueAt = at(3, 15);
    undoRedoChecks(f.t, to, id, before, after);
    undo(to);
    // The board read the columns again.
    CHECK(board->model(DueBucket::Today)->rowOf(id) == 0);
    CHECK(board->model(DueBucket::Tomorrow)->rowOf(id) < 0);
}

TEST_CASE("calendarWeek_dragAndResize_eachUndoesAndRedoesAsOneStep")
{
    CalendarFixture f;
    const qint64 id = addTask(f.t, QStringLiteral("Call Orlov"), at(3, 10), 60);
    f.show();
    const TaskState before = stateOf(f.t, id);
    drag(f.viewport, f.week->taskRect(id).topLeft() + QPoint(12, 6),
         f.week->pointAt(QDate(2026, 3, 5), QTime(14, 0)) + QPoint(0, 6));
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() ==
          QStringLiteral("Move «Call Orlov» to 5 March at ") +
              QLocale().toString(QTime(14, 0), QLocale::ShortFormat));
    TaskState moved = before;
    moved.dueAt = at(5, 14);
    undoRedoChecks(f.t, f.viewport, id, before, moved);

    const QRect r = f.week->taskRect(id);
    REQUIRE(r.isValid());
    drag(f.viewport, QPoint(r.center().x(), r.bottom() - 2),
         QPoint(r.center().x(), f.week->pointAt(QDate(2026, 3, 5), QTime(15, 30)).y()));
    REQUIRE(f.view.undoStack()->count() == 2);
    // (The tests load no translation: English plurals read "minute(s)".)
    CHECK(
        f.view.undoStack()->undoText().startsWith(QStringLiteral("Set «Call Orlov» to 90 minute")));
    TaskState longer = moved;
    longer.duration = 90;
    undoRedoChecks(f.t, f.viewport, id, moved, longer);
    // Both steps back, newest first; the view shows the block where it began.
    undo(f.viewport);
    undo(f.viewport);
    CHECK(stateOf(f.t, id) == before);
    const QRect back = f.week->taskRect(id);
    CHECK(back.left() < f.week->pointAt(QDate(2026, 3, 3), {}).x());
    CHECK(back.right() > f.week->pointAt(QDate(2026, 3, 3), {}).x());
}

TEST_CASE("calendarWeek_aMoveIsAnnouncedWithUndoAndTheUndoWithRedo")
{
    CalendarFixture f;
    const qint64 id = addTask(f.t, QStringLiteral("Call Orlov"), at(3, 10), 60);
    f.show();
    auto *notice = f.view.findChild<QFrame *>(QStringLiteral("undoNotice"));
    REQUIRE(notice);
    CHECK_FALSE(notice->isVisible());
    const TaskState before = stateOf(f.t, id);
    drag(f.viewport, f.week->taskRect(id).topLeft() + QPoint(12, 6),
         f.week->pointAt(QDate(2026, 3, 5), QTime(14, 0)) + QPoint(0, 6));
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(notice->isVisible());
    auto *text = notice->findChild<QLabel *>(QStringLiteral("undoNoticeText"));
    auto *action = notice->findChild<QPushButton *>(QStringLiteral("undoNoticeAction"));
    CHECK(text->text() == f.view.undoStack()->undoText());
    CHECK(action->text() == QStringLiteral("Undo"));
    CHECK(f.view.rect().contains(notice->geometry())); // inside the section, at its foot

    QTest::mouseClick(action, Qt::LeftButton);
    CHECK(stateOf(f.t, id) == before);
    CHECK(text->text().startsWith(QStringLiteral("Undone: Move «Call Orlov»")));
    CHECK(action->text() == QStringLiteral("Redo"));
    QTest::mouseClick(action, Qt::LeftButton);
    CHECK(stateOf(f.t, id).dueAt == at(5, 14));
    CHECK_FALSE(notice->isVisible()); // a redo needs no note

    // It goes by itself after a few seconds.
    undo(f.viewport);
    CHECK(notice->isVisible());
    Test::fire(notice->findChild<QTimer *>(QStringLiteral("undoNoticeTimer")));
    CHECK_FALSE(notice->isVisible());
}

TEST_CASE("calendarMonth_dragToAnotherDay_undoesAndRedoesAsOneStep")
{
    CalendarFixture f(Ui::CalendarView::Mode::Month);
    const qint64 id = addTask(f.t, QStringLiteral("Invoice"), at(10, 16, 30));
    f.show();
    auto *month = f.view.findChild<Ui::MonthView *>(QStringLiteral("calendarMonthView"));
    REQUIRE(month);
    const TaskState before = stateOf(f.t, id);
    drag(month, month->chipRect(id).center(), month->dayRect(QDate(2026, 3, 19)).center());
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() == QStringLiteral("Move «Invoice» to 19 March"));
    TaskState after = before;
    after.dueAt = at(19, 16, 30);
    undoRedoChecks(f.t, month, id, before, after);
    undo(month);
    const QRect chip = month->chipRect(id);
    CHECK(month->dayRect(QDate(2026, 3, 10)).contains(chip.center()));
}

TEST_CASE("calendarWeek_createdTask_undoGoesToTheRecycleBinAndRedoBringsItBack")
{
    CalendarFixture f;
    f.show();
    QTimer::singleShot(0, &f.view, [] {
        auto *task = qobject_cast<Ui::TaskDialog *>(QApplication::activeModalWidget());
        REQUIRE(task);
        typeText(task->findChild<QLineEdit *>(QStringLiteral("taskDialogText")),
                 QStringLiteral("Meet Petrov"));
        task->accept();
    });
    QTest::mouseDClick(f.viewport, Qt::LeftButton, {},
                       f.week->pointAt(QDate(2026, 3, 4), QTime(15, 0)) + QPoint(0, 4));
    REQUIRE(f.week->tasks().size() == 1);
    const qint64 id = f.week->tasks().first().id;
    // The window manager gives the window back its focus when the dialog closes.
    f.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.view));
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() == QStringLiteral("New task «Meet Petrov»"));
    TaskState after = stateOf(f.t, id);
    TaskState before = after;
    before.deleted = true;
    undoRedoChecks(f.t, f.viewport, id, before, after);
    undo(f.viewport);
    CHECK(f.week->tasks().isEmpty());
    redo(f.viewport);
    CHECK(f.week->tasks().size() == 1);
}

TEST_CASE("tasksAttention_aTaskAddedToADeal_undoGoesToTheRecycleBinAndRedoBringsItBack")
{
    TasksFixture f(Ui::TasksView::Mode::Attention);
    const qint64 deal = *Core::Records(*f.t.admin)
                             .create(Core::EntityKind::Deal,
                                     {{QStringLiteral("name"), QStringLiteral("Idle deal")}});
    f.show();
    Ui::AttentionView *attention = f.view.attention();
    if (attention->model()->isLoading()) {
        QSignalSpy spy(attention->model(), &Ui::AttentionModel::pageLoaded);
        REQUIRE(spy.wait(30000));
    }
    REQUIRE(attention->selectDeal(deal));
    QTest::mouseClick(f.view.findChild<QPushButton *>(QStringLiteral("attentionAddTask")),
                      Qt::LeftButton);
    auto *dialog = attention->findChild<Ui::TaskDialog *>();
    REQUIRE(dialog);
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("taskDialogText")),
             QStringLiteral("Call back"));
    dialog->accept();
    const qint64 id = dialog->createdId();
    REQUIRE(id);
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() == QStringLiteral("New task «Call back»"));
    // The window manager gives the window back its focus when the dialog closes.
    f.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.view));
    const TaskState after = stateOf(f.t, id);
    TaskState before = after;
    before.deleted = true;
    undoRedoChecks(f.t, attention, id, before, after);
}

TEST_CASE("tasksNewTask_ctrlNMakesATaskOfTheUsersAndUndoTakesItBack")
{
    TasksFixture f(Ui::TasksView::Mode::List);
    f.show();
    auto *button = f.view.findChild<QPushButton *>(QStringLiteral("tasksNewTask"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    f.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.view));
    QTest::keyClick(&f.view, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = f.view.findChild<Ui::TaskDialog *>(QStringLiteral("tasksNewTaskDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("taskDialogText")),
             QStringLiteral("Prepare the offer"));
    dialog->accept();
    const qint64 id = dialog->createdId();
    REQUIRE(id);
    const Core::Record r = *Core::Records(*f.t.admin).load(Core::EntityKind::Task, id);
    CHECK(r.value(QStringLiteral("responsible_id")).toLongLong() == f.t.adminId);
    CHECK(r.value(QStringLiteral("due_at")).toLongLong() == at(2, 10)); // the next full hour
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() == QStringLiteral("New task «Prepare the offer»"));
    f.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.view));
    TaskState after = stateOf(f.t, id);
    TaskState before = after;
    before.deleted = true;
    undoRedoChecks(f.t, &f.view, id, before, after);
}

TEST_CASE("tasksNewTask_isDisabledWithTheReasonWithoutTheCreateRight")
{
    UiFixture t;
    Core::RoleMatrix m = Core::RoleMatrix::filled(Core::Scope::Own);
    m.set(Core::PermEntity::Task, Core::PermAction::Create, Core::Scope::None);
    const qint64 role = *Core::Admin(*t.admin).createRole(QStringLiteral("Viewer"), m);
    auto viewer = t.sessionFor(t.addUser(QStringLiteral("v@example.com"), role));
    Ui::TasksView view(*viewer, kZone);
    auto *button = view.findChild<QPushButton *>(QStringLiteral("tasksNewTask"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip() == QStringLiteral("Your role does not let you create tasks."));
    CHECK_FALSE(view.newTask());
}

TEST_CASE("teamGrid_aTaskMadeInADaysDialog_undoGoesToTheRecycleBinAndRedoBringsItBack")
{
    CalendarFixture f(Ui::CalendarView::Mode::Team);
    f.show();
    Ui::TeamGridView *grid = f.view.teamGrid();
    QModelIndex cell;
    for (int r = 0; r < grid->model()->rowCount() && !cell.isValid(); ++r)
        for (int c = 0; c < grid->model()->columnCount(); ++c) {
            const QModelIndex i = grid->model()->index(r, c);
            if (i.data(Ui::TeamGridModel::UserIdRole).toLongLong() == f.t.adminId &&
                i.data(Ui::TeamGridModel::DateRole).toDate() == QDate(2026, 3, 4))
                cell = i;
        }
    REQUIRE(cell.isValid());
    QTimer::singleShot(0, &f.view, [] {
        auto *day = qobject_cast<Ui::DayTasksDialog *>(QApplication::activeModalWidget());
        REQUIRE(day);
        QTimer::singleShot(0, day, [] {
            auto *task = qobject_cast<Ui::TaskDialog *>(QApplication::activeModalWidget());
            REQUIRE(task);
            typeText(task->findChild<QLineEdit *>(QStringLiteral("taskDialogText")),
                     QStringLiteral("Prepare the offer"));
            task->accept();
        });
        day->createTask();
        day->reject();
    });
    grid->openCell(cell);
    REQUIRE(f.view.undoStack()->count() == 1);
    CHECK(f.view.undoStack()->undoText() == QStringLiteral("New task «Prepare the offer»"));
    const qint64 id = f.t.db->sql().scalar("SELECT max(id) FROM tasks");
    const QString shown = grid->model()->index(cell.row(), cell.column()).data().toString();
    // The window manager gives the window back its focus when the dialog closes.
    f.view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&f.view));
    const TaskState after = stateOf(f.t, id);
    TaskState before = after;
    before.deleted = true;
    undoRedoChecks(f.t, grid->table(), id, before, after);
    // The grid counted again after each step.
    undo(grid->table());
    CHECK(grid->model()->index(cell.row(), cell.column()).data().toString() != shown);
    redo(grid->table());
    CHECK(grid->model()->index(cell.row(), cell.column()).data().toString() == shown);
}

TEST_CASE("calendarWeek_undoAfterAColleagueMovedTheTask_refusesNamingItAndKeepsTheirs")
{
    CalendarFixture f;
    const qint64 id = addTask(f.t, QStringLiteral("Call Orlov"), at(3, 10), 60);
    f.show();
    drag(f.viewport, f.week->taskRect(id).topLeft() + QPoint(12, 6),
         f.week->pointAt(QDate(2026, 3, 5), QTime(14, 0)) + QPoint(0, 6));
    REQUIRE(stateOf(f.t, id).dueAt == at(5, 14));
    // A colleague's window on the same file moves it once more.
    std::unique_ptr<Core::Session> colleague = f.t.sessionFor(f.t.adminId);
    REQUIRE(Core::Records(*colleague)
                .update(Core::EntityKind::Task, id, {{QStringLiteral("due_at"), at(6, 9)}})
                .ok());
    const qint64 clocks = outboxClocks(f.t);
    undo(f.viewport);
    CHECK(stateOf(f.t, id).dueAt == at(6, 9));
    CHECK(outboxClocks(f.t) == clocks); // nothing written
    CHECK(f.view.lastError().contains(QStringLiteral("Call Orlov")));
    auto *error = f.view.findChild<QLabel *>(QStringLiteral("errorLabel"));
    REQUIRE(error);
    CHECK(error->isVisible());
    // The view shows the colleague's day.
    const QRect r = f.week->taskRect(id);
    CHECK(r.left() < f.week->pointAt(QDate(2026, 3, 6), {}).x());
    CHECK(r.right() > f.week->pointAt(QDate(2026, 3, 6), {}).x());
}
