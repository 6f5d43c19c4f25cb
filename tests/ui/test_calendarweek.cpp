// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/services/records.h"
#include "ui/calendar/calendarview.h"
#include "ui/calendar/daytasksdialog.h"
#include "ui/calendar/monthview.h"
#include "ui/calendar/overlappacking.h"
#include "ui/calendar/weekview.h"
#include "ui/widgets/dates.h"

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
// TempDb's clock: Monday 2026-03-02 09:00 UTC; the views get UTC so days are fixed.
const QTimeZone kZone = QTimeZone::utc();

qint64 at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), kZone).toMSecsSinceEpoch();
}

qint64 addTask(UiFixture &t, const QString &text, qint64 due, int duration = 60, int status = 0)
{
    Core::Patch p{{QStringLiteral("text"), text},
                  {QStringLiteral("due_at"), due},
                  {QStringLiteral("duration_min"), duration},
                  {QStringLiteral("status"), status}};
    if (status == 1)
        p.insert(QStringLiteral("result"), QStringLiteral("done"));
    Core::Result<qint64> id = Core::Records(*t.admin).create(Core::EntityKind::Task, p);
    REQUIRE(id.ok());
    return *id;
}

// The calendar remembers Hide done for the whole run's settings: each test starts and ends
// without it.
struct HideDoneReset
{
    HideDoneReset() { QSettings().remove(QStringLiteral("calendar/hideDone")); }
    ~HideDoneReset() { QSettings().remove(QStringLiteral("calendar/hideDone")); }
};

struct Calendar
{
    UiFixture &t;
    Ui::CalendarView view;
    Ui::WeekView *week = nullptr;
    QWidget *viewport = nullptr;

    explicit Calendar(UiFixture &fixture, int width = 1200)
        : t(fixture)
        , view(*fixture.admin, kZone)
    {
        view.resize(width, 900);
        view.setMode(Ui::CalendarView::Mode::Week);
        view.show();
        REQUIRE(Test::waitExposed(&view));
        view.activate();
        week = view.findChild<Ui::WeekView *>(QStringLiteral("calendarWeekView"));
        REQUIRE(week);
        viewport = week->findChild<QWidget *>(QStringLiteral("calendarWeekViewport"));
        REQUIRE(viewport);
        week->scrollToHour(8);
    }
};

QList<Ui::Interval> spans(std::initializer_list<std::pair<int, int>> list)
{
    QList<Ui::Interval> out;
    for (const auto &[start, end] : list)
        out.append({start, end});
    return out;
}
} // namespace

TEST_CASE("packOverlaps_tasksThatDoNotOverlapEachTakeTheWholeColumn")
{
    // Back to back is not an overlap: 10:30 ends where the next begins.
    const QList<Ui::Placement> p = Ui::packOverlaps(spans({{600, 630}, {630, 660}, {720, 750}}), 4);
    REQUIRE(p.size() == 3);
    for (const Ui::Placement &x : p) {
        CHECK(x.column == 0);
        CHECK(x.columns == 1);
        CHECK(!x.hidden);
    }
    CHECK(p[0].cluster != p[1].cluster);
    CHECK(p[1].cluster != p[2].cluster);
}

TEST_CASE("packOverlaps_aChainSharesOneClusterAndReusesAFreedColumn")
{
    // 9:00–10:00 and 9:30–10:30 overlap, 10:00–11:00 overlaps only the second: one cluster of
    // two columns, the third back in the first column. Given out of order on purpose.
    const QList<Ui::Placement> p = Ui::packOverlaps(spans({{600, 660}, {540, 600}, {570, 630}}), 4);
    REQUIRE(p.size() == 3);
    CHECK(p[1].column == 0); // 9:00
    CHECK(p[2].column == 1); // 9:30
    CHECK(p[0].column == 0); // 10:00, where 9:00 ended
    CHECK(p[0].cluster == p[1].cluster);
    CHECK(p[1].cluster == p[2].cluster);
    for (const Ui::Placement &x : p) {
        CHECK(x.columns == 2);
        CHECK(!x.hidden);
    }
}

TEST_CASE("packOverlaps_threeAtOnceGetThreeColumnsAndALaterTaskItsOwnCluster")
{
    const QList<Ui::Placement> p =
        Ui::packOverlaps(spans({{600, 660}, {600, 630}, {610, 700}, {720, 780}}), 5);
    REQUIRE(p.size() == 4);
    QList<int> columns{p[0].column, p[1].column, p[2].column};
    std::sort(columns.begin(), columns.end());
    CHECK(columns == QList<int>{0, 1, 2});
    CHECK(p[0].column == 0); // the longer of the two at 10:00 goes first
    for (int i = 0; i < 3; ++i)
        CHECK(p[i].columns == 3);
    CHECK(p[3].column == 0);
    CHECK(p[3].columns == 1);
    CHECK(p[3].cluster != p[0].cluster);
}

TEST_CASE("packOverlaps_moreThanFitAreHiddenPastTheColumnsShown")
{
    // Five at 10:00 with room for three: three shown, two counted; a task after them is not
    // affected.
    const QList<Ui::Placement> p = Ui::packOverlaps(
        spans({{600, 660}, {600, 660}, {600, 660}, {600, 660}, {600, 660}, {700, 730}}), 3);
    REQUIRE(p.size() == 6);
    int hidden = 0;
    for (int i = 0; i < 5; ++i) {
        CHECK(p[i].columns == 3);
        hidden += p[i].hidden ? 1 : 0;
        CHECK(p[i].hidden == (p[i].column >= 3));
    }
    CHECK(hidden == 2);
    CHECK(!p[5].hidden);
    CHECK(p[5].columns == 1);
    // No room at all still shows one.
    const QList<Ui::Placement> none = Ui::packOverlaps(spans({{0, 10}, {0, 10}}), 0);
    CHECK(none[0].columns == 1);
    CHECK(none[0].hidden != none[1].hidden);
}

TEST_CASE("calendarWeek_threeOverlappingTasksStandSideBySide")
{
    HideDoneReset reset;
    UiFixture t;
    const QList<qint64> ids{addTask(t, QStringLiteral("Call Orlov"), at(3, 10)),
                            addTask(t, QStringLiteral("Send the offer"), at(3, 10), 30),
                            addTask(t, QStringLiteral("Meet Petrova"), at(3, 10, 15), 90)};
    const qint64 alone = addTask(t, QStringLiteral("Lunch"), at(3, 13));
    Calendar c(t);
    // Wide enough for three readable blocks in a day, whatever the font (150: the hours).
    const int need =
        7 * (3 * c.week->minBlockWidth() + 8) + c.view.width() - c.viewport->width() + 150;
    if (c.view.width() < need) {
        c.view.resize(need, 900);
        QApplication::sendPostedEvents();
    }
    INFO("view " << c.view.width() << " viewport " << c.viewport->width() << " min "
                 << c.week->minBlockWidth());
    QList<QRect> rects;
    for (qint64 id : ids) {
        const QRect r = c.week->taskRect(id);
        REQUIRE(r.isValid());
        CHECK(r.width() >= c.week->minBlockWidth() - 2);
        rects << r;
    }
    for (int i = 0; i < 3; ++i)
        for (int j = i + 1; j < 3; ++j)
            CHECK(!rects[i].intersects(rects[j]));
    // One cluster, one width; the task alone at 13:00 has the whole column.
    CHECK(rects[0].width() == rects[1].width());
    CHECK(rects[1].width() == rects[2].width());
    CHECK(c.week->taskRect(alone).width() > 2 * rects[0].width());
    CHECK(c.week->moreChips().isEmpty());
}

TEST_CASE("calendarWeek_twelveTasksInAnHourShowAPlusChipThatListsTheHour")
{
    HideDoneReset reset;
    UiFixture t;
    t.admin->beginBatch();
    for (int i = 0; i < 12; ++i)
        addTask(t, QStringLiteral("Call %1").arg(i + 1), at(4, 10, i * 4), 30);
    const qint64 later = addTask(t, QStringLiteral("Later"), at(4, 15));
    REQUIRE(t.admin->commitBatch().ok());
    Calendar c(t);
    REQUIRE(c.week->moreChips().size() == 1);
    const Ui::WeekView::MoreChip chip = c.week->moreChips().first();
    CHECK(chip.day == QDate(2026, 3, 4));
    CHECK(chip.hour == 10);
    // Every task is a block or counted by the chip; the blocks stay readable and clear of
    // one another and of the chip.
    QList<QRect> blocks;
    for (const Core::TaskRow &r : c.week->tasks())
        if (r.id != later && c.week->taskRect(r.id).isValid())
            blocks << c.week->taskRect(r.id);
    CHECK(blocks.size() >= 1);
    CHECK(blocks.size() + chip.count == 12);
    for (int i = 0; i < blocks.size(); ++i) {
        CHECK(blocks[i].width() >= c.week->minBlockWidth() - 2);
        CHECK(!blocks[i].intersects(chip.rect));
        for (int j = i + 1; j < blocks.size(); ++j)
            CHECK(!blocks[i].intersects(blocks[j]));
    }
    CHECK(c.week->taskRect(later).isValid());

    int listed = -1;
    QString title;
    QTimer::singleShot(0, &c.view, [&] {
        auto *dialog = qobject_cast<Ui::DayTasksDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        title = dialog->windowTitle();
        listed = dialog->findChild<QListWidget *>(QStringLiteral("dayTasksList"))->count();
        dialog->reject();
    });
    QTest::mouseClick(c.viewport, Qt::LeftButton, {}, chip.rect.center());
    CHECK(listed == 12); // the hour's tasks: 15:00 is not among them
    CHECK(title.contains(Ui::Dates::time(QTime(10, 0))));
}

TEST_CASE("calendarWeek_hideDoneLeavesCompletedTasksOutAndIsRemembered")
{
    HideDoneReset reset;
    UiFixture t;
    const qint64 open = addTask(t, QStringLiteral("Call Orlov"), at(3, 10));
    const qint64 done = addTask(t, QStringLiteral("Sent the offer"), at(3, 12), 30, 1);
    const qint64 monthDone = addTask(t, QStringLiteral("Old call"), at(20, 12), 30, 1);
    {
        Calendar c(t);
        auto *hide = c.view.findChild<QToolButton *>(QStringLiteral("calendarHideDone"));
        REQUIRE(hide);
        CHECK(hide->isCheckable());
        CHECK(!hide->isChecked()); // off by default
        CHECK(c.week->taskRect(done).isValid());
        QTest::mouseClick(hide, Qt::LeftButton);
        CHECK(hide->isChecked());
        CHECK(c.week->taskRect(open).isValid());
        CHECK(!c.week->taskRect(done).isValid());
        CHECK(c.week->tasks().size() == 1);
    }
    // A new calendar (the next start) hides them as well, in the week and the month.
    Calendar again(t);
    auto *hide = again.view.findChild<QToolButton *>(QStringLiteral("calendarHideDone"));
    REQUIRE(hide);
    CHECK(hide->isChecked());
    CHECK(again.week->tasks().size() == 1);
    CHECK(!again.week->taskRect(done).isValid());
    again.view.setMode(Ui::CalendarView::Mode::Month);
    auto *month = again.view.findChild<Ui::MonthView *>(QStringLiteral("calendarMonthView"));
    REQUIRE(month);
    CHECK(month->chipRect(open).isValid());
    CHECK(!month->chipRect(monthDone).isValid());
    // Off again: the done tasks come back.
    QTest::mouseClick(hide, Qt::LeftButton);
    CHECK(month->chipRect(monthDone).isValid());
    again.view.setMode(Ui::CalendarView::Mode::Week);
    CHECK(again.week->taskRect(done).isValid());
}
