// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "aggregates.h"

#include "core/storage/database.h"
#include "core/storage/sqlite.h"

#include <QCoreApplication>

namespace Voronka::Core::Aggregates {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Aggregates)
};

constexpr int kMaxReported = 20;

const char *const kRecompute =
    "SELECT measure, pipeline_id, day, stage_id, responsible_id, reason, count(*) AS n, "
    "sum(amount) AS amount, sum(duration) AS duration FROM analytics_facts WHERE true "
    "GROUP BY 1, 2, 3, 4, 5, 6";

void refill(Connection &c)
{
    c.exec("DELETE FROM analytics_days");
    c.exec(QStringLiteral("INSERT INTO analytics_days %1").arg(QLatin1String(kRecompute)));
}

} // namespace

Result<QStringList> verify(Database &db)
{
    return guarded(db, [&]() -> Result<QStringList> {
        QStringList problems;
        // Rows whose count is 0 are what a deal left behind when it moved on; they count as
        // absent. The recomputation is kept in a keyed temporary table: compared as a CTE it
        // would be computed again for every row, and untyped columns would keep the key from
        // being used.
        Connection &c = db.sql();
        c.exec(QStringLiteral(
                   "DROP TABLE IF EXISTS temp.analytics_fresh;"
                   "CREATE TEMP TABLE analytics_fresh(measure INTEGER, pipeline_id INTEGER, "
                   "day INTEGER, stage_id INTEGER, responsible_id INTEGER, reason INTEGER, "
                   "n INTEGER, amount INTEGER, duration INTEGER, PRIMARY KEY(measure, "
                   "pipeline_id, day, stage_id, responsible_id, reason)) WITHOUT ROWID;"
                   "INSERT INTO temp.analytics_fresh %1")
                   .arg(QLatin1String(kRecompute)));
        Query q = c.prepare(
            "SELECT f.measure, f.pipeline_id, f.day, f.stage_id, f.responsible_id, f.reason, f.n, "
            "f.amount, k.n, k.amount FROM temp.analytics_fresh f LEFT JOIN analytics_days k "
            "USING(measure, pipeline_id, day, stage_id, responsible_id, reason) WHERE k.n IS NOT "
            "f.n OR k.amount IS NOT f.amount OR k.duration IS NOT f.duration "
            "UNION ALL SELECT k.measure, k.pipeline_id, k.day, k.stage_id, k.responsible_id, "
            "k.reason, 0, 0, k.n, k.amount FROM analytics_days k WHERE (k.n <> 0 OR k.amount <> 0 "
            "OR k.duration <> 0) AND NOT EXISTS (SELECT 1 FROM temp.analytics_fresh f WHERE "
            "f.measure = k.measure AND f.pipeline_id = k.pipeline_id AND f.day = k.day AND "
            "f.stage_id = k.stage_id AND f.responsible_id = k.responsible_id AND f.reason = "
            "k.reason)");
        int found = 0;
        while (q->step()) {
            if (++found > kMaxReported)
                continue;
            problems << Tr::tr("analytics_days: measure %1, pipeline %2, day %3, stage %4, "
                               "responsible %5, reason %6 holds %7 deals (%8) where the records "
                               "give %9 (%10); check --repair rebuilds it.")
                            .arg(q->int64(0))
                            .arg(q->int64(1))
                            .arg(q->int64(2))
                            .arg(q->int64(3))
                            .arg(q->int64(4))
                            .arg(q->int64(5))
                            .arg(q->int64(8))
                            .arg(q->int64(9))
                            .arg(q->int64(6))
                            .arg(q->int64(7));
        }
        q->reset();
        c.exec("DROP TABLE temp.analytics_fresh");
        if (found > kMaxReported)
            problems << Tr::tr("analytics_days: %1 more rows differ.").arg(found - kMaxReported);
        return problems;
    });
}

Status rebuild(Database &db)
{
    return guarded(db, [&]() -> Status {
        Transaction t(db.sql());
        refill(db.sql());
        t.commit();
        return Ok{};
    });
}

qint64 dayOffsetMs(Database &db)
{
    return db.meta(QStringLiteral("analytics_offset_ms")).toLongLong();
}

Status setDayOffsetMs(Database &db, qint64 offsetMs)
{
    return guarded(db, [&]() -> Status {
        Transaction t(db.sql());
        db.sql()
            .prepare("UPDATE meta SET value = ?1 WHERE key = 'analytics_offset_ms'")
            ->bindAll(offsetMs)
            .run();
        refill(db.sql());
        t.commit();
        return Ok{};
    });
}

} // namespace Voronka::Core::Aggregates
