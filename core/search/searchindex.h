// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

namespace Voronka::Core {

class Session;

// Keeps the FTS5 `search` table in step with deals, contacts and companies. Only the write
// path calls it, inside its transaction, so the index is never stale after a commit.
namespace SearchIndex {

inline bool indexed(EntityKind k)
{
    return k == EntityKind::Deal || k == EntityKind::Contact || k == EntityKind::Company;
}
inline qint64 rowidFor(EntityKind k, qint64 id)
{
    return id * 4 + int(k);
}
inline EntityKind kindOfRowid(qint64 rowid)
{
    return EntityKind(int(rowid % 4));
}
inline qint64 idOfRowid(qint64 rowid)
{
    return rowid / 4;
}

void reindex(Session &s, EntityKind kind, qint64 id); // also removes deleted records
// The same for many records at once: `ids` names a table (a temporary one) with their ids in
// column `id`; one read of all of them, then their index rows.
void reindexEach(Session &s, EntityKind kind, const QString &ids);
// Whether a change of these fields (Patch keys) changes the record's indexed text: a stage
// move or a budget edit must not pay for rewriting the index.
bool affects(Session &s, EntityKind kind, const QStringList &fields);
void remove(Session &s, EntityKind kind, qint64 id);
// A company's name is indexed with its contacts and deals.
void reindexCompanyDependents(Session &s, qint64 companyId);
// Rebuilds the whole index (the `check --repair` path and bulk loads).
void rebuild(Session &s);

} // namespace SearchIndex
} // namespace Voronka::Core
