// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "analyticsbench.h"

#include "boardbench.h"

#include "core/analytics/activity.h"
#include "core/analytics/aggregates.h"
#include "core/analytics/reports.h"

#include <QDateTime>

#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {

constexpr qint64 kDayMs = 86400000;

qint64 mix(qint64 sum, qint64 v)
{
    return sum * 1000003 + v;
}

template<typename T> T must(Result<T> r)
{
    if (!r)
        throw std::runtime_error(r.error().message.toStdString());
    return std::move(r).value();
}

// The furthest open-or-Won stage each deal created in [?1, ?2) has been in, by the base
// tables: its current stage and every stage its moves name, ranked as the aggregates rank
// them (kind, then position). The funnel of DESIGN.md's "GROUP BY" figure. The moves are read
// through the covering index of a deal's moves, as a person writing this SQL would do: left to
// itself SQLite picks the index by event at the reference size and reads every move of the
// file for each deal (hours).
std::string rawReachedSql(const std::string &where)
{
    return cat("SELECT f.sid, count(*) FROM (SELECT (SELECT s.id FROM stages s WHERE s.id IN "
               "(SELECT d.stage_id UNION ALL SELECT h.new_value FROM history h INDEXED BY "
               "history_moves WHERE h.kind = 1 AND h.event = 2 AND h.entity_id = d.id UNION ALL "
               "SELECT h.old_value FROM history h INDEXED BY history_moves WHERE h.kind = 1 AND "
               "h.event = 2 AND h.entity_id = d.id) AND "
               "s.pipeline_id = d.pipeline_id AND s.kind IN (0, 1) ORDER BY s.kind DESC, "
               "s.position DESC, (s.id & 65535) DESC LIMIT 1) AS sid FROM deals d WHERE "
               "d.deleted = 0 AND d.created_at >= ?1 AND d.created_at < ?2 AND ",
               where, ") f WHERE f.sid IS NOT NULL GROUP BY f.sid ORDER BY f.sid");
}

struct Period
{
    QDate from, to;
    qint64 fromMs = 0, toMs = 0;
};

Period period(Context &ctx, QDate from, QDate to)
{
    const qint64 offset = Aggregates::dayOffsetMs(*ctx.db);
    return {from, to, Analytics::dayNumber(from) * kDayMs - offset,
            Analytics::dayNumber(to) * kDayMs - offset};
}

// With a tag the report scans the tagged deals' base rows (ReportScope::tagIds).
RowResult funnelRow(Context &ctx, Actor &actor, const QString &name, qint64 pipeline,
                    const Period &p, qint64 responsible, qint64 tag = 0)
{
    ReportScope scope{p.from, p.to, pipeline, responsible, 0};
    std::string where = cat("d.pipeline_id = ", std::to_string(pipeline), " AND ",
                            actor.access.predicate(PermEntity::Deal, "d.responsible_id"));
    if (responsible)
        where = cat(where, " AND d.responsible_id = ", std::to_string(responsible));
    if (tag) {
        scope.tagIds = {tag};
        where = cat(where,
                    " AND EXISTS (SELECT 1 FROM entity_tags e WHERE e.kind = 1 AND "
                    "e.entity_id = d.id AND e.tag_id = ",
                    std::to_string(tag), ")");
    }
    RawStmt reached(ctx.raw->handle(), rawReachedSql(where));
    RawStmt created(ctx.raw->handle(),
                    cat("SELECT count(*) FROM deals d WHERE d.deleted = 0 AND d.created_at >= ?1 "
                        "AND d.created_at < ?2 AND ",
                        where));
    const Operation voronka = [&](int, Timer &) -> qint64 {
        const Funnel f = must(Analytics::funnel(*actor.session, scope));
        qint64 sum = f.created.count;
        // Per stage: those whose furthest stage it is (the reached differences).
        for (qsizetype i = 0; i < f.stages.size(); ++i) {
            const qint64 next = i + 1 < f.stages.size() ? f.stages[i + 1].reached.count : 0;
            if (f.stages[i].reached.count - next)
                sum = mix(mix(sum, f.stages[i].stageId), f.stages[i].reached.count - next);
        }
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        created.bind(1, sqlite3_int64(p.fromMs)).bind(2, sqlite3_int64(p.toMs));
        qint64 sum = created.step() ? created.int64(0) : 0;
        created.reset();
        reached.bind(1, sqlite3_int64(p.fromMs)).bind(2, sqlite3_int64(p.toMs));
        // Stage ids in board order are ascending within a pipeline made at once; the Won
        // stage sorts after the open ones in both.
        std::vector<std::pair<qint64, qint64>> rows;
        while (reached.step())
            rows.emplace_back(reached.int64(0), reached.int64(1));
        reached.reset();
        const std::vector<qint64> order = openStagesOf(*ctx.raw, pipeline);
        for (qint64 stage : order)
            for (const auto &[id, n] : rows)
                if (id == stage)
                    sum = mix(mix(sum, id), n);
        for (const auto &[id, n] : rows)
            if (std::find(order.begin(), order.end(), id) == order.end())
                sum = mix(mix(sum, id), n);
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 20, 5}, voronka, raw);
    row.note = QStringLiteral("pipeline #%1, %2 to %3: aggregates vs the furthest stage of each "
                              "deal over deals and history")
                   .arg(pipeline)
                   .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate));
    if (tag)
        row.note = QStringLiteral("pipeline #%1, %2 to %3, tag #%4: Voronka reads every tagged "
                                  "deal's facts (all measures, any day) from the base tables; "
                                  "the raw side only the furthest stage and the created count "
                                  "of those created in the period")
                       .arg(pipeline)
                       .arg(p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate))
                       .arg(tag);
    return row;
}

// The funnel's stage times (ReportScope::withStageTimes) against the cheapest raw statement
// found for the same figures: one pass over the stage-move index in deal order, each move's
// previous one by a window rather than by a probe.
RowResult stageTimesRow(Context &ctx, const QString &name, qint64 pipeline, const Period &p)
{
    ReportScope scope{p.from, p.to, pipeline, 0, 0};
    scope.withStageTimes = true;
    RawStmt q(ctx.raw->handle(),
              cat("SELECT st.id, count(*), sum(m.duration) FROM (SELECT h.old_value AS sid, h.at "
                  "AS at, d.responsible_id AS rid, h.at - coalesce(lag(h.at) OVER (PARTITION BY "
                  "h.entity_id ORDER BY h.id), d.created_at) AS duration FROM history h INDEXED "
                  "BY history_moves JOIN deals d ON d.id = h.entity_id WHERE h.kind = 1 AND "
                  "h.event = 2 AND d.deleted = 0) m JOIN stages st ON st.id = m.sid WHERE "
                  "st.pipeline_id = ?3 AND m.at >= ?1 AND m.at < ?2 AND ",
                  ctx.main.access.predicate(PermEntity::Deal, "m.rid"),
                  " GROUP BY st.id ORDER BY st.id"));
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Funnel f = must(Analytics::funnel(*ctx.main.session, scope));
        std::sort(f.stages.begin(), f.stages.end(),
                  [](const FunnelStage &a, const FunnelStage &b) { return a.stageId < b.stageId; });
        qint64 sum = 0;
        for (const FunnelStage &st : f.stages)
            if (st.stays)
                sum = mix(mix(sum, st.stageId), st.stays);
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        q.bind(1, sqlite3_int64(p.fromMs))
            .bind(2, sqlite3_int64(p.toMs))
            .bind(3, sqlite3_int64(pipeline));
        qint64 sum = 0;
        while (q.step())
            sum = mix(mix(sum, q.int64(0)), q.int64(1));
        q.reset();
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 20, 5}, voronka, raw);
    row.note = QStringLiteral("stays that ended in the period by the moves' time index, each "
                              "move's previous one probed, and the aggregate funnel; the raw side "
                              "windows over every move of the file in deal order");
    return row;
}

} // namespace

// Every figure of the per-manager report, by the base tables: won and lost in the period and
// open now per responsible, tasks done in the period and overdue now per responsible, notes and
// stage moves in the period per author. The checksum compares won and lost.
RowResult managersRow(Context &ctx, const QString &name, const Period &year)
{
    const std::string where = ctx.main.access.predicate(PermEntity::Deal, "d.responsible_id");
    RawStmt closed(ctx.raw->handle(),
                   cat("SELECT d.responsible_id, sum(s.kind = 1), sum(s.kind = 2) FROM deals d "
                       "JOIN stages s ON s.id = d.stage_id WHERE d.deleted = 0 AND s.kind IN "
                       "(1, 2) AND d.stage_entered_at >= ?1 AND d.stage_entered_at < ?2 AND ",
                       where, " GROUP BY d.responsible_id ORDER BY d.responsible_id"));
    RawStmt open(ctx.raw->handle(),
                 cat("SELECT d.responsible_id, count(*), sum(d.budget) FROM deals d JOIN stages s "
                     "ON s.id = d.stage_id WHERE d.deleted = 0 AND s.kind IN (0, 3) AND ",
                     where, " GROUP BY 1"));
    RawStmt done(ctx.raw->handle(),
                 "SELECT responsible_id, count(*) FROM tasks WHERE deleted = 0 AND status = 1 AND "
                 "completed_at >= ?1 AND completed_at < ?2 GROUP BY 1");
    RawStmt overdue(ctx.raw->handle(),
                    "SELECT responsible_id, count(*) FROM tasks WHERE due_at < ?1 AND deleted = 0 "
                    "AND status = 0 GROUP BY 1");
    RawStmt activity(ctx.raw->handle(),
                     "SELECT user_id, sum(event = 5), sum(event = 2 AND kind = 1) FROM history "
                     "WHERE event IN (2, 5) AND at >= ?1 AND at < ?2 GROUP BY 1");
    const ReportScope scope{year.from, year.to, 0, 0, 0};
    const Operation voronka = [&](int, Timer &) -> qint64 {
        QList<ManagerRow> list = must(Analytics::managers(*ctx.main.session, scope));
        std::sort(list.begin(), list.end(),
                  [](const ManagerRow &a, const ManagerRow &b) { return a.userId < b.userId; });
        qint64 sum = 0;
        for (const ManagerRow &m : list)
            if (m.won.count || m.lost.count)
                sum = mix(mix(mix(sum, m.userId), m.won.count), m.lost.count);
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        for (RawStmt *q : {&open, &done, &overdue, &activity}) {
            if (q == &overdue)
                q->bind(1, sqlite3_int64(QDateTime::currentMSecsSinceEpoch()));
            else if (q != &open)
                q->bind(1, sqlite3_int64(year.fromMs)).bind(2, sqlite3_int64(year.toMs));
            while (q->step()) {
            }
            q->reset();
        }
        closed.bind(1, sqlite3_int64(year.fromMs)).bind(2, sqlite3_int64(year.toMs));
        qint64 sum = 0;
        while (closed.step())
            sum = mix(mix(mix(sum, closed.int64(0)), closed.int64(1)), closed.int64(2));
        closed.reset();
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 20, 5}, voronka, raw);
    row.note = QStringLiteral("both sides count each user's won, lost and open deals, tasks done "
                              "and overdue, notes and stage moves; the raw side over deals, "
                              "tasks and history, Voronka over its aggregates");
    return row;
}

// The summary's weeks: deals created, won and lost, contacts and companies created, tasks
// created and done. The checksum compares the created deals.
RowResult summaryRow(Context &ctx, const QString &name, const Period &year)
{
    const std::string where = ctx.main.access.predicate(PermEntity::Deal, "d.responsible_id");
    const qint64 offset = Aggregates::dayOffsetMs(*ctx.db);
    // Per week (weeks from Monday, day numbers since 1970-01-01, a Thursday).
    const char *week = "((%1 + ?3) / 86400000 + 3) / 7";
    auto perWeek = [&](const char *table, const char *time, const std::string &extra) {
        const std::string w = QString::fromLatin1(week).arg(QLatin1String(time)).toStdString();
        return cat("SELECT ", w, ", count(*) FROM ", table, " d WHERE d.deleted = 0 AND ", time,
                   " >= ?1 AND ", time, " < ?2 AND ", extra, " GROUP BY 1 ORDER BY 1");
    };
    RawStmt created(ctx.raw->handle(), perWeek("deals", "d.created_at", where));
    RawStmt closed(ctx.raw->handle(),
                   cat("SELECT ((d.stage_entered_at + ?3) / 86400000 + 3) / 7, s.kind, count(*) "
                       "FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.deleted = 0 AND "
                       "s.kind IN (1, 2) AND d.stage_entered_at >= ?1 AND d.stage_entered_at < "
                       "?2 AND ",
                       where, " GROUP BY 1, 2"));
    RawStmt contacts(ctx.raw->handle(), perWeek("contacts", "d.created_at", "1"));
    RawStmt companies(ctx.raw->handle(), perWeek("companies", "d.created_at", "1"));
    RawStmt tasks(ctx.raw->handle(), perWeek("tasks", "d.created_at", "1"));
    RawStmt done(ctx.raw->handle(), perWeek("tasks", "d.completed_at", "d.status = 1"));
    const ReportScope scope{year.from, year.to, 0, 0, 0};
    const Operation voronka = [&](int, Timer &) -> qint64 {
        qint64 sum = 0;
        for (const SummaryBucket &b :
             must(Analytics::summary(*ctx.main.session, scope, Granularity::Week)))
            if (b.created.count)
                sum = mix(sum, b.created.count);
        // The page reads the activity rows beside the deals'.
        (void)must(Analytics::activity(*ctx.main.session, scope, Granularity::Week));
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        qint64 sum = 0;
        for (RawStmt *q : {&created, &closed, &contacts, &companies, &tasks, &done}) {
            q->bind(1, sqlite3_int64(year.fromMs))
                .bind(2, sqlite3_int64(year.toMs))
                .bind(3, sqlite3_int64(offset));
            while (q->step())
                if (q == &created)
                    sum = mix(sum, q->int64(1));
            q->reset();
        }
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 20, 5}, voronka, raw);
    row.note = QStringLiteral("both sides count per week the deals created, won and lost, the "
                              "contacts, companies and tasks created and the tasks done; the "
                              "checksum compares the created deals");
    return row;
}

// The dashboard's figures by the base tables: open deals per stage, won in the period, deals
// without an open task, overdue tasks and tasks done today. The checksum compares the stages.
RowResult dashboardRow(Context &ctx, const QString &name, qint64 pipeline, const Period &month)
{
    const std::string where = ctx.main.access.predicate(PermEntity::Deal, "d.responsible_id");
    RawStmt open(ctx.raw->handle(),
                 cat("SELECT d.stage_id, count(*) FROM deals d JOIN stages s ON s.id = "
                     "d.stage_id WHERE d.deleted = 0 AND d.pipeline_id = ?1 AND s.kind IN (0, 3) "
                     "AND ",
                     where, " GROUP BY d.stage_id ORDER BY d.stage_id"));
    RawStmt won(ctx.raw->handle(),
                cat("SELECT count(*), sum(d.budget) FROM deals d JOIN stages s ON s.id = "
                    "d.stage_id WHERE d.deleted = 0 AND d.pipeline_id = ?1 AND s.kind = 1 AND "
                    "d.stage_entered_at >= ?2 AND d.stage_entered_at < ?3 AND ",
                    where));
    RawStmt noTask(ctx.raw->handle(),
                   cat("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "
                       "d.deleted = 0 AND d.pipeline_id = ?1 AND s.kind IN (0, 3) AND ",
                       where,
                       " AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.entity_kind = 1 AND "
                       "t.entity_id = d.id AND t.deleted = 0 AND t.status = 0)"));
    RawStmt overdue(ctx.raw->handle(), "SELECT count(*) FROM tasks WHERE due_at < ?1 AND "
                                       "deleted = 0 AND status = 0");
    RawStmt doneToday(ctx.raw->handle(), "SELECT count(*) FROM tasks WHERE deleted = 0 AND "
                                         "status = 1 AND completed_at >= ?1 AND completed_at < ?2");
    const QDate today = QDate::currentDate();
    const Period day = period(ctx, today, today.addDays(1));
    const ReportScope scope{month.from, month.to, pipeline, 0, 0};
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Dashboard d = must(Analytics::dashboard(*ctx.main.session, scope));
        std::sort(d.openByStage.begin(), d.openByStage.end(),
                  [](const StageTotal &a, const StageTotal &b) { return a.stageId < b.stageId; });
        qint64 sum = 0;
        for (const StageTotal &s : d.openByStage)
            if (s.open.count)
                sum = mix(mix(sum, s.stageId), s.open.count);
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        won.bind(1, sqlite3_int64(pipeline))
            .bind(2, sqlite3_int64(month.fromMs))
            .bind(3, sqlite3_int64(month.toMs));
        noTask.bind(1, sqlite3_int64(pipeline));
        overdue.bind(1, sqlite3_int64(QDateTime::currentMSecsSinceEpoch()));
        doneToday.bind(1, sqlite3_int64(day.fromMs)).bind(2, sqlite3_int64(day.toMs));
        for (RawStmt *q : {&won, &noTask, &overdue, &doneToday}) {
            while (q->step()) {
            }
            q->reset();
        }
        open.bind(1, sqlite3_int64(pipeline));
        qint64 sum = 0;
        while (open.step())
            sum = mix(mix(sum, open.int64(0)), open.int64(1));
        open.reset();
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 20, 5}, voronka, raw);
    row.note = QStringLiteral("both sides read the open deals per stage, won in the period, "
                              "deals without an open task, overdue tasks and tasks done today; "
                              "Voronka also the plan and the forecast");
    return row;
}

QList<RowResult> benchAnalytics(Context &ctx, const std::function<bool(const QString &)> &want)
{
    QList<RowResult> rows;
    const qint64 pipeline = biggestPipeline(*ctx.raw);
    const QDate today = QDate::currentDate();
    const Period year = period(ctx, QDate(today.year(), 1, 1), today.addDays(1));
    const QDate monthStart(today.year(), today.month(), 1);
    const Period lastMonth = period(ctx, monthStart.addMonths(-1), monthStart);

    const QString funnelYear = QStringLiteral("analytics funnel (pipeline, this year)");
    if (want(funnelYear))
        rows << funnelRow(ctx, ctx.main, funnelYear, pipeline, year, 0);
    const QString funnelTag = QStringLiteral("analytics funnel (pipeline, this year, tag filter, "
                                             "scan)");
    if (want(funnelTag)) {
        // The tag on most deals: the longest scan.
        const qint64 tag = ctx.db->sql().scalar("SELECT tag_id FROM entity_tags WHERE kind = 1 "
                                                "GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1");
        if (tag)
            rows << funnelRow(ctx, ctx.main, funnelTag, pipeline, year, 0, tag);
    }
    const QString stageTimes = QStringLiteral("analytics stage times (pipeline, this year)");
    if (want(stageTimes))
        rows << stageTimesRow(ctx, stageTimes, pipeline, year);
    const QString funnelManager = QStringLiteral("analytics funnel (one manager, last month)");
    if (ctx.manager.present() && want(funnelManager))
        rows << funnelRow(ctx, ctx.main, funnelManager, pipeline, lastMonth, ctx.manager.info.id);
    const QString managers = QStringLiteral("analytics per-manager (this year)");
    if (want(managers))
        rows << managersRow(ctx, managers, year);
    const QString summary = QStringLiteral("analytics summary by week (this year)");
    if (want(summary))
        rows << summaryRow(ctx, summary, year);
    const QString dashboard = QStringLiteral("analytics dashboard open");
    if (want(dashboard))
        rows << dashboardRow(ctx, dashboard, pipeline, period(ctx, monthStart, today.addDays(1)));
    return rows;
}

} // namespace Voronka::Bench
