// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "drill.h"

#include "aggregates.h"
#include "dealscan.h"
#include "reportsql.h"

#include "core/services/session.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace Voronka::Core::Analytics {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Analytics)
};

using Measure = Aggregates::Measure;

// The conditions of one measure's facts (alias a): the reports' own on analytics_days (the
// view has the same columns), with the period's days when `period`, and the deal filters.
QStringList factConditions(Session &s, const ReportScope &r, Measure m, bool period)
{
    QStringList terms{aggregateWhere(s, r, m, period)};
    if (r.filtersDeals())
        terms << dealFilterSql(r, QStringLiteral("a.deal_id"));
    return terms;
}

// The funnel's stages from `stageId` on (open stages in board order, then Won): a deal
// counts as having reached a stage when its furthest stage is that one or a later one.
QStringList stagesFrom(Session &s, qint64 pipelineId, qint64 stageId)
{
    QStringList out;
    for (const PipelineInfo &pi : s.pipelines()) {
        if (pi.id != pipelineId)
            continue;
        bool on = false;
        for (StageKind kind : {StageKind::Open, StageKind::Won})
            for (const StageInfo &st : pi.stages)
                if (st.kind == kind) {
                    on = on || st.id == stageId;
                    if (on)
                        out << QString::number(st.id);
                }
    }
    return out;
}

Result<QString> drillSql(Session &s, const ReportScope &r, const Drill &d)
{
    static const QHash<Drill::What, Measure> measures{
        {Drill::What::Created, Measure::Created}, {Drill::What::Won, Measure::Won},
        {Drill::What::Lost, Measure::Lost},       {Drill::What::Reached, Measure::Reached},
        {Drill::What::Entered, Measure::Entered}, {Drill::What::Open, Measure::Open},
        {Drill::What::Forecast, Measure::Open}};
    if (d.what == Drill::What::WithoutOpenTask) {
        QStringList terms = factConditions(s, r, Measure::Open, false);
        return QStringLiteral(
                   "SELECT DISTINCT a.deal_id FROM analytics_facts a WHERE %1 AND NOT EXISTS "
                   "(SELECT 1 FROM tasks t WHERE t.entity_kind = 1 AND t.entity_id = a.deal_id "
                   "AND t.deleted = 0 AND t.status = 0) ORDER BY 1 DESC")
            .arg(terms.join(QLatin1String(" AND ")));
    }
    // Open deals are counted now, whatever the period; the forecast's days are close days
    // (-1: none).
    const bool period =
        d.what != Drill::What::Open && !(d.what == Drill::What::Forecast && d.noCloseDate);
    QStringList terms = factConditions(s, r, measures.value(d.what), period);
    switch (d.what) {
    case Drill::What::Reached: {
        if (!r.pipelineId)
            return makeError(Error::Code::Invalid,
                             Tr::tr("Choose a pipeline to list the deals of a funnel stage."));
        const QStringList stages = stagesFrom(s, r.pipelineId, d.stageId);
        terms << QStringLiteral("a.stage_id IN (%1)")
                     .arg(stages.isEmpty() ? QStringLiteral("0") : stages.join(u','));
        break;
    }
    case Drill::What::Open:
        if (d.stageId)
            terms << QStringLiteral("a.stage_id = %1").arg(d.stageId);
        break;
    case Drill::What::Forecast:
        terms << (d.noCloseDate ? QStringLiteral("a.day = -1") : QStringLiteral("a.day >= 0"));
        break;
    default:
        if (d.stageId)
            terms << QStringLiteral("a.stage_id = %1").arg(d.stageId);
        if (d.what == Drill::What::Lost && d.reasonId >= 0)
            terms << QStringLiteral("a.reason = %1").arg(d.reasonId);
    }
    return QStringLiteral("SELECT DISTINCT a.deal_id FROM analytics_facts a WHERE %1 "
                          "ORDER BY 1 DESC")
        .arg(terms.join(QLatin1String(" AND ")));
}

} // namespace

Result<QList<qint64>> drill(Session &s, const ReportScope &scope, const Drill &d,
                            const std::function<bool(qint64 done)> &report)
{
    const ReportScope &r = scope;
    return guarded(s.db(), [&]() -> Result<QList<qint64>> {
        Result<QString> sql = drillSql(s, r, d);
        if (!sql)
            return sql.error();
        QList<qint64> ids;
        Query q = s.sql().prepare(*sql);
        while (q->step()) {
            ids << q->int64(0);
            if (report && ids.size() % 4096 == 0 && !report(ids.size())) {
                q->reset();
                return makeError(Error::Code::Invalid, Tr::tr("The list was cancelled."));
            }
        }
        return ids;
    });
}

} // namespace Voronka::Core::Analytics
