// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "deallist.h"

#include "core/fields/fieldtypes.h"
#include "core/importexport/csv.h"
#include "core/services/board.h"
#include "core/services/records.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::DealList)
};

const QString kCustomPrefix = QStringLiteral("cf.");

// Sorting costs at reference size (330k deals in a pipeline, 1M in all): "created" walks the
// row ids, "name" the deals_name index and "updated" deals_updated, so their first page reads
// a few hundred rows whatever the depth (keyset). Every other order has no index of its own
// (a custom field's values are shared by deals of every pipeline): SQLite reads every
// matching deal (the stage index covers budget, so budget and stage read only the index;
// the others also read the table; the responsible sorts by a rank over the few users, from
// the index too) and keeps the top page in a bounded sorter — each page
// costs one such pass, a few hundred milliseconds at 330k. A custom field adds a field_values
// lookup per deal. Hence the list opens on "created".
bool indexOrdered(const QString &key)
{
    return key == u"created" || key == u"name" || key == u"updated";
}

// Nullable sort values need their own keyset comparison: a row value with a NULL in it
// compares as NULL and would drop rows.
bool nullable(const QString &key)
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
} // namespace

QList<ListColumn> DealList::standardColumns()
{
    return {
        {QStringLiteral("name"), Tr::tr("Name"), true, 0},
        {QStringLiteral("budget"), Tr::tr("Budget"), true, 0},
        {QStringLiteral("stage"), Tr::tr("Stage"), true, 0},
        {QStringLiteral("pipeline"), Tr::tr("Pipeline"), true, 0},
        {QStringLiteral("responsible"), Tr::tr("Responsible"), true, 0},
        {QStringLiteral("company"), Tr::tr("Company"), true, 0},
        {QStringLiteral("contact"), Tr::tr("Contact"), false, 0},
        {QStringLiteral("tags"), Tr::tr("Tags"), false, 0},
        {QStringLiteral("created"), Tr::tr("Created"), true, 0},
        {QStringLiteral("updated"), Tr::tr("Updated"), true, 0},
        {QStringLiteral("close_date"), Tr::tr("Close date"), true, 0},
        {QStringLiteral("source"), Tr::tr("Source"), true, 0},
    };
}

QList<ListColumn> DealList::columns()
{
    QList<ListColumn> cols = standardColumns();
    for (const FieldDef &def : m_s.fieldDefs(EntityKind::Deal))
        cols << ListColumn{def.key(), def.name, true, def.id};
    return cols;
}

// The stage rank (pipeline position, then stage position) as one integer, so it sorts and
// pages like any column without joining stages and pipelines per deal; and the stages of the
// listed pipeline, for the stage index.
struct DealList::Ranks
{
    QString stageCase;
    QString pipelineCase;
    QStringList stageIds;
};

// One page's or count's statement parts: the source the engine pages and the list's own
// parameters (?1 the pipeline, ?5 the selection as JSON, the filter's from ?10 on).
struct DealList::Sql
{
    ListSource source;
    ListSort sort;
    DealFilterSql filter;
    bool pipelineParam = false;
    bool onlyIds = false;
};

DealList::Ranks DealList::ranks(qint64 pipelineId) const
{
    Ranks out;
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    for (int p = 0; p < pipelines.size(); ++p) {
        out.pipelineCase += QStringLiteral(" WHEN %1 THEN %2").arg(pipelines[p].id).arg(p);
        for (int i = 0; i < pipelines[p].stages.size(); ++i) {
            const qint64 id = pipelines[p].stages[i].id;
            out.stageCase += QStringLiteral(" WHEN %1 THEN %2").arg(id).arg(p * 1000 + i);
            if (!pipelineId || pipelines[p].id == pipelineId)
                out.stageIds << QString::number(id);
        }
    }
    return out;
}

// Users are few: their order by name becomes a CASE over the responsible id, which the stage
// index holds, instead of a users lookup for every deal.
QString DealList::responsibleRank() const
{
    QList<UserInfo> users = m_s.users().values();
    std::sort(users.begin(), users.end(), [](const UserInfo &a, const UserInfo &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    QString cases;
    for (int i = 0; i < users.size(); ++i)
        cases += QStringLiteral(" WHEN %1 THEN %2").arg(users[i].id).arg(i);
    return cases.isEmpty() ? QStringLiteral("NULL")
                           : QStringLiteral("CASE d.responsible_id%1 END").arg(cases);
}

ListSort DealList::sortFor(const QString &key, const Ranks &r) const
{
    static const QHash<QString, QString> plainColumns{
        {QStringLiteral("name"), QStringLiteral("d.name")},
        {QStringLiteral("budget"), QStringLiteral("d.budget")},
        {QStringLiteral("company"),
         QStringLiteral("(SELECT sc.name FROM companies sc WHERE sc.id = d.company_id)")},
        {QStringLiteral("updated"), QStringLiteral("d.updated_at")},
        {QStringLiteral("close_date"), QStringLiteral("d.close_date")},
        {QStringLiteral("source"), QStringLiteral("d.source")},
    };
    ListSort sort;
    // The page's ids first, then its columns: the joins and subqueries run for the rows
    // shown, not for every row the sorter looks at.
    sort.plain = false;
    sort.nullable = nullable(key);
    if (key == u"stage")
        sort.expr = r.stageCase.isEmpty()
                        ? QStringLiteral("0")
                        : QStringLiteral("CASE d.stage_id%1 END").arg(r.stageCase);
    else if (key == u"pipeline")
        sort.expr = r.pipelineCase.isEmpty()
                        ? QStringLiteral("0")
                        : QStringLiteral("CASE d.pipeline_id%1 END").arg(r.pipelineCase);
    else if (key == u"responsible")
        sort.expr = responsibleRank();
    else
        sort.expr = plainColumns.value(key);
    if (key.startsWith(kCustomPrefix)) {
        const FieldDef *def = m_s.fieldDef(key.mid(kCustomPrefix.size()).toLongLong());
        if (def && def->kind == EntityKind::Deal) {
            sort.expr = customFieldValueSql(*def, QStringLiteral("d.id"));
            // Money orders by an amount inside JSON, which no index holds.
            if (def->type != FieldType::Money)
                sort.field = def;
        }
    }
    return sort; // an empty expression: by id ("created", and any unknown key)
}

QString DealList::whereFor(const DealListQuery &query, bool ordered, const Ranks &r, bool forExport,
                           Sql &sql) const
{
    QString where = QStringLiteral("d.deleted = 0");
    // With an index to walk in sort order, the pipeline is a per-row check; otherwise the
    // stage index (which covers budget and responsible) is the cheapest way to every deal of
    // the pipeline.
    if (query.pipelineId && ordered) {
        where += QStringLiteral(" AND d.pipeline_id = ?1");
        sql.pipelineParam = true;
    } else if (!ordered || query.pipelineId) {
        where += QStringLiteral(" AND d.stage_id IN (%1)")
                     .arg(r.stageIds.isEmpty() ? QStringLiteral("0") : r.stageIds.join(u','));
    }
    where += QStringLiteral(" AND ") +
             Permissions::sqlPredicate(m_s.principal(), PermEntity::Deal, PermAction::View,
                                       QStringLiteral("+d.responsible_id"));
    if (forExport)
        where += QStringLiteral(" AND ") +
                 Permissions::sqlPredicate(m_s.principal(), PermEntity::Deal, PermAction::Export,
                                           QStringLiteral("+d.responsible_id"));
    where += sql.filter.conditions;
    if (!query.onlyIds.isEmpty()) {
        where += QStringLiteral(" AND d.id IN (SELECT value FROM json_each(?5))");
        sql.onlyIds = true;
    }
    return where;
}

DealList::Sql DealList::build(const DealListQuery &query, bool forExport)
{
    Sql out;
    out.filter = dealFilterSql(query.filter, 10, m_s.clock().nowMs());
    const Ranks r = ranks(query.pipelineId);
    out.sort = sortFor(query.sortKey, r);
    const bool ordered = out.sort.expr.isEmpty() || indexOrdered(query.sortKey) || out.sort.field;
    out.source.kind = EntityKind::Deal;
    out.source.alias = QStringLiteral("d");
    out.source.where = whereFor(query, ordered, r, forExport, out);
    out.source.columns = QStringLiteral(
        "d.name, d.budget, d.currency, d.pipeline_id, d.stage_id, d.responsible_id, u.name, "
        "d.company_id, co.name, (SELECT c.name FROM deal_contacts dc JOIN contacts c ON c.id = "
        "dc.contact_id WHERE dc.deal_id = d.id ORDER BY dc.position LIMIT 1), d.created_at, "
        "d.updated_at, d.close_date, d.source");
    out.source.joins = QStringLiteral("LEFT JOIN users u ON u.id = d.responsible_id LEFT JOIN "
                                      "companies co ON co.id = d.company_id");
    return out;
}

Result<DealListPage> DealList::fetch(const DealListQuery &query, const ListCursor &after)
{
    return read(query, after, false);
}

namespace {
QString idsJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 i : ids)
        array.append(i);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

DealRow dealRow(Statement &q)
{
    DealRow r;
    r.id = q.int64(0);
    r.name = q.text(2);
    r.budget = q.int64(3);
    r.currency = q.text(4);
    r.pipelineId = q.int64(5);
    r.stageId = q.int64(6);
    r.responsibleId = q.int64(7);
    r.responsibleName = q.text(8);
    r.companyId = q.int64(9);
    r.company = q.text(10);
    r.contact = q.text(11);
    r.createdAt = q.int64(12);
    r.updatedAt = q.int64(13);
    r.closeDate = q.text(14);
    r.source = q.text(15);
    return r;
}
} // namespace

Result<DealListPage> DealList::read(const DealListQuery &query, const ListCursor &after,
                                    bool forExport)
{
    const Sql sql = build(query, forExport);
    return guarded(m_s.db(), [&]() -> Result<DealListPage> {
        DealListPage page;
        page.next = readListPage(
            m_s, sql.source, sql.sort, query.descending, after, query.pageSize,
            [&](Statement &q) {
                if (sql.pipelineParam)
                    q.bind(1, query.pipelineId);
                if (sql.onlyIds)
                    q.bind(5, idsJson(query.onlyIds));
                sql.filter.bind(q);
            },
            [&](Statement &q) { page.rows << dealRow(q); });
        readFields(query, page);
        return page;
    });
}

// The page's tags and requested custom fields: a look-up per deal of the page.
void DealList::readFields(const DealListQuery &query, DealListPage &page)
{
    Query tags = m_s.sql().prepare("SELECT t.name FROM entity_tags e JOIN tags t ON t.id = "
                                   "e.tag_id WHERE e.kind = 1 AND e.entity_id = ?1 "
                                   "ORDER BY t.name");
    Query fields = m_s.sql().prepare(
        "SELECT field_id, value FROM field_values WHERE kind = 1 AND entity_id = ?1");
    for (DealRow &r : page.rows) {
        tags->reset();
        tags->bind(1, r.id);
        while (tags->step())
            r.tags << tags->text(0);
        if (query.fieldIds.isEmpty())
            continue;
        fields->reset();
        fields->bind(1, r.id);
        while (fields->step()) {
            const qint64 fid = fields->int64(0);
            if (!query.fieldIds.contains(fid))
                continue;
            if (const FieldDef *def = m_s.fieldDef(fid)) {
                const QVariant stored = fields->value(1);
                r.fieldText.insert(fid, fieldValueText(*def, stored));
                r.fieldValues.insert(fid, fieldValueFromStorage(*def, stored));
            }
        }
    }
}

Result<qint64> DealList::count(const DealListQuery &query)
{
    // Sorted by budget, the WHERE reaches the pipeline through the stage index, which also
    // holds everything the count needs.
    DealListQuery q = query;
    q.sortKey = QStringLiteral("budget");
    const Sql sql = build(q, false);
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        return countList(m_s, sql.source, [&](Statement &c) {
            if (sql.onlyIds)
                c.bind(5, idsJson(query.onlyIds));
            sql.filter.bind(c);
        });
    });
}

Result<BulkResult> DealList::setStage(const QList<qint64> &ids, qint64 stageId, const Patch &extra)
{
    const StageInfo *stage = m_s.stage(stageId);
    if (!stage)
        return makeError(Error::Code::Invalid, Tr::tr("Stage #%1 does not exist.").arg(stageId),
                         entityKey(EntityKind::Deal), QStringLiteral("stage_id"));
    Board board(m_s, stage->pipelineId);
    return BulkEdit(m_s, EntityKind::Deal).apply(ids, [&](qint64 id) {
        return board.move(id, stageId, 0, extra);
    });
}

bool DealList::mayExport()
{
    // An export shows what the user may both view and export (as Exporter::allowed).
    return Permissions::scope(m_s.principal(), PermEntity::Deal, PermAction::Export) !=
               Scope::None &&
           Permissions::scope(m_s.principal(), PermEntity::Deal, PermAction::View) != Scope::None;
}

QString DealList::cellText(const DealRow &row, const QString &key) const
{
    if (key == u"name")
        return row.name;
    if (key == u"budget")
        return QString::number(double(row.budget) / 100.0, 'f', 2);
    if (key == u"currency")
        return row.currency;
    if (key == u"stage") {
        const StageInfo *st = m_s.stage(row.stageId);
        return st ? st->name : QString();
    }
    if (key == u"pipeline") {
        for (const PipelineInfo &p : m_s.pipelines())
            if (p.id == row.pipelineId)
                return p.name;
        return {};
    }
    if (key == u"responsible")
        return row.responsibleName;
    if (key == u"company")
        return row.company;
    if (key == u"contact")
        return row.contact;
    if (key == u"tags")
        return row.tags.join(QStringLiteral(", "));
    if (key == u"created")
        return isoDateTime(row.createdAt);
    if (key == u"updated")
        return isoDateTime(row.updatedAt);
    if (key == u"close_date")
        return row.closeDate;
    if (key == u"source")
        return row.source;
    if (key.startsWith(kCustomPrefix))
        return row.fieldText.value(key.mid(kCustomPrefix.size()).toLongLong());
    return {};
}

Result<qint64> DealList::exportCsv(const DealListQuery &query, const QStringList &columnKeys,
                                   QIODevice &out,
                                   const std::function<bool(qint64, qint64)> &progress)
{
    if (!mayExport())
        return makeError(Error::Code::Permission,
                         Tr::tr("Your role does not allow exporting deals. Ask an administrator "
                                "for the export right."),
                         entityKey(EntityKind::Deal));
    QHash<QString, QString> titles;
    for (const ListColumn &c : columns())
        titles.insert(c.key, c.title);
    DealListQuery q = query;
    q.pageSize = 500;
    q.fieldIds.clear();
    QStringList keys, header;
    for (const QString &k : columnKeys) {
        if (!titles.contains(k))
            continue;
        keys << k;
        header << titles.value(k);
        if (k.startsWith(kCustomPrefix))
            q.fieldIds << k.mid(kCustomPrefix.size()).toLongLong();
        // A budget is a number in the sheet; its currency goes beside it.
        if (k == u"budget") {
            keys << QStringLiteral("currency");
            header << Tr::tr("Currency");
        }
    }
    Result<qint64> total = count(q);
    if (!total)
        return total.error();
    CsvWriter csv(out);
    csv.writeRow(header);
    qint64 written = 0;
    ListCursor cursor;
    do {
        Result<DealListPage> page = read(q, cursor, true);
        if (!page)
            return page.error();
        for (const DealRow &r : page->rows) {
            QStringList cells;
            cells.reserve(keys.size());
            for (const QString &k : keys)
                cells << cellText(r, k);
            csv.writeRow(cells);
            ++written;
        }
        if (!csv.ok())
            return makeError(
                Error::Code::Storage,
                Tr::tr("The CSV file could not be written: %1").arg(csv.errorString()));
        cursor = page->next;
        if (progress && !progress(written, *total))
            break;
    } while (cursor.valid());
    return written;
}

} // namespace Voronka::Core
