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

// An aggregate table and the view that recomputes it: its key columns, its summed value
// columns and how a fact row gives each value.
struct Table
{
    const char *name;
    const char *facts;
    QStringList keys;
    QStringList values;
    QStringList sums; // per value, over the facts
};

const Table kTables[] = {
    {"analytics_days",
     "analytics_facts",
     {"measure", "pipeline_id", "day", "stage_id", "responsible_id", "reason"},
     {"n", "amount", "duration"},
     {"count(*)", "sum(amount)", "sum(duration)"}},
    {"analytics_activity",
     "analytics_activity_facts",
     {"measure", "day", "user_id"},
     {"n"},
     {"count(*)"}},
};

QString recompute(const Table &t)
{
    QStringList groups;
    for (qsizetype i = 1; i <= t.keys.size(); ++i)
        groups << QString::number(i);
    return QStringLiteral("SELECT %1, %2 FROM %3 WHERE true GROUP BY %4")
        .arg(t.keys.join(u','), t.sums.join(u','), QLatin1String(t.facts), groups.join(u','));
}

void refill(Connection &c)
{
    for (const Table &t : kTables) {
        c.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(t.name)));
        c.exec(QStringLiteral("INSERT INTO %1 %2").arg(QLatin1String(t.name), recompute(t)));
    }
}

// Rows whose values are all 0 are what a record left behind when it moved on; they count as
// absent. The recomputation is kept in a keyed temporary table: compared as a CTE it would be
// computed again for every row, and untyped columns would keep the key from being used.
void compare(Connection &c, const Table &t, QStringList &problems, int &found)
{
    auto prefixed = [](const QStringList &names, const char *prefix) {
        QStringList out;
        for (const QString &n : names)
            out << QLatin1String(prefix) + n;
        return out.join(u',');
    };
    QStringList columns, keyMatch, differs, nonZero, zeros;
    // BIGINT: SQLite's INTEGER affinity, and 64 bits on PostgreSQL too (sums of amounts).
    for (const QString &k : t.keys) {
        columns << k + QLatin1String(" BIGINT");
        keyMatch << QStringLiteral("f.%1 = k.%1").arg(k);
    }
    for (const QString &v : t.values) {
        columns << v + QLatin1String(" BIGINT");
        differs << QStringLiteral("k.%1 IS NOT f.%1").arg(v);
        nonZero << QStringLiteral("k.%1 <> 0").arg(v);
        zeros << QStringLiteral("0");
    }
    const QString keys = t.keys.join(u',');
    c.exec(QStringLiteral("DROP TABLE IF EXISTS temp.aggregate_fresh;"
                          "CREATE TEMP TABLE aggregate_fresh(%1, PRIMARY KEY(%2)) WITHOUT ROWID;"
                          "INSERT INTO temp.aggregate_fresh %3")
               .arg(columns.join(u','), keys, recompute(t)));
    Query q = c.prepare(
        QStringLiteral("SELECT %1, %2, %3 FROM temp.aggregate_fresh f LEFT JOIN %4 k USING(%5) "
                       "WHERE %6 UNION ALL SELECT %7, %8, %3 FROM %4 k WHERE (%9) AND NOT EXISTS "
                       "(SELECT 1 FROM temp.aggregate_fresh f WHERE %10)")
            .arg(prefixed(t.keys, "f."), prefixed(t.values, "f."), prefixed(t.values, "k."),
                 QLatin1String(t.name), keys, differs.join(QLatin1String(" OR ")),
                 prefixed(t.keys, "k."), zeros.join(u','), nonZero.join(QLatin1String(" OR ")))
            .arg(keyMatch.join(QLatin1String(" AND "))));
    const int nKeys = int(t.keys.size());
    const int nValues = int(t.values.size());
    while (q->step()) {
        if (++found > kMaxReported)
            continue;
        QStringList key, held, given;
        for (int i = 0; i < nKeys; ++i)
            key << QStringLiteral("%1 %2").arg(t.keys[i]).arg(q->int64(i));
        for (int i = 0; i < nValues; ++i) {
            given << QStringLiteral("%1 %2").arg(t.values[i]).arg(q->int64(nKeys + i));
            held << QStringLiteral("%1 %2").arg(t.values[i]).arg(q->int64(nKeys + nValues + i));
        }
        problems << Tr::tr("%1 (%2) holds %3 where the records give %4; check --repair "
                           "rebuilds it.")
                        .arg(QLatin1String(t.name), key.join(QLatin1String(", ")),
                             held.join(QLatin1String(", ")), given.join(QLatin1String(", ")));
    }
    q->reset();
    c.exec("DROP TABLE temp.aggregate_fresh");
}

} // namespace

Result<QStringList> verify(Database &db)
{
    return guarded(db, [&]() -> Result<QStringList> {
        QStringList problems;
        int found = 0;
        for (const Table &t : kTables)
            compare(db.sql(), t, problems, found);
        if (found > kMaxReported)
            problems
                << Tr::tr("Analytics aggregates: %1 more rows differ.").arg(found - kMaxReported);
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
