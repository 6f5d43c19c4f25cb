// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dealsbench.h"

#include "core/services/recordlist.h"

#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {

// The statements `op` ran on the connection, with their bound values filled in.
std::vector<std::string> expandedStatements(Database &db, const std::function<void()> &op)
{
    std::vector<std::string> out;
    sqlite3_trace_v2(
        db.sql().handle(), SQLITE_TRACE_STMT,
        [](unsigned, void *ctx, void *stmt, void *) -> int {
            char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(stmt));
            if (sql)
                static_cast<std::vector<std::string> *>(ctx)->emplace_back(sql);
            sqlite3_free(sql);
            return 0;
        },
        &out);
    op();
    sqlite3_trace_v2(db.sql().handle(), 0, nullptr, nullptr);
    return out;
}

qint64 readPage(Session &s, const QString &sortKey, bool descending, bool count)
{
    // As the Deals page's list opens: its default columns, 100 rows.
    RecordList list(s, EntityKind::Deal);
    ListQuery q;
    q.pageSize = 100;
    q.sortKey = sortKey;
    q.descending = descending;
    if (count) {
        Result<qint64> n = list.count(q);
        if (!n)
            throw std::runtime_error(n.error().message.toStdString());
        return *n;
    }
    Result<ListPage> page = list.fetch(q);
    if (!page)
        throw std::runtime_error(page.error().message.toStdString());
    qint64 sum = 0;
    for (qint64 id : page->ids)
        sum += id;
    return sum;
}

RowResult benchRead(Context &ctx, Actor &actor, const QString &name, const QString &sortKey,
                    bool descending, bool count)
{
    const Operation voronka = [&](int, Timer &) -> qint64 {
        return readPage(*actor.session, sortKey, descending, count);
    };
    const std::vector<std::string> sqls = expandedStatements(*ctx.db, [&] {
        Timer t;
        voronka(0, t);
    });
    // The first statement is the page's (or the count's): its ids are the checksum.
    const Operation raw = [&](int, Timer &) -> qint64 {
        qint64 sum = 0;
        for (size_t i = 0; i < sqls.size(); ++i) {
            RawStmt stmt(ctx.raw->handle(), sqls[i]);
            while (stmt.step()) {
                if (i == 0)
                    sum += stmt.int64(0);
                touchRow(stmt, 1);
            }
        }
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 15, 3}, voronka, raw);
    row.note = QStringLiteral("raw: the %1 statement(s) Voronka ran, replayed").arg(sqls.size());
    return row;
}

} // namespace

QList<RowResult> benchDealsList(Context &ctx, Actor &actor,
                                const std::function<bool(const QString &)> &want)
{
    struct Row
    {
        const char *name;
        const char *sortKey;
        bool descending;
        bool count;
    };
    const Row rows[] = {
        {"deals first page", "created", true, false},
        {"deals first page (sorted by stage)", "stage", false, false},
        {"deals first page (sorted by budget)", "budget", true, false},
        {"deals count", "created", true, true},
    };
    QList<RowResult> out;
    for (const Row &r : rows)
        if (want(QString::fromLatin1(r.name)))
            out << benchRead(ctx, actor, QString::fromLatin1(r.name),
                             QString::fromLatin1(r.sortKey), r.descending, r.count);
    return out;
}

} // namespace Voronka::Bench
