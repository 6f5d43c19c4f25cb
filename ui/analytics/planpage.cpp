// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportpages.h"

#include "chartstyle.h"

#include "core/analytics/goals.h"
#include "core/services/session.h"
#include "ui/widgets/theme.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLayout>
#include <QLocale>
#include <QPainter>
#include <QStandardItem>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QValueAxis>

namespace Voronka::Ui {

namespace {

// The progress column: a bar of what was won against the goal, with a thin mark where the
// person should be today; green when ahead of the mark, the accent while behind.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        o.text.clear();
        o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, p, o.widget);
        const ThemeColors &c = Theme::current();
        const double progress = index.data(ReportPage::SortRole).toDouble();
        const double expected = index.data(ReportPage::ExpectedRole).toDouble();
        const QRect cell = option.rect.adjusted(6, 0, -6, 0);
        const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("1000 %")) + 8;
        QRect bar(cell.left(), cell.center().y() - 4, std::max(20, cell.width() - textWidth), 8);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(c.border);
        p->drawRoundedRect(bar, 4, 4);
        QRect done = bar;
        done.setWidth(int(bar.width() * std::clamp(progress, 0.0, 100.0) / 100.0));
        p->setBrush(progress >= expected ? QColor(0x27, 0xAE, 0x60) : c.accent);
        if (done.width() > 0)
            p->drawRoundedRect(done, 4, 4);
        const int mark = bar.left() + int(bar.width() * std::clamp(expected, 0.0, 100.0) / 100.0);
        p->setPen(QPen(c.text, 2));
        p->drawLine(mark, bar.top() - 3, mark, bar.bottom() + 3);
        p->setPen(option.state & QStyle::State_Selected ? c.selectionText : c.text);
        p->drawText(QRect(bar.right() + 8, cell.top(), textWidth - 8, cell.height()),
                    Qt::AlignRight | Qt::AlignVCenter, index.data().toString());
        p->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(std::max(s.width(), 200));
        return s;
    }
};
} // namespace

PlanPage::PlanPage(Core::Session &session, QWidget *parent)
    : ReportPage(session, parent)
    , m_setGoal(new QToolButton(this))
    , m_period(new QComboBox(this))
{
    m_setGoal->setObjectName(QStringLiteral("planSetGoal"));
    m_setGoal->setText(tr("Set goal…"));
    m_setGoal->setProperty("listTool", true);
    m_period->setObjectName(QStringLiteral("planPeriod"));
    m_period->setAccessibleName(tr("Plan by"));
    m_period->addItem(tr("By month"));
    m_period->addItem(tr("By quarter"));
    addTool(m_period);
    addTool(m_setGoal);
    connect(m_period, &QComboBox::currentIndexChanged, this, &PlanPage::reloadRequested);
    tableView()->setItemDelegateForColumn(4, new ProgressDelegate(tableView()));
    connect(m_setGoal, &QToolButton::clicked, this, [this] {
        // The selected row's person and month, when one is selected.
        const QModelIndex at = tableView()->currentIndex();
        const qint64 user = at.isValid() ? at.siblingAtColumn(0).data(KeyRole).toLongLong() : 0;
        const QString month =
            at.isValid() ? at.siblingAtColumn(1).data(KeyRole).toString() : QString();
        emit setGoalRequested(user, month);
    });
    QString why;
    m_setGoal->setEnabled(maySetGoals(&why));
    m_setGoal->setToolTip(why.isEmpty() ? tr("Set a person's goal for a month") : why);
}

bool PlanPage::byQuarter() const
{
    return m_period->currentIndex() == 1;
}

void PlanPage::setByQuarter(bool quarter)
{
    m_period->setCurrentIndex(quarter ? 1 : 0);
}

bool PlanPage::maySetGoals(QString *why) const
{
    if (!Core::Analytics::goalPeople(m_session).isEmpty())
        return true;
    if (why)
        *why = tr("Only an administrator or the head of a department sets goals.");
    return false;
}

BackgroundJob::Work PlanPage::work(const ReportContext &context)
{
    const Core::ReportScope scope = context.scope;
    const Core::PlanPeriod period =
        byQuarter() ? Core::PlanPeriod::Quarter : Core::PlanPeriod::Month;
    return readInto(m_read, [scope, period](Core::Session &s, const BackgroundJob::Report &) {
        return Core::Analytics::planProgress(s, scope, period);
    });
}

void PlanPage::present()
{
    setColumns({tr("Manager"), byQuarter() ? tr("Quarter") : tr("Month"), tr("Goal"), tr("Won"),
                tr("Progress"), tr("Where to be today"), tr("Deals: goal"), tr("Deals: won")},
               2);
    QString why;
    m_setGoal->setEnabled(maySetGoals(&why));
    if (!m_read || !*m_read || !(*m_read)->ok()) {
        showError(m_read && *m_read ? (*m_read)->error().message : QString());
        setChart(nullptr);
        return;
    }
    const QList<Core::PlanRow> &rows = ***m_read;
    // Per person over the period's months, for the chart; the team per month for its rows.
    QStringList people;
    QHash<QString, std::pair<qint64, qint64>> byPerson; // goal, won
    QMap<QString, Core::PlanRow> team;
    const bool quarters = byQuarter();
    auto periodName = [quarters](const QDate &start) -> QString {
        if (quarters)
            return tr("Q%1 %2").arg((start.month() - 1) / 3 + 1).arg(start.year());
        return QLocale().standaloneMonthName(start.month()) + u' ' + QString::number(start.year());
    };
    auto addPlanRow = [&](const Core::PlanRow &p, bool bold, int wonTarget) {
        const double expected =
            p.target.sum > 0 ? 100.0 * double(p.expectedSum) / double(p.target.sum) : 0.0;
        QList<QStandardItem *> row{text(p.name),          text(periodName(p.start)),
                                   money(p.target.sum),   money(p.won.sum),
                                   percent(p.progress),   money(p.expectedSum),
                                   count(p.target.count), count(p.won.count)};
        row[0]->setData(p.userId, ReportPage::KeyRole);
        row[1]->setData(p.start.toString(QStringLiteral("yyyy-MM")), ReportPage::KeyRole);
        row[1]->setData(p.month, ReportPage::SortRole);
        row[4]->setData(expected, ReportPage::ExpectedRole);
        link(row[3], wonTarget);
        link(row[7], wonTarget);
        for (QStandardItem *item : row) {
            QFont f = item->font();
            f.setBold(bold);
            item->setFont(f);
        }
        addRow(row);
    };
    for (const Core::PlanRow &p : rows) {
        Core::ReportScope scope = context().scope;
        scope.from = p.start;
        scope.to = p.start.addMonths(quarters ? 3 : 1);
        scope.responsibleId = p.userId;
        scope.departmentId = 0;
        scope.pipelineId = 0;
        addPlanRow(p, false,
                   addTarget(deals({Core::Drill::What::Won},
                                   tr("%1: won — %2").arg(p.name, periodName(p.start)), &scope)));
        if (!people.contains(p.name))
            people << p.name;
        byPerson[p.name].first += p.target.sum;
        byPerson[p.name].second += p.won.sum;
        Core::PlanRow &t = team[p.month];
        t.month = p.month;
        t.start = p.start;
        t.name = tr("Team");
        t.target.sum += p.target.sum;
        t.target.count += p.target.count;
        t.won.sum += p.won.sum;
        t.won.count += p.won.count;
        t.expectedSum += p.expectedSum;
    }
    qint64 goal = 0, won = 0;
    for (Core::PlanRow &t : team) {
        t.progress = t.target.sum > 0 ? 100.0 * double(t.won.sum) / double(t.target.sum) : 0.0;
        addPlanRow(t, true, -1);
        goal += t.target.sum;
        won += t.won.sum;
    }
    setHeadline(
        {figure(tr("Team goal"), moneyText(goal)), figure(tr("Won"), moneyText(won)),
         figure(tr("Progress"),
                QLocale().toString(goal > 0 ? 100.0 * double(won) / double(goal) : 0.0, 'f', 1) +
                    QStringLiteral(" %"))});
    if (rows.isEmpty())
        showNotice(m_setGoal->isEnabled()
                       ? tr("No goals are set for this period: choose Set goal… to set them.")
                       : tr("No goals are set for this period."));

    auto *goals = new QBarSet(tr("Goal"));
    auto *wonSet = new QBarSet(tr("Won"));
    goals->setColor(Theme::current().border.darker(120));
    goals->setBorderColor(goals->color());
    wonSet->setColor(ChartStyle::seriesColor(1));
    wonSet->setBorderColor(wonSet->color());
    std::reverse(people.begin(), people.end());
    qint64 most = 1;
    for (const QString &name : people)
        most = std::max({most, byPerson.value(name).first, byPerson.value(name).second});
    const ChartStyle::MoneyScale scale = ChartStyle::moneyScale(most, context().currency);
    for (const QString &name : people) {
        goals->append(scale.of(byPerson.value(name).first));
        wonSet->append(scale.of(byPerson.value(name).second));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(goals);
    series->append(wonSet);
    auto *values = new QValueAxis;
    values->setRange(0, scale.of(most));
    values->setLabelFormat(QStringLiteral("%.4g"));
    values->setTitleText(scale.unit);
    values->applyNiceNumbers();
    QChart *chart = barChart(series, people, values, {});
    setChart(rows.isEmpty() ? nullptr : chart);
    if (rows.isEmpty())
        delete chart;
}

} // namespace Voronka::Ui
