// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/services/dealfilter.h"

#include "core/search/search.h"
#include "core/services/session.h"

namespace Voronka::Core {

bool DealFilter::isEmpty() const
{
    return *this == DealFilter{};
}

DealFilterSql dealFilterSql(const DealFilter &filter, int firstParam, qint64 nowMs)
{
    DealFilterSql out;
    out.firstParam = firstParam;
    auto param = [&](const QVariant &v) {
        return out.param(v);
    };
    // "+d.responsible_id": the stage index (which covers budget and responsible) must drive
    // the query; the responsible index would visit every deal of the user in all stages.
    if (filter.responsibleId)
        out.conditions +=
            QStringLiteral(" AND +d.responsible_id = %1").arg(param(filter.responsibleId));
    const QString match = Search::matchExpression(filter.text);
    if (!match.isEmpty())
        out.conditions += QStringLiteral(" AND d.id IN (SELECT rowid / 4 FROM search WHERE search "
                                         "MATCH %1 AND rowid % 4 = 1)")
                              .arg(param(match));
    addAnyTagCondition(out, EntityKind::Deal, QStringLiteral("d.id"), filter.tags);
    addCreatedRange(out, QStringLiteral("d"), filter.createdFrom, filter.createdTo);
    // Both task states read tasks_entity for the one deal: cheap per card, and the column
    // totals stay one pass over the stage index.
    if (filter.tasks == DealFilter::TaskState::NoOpenTask)
        out.conditions += QStringLiteral(" AND NOT EXISTS(SELECT 1 FROM tasks t WHERE "
                                         "t.entity_kind = 1 AND t.entity_id = d.id AND "
                                         "t.deleted = 0 AND t.status = 0)");
    else if (filter.tasks == DealFilter::TaskState::OverdueTask)
        out.conditions +=
            QStringLiteral(" AND EXISTS(SELECT 1 FROM tasks t WHERE t.entity_kind = 1 "
                           "AND t.entity_id = d.id AND t.deleted = 0 AND t.status = 0 "
                           "AND t.due_at < %1)")
                .arg(param(nowMs));
    if (!filter.source.isEmpty())
        out.conditions += QStringLiteral(" AND d.source = %1").arg(param(filter.source));
    return out;
}

QStringList dealTags(Session &s)
{
    return recordTags(s, EntityKind::Deal);
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
