// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

namespace Voronka::Bench {

// The analytics rows: each report read from the aggregates (Core::Analytics) against the raw
// SQL doing the same aggregation over the base tables (deals, stages, history), as a report
// without aggregates would have to: funnel (biggest pipeline, this year), funnel (one
// manager, last month), per-manager won/lost, summary by week, dashboard open. The checksums
// compare the counts both sides produce.
QList<RowResult> benchAnalytics(Context &ctx, const std::function<bool(const QString &)> &want);

} // namespace Voronka::Bench
