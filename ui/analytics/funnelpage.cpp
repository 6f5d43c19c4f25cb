// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportpages.h"

#include "chartstyle.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QStandardItem>
#include <QValueAxis>

namespace Voronka::Ui {

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
               f.created.count
                   ? addTarget(deals({W::Created}, tr("Created — %1").arg(period), &scope))
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
        figure(tr("Average cycle"),
               f.averageCycleMs ? durationText(f.averageCycleMs) : QStringLiteral("—")),
    });

    auto *reached = new QBarSet(tr("Reached"));
    auto *pad = new QBarSet(QString());
    QStringList categories;
    qint64 widest = 1;
    for (const Core::FunnelStage &st : f.stages)
        widest = std::max(widest, st.reached.count);
    QList<int> barTargets;
    for (const Core::FunnelStage &st : f.stages) {
        const QString name = stageName(st.stageId, st.name);
        // The chart lists stages bottom-up: each stage goes below the ones before it.
        categories.prepend(name);
        pad->insert(0, double(widest - st.reached.count) / 2.0);
        reached->insert(0, double(st.reached.count));
        const int reachedTarget = addTarget(
            deals({W::Reached, st.stageId}, tr("Reached “%1” — %2").arg(name, period), &scope));
        const int enteredTarget = addTarget(
            deals({W::Entered, st.stageId}, tr("Entered “%1” — %2").arg(name, period), &scope));
        QStandardItem *reachedCell = count(st.reached.count);
        link(reachedCell, reachedTarget);
        QStandardItem *sum = money(st.reached.sum);
        link(sum, reachedTarget);
        QStandardItem *entered = count(st.entered.count);
        link(entered, enteredTarget);
        QStandardItem *stay = days(st.averageMs);
        stay->setToolTip(
            tr("The mean over %n stay(s) that ended in the period", nullptr, int(st.stays)));
        addRow({text(name), reachedCell, sum, percent(st.toNext), percent(st.toWon),
                count(st.dropOff), entered, stay});
        barTargets.prepend(st.reached.count ? reachedTarget : -1);
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
    auto *values = new QValueAxis;
    values->setRange(0, double(widest));
    values->setVisible(false);
    QChart *chart = barChart(series, categories, values, barTargets);
    chart->legend()->hide();
    setChart(chart);
}

} // namespace Voronka::Ui
