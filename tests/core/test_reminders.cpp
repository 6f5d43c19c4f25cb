// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/records.h"
#include "core/tasks/reminderscheduler.h"

#include <QDateTime>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
// TempDb's clock starts on Monday 2026-03-02 09:00 UTC.
const QTimeZone kZone = QTimeZone::utc();

qint64 at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute, second), kZone).toMSecsSinceEpoch();
}

qint64 addTask(Core::Session &s, const QString &text, qint64 due, qint64 responsible = 0,
               int status = 0, bool allDay = false)
{
    Core::Patch p{{QStringLiteral("text"), text},
                  {QStringLiteral("due_at"), due},
                  {QStringLiteral("all_day"), allDay},
                  {QStringLiteral("status"), status}};
    if (responsible)
        p.insert(QStringLiteral("responsible_id"), responsible);
    if (status == 1)
        p.insert(QStringLiteral("result"), QStringLiteral("done"));
    Core::Result<qint64> id = Core::Records(s).create(Core::EntityKind::Task, p);
    REQUIRE(id.ok());
    return *id;
}

QStringList texts(const Core::Result<QList<Core::TaskRow>> &rows)
{
    REQUIRE(rows.ok());
    QStringList out;
    for (const Core::TaskRow &t : *rows)
        out << t.text;
    return out;
}
} // namespace

TEST_CASE("reminderScheduler_firesOnceLeadMinutesBeforeTheDue")
{
    TempDb t;
    const qint64 other = t.addUser(QStringLiteral("bob@example.com"), 0);
    addTask(*t.admin, QStringLiteral("call"), at(9, 30));
    addTask(*t.admin, QStringLiteral("meet"), at(10, 0));
    addTask(*t.admin, QStringLiteral("late"), at(8, 0));              // overdue already
    addTask(*t.admin, QStringLiteral("day"), at(23, 59), 0, 0, true); // all day: off below
    addTask(*t.admin, QStringLiteral("done"), at(9, 20), 0, 1);       // closed
    addTask(*t.admin, QStringLiteral("bob's"), at(9, 20), other);     // not mine
    Core::ReminderScheduler s(*t.admin, t.clock, kZone);
    CHECK(s.leadMinutes() == 15);
    CHECK(s.allDayTime() == QTime(9, 0));
    s.setAllDayTime(QTime()); // all-day reminders have their own test

    CHECK(texts(s.check()).isEmpty());
    REQUIRE(s.nextAt());
    CHECK(*s.nextAt() == at(9, 15));
    t.clock.set(at(9, 14, 59));
    CHECK(texts(s.tick()).isEmpty());
    t.clock.set(at(9, 15));
    CHECK(texts(s.tick()) == QStringList{QStringLiteral("call")});
    CHECK(*s.nextAt() == at(9, 45));
    t.clock.set(at(9, 15, 20));
    CHECK(texts(s.check()).isEmpty()); // once
    t.clock.set(at(9, 50));
    CHECK(texts(s.tick()) == QStringList{QStringLiteral("meet")});
    CHECK(!s.nextAt());
    REQUIRE(s.overdueCount().ok());
    CHECK(*s.overdueCount() == 2); // "late" and "call"; "meet" is not due until 10:00
    t.clock.set(at(10, 1));
    CHECK(*s.overdueCount() == 3);
}

TEST_CASE("reminderScheduler_aRescheduledTaskFiresAgainAndTheLeadIsASetting")
{
    TempDb t;
    const qint64 id = addTask(*t.admin, QStringLiteral("call"), at(9, 10));
    Core::ReminderScheduler s(*t.admin, t.clock, kZone);
    CHECK(texts(s.check()) == QStringList{QStringLiteral("call")}); // 09:10 is within 15 min
    REQUIRE(Core::Records(*t.admin)
                .update(Core::EntityKind::Task, id, {{QStringLiteral("due_at"), at(11, 0)}})
                .ok());
    s.setLeadMinutes(60);
    t.clock.set(at(9, 59));
    CHECK(texts(s.tick()).isEmpty());
    t.clock.set(at(10, 0));
    CHECK(texts(s.tick()) == QStringList{QStringLiteral("call")});
}

TEST_CASE("reminderScheduler_seesTasksCommittedByAnotherConnectionAtTheNextTick")
{
    TempDb t;
    Core::ReminderScheduler s(*t.admin, t.clock, kZone);
    CHECK(texts(s.check()).isEmpty());
    CHECK(!s.nextAt());
    // Another desktop on the same file (or the sync) adds a task due in ten minutes.
    {
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(t.path());
        REQUIRE(db.ok());
        Core::Session elsewhere(*db.value(), t.clock, t.admin->actor(), 99);
        addTask(elsewhere, QStringLiteral("from elsewhere"), at(9, 10));
    }
    t.clock.set(at(9, 0, 5)); // seconds later: only the data version says something changed
    CHECK(texts(s.tick()) == QStringList{QStringLiteral("from elsewhere")});
    t.clock.set(at(9, 0, 10));
    CHECK(texts(s.tick()).isEmpty());
}

TEST_CASE("reminderScheduler_remindsAllDayTasksAtTheAllDayTimeOfTheirDay")
{
    TempDb t;
    auto day = [](int d, int h, int m) {
        return QDateTime(QDate(2026, 3, d), QTime(h, m), kZone).toMSecsSinceEpoch();
    };
    // All-day tasks are stored at 23:59 of their day.
    addTask(*t.admin, QStringLiteral("yesterday"), day(1, 23, 59), 0, 0, true);
    addTask(*t.admin, QStringLiteral("today"), day(2, 23, 59), 0, 0, true);
    addTask(*t.admin, QStringLiteral("today, done"), day(2, 23, 59), 0, 1, true);
    addTask(*t.admin, QStringLiteral("tomorrow"), day(3, 23, 59), 0, 0, true);
    Core::ReminderScheduler s(*t.admin, t.clock, kZone); // starts 09:00 on the 2nd
    s.setAllDayTime(QTime(10, 30));
    s.setLeadMinutes(60); // the lead does not move an all-day reminder

    CHECK(texts(s.check()).isEmpty());
    REQUIRE(s.nextAt());
    CHECK(*s.nextAt() == day(2, 10, 30));
    t.clock.set(day(2, 10, 29));
    CHECK(texts(s.tick()).isEmpty());
    t.clock.set(day(2, 10, 30));
    CHECK(texts(s.tick()) == QStringList{QStringLiteral("today")});
    CHECK(texts(s.check()).isEmpty()); // once
    REQUIRE(s.nextAt());
    CHECK(*s.nextAt() == day(3, 10, 30));
    t.clock.set(day(3, 10, 30));
    CHECK(texts(s.tick()) == QStringList{QStringLiteral("tomorrow")});

    // Started after today's time: the morning's reminder is not made up for.
    t.clock.set(day(2, 11, 0));
    Core::ReminderScheduler late(*t.admin, t.clock, kZone);
    late.setAllDayTime(QTime(10, 30));
    CHECK(texts(late.check()).isEmpty());
    // Off: nothing, and nothing scheduled.
    t.clock.set(day(2, 9, 0));
    Core::ReminderScheduler off(*t.admin, t.clock, kZone);
    off.setAllDayTime(QTime());
    CHECK(texts(off.check()).isEmpty());
    t.clock.set(day(3, 12, 0));
    CHECK(texts(off.tick()).isEmpty());
    CHECK(!off.nextAt());
}

TEST_CASE("reminderScheduler_takesTheAllDayTimeInTheSchedulersZone")
{
    TempDb t;
    const QTimeZone moscow("Europe/Moscow"); // UTC+3: the 3rd's 23:59 is 20:59 UTC
    addTask(*t.admin, QStringLiteral("wednesday"),
            QDateTime(QDate(2026, 3, 3), QTime(23, 59), moscow).toMSecsSinceEpoch(), 0, 0, true);
    Core::ReminderScheduler s(*t.admin, t.clock, moscow);
    CHECK(s.allDayTime() == QTime(9, 0)); // the default
    CHECK(texts(s.check()).isEmpty());
    const qint64 nine = QDateTime(QDate(2026, 3, 3), QTime(9, 0), moscow).toMSecsSinceEpoch();
    REQUIRE(s.nextAt());
    CHECK(*s.nextAt() == nine); // 06:00 UTC
    t.clock.set(nine - 1000);
    CHECK(texts(s.tick()).isEmpty());
    t.clock.set(nine);
    CHECK(texts(s.tick()) == QStringList{QStringLiteral("wednesday")});
}

TEST_CASE("reminderScheduler_findsAnAllDayTaskAmongHundredsOfTimedOnesThatDay")
{
    TempDb t;
    // A busy day, as on the reference data set: 600 timed tasks before and after 10:00.
    t.admin->beginBatch();
    for (int i = 0; i < 600; ++i)
        addTask(*t.admin, QStringLiteral("timed %1").arg(i), at(9, 0) + qint64(i) * 60 * 1000);
    REQUIRE(t.admin->commitBatch().ok());
    addTask(*t.admin, QStringLiteral("all day"), at(23, 59), 0, 0, true);
    Core::ReminderScheduler s(*t.admin, t.clock, kZone);
    s.setAllDayTime(QTime(10, 0));
    s.setLeadMinutes(0);
    t.clock.set(at(9, 59, 30));
    CHECK_FALSE(texts(s.check()).contains(QStringLiteral("all day")));
    REQUIRE(s.nextAt());
    CHECK(*s.nextAt() == at(10, 0)); // "timed 60" and the all-day task
    t.clock.set(at(10, 0));
    const QStringList fired = texts(s.tick());
    CHECK(fired.contains(QStringLiteral("all day")));
    CHECK(fired.contains(QStringLiteral("timed 60")));
}

TEST_CASE("reminderScheduler_keepsRemindingLateInABusyDay")
{
    TempDb t;
    // Running since 09:00 through a day of 700 tasks: at 18:00 the 18:15 one still rings.
    t.admin->beginBatch();
    for (int i = 0; i < 700; ++i)
        addTask(*t.admin, QStringLiteral("t%1").arg(i), at(9, 0) + qint64(i) * 60 * 1000);
    REQUIRE(t.admin->commitBatch().ok());
    Core::ReminderScheduler s(*t.admin, t.clock, kZone);
    s.setAllDayTime(QTime());
    for (int h = 9; h < 18; ++h) { // hourly checks, as a running tray would (and more often)
        t.clock.set(at(h, 0));
        REQUIRE(s.check().ok());
    }
    t.clock.set(at(18, 0));
    const QStringList fired = texts(s.check());
    CHECK(fired.contains(QStringLiteral("t555"))); // 18:15, the lead of 15 minutes
    CHECK_FALSE(fired.contains(QStringLiteral("t556")));
}
