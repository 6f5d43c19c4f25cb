// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/services/recordfilter.h"

#include "core/fields/fieldtypes.h"
#include "core/search/search.h"
#include "core/services/session.h"

namespace Voronka::Core {

QString FilterSql::param(const QVariant &value)
{
    binds << value;
    return QStringLiteral("?%1").arg(firstParam + binds.size() - 1);
}

void FilterSql::bind(Statement &q) const
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        q.bind(firstParam + int(i), binds[i]);
}

void addAnyTagCondition(FilterSql &out, EntityKind kind, const QString &idExpr,
                        const QStringList &tags)
{
    if (tags.isEmpty())
        return;
    QStringList names;
    for (const QString &t : tags)
        names << out.param(t);
    out.conditions += QStringLiteral(" AND EXISTS(SELECT 1 FROM entity_tags e JOIN tags t ON "
                                     "t.id = e.tag_id WHERE e.kind = %1 AND e.entity_id = %2 "
                                     "AND t.name IN (%3))")
                          .arg(int(kind))
                          .arg(idExpr, names.join(QLatin1Char(',')));
}

namespace {
// Money is stored as JSON; its amount is what compares and orders it.
QString storedValue(const FieldDef &def, const QString &column)
{
    return def.type == FieldType::Money ? QStringLiteral("json_extract(%1, '$.amount')").arg(column)
                                        : column;
}

// The bound value in the storage class the field keeps (a number never equals text in
// SQLite, so "5" typed by a user must go as 5.0 for a number field).
QVariant typed(const FieldDef &def, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    switch (def.type) {
    case FieldType::Number:
        return QString(v.toString()).replace(u',', u'.').toDouble();
    case FieldType::Money:
    case FieldType::DateTime:
        return v.toLongLong();
    case FieldType::Flag:
        return qint64(v.toBool() ? 1 : 0);
    default:
        return v.toString();
    }
}

bool isSet(const QVariant &v)
{
    return v.isValid() && !v.isNull() && !v.toString().isEmpty();
}
} // namespace

QString customFieldValueSql(const FieldDef &def, const QString &idExpr)
{
    return QStringLiteral("(SELECT %1 FROM field_values sf WHERE sf.kind = %2 AND sf.entity_id = "
                          "%3 AND sf.field_id = %4)")
        .arg(storedValue(def, QStringLiteral("sf.value")))
        .arg(int(def.kind))
        .arg(idExpr)
        .arg(def.id);
}

void addCreatedRange(FilterSql &out, const QString &alias, qint64 fromMs, qint64 toMs)
{
    if (fromMs)
        out.conditions += QStringLiteral(" AND %1.created_at >= %2").arg(alias, out.param(fromMs));
    if (toMs)
        out.conditions += QStringLiteral(" AND %1.created_at < %2").arg(alias, out.param(toMs));
}

QString keysetCondition(const QString &sortExpr, const QString &idExpr, bool descending,
                        bool nullable, bool afterIsNull, int valueParam, int idParam)
{
    const QString v = QStringLiteral("?%1").arg(valueParam);
    const QString i = QStringLiteral("?%1").arg(idParam);
    const QLatin1String cmp(descending ? "<" : ">");
    if (!nullable || !afterIsNull) {
        // NULLs sort first: ascending past a value leaves them behind, descending they are
        // still to come.
        if (descending && nullable)
            return QStringLiteral(" AND ((%1, %2) < (%3, %4) OR %1 IS NULL)")
                .arg(sortExpr, idExpr, v, i);
        return QStringLiteral(" AND (%1, %2) %3 (%4, %5)").arg(sortExpr, idExpr, cmp, v, i);
    }
    return descending ? QStringLiteral(" AND (%1 IS NULL AND %2 < %3)").arg(sortExpr, idExpr, i)
                      : QStringLiteral(" AND ((%1 IS NULL AND %2 > %3) OR %1 IS NOT NULL)")
                            .arg(sortExpr, idExpr, i);
}

bool RecordFilter::isEmpty() const
{
    return *this == RecordFilter{};
}

bool RecordFilter::hasConditions() const
{
    RecordFilter withoutText = *this;
    withoutText.text.clear();
    return !withoutText.isEmpty();
}

int RecordFilter::activeCount() const
{
    return (responsibleIds.isEmpty() ? 0 : 1) + (tags.isEmpty() ? 0 : 1) +
           (createdFrom || createdTo ? 1 : 0) + (tasks != TaskState::Any ? 1 : 0) +
           (source.isEmpty() ? 0 : 1) + int(fields.size());
}

FilterSql recordFilterSql(Session &s, EntityKind kind, const RecordFilter &filter, int firstParam,
                          const QString &alias)
{
    FilterSql out;
    out.firstParam = firstParam;
    const QString id = alias + QStringLiteral(".id");
    if (!filter.responsibleIds.isEmpty()) {
        QStringList ids;
        for (qint64 user : filter.responsibleIds)
            ids << out.param(user);
        // Deals: "+" keeps the stage index (which covers budget and responsible) driving the
        // board and the list; the responsible index would visit every deal of the user in all
        // stages.
        out.conditions += QStringLiteral(" AND %1%2.responsible_id IN (%3)")
                              .arg(kind == EntityKind::Deal ? QStringLiteral("+") : QString(),
                                   alias, ids.join(QLatin1Char(',')));
    }
    const QString match = Search::matchExpression(filter.text);
    if (!match.isEmpty())
        out.conditions += QStringLiteral(" AND %1 IN (SELECT rowid / 4 FROM search WHERE search "
                                         "MATCH %2 AND rowid % 4 = %3)")
                              .arg(id, out.param(match))
                              .arg(int(kind));
    addAnyTagCondition(out, kind, id, filter.tags);
    addCreatedRange(out, alias, filter.createdFrom, filter.createdTo);
    // Both task states read tasks_entity for the one record: cheap per row, and the board's
    // column totals stay one pass over the stage index.
    const QString openTasks = QStringLiteral("SELECT 1 FROM tasks t WHERE t.entity_kind = %1 AND "
                                             "t.entity_id = %2 AND t.deleted = 0 AND t.status = 0")
                                  .arg(int(kind))
                                  .arg(id);
    if (filter.tasks == RecordFilter::TaskState::NoOpenTask)
        out.conditions += QStringLiteral(" AND NOT EXISTS(%1)").arg(openTasks);
    else if (filter.tasks == RecordFilter::TaskState::OverdueTask)
        out.conditions += QStringLiteral(" AND EXISTS(%1 AND t.due_at < %2)")
                              .arg(openTasks, out.param(s.clock().nowMs()));
    if (!filter.source.isEmpty() && kind == EntityKind::Deal)
        out.conditions +=
            QStringLiteral(" AND %1.source = %2").arg(alias, out.param(filter.source));

    for (const FieldCondition &c : filter.fields) {
        const FieldDef *def = s.fieldDef(c.fieldId);
        if (!def || def->kind != kind)
            continue;
        // One primary-key lookup in field_values per record: no index on values exists (and
        // the schema stays), so a field condition costs a pass over the visible records.
        const QString val = storedValue(*def, QStringLiteral("f.value"));
        QString cond;
        bool negate = false;
        switch (c.op) {
        case FieldCondition::Op::Equals:
            cond = def->type == FieldType::Number || def->type == FieldType::Money ||
                           def->type == FieldType::DateTime
                       ? QStringLiteral("%1 = %2").arg(val, out.param(typed(*def, c.value)))
                       : QStringLiteral("%1 = %2 COLLATE NOCASE")
                             .arg(val, out.param(c.value.toString()));
            break;
        case FieldCondition::Op::Contains:
            cond = QStringLiteral("instr(lower(%1), lower(%2)) > 0")
                       .arg(val, out.param(c.value.toString()));
            break;
        case FieldCondition::Op::Range: {
            QStringList parts;
            if (isSet(c.from))
                parts << QStringLiteral("%1 >= %2").arg(val, out.param(typed(*def, c.from)));
            if (isSet(c.to))
                parts << QStringLiteral("%1 <= %2").arg(val, out.param(typed(*def, c.to)));
            if (parts.isEmpty())
                parts << QStringLiteral("%1 IS NOT NULL").arg(val);
            cond = parts.join(QStringLiteral(" AND "));
            break;
        }
        case FieldCondition::Op::Option:
            cond = def->type == FieldType::MultiSelect
                       ? QStringLiteral("EXISTS(SELECT 1 FROM json_each(f.value) j WHERE j.value "
                                        "= %1)")
                             .arg(out.param(c.value.toString()))
                       : QStringLiteral("f.value = %1").arg(out.param(c.value.toString()));
            break;
        case FieldCondition::Op::IsSet:
        case FieldCondition::Op::NotSet:
            negate = c.op == FieldCondition::Op::NotSet;
            cond = def->type == FieldType::Flag
                       ? QStringLiteral("f.value <> 0")
                       : QStringLiteral("f.value IS NOT NULL AND f.value <> ''");
            break;
        }
        out.conditions += QStringLiteral(" AND %1EXISTS(SELECT 1 FROM field_values f WHERE f.kind "
                                         "= %2 AND f.entity_id = %3 AND f.field_id = %4 AND %5)")
                              .arg(negate ? QStringLiteral("NOT ") : QString())
                              .arg(int(kind))
                              .arg(id)
                              .arg(def->id)
                              .arg(cond);
    }
    return out;
}

QStringList recordTags(Session &s, EntityKind kind)
{
    QStringList out;
    Query q = s.sql().prepare("SELECT t.name FROM tags t WHERE t.deleted = 0 AND EXISTS(SELECT 1 "
                              "FROM entity_tags e WHERE e.tag_id = t.id AND e.kind = ?1) "
                              "ORDER BY t.name");
    q->bind(1, int(kind));
    while (q->step())
        out << q->text(0);
    return out;
}

QStringList dealSources(Session &s)
{
    QStringList out;
    Query q = s.sql().prepare("SELECT DISTINCT source FROM deals WHERE deleted = 0 AND source IS "
                              "NOT NULL AND source <> '' ORDER BY source COLLATE NOCASE");
    while (q->step())
        out << q->text(0);
    return out;
}

} // namespace Voronka::Core
