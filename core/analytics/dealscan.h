// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "aggregates.h"
#include "reports.h"

namespace Voronka::Core {

class Session;

namespace Analytics {

// The scope's deal filters (tags, source) as a condition on a deal id column; empty: none.
QString dealFilterSql(const ReportScope &r, const QString &dealIdColumn);

// Where a report reads its rows of analytics_days's shape: the aggregates, or, for a scope
// that filters deals (ReportScope::filtersDeals), a temporary table filled from the base
// tables (the view analytics_facts, the aggregates' own definition) for the matching deals
// only. The report's own conditions
// (period, pipeline, responsible, permissions) then apply to either alike, so both give the same
// numbers for the same deals.
class FactSource
{
public:
    explicit FactSource(Session &s);
    ~FactSource(); // empties the temporary table
    FactSource(const FactSource &) = delete;
    FactSource &operator=(const FactSource &) = delete;

    // Fills the temporary table when the scope filters deals, reporting progress by chunks of
    // deals; an Error of code Cancelled when progress returns false. Without filters: nothing.
    // Only the facts of `measures` are read (the report's own: a branch of analytics_facts
    // left out costs nothing), and only those of the scope's pipeline, and with `inPeriod` of
    // its period: every reader filters by them anyway (aggregateWhere), and the conditions
    // reach into each branch of the view, so a deal of another pipeline or a fact of another
    // year costs no history lookups.
    enum class Days { Any, InPeriod };
    Status open(const ReportScope &r, const Progress &progress,
                const QList<Aggregates::Measure> &measures, Days days = Days::Any);

    // The table (or subquery) of the aggregate rows.
    QString days() const;

private:
    Session &m_s;
    bool m_scanned = false;
};

} // namespace Analytics
} // namespace Voronka::Core
