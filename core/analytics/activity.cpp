// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "activity.h"

#include "aggregates.h"
#include "reportsql.h"

#include "core/services/session.h"
#include "core/storage/database.h"

#include <QMap>

namespace Voronka::Core::Analytics {

namespace {
constexpr qint64 kEpochJulianDay = 2440588;

using Activity = Aggregates::Activity;

// key -> sum of one activity measure's counts (alias a) under the scope and `extra`.
QHash<qint64, qint64> grouped(Session &s, const ReportScope &r, Activity m, const QString &key,
                              bool period)
{
    const QString who = QStringLiteral("a.user_id");
    QStringList terms{QStringLiteral("a.measure = %1").arg(int(m)), scopeSql(s, who),
                      whoSql(r, who)};
    if (period && r.from.isValid())
        terms << QStringLiteral("a.day >= %1").arg(dayNumber(r.from));
    if (period && r.to.isValid())
        terms << QStringLiteral("a.day < %1").arg(dayNumber(r.to));
    Query q = s.sql().prepare(
        QStringLiteral("SELECT %1, sum(a.n) FROM analytics_activity a WHERE %2 GROUP BY 1")
            .arg(key, terms.join(QLatin1String(" AND "))));
    QHash<qint64, qint64> out;
    while (q->step())
        if (q->int64(1))
            out.insert(q->int64(0), q->int64(1));
    return out;
}
} // namespace

QHash<qint64, qint64> activityByPerson(Session &s, const ReportScope &r, Activity m)
{
    return grouped(s, r, m, QStringLiteral("a.user_id"), true);
}

QHash<qint64, qint64> overdueByPerson(Session &s, const ReportScope &r)
{
    ReportScope before = r;
    before.from = {};
    before.to = localToday(s);
    QHash<qint64, qint64> out =
        grouped(s, before, Activity::OpenTasksDue, QStringLiteral("a.user_id"), true);
    const QString who = QStringLiteral("t.responsible_id");
    Query q = s.sql().prepare(
        QStringLiteral("SELECT coalesce(t.responsible_id, 0), count(*) FROM tasks t INDEXED BY "
                       "tasks_open_due WHERE t.deleted = 0 AND t.status = 0 AND t.due_at >= ?1 "
                       "AND t.due_at < ?2 AND %1 AND %2 GROUP BY 1")
            .arg(scopeSql(s, who), whoSql(r, who)));
    ReportScope today = r;
    today.from = before.to;
    q->bindAll(msRange(s, today).from, s.clock().nowMs());
    while (q->step())
        out[q->int64(0)] += q->int64(1);
    return out;
}

Result<QList<ActivityBucket>> activity(Session &s, const ReportScope &r, Granularity g)
{
    return guarded(s.db(), [&]() -> Result<QList<ActivityBucket>> {
        const QString day = QStringLiteral("a.day");
        const QHash<qint64, qint64> counts[4] = {
            grouped(s, r, Activity::ContactsCreated, day, true),
            grouped(s, r, Activity::CompaniesCreated, day, true),
            grouped(s, r, Activity::TasksCreated, day, true),
            grouped(s, r, Activity::TasksDone, day, true)};
        const QDate today = localToday(s);
        QDate from = r.from;
        if (!from.isValid()) { // the first day anything happened
            qint64 first = dayNumber(today);
            for (const auto &c : counts)
                for (auto it = c.cbegin(); it != c.cend(); ++it)
                    first = std::min(first, it.key());
            from = QDate::fromJulianDay(first + kEpochJulianDay);
        }
        const QDate to = r.to.isValid() ? r.to : today.addDays(1);
        QMap<QDate, ActivityBucket> buckets;
        for (QDate d = from; d < to; d = d.addDays(1)) {
            const QDate start = bucketStart(d, g, from);
            ActivityBucket &b = buckets[start];
            b.start = start;
            const qint64 day = dayNumber(d);
            b.contactsCreated += counts[0].value(day);
            b.companiesCreated += counts[1].value(day);
            b.tasksCreated += counts[2].value(day);
            b.tasksDone += counts[3].value(day);
        }
        return buckets.values();
    });
}

} // namespace Voronka::Core::Analytics
