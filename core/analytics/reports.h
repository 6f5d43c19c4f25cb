// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/origin.h"
#include "core/util/result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace Voronka::Core {

class Session;

// What a report covers. Days are the team's local days (cut at Aggregates::dayOffsetMs);
// `to` is exclusive. An invalid from/to leaves that side open. Every report also keeps to the
// viewer's analytics scope (Principal::analytics, with the role's per-pipeline caps), applied
// by the same SQL predicate the deal lists use on responsible_id.
struct ReportScope
{
    QDate from, to;
    qint64 pipelineId = 0;    // 0: every pipeline (funnel, dashboard: the first visible one)
    qint64 responsibleId = 0; // 0: everyone in scope
    qint64 departmentId = 0;  // 0: every department; ignored with responsibleId
    // Deal filters the aggregates cannot answer. With either set, funnel, summary, managers,
    // losses and forecast compute from the base tables for the deals that match (see
    // Analytics::Progress): the same definitions, so the same numbers for the same deals.
    // The dashboard and the plan ignore them (a plan is per user, whatever the deals' tags).
    QList<qint64> tagIds; // deals with any of these tags; empty: no tag filter
    QString source;       // deals whose standard field "source" is exactly this; empty: any
                          // (with tags too: deals that match both)
    // The funnel fills FunnelStage::averageMs and stays. They are read from the stage history
    // (no aggregate keeps them), at a cost that grows with the moves in the period: about
    // 2 us a move, 20 ms for a year of the small demo (10k moves), 0.8 s for the medium one
    // (200k moves). Off by default so that the funnel stays an aggregate read; ask for them
    // off the UI thread.
    bool withStageTimes = false;
    bool filtersDeals() const { return !tagIds.isEmpty() || !source.isEmpty(); }
};

enum class Granularity { Day, Week, Month };

// Money in minor units (budget column), percentages 0-100, durations in ms.
struct Amount
{
    qint64 count = 0;
    qint64 sum = 0;
    bool operator==(const Amount &) const = default;
};

// Sales analysis: a cohort funnel of the deals created in the period (measure Reached), each
// counted in every stage up to the furthest open-or-Won stage it has been in.
struct FunnelStage
{
    qint64 stageId = 0;
    QString name;
    StageKind kind = StageKind::Open;
    Amount reached;     // deals created in the period that got this far
    Amount entered;     // entries into the stage during the period (measure Entered)
    double toNext = 0;  // % of `reached` that got to the next stage (Won: 100 when any)
    double toWon = 0;   // % of `reached` that were won
    qint64 dropOff = 0; // reached here minus reached in the next stage
    // Mean time a deal spent in the stage, over the stays that ended in the period (the deal
    // left the stage: moved on, won, lost or went to another pipeline), from entering it (its
    // creation for the first stage) to leaving it. Deals still in the stage are not counted:
    // their stay has no length yet, and counting it up to now would change with the clock.
    // The deals are those in scope, with their current responsible, as for every figure;
    // `stays` is how many stays the mean is over (0: averageMs is 0). Only filled when the
    // scope asks for them (ReportScope::withStageTimes), from the history_event index.
    qint64 averageMs = 0;
    qint64 stays = 0;
};

struct Funnel
{
    qint64 pipelineId = 0;
    QList<FunnelStage> stages; // open stages in board order, then Won
    Amount created;            // deals created in the period (including never-worked ones)
    Amount won;                // won in the period (by the day they were won)
    Amount lost;               // lost in the period
    qint64 averageCycleMs = 0; // creation to Won, over the deals won in the period
};

struct SummaryBucket
{
    QDate start; // first day of the bucket (a week starts on Monday), clipped to scope.from
    Amount created, won, lost;
};

struct ManagerRow
{
    qint64 userId = 0;
    QString name;
    Amount open; // open deals now (any stage of kind Open or Incoming)
    Amount won, lost;
    double conversion = 0;   // won / (won + lost) in the period, %
    qint64 averageWon = 0;   // won sum / won count
    qint64 tasksDone = 0;    // completed in the period
    qint64 tasksOverdue = 0; // open and past due now
    qint64 notesAdded = 0;   // in the period
    qint64 stageMoves = 0;   // made by the user in the period
};

struct LossRow
{
    qint64 reasonId = 0; // 0: no reason given
    QString name;
    Amount lost;
    double share = 0; // % of the lost count
};

struct ForecastRow
{
    QDate month; // first day of the expected close month; invalid: no close date
    qint64 responsibleId = 0;
    QString name;
    Amount open;
    qint64 weighted = 0; // sum of budget x stage probability / 100
};

struct StageTotal
{
    qint64 stageId = 0;
    QString name;
    StageKind kind = StageKind::Open;
    Amount open;
};

struct Dashboard
{
    qint64 pipelineId = 0;
    QList<StageTotal> openByStage; // Incoming first, then the open stages in board order
    Amount won;                    // in the period
    Amount plan;                   // goals of the users in scope for the period's months
    Amount incoming;               // deals now in the Incoming stage
    qint64 dealsWithoutOpenTask = 0;
    qint64 overdueTasks = 0;
    qint64 tasksDoneToday = 0;
    qint64 forecastThisMonth = 0; // weighted, expected to close this calendar month
};

struct PlanRow
{
    qint64 userId = 0;
    QString name;
    QString month;          // "YYYY-MM"; by quarter "YYYY-Qn"
    Amount target;          // count: won deals, sum: won budget
    Amount won;             // in that month
    qint64 expectedSum = 0; // where the user should be today: target sum x elapsed share
    qint64 expectedCount = 0;
    double progress = 0; // won sum / target sum, % (may pass 100)
    QDate start;         // first day of the month or quarter
};

enum class PlanPeriod { Month, Quarter };

namespace Analytics {

// A report whose scope filters deals by tags or source (ReportScope::filtersDeals) reads every
// matching deal's rows from the base tables, in chunks, which takes long on a large file: run
// it off the UI thread. After each chunk it calls `progress` with the deals done and their
// total; returning false stops it with an Error of code Cancelled. Without such filters the
// report reads the aggregates and never calls `progress`.
using Progress = std::function<bool(qint64 done, qint64 total)>;

Result<Funnel> funnel(Session &s, const ReportScope &scope, const Progress &progress = {});
Result<QList<SummaryBucket>> summary(Session &s, const ReportScope &scope, Granularity g,
                                     const Progress &progress = {});
// Every user in the viewer's scope (deactivated ones too when they have figures), by name.
// A deal filter narrows the deal columns (open, won, lost, conversion, average); the activity
// columns (tasks, notes, stage moves) stay the user's whole activity.
Result<QList<ManagerRow>> managers(Session &s, const ReportScope &scope,
                                   const Progress &progress = {});
Result<QList<LossRow>> losses(Session &s, const ReportScope &scope, const Progress &progress = {});
// Open deals whose expected close day is in the period (all of them without one), by month
// then manager's name; deals without a close date last.
Result<QList<ForecastRow>> forecast(Session &s, const ReportScope &scope,
                                    const Progress &progress = {});
// "Today" and "this month" come from the session's clock.
Result<Dashboard> dashboard(Session &s, const ReportScope &scope);

// The plan of one user for a month "YYYY-MM" (sum in minor units). Admins, or a head of the
// user's department (a member whose role's analytics scope is the department or wider), only.
// Written through the write path (history, outbox) with the given origin.
Status setGoal(Session &s, qint64 userId, const QString &month, qint64 sum, qint64 count,
               const Origin &origin = Origin::user());
// Each month the period touches (scope.from's month when open) x each user in scope with a
// goal that month, by month then name.
Result<QList<PlanRow>> planProgress(Session &s, const ReportScope &scope);
// By month (as above) or by quarter: each quarter the period touches (scope.from's when open)
// x each user in scope with a goal in one of its months. A quarter's target is the sum of its
// three months' goals (goals are set per month only, so a quarter and its months never
// disagree); won counts the quarter's days; expected is the target x the share of the
// quarter's days gone by the end of today. Rows by quarter then name, month "YYYY-Qn".
Result<QList<PlanRow>> planProgress(Session &s, const ReportScope &scope, PlanPeriod period);

// The team's day number of a local date, as analytics_days.day counts it.
qint64 dayNumber(const QDate &d);

} // namespace Analytics
} // namespace Voronka::Core
