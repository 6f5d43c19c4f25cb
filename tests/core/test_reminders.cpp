// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "services/records.h"
#include "tasks/reminderscheduler.h"

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
