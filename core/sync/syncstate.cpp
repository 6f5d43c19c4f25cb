// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "syncstate.h"

#include "core/platform/filelock.h"
#include "core/storage/database.h"
#include "core/storage/schema.h"

#include <QFileInfo>

namespace Voronka::Core::Sync {

QString fileIdentity(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const std::optional<Platform::FileId> id = Platform::fileId(absolute);
    if (!id)
        return absolute;
    return QStringLiteral("%1:%2:%3").arg(id->device).arg(id->index).arg(absolute);
}

Result<SyncState> readSyncState(Database &db)
{
    return guarded(db, [&]() -> Result<SyncState> {
        Query q = db.sql().prepare("SELECT server_url, epoch, last_pulled_seq, node_id, "
                                   "server_hlc, permissions_hash FROM sync_state WHERE id = 1");
        SyncState s;
        if (q->step())
            s = SyncState{q->text(0),  q->text(1),  q->int64(2),
                          q->int64(3), q->int64(4), q->text(5)};
        return s;
    });
}

Result<qint64> replicaNode(Database &db)
{
    const QString identity = fileIdentity(db.path());
    return guarded(db, [&]() -> Result<qint64> {
        Transaction t(db.sql());
        Query q = db.sql().prepare(
            "SELECT node_id, node_file, coalesce(server_url, '') FROM sync_state WHERE id = 1");
        if (!q->step())
            return makeError(Error::Code::Corrupt,
                             QStringLiteral("%1: the sync state is missing.").arg(db.path()));
        qint64 node = q->int64(0);
        const QString recorded = q->text(1);
        const bool replica = !q->text(2).isEmpty();
        q->reset();
        if (recorded == identity)
            return node;
        if (replica && !recorded.isEmpty())
            node = Schema::randomNodeId();
        db.sql()
            .prepare("UPDATE sync_state SET node_id = ?1, node_file = ?2 WHERE id = 1")
            ->bindAll(node, identity)
            .run();
        t.commit();
        return node;
    });
}

} // namespace Voronka::Core::Sync
