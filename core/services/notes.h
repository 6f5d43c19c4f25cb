// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/session.h"
#include "core/util/result.h"

namespace Voronka::Core {

struct NoteInfo
{
    qint64 id = 0;
    EntityKind kind = EntityKind::None;
    qint64 entityId = 0;
    QString text;
    bool pinned = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 authorId = 0;
};

// Notes of a deal, contact or company beyond adding them (Records::addNote): reading them for
// a card's timeline, editing one's own note, pinning, and moving notes to another record (a
// merge on another device, applied by sync). Writes are one Change each under the origin
// given, with history on the note and the sync outbox; the rights are those of the origin's
// actor and are checked when the origin checks rights (a pulled change is not checked here:
// the server did).
class Notes
{
public:
    explicit Notes(Session &s, const Origin &origin = {})
        : m_s(s)
        , m_origin(origin)
    {
    }

    Result<NoteInfo> note(qint64 noteId);
    // The record's pinned notes, newest first (shown above the timeline); refused like
    // Records::load when the user may not view the record.
    Result<QList<NoteInfo>> pinned(EntityKind kind, qint64 id);
    // Only the author (or an admin) may edit a note; the text gets the same limits as adding.
    Status edit(qint64 noteId, const QString &text);
    // Whoever may edit the record may pin its notes.
    Status setPinned(qint64 noteId, bool pinned);
    // The note goes to another deal, contact or company: whoever may edit both records.
    Status move(qint64 noteId, EntityKind kind, qint64 id);
    // Sync: the team server no longer gives this note to the replica's user. It leaves the file
    // with its clocks and history, and no outbox row (RecycleBin::evict for records).
    Status evict(qint64 noteId);

private:
    Result<NoteInfo> readable(qint64 noteId, PermAction action);
    bool may(EntityKind kind, qint64 id, PermAction action);
    const Principal &principal();

    Session &m_s;
    Origin m_origin;
    Principal m_otherPrincipal; // the actor's, when it is not the session's user
};

} // namespace Voronka::Core
