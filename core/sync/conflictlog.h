// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/sync/syncclient.h"
#include "core/util/result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QVariant>

namespace Voronka::Core {
class Session;
}

// What a replica's user is shown of sync's losses (SYNC.md "Conflicts per field kind"): each
// conflict_log entry not seen yet — a field where a concurrent edit won over this user's, or a
// value the server refused (then the refused outbox row's reason comes with it) — with the
// values in the write path's form, and the two answers the user has: keep mine (the value is
// written again as a new edit of this user, so it goes out with a later clock and wins) or
// accept (the entry is marked seen). The counts the status item shows are read here too, from
// the file alone, without a server.
namespace Voronka::Core::Sync {

struct ConflictEntry
{
    qint64 id = 0; // conflict_log id
    EntityKind kind = EntityKind::None;
    qint64 entityId = 0;
    // Empty when the record is no longer in this file. A note's is its text, also when the
    // note is gone (refused when it was added) but the record it belonged to is here: keeping
    // it adds it there again.
    QString recordName;
    QString field;    // the write path's name: "amount", "stage_id", "cf.12", "deleted"
    QVariant mine;    // in Records::load()'s form; invalid when it cannot be read back
    QVariant winning; // the same; invalid when the server gave no value (a refusal)
    bool refused = false;
    QString reason; // the server's reason for a refusal
    qint64 byId = 0; // who wrote the winning value; 0: not known here (the client learns the
                     // value, not its author)
    qint64 at = 0;   // ms since the epoch
};

class ConflictLog
{
public:
    explicit ConflictLog(Session &s)
        : m_s(s)
    {
    }

    // The entries of the session's user not seen yet, newest first.
    Result<QList<ConflictEntry>> unseen();
    Status accept(qint64 entryId);
    // Writes the entry's local value again through Records as the session's user (the write
    // path's rights and rules apply; a record no longer here is NotFound), then marks it seen.
    // A note's goes through Notes (its text, pin or record); a note the server refused when it
    // was added, and so no longer here, is added again to its record with its text, and every
    // entry of it is marked seen.
    Status keepMine(qint64 entryId);
    // pending, rejected, conflicts and the last sync time, as SyncClient::status() counts them.
    Result<SyncStatus> counts();

private:
    Result<ConflictEntry> entry(qint64 entryId);
    // What the log holds of one note: its uid, the id it has here (0: gone) and the latest
    // values of this user's entries not seen yet, by field.
    struct NoteLog
    {
        QString uid;
        qint64 id = 0;
        QHash<QString, QJsonValue> mine;
        EntityKind parentKind = EntityKind::None;
        qint64 parentId = 0; // the record it belonged to, when this file has it
        QString text;        // its text here, else the one the log has
    };
    Result<NoteLog> noteLog(qint64 entryId);
    Status keepMineOfNote(const ConflictEntry &e);
    Session &m_s;
};

} // namespace Voronka::Core::Sync
