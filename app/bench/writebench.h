// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

namespace Voronka::Bench {

// One deal's budget changed through Records::update vs the same change written with the C
// API in one BEGIN IMMEDIATE transaction. Writes to the file; the budgets are put back
// through Records afterwards, so the file stays a consistent demo.
RowResult benchDealUpdate(Context &ctx);

} // namespace Voronka::Bench
