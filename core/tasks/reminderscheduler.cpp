// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reminderscheduler.h"

#include "core/services/session.h"
#include "core/util/clock.h"

#include <QDateTime>

namespace Voronka::Core {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kPollMs = kMinute; // the slowest a change made elsewhere is noticed
constexpr qint64 kCatchUpMs = 60 * kMinute;

TaskFilter mine(const Session &s)
{
    TaskFilter f;
    f.responsibleIds = {s.principal().userId};
    f.statuses = {TaskStatus::Open};
    return f;
}
} // namespace

ReminderScheduler::ReminderScheduler(Session &s, const Clock &clock, QTimeZone zone)
    : m_s(s)
    , m_clock(clock)
    , m_zone(std::move(zone))
    , m_since(clock.nowMs())
{
}

void ReminderScheduler::setLeadMinutes(int minutes)
{
    m_leadMin = std::max(0, minutes);
    m_lastCheck = 0; // the next tick checks again with the new lead
}

void ReminderScheduler::setAllDayTime(QTime time)
{
    m_allDayTime = time;
    m_lastCheck = 0;
}

std::optional<qint64> ReminderScheduler::remindAt(const TaskRow &t) const
{
    if (!t.dueAt)
        return std::nullopt;
    if (!t.allDay)
        return *t.dueAt - m_leadMin * kMinute;
    if (!m_allDayTime.isValid())
        return std::nullopt;
    // All-day tasks are stored at 23:59 of their day: that day at the chosen time.
    const QDate day = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone).date();
    return QDateTime(day, m_allDayTime, m_zone).toMSecsSinceEpoch();
}

Result<QList<TaskRow>> ReminderScheduler::allDayTasks(QDate from, QDate to)
{
    // All-day tasks are stored at 23:59 of their day: one minute of the index per day, so a
    // day full of timed tasks (hundreds on the reference data set) costs nothing here.
    QList<TaskRow> out;
    if (!m_allDayTime.isValid())
        return out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        TaskFilter f = mine(m_s);
        f.dueFrom = QDateTime(d, QTime(23, 59), m_zone).toMSecsSinceEpoch();
        f.dueTo = d.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
        Result<QList<TaskRow>> rows = TaskQuery(m_s, m_zone).dueBetween(f, 500);
        if (!rows)
            return rows.error();
        for (const TaskRow &t : *rows)
            if (t.allDay)
                out << t;
    }
    return out;
}

Result<QList<TaskRow>> ReminderScheduler::check()
{
    const qint64 now = m_clock.nowMs();
    const qint64 lead = m_leadMin * kMinute;
    m_dataVersion = m_s.db().dataVersion();
    m_lastCheck = now;
    // Due in [start, now + lead]: the reminder time has come and the start was not before
    // the scheduler was. One range of the tasks_responsible_due index, from at most an hour
    // back: a day of hundreds of tasks would otherwise fill the page with long-past ones, and
    // a reminder more than an hour late (the machine slept) is the overdue count's business.
    TaskFilter f = mine(m_s);
    f.dueFrom = std::max(m_since, now - kCatchUpMs);
    f.dueTo = now + lead + 1;
    Result<QList<TaskRow>> rows = TaskQuery(m_s, m_zone).dueBetween(f, 500);
    if (!rows)
        return rows.error();
    // All-day tasks of yesterday and today (an older day's time passed while running, or
    // before the start), reminded from their day's all-day time.
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, m_zone).date();
    const QDate started = QDateTime::fromMSecsSinceEpoch(m_since, m_zone).date();
    Result<QList<TaskRow>> allDay = allDayTasks(std::max(started, today.addDays(-1)), today);
    if (!allDay)
        return allDay.error();
    QList<TaskRow> candidates;
    for (const TaskRow &t : *rows)
        if (!t.allDay)
            candidates << t;
    candidates << *allDay;
    QList<TaskRow> out;
    for (const TaskRow &t : std::as_const(candidates)) {
        const std::optional<qint64> at = remindAt(t);
        if (!at || *at > now || (t.allDay && *at < m_since))
            continue;
        const auto fired = m_fired.constFind(t.id);
        if (fired != m_fired.cend() && *fired == *t.dueAt)
            continue;
        m_fired.insert(t.id, *t.dueAt);
        out << t;
    }
    Result<std::optional<qint64>> next = findNext(now);
    if (!next)
        return next.error();
    m_nextAt = *next;
    return out;
}

Result<std::optional<qint64>> ReminderScheduler::findNext(qint64 nowMs)
{
    const qint64 lead = m_leadMin * kMinute;
    TaskFilter f = mine(m_s);
    f.dueFrom = nowMs + lead + 1;
    f.dueTo = nowMs + lead + 31LL * 24 * 60 * kMinute;
    // A few rows, in case the first ones are all-day tasks.
    Result<QList<TaskRow>> rows = TaskQuery(m_s, m_zone).dueBetween(f, 50);
    if (!rows)
        return rows.error();
    // Today's and tomorrow's all-day tasks ring in the morning though they sort at 23:59.
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, m_zone).date();
    Result<QList<TaskRow>> allDay = allDayTasks(today, today.addDays(1));
    if (!allDay)
        return allDay.error();
    std::optional<qint64> next;
    for (const QList<TaskRow> *list : {&*rows, &*allDay})
        for (const TaskRow &t : *list)
            if (const std::optional<qint64> at = remindAt(t);
                at && *at > nowMs && (!next || *at < *next))
                next = at;
    return next;
}

Result<QList<TaskRow>> ReminderScheduler::tick()
{
    const qint64 now = m_clock.nowMs();
    const bool stale = m_lastCheck == 0 || now - m_lastCheck >= kPollMs;
    const bool due = m_nextAt && now >= *m_nextAt;
    if (!stale && !due && m_s.db().dataVersion() == m_dataVersion)
        return QList<TaskRow>();
    return check();
}

Result<qint64> ReminderScheduler::overdueCount()
{
    Result<std::array<qint64, kDueBuckets>> counts = TaskQuery(m_s, m_zone).counts(mine(m_s));
    if (!counts)
        return counts.error();
    return (*counts)[int(DueBucket::Overdue)];
}

} // namespace Voronka::Core
