// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskbench.h"

#include "rawdb.h"

#include "tasks/teamgrid.h"

#include <QDateTime>
#include <QTimeZone>

#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {
// An order-independent checksum of one non-empty cell, the same on both sides.
qint64 cellSum(qint64 userId, qint64 day, qint64 count)
{
    return (userId * 1000003 + day * 1009 + 7) * count;
}
} // namespace

RowResult benchTeamGrid(Context &ctx, Actor &actor, const QString &name)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate first = QDateTime::currentDateTime().toTimeZone(zone).date();
    constexpr int kDays = 30;
    TeamGrid grid(*actor.session, zone);
    Result<QList<TeamGridUser>> users = grid.visibleUsers();
    if (!users)
        throw std::runtime_error(users.error().message.toStdString());
    // The raw side: the statement a careful hand would write, one range scan per user of the
    // (responsible_id, due_at) index, grouped by day; the user list is known beforehand.
    QStringList ids;
    for (const TeamGridUser &u : *users)
        ids << QString::number(u.id);
    const QByteArray sql =
        QStringLiteral("SELECT responsible_id, (due_at - ?1) / 86400000, count(*) FROM tasks "
                       "WHERE responsible_id IN (%1) AND due_at >= ?1 AND due_at < ?2 AND "
                       "deleted = 0 GROUP BY 1, 2")
            .arg(ids.isEmpty() ? QStringLiteral("NULL") : ids.join(u','))
            .toUtf8();
    RawStmt stmt(ctx.raw->handle(), sql.constData());
    // The machine's zone has no DST change in the period on the reference runs; the raw
    // statement assumes 24-hour days as TeamGrid's fast path does.
    const qint64 start = first.startOfDay(zone).toMSecsSinceEpoch();
    const qint64 end = first.addDays(kDays).startOfDay(zone).toMSecsSinceEpoch();
    qint64 cells = 0, tasks = 0;
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Result<TeamGridData> g = grid.load(first, kDays);
        if (!g)
            throw std::runtime_error(g.error().message.toStdString());
        qint64 sum = 0;
        cells = 0;
        for (int r = 0; r < g->users.size(); ++r)
            for (int d = 0; d < kDays; ++d)
                if (const int n = g->counts[r][d]) {
                    sum += cellSum(g->users[r].id, d, n);
                    ++cells;
                }
        tasks = g->total;
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        stmt.bind(1, sqlite3_int64(start)).bind(2, sqlite3_int64(end));
        qint64 sum = 0;
        while (stmt.step())
            sum += cellSum(stmt.int64(0), stmt.int64(1), stmt.int64(2));
        stmt.reset();
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 15, 5}, voronka, raw);
    row.note = QStringLiteral("%1 users × %2 days from %3: %4 tasks in %5 non-empty cells")
                   .arg(users->size())
                   .arg(kDays)
                   .arg(first.toString(Qt::ISODate))
                   .arg(tasks)
                   .arg(cells);
    return row;
}

} // namespace Voronka::Bench
