// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "reportpage.h"

#include "core/analytics/activity.h"

class QChart;
class QComboBox;
class QToolButton;

// The reports of the Analytics section, one page each (the dashboard has its own file).
namespace Voronka::Ui {

// Sales analysis: the funnel of the period's deals per stage, as a centred funnel chart and
// a table with conversions, drop-off and time in stage.
class FunnelPage final : public ReportPage
{
    Q_OBJECT
public:
    using ReportPage::ReportPage;
    QString pageId() const override { return QStringLiteral("funnel"); }
    QString title() const override { return tr("Sales analysis"); }
    BackgroundJob::Work work(const ReportContext &context) override;
    void present() override;

private:
    ReportSlot<Core::Funnel> m_read;
};

// Deals created, won and lost over time, by day, week or month.
class SummaryPage final : public ReportPage
{
    Q_OBJECT
public:
    explicit SummaryPage(Core::Session &session, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("summary"); }
    QString title() const override { return tr("Summary"); }
    BackgroundJob::Work work(const ReportContext &context) override;
    void present() override;
    Core::Granularity granularity() const;
    void setGranularity(Core::Granularity g);

signals:
    void reloadRequested();

private:
    struct Data
    {
        QList<Core::SummaryBucket> deals;
        QList<Core::ActivityBucket> activity; // the same buckets
    };
    struct ChartData;
    QChart *chartOf(const ChartData &data);

    ReportSlot<Data> m_read;
    QComboBox *m_granularity;
    QComboBox *m_measure; // number of deals or their sum
};

// Each person in the viewer's scope: deals, conversion, tasks, notes and stage moves.
class ManagersPage final : public ReportPage
{
    Q_OBJECT
public:
    using ReportPage::ReportPage;
    QString pageId() const override { return QStringLiteral("managers"); }
    QString title() const override { return tr("Managers"); }
    BackgroundJob::Work work(const ReportContext &context) override;
    void present() override;

private:
    ReportSlot<QList<Core::ManagerRow>> m_read;
};

// The sales plan: each person's goal for the months of the period against what they won,
// with where they should be today; admins and heads set goals here.
class PlanPage final : public ReportPage
{
    Q_OBJECT
public:
    explicit PlanPage(Core::Session &session, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("plan"); }
    QString title() const override { return tr("Sales plan"); }
    bool usesPipeline() const override { return false; }
    BackgroundJob::Work work(const ReportContext &context) override;
    void present() override;
    QToolButton *setGoalButton() const { return m_setGoal; }
    // Whether the viewer may set anybody's goal, and why not when they may not.
    bool maySetGoals(QString *why = nullptr) const;

signals:
    void setGoalRequested(qint64 userId, const QString &month);

private:
    ReportSlot<QList<Core::PlanRow>> m_read;
    QToolButton *m_setGoal;
};

// Lost deals per reason: a donut and a table.
class LossesPage final : public ReportPage
{
    Q_OBJECT
public:
    using ReportPage::ReportPage;
    QString pageId() const override { return QStringLiteral("losses"); }
    QString title() const override { return tr("Loss reasons"); }
    BackgroundJob::Work work(const ReportContext &context) override;
    void present() override;

private:
    ReportSlot<QList<Core::LossRow>> m_read;
};

// Open deals weighted by their stage's probability, by expected close month and person.
class ForecastPage final : public ReportPage
{
    Q_OBJECT
public:
    using ReportPage::ReportPage;
    QString pageId() const override { return QStringLiteral("forecast"); }
    QString title() const override { return tr("Forecast"); }
    BackgroundJob::Work work(const ReportContext &context) override;
    void present() override;

private:
    ReportSlot<QList<Core::ForecastRow>> m_read;
};

} // namespace Voronka::Ui
