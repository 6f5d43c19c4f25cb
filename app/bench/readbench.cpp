// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "readbench.h"

#include "prefixes.h"
#include "rawsearch.h"

#include "core/fields/fieldtypes.h"
#include "core/search/search.h"
#include "core/search/searchindex.h"
#include "core/services/recordlist.h"
#include "core/storage/schema.h"

#include <QTextStream>

#include <algorithm>
#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {

[[noreturn]] void fail(const Error &e)
{
    throw std::runtime_error(e.message.toStdString());
}

// The statements Voronka's connection runs during `op`, from SQLite's own trace: the bench
// checks that its raw SQL is the SQL Voronka really runs, so a change in core that the raw
// side misses is reported instead of silently compared against stale SQL.
std::vector<std::string> traceStatements(Database &db, const std::function<void()> &op)
{
    std::vector<std::string> out;
    sqlite3_trace_v2(
        db.sql().handle(), SQLITE_TRACE_STMT,
        [](unsigned, void *ctx, void *, void *x) -> int {
            static_cast<std::vector<std::string> *>(ctx)->emplace_back(
                static_cast<const char *>(x));
            return 0;
        },
        &out);
    op();
    sqlite3_trace_v2(db.sql().handle(), 0, nullptr, nullptr);
    return out;
}

void checkSameSql(RowResult &row, Database &db, const std::string &rawSql,
                  const std::function<void()> &op)
{
    const std::vector<std::string> ran = traceStatements(db, op);
    if (ran.size() == 1 && ran.front() == rawSql)
        return;
    row.note =
        QStringLiteral("the raw SQL is not what Voronka ran; Voronka: %1")
            .arg(QString::fromStdString(ran.empty() ? std::string("(nothing)") : ran.front()));
    QTextStream(stderr) << "voronka-bench: " << row.name << ": " << row.note << "\n";
}

QString scopesNote(const RawAccess &a)
{
    return QStringLiteral("view scope: deals %1, contacts %2, companies %3")
        .arg(QLatin1String(RawAccess::scopeName(a.scope(PermEntity::Deal, PermAction::View))),
             QLatin1String(RawAccess::scopeName(a.scope(PermEntity::Contact, PermAction::View))),
             QLatin1String(RawAccess::scopeName(a.scope(PermEntity::Company, PermAction::View))));
}

} // namespace

std::string rawContactsPageSql(const RawAccess &a)
{
    // RecordList::fetch for contacts, default ListQuery: sort by name, then id, 200 rows; the
    // unary plus keeps SQLite on the name index, as RecordList does.
    return cat("SELECT r.id,r.name,r.name,co.name,r.position,json_extract(r.phones, '$[0]'),"
               "json_extract(r.emails, '$[0]'),u.name,r.created_at FROM contacts r LEFT JOIN "
               "users u ON u.id = r.responsible_id LEFT JOIN companies co ON co.id = r.company_id "
               "WHERE r.deleted = 0 AND ",
               a.predicate(PermEntity::Contact, "+r.responsible_id"),
               " ORDER BY r.name ASC, r.id ASC LIMIT ?4");
}

std::string rawContactsCountSql(const RawAccess &a)
{
    return cat("SELECT count(*) FROM contacts r WHERE r.deleted = 0 AND ",
               a.predicate(PermEntity::Contact, "+r.responsible_id"));
}

RowResult benchOpen(Context &ctx)
{
    const QString path = ctx.options.db;
    const UserInfo user = ctx.main.info;
    const Operation voronka = [&](int, Timer &t) -> qint64 {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db)
            fail(db.error());
        Session session(**db, ctx.clock, user);
        t.stop(); // closing is not part of opening
        return 0;
    };
    const Operation raw = [&](int, Timer &t) -> qint64 {
        RawDb db(path);
        // What a careful raw open does: the same PRAGMAs, refuse foreign or newer files,
        // then the first query, which also loads the schema.
        db.exec(kLocalPragmas);
        if (db.scalar("PRAGMA application_id") != Schema::kApplicationId ||
            db.scalar("PRAGMA user_version") > Schema::latestVersion())
            throw RawError("not a Voronka file of this version");
        RawStmt q(db.handle(), "SELECT value FROM meta WHERE key = 'node_id'");
        q.step();
        q.reset();
        t.stop();
        return 0;
    };
    RowResult row =
        measure(QStringLiteral("open database"), Plan{ctx.options.rounds, 20, 5}, voronka, raw);
    row.note = QStringLiteral("raw: open + PRAGMAs + application_id/user_version + the node_id "
                              "query; Voronka also builds the Session (hlc, settings caches)");
    return row;
}

RowResult benchContactsPage(Context &ctx, Actor &actor, const QString &name)
{
    const std::string sql = rawContactsPageSql(actor.access);
    RawStmt stmt(ctx.raw->handle(), sql);
    const Operation voronka = [&](int, Timer &) -> qint64 {
        RecordList list(*actor.session, EntityKind::Contact);
        Result<ListPage> page = list.fetch(ListQuery{});
        if (!page)
            fail(page.error());
        qint64 sum = 0;
        for (qint64 id : page->ids)
            sum += id;
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        stmt.bind(4, sqlite3_int64(200));
        qint64 sum = 0;
        while (stmt.step()) {
            sum += stmt.int64(0);
            touchRow(stmt, 1);
        }
        stmt.reset();
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 10, 5}, voronka, raw);
    checkSameSql(row, *ctx.db, sql, [&] {
        Timer t;
        voronka(0, t);
    });
    if (row.note.isEmpty())
        row.note = scopesNote(actor.access);
    return row;
}

RowResult benchContactsCount(Context &ctx, Actor &actor, const QString &name)
{
    const std::string sql = rawContactsCountSql(actor.access);
    RawStmt stmt(ctx.raw->handle(), sql);
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Result<qint64> n = RecordList(*actor.session, EntityKind::Contact).count(ListQuery{});
        if (!n)
            fail(n.error());
        return *n;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        const qint64 n = stmt.step() ? stmt.int64(0) : 0;
        stmt.reset();
        return n;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 15, 5}, voronka, raw);
    checkSameSql(row, *ctx.db, sql, [&] {
        Timer t;
        voronka(0, t);
    });
    if (row.note.isEmpty())
        row.note = scopesNote(actor.access);
    return row;
}

namespace {
// One list read (a page, or the count) through RecordList next to the statement it runs.
RowResult benchListRead(Context &ctx, Actor &actor, const QString &name, const ListQuery &query,
                        bool count, const std::string &sql,
                        const std::function<void(RawStmt &)> &bindRaw)
{
    RawStmt stmt(ctx.raw->handle(), sql);
    const Operation voronka = [&](int, Timer &) -> qint64 {
        RecordList list(*actor.session, EntityKind::Contact);
        if (count) {
            Result<qint64> n = list.count(query);
            if (!n)
                fail(n.error());
            return *n;
        }
        Result<ListPage> page = list.fetch(query);
        if (!page)
            fail(page.error());
        qint64 sum = 0;
        for (qint64 id : page->ids)
            sum += id;
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        bindRaw(stmt);
        qint64 sum = 0;
        while (stmt.step()) {
            if (count)
                sum = stmt.int64(0);
            else {
                sum += stmt.int64(0);
                touchRow(stmt, 1);
            }
        }
        stmt.reset();
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 15, 3}, voronka, raw);
    checkSameSql(row, *ctx.db, sql, [&] {
        Timer t;
        voronka(0, t);
    });
    return row;
}
} // namespace

QList<RowResult> benchContactsFiltered(Context &ctx, Actor &actor)
{
    QList<RowResult> rows;
    // The birthday field of contacts, by its type (the demo makes one).
    qint64 birthday = 0;
    for (const FieldDef &d : actor.session->fieldDefs(EntityKind::Contact))
        if (d.type == FieldType::Birthday)
            birthday = d.id;
    const RawAccess &a = actor.access;
    const std::string pred = a.predicate(PermEntity::Contact, "+r.responsible_id");
    const std::string cols = "r.name,co.name,r.position,json_extract(r.phones, '$[0]'),"
                             "json_extract(r.emails, '$[0]'),u.name,r.created_at";
    const std::string joins = "LEFT JOIN users u ON u.id = r.responsible_id LEFT JOIN companies "
                              "co ON co.id = r.company_id";
    if (birthday) {
        const std::string fid = std::to_string(birthday);
        ListQuery q;
        q.filter.fields << FieldCondition{birthday,
                                          FieldCondition::Op::Range,
                                          {},
                                          QStringLiteral("1980-01-01"),
                                          QStringLiteral("1989-12-31")};
        const std::string cond = cat(" AND EXISTS(SELECT 1 FROM field_values f WHERE f.kind = 2 "
                                     "AND f.entity_id = r.id AND f.field_id = ",
                                     fid, " AND f.value >= ?10 AND f.value <= ?11)");
        auto bindRange = [](RawStmt &s) {
            s.bind(10, std::string_view("1980-01-01"));
            s.bind(11, std::string_view("1989-12-31"));
        };
        rows << benchListRead(
            ctx, actor, QStringLiteral("contacts list (filtered: birthday 1980s)"), q, false,
            cat("SELECT r.id,r.name,", cols, " FROM contacts r ", joins,
                " WHERE r.deleted = 0 AND ", pred, cond, " ORDER BY r.name ASC, r.id ASC LIMIT ?4"),
            [&](RawStmt &s) {
                s.bind(4, sqlite3_int64(200));
                bindRange(s);
            });
        rows << benchListRead(ctx, actor,
                              QStringLiteral("contacts count (filtered: birthday 1980s)"), q, true,
                              cat(rawContactsCountSql(a), cond), bindRange);

        ListQuery sorted;
        sorted.sortKey = QStringLiteral("cf.%1").arg(birthday);
        // The field's values in index order (field_values_sort), each record by its key.
        rows << benchListRead(ctx, actor, QStringLiteral("contacts list (sorted by birthday)"),
                              sorted, false,
                              cat("SELECT r.id,v.value,", cols,
                                  " FROM field_values v CROSS JOIN contacts r ON r.id = "
                                  "v.entity_id ",
                                  joins, " WHERE v.kind = 2 AND v.field_id = ", fid,
                                  " AND v.value IS NOT NULL AND r.deleted = 0 AND ", pred,
                                  " ORDER BY v.value ASC, v.entity_id ASC LIMIT ?4"),
                              [](RawStmt &s) { s.bind(4, sqlite3_int64(200)); });
    }
    // Newest changes first: the page walks the updated_at index backwards.
    ListQuery byUpdated;
    byUpdated.sortKey = QStringLiteral("updated");
    byUpdated.descending = true;
    rows << benchListRead(
        ctx, actor, QStringLiteral("contacts list (sorted by updated)"), byUpdated, false,
        cat("SELECT r.id,r.updated_at,", cols, " FROM contacts r ", joins,
            " WHERE r.deleted = 0 AND ", pred, " ORDER BY r.updated_at DESC, r.id DESC LIMIT ?4"),
        [](RawStmt &s) { s.bind(4, sqlite3_int64(200)); });
    // Created in the last 30 days of the file's data.
    ListQuery period;
    period.filter.createdFrom =
        ctx.raw->scalar("SELECT max(created_at) FROM contacts") - 30LL * 24 * 3600 * 1000;
    rows << benchListRead(
        ctx, actor, QStringLiteral("contacts count (created: last 30 days)"), period, true,
        cat(rawContactsCountSql(a), " AND r.created_at >= ?10"),
        [&](RawStmt &s) { s.bind(10, sqlite3_int64(period.filter.createdFrom)); });
    return rows;
}

RowResult benchSearch(Context &ctx, Actor &actor, const QString &name, const QStringList &prefixes,
                      bool phones)
{
    RawSearch rawSearch(ctx.raw->handle(), actor.access);
    std::vector<RawSearch::Query> queries;
    for (const QString &p : prefixes)
        queries.push_back(phones ? RawSearch::phoneQueryFor(p) : RawSearch::queryFor(p));
    qint64 hits = 0;
    const Operation voronka = [&](int i, Timer &) -> qint64 {
        Result<QList<SearchHit>> found = Search(*actor.session).find(prefixes[i], 20);
        if (!found)
            fail(found.error());
        qint64 sum = 0;
        for (const SearchHit &h : *found)
            sum = hitChecksum(sum, SearchIndex::rowidFor(h.kind, h.id));
        hits += found->size();
        return sum;
    };
    const Operation raw = [&](int i, Timer &) -> qint64 {
        return rawSearch.find(queries[size_t(i)], 20);
    };
    RowResult row = measure(name, Plan{int(prefixes.size()), 25, 100}, voronka, raw);
    const int cyr = cyrillicCount(prefixes);
    row.note =
        (phones ? QStringLiteral("%1 phone endings (5 or 7 digits, with dashes)%2%3")
                      .arg(prefixes.size())
                      .arg(QString(), QString())
                : QStringLiteral("%1 prefixes (%2 Cyrillic, %3 Latin)")
                      .arg(prefixes.size())
                      .arg(cyr)
                      .arg(prefixes.size() - cyr)) +
        QStringLiteral(", %4 hits per query on average, limit 20; %5")
            .arg(double(hits) / double(std::max<size_t>(1, row.voronka.size() + 1)), 0, 'f', 1)
            .arg(scopesNote(actor.access));
    // The slowest prefixes say where the tail comes from (pair i is prefix i).
    std::vector<size_t> order(row.voronka.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t x, size_t y) { return row.voronka[x] > row.voronka[y]; });
    QStringList slow;
    for (size_t k = 0; k < order.size() && k < 5; ++k)
        slow << QStringLiteral("\"%1\" %2/%3 ms")
                    .arg(prefixes[int(order[k])])
                    .arg(row.voronka[order[k]], 0, 'f', 1)
                    .arg(row.raw[order[k]], 0, 'f', 1);
    row.note += QStringLiteral("; slowest (voronka/raw): ") + slow.join(QStringLiteral(", "));
    return row;
}

} // namespace Voronka::Bench
