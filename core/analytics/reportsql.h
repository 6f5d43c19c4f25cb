// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "aggregates.h"
#include "reports.h"

#include <limits>

// The SQL pieces every analytics read shares (internal to core/analytics): the reports on
// analytics_days, the drill on analytics_facts (the same column names) and the activity
// counts on the base tables, so a figure and the list behind it are cut by one definition.
namespace Voronka::Core::Analytics {

// The viewer as the reports see them: the role's analytics scope in place of the deals view
// scope. With `pipelineColumn` the role's per-pipeline caps apply too (a pipeline hidden from
// the viewer stays hidden in its figures); rows without a pipeline (users, tasks) skip them.
QString scopeSql(Session &s, const QString &responsibleColumn, const QString &pipelineColumn = {});

// The responsible or department filter of the scope on a user id column ("1" when none).
QString whoSql(const ReportScope &r, const QString &column);

// Conditions on rows of analytics_days's shape (alias a) for one measure: scope, pipeline
// (the scope's unless given) and, when asked, the period's days.
QString aggregateWhere(Session &s, const ReportScope &r, Aggregates::Measure m, bool period = true,
                       qint64 pipelineId = -1);

// The period as ms bounds for base tables (created_at, at, completed_at).
struct MsRange
{
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
};
MsRange msRange(Session &s, const ReportScope &r);

// The team's local day now (the session's clock, cut at Aggregates::dayOffsetMs).
QDate localToday(Session &s);
// The first day of the bucket of `day` (a week starts on Monday), clipped to `from`: the
// buckets of the summary and of the activity counts alike.
QDate bucketStart(const QDate &day, Granularity g, const QDate &from);

} // namespace Voronka::Core::Analytics
