// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlist.h"

#include "search/search.h"
#include "services/session.h"

#include <QCoreApplication>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::RecordList)
};

// SQL expression per column key; "created" sorts by id, which follows creation order and
// needs no extra index.
QString columnSql(EntityKind kind, const QString &key)
{
    static const QHash<QString, QString> common{
        {QStringLiteral("name"), QStringLiteral("r.name")},
        {QStringLiteral("phone"), QStringLiteral("json_extract(r.phones, '$[0]')")},
        {QStringLiteral("email"), QStringLiteral("json_extract(r.emails, '$[0]')")},
        {QStringLiteral("responsible"), QStringLiteral("u.name")},
        {QStringLiteral("created"), QStringLiteral("r.created_at")},
    };
    if (kind == EntityKind::Contact) {
        if (key == u"company")
            return QStringLiteral("co.name");
        if (key == u"position")
            return QStringLiteral("r.position");
    }
    if (kind == EntityKind::Company && key == u"website")
        return QStringLiteral("r.website");
    return common.value(key);
}

QString sortSql(const QString &key)
{
    return key == u"created" ? QStringLiteral("r.id") : QStringLiteral("r.name");
}
} // namespace

QList<ListColumn> RecordList::columns(EntityKind kind)
{
    QList<ListColumn> cols{{QStringLiteral("name"), Tr::tr("Name"), true}};
    if (kind == EntityKind::Contact)
        cols << ListColumn{QStringLiteral("company"), Tr::tr("Company"), false}
             << ListColumn{QStringLiteral("position"), Tr::tr("Position"), false};
    cols << ListColumn{QStringLiteral("phone"), Tr::tr("Phone"), false}
         << ListColumn{QStringLiteral("email"), Tr::tr("Email"), false};
    if (kind == EntityKind::Company)
        cols << ListColumn{QStringLiteral("website"), Tr::tr("Website"), false};
    cols << ListColumn{QStringLiteral("responsible"), Tr::tr("Responsible"), false}
         << ListColumn{QStringLiteral("created"), Tr::tr("Created"), true};
    return cols;
}

QString RecordList::whereClause(const ListQuery &query, bool &hasText) const
{
    const PermEntity pe = m_kind == EntityKind::Contact ? PermEntity::Contact : PermEntity::Company;
    // "+r.responsible_id" keeps SQLite from choosing the responsible index for own and
    // department scopes: that would sort every visible row, while walking the sort index
    // finds the first page after a few thousand rows even when the user sees a few percent.
    QString where = QStringLiteral("r.deleted = 0 AND ") +
                    Permissions::sqlPredicate(m_s.principal(), pe, PermAction::View,
                                              QStringLiteral("+r.responsible_id"));
    hasText = !Search::matchExpression(query.text).isEmpty();
    if (hasText)
        where += QStringLiteral(" AND r.id IN (SELECT rowid / 4 FROM search WHERE search MATCH "
                                "?1 AND rowid % 4 = %1)")
                     .arg(int(m_kind));
    return where;
}

Result<ListPage> RecordList::fetch(const ListQuery &query, const ListCursor &after)
{
    if (m_kind != EntityKind::Contact && m_kind != EntityKind::Company)
        return makeError(Error::Code::Invalid, Tr::tr("This list shows contacts or companies."));
    const QList<ListColumn> cols = columns(m_kind);
    QStringList select{QStringLiteral("r.id"), sortSql(query.sortKey)};
    for (const auto &c : cols)
        select << columnSql(m_kind, c.key);
    bool hasText = false;
    QString where = whereClause(query, hasText);
    const QString sortCol = sortSql(query.sortKey);
    const char *cmp = query.descending ? "<" : ">";
    const char *dir = query.descending ? "DESC" : "ASC";
    if (after.valid())
        where += sortCol == u"r.id"
                     ? QStringLiteral(" AND r.id %1 ?3").arg(QLatin1String(cmp))
                     : QStringLiteral(" AND (r.name, r.id) %1 (?2, ?3)").arg(QLatin1String(cmp));
    const QString order = sortCol == u"r.id"
                              ? QStringLiteral("r.id %1").arg(QLatin1String(dir))
                              : QStringLiteral("r.name %1, r.id %1").arg(QLatin1String(dir));
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 r LEFT JOIN users u ON u.id = "
                       "r.responsible_id %3 WHERE %4 ORDER BY %5 LIMIT ?4")
            .arg(select.join(u','), entityTable(m_kind),
                 m_kind == EntityKind::Contact
                     ? QStringLiteral("LEFT JOIN companies co ON co.id = r.company_id")
                     : QString(),
                 where, order);
    try {
        Query q = m_s.sql().prepare(sql);
        if (hasText)
            q->bind(1, Search::matchExpression(query.text));
        if (after.valid()) {
            q->bind(2, after.sortValue);
            q->bind(3, after.id);
        }
        q->bind(4, qint64(query.pageSize));
        ListPage page;
        ListCursor last;
        while (q->step()) {
            const qint64 id = q->int64(0);
            page.ids << id;
            QVariantList row;
            row.reserve(cols.size());
            for (int i = 0; i < cols.size(); ++i)
                row << q->value(i + 2);
            page.rows << row;
            last = ListCursor{q->value(1), id};
        }
        if (page.ids.size() == query.pageSize)
            page.next = last;
        return page;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Result<qint64> RecordList::count(const ListQuery &query)
{
    bool hasText = false;
    const QString where = whereClause(query, hasText);
    try {
        Query q = m_s.sql().prepare(
            QStringLiteral("SELECT count(*) FROM %1 r WHERE %2").arg(entityTable(m_kind), where));
        if (hasText)
            q->bind(1, Search::matchExpression(query.text));
        return q->step() ? q->int64(0) : 0;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

} // namespace Voronka::Core
