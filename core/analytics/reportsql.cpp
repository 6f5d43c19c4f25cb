// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportsql.h"

#include "core/permissions/permissions.h"
#include "core/services/session.h"
#include "core/storage/database.h"

#include <QStringList>

namespace Voronka::Core::Analytics {

namespace {
constexpr qint64 kDayMs = 86400000;
constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
} // namespace

QString scopeSql(Session &s, const QString &responsibleColumn, const QString &pipelineColumn)
{
    Principal p = s.principal();
    p.matrix.set(PermEntity::Deal, PermAction::View, p.analytics);
    if (pipelineColumn.isEmpty())
        p.pipelineCaps.clear();
    return Permissions::sqlPredicate(p, PermEntity::Deal, PermAction::View, responsibleColumn,
                                     pipelineColumn);
}

QString whoSql(const ReportScope &r, const QString &column)
{
    if (r.responsibleId)
        return QStringLiteral("%1 = %2").arg(column).arg(r.responsibleId);
    if (r.departmentId)
        return QStringLiteral("%1 IN (SELECT id FROM users WHERE department_id = %2)")
            .arg(column)
            .arg(r.departmentId);
    return QStringLiteral("TRUE");
}

QString aggregateWhere(Session &s, const ReportScope &r, Aggregates::Measure m, bool period,
                       qint64 pipelineId)
{
    QStringList terms{
        QStringLiteral("a.measure = %1").arg(int(m)),
        scopeSql(s, QStringLiteral("a.responsible_id"), QStringLiteral("a.pipeline_id")),
        whoSql(r, QStringLiteral("a.responsible_id"))};
    const qint64 pipeline = pipelineId < 0 ? r.pipelineId : pipelineId;
    if (pipeline)
        terms << QStringLiteral("a.pipeline_id = %1").arg(pipeline);
    if (period && r.from.isValid())
        terms << QStringLiteral("a.day >= %1").arg(dayNumber(r.from));
    if (period && r.to.isValid())
        terms << QStringLiteral("a.day < %1").arg(dayNumber(r.to));
    return terms.join(QLatin1String(" AND "));
}

MsRange msRange(Session &s, const ReportScope &r)
{
    const qint64 offset = Aggregates::dayOffsetMs(s.db());
    MsRange m;
    if (r.from.isValid())
        m.from = dayNumber(r.from) * kDayMs - offset;
    if (r.to.isValid())
        m.to = dayNumber(r.to) * kDayMs - offset;
    return m;
}

QDate localToday(Session &s)
{
    const qint64 local = s.clock().nowMs() + Aggregates::dayOffsetMs(s.db());
    return QDate::fromJulianDay(local / kDayMs + kEpochJulianDay);
}

QDate bucketStart(const QDate &day, Granularity g, const QDate &from)
{
    QDate start = day;
    if (g == Granularity::Week)
        start = day.addDays(1 - day.dayOfWeek());
    else if (g == Granularity::Month)
        start = QDate(day.year(), day.month(), 1);
    return std::max(start, from);
}

} // namespace Voronka::Core::Analytics
