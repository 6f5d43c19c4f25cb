// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

namespace Voronka::Bench {

// The duplicate finder's whole-base scan of contacts (Duplicates::scan) next to the same
// grouping done by SQLite: GROUP BY over the normalized phones, emails and name + company,
// then the groups joined in C++.
RowResult benchDuplicateScan(Context &ctx, Actor &actor, const QString &name);

} // namespace Voronka::Bench
