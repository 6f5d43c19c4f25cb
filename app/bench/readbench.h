// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

namespace Voronka::Bench {

// The raw SQL of the contacts list and its count, written out for the acting user.
std::string rawContactsPageSql(const RawAccess &a);
std::string rawContactsCountSql(const RawAccess &a);

// The read rows: opening the file, the contacts list and its count, global search.
RowResult benchOpen(Context &ctx);
RowResult benchContactsPage(Context &ctx, Actor &actor, const QString &name);
RowResult benchContactsCount(Context &ctx, Actor &actor, const QString &name);
// The contacts list narrowed or sorted by what the list's filters offer: a birthday range
// (first page and count), a custom-field sort, a creation-period count.
QList<RowResult> benchContactsFiltered(Context &ctx, Actor &actor);
// Global search for each of `prefixes`; with `phones`, they are phone endings typed with dashes.
RowResult benchSearch(Context &ctx, Actor &actor, const QString &name, const QStringList &prefixes,
                      bool phones = false);

} // namespace Voronka::Bench
