// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlist.h"

#include "core/fields/fieldtypes.h"
#include "core/search/search.h"
#include "core/services/session.h"

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

namespace {
// The statements of one page: `text` the page (a custom field's order: the records with a
// value), `emptyText` a custom field's records without one, read when the first part leaves
// the page short.
struct PageSql
{
    QString text;
    QString emptyText;
    bool runText = true;    // false once the cursor is past the values
    bool textValue = false; // `text` binds ?2
    bool textId = false;    // `text` binds ?3
    bool emptyId = false;   // `emptyText` binds ?3
};

QString selectList(const ListSource &src, const QString &id, const QString &value)
{
    return src.columns.isEmpty() ? QStringLiteral("%1, %2").arg(id, value)
                                 : QStringLiteral("%1, %2, %3").arg(id, value, src.columns);
}

PageSql fieldSortSql(const ListSource &src, const ListSort &sort, bool descending,
                     const ListCursor &after)
{
    PageSql out;
    const QString a = src.alias;
    const QString table = entityTable(src.kind);
    const QLatin1String dir(descending ? "DESC" : "ASC");
    const QLatin1String cmp(descending ? "<" : ">");
    const bool inEmpty = after.valid() && after.sortValue.isNull();
    out.runText = !inEmpty;
    out.textValue = out.textId = after.valid() && !inEmpty;
    out.emptyId = inEmpty;
    // CROSS JOIN keeps the values as the outer loop, in index order.
    out.text =
        QStringLiteral("SELECT %1 FROM field_values v CROSS JOIN %2 %3 ON %3.id = "
                       "v.entity_id %4 WHERE v.kind = %5 AND v.field_id = %6 AND v.value "
                       "IS NOT NULL AND %7%8 ORDER BY v.value %9, v.entity_id %9 LIMIT ?4")
            .arg(selectList(src, a + QStringLiteral(".id"), QStringLiteral("v.value")), table, a,
                 src.joins)
            .arg(int(src.kind))
            .arg(sort.field->id)
            .arg(src.where,
                 out.textValue ? QStringLiteral(" AND (v.value, v.entity_id) %1 (?2, ?3)").arg(cmp)
                               : QString(),
                 dir);
    out.emptyText =
        QStringLiteral("SELECT %1 FROM %2 %3 %4 WHERE %5 AND NOT EXISTS(SELECT 1 FROM "
                       "field_values v WHERE v.kind = %6 AND v.entity_id = %3.id AND v.field_id "
                       "= %7 AND v.value IS NOT NULL)%8 ORDER BY %3.id %9 LIMIT ?4")
            .arg(selectList(src, a + QStringLiteral(".id"), QStringLiteral("NULL")), table, a,
                 src.joins, src.where)
            .arg(int(src.kind))
            .arg(sort.field->id)
            .arg(inEmpty ? QStringLiteral(" AND %1.id %2 ?3").arg(a, cmp) : QString(), dir);
    return out;
}

PageSql sortedSql(const ListSource &src, const ListSort &sort, bool descending,
                  const ListCursor &after)
{
    PageSql out;
    const QString a = src.alias;
    const QString id = a + QStringLiteral(".id");
    const QString table = entityTable(src.kind);
    const bool byId = sort.expr.isEmpty();
    const QString sv = byId ? id : sort.expr;
    const QLatin1String dir(descending ? "DESC" : "ASC");
    QString where = src.where;
    if (after.valid()) {
        out.textId = true;
        if (byId) {
            where += QStringLiteral(" AND %1 %2 ?3").arg(id, QLatin1String(descending ? "<" : ">"));
        } else {
            const bool afterNull = sort.nullable && after.sortValue.isNull();
            out.textValue = !afterNull;
            where += keysetCondition(sv, id, descending, sort.nullable, afterNull, 2, 3);
        }
    }
    const QString order = byId ? QStringLiteral("%1 %2").arg(id, dir)
                               : QStringLiteral("%1 %2, %3 %2").arg(sv, dir, id);
    if (sort.plain) {
        out.text = QStringLiteral("SELECT %1 FROM %2 %3 %4 WHERE %5 ORDER BY %6 LIMIT ?4")
                       .arg(selectList(src, id, sv), table, a, src.joins, where, order);
        return out;
    }
    out.text = QStringLiteral("SELECT %1 FROM (SELECT %2 AS id, %3 AS sv FROM %4 %5 WHERE %6 "
                              "ORDER BY %7 LIMIT ?4) p JOIN %4 %5 ON %2 = p.id %8 ORDER BY p.sv "
                              "%9, p.id %9")
                   .arg(selectList(src, QStringLiteral("p.id"), QStringLiteral("p.sv")), id, sv,
                        table, a, where, order, src.joins, dir);
    return out;
}
} // namespace

ListCursor readListPage(Session &s, const ListSource &source, const ListSort &sort, bool descending,
                        const ListCursor &after, int pageSize,
                        const std::function<void(Statement &)> &bind,
                        const std::function<void(Statement &)> &row)
{
    const PageSql sql = sort.field ? fieldSortSql(source, sort, descending, after)
                                   : sortedSql(source, sort, descending, after);
    int read = 0;
    ListCursor last;
    const auto run = [&](const QString &text, qint64 limit, bool value, bool id) {
        Query q = s.sql().prepare(text);
        if (value)
            q->bind(2, after.sortValue);
        if (id)
            q->bind(3, after.id);
        q->bind(4, limit);
        bind(*q);
        while (q->step()) {
            row(*q);
            last = ListCursor{q->value(1), q->int64(0)};
            ++read;
        }
    };
    if (sql.runText)
        run(sql.text, pageSize, sql.textValue, sql.textId);
    if (sort.field && read < pageSize)
        run(sql.emptyText, pageSize - read, false, sql.emptyId);
    return read == pageSize && pageSize > 0 ? last : ListCursor{};
}

qint64 countList(Session &s, const ListSource &source, const std::function<void(Statement &)> &bind)
{
    Query q = s.sql().prepare(QStringLiteral("SELECT count(*) FROM %1 %2 WHERE %3")
                                  .arg(entityTable(source.kind), source.alias, source.where));
    bind(*q);
    return q->step() ? q->int64(0) : 0;
}

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
// "updated" their indexes, and a custom field its values (field_values_sort), so any page
// reads a page of rows (keyset). A money field sorts by the amount inside its JSON, which no
// index orders: SQLite reads every matching record plus a field_values lookup each and keeps
// the top page in a bounded sorter, about a second per page at 1M; a filter narrowing the
// list makes it proportionally less.
ListSort RecordList::sortFor(const QString &key) const
{
    ListSort sort;
    sort.plain = true;
    if (key == u"name")
        sort.expr = QStringLiteral("r.name");
    else if (key == u"updated")
        sort.expr = QStringLiteral("r.updated_at");
    else if (const qint64 fid = customFieldId(key)) {
        const FieldDef *def = m_s.fieldDef(fid);
        if (def && def->kind == m_kind) {
            sort.expr = customFieldValueSql(*def, QStringLiteral("r.id"));
            sort.nullable = true;
            sort.plain = false;
            if (def->type != FieldType::Money)
                sort.field = def;
        }
    }
    return sort; // "created", and any unknown key: by id
}

ListSource RecordList::source(const ListQuery &query, const QStringList &keys, QString &match,
                              FilterSql &filter) const
{
    ListSource src;
    src.kind = m_kind;
    src.alias = QStringLiteral("r");
    QStringList columns;
    for (const QString &k : keys)
        columns << columnSql(k);
    src.columns = columns.join(QStringLiteral(", "));
    // What the columns read besides the record: its responsible, and a contact's company.
    src.joins = QStringLiteral("LEFT JOIN users u ON u.id = r.responsible_id") +
                (m_kind == EntityKind::Contact
                     ? QStringLiteral(" LEFT JOIN companies co ON co.id = r.company_id")
                     : QString());
    const PermEntity pe = m_kind == EntityKind::Contact ? PermEntity::Contact : PermEntity::Company;
    // "+r.responsible_id" keeps SQLite from choosing the responsible index for own and
    // department scopes: that would sort every visible row, while walking the sort index
    // finds the first page after a few thousand rows even when the user sees a few percent.
    src.where = QStringLiteral("r.deleted = 0 AND ") +
                Permissions::sqlPredicate(m_s.principal(), pe, PermAction::View,
                                          QStringLiteral("+r.responsible_id"));
    match = Search::matchExpression(query.text);
    if (!match.isEmpty())
        src.where += QStringLiteral(" AND r.id IN (SELECT rowid / 4 FROM search WHERE search "
                                    "MATCH ?1 AND rowid % 4 = %1)")
                         .arg(int(m_kind));
    filter = recordFilterSql(m_s, m_kind, query.filter, kFilterParam);
    src.where += filter.conditions;
    return src;
}

Result<ListPage> RecordList::fetch(const ListQuery &query, const ListCursor &after)
{
    if (m_kind != EntityKind::Contact && m_kind != EntityKind::Company)
        return makeError(Error::Code::Invalid, Tr::tr("This list shows contacts or companies."));
    const QStringList keys = columnKeys(query);
    QList<const FieldDef *> defs;
    for (const QString &k : keys)
        defs << (customFieldId(k) ? m_s.fieldDef(customFieldId(k)) : nullptr);
    QString match;
    FilterSql filter;
    const ListSource src = source(query, keys, match, filter);
    const auto bind = [&](Statement &q) {
        if (!match.isEmpty())
            q.bind(1, match);
        filter.bind(q);
    };
    ListPage page;
    const auto read = [&](Statement &q) {
        page.ids << q.int64(0);
        QVariantList row;
        row.reserve(defs.size());
        for (int i = 0; i < defs.size(); ++i) {
            const QVariant v = q.value(i + 2);
            row << (defs[i] && !v.isNull() ? QVariant(fieldValueText(*defs[i], v)) : v);
        }
        page.rows << row;
    };
    return guarded(m_s.db(), [&]() -> Result<ListPage> {
        page.next = readListPage(m_s, src, sortFor(query.sortKey), query.descending, after,
                                 query.pageSize, bind, read);
        return page;
    });
}

Result<qint64> RecordList::count(const ListQuery &query)
{
    QString match;
    FilterSql filter;
    const ListSource src = source(query, {}, match, filter);
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        return countList(m_s, src, [&](Statement &q) {
            if (!match.isEmpty())
                q.bind(1, match);
            filter.bind(q);
        });
    });
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
