// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reports.h"

#include "activity.h"
#include "aggregates.h"
#include "dealscan.h"
#include "reportsql.h"

#include "core/permissions/permissions.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace Voronka::Core::Analytics {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Analytics)
};

constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01
const QByteArray kGoalSpace = QByteArrayLiteral("voronka:goal");

using Measure = Aggregates::Measure;
using Activity = Aggregates::Activity;

QDate dateOfDay(qint64 day)
{
    return QDate::fromJulianDay(day + kEpochJulianDay);
}

QDate monthStart(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

// key -> (count, sum[, duration]) of one grouped read of analytics_days.
struct Totals
{
    Amount amount;
    qint64 duration = 0;
};

QHash<qint64, Totals> grouped(Session &s, const QString &table, const QString &keyColumn,
                              const QString &where)
{
    QHash<qint64, Totals> out;
    Query q = s.sql().prepare(
        QStringLiteral("SELECT %1, sum(a.n), sum(a.amount), sum(a.duration) FROM %2 a "
                       "WHERE %3 GROUP BY 1")
            .arg(keyColumn, table, where));
    while (q->step()) {
        Totals &t = out[q->int64(0)];
        t.amount.count += q->int64(1);
        t.amount.sum += q->int64(2);
        t.duration += q->int64(3);
    }
    return out;
}

Totals total(Session &s, const QString &table, const QString &where)
{
    return grouped(s, table, QStringLiteral("0"), where).value(0);
}

const QString kDays = QStringLiteral("analytics_days");

// The pipeline a one-pipeline report shows: the scope's, or the first one the viewer's
// analytics scope lets them see.
Result<PipelineInfo> reportPipeline(Session &s, const ReportScope &r)
{
    Principal p = s.principal();
    p.matrix.set(PermEntity::Deal, PermAction::View, p.analytics);
    for (const PipelineInfo &pi : s.pipelines())
        if (r.pipelineId
                ? pi.id == r.pipelineId
                : Permissions::scope(p, PermEntity::Deal, PermAction::View, pi.id) != Scope::None)
            return pi;
    if (r.pipelineId)
        return makeError(Error::Code::NotFound,
                         Tr::tr("The pipeline of the report no longer exists."),
                         entityKey(EntityKind::Pipeline));
    return makeError(Error::Code::NotFound, Tr::tr("There is no pipeline to report on."),
                     entityKey(EntityKind::Pipeline));
}

QString userName(Session &s, qint64 id)
{
    return id ? s.user(id).name : Tr::tr("Nobody");
}

} // namespace

qint64 dayNumber(const QDate &d)
{
    return d.toJulianDay() - kEpochJulianDay;
}

Result<Funnel> funnel(Session &s, const ReportScope &r, const Progress &progress)
{
    return guarded(s.db(), [&]() -> Result<Funnel> {
        Result<PipelineInfo> pipeline = reportPipeline(s, r);
        if (!pipeline)
            return pipeline.error();
        FactSource source(s);
        QList<Measure> measures{Measure::Entered, Measure::Created, Measure::Won, Measure::Lost,
                                Measure::Reached};
        if (r.withStageTimes)
            measures << Measure::Left;
        ReportScope scan = r; // the pipeline the funnel shows, when the scope names none
        scan.pipelineId = pipeline->id;
        if (Status st = source.open(scan, progress, measures, FactSource::Days::InPeriod); !st)
            return st.error();
        const QString days = source.days();
        Funnel f;
        f.pipelineId = pipeline->id;
        const QString col = QStringLiteral("a.stage_id");
        const QHash<qint64, Totals> reached =
            grouped(s, days, col, aggregateWhere(s, r, Measure::Reached, true, f.pipelineId));
        const QHash<qint64, Totals> entered =
            grouped(s, days, col, aggregateWhere(s, r, Measure::Entered, true, f.pipelineId));
        const QHash<qint64, Totals> stays =
            r.withStageTimes
                ? grouped(s, days, col, aggregateWhere(s, r, Measure::Left, true, f.pipelineId))
                : QHash<qint64, Totals>();
        for (StageKind kind : {StageKind::Open, StageKind::Won})
            for (const StageInfo &st : pipeline->stages)
                if (st.kind == kind) {
                    FunnelStage fs;
                    fs.stageId = st.id;
                    fs.name = st.name;
                    fs.kind = st.kind;
                    fs.reached = reached.value(st.id).amount;
                    fs.entered = entered.value(st.id).amount;
                    const Totals stay = stays.value(st.id);
                    fs.stays = stay.amount.count;
                    fs.averageMs = fs.stays ? stay.duration / fs.stays : 0;
                    f.stages << fs;
                }
        // A deal counts in every stage up to the furthest it reached.
        for (qsizetype i = f.stages.size() - 2; i >= 0; --i) {
            f.stages[i].reached.count += f.stages[i + 1].reached.count;
            f.stages[i].reached.sum += f.stages[i + 1].reached.sum;
        }
        const qint64 wonCount = f.stages.isEmpty() ? 0 : f.stages.last().reached.count;
        for (qsizetype i = 0; i < f.stages.size(); ++i) {
            FunnelStage &fs = f.stages[i];
            const bool last = i + 1 == f.stages.size();
            const qint64 next = last ? fs.reached.count : f.stages[i + 1].reached.count;
            fs.toNext = percent(next, fs.reached.count);
            fs.toWon = percent(wonCount, fs.reached.count);
            fs.dropOff = fs.reached.count - next;
        }
        f.created =
            total(s, days, aggregateWhere(s, r, Measure::Created, true, f.pipelineId)).amount;
        const Totals won = total(s, days, aggregateWhere(s, r, Measure::Won, true, f.pipelineId));
        f.won = won.amount;
        f.lost = total(s, days, aggregateWhere(s, r, Measure::Lost, true, f.pipelineId)).amount;
        f.averageCycleMs = f.won.count ? won.duration / f.won.count : 0;
        return f;
    });
}

Result<QList<SummaryBucket>> summary(Session &s, const ReportScope &r, Granularity g,
                                     const Progress &progress)
{
    return guarded(s.db(), [&]() -> Result<QList<SummaryBucket>> {
        FactSource source(s);
        if (Status st = source.open(r, progress, {Measure::Created, Measure::Won, Measure::Lost},
                                    FactSource::Days::InPeriod);
            !st)
            return st.error();
        QHash<qint64, Totals> byMeasure[3];
        const Measure measures[3] = {Measure::Created, Measure::Won, Measure::Lost};
        qint64 firstDay = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 3; ++i) {
            byMeasure[i] = grouped(s, source.days(), QStringLiteral("a.day"),
                                   aggregateWhere(s, r, measures[i]));
            for (auto it = byMeasure[i].cbegin(); it != byMeasure[i].cend(); ++it)
                if (it.value().amount.count || it.value().amount.sum)
                    firstDay = std::min(firstDay, it.key());
        }
        const QDate from = r.from.isValid() ? r.from
                                            : (firstDay == std::numeric_limits<qint64>::max()
                                                   ? localToday(s)
                                                   : dateOfDay(firstDay));
        const QDate to = r.to.isValid() ? r.to : localToday(s).addDays(1);
        QMap<QDate, SummaryBucket> buckets;
        for (QDate d = from; d < to; d = d.addDays(1)) {
            const QDate b = bucketStart(d, g, from);
            SummaryBucket &sb = buckets[b];
            sb.start = b;
            const qint64 day = dayNumber(d);
            Amount *into[3] = {&sb.created, &sb.won, &sb.lost};
            for (int i = 0; i < 3; ++i) {
                const Amount a = byMeasure[i].value(day).amount;
                into[i]->count += a.count;
                into[i]->sum += a.sum;
            }
        }
        return buckets.values();
    });
}

Result<QList<ManagerRow>> managers(Session &s, const ReportScope &r, const Progress &progress)
{
    return guarded(s.db(), [&]() -> Result<QList<ManagerRow>> {
        FactSource source(s);
        if (Status st = source.open(r, progress, {Measure::Won, Measure::Lost, Measure::Open}); !st)
            return st.error();
        const QString days = source.days();
        const QString who = QStringLiteral("a.responsible_id");
        const QHash<qint64, Totals> open =
            grouped(s, days, who, aggregateWhere(s, r, Measure::Open, false));
        const QHash<qint64, Totals> won = grouped(s, days, who, aggregateWhere(s, r, Measure::Won));
        const QHash<qint64, Totals> lost =
            grouped(s, days, who, aggregateWhere(s, r, Measure::Lost));
        QList<ManagerRow> rows;
        Query users = s.sql().prepare(
            QStringLiteral("SELECT u.id, u.name, u.active FROM users u WHERE u.deleted = 0 AND "
                           "%1 AND %2")
                .arg(scopeSql(s, QStringLiteral("u.id")), whoSql(r, QStringLiteral("u.id"))));
        const QHash<qint64, qint64> overdue = overdueByPerson(s, r);
        const QHash<qint64, qint64> done = activityByPerson(s, r, Activity::TasksDone);
        const QHash<qint64, qint64> notes = activityByPerson(s, r, Activity::Notes);
        const QHash<qint64, qint64> moves = activityByPerson(s, r, Activity::StageMoves);
        while (users->step()) {
            ManagerRow m;
            m.userId = users->int64(0);
            m.name = users->text(1);
            const bool active = users->int64(2) != 0;
            m.open = open.value(m.userId).amount;
            m.won = won.value(m.userId).amount;
            m.lost = lost.value(m.userId).amount;
            m.conversion = percent(m.won.count, m.won.count + m.lost.count);
            m.averageWon = m.won.count ? m.won.sum / m.won.count : 0;
            m.tasksOverdue = overdue.value(m.userId);
            m.tasksDone = done.value(m.userId);
            m.notesAdded = notes.value(m.userId);
            m.stageMoves = moves.value(m.userId);
            const bool figures = m.open.count || m.won.count || m.lost.count || m.tasksDone ||
                                 m.tasksOverdue || m.notesAdded || m.stageMoves;
            if (active || figures)
                rows << m;
        }
        std::sort(rows.begin(), rows.end(), [](const ManagerRow &a, const ManagerRow &b) {
            const int c = QString::localeAwareCompare(a.name, b.name);
            return c != 0 ? c < 0 : a.userId < b.userId;
        });
        return rows;
    });
}

Result<QList<LossRow>> losses(Session &s, const ReportScope &r, const Progress &progress)
{
    return guarded(s.db(), [&]() -> Result<QList<LossRow>> {
        FactSource source(s);
        if (Status st = source.open(r, progress, {Measure::Lost}, FactSource::Days::InPeriod); !st)
            return st.error();
        const QHash<qint64, Totals> byReason = grouped(s, source.days(), QStringLiteral("a.reason"),
                                                       aggregateWhere(s, r, Measure::Lost));
        QHash<qint64, QString> names;
        {
            Query q = s.sql().prepare("SELECT id, name FROM loss_reasons");
            while (q->step())
                names.insert(q->int64(0), q->text(1));
        }
        QList<LossRow> rows;
        qint64 all = 0;
        for (auto it = byReason.cbegin(); it != byReason.cend(); ++it) {
            if (!it.value().amount.count && !it.value().amount.sum)
                continue;
            LossRow l;
            l.reasonId = it.key();
            l.name = it.key() ? names.value(it.key()) : Tr::tr("No reason given");
            l.lost = it.value().amount;
            all += l.lost.count;
            rows << l;
        }
        for (LossRow &l : rows)
            l.share = percent(l.lost.count, all);
        std::sort(rows.begin(), rows.end(), [](const LossRow &a, const LossRow &b) {
            if (a.lost.count != b.lost.count)
                return a.lost.count > b.lost.count;
            return a.reasonId < b.reasonId;
        });
        return rows;
    });
}

Result<QList<ForecastRow>> forecast(Session &s, const ReportScope &r, const Progress &progress)
{
    return guarded(s.db(), [&]() -> Result<QList<ForecastRow>> {
        FactSource source(s);
        if (Status st = source.open(r, progress, {Measure::Open}); !st)
            return st.error();
        // Measure Open files a deal under its close date's calendar day (-1: none).
        QString where = aggregateWhere(s, r, Measure::Open, false);
        QStringList days;
        if (r.from.isValid())
            days << QStringLiteral("a.day >= %1").arg(dayNumber(r.from));
        if (r.to.isValid())
            days << QStringLiteral("a.day < %1").arg(dayNumber(r.to));
        if (!days.isEmpty())
            where +=
                QStringLiteral(" AND (a.day = -1 OR (%1))").arg(days.join(QLatin1String(" AND ")));
        Query q = s.sql().prepare(
            QStringLiteral("SELECT a.day, a.responsible_id, sum(a.n), sum(a.amount), "
                           "sum(a.amount * st.probability) FROM %1 a JOIN stages st "
                           "ON st.id = a.stage_id WHERE %2 GROUP BY 1, 2")
                .arg(source.days(), where));
        QMap<std::pair<qint64, qint64>, ForecastRow> rows; // (month's day or max, user)
        QHash<std::pair<qint64, qint64>, qint64> weightedCents;
        while (q->step()) {
            const qint64 day = q->int64(0);
            const QDate month = day < 0 ? QDate() : monthStart(dateOfDay(day));
            const std::pair<qint64, qint64> key{
                day < 0 ? std::numeric_limits<qint64>::max() : dayNumber(month), q->int64(1)};
            ForecastRow &f = rows[key];
            f.month = month;
            f.responsibleId = key.second;
            f.open.count += q->int64(2);
            f.open.sum += q->int64(3);
            weightedCents[key] += q->int64(4);
        }
        QList<ForecastRow> out;
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            ForecastRow f = it.value();
            if (!f.open.count && !f.open.sum)
                continue;
            f.name = userName(s, f.responsibleId);
            f.weighted = weightedCents.value(it.key()) / 100;
            out << f;
        }
        // Within a month by manager's name.
        std::stable_sort(out.begin(), out.end(), [](const ForecastRow &a, const ForecastRow &b) {
            if (a.month != b.month)
                return !b.month.isValid() || (a.month.isValid() && a.month < b.month);
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        return out;
    });
}

Result<Dashboard> dashboard(Session &s, const ReportScope &scope)
{
    // The tiles read the aggregates only (reports.h: the dashboard ignores deal filters).
    ReportScope r = scope;
    r.tagIds.clear();
    r.source.clear();
    return guarded(s.db(), [&]() -> Result<Dashboard> {
        Result<PipelineInfo> pipeline = reportPipeline(s, r);
        if (!pipeline)
            return pipeline.error();
        Dashboard d;
        d.pipelineId = pipeline->id;
        const QHash<qint64, Totals> open =
            grouped(s, kDays, QStringLiteral("a.stage_id"),
                    aggregateWhere(s, r, Measure::Open, false, d.pipelineId));
        for (StageKind kind : {StageKind::Incoming, StageKind::Open})
            for (const StageInfo &st : pipeline->stages)
                if (st.kind == kind) {
                    d.openByStage << StageTotal{st.id, st.name, st.kind, open.value(st.id).amount};
                    if (kind == StageKind::Incoming) {
                        d.incoming.count += d.openByStage.last().open.count;
                        d.incoming.sum += d.openByStage.last().open.sum;
                    }
                }
        d.won = total(s, kDays, aggregateWhere(s, r, Measure::Won, true, d.pipelineId)).amount;

        d.dealsWithoutOpenTask =
            total(s, kDays, aggregateWhere(s, r, Measure::Open, false, d.pipelineId)).amount.count -
            total(s, kDays, aggregateWhere(s, r, Measure::WithOpenTask, false, d.pipelineId))
                .amount.count;
        for (qint64 n : overdueByPerson(s, r))
            d.overdueTasks += n;
        const QDate day = localToday(s);
        ReportScope todayScope = r;
        todayScope.from = day;
        todayScope.to = day.addDays(1);
        for (qint64 n : activityByPerson(s, todayScope, Activity::TasksDone))
            d.tasksDoneToday += n;

        ReportScope month = r;
        month.from = monthStart(day);
        month.to = month.from.addMonths(1);
        month.pipelineId = d.pipelineId;
        Result<QList<ForecastRow>> rows = forecast(s, month);
        if (!rows)
            return rows.error();
        for (const ForecastRow &f : *rows)
            if (f.month.isValid())
                d.forecastThisMonth += f.weighted;

        Result<QList<PlanRow>> plan = planProgress(s, r);
        if (!plan)
            return plan.error();
        for (const PlanRow &p : *plan) {
            d.plan.count += p.target.count;
            d.plan.sum += p.target.sum;
        }
        return d;
    });
}

Status setGoal(Session &s, qint64 userId, const QString &month, qint64 sum, qint64 count,
               const Origin &origin)
{
    static const QRegularExpression monthFormat(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    const QString goal = entityKey(EntityKind::Goal);
    if (!monthFormat.match(month).hasMatch())
        return makeError(Error::Code::Invalid,
                         Tr::tr("The month of a goal is written YYYY-MM, not \"%1\".").arg(month),
                         goal, QStringLiteral("month"));
    if (sum < 0 || count < 0)
        return makeError(Error::Code::Invalid, Tr::tr("A goal cannot be negative."), goal,
                         sum < 0 ? QStringLiteral("target_amount")
                                 : QStringLiteral("target_count"));
    const UserInfo target = s.user(userId);
    if (!target.id)
        return makeError(Error::Code::NotFound, Tr::tr("The user of the goal does not exist."),
                         goal, QStringLiteral("user_id"));
    if (origin.checksRights()) {
        const Principal &p = s.principal();
        const bool head = p.departmentId != 0 && p.departmentId == target.departmentId &&
                          int(p.analytics) >= int(Scope::Department);
        if (!p.admin && !head)
            return makeError(Error::Code::Permission,
                             Tr::tr("%1 may not set the plan of %2: only an administrator or "
                                    "the head of %2's department may.")
                                 .arg(s.actor().name, target.name),
                             goal);
    }
    return guarded(s.db(), [&]() -> Status {
        Change c(s, origin);
        Query find = c.sql().prepare("SELECT id, target_amount, target_count, deleted FROM goals "
                                     "WHERE user_id = ?1 AND month = ?2");
        find->bindAll(userId, month);
        const QString amountField = QStringLiteral("target_amount");
        const QString countField = QStringLiteral("target_count");
        if (find->step()) {
            const qint64 id = find->int64(0);
            const qint64 oldSum = find->int64(1), oldCount = find->int64(2);
            const bool deleted = find->int64(3) != 0;
            find->reset();
            QStringList fields;
            if (oldSum != sum) {
                fields << amountField;
                c.history(EntityKind::Goal, id, HistoryEvent::FieldChanged, amountField, oldSum,
                          sum);
            }
            if (oldCount != count) {
                fields << countField;
                c.history(EntityKind::Goal, id, HistoryEvent::FieldChanged, countField, oldCount,
                          count);
            }
            if (deleted)
                fields << QStringLiteral("deleted");
            if (fields.isEmpty())
                return Ok{};
            c.sql()
                .prepare("UPDATE goals SET target_amount = ?1, target_count = ?2, deleted = 0, "
                         "updated_at = ?3, hlc = ?4 WHERE id = ?5")
                ->bindAll(sum, count, c.now(), c.hlc(), id)
                .run();
            c.outbox(EntityKind::Goal, id, deleted ? OutboxOp::Restore : OutboxOp::Update, fields);
        } else {
            find->reset();
            // Two desktops setting the same goal offline make one record.
            const QString key = QString::fromLatin1(target.uid.toHex()) + u'/' + month;
            const QByteArray uid = stableUid(kGoalSpace, key);
            c.sql()
                .prepare("INSERT INTO goals(uid, user_id, month, target_amount, target_count, "
                         "created_at, updated_at, author_id, hlc) "
                         "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8)")
                ->bindAll(uid, userId, month, sum, count, c.now(), c.author(), c.hlc())
                .run();
            const qint64 id = c.sql().lastInsertId();
            c.history(EntityKind::Goal, id, HistoryEvent::FieldChanged, amountField, QVariant(),
                      sum);
            c.history(EntityKind::Goal, id, HistoryEvent::FieldChanged, countField, QVariant(),
                      count);
            c.outbox(EntityKind::Goal, id, OutboxOp::Create,
                     {QStringLiteral("user_id"), QStringLiteral("month"), amountField, countField});
        }
        c.commit();
        return Ok{};
    });
}

Result<QList<PlanRow>> planProgress(Session &s, const ReportScope &r)
{
    return planProgress(s, r, PlanPeriod::Month);
}

Result<QList<PlanRow>> planProgress(Session &s, const ReportScope &r, PlanPeriod period)
{
    return guarded(s.db(), [&]() -> Result<QList<PlanRow>> {
        const int months = period == PlanPeriod::Quarter ? 3 : 1;
        auto periodStart = [&](const QDate &d) {
            return QDate(d.year(), (d.month() - 1) / months * months + 1, 1);
        };
        const QDate day = localToday(s);
        const QDate first = periodStart(r.from.isValid() ? r.from : day);
        const QDate last = r.to.isValid() && r.to > first ? periodStart(r.to.addDays(-1)) : first;
        const QString monthFormat = QStringLiteral("yyyy-MM");
        QList<PlanRow> out;
        // Goals are kept per month: a period's target sums its months' ('YYYY-MM' strings
        // order as the months do).
        Query goals = s.sql().prepare(
            QStringLiteral("SELECT g.user_id, sum(g.target_amount), sum(g.target_count) FROM "
                           "goals g JOIN users u ON u.id = g.user_id WHERE g.month >= ?1 AND "
                           "g.month < ?2 AND g.deleted = 0 AND u.deleted = 0 AND %1 AND %2 "
                           "GROUP BY g.user_id")
                .arg(scopeSql(s, QStringLiteral("g.user_id")),
                     whoSql(r, QStringLiteral("g.user_id"))));
        for (QDate m = first; m <= last; m = m.addMonths(months)) {
            ReportScope span = r;
            span.from = m;
            span.to = m.addMonths(months);
            const QHash<qint64, Totals> won = grouped(s, kDays, QStringLiteral("a.responsible_id"),
                                                      aggregateWhere(s, span, Measure::Won));
            // The share of the period gone by the end of today.
            const double elapsed = day < m ? 0.0
                                   : day >= span.to
                                       ? 1.0
                                       : double(m.daysTo(day) + 1) / double(m.daysTo(span.to));
            const QString label =
                months == 1 ? m.toString(monthFormat)
                            : QStringLiteral("%1-Q%2").arg(m.year()).arg((m.month() - 1) / 3 + 1);
            QList<PlanRow> rows;
            goals->bindAll(m.toString(monthFormat), span.to.toString(monthFormat));
            while (goals->step()) {
                PlanRow p;
                p.userId = goals->int64(0);
                p.name = userName(s, p.userId);
                p.month = label;
                p.start = m;
                p.target = {goals->int64(2), goals->int64(1)};
                p.won = won.value(p.userId).amount;
                p.expectedSum = qint64(double(p.target.sum) * elapsed);
                p.expectedCount = qint64(double(p.target.count) * elapsed);
                p.progress = percent(p.won.sum, p.target.sum);
                rows << p;
            }
            goals->reset();
            std::sort(rows.begin(), rows.end(), [](const PlanRow &a, const PlanRow &b) {
                return QString::localeAwareCompare(a.name, b.name) < 0;
            });
            out += rows;
        }
        return out;
    });
}

} // namespace Voronka::Core::Analytics
