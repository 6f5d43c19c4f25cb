// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace Voronka::Core {
class Connection;
}

// A Voronka database on PostgreSQL is made from an SQLite one: the schema by PgSchema's rules,
// and the rows copied over (docs/design/server-postgres.md). The same copy serves a new empty
// store (the rows a fresh file starts with: the admin role, the default pipeline, settings),
// `voronka-server init --pg --from team.voronka` (a team's file moving up to the server) and
// the way back (a PostgreSQL store's backup is a Voronka file).
//
// Why a copy of rows and not the migrations' data steps run again on PostgreSQL: those steps
// are SQLite SQL written against the schema of their own version, and each runs once between
// two migrations; the rows they leave in a new file at the latest version are what matters,
// and an in-memory file made by the migrations has exactly them.
//
// The copy is every table of the desktop schema (the FTS5 table `search` by its rowid, which is
// the PostgreSQL table's `id`; FTS5's own shadow tables are not data) in one transaction,
// batched multi-row INSERTs, with the aggregate triggers off on PostgreSQL while it runs (the
// aggregate tables are copied as they are, and counting the copied rows again would double
// them); afterwards each identity column continues after the largest id copied.
namespace Voronka::Core::PgLoad {

// Facts SQLite keeps in its file header (PRAGMA user_version, application_id) live in this
// table on PostgreSQL: key TEXT, value BIGINT.
inline constexpr char kMetaTable[] = "voronka_meta";

// Makes the desktop schema in pg's current schema (the first of its search_path), which must
// hold no tables, and fills it with the rows of `from` (an SQLite Voronka database; the schema
// is that of from's version, the latest but in tests of upgrades), all in one transaction: nothing
// is left on failure. `extraSchema` runs after the desktop schema: the tables of `from` beyond it
// (a server store's). Throws SqlError (from either side) or std::runtime_error (a construct
// PgSchema cannot translate, a table of `from` that pg lacks).
void create(Connection &pg, Connection &from, const std::vector<std::string> &extraSchema = {});

// Copies every row of a PostgreSQL Voronka database into `to`, a new SQLite database already at
// the latest schema version with no records (its migrations' own rows are replaced), in one
// transaction on each side: pg is read in one snapshot. A table of pg beyond the desktop schema
// (a server's) is made in `to` from its columns and primary key (its other indexes are its
// owner's to make again, as ServerStore::attach does).
void copyToSqlite(Connection &pg, Connection &to);

// Replaces every row of a PostgreSQL Voronka database with the rows of `from` (an SQLite
// Voronka database at the same schema version: a backup), in one transaction, the aggregate
// triggers off as in create(); a table of pg that `from` lacks is left empty, a table of `from`
// that pg lacks is made as its text in `from` says (a server table, whose SQL both take).
void replaceRows(Connection &pg, Connection &from);

// Brings a PostgreSQL Voronka database at an older schema version to the latest by the file
// migrations, in one transaction on pg (nothing changes there on failure): every table of pg's
// schema is locked, the desktop tables' rows are copied into `file` (a new SQLite Voronka
// database at pg's version, as the migrations make it, with no records), `migrate` runs the
// file migrations on it up to the latest version, the desktop schema's objects on pg (tables
// with their indexes and triggers, views, functions) are replaced by PgSchema's latest and the
// file's rows copied back, the aggregate triggers off as in create(). Tables beyond the desktop
// schema (the server's) are left as they are, rows and all. False when pg is at the latest
// version already (another program upgraded it meanwhile). Throws as create() does, and
// std::runtime_error when pg is at another version than `file` or lacks one of its tables.
bool upgrade(Connection &pg, Connection &file, const std::function<void()> &migrate);

// Copies the rows `select` reads from `from` into `table`(columns) of `to` (either backend to
// either), in multi-row INSERTs, inside the callers' transactions.
void copyRows(Connection &from, const QString &select, Connection &to, const QString &table,
              const QStringList &columns);

// The tables of pg's current schema; 0 for a schema with none.
int tableCount(Connection &pg);

} // namespace Voronka::Core::PgLoad
