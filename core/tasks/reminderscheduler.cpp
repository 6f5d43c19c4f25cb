// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reminderscheduler.h"

#include "services/session.h"
#include "util/clock.h"

#include <QDateTime>

namespace Voronka::Core {

namespace {
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kPollMs = kMinute; // the slowest a change made elsewhere is noticed

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

qint64 ReminderScheduler::dayStart(qint64 ms, int addDays) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone)
        .date()
        .addDays(addDays)
        .startOfDay(m_zone)
        .toMSecsSinceEpoch();
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

Result<QList<TaskRow>> ReminderScheduler::check()
{
    const qint64 now = m_clock.nowMs();
    const qint64 lead = m_leadMin * kMinute;
    m_dataVersion = m_s.db().dataVersion();
    m_lastCheck = now;
    // Timed tasks due in [start, now + lead]: the reminder time has come and the start was
    // not before the scheduler was. All-day tasks of the days from the start's to today's
    // (stored at 23:59, so today's lie past now + lead). One range of the
    // tasks_responsible_due index covers both.
    TaskFilter f = mine(m_s);
    f.dueFrom = m_allDayTime.isValid() ? std::min(m_since, dayStart(m_since)) : m_since;
    f.dueTo = std::max(now + lead + 1, m_allDayTime.isValid() ? dayStart(now, 1) : 0);
    Result<QList<TaskRow>> rows = TaskQuery(m_s, m_zone).dueBetween(f, 500);
    if (!rows)
        return rows.error();
    QList<TaskRow> out;
    for (const TaskRow &t : *rows) {
        const std::optional<qint64> at = remindAt(t);
        if (!at || *at > now)
            continue;
        if (t.allDay ? *at < m_since : *t.dueAt < m_since)
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
    // From today's all-day tasks (their time may still be ahead) on.
    f.dueFrom = std::min(nowMs + lead + 1, dayStart(nowMs));
    f.dueTo = nowMs + lead + 31LL * 24 * 60 * kMinute;
    // The earliest reminder among the first rows: an all-day task sorts at 23:59 but rings
    // in the morning. Only a hint: tick() checks at least once a minute anyway.
    Result<QList<TaskRow>> rows = TaskQuery(m_s, m_zone).dueBetween(f, 50);
    if (!rows)
        return rows.error();
    std::optional<qint64> next;
    for (const TaskRow &t : *rows)
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
