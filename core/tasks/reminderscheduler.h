// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace Voronka::Core {

class Clock;
class Session;

// Decides which of the user's open tasks to remind about and when: a task with a time (not
// all-day) is reminded once, `lead` before its due, as soon as a check runs at or after that
// moment. An all-day task is reminded once at the all-day time (09:00 by default) of its day
// in the scheduler's zone; the lead does not apply to it, since that time is itself the
// user's choice of when to hear about the day (an invalid QTime turns these off). Tasks
// whose reminder moment (for a timed task: its due) was before the scheduler started are
// the overdue count's business, not a burst of notifications, and so are reminders more than
// an hour late (a check missed while the machine slept). A task rescheduled after its
// reminder is reminded again for the new time. Tasks created or moved elsewhere (another
// window, another desktop, the sync) are seen by the next check; tick() runs one when the
// file's data_version moved or the next known reminder is due, and at least once a minute
// otherwise, so a tray can call it often.
class ReminderScheduler
{
public:
    ReminderScheduler(Session &s, const Clock &clock, QTimeZone zone = QTimeZone::systemTimeZone());

    void setLeadMinutes(int minutes);
    int leadMinutes() const { return m_leadMin; }
    void setAllDayTime(QTime time); // invalid: no reminders for all-day tasks
    QTime allDayTime() const { return m_allDayTime; }

    // The tasks to notify about now, soonest first; each (task, due) pair once.
    Result<QList<TaskRow>> check();
    // check() when something may have changed (see the class comment); else nothing.
    Result<QList<TaskRow>> tick();
    // When the next reminder falls (ms), as known at the last check.
    std::optional<qint64> nextAt() const { return m_nextAt; }
    // The user's open tasks whose due has passed.
    Result<qint64> overdueCount();

private:
    Result<std::optional<qint64>> findNext(qint64 nowMs);
    // When a task is reminded (ms), or nothing for an all-day task with the time off.
    std::optional<qint64> remindAt(const TaskRow &t) const;
    // The user's open all-day tasks of the days from `from` to `to`, none when they are off.
    Result<QList<TaskRow>> allDayTasks(QDate from, QDate to);

    Session &m_s;
    const Clock &m_clock;
    QTimeZone m_zone;
    int m_leadMin = 15;
    QTime m_allDayTime = QTime(9, 0);
    qint64 m_since = 0;     // tasks due before the start are not reminded
    qint64 m_lastCheck = 0; // ms of the last full check
    qint64 m_dataVersion = -1;
    std::optional<qint64> m_nextAt;
    QHash<qint64, qint64> m_fired; // task id -> the due it was reminded for
};

} // namespace Voronka::Core
