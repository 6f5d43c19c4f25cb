// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Voronka::Core {
class Database;
}

// The seed: a Voronka database file holding the team's configuration and no record, which a
// new replica starts from (GET /v1/sync/seed) and which later refreshes a replica's settings
// tables when an admin changed them on the server.
//
// Made on the server in one read transaction of the store (one snapshot), copied row by row
// into a new file made by Database::create, so the seed has exactly this build's schema and
// nothing of the store that is not listed here: no record, note, history, field clock,
// outbox, search row, aggregate, sign-in or server_* table ever enters it. The rows keep their
// integer ids: the replica's users, roles, stages, fields... have the same local ids as on the
// server. The wire names them by uid (wirevalues.h) and would line up anyway; equal ids are
// what lets a refresh be an update by id, keeps references between settings rows (a user's
// role and department, a stage's pipeline, a goal's user) right without remapping, and let
// an admin read the same id on both sides.
//
// Passwords: every hash is blanked except the requesting user's own, which lets that user
// sign in to the replica offline and tells them nothing they do not know. Other users cannot
// sign in to that replica (a null hash never verifies).
namespace Voronka::Core::Sync::Seed {

// The configuration tables a seed carries, in copy order.
const QStringList &seededTables();
// Those a refresh overwrites on a replica: the ones only an administrator changes, online on
// the server (SYNC.md "Permissions on the server"): departments, roles, users, pipelines,
// stages, field definitions, task types, loss reasons, stage automations and the file's
// options. Tags and goals are not: a replica creates tags as records need them and a head
// sets goals, so their local ids part from the server's once the replica lives (tags travel
// by name on the wire).
const QStringList &refreshedTables();

// A seed is refused over this size: a team's configuration is kilobytes; more means a
// mistake, not something to send.
inline constexpr qint64 kMaxBytes = 32 * 1024 * 1024;

// The store's meta settings_version (bumped by every change to a settings row).
Result<qint64> settingsVersion(Database &store);

// The seed file's bytes for `userId`, made in `workDir` (left empty).
Result<QByteArray> make(Database &store, qint64 userId, const QString &workDir);

// Overwrites the replica's refreshedTables() with the seed file's rows in one transaction:
// rows updated by id, new ones inserted, ones the seed lacks removed (a settings row made on
// the replica itself does not survive: those tables belong to the server); a user's local password
// hash is kept where the seed has none. Records are left alone. The replica's meta
// settings_version is bumped so every open session reloads its caches and rights, and
// "sync_settings_version" records the server's. A seed row that collides with another local
// row on a unique name (two users swapping emails at once) fails the whole refresh, which
// then leaves everything as it was.
Status refresh(Database &replica, const QString &seedPath);

} // namespace Voronka::Core::Sync::Seed
