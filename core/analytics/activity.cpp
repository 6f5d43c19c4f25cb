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
constexpr qint64 kDayMs = 86400000;
constexpr qint64 kEpochJulianDay = 2440588;

// day -> count of rows of `table` whose `timeColumn` falls in the period.
QHash<qint64, qint64> perDay(Session &s, const ReportScope &r, const QString &table,
                             const QString &timeColumn, const QString &extra = {})
{
    const qint64 offset = Aggregates::dayOffsetMs(s.db());
    const MsRange range = msRange(s, r);
    const QString who = QStringLiteral("t.responsible_id");
    Query q = s.sql().prepare(
        QStringLiteral("SELECT (t.%1 + ?3) / %2, count(*) FROM %3 t WHERE t.deleted = 0 AND "
                       "t.%1 >= ?1 AND t.%1 < ?2 AND %4 AND %5%6 GROUP BY 1")
            .arg(timeColumn)
            .arg(kDayMs)
            .arg(table, scopeSql(s, who), whoSql(r, who), extra));
    q->bindAll(range.from, range.to, offset);
    QHash<qint64, qint64> out;
    while (q->step())
        out.insert(q->int64(0), q->int64(1));
    return out;
}
} // namespace

Result<QList<ActivityBucket>> activity(Session &s, const ReportScope &r, Granularity g)
{
    return guarded(s.db(), [&]() -> Result<QList<ActivityBucket>> {
        const QHash<qint64, qint64> counts[4] = {
            perDay(s, r, QStringLiteral("contacts"), QStringLiteral("created_at")),
            perDay(s, r, QStringLiteral("companies"), QStringLiteral("created_at")),
            perDay(s, r, QStringLiteral("tasks"), QStringLiteral("created_at")),
            perDay(s, r, QStringLiteral("tasks"), QStringLiteral("completed_at"),
                   QStringLiteral(" AND t.status = 1"))};
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
