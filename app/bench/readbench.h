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
RowResult benchSearch(Context &ctx, Actor &actor, const QString &name, const QStringList &prefixes);

} // namespace Voronka::Bench
