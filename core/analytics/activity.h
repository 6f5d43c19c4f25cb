// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/analytics/reports.h"

namespace Voronka::Core {

// The summary's other rows: contacts and companies created, tasks created and done, per day,
// week or month. The aggregates hold deals only, so these are counted from the base tables
// (one grouped pass over each table's period), kept to the viewer's analytics scope and the
// responsible or department of the report.
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

} // namespace Analytics
} // namespace Voronka::Core
