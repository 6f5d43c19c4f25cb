// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QString>

namespace Voronka::Core {
class Database;
}

namespace Voronka::Core::Sync {

// A replica's sync bookkeeping: the one sync_state row (schema v12, SYNC.md "Client tables").
struct SyncState
{
    QString serverUrl; // empty: the file is not a server's replica
    QString epoch;
    qint64 lastPulledSeq = 0;
    qint64 nodeId = 0;
    qint64 serverHlc = 0;
    QString permissionsHash;
};

// What names this file on this machine: device, inode and absolute path. A copy, a restore
// from a backup or a move gives another identity; reopening the same file gives the same one.
QString fileIdentity(const QString &path);

Result<SyncState> readSyncState(Database &db);

// The node this replica writes as. Why it is not the meta "node_id" the file already has:
// that one is kept for ever and travels with a copy, so two copies of a replica would stamp
// the same node and their equal clocks could not be told apart. The sync node is recorded
// with the file's identity instead and, once the file is a replica (server url set), taken
// anew when the identity differs: the copy writes as a new node, the original keeps its own.
// A file that is no replica only records the identity: a shared file opened from several
// machines under different paths must not churn its node.
Result<qint64> replicaNode(Database &db);

} // namespace Voronka::Core::Sync
