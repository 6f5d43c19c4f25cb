// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "search.h"

#include "core/search/searchindex.h"
#include "core/services/session.h"
#include "core/util/text.h"

#include <QSet>

namespace Voronka::Core {

namespace {
// How many index candidates one query inspects at most before giving up on filling the page:
// bounds the cost for a user who may view only a small share of a large base.
constexpr int kMaxCandidates = 4000;

QStringList tokens(QStringView text)
{
    QStringList out;
    QString cur;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            cur.append(c.toLower());
        } else if (!cur.isEmpty()) {
            out << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        out << cur;
    return out;
}
} // namespace

QString Search::matchExpression(QStringView text)
{
    QStringList words = tokens(text);
    int chars = 0;
    bool letters = false;
    for (const QString &w : std::as_const(words)) {
        chars += int(w.size());
        for (QChar c : w)
            letters = letters || c.isLetter();
    }
    if (chars < kMinChars)
        return {};
    if (!letters) // a phone number typed with spaces, dashes or brackets, in any national form
        words = QStringList{Text::phoneQuery(words.join(QString()))};
    QStringList parts;
    for (const QString &w : std::as_const(words))
        parts << u'"' + w + QStringLiteral("\"*");
    return parts.join(QStringLiteral(" AND "));
}

bool Search::collect(const QString &match, EntityKind only, Tier tier, int limit,
                     QList<SearchHit> &out)
{
    const bool nameTier = tier == Tier::Name;
    QSet<qint64> seen;
    for (const auto &h : std::as_const(out))
        seen.insert(SearchIndex::rowidFor(h.kind, h.id));
    const QString columns = tier == Tier::Name     ? QStringLiteral("name")
                            : tier == Tier::Phones ? QStringLiteral("phones")
                                                   : QStringLiteral("phones emails company extra");
    const QString expr = QStringLiteral("{%1} : (%2)").arg(columns, match);
    // In id order on both backends (FTS5's own order; PostgreSQL has none of its own), and no
    // more rows than the loop below may read: PostgreSQL sends a result whole.
    Query q =
        m_s.sql().prepare("SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY rowid LIMIT ?2");
    q->bind(1, expr);
    q->bind(2, qint64(kMaxCandidates) + 1);
    Query contact = m_s.sql().prepare(
        "SELECT c.name, c.responsible_id, c.deleted, coalesce(co.name, json_extract(c.phones, "
        "'$[0]'), json_extract(c.emails, '$[0]')) FROM contacts c LEFT JOIN companies co ON "
        "co.id = c.company_id WHERE c.id = ?1");
    Query company = m_s.sql().prepare(
        "SELECT name, responsible_id, deleted, coalesce(json_extract(phones, '$[0]'), "
        "json_extract(emails, '$[0]'), website) FROM companies WHERE id = ?1");
    Query deal = m_s.sql().prepare(
        "SELECT d.name, d.responsible_id, d.deleted, s.name || coalesce(' \u00B7 ' || co.name, "
        "''), "
        "d.pipeline_id "
        "FROM deals d JOIN stages s ON s.id = d.stage_id LEFT JOIN companies co ON co.id = "
        "d.company_id WHERE d.id = ?1");
    int scanned = 0;
    while (out.size() < limit && q->step()) {
        if (++scanned > kMaxCandidates)
            break;
        const qint64 rowid = q->int64(0);
        const EntityKind kind = SearchIndex::kindOfRowid(rowid);
        if ((only != EntityKind::None && kind != only) || seen.contains(rowid))
            continue;
        const qint64 id = SearchIndex::idOfRowid(rowid);
        Statement *st = kind == EntityKind::Contact   ? &*contact
                        : kind == EntityKind::Company ? &*company
                                                      : &*deal;
        st->reset();
        st->bind(1, id);
        if (!st->step() || st->int64(2) != 0)
            continue;
        const PermEntity pe = kind == EntityKind::Contact   ? PermEntity::Contact
                              : kind == EntityKind::Company ? PermEntity::Company
                                                            : PermEntity::Deal;
        if (!Permissions::can(m_s.principal(), pe, PermAction::View,
                              m_s.ownershipOf(st->int64(1), st == &*deal ? st->int64(4) : 0)))
            continue;
        out << SearchHit{kind, id, st->text(0), st->text(3), nameTier};
        seen.insert(rowid);
    }
    return scanned <= kMaxCandidates;
}

Result<QList<SearchHit>> Search::find(const QString &text, int limit, EntityKind only)
{
    const QString match = matchExpression(text);
    QList<SearchHit> out;
    if (match.isEmpty() || limit <= 0)
        return out;
    return guarded(m_s.db(), [&]() -> Result<QList<SearchHit>> {
        // Digits only: a phone number being typed; phones first, then names with digits.
        const bool digitsOnly =
            std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
        if (digitsOnly)
            collect(match, only, Tier::Phones, limit, out);
        if (out.size() < limit)
            collect(match, only, Tier::Name, limit, out);
        if (out.size() < limit)
            collect(match, only, Tier::Other, limit, out);
        return out;
    });
}

} // namespace Voronka::Core
