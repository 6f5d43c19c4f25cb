// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/analytics/reports.h"

namespace Voronka::Core {

// The deals behind a number of a report: what a click on a bar, a tile or a table cell opens
// as the deals list. Each kind reads the deals' contributions (view analytics_facts) with the
// very conditions the report summed from analytics_days, so the list holds exactly the deals
// the number counted — the same scope, analytics right, pipeline caps, responsible or
// department, days, and the scope's tags and source.
struct Drill
{
    enum class What {
        Created,         // created in the period (the funnel's cohort)
        Won,             // won in the period
        Lost,            // lost in the period (with reasonId: for that reason)
        Reached,         // of the period's cohort, got at least as far as stageId
        Entered,         // entered stageId during the period
        Open,            // open now (with stageId: in that stage)
        Forecast,        // open, expected to close in the period; without a date with noCloseDate
        WithoutOpenTask, // open now in the pipeline with no open task
    };
    What what = What::Created;
    qint64 stageId = 0;   // Reached, Entered, Open: 0 for any stage
    qint64 reasonId = -1; // Lost: -1 any reason, 0 none given
    bool noCloseDate = false;
};

namespace Analytics {

// The deal ids behind `drill` under `scope`, newest first. Reads the base tables (a pass over
// the deals the conditions select), so the UI runs it off its thread; `report` is asked after
// each 4096 rows and stops the read when it returns false.
Result<QList<qint64>> drill(Session &s, const ReportScope &scope, const Drill &drill,
                            const std::function<bool(qint64 done)> &report = {});

} // namespace Analytics
} // namespace Voronka::Core
