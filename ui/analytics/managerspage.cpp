// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportpages.h"

#include "chartstyle.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QStandardItem>
#include <QValueAxis>

namespace Voronka::Ui {

namespace {
// The chart shows the people with the largest won sums; the table lists everybody.
constexpr int kChartPeople = 12;
} // namespace

BackgroundJob::Work ManagersPage::work(const ReportContext &context)
{
    const Core::ReportScope scope = context.scope;
    return readInto(m_read, [scope](Core::Session &s, const BackgroundJob::Report &report) {
        return Core::Analytics::managers(s, scope, report);
    });
}

void ManagersPage::present()
{
    setColumns({tr("Manager"), tr("Open"), tr("Open, sum"), tr("Won"), tr("Won, sum"), tr("Lost"),
                tr("Conversion"), tr("Average deal"), tr("Tasks done"), tr("Tasks overdue"),
                tr("Notes"), tr("Stage moves")});
    if (!m_read || !*m_read || !(*m_read)->ok()) {
        showError(m_read && *m_read ? (*m_read)->error().message : QString());
        setChart(nullptr);
        return;
    }
    const QList<Core::ManagerRow> &rows = ***m_read;
    using W = Core::Drill::What;
    const QString period = context().periodLabel;
    Core::Amount won, open;
    qint64 tasksDone = 0;
    QList<std::pair<const Core::ManagerRow *, int>> chartRows; // with the won target
    for (const Core::ManagerRow &m : rows) {
        Core::ReportScope one = context().scope;
        one.responsibleId = m.userId;
        one.departmentId = 0;
        const int openTarget = addTarget(deals({W::Open}, tr("%1: open deals").arg(m.name), &one));
        const int wonTarget =
            addTarget(deals({W::Won}, tr("%1: won — %2").arg(m.name, period), &one));
        const int lostTarget =
            addTarget(deals({W::Lost}, tr("%1: lost — %2").arg(m.name, period), &one));
        DrillTarget done;
        done.tasks = true;
        done.whose = QStringLiteral("u:%1").arg(m.userId);
        done.status = Core::TaskStatus::Done;
        done.title = tr("%1: tasks done").arg(m.name);
        DrillTarget overdue = done;
        overdue.status = Core::TaskStatus::Open;
        overdue.title = tr("%1: open tasks").arg(m.name);
        const int doneTarget = addTarget(done);
        const int overdueTarget = addTarget(overdue);
        QList<QStandardItem *> row{text(m.name),          count(m.open.count), money(m.open.sum),
                                   count(m.won.count),    money(m.won.sum),    count(m.lost.count),
                                   percent(m.conversion), money(m.averageWon), count(m.tasksDone),
                                   count(m.tasksOverdue), count(m.notesAdded), count(m.stageMoves)};
        link(row[1], openTarget);
        link(row[2], openTarget);
        link(row[3], wonTarget);
        link(row[4], wonTarget);
        link(row[5], lostTarget);
        link(row[8], doneTarget);
        link(row[9], overdueTarget);
        addRow(row);
        won.count += m.won.count;
        won.sum += m.won.sum;
        open.count += m.open.count;
        open.sum += m.open.sum;
        tasksDone += m.tasksDone;
        chartRows.append({&m, m.won.count ? wonTarget : -1});
    }
    setHeadline({figure(tr("People"), QString::number(rows.size())),
                 figure(tr("Won"), tr("%n deal(s)", nullptr, int(won.count)) +
                                       QStringLiteral(" · ") + moneyText(won.sum)),
                 figure(tr("Open"), tr("%n deal(s)", nullptr, int(open.count)) +
                                        QStringLiteral(" · ") + moneyText(open.sum)),
                 figure(tr("Tasks done"), QString::number(tasksDone))});

    std::stable_sort(chartRows.begin(), chartRows.end(), [](const auto &a, const auto &b) {
        return a.first->won.sum > b.first->won.sum;
    });
    chartRows = chartRows.mid(0, kChartPeople);
    std::reverse(chartRows.begin(), chartRows.end()); // the largest on top
    auto *wonSet = new QBarSet(tr("Won, sum"));
    wonSet->setColor(ChartStyle::seriesColor(1));
    wonSet->setBorderColor(ChartStyle::seriesColor(1));
    QStringList names;
    QList<int> targets;
    qint64 most = 1;
    for (const auto &[m, target] : chartRows)
        most = std::max(most, m->won.sum);
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(most, context().currency);
    for (const auto &[m, target] : chartRows) {
        names << m->name;
        wonSet->append(scale.of(m->won.sum));
        targets << target;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(wonSet);
    series->setBarWidth(0.7);
    auto *values = new QValueAxis;
    values->setRange(0, scale.of(most));
    values->setLabelFormat(QStringLiteral("%.4g"));
    values->setTitleText(scale.unit);
    values->applyNiceNumbers();
    QChart *chart = barChart(series, names, values, targets);
    chart->legend()->hide();
    chart->setTitle(
        rows.size() > kChartPeople
            ? tr("Won in the period: the %1 largest of %2").arg(kChartPeople).arg(rows.size())
            : tr("Won in the period"));
    setChart(chart);
}

} // namespace Voronka::Ui
