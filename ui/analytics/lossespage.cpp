// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportpages.h"

#include "chartstyle.h"

#include "ui/widgets/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QStandardItem>
#include <QValueAxis>

namespace Voronka::Ui {

BackgroundJob::Work LossesPage::work(const ReportContext &context)
{
    const Core::ReportScope scope = context.scope;
    return readInto(m_read, [scope](Core::Session &s, const BackgroundJob::Report &report) {
        return Core::Analytics::losses(s, scope, report);
    });
}

void LossesPage::present()
{
    setColumns({tr("Reason"), tr("Deals"), tr("Sum"), tr("Share")});
    if (!m_read || !*m_read || !(*m_read)->ok()) {
        showError(m_read && *m_read ? (*m_read)->error().message : QString());
        setChart(nullptr);
        return;
    }
    const QList<Core::LossRow> &rows = ***m_read;
    const QString period = context().periodLabel;
    auto *series = new QPieSeries;
    series->setHoleSize(0.55);
    series->setPieSize(0.85);
    Core::Amount all;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Core::LossRow &l = rows.at(i);
        Core::Drill d{Core::Drill::What::Lost};
        d.reasonId = l.reasonId;
        const int target = addTarget(deals(d, tr("Lost: %1 — %2").arg(l.name, period)));
        QList<QStandardItem *> row{text(l.name), count(l.lost.count), money(l.lost.sum),
                                   percent(l.share)};
        link(row[1], target);
        link(row[2], target);
        addRow(row);
        all.count += l.lost.count;
        all.sum += l.lost.sum;
        QPieSlice *slice = series->append(
            QStringLiteral("%1 — %2 %").arg(l.name, QLocale().toString(l.share, 'f', 0)),
            double(l.lost.count));
        slice->setColor(ChartStyle::seriesColor(int(i)));
        slice->setBorderColor(Theme::current().surface);
        slice->setLabelColor(Theme::current().text);
        slice->setLabelVisible(l.share >= 4.0); // thin slices are named in the legend
        connect(slice, &QPieSlice::clicked, this, [this, target] { activateTarget(target); });
        connect(slice, &QPieSlice::hovered, slice, [slice](bool on) { slice->setExploded(on); });
    }
    setHeadline({figure(tr("Lost"), tr("%n deal(s)", nullptr, int(all.count)) +
                                        QStringLiteral(" · ") + moneyText(all.sum))});
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    setChart(chart);
    chart->legend()->setVisible(!rows.isEmpty());
}

BackgroundJob::Work ForecastPage::work(const ReportContext &context)
{
    const Core::ReportScope scope = context.scope;
    return readInto(m_read, [scope](Core::Session &s, const BackgroundJob::Report &report) {
        return Core::Analytics::forecast(s, scope, report);
    });
}

void ForecastPage::present()
{
    setColumns({tr("Expected close"), tr("Manager"), tr("Open deals"), tr("Sum"), tr("Weighted")},
               2);
    if (!m_read || !*m_read || !(*m_read)->ok()) {
        showError(m_read && *m_read ? (*m_read)->error().message : QString());
        setChart(nullptr);
        return;
    }
    const QList<Core::ForecastRow> &rows = ***m_read;
    auto monthName = [](const QDate &m) -> QString {
        return m.isValid()
                   ? QLocale().standaloneMonthName(m.month()) + u' ' + QString::number(m.year())
                   : tr("No close date");
    };
    // One stacked bar per month, a segment per person.
    QStringList months;
    QStringList people;
    QHash<QString, QHash<QString, double>> weighted; // person -> month -> weighted
    QHash<QString, QHash<QString, int>> segmentTargets;
    qint64 total = 0, open = 0;
    for (const Core::ForecastRow &f : rows) {
        const QString month = monthName(f.month);
        Core::ReportScope scope = context().scope;
        Core::Drill d{Core::Drill::What::Forecast};
        if (f.month.isValid()) {
            scope.from = std::max(f.month, scope.from.isValid() ? scope.from : f.month);
            const QDate next = f.month.addMonths(1);
            scope.to = scope.to.isValid() ? std::min(next, scope.to) : next;
        } else {
            d.noCloseDate = true;
        }
        scope.responsibleId = f.responsibleId;
        scope.departmentId = 0;
        const int target = addTarget(deals(d, tr("%1: expected %2").arg(f.name, month), &scope));
        QList<QStandardItem *> row{text(month), text(f.name), count(f.open.count),
                                   money(f.open.sum), money(f.weighted)};
        row.first()->setData(f.month.isValid() ? f.month.toJulianDay()
                                               : std::numeric_limits<qint64>::max(),
                             SortRole);
        link(row[2], target);
        link(row[3], target);
        link(row[4], target);
        addRow(row);
        if (!months.contains(month))
            months << month;
        if (!people.contains(f.name))
            people << f.name;
        weighted[f.name][month] += double(f.weighted);
        segmentTargets[f.name][month] = target;
        total += f.weighted;
        open += f.open.sum;
    }
    setHeadline({figure(tr("Weighted forecast"), moneyText(total)),
                 figure(tr("Open, sum"), moneyText(open))});
    qint64 tallest = 1;
    for (const QString &m : months) {
        double month = 0;
        for (const QString &p : people)
            month += weighted.value(p).value(m);
        tallest = std::max(tallest, qint64(month));
    }
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(tallest, context().currency);
    auto *series = new QStackedBarSeries;
    QList<QList<int>> targets;
    for (qsizetype p = 0; p < people.size(); ++p) {
        auto *set = new QBarSet(people.at(p));
        set->setColor(ChartStyle::seriesColor(int(p)));
        set->setBorderColor(ChartStyle::seriesColor(int(p)));
        QList<int> perMonth;
        for (const QString &m : months) {
            set->append(weighted.value(people.at(p)).value(m) / scale.divisor);
            perMonth << segmentTargets.value(people.at(p)).value(m, -1);
        }
        series->append(set);
        targets << perMonth;
    }
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(months);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto *values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%.4g"));
    values->setTitleText(scale.unit);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    values->applyNiceNumbers();
    chart->setTitle(tr("Weighted by stage probability"));
    chart->legend()->setVisible(people.size() <= 12);
    connect(series, &QStackedBarSeries::clicked, this,
            [this, series, targets](int index, QBarSet *set) {
                const int p = int(series->barSets().indexOf(set));
                if (p >= 0 && p < targets.size() && index < targets.at(p).size())
                    activateTarget(targets.at(p).at(index));
            });
    setChart(chart);
}

} // namespace Voronka::Ui
