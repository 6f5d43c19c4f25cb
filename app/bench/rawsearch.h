// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "rawdb.h"

#include <QString>

#include <string>
#include <vector>

namespace Voronka::Bench {

// The raw twin of Search::find (core/search/search.cpp): the name tier, then the other
// columns, each an FTS5 prefix query stepped only until the page is full, with the same row
// look-ups, tombstone and permission checks and the same candidate cap. Reading the hits'
// text is part of the work, so it reads them too.
class RawSearch
{
public:
    RawSearch(sqlite3 *db, const RawAccess &access);

    struct Query
    {
        std::string phoneTier, nameTier, otherTiers; // complete MATCH expressions
    };
    // Built before timing: a hand-written raw caller would have its strings ready.
    static Query queryFor(const QString &prefix);
    // A phone number typed as digits with dashes: phones first, as Search::find does.
    static Query phoneQueryFor(const QString &typed);

    // A checksum of the hits in order (see hitChecksum).
    qint64 find(const Query &q, int limit);

private:
    void collect(const std::string &expr, int limit);

    const RawAccess &m_access;
    RawStmt m_fts, m_contact, m_company, m_deal;
    std::vector<sqlite3_int64> m_hits; // rowids, in result order
    sqlite3_int64 m_textBytes = 0;
};

// Order-sensitive: the sides must agree on the list, not just on its contents.
inline qint64 hitChecksum(qint64 sum, qint64 rowid)
{
    return sum * 1000003 + rowid;
}

} // namespace Voronka::Bench
