// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

namespace Voronka::Core {

class Session;

struct DeletedRecord
{
    qint64 id = 0;
    QString name;
    qint64 deletedAt = 0; // ms since epoch
    QString deletedBy;    // the user's name, empty when unknown
    QString detail;       // contacts: company; companies: first phone or email; deals: pipeline
};

struct BinPage
{
    QList<DeletedRecord> rows;
    // Where the next page starts (deletion time, id); 0 when this was the last page.
    qint64 nextAt = 0;
    qint64 nextId = 0;
};

// The recycle bin of deals, contacts and companies: deleted records, newest deletion first, that
// the acting user may view. Restore goes through Records::restore (the delete right); purge is for
// administrators and removes the record with its tags, custom values, notes, history and
// links for good (tasks stay, unlinked).
class RecycleBin
{
public:
    explicit RecycleBin(Session &s)
        : m_s(s)
    {
    }

    Result<BinPage> list(EntityKind kind, int pageSize = 200, qint64 afterAt = 0,
                         qint64 afterId = 0);
    Status restore(EntityKind kind, qint64 id);
    Status purge(EntityKind kind, qint64 id);
    // A replica's copy of a record its user may no longer see (reassigned away, SYNC.md
    // "Permissions on the server"): removed as a purge removes it, wherever it is, but as an
    // applied sync change: no rights checked, no outbox row, nothing in the recycle bin. Tasks
    // too, which the bin does not hold otherwise.
    Status evict(EntityKind kind, qint64 id);

private:
    Session &m_s;
};

} // namespace Voronka::Core
