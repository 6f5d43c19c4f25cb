// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

#include <functional>

namespace Voronka::Bench {

// The deals list (every pipeline, as the Deals page opens in list mode): its first page in
// the default order (newest first), sorted by stage (no index: every deal is ranked) and by
// budget, and its count; next to the same statements (as Voronka ran them, with their bound
// values) replayed on the C API, so the ratio is Voronka's own overhead.
// Only the rows `want` names are measured.
QList<RowResult> benchDealsList(Context &ctx, Actor &actor,
                                const std::function<bool(const QString &)> &want);

} // namespace Voronka::Bench
