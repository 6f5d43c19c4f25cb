// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlist.h"

#include "core/fields/fieldtypes.h"
#include "core/importexport/csv.h"
#include "core/importexport/xlsxwriter.h"
#include "core/services/board.h"
#include "core/services/entityspec.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

#include <algorithm>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::RecordList)
};

const QString kCustomPrefix = QStringLiteral("cf.");

// Parameters: ?1 the pipeline (deals), ?2/?3 the keyset, ?4 the page size, ?5 the selection
// (as JSON), the filter's from ?10.
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

namespace {
// A standard column of a kind's list as data: its key and title, what a row reads (on the
// record alias r with the joins u, the responsible, and co, the company) and whether a header
// click sorts by it (see sortFor and dealSortFor for how).
struct ColumnDef
{
    const char *key;
    const char *title; // English; translated in the RecordList context
    const char *select;
    bool sortable;
    bool shown; // among the columns a list shows by default
};

const char kTags[] = "tags";

// The columns several kinds share.
const ColumnDef kNameColumn{"name", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Name"),
                            "r.name", true, true};
const ColumnDef kPhoneColumn{"phone", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Phone"),
                             "json_extract(r.phones, '$[0]')", false, true};
const ColumnDef kEmailColumn{"email", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Email"),
                             "json_extract(r.emails, '$[0]')", false, true};
const ColumnDef kCreatedColumn{"created", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Created"),
                               "r.created_at", true, true};
const ColumnDef kUpdatedColumn{"updated", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Updated"),
                               "r.updated_at", true, false};
const ColumnDef kTagsColumn{kTags, QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Tags"), nullptr,
                            false, false};

// Contacts and companies share most of theirs; deals have the money, the funnel and the dates
// of a sale. The default deal columns are the ones a salesperson scans a pipeline by.
const QList<ColumnDef> &columnDefs(EntityKind kind)
{
    static const QList<ColumnDef> contacts{
        kNameColumn,
        {"company", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Company"), "co.name", false,
         true},
        {"position", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Position"), "r.position",
         false, true},
        kPhoneColumn,
        kEmailColumn,
        {"responsible", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Responsible"), "u.name",
         false, true},
        kCreatedColumn,
        kUpdatedColumn,
        kTagsColumn,
    };
    static const QList<ColumnDef> companies{
        kNameColumn,
        kPhoneColumn,
        kEmailColumn,
        {"website", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Website"), "r.website", false,
         true},
        {"responsible", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Responsible"), "u.name",
         false, true},
        kCreatedColumn,
        kUpdatedColumn,
        kTagsColumn,
    };
    static const QList<ColumnDef> deals{
        kNameColumn,
        {"budget", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Budget"), "r.budget", true,
         true},
        {"stage", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Stage"), "r.stage_id", true,
         true},
        {"pipeline", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Pipeline"), "r.pipeline_id",
         true, false},
        {"responsible", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Responsible"), "u.name",
         true, true},
        {"company", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Company"), "co.name", true,
         true},
        {"contact", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Contact"),
         "(SELECT c.name FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id WHERE "
         "dc.deal_id = r.id ORDER BY dc.position LIMIT 1)",
         false, false},
        kTagsColumn,
        kCreatedColumn,
        kUpdatedColumn,
        {"close_date", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Close date"), "r.close_date",
         true, false},
        {"source", QT_TRANSLATE_NOOP("Voronka::Core::RecordList", "Source"), "r.source", true,
         false},
    };
    static const QList<ColumnDef> none;
    switch (kind) {
    case EntityKind::Contact:
        return contacts;
    case EntityKind::Company:
        return companies;
    case EntityKind::Deal:
        return deals;
    default:
        return none;
    }
}

const ColumnDef *columnDef(EntityKind kind, const QString &key)
{
    for (const ColumnDef &d : columnDefs(kind))
        if (key == QLatin1String(d.key))
            return &d;
    return nullptr;
}

ListColumn listColumn(EntityKind kind, const ColumnDef &d)
{
    ListColumn c{QString::fromLatin1(d.key),
                 QCoreApplication::translate("Voronka::Core::RecordList", d.title), d.sortable, 0};
    // Russian names a person "Имя" but a company or a deal "Название".
    if (kind != EntityKind::Contact && c.key == u"name")
        c.title = Tr::tr("Name", "the name of a company or a deal");
    return c;
}

// What a deal row reads besides its columns (ListRowFacts).
const QString kDealFacts =
    QStringLiteral("r.currency, r.pipeline_id, r.stage_id, r.responsible_id");
constexpr int kDealFactCount = 4;

// Deals: "created" walks the row ids, "name" the deals_name index and "updated"
// deals_updated, so their first page reads a few hundred rows whatever the depth (keyset).
bool dealIndexOrdered(const QString &key)
{
    return key == u"created" || key == u"name" || key == u"updated";
}

// Nullable sort values need their own keyset comparison: a row value with a NULL in it
// compares as NULL and would drop rows.
bool dealNullable(const QString &key)
{
    return key != u"name" && key != u"budget" && key != u"stage" && key != u"pipeline" &&
           key != u"created" && key != u"updated";
}

QString isoDateTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(
                    QStringLiteral("yyyy-MM-dd HH:mm"))
              : QString();
}

QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 i : ids)
        array.append(i);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

PermEntity permEntity(EntityKind kind)
{
    const EntitySpec *spec = entitySpec(kind);
    return spec ? spec->perm : PermEntity::Deal;
}
} // namespace

// One page's or count's statement parts: the source the engine pages and the list's own
// parameters (?1 the pipeline, ?5 the selection as JSON, the filter's from ?10 on).
struct RecordList::Sql
{
    ListSource source;
    ListSort sort;
    FilterSql filter;
    bool pipelineParam = false;
    bool onlyIds = false;
};

QList<ListColumn> RecordList::columns(EntityKind kind)
{
    QList<ListColumn> cols;
    for (const ColumnDef &d : columnDefs(kind))
        if (d.shown)
            cols << listColumn(kind, d);
    return cols;
}

QList<ListColumn> RecordList::availableColumns()
{
    QList<ListColumn> cols;
    for (const ColumnDef &d : columnDefs(m_kind))
        cols << listColumn(m_kind, d);
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
    if (key == QLatin1String(kTags))
        return QStringLiteral("(SELECT group_concat(name, ', ') FROM (SELECT t.name FROM "
                              "entity_tags e JOIN tags t ON t.id = e.tag_id WHERE e.kind = %1 "
                              "AND e.entity_id = r.id ORDER BY t.name))")
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
    const ColumnDef *d = columnDef(m_kind, key);
    return d ? QString::fromLatin1(d->select) : QString();
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

// Sorting costs at reference size (330k deals in a pipeline, 1M in all): "created", "name"
// and "updated" walk an index (dealIndexOrdered). Every other order has no index of its own (a
// custom field's values are shared by deals of every pipeline): SQLite reads every matching
// deal (the stage index covers budget, so budget and stage read only the index; the others
// also read the table; the responsible sorts by a rank over the few users, from the index
// too) and keeps the top page in a bounded sorter; each page costs one such pass, a few
// hundred milliseconds at 330k. A custom field adds a field_values lookup per deal. Hence the
// deals list opens on "created".
ListSort RecordList::dealSortFor(const QString &key, const QString &stageRank,
                                 const QString &pipelineRank) const
{
    static const QHash<QString, QString> plainColumns{
        {QStringLiteral("name"), QStringLiteral("r.name")},
        {QStringLiteral("budget"), QStringLiteral("r.budget")},
        {QStringLiteral("company"),
         QStringLiteral("(SELECT sc.name FROM companies sc WHERE sc.id = r.company_id)")},
        {QStringLiteral("updated"), QStringLiteral("r.updated_at")},
        {QStringLiteral("close_date"), QStringLiteral("r.close_date")},
        {QStringLiteral("source"), QStringLiteral("r.source")},
    };
    ListSort sort;
    // The page's ids first, then its columns: the joins and subqueries run for the rows
    // shown, not for every row the sorter looks at.
    sort.plain = false;
    sort.nullable = dealNullable(key);
    if (key == u"stage") {
        sort.expr = stageRank.isEmpty() ? QStringLiteral("0")
                                        : QStringLiteral("CASE r.stage_id%1 END").arg(stageRank);
    } else if (key == u"pipeline") {
        sort.expr = pipelineRank.isEmpty()
                        ? QStringLiteral("0")
                        : QStringLiteral("CASE r.pipeline_id%1 END").arg(pipelineRank);
    } else if (key == u"responsible") {
        // Users are few: their order by name becomes a CASE over the responsible id, which
        // the stage index holds, instead of a users lookup for every deal.
        QList<UserInfo> users = m_s.users().values();
        std::sort(users.begin(), users.end(), [](const UserInfo &a, const UserInfo &b) {
            const int c = QString::localeAwareCompare(a.name, b.name);
            return c != 0 ? c < 0 : a.id < b.id;
        });
        QString cases;
        for (int i = 0; i < users.size(); ++i)
            cases += QStringLiteral(" WHEN %1 THEN %2").arg(users[i].id).arg(i);
        sort.expr = cases.isEmpty() ? QStringLiteral("NULL")
                                    : QStringLiteral("CASE r.responsible_id%1 END").arg(cases);
    } else {
        sort.expr = plainColumns.value(key);
    }
    if (const qint64 fid = customFieldId(key)) {
        const FieldDef *def = m_s.fieldDef(fid);
        if (def && def->kind == EntityKind::Deal) {
            sort.expr = customFieldValueSql(*def, QStringLiteral("r.id"));
            // Money orders by an amount inside JSON, which no index holds.
            if (def->type != FieldType::Money)
                sort.field = def;
        }
    }
    return sort; // an empty expression: by id ("created", and any unknown key)
}

// The deals listed: the pipeline's, visible. With an index to walk in sort order the pipeline
// is a per-row check; otherwise the stage index (which covers budget and responsible) is the
// cheapest way to every deal of the pipeline.
QString RecordList::dealWhere(const ListQuery &query, bool ordered, const QStringList &stageIds,
                              Sql &sql) const
{
    if (query.pipelineId && ordered) {
        sql.pipelineParam = true;
        return QStringLiteral(" AND r.pipeline_id = ?1");
    }
    if (!ordered || query.pipelineId)
        return QStringLiteral(" AND r.stage_id IN (%1)")
            .arg(stageIds.isEmpty() ? QStringLiteral("0") : stageIds.join(u','));
    return {};
}

RecordList::Sql RecordList::build(const ListQuery &query, const QStringList &keys,
                                  bool forExport) const
{
    Sql out;
    const bool deals = m_kind == EntityKind::Deal;
    ListSource &src = out.source;
    src.kind = m_kind;
    src.alias = QStringLiteral("r");
    QStringList columns;
    for (const QString &k : keys)
        columns << columnSql(k);
    if (deals)
        columns << kDealFacts;
    src.columns = columns.join(QStringLiteral(", "));
    // What the columns read besides the record: its responsible, and its company.
    src.joins = QStringLiteral("LEFT JOIN users u ON u.id = r.responsible_id") +
                (m_kind != EntityKind::Company
                     ? QStringLiteral(" LEFT JOIN companies co ON co.id = r.company_id")
                     : QString());
    src.where = QStringLiteral("r.deleted = 0");
    if (deals) {
        // The stage rank (pipeline position, then stage position) as one integer, so it sorts
        // and pages like any column without joining stages and pipelines per deal; and the
        // stages of the listed pipeline, for the stage index.
        QString stageRank, pipelineRank;
        QStringList stageIds;
        const QList<PipelineInfo> pipelines = m_s.pipelines();
        for (int p = 0; p < pipelines.size(); ++p) {
            pipelineRank += QStringLiteral(" WHEN %1 THEN %2").arg(pipelines[p].id).arg(p);
            for (int i = 0; i < pipelines[p].stages.size(); ++i) {
                const qint64 id = pipelines[p].stages[i].id;
                stageRank += QStringLiteral(" WHEN %1 THEN %2").arg(id).arg(p * 1000 + i);
                if (!query.pipelineId || pipelines[p].id == query.pipelineId)
                    stageIds << QString::number(id);
            }
        }
        out.sort = dealSortFor(query.sortKey, stageRank, pipelineRank);
        const bool ordered =
            out.sort.expr.isEmpty() || dealIndexOrdered(query.sortKey) || out.sort.field;
        src.where += dealWhere(query, ordered, stageIds, out);
    } else {
        out.sort = sortFor(query.sortKey);
    }
    // "+r.responsible_id" keeps SQLite from choosing the responsible index for own and
    // department scopes: that would sort every visible row, while walking the sort index
    // finds the first page after a few thousand rows even when the user sees a few percent.
    const PermEntity pe = permEntity(m_kind);
    src.where +=
        QStringLiteral(" AND ") + Permissions::sqlPredicate(m_s.principal(), pe, PermAction::View,
                                                            QStringLiteral("+r.responsible_id"));
    if (forExport)
        src.where += QStringLiteral(" AND ") +
                     Permissions::sqlPredicate(m_s.principal(), pe, PermAction::Export,
                                               QStringLiteral("+r.responsible_id"));
    out.filter = recordFilterSql(m_s, m_kind, query.filter, kFilterParam);
    src.where += out.filter.conditions;
    if (!query.onlyIds.isEmpty()) {
        src.where += QStringLiteral(" AND r.id IN (SELECT value FROM json_each(?5))");
        out.onlyIds = true;
    }
    return out;
}

Result<ListPage> RecordList::fetch(const ListQuery &query, const ListCursor &after)
{
    return read(query, after, false);
}

Result<ListPage> RecordList::read(const ListQuery &query, const ListCursor &after, bool forExport)
{
    if (columnDefs(m_kind).isEmpty())
        return makeError(Error::Code::Invalid,
                         Tr::tr("This list shows contacts, companies or deals."));
    const QStringList keys = columnKeys(query);
    QList<const FieldDef *> defs;
    for (const QString &k : keys)
        defs << (customFieldId(k) ? m_s.fieldDef(customFieldId(k)) : nullptr);
    const Sql sql = build(query, keys, forExport);
    const bool deals = m_kind == EntityKind::Deal;
    const QString selection = sql.onlyIds ? idsJson(query.onlyIds) : QString();
    const auto bind = [&](Statement &q) {
        if (sql.pipelineParam)
            q.bind(1, query.pipelineId);
        if (sql.onlyIds)
            q.bind(5, selection);
        sql.filter.bind(q);
    };
    ListPage page;
    const auto read = [&](Statement &q) {
        page.ids << q.int64(0);
        QVariantList row;
        QHash<qint64, QVariant> fields;
        row.reserve(defs.size());
        for (int i = 0; i < defs.size(); ++i) {
            const QVariant v = q.value(i + 2);
            if (defs[i] && !v.isNull()) {
                row << fieldValueText(*defs[i], v);
                fields.insert(defs[i]->id, fieldValueFromStorage(*defs[i], v));
            } else {
                row << v;
            }
        }
        page.rows << row;
        page.fieldValues << fields;
        if (deals) {
            const int f = int(defs.size()) + 2;
            page.facts << ListRowFacts{q.int64(f + 3), q.int64(f + 1), q.int64(f + 2), q.text(f)};
        } else {
            page.facts << ListRowFacts{};
        }
    };
    static_assert(kDealFactCount == 4, "ListRowFacts reads four columns");
    return guarded(m_s.db(), [&]() -> Result<ListPage> {
        page.next = readListPage(m_s, sql.source, sql.sort, query.descending, after, query.pageSize,
                                 bind, read);
        return page;
    });
}

Result<qint64> RecordList::count(const ListQuery &query)
{
    ListQuery q = query;
    // Deals: sorted by budget, the WHERE reaches the pipeline through the stage index, which
    // also holds everything the count needs.
    if (m_kind == EntityKind::Deal)
        q.sortKey = QStringLiteral("budget");
    const Sql sql = build(q, {}, false);
    const QString selection = sql.onlyIds ? idsJson(query.onlyIds) : QString();
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        return countList(m_s, sql.source, [&](Statement &c) {
            if (sql.pipelineParam)
                c.bind(1, query.pipelineId);
            if (sql.onlyIds)
                c.bind(5, selection);
            sql.filter.bind(c);
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

Result<BulkResult> RecordList::setStage(const QList<qint64> &ids, qint64 stageId,
                                        const Patch &extra)
{
    const StageInfo *stage = m_s.stage(stageId);
    if (m_kind != EntityKind::Deal || !stage)
        return makeError(Error::Code::Invalid, Tr::tr("Stage #%1 does not exist.").arg(stageId),
                         entityKey(EntityKind::Deal), QStringLiteral("stage_id"));
    Board board(m_s, stage->pipelineId);
    return BulkEdit(m_s, EntityKind::Deal).apply(ids, [&](qint64 id) {
        return board.move(id, stageId, 0, extra);
    });
}

bool RecordList::mayExport()
{
    // An export shows what the user may both view and export (as Exporter::allowed).
    const PermEntity pe = permEntity(m_kind);
    return Permissions::scope(m_s.principal(), pe, PermAction::Export) != Scope::None &&
           Permissions::scope(m_s.principal(), pe, PermAction::View) != Scope::None;
}

QString RecordList::cellText(const QString &key, const QVariant &value,
                             const ListRowFacts &facts) const
{
    if (m_kind == EntityKind::Deal) {
        if (key == u"budget")
            return QString::number(double(value.toLongLong()) / 100.0, 'f', 2);
        if (key == u"currency")
            return facts.currency;
        if (key == u"stage") {
            const StageInfo *st = m_s.stage(value.toLongLong());
            return st ? st->name : QString();
        }
        if (key == u"pipeline") {
            for (const PipelineInfo &p : m_s.pipelines())
                if (p.id == value.toLongLong())
                    return p.name;
            return {};
        }
    }
    if (key == u"created" || key == u"updated")
        return isoDateTime(value.toLongLong());
    return value.toString();
}

Result<qint64> RecordList::exportCsv(const ListQuery &query, const QStringList &columnKeys,
                                     QIODevice &out,
                                     const std::function<bool(qint64, qint64)> &progress)
{
    return exportTable(query, columnKeys, out, progress, nullptr);
}

Result<qint64> RecordList::exportXlsx(const ListQuery &query, const QStringList &columnKeys,
                                      QIODevice &out,
                                      const std::function<bool(qint64, qint64)> &progress,
                                      const QTimeZone &zone)
{
    return exportTable(query, columnKeys, out, progress, &zone);
}

Result<qint64> RecordList::exportTable(const ListQuery &query, const QStringList &columnKeys,
                                       QIODevice &out,
                                       const std::function<bool(qint64, qint64)> &progress,
                                       const QTimeZone *xlsxZone)
{
    using Kind = XlsxTableWriter::Kind;
    if (!mayExport())
        return makeError(Error::Code::Permission,
                         m_kind == EntityKind::Deal
                             ? Tr::tr("Your role does not allow exporting deals. Ask an "
                                      "administrator for the export right.")
                             : Tr::tr("Your role does not allow exporting these records. Ask an "
                                      "administrator for the export right."),
                         entityKey(m_kind));
    QHash<QString, QString> titles;
    for (const ListColumn &c : availableColumns())
        titles.insert(c.key, c.title);
    ListQuery q = query;
    q.pageSize = 500;
    q.columns.clear();
    QList<XlsxTableWriter::Column> header;
    QList<int> cells; // per file column: the query's column, or -1 for the budget's currency
    QList<const FieldDef *> defs; // per file column: its custom field
    for (const QString &k : columnKeys) {
        if (!titles.contains(k) || q.columns.contains(k))
            continue;
        q.columns << k;
        const FieldDef *def = customFieldId(k) ? m_s.fieldDef(customFieldId(k)) : nullptr;
        Kind kind = Kind::Text;
        if (def)
            kind = XlsxTableWriter::kindOf(def->type);
        else if (k == u"created" || k == u"updated")
            kind = Kind::DateTime;
        else if (k == u"close_date")
            kind = Kind::Date;
        else if (m_kind == EntityKind::Deal && k == u"budget")
            kind = Kind::Money;
        header << XlsxTableWriter::Column{titles.value(k), kind};
        cells << int(q.columns.size()) - 1;
        defs << def;
        // A budget is a number in the sheet; its currency goes beside it.
        if (m_kind == EntityKind::Deal && k == u"budget") {
            header << XlsxTableWriter::Column{Tr::tr("Currency"), Kind::Text};
            cells << -1;
            defs << nullptr;
        }
    }
    if (q.columns.isEmpty())
        q.columns << QStringLiteral("name");
    Result<qint64> total = count(q);
    if (!total)
        return total.error();
    std::optional<CsvWriter> csv;
    std::optional<XlsxTableWriter> sheet;
    if (xlsxZone) {
        sheet.emplace(m_kind == EntityKind::Deal      ? Tr::tr("Deals")
                      : m_kind == EntityKind::Contact ? Tr::tr("Contacts")
                                                      : Tr::tr("Companies"),
                      header, *xlsxZone);
    } else {
        csv.emplace(out);
        QStringList titleRow;
        for (const XlsxTableWriter::Column &c : std::as_const(header))
            titleRow << c.title;
        csv->writeRow(titleRow);
    }
    const auto failed = [&](const QString &why) {
        return makeError(Error::Code::Storage,
                         sheet ? Tr::tr("The Excel file could not be written: %1").arg(why)
                               : Tr::tr("The CSV file could not be written: %1").arg(why));
    };
    qint64 written = 0;
    ListCursor cursor;
    do {
        Result<ListPage> page = read(q, cursor, true);
        if (!page)
            return page.error();
        for (int r = 0; r < page->ids.size(); ++r) {
            const ListRowFacts &facts = page->facts.at(r);
            if (sheet) {
                QVariantList row;
                row.reserve(cells.size());
                for (int i = 0; i < cells.size(); ++i) {
                    const int c = cells[i];
                    const QVariant v = c < 0 ? QVariant() : page->rows.at(r).at(c);
                    if (c < 0)
                        row << facts.currency;
                    else if (defs[i] && header[i].kind != Kind::Text)
                        // Numbers, money (a map), dates and times as stored, not as text.
                        row << page->fieldValues.at(r).value(defs[i]->id);
                    else if (header[i].kind == Kind::Money)
                        row << (v.isNull() ? QVariant()
                                           : QVariant(QVariantMap{
                                                 {QStringLiteral("amount"), v.toLongLong()},
                                                 {QStringLiteral("currency"), facts.currency}}));
                    else if (header[i].kind == Kind::DateTime)
                        row << (v.toLongLong() ? v : QVariant());
                    else if (header[i].kind == Kind::Date)
                        row << v;
                    else
                        row << cellText(q.columns.at(c), v, facts);
                }
                sheet->writeRow(row);
            } else {
                QStringList row;
                row.reserve(cells.size());
                for (int c : cells)
                    row << (c < 0 ? facts.currency
                                  : cellText(q.columns.at(c), page->rows.at(r).at(c), facts));
                csv->writeRow(row);
            }
            ++written;
        }
        if (sheet ? !sheet->ok() : !csv->ok())
            return failed(sheet ? sheet->errorString() : csv->errorString());
        cursor = page->next;
        if (progress && !progress(written, *total))
            return written; // cancelled: the caller drops the file
    } while (cursor.valid());
    if (sheet && !sheet->finish(out))
        return failed(sheet->errorString());
    return written;
}

} // namespace Voronka::Core
