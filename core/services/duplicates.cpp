// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "duplicates.h"

#include "core/search/search.h"
#include "core/search/searchindex.h"
#include "core/services/session.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <bit>
#include <numeric>
#include <vector>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Duplicates)
};

// Different seeds keep a phone and an email with the same text from meeting.
constexpr size_t kPhoneSeed = 0x70686f6e65ULL;
constexpr size_t kEmailSeed = 0x656d61696cULL;
constexpr size_t kNameSeed = 0x6e616d65ULL;

// The strings of a JSON array of strings as stored by the write path (["a","b"]), without a
// JSON document per row: the scan reads two arrays for each of a million rows.
template<typename F> void forEachJsonString(const QByteArray &json, F &&f)
{
    const char *p = json.constData();
    const char *end = p + json.size();
    QByteArray cur;
    while (p < end) {
        if (*p != '"') {
            ++p;
            continue;
        }
        ++p;
        cur.clear();
        while (p < end && *p != '"') {
            if (*p == '\\' && p + 1 < end) {
                ++p;
                cur.append(*p == 'n' ? '\n' : *p == 't' ? '\t' : *p);
            } else {
                cur.append(*p);
            }
            ++p;
        }
        ++p;
        f(cur);
    }
}

QByteArray phoneKeyBytes(const QByteArray &phone)
{
    QByteArray d;
    d.reserve(phone.size());
    for (char c : phone)
        if (c >= '0' && c <= '9')
            d.append(c);
    if (d.size() < 5)
        return {};
    return d.size() > 10 ? d.right(10) : d;
}

QByteArray emailKeyBytes(const QByteArray &email)
{
    const QByteArray t = email.trimmed();
    for (char c : t)
        if (uchar(c) >= 0x80)
            return QString::fromUtf8(t).toLower().toUtf8();
    return t.toLower();
}

struct Key
{
    quint64 hash;
    quint32 index;
    quint32 reason;
    bool operator<(const Key &o) const { return hash < o.hash; }
};

class UnionFind
{
public:
    explicit UnionFind(size_t n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0U);
    }
    quint32 find(quint32 x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }
    void unite(quint32 a, quint32 b)
    {
        a = find(a);
        b = find(b);
        if (a != b)
            m_parent[std::max(a, b)] = std::min(a, b);
    }

private:
    std::vector<quint32> m_parent;
};

PermEntity permOf(EntityKind kind)
{
    return kind == EntityKind::Company ? PermEntity::Company : PermEntity::Contact;
}
} // namespace

QString Duplicates::phoneKey(QStringView phone)
{
    return QString::fromLatin1(phoneKeyBytes(phone.toUtf8()));
}

QString Duplicates::emailKey(QStringView email)
{
    return email.trimmed().toString().toLower();
}

QString Duplicates::nameKey(QStringView name)
{
    QStringList words;
    QString cur;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            c = c.toLower();
            if (c == u'ё')
                c = u'е';
            cur.append(c);
        } else if (!cur.isEmpty()) {
            words << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        words << cur;
    words.sort();
    return words.join(u' ');
}

Result<DuplicateScan> Duplicates::scan(const DuplicateOptions &o, const ScanProgress &progress)
{
    if (o.kind != EntityKind::Contact && o.kind != EntityKind::Company)
        return makeError(Error::Code::Invalid, Tr::tr("Duplicates are found among contacts and "
                                                      "companies."));
    const bool contacts = o.kind == EntityKind::Contact;
    return guarded(m_s.db(), [&]() -> Result<DuplicateScan> {
        const qint64 maxId = m_s.sql().scalar(contacts ? "SELECT max(id) FROM contacts"
                                                       : "SELECT max(id) FROM companies");
        const QString sql =
            QStringLiteral("SELECT r.id, r.name, r.phones, r.emails, %1 FROM %2 r WHERE "
                           "r.deleted = 0 AND %3")
                .arg(contacts ? QStringLiteral("r.company_id") : QStringLiteral("NULL"),
                     entityTable(o.kind),
                     Permissions::sqlPredicate(m_s.principal(), permOf(o.kind), PermAction::View,
                                               QStringLiteral("r.responsible_id")));
        Query q = m_s.sql().prepare(sql);
        std::vector<qint64> ids;
        std::vector<Key> keys;
        DuplicateScan out;
        if (progress && !progress(0, maxId)) {
            out.cancelled = true;
            return out;
        }
        while (q->step()) {
            const qint64 id = q->int64(0);
            const auto index = quint32(ids.size());
            ids.push_back(id);
            if (o.phones)
                forEachJsonString(q->blob(2), [&](const QByteArray &s) {
                    const QByteArray k = phoneKeyBytes(s);
                    if (!k.isEmpty())
                        keys.push_back({qHash(k, kPhoneSeed), index, SamePhone});
                });
            if (o.emails)
                forEachJsonString(q->blob(3), [&](const QByteArray &s) {
                    const QByteArray k = emailKeyBytes(s);
                    if (!k.isEmpty())
                        keys.push_back({qHash(k, kEmailSeed), index, SameEmail});
                });
            if (o.names) {
                const qint64 company = o.nameNeedsSameCompany ? q->int64(4) : 0;
                if (!contacts || !o.nameNeedsSameCompany || company != 0) {
                    const QString k = nameKey(q->text(1));
                    if (!k.isEmpty())
                        keys.push_back(
                            {quint64(qHashMulti(kNameSeed, k, company)), index, SimilarName});
                }
            }
            if ((ids.size() & 0x3fff) == 0 && progress && !progress(id, maxId)) {
                out.cancelled = true;
                return out;
            }
        }
        out.scanned = qint64(ids.size());
        std::sort(keys.begin(), keys.end());
        UnionFind uf(ids.size());
        std::vector<quint8> reasons(ids.size(), 0);
        std::vector<bool> grouped(ids.size(), false);
        for (size_t i = 0; i < keys.size();) {
            size_t j = i + 1;
            while (j < keys.size() && keys[j].hash == keys[i].hash)
                ++j;
            // The same key twice on one record (a phone typed twice) is not a duplicate.
            for (size_t k = i + 1; k < j; ++k)
                if (keys[k].index != keys[i].index) {
                    uf.unite(keys[i].index, keys[k].index);
                    grouped[keys[i].index] = grouped[keys[k].index] = true;
                    reasons[keys[k].index] |= quint8(keys[k].reason);
                    reasons[keys[i].index] |= quint8(keys[i].reason);
                }
            i = j;
        }
        std::vector<Key>().swap(keys);
        QHash<quint32, int> groupOfRoot;
        for (quint32 i = 0; i < ids.size(); ++i) {
            if (!grouped[i])
                continue;
            const quint32 root = uf.find(i);
            auto it = groupOfRoot.find(root);
            if (it == groupOfRoot.end()) {
                it = groupOfRoot.insert(root, int(out.groups.size()));
                out.groups.append(DuplicateGroup{});
            }
            DuplicateGroup &g = out.groups[*it];
            g.ids.append(ids[i]);
            g.reasons |= reasons[i];
        }
        for (DuplicateGroup &g : out.groups)
            std::sort(g.ids.begin(), g.ids.end());
        // The surest groups first: more reasons, then a phone before an email before a name;
        // among equals the group with the oldest record.
        const auto strength = [](int r) {
            return std::popcount(unsigned(r)) * 8 + (r & SamePhone ? 4 : 0) +
                   (r & SameEmail ? 2 : 0) + (r & SimilarName ? 1 : 0);
        };
        std::sort(out.groups.begin(), out.groups.end(),
                  [&](const DuplicateGroup &a, const DuplicateGroup &b) {
                      const int sa = strength(a.reasons), sb = strength(b.reasons);
                      return sa != sb ? sa > sb : a.ids.first() < b.ids.first();
                  });
        if (progress)
            progress(maxId, maxId);
        return out;
    });
}

Result<QList<DuplicateMember>> Duplicates::members(EntityKind kind, const QList<qint64> &ids)
{
    if (kind != EntityKind::Contact && kind != EntityKind::Company)
        return makeError(Error::Code::Invalid, Tr::tr("Duplicates are found among contacts and "
                                                      "companies."));
    return guarded(m_s.db(), [&]() -> Result<QList<DuplicateMember>> {
        Query q = m_s.sql().prepare(
            kind == EntityKind::Contact
                ? "SELECT c.name, c.phones, c.emails, co.name, c.responsible_id, c.created_at "
                  "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?1"
                : "SELECT name, phones, emails, NULL, responsible_id, created_at FROM companies "
                  "WHERE id = ?1");
        QList<DuplicateMember> out;
        for (qint64 id : ids) {
            q->reset();
            q->bind(1, id);
            if (!q->step())
                continue;
            const qint64 resp = q->int64(4);
            if (!Permissions::can(m_s.principal(), permOf(kind), PermAction::View,
                                  m_s.ownershipOf(resp)))
                continue;
            out << DuplicateMember{id,
                                   q->text(0),
                                   Text::splitJsonArray(q->text(1)),
                                   Text::splitJsonArray(q->text(2)),
                                   q->text(3),
                                   m_s.user(resp).name,
                                   q->int64(5)};
        }
        return out;
    });
}

Result<QList<LikelyDuplicate>> Duplicates::likely(EntityKind kind, const Patch &draft, int limit)
{
    if (kind != EntityKind::Contact && kind != EntityKind::Company)
        return makeError(Error::Code::Invalid, Tr::tr("Duplicates are found among contacts and "
                                                      "companies."));
    auto list = [](const QVariant &v) {
        return v.typeId() == QMetaType::QStringList ? v.toStringList() : QStringList{v.toString()};
    };
    QSet<QString> phones, emails;
    for (const QString &p : list(draft.value(QStringLiteral("phones"))))
        if (const QString k = phoneKey(p); !k.isEmpty())
            phones.insert(k);
    for (const QString &e : list(draft.value(QStringLiteral("emails"))))
        if (const QString k = emailKey(e); !k.isEmpty())
            emails.insert(k);
    const QString name = nameKey(draft.value(QStringLiteral("name")).toString());

    // Each candidate from the index is checked against the row, so a prefix match is never
    // reported as a duplicate.
    QList<LikelyDuplicate> out;
    QHash<qint64, int> at;
    const Status done = guarded(m_s.db(), [&]() -> Status {
        Query row = m_s.sql().prepare(
            QStringLiteral("SELECT name, phones, emails, responsible_id, deleted FROM %1 WHERE "
                           "id = ?1")
                .arg(entityTable(kind)));
        Query fts = m_s.sql().prepare(
            "SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY rowid LIMIT 200");
        auto probe = [&](const QString &column, const QString &text) {
            const QString match = Search::matchExpression(text);
            if (match.isEmpty())
                return;
            fts->reset();
            fts->bind(1, QStringLiteral("{%1} : (%2)").arg(column, match));
            QList<qint64> candidates;
            while (fts->step())
                if (SearchIndex::kindOfRowid(fts->int64(0)) == kind)
                    candidates << SearchIndex::idOfRowid(fts->int64(0));
            for (qint64 id : std::as_const(candidates)) {
                row->reset();
                row->bind(1, id);
                if (!row->step() || row->int64(4) != 0)
                    continue;
                int reasons = 0;
                for (const QString &p : Text::splitJsonArray(row->text(1)))
                    if (phones.contains(phoneKey(p)))
                        reasons |= SamePhone;
                for (const QString &e : Text::splitJsonArray(row->text(2)))
                    if (emails.contains(emailKey(e)))
                        reasons |= SameEmail;
                if (!name.isEmpty() && nameKey(row->text(0)) == name)
                    reasons |= SimilarName;
                if (!reasons || !Permissions::can(m_s.principal(), permOf(kind), PermAction::View,
                                                  m_s.ownershipOf(row->int64(3))))
                    continue;
                if (auto it = at.constFind(id); it != at.cend()) {
                    out[*it].reasons |= reasons;
                } else {
                    at.insert(id, int(out.size()));
                    out << LikelyDuplicate{id, row->text(0), reasons};
                }
            }
        };
        for (const QString &p : std::as_const(phones))
            probe(QStringLiteral("phones"), p);
        for (const QString &e : std::as_const(emails))
            probe(QStringLiteral("emails"), e);
        if (!name.isEmpty())
            probe(QStringLiteral("name"), name);
        return Ok{};
    });
    if (!done)
        return done.error();
    // Phone and email matches first: they are stronger evidence than a name.
    std::stable_sort(
        out.begin(), out.end(), [](const LikelyDuplicate &a, const LikelyDuplicate &b) {
            return (a.reasons & (SamePhone | SameEmail)) > (b.reasons & (SamePhone | SameEmail));
        });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace Voronka::Core
