// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

namespace Voronka::Bench {

// "role preview (own)" and "role preview (department)": Admin::preview, the counts of deals,
// contacts, companies and tasks a draft role lets a manager see (as the Roles page shows them
// while the admin edits), next to the four raw count statements with the same predicates.
QList<RowResult> benchRolePreview(Context &ctx, Actor &admin, Actor &manager);

} // namespace Voronka::Bench
