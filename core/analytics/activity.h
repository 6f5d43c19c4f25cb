// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/analytics/aggregates.h"
#include "core/analytics/reports.h"

#include <QHash>

namespace Voronka::Core {

// The summary's other rows: contacts and companies created, tasks created and done, per day,
// week or month, read from analytics_activity (schema v13) and kept to the viewer's analytics
// scope and the responsible or department of the report.
struct ActivityBucket
{
    QDate start; // as SummaryBucket::start: the bucket's first day, clipped to scope.from
    qint64 contactsCreated = 0;
    qint64 companiesCreated = 0;
    qint64 tasksCreated = 0;
    qint64 tasksDone = 0;
};

namespace Analytics {

// The buckets of the period in order, the same starts as summary() gives for it.
Result<QList<ActivityBucket>> activity(Session &s, const ReportScope &scope, Granularity g);

// Person -> count of an activity measure on the scope's days (an invalid bound is open), for
// the people the viewer's analytics right and the scope's responsible or department reach.
// Throws a StorageError as the reads inside guarded() do.
QHash<qint64, qint64> activityByPerson(Session &s, const ReportScope &scope,
                                       Aggregates::Activity measure);
// Person -> open tasks past due now (the session's clock): the days before today from the
// aggregate, today's tasks due before now from the open tasks' index.
QHash<qint64, qint64> overdueByPerson(Session &s, const ReportScope &scope);

} // namespace Analytics
} // namespace Voronka::Core
