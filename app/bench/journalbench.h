// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

namespace Voronka::Bench {

// "journal first page": the newest 100 entries of the administrators' journal (history and
// sign-ins merged by time, with record and user names) through Core::Journal, next to one
// hand-written statement that merges the two newest-first walks and names the rows with
// correlated lookups. "journal first page (contacts)": the same filtered to contacts, a kind
// with few history rows in the demo files (their history is nearly all deals).
QList<RowResult> benchJournal(Context &ctx, Actor &actor);

} // namespace Voronka::Bench
