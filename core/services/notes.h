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
// a card's timeline, editing one's own note and pinning. Writes are one Change each, with
// history on the note and the sync outbox.
class Notes
{
public:
    explicit Notes(Session &s)
        : m_s(s)
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

private:
    Result<NoteInfo> readable(qint64 noteId, PermAction action);

    Session &m_s;
};

} // namespace Voronka::Core
