// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

struct sqlite3;

namespace Voronka::Core::WriteAudit {

// A check the test suites turn on (VORONKA_WRITE_AUDIT=1 in the environment, inherited by
// every program a test starts): an SQLite update hook notes each row of a synced table that a
// transaction changes, the write path notes each record it appends to the outbox, and the
// commit hook stops the process, naming the row, when a synced row changed without an outbox
// row for it in the same transaction. A transaction the write path declares exempt (applying
// a pulled change, a migration) is not checked.
//
// The update hook does not see WITHOUT ROWID tables (tag, contact and custom field links):
// they change only together with their record's own row, which is checked.
bool enabled();
void install(sqlite3 *db);
void uninstall(sqlite3 *db);
// The outbox names this record (table, rowid) in the transaction under way.
void cover(sqlite3 *db, const QString &table, qint64 rowid);
// A set-based outbox statement covers the rows of `table` this transaction changes.
void coverTable(sqlite3 *db, const QString &table);
// The transaction under way writes no outbox by design.
void exempt(sqlite3 *db);
// The synced tables (those sync exchanges): rows of these need an outbox row.
bool isSynced(const char *table);

} // namespace Voronka::Core::WriteAudit
