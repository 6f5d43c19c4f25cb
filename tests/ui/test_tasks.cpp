// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/wait.h"
#include "ui/widgets/taskdialog.h"
#include "ui/widgets/dates.h"
#include "uifixture.h"

#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "ui/tasks/completebar.h"
#include "ui/tasks/taskboard.h"
#include "ui/tasks/taskcolumnmodel.h"
#include "ui/tasks/tasklistmodel.h"
#include "ui/tasks/tasksview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QDateTimeEdit>
#include <QFrame>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

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

qint64 addTask(UiFixture &t, const QString &text, std::optional<qint64> due, int status = 0,
               Core::EntityKind link = Core::EntityKind::None, qint64 linkId = 0)
{
    Core::Patch p{{QStringLiteral("text"), text}, {QStringLiteral("status"), status}};
    if (due)
        p.insert(QStringLiteral("due_at"), *due);
    if (status == 1)
        p.insert(QStringLiteral("result"), QStringLiteral("done"));
    if (link != Core::EntityKind::None) {
        p.insert(QStringLiteral("entity_kind"), int(link));
        p.insert(QStringLiteral("entity_id"), linkId);
    }
    Core::Result<qint64> id = Core::Records(*t.admin).create(Core::EntityKind::Task, p);
    REQUIRE(id.ok());
    return *id;
}

QPoint centerOf(QListView *list, int row)
{
    return list->visualRect(list->model()->index(row, 0)).center();
}

// The drag with the mouse, then the drop as the platform delivers it (see boardfixture.h:
// the offscreen QDrag::exec returns at once, so the drop half is sent as events).
void dragTask(QListView *from, int row, QListView *to, qint64 taskId, DueBucket fromBucket)
{
    const QPoint p = centerOf(from, row);
    QTest::mousePress(from->viewport(), Qt::LeftButton, {}, p);
    QTest::mouseMove(from->viewport(), p + QPoint(0, 8));
    QTest::mouseMove(from->viewport(), p + QPoint(0, 40));
    QTest::mouseRelease(from->viewport(), Qt::LeftButton, {}, p + QPoint(0, 40));
    std::unique_ptr<QMimeData> mime(Ui::TaskColumnModel::encode(taskId, fromBucket));
    const QPoint target = to->viewport()->rect().center();
    QDragEnterEvent enter(target, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &enter);
    QDragMoveEvent move(target, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &move);
    QDropEvent drop(target, Qt::MoveAction, mime.get(), Qt::LeftButton, {});
    QApplication::sendEvent(to->viewport(), &drop);
}
} // namespace

TEST_CASE("taskListModel_groupsPagesAndPassesTheModelTester")
{
    UiFixture t;
    for (int i = 0; i < 7; ++i)
        addTask(t, QStringLiteral("today %1").arg(i), at(2, 10 + i));
    addTask(t, QStringLiteral("late"), at(1, 10));
    addTask(t, QStringLiteral("someday"), std::nullopt);
    Ui::TaskListModel model(*t.admin, kZone);
    model.setPageSize(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload({}));
    REQUIRE(model.rowCount() == 3); // overdue, today, no date; empty groups are left out
    const QModelIndex today = model.groupIndex(DueBucket::Today);
    REQUIRE(today.isValid());
    CHECK(today.data(Ui::TaskListModel::CountRole).toLongLong() == 7);
    CHECK(today.data().toString() == QStringLiteral("Today · 7"));
    CHECK(model.rowCount(today) == 3);
    while (model.canFetchMore(today))
        model.fetchMore(today);
    CHECK(model.rowCount(today) == 7);
    CHECK(model.index(6, 0, today).data().toString() == QStringLiteral("today 6"));
    CHECK(model.total() == 9);
    Core::TaskFilter done;
    done.statuses = {Core::TaskStatus::Done};
    REQUIRE(model.reload(done));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("taskColumnModel_pagesAndCarriesDragsThroughTheModelTester")
{
    UiFixture t;
    for (int i = 0; i < 60; ++i)
        addTask(t, QStringLiteral("t%1").arg(i), at(3, 9));
    Ui::TaskColumnModel model(*t.admin, DueBucket::Tomorrow, kZone);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload({}, 60).ok());
    CHECK(model.rowCount() == 50);
    model.fetchMore({});
    CHECK(model.rowCount() == 60);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0)}));
    qint64 id = 0;
    DueBucket from = DueBucket::NoDate;
    REQUIRE(Ui::TaskColumnModel::decode(mime.get(), id, from));
    CHECK(id == model.task(0)->id);
    CHECK(from == DueBucket::Tomorrow);
    CHECK_FALSE(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, {})); // same column
}

TEST_CASE("tasksBoard_dragToAnotherBucketReschedulesWithHistory")
{
    UiFixture t;
    const qint64 id = addTask(t, QStringLiteral("Call the client"), at(2, 15, 30));
    Ui::TasksView view(*t.admin, kZone);
    view.resize(1600, 700);
    view.setBoardMode(true);
    view.show();
    view.activate();
    REQUIRE(Test::waitExposed(&view));
    QListView *today = view.findChild<QListView *>(QStringLiteral("taskList_today"));
    QListView *tomorrow = view.findChild<QListView *>(QStringLiteral("taskList_tomorrow"));
    QListView *noDate = view.findChild<QListView *>(QStringLiteral("taskList_nodate"));
    REQUIRE(today);
    REQUIRE(tomorrow);
    REQUIRE(today->model()->rowCount() == 1);

    dragTask(today, 0, tomorrow, id, DueBucket::Today);
    QTRY_COMPARE(tomorrow->model()->rowCount(), 1);
    CHECK(today->model()->rowCount() == 0);
    Core::Result<Core::Record> rec = Core::Records(*t.admin).load(Core::EntityKind::Task, id);
    CHECK(rec->value(QStringLiteral("due_at")).toLongLong() == at(3, 15, 30)); // time kept
    Core::Result<QList<Core::HistoryEntry>> h =
        Core::Records(*t.admin).history(Core::EntityKind::Task, id);
    REQUIRE(h.ok());
    REQUIRE(!h->isEmpty());
    CHECK(h->first().field == QStringLiteral("due_at"));
    CHECK(h->first().oldValue.toLongLong() == at(2, 15, 30));
    CHECK(h->first().newValue.toLongLong() == at(3, 15, 30));

    dragTask(tomorrow, 0, noDate, id, DueBucket::Tomorrow);
    QTRY_COMPARE(noDate->model()->rowCount(), 1);
    CHECK(Core::Records(*t.admin)
              .load(Core::EntityKind::Task, id)
              ->value(QStringLiteral("due_at"))
              .isNull());
    // The list mode agrees with the board after the moves.
    view.setBoardMode(false);
    CHECK(view.listModel()->groupIndex(DueBucket::NoDate).isValid());
}

TEST_CASE("dates_oneFormatPerLanguageInListsAndEditors")
{
    const QLocale before;
    const QDateTime when(QDate(2026, 3, 2), QTime(14, 30));
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    CHECK(Ui::Dates::dateTime(when) == QStringLiteral("02.03.2026 14:30"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(Ui::Dates::dateTime(when) == QStringLiteral("3/2/2026 2:30 PM"));
    CHECK(Ui::Dates::date(when.date()) == QStringLiteral("3/2/2026"));

    // The task editor and a list show a date the same way.
    UiFixture t;
    Ui::TaskDialog dialog(*t.admin, kZone, QDateTime(QDate(2026, 3, 2), QTime(10, 0), kZone),
                          false, 0);
    auto *edit = dialog.findChild<QDateTimeEdit *>();
    REQUIRE(edit);
    CHECK(edit->displayFormat() == Ui::Dates::dateTimeFormat());
    Core::TaskRow row;
    row.dueAt = at(20, 14, 30);
    row.bucket = DueBucket::Later;
    Ui::TaskListModel model(*t.admin, kZone);
    CHECK(model.dueText(row) == QStringLiteral("3/20/2026 2:30 PM"));
    CHECK(edit->sectionCount() == 6); // month, day, year, hour, minute, AM/PM
    QLocale::setDefault(before);
}

TEST_CASE("tasksBoard_onASundayNextWeekTakesThePlaceOfThisWeek")
{
    UiFixture t;
    addTask(t, QStringLiteral("Wednesday call"), at(4, 10));
    addTask(t, QStringLiteral("Next Tuesday call"), at(10, 10));
    Ui::TasksView view(*t.admin, kZone);
    view.resize(1600, 700);
    view.setBoardMode(true);
    view.show();
    view.activate();
    auto *thisWeek = view.findChild<QFrame *>(QStringLiteral("taskColumn_week"));
    auto *nextWeek = view.findChild<QListView *>(QStringLiteral("taskList_nextweek"));
    REQUIRE(thisWeek);
    REQUIRE(nextWeek);
    CHECK(thisWeek->isVisible()); // Monday: Wednesday is later this week
    CHECK(nextWeek->model()->rowCount() == 1);

    t.clock.set(at(8, 12)); // Sunday
    view.reload();
    CHECK_FALSE(thisWeek->isVisible());
    CHECK(nextWeek->model()->rowCount() == 1); // Tuesday the 10th; Wednesday is overdue now
    CHECK(view.findChild<QListView *>(QStringLiteral("taskList_overdue"))->model()->rowCount() ==
          1);
}

// Left open overnight, the view's "Today" is the new day's: it loads again at midnight while
// shown, and when activated on a later day.
TEST_CASE("tasksView_atMidnightTodayBecomesTheNewDay")
{
    UiFixture t;
    t.clock.set(at(2, 23, 50)); // Monday, ten to midnight
    addTask(t, QStringLiteral("Monday's call"), at(2, 23, 55));
    const qint64 tuesday = addTask(t, QStringLiteral("Tuesday's call"), at(3, 10));
    Ui::TasksView view(*t.admin, kZone);
    view.resize(1400, 700);
    view.setBoardMode(false);
    view.show();
    auto *period = view.findChild<QComboBox *>(QStringLiteral("tasksPeriodFilter"));
    REQUIRE(period);
    period->setCurrentIndex(period->findText(QStringLiteral("Today")));
    view.activate();
    CHECK(view.listModel()->total() == 1);
    CHECK_FALSE(view.selectTask(tuesday));

    t.clock.set(at(3, 0, 1));
    REQUIRE(fire(view.findChild<QTimer *>(QStringLiteral("tasksDayTimer"))));
    CHECK(view.listModel()->total() == 1);
    CHECK(view.selectTask(tuesday));

    // Hidden when the day changes, it loads on its next activation.
    view.hide();
    t.clock.set(at(4, 8));
    REQUIRE(fire(view.findChild<QTimer *>(QStringLiteral("tasksDayTimer"))));
    view.show();
    view.activate();
    CHECK(view.listModel()->total() == 0);
}

TEST_CASE("tasksView_completesWithTheRequiredResultInline")
{
    UiFixture t;
    REQUIRE(Core::Admin(*t.admin).setSetting(QLatin1String(Core::kTaskResultRequired), 1).ok());
    const qint64 id = addTask(t, QStringLiteral("Send the offer"), at(2, 15));
    Ui::TasksView view(*t.admin, kZone);
    view.resize(1400, 700);
    view.setBoardMode(false);
    view.show();
    view.activate();
    REQUIRE(view.selectTask(id));
    auto *complete = view.findChild<QPushButton *>(QStringLiteral("tasksCompleteAction"));
    REQUIRE(complete);
    REQUIRE(complete->isEnabled());
    QTest::mouseClick(complete, Qt::LeftButton);
    auto *bar = view.findChild<Ui::CompleteBar *>(QStringLiteral("completeBar"));
    REQUIRE(bar);
    REQUIRE(bar->isVisible());
    CHECK(bar->findChild<QLabel *>(QStringLiteral("completeHint"))->isVisible());
    auto *done = bar->findChild<QPushButton *>(QStringLiteral("completeButton"));
    QTest::mouseClick(done, Qt::LeftButton);
    auto *error = bar->findChild<QLabel *>(QStringLiteral("completeError"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("Send the offer")));
    CHECK(bar->isVisible());
    typeText(bar->findChild<QLineEdit *>(QStringLiteral("taskResultEdit")),
             QStringLiteral("Отправлено"));
    QTest::mouseClick(done, Qt::LeftButton);
    CHECK_FALSE(bar->isVisible());
    Core::Result<Core::Record> rec = Core::Records(*t.admin).load(Core::EntityKind::Task, id);
    CHECK(rec->value(QStringLiteral("status")).toInt() == int(Core::TaskStatus::Done));
    CHECK(rec->value(QStringLiteral("result")).toString() == QStringLiteral("Отправлено"));
    CHECK(view.listModel()->total() == 0); // the default filter shows open tasks
}

TEST_CASE("tasksView_filtersAndOpensTheLinkedRecord")
{
    UiFixture t;
    const qint64 deal = *Core::Records(*t.admin).create(
        Core::EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Big deal")}});
    const qint64 linked =
        addTask(t, QStringLiteral("Meet"), at(4, 11), 0, Core::EntityKind::Deal, deal);
    addTask(t, QStringLiteral("Closed one"), at(1, 11), 1);
    Ui::TasksView view(*t.admin, kZone);
    view.resize(1400, 700);
    view.setBoardMode(false);
    view.show();
    view.activate();
    CHECK(view.listModel()->total() == 1);
    auto *status = view.findChild<QComboBox *>(QStringLiteral("tasksStatusFilter"));
    status->setCurrentIndex(status->findData(-1)); // any status
    CHECK(view.listModel()->total() == 2);
    CHECK(view.listModel()->groupIndex(DueBucket::Earlier).isValid());
    auto *link = view.findChild<QComboBox *>(QStringLiteral("tasksLinkFilter"));
    link->setCurrentIndex(link->findData(int(Core::EntityKind::Deal)));
    CHECK(view.listModel()->total() == 1);
    link->setCurrentIndex(link->findData(int(Core::EntityKind::Contact)));
    CHECK(view.listModel()->total() == 0);
    link->setCurrentIndex(0);
    CHECK(view.listModel()->total() == 2);
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("tasksSearch"));
    typeText(search, QStringLiteral("meet"));
    QTRY_COMPARE(view.listModel()->total(), qint64(1));

    REQUIRE(view.selectTask(linked));
    QSignalSpy spy(&view, &Ui::TasksView::openRecordRequested);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("tasksOpenLinked")),
                      Qt::LeftButton);
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).value<Core::EntityKind>() == Core::EntityKind::Deal);
    CHECK(spy.at(0).at(1).toLongLong() == deal);
    CHECK(spy.at(0).at(2).toString() == QStringLiteral("Big deal"));
}
