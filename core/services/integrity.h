// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QList>
#include <QPair>
#include <QStringList>

namespace Voronka::Core {

class Database;

namespace Integrity {

// Counts of live records per entity (key, count), plus history, outbox and deleted rows.
Result<QList<QPair<QString, qint64>>> stats(Database &db);

// Every invariant the write path keeps: SQLite's own structure check, references that
// point at existing rows, deals in a stage of their own pipeline, Won/Lost in every pipeline,
// outbox rows for every unsynced record, the search index matching the records, and (unless
// quick) the analytics aggregates matching a full recomputation. Returns
// the problems found, each naming the table and rows; empty means consistent.
// On a file open read-only, the search index's own check (a write) is left out: see
// checkSearchIndex.
Result<QStringList> check(Database &db, bool quick = false);
// FTS5's own check of the search index; it needs the file open for writing.
Result<QStringList> checkSearchIndex(Database &db);

} // namespace Integrity
} // namespace Voronka::Core
