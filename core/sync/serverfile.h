// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QString>

namespace Voronka::Core {
class Clock;
}

// The team server's store file as an operator handles it (voronka-server init, backup,
// restore). The store is a Voronka database with the server tables (serverstore.h,
// serverauth.h), so backups are Database::backupTo's consistent copies.
namespace Voronka::Core::Sync::ServerFile {

// A new store at `store` (which must not exist): an empty database with its administrator,
// or, with `from`, a consistent copy of a team's Voronka file, whose administrator `adminEmail`
// proves the copy is theirs with their password. Nothing is left at `store` on failure.
//
// On PostgreSQL (`store` a postgresql:// URI) the store is made in the database's current
// schema (the first of the URI's search_path), which must hold no tables. `from` may also be a
// server's SQLite store: its server tables come along with their rows (same epoch and seq,
// tokens), so the replicas syncing with it go on without a new bootstrap. `from` is only read: the
// password is checked against it, read-only, before anything is made, and once more on the new
// store, as on a file. On a failure after the store was made, every table, view, function, type and
// collation init made in the schema is dropped again.
Status init(const QString &store, const QString &from, const QString &adminEmail,
            const QString &password, const Clock &clock);

// Connects once to the PostgreSQL database a postgresql:// store names and says plainly why it
// cannot: the server's own words (a refused connection, a wrong password, a missing database),
// or a search_path naming no schema. The URI is shown without its password.
Status reach(const QString &uri);

// A libpq connection string as a postgresql:// URI: a URI is returned as it is; a key=value
// string ("host=db.lan dbname=voronka user=crm", values in single quotes when they hold spaces)
// becomes the URI with the same parameters. Invalid, naming the offending part, otherwise.
Result<QString> postgresUri(const QString &conninfo);

// Replaces the store with a verified backup (Database::restoreFrom: the current file is kept
// beside it). The restored store gets a new epoch, so clients re-bootstrap and re-push what
// they had acked since the backup, and every token is revoked. Returns the new epoch.
Result<QString> restore(const QString &store, const QString &backup, const Clock &clock);

} // namespace Voronka::Core::Sync::ServerFile
