// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportpages.h"

#include "chartstyle.h"

#include "ui/widgets/dates.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLayout>
#include <QLineSeries>
#include <QLocale>
#include <QStandardItem>
#include <QValueAxis>

namespace Voronka::Ui {

namespace {
// More buckets than this read better as lines than as bars.
constexpr int kMostBars = 24;

QString bucketLabel(const QDate &start, Core::Granularity g)
{
    if (g == Core::Granularity::Month)
        return QLocale().standaloneMonthName(start.month(), QLocale::ShortFormat) + u' ' +
               QString::number(start.year());
    return QLocale().toString(start, Dates::dayMonthFormat());
}
} // namespace

SummaryPage::SummaryPage(Core::Session &session, QWidget *parent)
    : ReportPage(session, parent)
    , m_granularity(new QComboBox(this))
    , m_measure(new QComboBox(this))
{
    m_granularity->setObjectName(QStringLiteral("summaryGranularity"));
    m_granularity->setAccessibleName(tr("Group by"));
    m_granularity->addItem(tr("By day"), int(Core::Granularity::Day));
    m_granularity->addItem(tr("By week"), int(Core::Granularity::Week));
    m_granularity->addItem(tr("By month"), int(Core::Granularity::Month));
    m_granularity->setCurrentIndex(1);
    m_measure->setObjectName(QStringLiteral("summaryMeasure"));
    m_measure->setAccessibleName(tr("Show"));
    m_measure->addItem(tr("Number of deals"));
    m_measure->addItem(tr("Sum of deals"));
    addTool(m_granularity);
    addTool(m_measure);
    connect(m_granularity, &QComboBox::currentIndexChanged, this, &SummaryPage::reloadRequested);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (m_read && *m_read)
            present();
    });
}

Core::Granularity SummaryPage::granularity() const
{
    return Core::Granularity(m_granularity->currentData().toInt());
}

void SummaryPage::setGranularity(Core::Granularity g)
{
    m_granularity->setCurrentIndex(m_granularity->findData(int(g)));
}

BackgroundJob::Work SummaryPage::work(const ReportContext &context)
{
    const Core::ReportScope scope = context.scope;
    const Core::Granularity g = granularity();
    return readInto(
        m_read,
        [scope, g](Core::Session &s, const BackgroundJob::Report &report) -> Core::Result<Data> {
            Core::Result<QList<Core::SummaryBucket>> deals =
                Core::Analytics::summary(s, scope, g, report);
            if (!deals)
                return deals.error();
            Core::Result<QList<Core::ActivityBucket>> activity =
                Core::Analytics::activity(s, scope, g);
            if (!activity)
                return activity.error();
            return Data{*deals, *activity};
        });
}

// What the chart draws: per bucket its label, start and the three measures' values and
// targets (the list a click opens, -1 when the bucket counts nothing).
struct SummaryPage::ChartData
{
    QStringList labels;
    QList<qint64> startsMs;
    QList<std::array<double, 3>> values;
    QList<std::array<int, 3>> targets;
    QString unit; // the money axis's unit; empty when counting deals
};

void SummaryPage::present()
{
    setColumns({tr("Period"), tr("Created"), tr("Created, sum"), tr("Won"), tr("Won, sum"),
                tr("Lost"), tr("Lost, sum"), tr("New contacts"), tr("New companies"),
                tr("Tasks created"), tr("Tasks done")});
    setHeadline({});
    if (!m_read || !*m_read || !(*m_read)->ok()) {
        showError(m_read && *m_read ? (*m_read)->error().message : QString());
        setChart(nullptr);
        return;
    }
    const QList<Core::SummaryBucket> &buckets = (***m_read).deals;
    const QList<Core::ActivityBucket> &activity = (***m_read).activity;
    qint64 activityTotals[4] = {0, 0, 0, 0};
    const bool sums = m_measure->currentIndex() == 1;
    using W = Core::Drill::What;
    const QString names[3] = {tr("Created"), tr("Won"), tr("Lost")};
    const W whats[3] = {W::Created, W::Won, W::Lost};
    Core::Amount totals[3];
    qint64 largest = 1;
    for (const Core::SummaryBucket &b : buckets)
        largest = std::max({largest, b.created.sum, b.won.sum, b.lost.sum});
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(largest, context().currency);
    ChartData chart;
    chart.unit = sums ? scale.unit : QString();
    for (qsizetype b = 0; b < buckets.size(); ++b) {
        const Core::SummaryBucket &bucket = buckets.at(b);
        Core::ReportScope scope = context().scope;
        scope.from = bucket.start;
        scope.to = b + 1 < buckets.size() ? buckets.at(b + 1).start : context().scope.to;
        const QString label = bucketLabel(bucket.start, granularity());
        chart.labels << label;
        chart.startsMs << bucket.start.startOfDay().toMSecsSinceEpoch();
        const Core::Amount *amounts[3] = {&bucket.created, &bucket.won, &bucket.lost};
        QList<QStandardItem *> row{text(label)};
        row.first()->setData(bucket.start, SortRole); // sorts by date
        std::array<int, 3> targets{-1, -1, -1};
        std::array<double, 3> values{};
        for (int i = 0; i < 3; ++i) {
            const Core::Amount &a = *amounts[i];
            totals[i].count += a.count;
            totals[i].sum += a.sum;
            if (a.count)
                targets[i] = addTarget(
                    deals({whats[i]}, QStringLiteral("%1 — %2").arg(names[i], label), &scope));
            QStandardItem *n = count(a.count);
            QStandardItem *sum = money(a.sum);
            link(n, targets[i]);
            link(sum, targets[i]);
            row << n << sum;
            values[i] = sums ? scale.of(a.sum) : double(a.count);
        }
        chart.values << values;
        chart.targets << targets;
        const Core::ActivityBucket a = activity.value(b);
        const qint64 counts[4] = {a.contactsCreated, a.companiesCreated, a.tasksCreated,
                                  a.tasksDone};
        for (int i = 0; i < 4; ++i) {
            row << count(counts[i]);
            activityTotals[i] += counts[i];
        }
        addRow(row);
    }
    QStringList headline;
    for (int i = 0; i < 3; ++i)
        headline << figure(names[i], tr("%n deal(s)", nullptr, int(totals[i].count)) +
                                         QStringLiteral(" · ") + moneyText(totals[i].sum));
    headline << figure(tr("New contacts"), QLocale().toString(activityTotals[0]))
             << figure(tr("New companies"), QLocale().toString(activityTotals[1]))
             << figure(tr("Tasks done"), QLocale().toString(activityTotals[3]));
    setHeadline(headline);
    setChart(chartOf(chart));
}

QChart *SummaryPage::chartOf(const ChartData &data)
{
    const QString names[3] = {tr("Created"), tr("Won"), tr("Lost")};
    auto targets = std::make_shared<QList<std::array<int, 3>>>(data.targets);
    auto *chart = new QChart;
    auto *values = new QValueAxis;
    values->setLabelFormat(data.unit.isEmpty() ? QStringLiteral("%.0f") : QStringLiteral("%.4g"));
    values->setTitleText(data.unit);
    chart->addAxis(values, Qt::AlignLeft);
    if (data.labels.size() > kMostBars) {
        auto *time = new QDateTimeAxis;
        time->setFormat(granularity() == Core::Granularity::Month ? QStringLiteral("MMM yyyy")
                                                                  : Dates::dayMonthFormat());
        time->setTickCount(8);
        chart->addAxis(time, Qt::AlignBottom);
        for (int i = 0; i < 3; ++i) {
            auto *line = new QLineSeries;
            line->setName(names[i]);
            line->setColor(ChartStyle::seriesColor(i));
            line->setPointsVisible(data.labels.size() <= 100);
            for (qsizetype b = 0; b < data.labels.size(); ++b)
                line->append(double(data.startsMs[b]), data.values[b][i]);
            chart->addSeries(line);
            line->attachAxis(time);
            line->attachAxis(values);
            connect(line, &QLineSeries::clicked, this, [this, targets, i, line](QPointF at) {
                int nearest = 0;
                for (int p = 0; p < line->count(); ++p)
                    if (std::abs(line->at(p).x() - at.x()) <
                        std::abs(line->at(nearest).x() - at.x()))
                        nearest = p;
                if (nearest < targets->size())
                    activateTarget(targets->at(nearest)[i]);
            });
        }
    } else {
        auto *series = new QBarSeries;
        for (int i = 0; i < 3; ++i) {
            auto *set = new QBarSet(names[i]);
            set->setColor(ChartStyle::seriesColor(i));
            set->setBorderColor(ChartStyle::seriesColor(i));
            for (const auto &v : data.values)
                set->append(v[i]);
            series->append(set);
        }
        chart->addSeries(series);
        auto *axis = new QBarCategoryAxis;
        axis->append(data.labels);
        chart->addAxis(axis, Qt::AlignBottom);
        series->attachAxis(axis);
        series->attachAxis(values);
        connect(series, &QBarSeries::clicked, this,
                [this, targets, series](int index, QBarSet *set) {
                    const int i = int(series->barSets().indexOf(set));
                    if (i >= 0 && index < targets->size())
                        activateTarget(targets->at(index)[i]);
                });
    }
    values->applyNiceNumbers();
    return chart;
}

} // namespace Voronka::Ui
