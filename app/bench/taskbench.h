// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

namespace Voronka::Bench {

// "team grid (users × 30 days)": task counts per (user, day) for the next 30 days through
// Core::TeamGrid vs one hand-written grouped statement over the same index, for the users
// the actor may see tasks of.
// "team grid (one client)": the same grid filtered to one client, the deal, contact or
// company with the most tasks due in the period; "team grid (one company)": to the company
// with the most deals, whose grid counts its own, its contacts' and its deals' tasks.
enum class GridClient { None, BusiestRecord, BiggestCompany };
RowResult benchTeamGrid(Context &ctx, Actor &actor, const QString &name,
                        GridClient client = GridClient::None);

} // namespace Voronka::Bench
