// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/demo/demo.h"

#include <sqlite3.h>

namespace Voronka::Bench {

// The raw side of "demo generation rate": the rows generateDemo writes for `counts`, inserted
// with prepared C-API statements in one transaction into a file made by Database::create.
// Per created record: its row, its custom value, its link rows, its search row and its outbox
// row; per stage move: the UPDATE, the history line, the outbox row and the field clock; per
// task and note: the row, the history line on the deal and the outbox row. Left out: settings
// (users, roles, pipelines; a few dozen rows), tags (10-15% of records) and re-indexing the
// search row on a stage move (the indexed text does not change, so the limit skips it).
void rawDemoInsert(sqlite3 *db, const Core::DemoSummary &counts, quint64 seed, qint64 nowMs);

} // namespace Voronka::Bench
