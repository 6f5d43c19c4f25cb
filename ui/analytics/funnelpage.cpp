// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportpages.h"

#include "chartstyle.h"

#include "core/services/session.h"
#include "ui/widgets/stagename.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStandardItem>
#include <QValueAxis>

namespace Voronka::Ui {

namespace {
// A stage as people know it: its translated system name, or the name the admin gave it.
QString stageName(Core::Session &s, qint64 stageId, const QString &fallback)
{
    const Core::StageInfo *st = s.stage(stageId);
    return st ? stageDisplayName(*st) : fallback;
}
} // namespace

BackgroundJob::Work FunnelPage::work(const ReportContext &context)
{
    Core::ReportScope scope = context.scope;
    scope.withStageTimes = true; // a read of the stage history, hence off the UI thread
    return readInto(m_read, [scope](Core::Session &s, const BackgroundJob::Report &report) {
        return Core::Analytics::funnel(s, scope, report);
    });
}

void FunnelPage::present()
{
    setColumns({tr("Stage"), tr("Reached"), tr("Sum"), tr("To next stage"), tr("To won"),
                tr("Dropped off"), tr("Entered in period"), tr("Time in stage")});
    if (!m_read || !*m_read || !(*m_read)->ok()) {
        showError(m_read && *m_read ? (*m_read)->error().message : QString());
        setChart(nullptr);
        return;
    }
    const Core::Funnel &f = ***m_read;
    using W = Core::Drill::What;
    Core::ReportScope scope = context().scope;
    scope.pipelineId = f.pipelineId; // "every pipeline" reads the first one the viewer sees
    const QString period = context().periodLabel;
    setHeadline({
        figure(tr("Created"), tr("%n deal(s)", nullptr, int(f.created.count)),
               f.created.count ? addTarget(deals({W::Created}, tr("Created — %1").arg(period),
                                                 &scope))
                               : -1),
        figure(tr("Won"),
               tr("%n deal(s)", nullptr, int(f.won.count)) + QStringLiteral(" · ") +
                   moneyText(f.won.sum),
               f.won.count ? addTarget(deals({W::Won}, tr("Won — %1").arg(period), &scope)) : -1),
        figure(tr("Lost"),
               tr("%n deal(s)", nullptr, int(f.lost.count)) + QStringLiteral(" · ") +
                   moneyText(f.lost.sum),
               f.lost.count ? addTarget(deals({W::Lost}, tr("Lost — %1").arg(period), &scope))
                            : -1),
        figure(tr("Average cycle"), f.averageCycleMs ? durationText(f.averageCycleMs)
                                                     : QStringLiteral("—")),
    });

    auto *reached = new QBarSet(tr("Reached"));
    auto *pad = new QBarSet(QString());
    QStringList categories;
    qint64 widest = 1;
    for (const Core::FunnelStage &st : f.stages)
        widest = std::max(widest, st.reached.count);
    QList<int> barTargets;
    // The chart lists stages bottom-up: the first stage goes last so it is drawn on top.
    for (qsizetype i = f.stages.size() - 1; i >= 0; --i) {
        const Core::FunnelStage &st = f.stages.at(i);
        const QString name = stageName(m_session, st.stageId, st.name);
        categories << name;
        pad->append(double(widest - st.reached.count) / 2.0);
        reached->append(double(st.reached.count));
    }
    for (const Core::FunnelStage &st : f.stages) {
        const QString name = stageName(m_session, st.stageId, st.name);
        const int reachedTarget = addTarget(deals(
            {W::Reached, st.stageId}, tr("Reached “%1” — %2").arg(name, period), &scope));
        const int enteredTarget = addTarget(deals(
            {W::Entered, st.stageId}, tr("Entered “%1” — %2").arg(name, period), &scope));
        QStandardItem *reachedCell = count(st.reached.count);
        link(reachedCell, reachedTarget);
        QStandardItem *sum = money(st.reached.sum);
        link(sum, reachedTarget);
        QStandardItem *entered = count(st.entered.count);
        link(entered, enteredTarget);
        QStandardItem *stay = days(st.averageMs);
        stay->setToolTip(tr("The mean over %n stay(s) that ended in the period", nullptr,
                            int(st.stays)));
        addRow({text(name), reachedCell, sum, percent(st.toNext), percent(st.toWon),
                count(st.dropOff), entered, stay});
        barTargets << (st.reached.count ? reachedTarget : -1);
    }
    pad->setColor(Qt::transparent);
    pad->setBorderColor(Qt::transparent);
    pad->setLabelColor(Qt::transparent);
    reached->setColor(ChartStyle::seriesColor(0));
    reached->setBorderColor(ChartStyle::seriesColor(0));
    reached->setLabelColor(Qt::white);
    auto *series = new QHorizontalStackedBarSeries;
    series->append(pad);
    series->append(reached);
    series->setBarWidth(0.8);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *stagesAxis = new QBarCategoryAxis;
    stagesAxis->append(categories);
    stagesAxis->setGridLineVisible(false);
    chart->addAxis(stagesAxis, Qt::AlignLeft);
    series->attachAxis(stagesAxis);
    auto *values = new QValueAxis;
    values->setRange(0, double(widest));
    values->setVisible(false);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->hide();
    const int stages = int(f.stages.size());
    connect(series, &QHorizontalStackedBarSeries::clicked, this,
            [this, barTargets, stages](int index, QBarSet *) {
                // Bars count from the bottom: the last stage first.
                const int stage = stages - 1 - index;
                if (stage >= 0 && stage < barTargets.size())
                    activateTarget(barTargets.at(stage));
            });
    setChart(chart);
}

} // namespace Voronka::Ui
