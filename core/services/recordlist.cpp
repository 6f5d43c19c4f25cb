// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlist.h"

#include "fields/fieldtypes.h"
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

const QString kCustomPrefix = QStringLiteral("cf.");

// Parameters: ?1 the search text, ?2/?3 the keyset, ?4 the page size, the filter's from ?10.
constexpr int kFilterParam = 10;

qint64 customFieldId(const QString &key)
{
    return key.startsWith(kCustomPrefix) ? key.mid(kCustomPrefix.size()).toLongLong() : 0;
}
} // namespace

struct RecordList::Where
{
    QString text;
    QString match; // bound to ?1 when not empty
    FilterSql filter;
};

QList<ListColumn> RecordList::columns(EntityKind kind)
{
    QList<ListColumn> cols{{QStringLiteral("name"), Tr::tr("Name"), true, 0}};
    if (kind == EntityKind::Contact)
        cols << ListColumn{QStringLiteral("company"), Tr::tr("Company"), false, 0}
             << ListColumn{QStringLiteral("position"), Tr::tr("Position"), false, 0};
    cols << ListColumn{QStringLiteral("phone"), Tr::tr("Phone"), false, 0}
         << ListColumn{QStringLiteral("email"), Tr::tr("Email"), false, 0};
    if (kind == EntityKind::Company)
        cols << ListColumn{QStringLiteral("website"), Tr::tr("Website"), false, 0};
    cols << ListColumn{QStringLiteral("responsible"), Tr::tr("Responsible"), false, 0}
         << ListColumn{QStringLiteral("created"), Tr::tr("Created"), true, 0};
    return cols;
}

QList<ListColumn> RecordList::availableColumns()
{
    QList<ListColumn> cols = columns(m_kind);
    cols << ListColumn{QStringLiteral("updated"), Tr::tr("Updated"), true, 0}
         << ListColumn{QStringLiteral("tags"), Tr::tr("Tags"), false, 0};
    for (const FieldDef &def : m_s.fieldDefs(m_kind))
        cols << ListColumn{def.key(), def.name, true, def.id};
    return cols;
}

QStringList RecordList::columnKeys(const ListQuery &query)
{
    QStringList keys;
    if (query.columns.isEmpty()) {
        for (const ListColumn &c : columns(m_kind))
            keys << c.key;
        return keys;
    }
    for (const QString &k : query.columns)
        if (!columnSql(k).isEmpty() && !keys.contains(k))
            keys << k;
    return keys;
}

// SQL expression per column key, on the record alias `r`.
QString RecordList::columnSql(const QString &key) const
{
    static const QHash<QString, QString> common{
        {QStringLiteral("name"), QStringLiteral("r.name")},
        {QStringLiteral("phone"), QStringLiteral("json_extract(r.phones, '$[0]')")},
        {QStringLiteral("email"), QStringLiteral("json_extract(r.emails, '$[0]')")},
        {QStringLiteral("responsible"), QStringLiteral("u.name")},
        {QStringLiteral("created"), QStringLiteral("r.created_at")},
        {QStringLiteral("updated"), QStringLiteral("r.updated_at")},
    };
    if (m_kind == EntityKind::Contact) {
        if (key == u"company")
            return QStringLiteral("co.name");
        if (key == u"position")
            return QStringLiteral("r.position");
    }
    if (m_kind == EntityKind::Company && key == u"website")
        return QStringLiteral("r.website");
    if (key == u"tags")
        return QStringLiteral("(SELECT group_concat(t.name, ', ') FROM entity_tags e JOIN tags t "
                              "ON t.id = e.tag_id WHERE e.kind = %1 AND e.entity_id = r.id)")
            .arg(int(m_kind));
    if (const qint64 fid = customFieldId(key)) {
        const FieldDef *def = m_s.fieldDef(fid);
        if (!def || def->kind != m_kind)
            return {};
        return QStringLiteral("(SELECT cv.value FROM field_values cv WHERE cv.kind = %1 AND "
                              "cv.entity_id = r.id AND cv.field_id = %2)")
            .arg(int(m_kind))
            .arg(fid);
    }
    return common.value(key);
}

// Sorting costs at reference size (1M contacts): "created" walks the row ids, "name" and
// "updated" their indexes, and a custom field its values (fetchByField), so any page reads a
// page of rows (keyset). A money field sorts by the amount inside its JSON, which no index
// orders: SQLite reads every matching record plus a field_values lookup each and keeps the
// top page in a bounded sorter, about a second per page at 1M; a filter narrowing the list
// makes it proportionally less.
QString RecordList::sortExpr(const QString &key, bool &nullable) const
{
    nullable = false;
    if (key == u"name")
        return QStringLiteral("r.name");
    if (key == u"updated")
        return QStringLiteral("r.updated_at");
    if (const qint64 fid = customFieldId(key)) {
        const FieldDef *def = m_s.fieldDef(fid);
        if (def && def->kind == m_kind) {
            nullable = true;
            return customFieldValueSql(*def, QStringLiteral("r.id"));
        }
    }
    return QStringLiteral("r.id"); // "created", and any unknown key
}

RecordList::Where RecordList::where(const ListQuery &query) const
{
    Where out;
    const PermEntity pe = m_kind == EntityKind::Contact ? PermEntity::Contact : PermEntity::Company;
    // "+r.responsible_id" keeps SQLite from choosing the responsible index for own and
    // department scopes: that would sort every visible row, while walking the sort index
    // finds the first page after a few thousand rows even when the user sees a few percent.
    out.text = QStringLiteral("r.deleted = 0 AND ") +
               Permissions::sqlPredicate(m_s.principal(), pe, PermAction::View,
                                         QStringLiteral("+r.responsible_id"));
    out.match = Search::matchExpression(query.text);
    if (!out.match.isEmpty())
        out.text += QStringLiteral(" AND r.id IN (SELECT rowid / 4 FROM search WHERE search MATCH "
                                   "?1 AND rowid % 4 = %1)")
                        .arg(int(m_kind));
    out.filter = recordFilterSql(m_s, m_kind, query.filter, kFilterParam);
    out.text += out.filter.conditions;
    return out;
}

Result<ListPage> RecordList::fetch(const ListQuery &query, const ListCursor &after)
{
    if (m_kind != EntityKind::Contact && m_kind != EntityKind::Company)
        return makeError(Error::Code::Invalid, Tr::tr("This list shows contacts or companies."));
    const QStringList keys = columnKeys(query);
    if (const qint64 fid = customFieldId(query.sortKey)) {
        const FieldDef *def = m_s.fieldDef(fid);
        if (def && def->kind == m_kind && def->type != FieldType::Money)
            return fetchByField(query, after, *def, keys);
    }
    QStringList select{QStringLiteral("p.id"), QStringLiteral("p.sv")};
    for (const QString &k : keys)
        select << columnSql(k);
    Where w = where(query);
    bool nullable = false;
    const QString sv = sortExpr(query.sortKey, nullable);
    const bool byId = sv == u"r.id";
    const QLatin1String dir(query.descending ? "DESC" : "ASC");
    QString whereText = w.text;
    bool bindValue = false;
    if (after.valid()) {
        if (byId) {
            whereText +=
                QStringLiteral(" AND r.id %1 ?3").arg(QLatin1String(query.descending ? "<" : ">"));
        } else {
            const bool afterNull = nullable && after.sortValue.isNull();
            bindValue = !afterNull;
            whereText += keysetCondition(sv, QStringLiteral("r.id"), query.descending, nullable,
                                         afterNull, 2, 3);
        }
    }
    const QString order =
        byId ? QStringLiteral("r.id %1").arg(dir) : QStringLiteral("%1 %2, r.id %2").arg(sv, dir);
    const QString table = entityTable(m_kind);
    const QString joins = joinsSql();
    QString sql;
    if (byId || query.sortKey == u"name" || query.sortKey == u"updated") {
        // Walking an index in sort order, SQLite computes the columns for the page's rows
        // only: one plain statement.
        select[0] = QStringLiteral("r.id");
        select[1] = sv;
        sql = QStringLiteral("SELECT %1 FROM %2 r %3 WHERE %4 ORDER BY %5 LIMIT ?4")
                  .arg(select.join(u','), table, joins, whereText, order);
    } else {
        // A sorter keeps every column of every row it looks at: the page's ids first, then
        // its columns, so the joins and subqueries run for the rows shown only.
        sql = QStringLiteral("SELECT %1 FROM (SELECT r.id AS id, %2 AS sv FROM %3 r WHERE %4 "
                             "ORDER BY %5 LIMIT ?4) p JOIN %3 r ON r.id = p.id %6 ORDER BY "
                             "p.sv %7, p.id %7")
                  .arg(select.join(u','), sv, table, whereText, order, joins, dir);
    }
    const QList<const FieldDef *> defs = columnDefs(keys);
    try {
        Query q = m_s.sql().prepare(sql);
        if (!w.match.isEmpty())
            q->bind(1, w.match);
        if (bindValue)
            q->bind(2, after.sortValue);
        if (after.valid())
            q->bind(3, after.id);
        q->bind(4, qint64(query.pageSize));
        w.filter.bind(*q);
        ListPage page;
        ListCursor last;
        readRows(*q, defs, page, last);
        if (page.ids.size() == query.pageSize)
            page.next = last;
        return page;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

// What the columns read besides the record: its responsible, and a contact's company.
QString RecordList::joinsSql() const
{
    return QStringLiteral("LEFT JOIN users u ON u.id = r.responsible_id") +
           (m_kind == EntityKind::Contact
                ? QStringLiteral(" LEFT JOIN companies co ON co.id = r.company_id")
                : QString());
}

QList<const FieldDef *> RecordList::columnDefs(const QStringList &keys) const
{
    QList<const FieldDef *> defs;
    for (const QString &k : keys)
        defs << (customFieldId(k) ? m_s.fieldDef(customFieldId(k)) : nullptr);
    return defs;
}

// Appends the statement's rows (id, sort value, the columns) to the page; `last` is the
// cursor after the last row.
void RecordList::readRows(Statement &q, const QList<const FieldDef *> &defs, ListPage &page,
                          ListCursor &last)
{
    while (q.step()) {
        const qint64 id = q.int64(0);
        page.ids << id;
        QVariantList row;
        row.reserve(defs.size());
        for (int i = 0; i < defs.size(); ++i) {
            const QVariant v = q.value(i + 2);
            row << (defs[i] && !v.isNull() ? QVariant(fieldValueText(*defs[i], v)) : v);
        }
        page.rows << row;
        last = ListCursor{q.value(1), id};
    }
}

// A custom field (other than money, which orders by an amount inside JSON) sorts through
// the field_values_sort index: first the records with a value, walking the field's values in
// order, then those without one by id, in both directions ("empty last"). A page reads a
// page of index entries and a primary-key look-up each, where the general sort read every
// record's value into a sorter (1 s a page at 1M contacts). The second part runs only when
// the first runs out: reaching it may read many records, but only at the end of the list.
Result<ListPage> RecordList::fetchByField(const ListQuery &query, const ListCursor &after,
                                          const FieldDef &def, const QStringList &keys)
{
    QStringList select{QStringLiteral("r.id"), QStringLiteral("v.value")};
    for (const QString &k : keys)
        select << columnSql(k);
    const Where w = where(query);
    const QLatin1String dir(query.descending ? "DESC" : "ASC");
    const QLatin1String cmp(query.descending ? "<" : ">");
    const QString table = entityTable(m_kind);
    const QString joins = joinsSql();
    const QList<const FieldDef *> defs = columnDefs(keys);
    const bool inEmpty = after.valid() && after.sortValue.isNull();
    try {
        ListPage page;
        ListCursor last;
        if (!inEmpty) {
            // CROSS JOIN keeps the values as the outer loop, in index order.
            const QString sql =
                QStringLiteral("SELECT %1 FROM field_values v CROSS JOIN %2 r ON r.id = "
                               "v.entity_id %3 WHERE v.kind = %4 AND v.field_id = %5 AND "
                               "v.value IS NOT NULL AND %6%7 ORDER BY v.value %8, v.entity_id %8 "
                               "LIMIT ?4")
                    .arg(select.join(u','), table, joins)
                    .arg(int(m_kind))
                    .arg(def.id)
                    .arg(w.text,
                         after.valid()
                             ? QStringLiteral(" AND (v.value, v.entity_id) %1 (?2, ?3)").arg(cmp)
                             : QString(),
                         dir);
            Query q = m_s.sql().prepare(sql);
            if (!w.match.isEmpty())
                q->bind(1, w.match);
            if (after.valid()) {
                q->bind(2, after.sortValue);
                q->bind(3, after.id);
            }
            q->bind(4, qint64(query.pageSize));
            w.filter.bind(*q);
            readRows(*q, defs, page, last);
        }
        if (page.ids.size() < query.pageSize) {
            select[1] = QStringLiteral("NULL");
            const QString sql =
                QStringLiteral("SELECT %1 FROM %2 r %3 WHERE %4 AND NOT EXISTS(SELECT 1 FROM "
                               "field_values v WHERE v.kind = %5 AND v.entity_id = r.id AND "
                               "v.field_id = %6 AND v.value IS NOT NULL)%7 ORDER BY r.id %8 "
                               "LIMIT ?4")
                    .arg(select.join(u','), table, joins, w.text)
                    .arg(int(m_kind))
                    .arg(def.id)
                    .arg(inEmpty ? QStringLiteral(" AND r.id %1 ?3").arg(cmp) : QString(), dir);
            Query q = m_s.sql().prepare(sql);
            if (!w.match.isEmpty())
                q->bind(1, w.match);
            if (inEmpty)
                q->bind(3, after.id);
            q->bind(4, qint64(query.pageSize - page.ids.size()));
            w.filter.bind(*q);
            readRows(*q, defs, page, last);
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
    const Where w = where(query);
    try {
        Query q = m_s.sql().prepare(
            QStringLiteral("SELECT count(*) FROM %1 r WHERE %2").arg(entityTable(m_kind), w.text));
        if (!w.match.isEmpty())
            q->bind(1, w.match);
        w.filter.bind(*q);
        return q->step() ? q->int64(0) : 0;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Result<BulkResult> RecordList::setResponsible(const QList<qint64> &ids, qint64 userId)
{
    return BulkEdit(m_s, m_kind).setResponsible(ids, userId);
}

Result<BulkResult> RecordList::addTags(const QList<qint64> &ids, const QStringList &tags)
{
    return BulkEdit(m_s, m_kind).addTags(ids, tags);
}

Result<BulkResult> RecordList::removeTags(const QList<qint64> &ids, const QStringList &tags)
{
    return BulkEdit(m_s, m_kind).removeTags(ids, tags);
}

Result<BulkResult> RecordList::setField(const QList<qint64> &ids, const QString &key,
                                        const QVariant &value)
{
    return BulkEdit(m_s, m_kind).setField(ids, key, value);
}

Result<BulkResult> RecordList::remove(const QList<qint64> &ids)
{
    return BulkEdit(m_s, m_kind).remove(ids);
}

} // namespace Voronka::Core
