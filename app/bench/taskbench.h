// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

namespace Voronka::Bench {

// "team grid (users × 30 days)": task counts per (user, day) for the next 30 days through
// Core::TeamGrid vs one hand-written grouped statement over the same index, for the users
// the actor may see tasks of.
// With oneClient, "team grid (one client)": the same grid filtered to one client, the deal,
// contact or company with the most tasks due in the period.
RowResult benchTeamGrid(Context &ctx, Actor &actor, const QString &name, bool oneClient = false);

} // namespace Voronka::Bench
