// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "deallist.h"

#include "fields/fieldtypes.h"
#include "importexport/csv.h"
#include "services/board.h"
#include "services/records.h"
#include "services/session.h"

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

QList<DealListColumn> DealList::standardColumns()
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

QList<DealListColumn> DealList::columns()
{
    QList<DealListColumn> cols = standardColumns();
    for (const FieldDef &def : m_s.fieldDefs(EntityKind::Deal))
        cols << DealListColumn{def.key(), def.name, true, def.id};
    return cols;
}

struct DealList::Sql
{
    QString text;
    QString where; // without the keyset
    DealFilterSql filter;
    bool pipelineParam = false;
    bool cursorValue = false;
    bool cursorId = false;
    bool onlyIds = false;
    bool limit = false;
    // A custom field's order (fieldSort): `text` reads the deals with a value through
    // field_values_sort (skipped once the cursor is past them), `emptyText` those without
    // one by id, run when the first part leaves the page short.
    bool fieldSort = false;
    bool skipValues = false;
    QString emptyText;
};

// Parameters: ?1 the pipeline, ?2/?3 the keyset, ?4 the page size, ?5 the selection (JSON),
// the filter's from ?10 on.
DealList::Sql DealList::build(const DealListQuery &query, const DealListCursor &after,
                              bool forExport)
{
    Sql out;
    out.filter = dealFilterSql(query.filter, 10, m_s.clock().nowMs());
    const QList<PipelineInfo> pipelines = m_s.pipelines();

    // The stage rank (pipeline position, then stage position) as one integer, so it sorts
    // and pages like any column without joining stages and pipelines per deal.
    QString stageCase, pipelineCase;
    QStringList stageIds;
    for (int p = 0; p < pipelines.size(); ++p) {
        pipelineCase += QStringLiteral(" WHEN %1 THEN %2").arg(pipelines[p].id).arg(p);
        for (int i = 0; i < pipelines[p].stages.size(); ++i) {
            const qint64 id = pipelines[p].stages[i].id;
            stageCase += QStringLiteral(" WHEN %1 THEN %2").arg(id).arg(p * 1000 + i);
            if (!query.pipelineId || pipelines[p].id == query.pipelineId)
                stageIds << QString::number(id);
        }
    }
    const QString key = query.sortKey;
    QString sv;
    if (key == u"name")
        sv = QStringLiteral("d.name");
    else if (key == u"budget")
        sv = QStringLiteral("d.budget");
    else if (key == u"stage")
        sv = stageCase.isEmpty() ? QStringLiteral("0")
                                 : QStringLiteral("CASE d.stage_id%1 END").arg(stageCase);
    else if (key == u"pipeline")
        sv = pipelineCase.isEmpty() ? QStringLiteral("0")
                                    : QStringLiteral("CASE d.pipeline_id%1 END").arg(pipelineCase);
    else if (key == u"responsible") {
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
        sv = cases.isEmpty() ? QStringLiteral("NULL")
                             : QStringLiteral("CASE d.responsible_id%1 END").arg(cases);
    } else if (key == u"company")
        sv = QStringLiteral("(SELECT sc.name FROM companies sc WHERE sc.id = d.company_id)");
    else if (key == u"updated")
        sv = QStringLiteral("d.updated_at");
    else if (key == u"close_date")
        sv = QStringLiteral("d.close_date");
    else if (key == u"source")
        sv = QStringLiteral("d.source");
    const FieldDef *sortField = nullptr;
    if (key.startsWith(kCustomPrefix)) {
        const FieldDef *def = m_s.fieldDef(key.mid(kCustomPrefix.size()).toLongLong());
        if (def && def->kind == EntityKind::Deal) {
            sv = customFieldValueSql(*def, QStringLiteral("d.id"));
            // Money orders by an amount inside JSON, which no index holds.
            if (def->type != FieldType::Money)
                sortField = def;
        }
    }
    const bool byId = sv.isEmpty(); // "created", and any unknown key
    if (byId)
        sv = QStringLiteral("d.id");

    QString where = QStringLiteral("d.deleted = 0");
    // With an index to walk in sort order, the pipeline is a per-row check; otherwise the
    // stage index (which covers budget and responsible) is the cheapest way to every deal of
    // the pipeline.
    const bool ordered = byId || indexOrdered(key) || sortField;
    if (query.pipelineId && ordered) {
        where += QStringLiteral(" AND d.pipeline_id = ?1");
        out.pipelineParam = true;
    } else if (!ordered || query.pipelineId) {
        where += QStringLiteral(" AND d.stage_id IN (%1)")
                     .arg(stageIds.isEmpty() ? QStringLiteral("0") : stageIds.join(u','));
    }
    where += QStringLiteral(" AND ") +
             Permissions::sqlPredicate(m_s.principal(), PermEntity::Deal, PermAction::View,
                                       QStringLiteral("+d.responsible_id"));
    if (forExport)
        where += QStringLiteral(" AND ") +
                 Permissions::sqlPredicate(m_s.principal(), PermEntity::Deal, PermAction::Export,
                                           QStringLiteral("+d.responsible_id"));
    where += out.filter.conditions;
    if (!query.onlyIds.isEmpty()) {
        where += QStringLiteral(" AND d.id IN (SELECT value FROM json_each(?5))");
        out.onlyIds = true;
    }
    out.where = where;

    const bool desc = query.descending;
    const QLatin1String dir(desc ? "DESC" : "ASC");
    const QLatin1String cmp(desc ? "<" : ">");
    const QString columns = QStringLiteral(
        "d.name, d.budget, d.currency, d.pipeline_id, d.stage_id, d.responsible_id, u.name, "
        "d.company_id, co.name, (SELECT c.name FROM deal_contacts dc JOIN contacts c ON c.id = "
        "dc.contact_id WHERE dc.deal_id = d.id ORDER BY dc.position LIMIT 1), d.created_at, "
        "d.updated_at, d.close_date, d.source");
    const QString joins = QStringLiteral("LEFT JOIN users u ON u.id = d.responsible_id LEFT JOIN "
                                         "companies co ON co.id = d.company_id");
    if (sortField) {
        // Values first, then the deals without one, in both directions, as the contacts list
        // sorts (RecordList::fetchByField): each page a range of field_values_sort.
        out.fieldSort = true;
        out.limit = true;
        const bool inEmpty = after.valid() && after.sortValue.isNull();
        out.skipValues = inEmpty;
        out.cursorValue = after.valid() && !inEmpty;
        out.cursorId = after.valid();
        out.text = QStringLiteral("SELECT d.id, v.value, %1 FROM field_values v CROSS JOIN deals d "
                                  "ON d.id = v.entity_id %2 WHERE v.kind = %3 AND v.field_id = %4 "
                                  "AND v.value IS NOT NULL AND %5%6 ORDER BY v.value %7, "
                                  "v.entity_id %7 LIMIT ?4")
                       .arg(columns, joins)
                       .arg(int(EntityKind::Deal))
                       .arg(sortField->id)
                       .arg(where,
                            out.cursorValue
                                ? QStringLiteral(" AND (v.value, v.entity_id) %1 (?2, ?3)").arg(cmp)
                                : QString(),
                            dir);
        out.emptyText =
            QStringLiteral("SELECT d.id, NULL, %1 FROM deals d %2 WHERE %3 AND NOT EXISTS(SELECT "
                           "1 FROM field_values v WHERE v.kind = %4 AND v.entity_id = d.id AND "
                           "v.field_id = %5 AND v.value IS NOT NULL)%6 ORDER BY d.id %7 LIMIT ?4")
                .arg(columns, joins, where)
                .arg(int(EntityKind::Deal))
                .arg(sortField->id)
                .arg(inEmpty ? QStringLiteral(" AND d.id %1 ?3").arg(cmp) : QString(), dir);
        return out;
    }
    if (after.valid()) {
        out.cursorId = true;
        if (byId) {
            where += QStringLiteral(" AND d.id %1 ?3").arg(cmp);
        } else {
            const bool afterNull = nullable(key) && after.sortValue.isNull();
            out.cursorValue = !afterNull;
            where +=
                keysetCondition(sv, QStringLiteral("d.id"), desc, nullable(key), afterNull, 2, 3);
        }
    }
    const QString order =
        byId ? QStringLiteral("d.id %1").arg(dir) : QStringLiteral("%1 %2, d.id %2").arg(sv, dir);
    out.limit = true;
    // The page's ids first, then its columns: the joins and subqueries run for the rows
    // shown, not for every row the sorter looks at.
    out.text = QStringLiteral("SELECT p.id, p.sv, %1 FROM (SELECT d.id AS id, %2 AS sv FROM deals "
                              "d WHERE %3 ORDER BY %4 LIMIT ?4) p JOIN deals d ON d.id = p.id %5 "
                              "ORDER BY p.sv %6, p.id %6")
                   .arg(columns, sv, where, order, joins, dir);
    return out;
}

Result<DealListPage> DealList::fetch(const DealListQuery &query, const DealListCursor &after)
{
    return read(query, after, false);
}

Result<DealListPage> DealList::read(const DealListQuery &query, const DealListCursor &after,
                                    bool forExport)
{
    const Sql sql = build(query, after, forExport);
    try {
        DealListPage page;
        QVariant lastValue;
        // Runs one statement of the page: `limit` rows at most, `value` and `id`: whether
        // it takes the keyset's ?2 and ?3.
        const auto run = [&](const QString &text, qint64 limit, bool value, bool id) {
            Query q = m_s.sql().prepare(text);
            if (sql.pipelineParam)
                q->bind(1, query.pipelineId);
            if (value)
                q->bind(2, after.sortValue);
            if (id)
                q->bind(3, after.id);
            q->bind(4, limit);
            if (sql.onlyIds) {
                QJsonArray ids;
                for (qint64 i : query.onlyIds)
                    ids.append(i);
                q->bind(5, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
            }
            sql.filter.bind(*q);
            while (q->step()) {
                DealRow r;
                r.id = q->int64(0);
                lastValue = q->value(1);
                r.name = q->text(2);
                r.budget = q->int64(3);
                r.currency = q->text(4);
                r.pipelineId = q->int64(5);
                r.stageId = q->int64(6);
                r.responsibleId = q->int64(7);
                r.responsibleName = q->text(8);
                r.companyId = q->int64(9);
                r.company = q->text(10);
                r.contact = q->text(11);
                r.createdAt = q->int64(12);
                r.updatedAt = q->int64(13);
                r.closeDate = q->text(14);
                r.source = q->text(15);
                page.rows << r;
            }
        };
        if (!sql.skipValues)
            run(sql.text, query.pageSize, sql.cursorValue,
                sql.fieldSort ? sql.cursorValue : sql.cursorId);
        if (sql.fieldSort && page.rows.size() < query.pageSize)
            run(sql.emptyText, query.pageSize - page.rows.size(), false, sql.skipValues);
        if (page.rows.size() == query.pageSize && !page.rows.isEmpty())
            page.next = DealListCursor{lastValue, page.rows.last().id};

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
        return page;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Result<qint64> DealList::count(const DealListQuery &query)
{
    // Sorted by budget, the WHERE reaches the pipeline through the stage index, which also
    // holds everything the count needs.
    DealListQuery q = query;
    q.sortKey = QStringLiteral("budget");
    const Sql sql = build(q, {}, false);
    try {
        Query c = m_s.sql().prepare(
            QStringLiteral("SELECT count(*) FROM deals d WHERE %1").arg(sql.where));
        if (sql.onlyIds) {
            QJsonArray ids;
            for (qint64 id : query.onlyIds)
                ids.append(id);
            c->bind(5, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
        }
        sql.filter.bind(*c);
        return c->step() ? c->int64(0) : 0;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
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

Result<BulkResult> DealList::setResponsible(const QList<qint64> &ids, qint64 userId)
{
    return BulkEdit(m_s, EntityKind::Deal).setResponsible(ids, userId);
}

Result<BulkResult> DealList::setField(const QList<qint64> &ids, const QString &key,
                                      const QVariant &value)
{
    return BulkEdit(m_s, EntityKind::Deal).setField(ids, key, value);
}

Result<BulkResult> DealList::addTags(const QList<qint64> &ids, const QStringList &tags)
{
    return BulkEdit(m_s, EntityKind::Deal).addTags(ids, tags);
}

Result<BulkResult> DealList::removeTags(const QList<qint64> &ids, const QStringList &tags)
{
    return BulkEdit(m_s, EntityKind::Deal).removeTags(ids, tags);
}

Result<BulkResult> DealList::remove(const QList<qint64> &ids)
{
    return BulkEdit(m_s, EntityKind::Deal).remove(ids);
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
    for (const DealListColumn &c : columns())
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
    DealListCursor cursor;
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
