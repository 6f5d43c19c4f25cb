// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "ui/widgets/dates.h"
#include "uifixture.h"

#include "ui/calendar/calendarview.h"
#include "ui/calendar/daytasksdialog.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/teamgridmodel.h"
#include "ui/calendar/teamgridview.h"
#include "ui/calendar/weekview.h"
#include "core/services/records.h"
#include "core/tasks/teamgrid.h"
#include "ui/widgets/taskdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <map>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
// TempDb's clock: Monday 2026-03-02 09:00 UTC; the views get UTC so days are fixed.
const QTimeZone kZone = QTimeZone::utc();

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kZone).toMSecsSinceEpoch();
}

qint64 addTask(UiFixture &t, const QString &text, qint64 due, int duration = 30,
               qint64 responsible = 0, int status = 0, bool allDay = false)
{
    Core::Patch p{{QStringLiteral("text"), text},
                  {QStringLiteral("due_at"), due},
                  {QStringLiteral("duration_min"), duration},
                  {QStringLiteral("all_day"), allDay},
                  {QStringLiteral("status"), status}};
    if (responsible)
        p.insert(QStringLiteral("responsible_id"), responsible);
    if (status == 1)
        p.insert(QStringLiteral("result"), QStringLiteral("done"));
    Core::Result<qint64> id = Core::Records(*t.admin).create(Core::EntityKind::Task, p);
    REQUIRE(id.ok());
    return *id;
}

QVariant field(UiFixture &t, qint64 id, const char *name)
{
    return Core::Records(*t.admin)
        .load(Core::EntityKind::Task, id)
        ->value(QString::fromLatin1(name));
}

// Presses, moves in steps (as a hand does) and releases on the week view's viewport.
void drag(QWidget *viewport, QPoint from, QPoint to)
{
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

struct WeekFixture
{
    UiFixture t;
    Ui::CalendarView view{*t.admin, kZone};
    Ui::WeekView *week = nullptr;
    QWidget *viewport = nullptr;

    WeekFixture()
    {
        view.resize(1200, 900);
        view.setMode(Ui::CalendarView::Mode::Week);
    }
    void show()
    {
        view.show();
        REQUIRE(Test::waitExposed(&view));
        view.activate();
        week = view.findChild<Ui::WeekView *>(QStringLiteral("calendarWeekView"));
        REQUIRE(week);
        viewport = week->findChild<QWidget *>(QStringLiteral("calendarWeekViewport"));
        REQUIRE(viewport);
    }
};
} // namespace

TEST_CASE("calendarWeek_dragMovesTheTaskInCoreWithHistory")
{
    WeekFixture f;
    const qint64 id = addTask(f.t, QStringLiteral("Call Orlov"), at(3, 10), 60);
    f.show();
    CHECK(f.view.firstDay() == QDate(2026, 3, 2));
    const QRect r = f.week->taskRect(id);
    REQUIRE(r.isValid());
    const QPoint grab = r.topLeft() + QPoint(12, 6);
    const QPoint target = f.week->pointAt(QDate(2026, 3, 5), QTime(14, 0)) + QPoint(0, 6);
    drag(f.viewport, grab, target);

    CHECK(field(f.t, id, "due_at").toLongLong() == at(5, 14));
    CHECK(field(f.t, id, "duration_min").toInt() == 60); // a move keeps the length
    Core::Result<QList<Core::HistoryEntry>> h =
        Core::Records(*f.t.admin).history(Core::EntityKind::Task, id);
    REQUIRE(h.ok());
    REQUIRE(!h->isEmpty());
    CHECK(h->first().field == QStringLiteral("due_at"));
    CHECK(h->first().oldValue.toLongLong() == at(3, 10));
    CHECK(h->first().newValue.toLongLong() == at(5, 14));
    // The view read the period again: the block is on Thursday now.
    const QRect moved = f.week->taskRect(id);
    CHECK(moved.left() < f.week->pointAt(QDate(2026, 3, 5), {}).x());
    CHECK(moved.right() > f.week->pointAt(QDate(2026, 3, 5), {}).x());
}

TEST_CASE("calendarWeek_dropSnapsToAQuarterAndTheAllDayRowMakesItAllDay")
{
    WeekFixture f;
    const qint64 id = addTask(f.t, QStringLiteral("Send the draft"), at(4, 11));
    f.show();
    // 7 minutes past 15:00 snaps back to 15:00; 9 minutes past would snap to 15:15.
    const QPoint grab = f.week->taskRect(id).topLeft() + QPoint(12, 0);
    QPoint target = f.week->pointAt(QDate(2026, 3, 4), QTime(15, 7));
    drag(f.viewport, grab, target);
    CHECK(field(f.t, id, "due_at").toLongLong() == at(4, 15));

    drag(f.viewport, f.week->taskRect(id).topLeft() + QPoint(12, 0),
         f.week->allDayPointAt(QDate(2026, 3, 6)));
    CHECK(field(f.t, id, "all_day").toBool());
    CHECK(field(f.t, id, "due_at").toLongLong() == at(6, 23, 59));
}

TEST_CASE("calendarWeek_draggingTheBottomEdgeChangesTheDuration")
{
    WeekFixture f;
    const qint64 id = addTask(f.t, QStringLiteral("Demo"), at(3, 10), 30);
    f.show();
    const QRect r = f.week->taskRect(id);
    REQUIRE(r.isValid());
    const QPoint edge(r.center().x(), r.bottom() - 2);
    const QPoint target(r.center().x(), f.week->pointAt(QDate(2026, 3, 3), QTime(11, 30)).y());
    drag(f.viewport, edge, target);
    CHECK(field(f.t, id, "duration_min").toInt() == 90);
    CHECK(field(f.t, id, "due_at").toLongLong() == at(3, 10)); // the start stays
    Core::Result<QList<Core::HistoryEntry>> h =
        Core::Records(*f.t.admin).history(Core::EntityKind::Task, id);
    REQUIRE(h.ok());
    CHECK(h->first().field == QStringLiteral("duration_min"));
}

TEST_CASE("calendarWeek_doubleClickOnAnEmptySlotCreatesATaskThere")
{
    WeekFixture f;
    const qint64 bob = f.t.addUser(QStringLiteral("bob@example.com"), 0);
    f.show();
    REQUIRE(f.view.pickUser(bob));
    bool filled = false;
    QTimer::singleShot(0, &f.view, [&] {
        auto *dialog = qobject_cast<Ui::TaskDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *text = dialog->findChild<QLineEdit *>(QStringLiteral("taskDialogText"));
        auto *who = dialog->findChild<QComboBox *>(QStringLiteral("taskDialogResponsible"));
        REQUIRE(text);
        REQUIRE(who);
        CHECK(who->currentData().toLongLong() == bob); // the picked user
        typeText(text, QStringLiteral("Встреча в офисе"));
        filled = true;
        dialog->accept();
    });
    QTest::mouseDClick(f.viewport, Qt::LeftButton, {},
                       f.week->pointAt(QDate(2026, 3, 4), QTime(15, 0)) + QPoint(0, 5));
    REQUIRE(filled);
    const QList<Core::TaskRow> &shown = f.week->tasks();
    REQUIRE(shown.size() == 1);
    CHECK(shown.first().text == QStringLiteral("Встреча в офисе"));
    CHECK(shown.first().responsibleId == bob);
    CHECK(*shown.first().dueAt == at(4, 15));
    CHECK(!shown.first().allDay);
}

TEST_CASE("calendarWeek_showsOnlyThePickedUsersTasksOfThePeriod")
{
    WeekFixture f;
    const qint64 bob = f.t.addUser(QStringLiteral("bob@example.com"), 0);
    addTask(f.t, QStringLiteral("mine"), at(3, 9));
    addTask(f.t, QStringLiteral("bob's"), at(3, 9), 30, bob);
    addTask(f.t, QStringLiteral("next week"), at(10, 9));
    addTask(f.t, QStringLiteral("done"), at(4, 9), 30, 0, 1);
    f.show();
    CHECK(f.week->tasks().size() == 2); // mine and done, this week
    f.view.step(1);
    REQUIRE(f.week->tasks().size() == 1);
    CHECK(f.week->tasks().first().text == QStringLiteral("next week"));
    f.view.goToday();
    REQUIRE(f.view.pickUser(bob));
    REQUIRE(f.week->tasks().size() == 1);
    CHECK(f.week->tasks().first().text == QStringLiteral("bob's"));
    f.view.setMode(Ui::CalendarView::Mode::Day);
    CHECK(f.view.dayCount() == 1);
    CHECK(f.view.firstDay() == QDate(2026, 3, 2));
    CHECK(f.week->tasks().isEmpty()); // bob has nothing on Monday
}

TEST_CASE("calendarMonth_dragAChipToAnotherDayKeepsTheTime")
{
    WeekFixture f;
    const qint64 id = addTask(f.t, QStringLiteral("Invoice"), at(10, 16, 30));
    f.view.setMode(Ui::CalendarView::Mode::Month);
    f.show();
    auto *month = f.view.findChild<Ui::MonthView *>(QStringLiteral("calendarMonthView"));
    REQUIRE(month);
    CHECK(month->firstShown() == QDate(2026, 2, 23));
    const QRect chip = month->chipRect(id);
    REQUIRE(chip.isValid());
    drag(month, chip.center(), month->dayRect(QDate(2026, 3, 19)).center());
    CHECK(field(f.t, id, "due_at").toLongLong() == at(19, 16, 30));
}

TEST_CASE("calendarMonth_aBusyDayKeepsItsCountAndLeavesTheLaterDaysTheirTasks")
{
    WeekFixture f;
    f.t.admin->beginBatch();
    for (int i = 0; i < 40; ++i)
        addTask(f.t, QStringLiteral("Call %1").arg(i), at(3, 8) + i * 60000);
    REQUIRE(f.t.admin->commitBatch().ok());
    const qint64 later = addTask(f.t, QStringLiteral("Contract"), at(20, 11));
    const qint64 last = addTask(f.t, QStringLiteral("Invoice"), at(31, 15));
    f.view.setMode(Ui::CalendarView::Mode::Month);
    f.show();
    auto *month = f.view.findChild<Ui::MonthView *>(QStringLiteral("calendarMonthView"));
    REQUIRE(month);
    // The month reads a few tasks a day and counts the rest: every task of the busy day is a
    // chip or counted in its "+N more", and the days after it still show theirs.
    const QDate busy(2026, 3, 3);
    Core::TaskFilter day;
    day.dueFrom = at(3, 0);
    day.dueTo = at(4, 0);
    const Core::Result<QList<Core::TaskRow>> all =
        Core::TaskQuery(*f.t.admin, kZone).dueBetween(day, 100);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 40);
    int chips = 0;
    for (const Core::TaskRow &r : *all)
        chips += month->chipRect(r.id).isValid() ? 1 : 0;
    CHECK(chips > 0);
    CHECK(month->moreOn(busy) > 0);
    CHECK(chips + month->moreOn(busy) == 40);
    CHECK(month->chipRect(later).isValid());
    CHECK(month->chipRect(last).isValid());
    CHECK(month->moreOn(QDate(2026, 3, 20)) == 0);
}

TEST_CASE("teamGrid_everyCellMatchesADirectCount")
{
    UiFixture t;
    const qint64 ann = t.addUser(QStringLiteral("ann@example.com"), 0);
    const qint64 bob = t.addUser(QStringLiteral("bob@example.com"), 0);
    const QList<qint64> users{t.adminId, ann, bob};
    // A fixed pseudo-random spread over 12 days, with done tasks the filter leaves out.
    std::map<std::pair<qint64, int>, int> open;
    quint32 seed = 7;
    for (int i = 0; i < 90; ++i) {
        seed = seed * 1103515245u + 12345u;
        const qint64 user = users[int(seed >> 16) % 3];
        const int day = int((seed >> 8) % 12);
        const int status = (seed >> 4) % 5 == 0 ? 1 : 0;
        addTask(t, QStringLiteral("t%1").arg(i), at(2 + day, 8 + int(seed % 10)), 30, user, status);
        if (status == 0)
            ++open[{user, day}];
    }
    Ui::TeamGridView view(*t.admin, kZone);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setPeriod(QDate(2026, 3, 2), 10); // the last two days fall outside
    view.reload();
    const Ui::TeamGridModel *m = view.model();
    REQUIRE(m->rowCount() == 3);
    REQUIRE(m->columnCount() == 10);
    int checked = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            const qint64 user = i.data(Ui::TeamGridModel::UserIdRole).toLongLong();
            const auto it = open.find({user, c});
            CHECK(i.data(Ui::TeamGridModel::CountRole).toInt() ==
                  (it == open.end() ? 0 : it->second));
            ++checked;
        }
    CHECK(checked == 30);
    CHECK(m->index(0, 0).data(Ui::TeamGridModel::TodayRole).toBool());
    CHECK(m->index(0, 5).data(Ui::TeamGridModel::WeekendRole).toBool()); // Saturday 7 March
    // "Any status" counts the done ones too.
    auto *status = view.findChild<QComboBox *>(QStringLiteral("teamGridStatus"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(-1));
    qint64 total = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            total += m->index(r, c).data(Ui::TeamGridModel::CountRole).toInt();
    CHECK(total == m->grid().total);
    CHECK(total > 0);
}

TEST_CASE("teamGrid_aDayOpensWithNewTaskDefaultingToThatUserAndDate")
{
    UiFixture t;
    const qint64 ann = t.addUser(QStringLiteral("ann@example.com"), 0);
    addTask(t, QStringLiteral("Call back"), at(4, 11), 30, ann);
    Ui::DayTasksDialog dialog(*t.admin, kZone, ann, QStringLiteral("ann"), QDate(2026, 3, 4));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("dayTasksList"));
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Call back")));
    bool created = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *task = qobject_cast<Ui::TaskDialog *>(QApplication::activeModalWidget());
        REQUIRE(task);
        CHECK(task->findChild<QComboBox *>(QStringLiteral("taskDialogResponsible"))
                  ->currentData()
                  .toLongLong() == ann);
        typeText(task->findChild<QLineEdit *>(QStringLiteral("taskDialogText")),
                 QStringLiteral("Prepare the offer"));
        created = true;
        task->accept();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("dayTasksNew")),
                      Qt::LeftButton);
    REQUIRE(created);
    REQUIRE(list->count() == 2);
    // The new task is at 09:00 of that day, before the 11:00 one, its time in the language's
    // format.
    CHECK(list->item(0)->text().contains(QStringLiteral("Prepare the offer")));
    CHECK(list->item(0)->text().startsWith(Ui::Dates::time(QTime(9, 0))));
}

TEST_CASE("taskDialog_anEmptyTextIsRefusedAndTheDialogStaysOpen")
{
    UiFixture t;
    Ui::TaskDialog dialog(*t.admin, kZone, QDateTime(QDate(2026, 3, 4), QTime(10, 0), kZone), false,
                          0);
    CHECK(!dialog.save());
    auto *error = dialog.findChild<QWidget *>(QStringLiteral("taskDialogError"));
    REQUIRE(error);
    CHECK(!error->isHidden());
    CHECK(dialog.createdId() == 0);
}

TEST_CASE("taskDialog_linksTheTaskToARecordFoundBySearch")
{
    UiFixture t;
    const qint64 contact = t.addContact(QStringLiteral("Ирина Белова"));
    Ui::TaskDialog dialog(*t.admin, kZone, QDateTime(QDate(2026, 3, 4), QTime(10, 0), kZone), false,
                          0);
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("taskDialogText")),
             QStringLiteral("Call back"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("taskDialogLink")),
             QStringLiteral("Бел"));
    REQUIRE(dialog.linkHits()->rowCount() >= 1);
    dialog.pickLink(0);
    REQUIRE(dialog.save());
    Core::Result<Core::Record> rec =
        Core::Records(*t.admin).load(Core::EntityKind::Task, dialog.createdId());
    REQUIRE(rec.ok());
    CHECK(rec->value(QStringLiteral("entity_kind")).toInt() == int(Core::EntityKind::Contact));
    CHECK(rec->value(QStringLiteral("entity_id")).toLongLong() == contact);
    CHECK(rec->value(QStringLiteral("due_at")).toLongLong() == at(4, 10));
}
