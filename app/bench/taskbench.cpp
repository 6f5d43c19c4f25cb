// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskbench.h"

#include "rawdb.h"

#include "core/tasks/taskquery.h"
#include "core/tasks/teamgrid.h"

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

RowResult benchTeamGrid(Context &ctx, Actor &actor, const QString &name, GridClient client)
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate first = QDateTime::currentDateTime().toTimeZone(zone).date();
    constexpr int kDays = 30;
    TeamGrid grid(*actor.session, zone);
    Result<QList<TeamGridUser>> users = grid.visibleUsers();
    if (!users)
        throw std::runtime_error(users.error().message.toStdString());
    // The raw side: the same statement on the C API, bound the same way (a range count per
    // cell over the covering index is also the fastest hand-written form: a GROUP BY over
    // (responsible_id, day) reads the same entries and sorts them, about 3x slower).
    QList<qint64> ids, starts;
    for (const TeamGridUser &u : *users)
        ids << u.id;
    for (int d = 0; d <= kDays; ++d)
        starts << first.addDays(d).startOfDay(zone).toMSecsSinceEpoch();
    TeamGridFilter filter;
    qint64 clientTasks = 0;
    if (client == GridClient::BiggestCompany) {
        // The company with the most deals (a scan of the deals, not measured).
        filter.linkKind = EntityKind::Company;
        filter.linkId =
            ctx.raw->scalar("SELECT company_id FROM deals WHERE deleted = 0 AND company_id IS NOT "
                            "NULL GROUP BY company_id ORDER BY count(*) DESC, 1 LIMIT 1");
        const QByteArray count =
            QStringLiteral("SELECT count(*) FROM tasks t WHERE t.deleted = 0 AND %1")
                .arg(clientTasksCondition(filter.linkKind, filter.linkId))
                .toUtf8();
        clientTasks = ctx.raw->scalar(count.constData());
    } else if (client == GridClient::BusiestRecord) {
        // The client with the most tasks due in the period (one scan of the tasks, a second
        // or so at 2M, not measured), so the row is not timing an empty grid.
        const QByteArray busiest =
            QStringLiteral("SELECT entity_id * 4 + entity_kind FROM tasks WHERE deleted = 0 AND "
                           "entity_kind > 0 AND due_at >= %1 AND due_at < %2 GROUP BY "
                           "entity_kind, entity_id ORDER BY count(*) DESC, 1 LIMIT 1")
                .arg(starts.first())
                .arg(starts.last())
                .toUtf8();
        const qint64 key = ctx.raw->scalar(busiest.constData());
        filter.linkKind = EntityKind(int(key % 4));
        filter.linkId = key / 4;
        const QByteArray count =
            QStringLiteral("SELECT count(*) FROM tasks WHERE entity_kind = %1 AND entity_id = %2 "
                           "AND deleted = 0")
                .arg(int(filter.linkKind))
                .arg(filter.linkId)
                .toUtf8();
        clientTasks = ctx.raw->scalar(count.constData());
    }
    const QByteArray sql = TeamGrid::sql(filter).toUtf8();
    const QByteArray idsJson = TeamGrid::jsonList(ids), startsJson = TeamGrid::jsonList(starts);
    RawStmt stmt(ctx.raw->handle(), sql.constData());
    qint64 cells = 0, tasks = 0;
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Result<TeamGridData> g = grid.load(first, kDays, filter);
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
        stmt.bind(1, std::string_view(idsJson.constData(), size_t(idsJson.size())))
            .bind(2, std::string_view(startsJson.constData(), size_t(startsJson.size())));
        qint64 sum = 0;
        while (stmt.step())
            if (const qint64 n = stmt.int64(2))
                sum += cellSum(ids[qsizetype(stmt.int64(0))], stmt.int64(1), n);
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
    if (client != GridClient::None)
        row.note += QStringLiteral("; client %1 #%2 with %3 tasks in all")
                        .arg(entityKey(filter.linkKind))
                        .arg(filter.linkId)
                        .arg(clientTasks);
    return row;
}

} // namespace Voronka::Bench
