// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "rawsearch.h"

#include "core/util/text.h"

#include <algorithm>

namespace Voronka::Bench {

namespace {
// As core/search/search.cpp: how many candidates one tier inspects at most.
constexpr int kMaxCandidates = 4000;
} // namespace

RawSearch::RawSearch(sqlite3 *db, const RawAccess &access)
    : m_access(access)
    , m_fts(db, "SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY rowid LIMIT ?2")
    , m_contact(db, "SELECT c.name, c.responsible_id, c.deleted, coalesce(co.name, "
                    "json_extract(c.phones, '$[0]'), json_extract(c.emails, '$[0]')) FROM "
                    "contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?1")
    , m_company(db, "SELECT name, responsible_id, deleted, coalesce(json_extract(phones, "
                    "'$[0]'), json_extract(emails, '$[0]'), website) FROM companies WHERE id = ?1")
    , m_deal(db, "SELECT d.name, d.responsible_id, d.deleted, s.name || coalesce(' \u00B7 ' || "
                 "co.name, '') FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN "
                 "companies co ON co.id = d.company_id WHERE d.id = ?1")
{
}

RawSearch::Query RawSearch::queryFor(const QString &prefix)
{
    // One word of letters: Search::matchExpression gives exactly `"word"*`.
    const std::string word = cat("\"", prefix.toStdString(), "\"*");
    return Query{
        {}, cat("{name} : (", word, ")"), cat("{phones emails company extra} : (", word, ")")};
}

RawSearch::Query RawSearch::phoneQueryFor(const QString &typed)
{
    // Digits only, their last ten: Search::matchExpression gives exactly `"digits"*`.
    const std::string word = cat("\"", Core::Text::phoneQuery(typed).toStdString(), "\"*");
    return Query{cat("{phones} : (", word, ")"), cat("{name} : (", word, ")"),
                 cat("{phones emails company extra} : (", word, ")")};
}

void RawSearch::collect(const std::string &expr, int limit)
{
    m_fts.bind(1, std::string_view(expr));
    m_fts.bind(2, sqlite3_int64(kMaxCandidates) + 1);
    int scanned = 0;
    while (int(m_hits.size()) < limit && m_fts.step()) {
        if (++scanned > kMaxCandidates)
            break;
        const sqlite3_int64 rowid = m_fts.int64(0);
        if (std::find(m_hits.begin(), m_hits.end(), rowid) != m_hits.end())
            continue;
        const int kind = int(rowid % 4); // 1 deal, 2 contact, 3 company
        RawStmt &look = kind == 2 ? m_contact : kind == 3 ? m_company : m_deal;
        const Core::PermEntity pe = kind == 2   ? Core::PermEntity::Contact
                                    : kind == 3 ? Core::PermEntity::Company
                                                : Core::PermEntity::Deal;
        look.bind(1, rowid / 4);
        if (look.step() && look.int64(2) == 0 && m_access.canView(pe, look.int64(1))) {
            m_textBytes += sqlite3_int64(look.text(0).size() + look.text(3).size());
            m_hits.push_back(rowid);
        }
        look.reset();
    }
    m_fts.reset();
}

qint64 RawSearch::find(const Query &q, int limit)
{
    m_hits.clear();
    if (!q.phoneTier.empty())
        collect(q.phoneTier, limit);
    if (int(m_hits.size()) < limit)
        collect(q.nameTier, limit);
    if (int(m_hits.size()) < limit)
        collect(q.otherTiers, limit);
    qint64 sum = 0;
    for (sqlite3_int64 r : m_hits)
        sum = hitChecksum(sum, r);
    return sum;
}

} // namespace Voronka::Bench
