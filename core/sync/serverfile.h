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
Status init(const QString &store, const QString &from, const QString &adminEmail,
            const QString &password, const Clock &clock);

// Replaces the store with a verified backup (Database::restoreFrom: the current file is kept
// beside it). The restored store gets a new epoch, so clients re-bootstrap and re-push what
// they had acked since the backup, and every token is revoked. Returns the new epoch.
Result<QString> restore(const QString &store, const QString &backup, const Clock &clock);

} // namespace Voronka::Core::Sync::ServerFile
