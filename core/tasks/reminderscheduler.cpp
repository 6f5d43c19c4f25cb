// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reminderscheduler.h"

#include "services/session.h"
#include "util/clock.h"

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

Result<QList<TaskRow>> ReminderScheduler::check()
{
    const qint64 now = m_clock.nowMs();
    const qint64 lead = m_leadMin * kMinute;
    m_dataVersion = m_s.db().dataVersion();
    m_lastCheck = now;
    // Due in [start, now + lead]: the reminder time has come and the start was not before
    // the scheduler was. One range of the tasks_responsible_due index.
    TaskFilter f = mine(m_s);
    f.dueFrom = m_since;
    f.dueTo = now + lead + 1;
    Result<QList<TaskRow>> rows = TaskQuery(m_s, m_zone).dueBetween(f, 500);
    if (!rows)
        return rows.error();
    QList<TaskRow> out;
    for (const TaskRow &t : *rows) {
        if (t.allDay || !t.dueAt)
            continue; // a day, not a time: nothing to ring for
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
    for (const TaskRow &t : *rows)
        if (!t.allDay && t.dueAt)
            return std::optional<qint64>(*t.dueAt - lead);
    return std::optional<qint64>();
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
