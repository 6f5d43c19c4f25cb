// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "journalbench.h"

#include "rawdb.h"

#include "core/services/journal.h"

#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {

constexpr int kPage = 100;

// What a page names per row: the record (deals, contacts, companies, tasks, notes; settings
// rows are a handful), the user, and the text of an added task or note.
const char *const kHistoryColumns =
    "h.at, 0, h.id, h.user_id, h.kind, h.entity_id, h.event, h.field, h.old_value, h.new_value, "
    "CASE h.kind WHEN 1 THEN (SELECT name FROM deals WHERE id = h.entity_id) "
    "WHEN 2 THEN (SELECT name FROM contacts WHERE id = h.entity_id) "
    "WHEN 3 THEN (SELECT name FROM companies WHERE id = h.entity_id) "
    "WHEN 4 THEN (SELECT substr(text, 1, 80) FROM tasks WHERE id = h.entity_id) "
    "WHEN 5 THEN (SELECT substr(text, 1, 80) FROM notes WHERE id = h.entity_id) END, "
    "CASE h.event WHEN 5 THEN (SELECT text FROM notes WHERE id = h.new_value) "
    "WHEN 6 THEN (SELECT text FROM tasks WHERE id = h.new_value) "
    "WHEN 7 THEN (SELECT text FROM tasks WHERE id = h.new_value) END, u.name "
    "FROM history h LEFT JOIN users u ON u.id = h.user_id";

std::string rawAllSql()
{
    return cat("SELECT * FROM (SELECT ", kHistoryColumns,
               " ORDER BY h.at DESC, h.id DESC LIMIT ?1) UNION ALL SELECT * FROM (SELECT s.at, 1, "
               "s.id, s.user_id, 0, 0, s.result, NULL, NULL, NULL, s.email, NULL, "
               "coalesce(u.name, s.email) FROM sign_ins s LEFT JOIN users u ON u.id = s.user_id "
               "ORDER BY s.at DESC, s.id DESC LIMIT ?1) ORDER BY 1 DESC, 2 DESC, 3 DESC LIMIT ?1");
}

std::string rawKindSql()
{
    // The planner's own choice for one kind: its rows through history_entity, then a sort.
    return cat("SELECT ", kHistoryColumns,
               " WHERE h.kind = ?2 ORDER BY h.at DESC, h.id DESC LIMIT ?1");
}

// The same checksum on both sides: which rows, in which order.
qint64 rowSum(qint64 sum, int position, int source, qint64 id)
{
    return sum + (position + 1) * (id * 2 + source);
}

RowResult benchPage(Context &ctx, Actor &actor, const QString &name, const JournalFilter &filter,
                    const std::string &sql)
{
    RawStmt stmt(ctx.raw->handle(), sql);
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Result<JournalPage> page = Journal(*actor.session).page(filter, {}, kPage);
        if (!page)
            throw std::runtime_error(page.error().message.toStdString());
        qint64 sum = 0;
        for (int i = 0; i < page->entries.size(); ++i)
            sum = rowSum(sum, i, int(page->entries[i].source), page->entries[i].id);
        return sum;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        stmt.bind(1, sqlite3_int64(kPage));
        if (filter.kind != EntityKind::None)
            stmt.bind(2, sqlite3_int64(filter.kind));
        qint64 sum = 0;
        for (int i = 0; stmt.step(); ++i) {
            sum = rowSum(sum, i, int(stmt.int64(1)), stmt.int64(2));
            touchRow(stmt, 3);
        }
        stmt.reset();
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 10, 5}, voronka, raw);
    const qint64 history = ctx.raw->scalar("SELECT max(id) FROM history");
    const qint64 signIns = ctx.raw->scalar("SELECT count(*) FROM sign_ins");
    row.note = QStringLiteral("%1 entries a page; ~%2 history rows, %3 sign-ins")
                   .arg(kPage)
                   .arg(history)
                   .arg(signIns);
    return row;
}

} // namespace

QList<RowResult> benchJournal(Context &ctx, Actor &actor)
{
    QList<RowResult> rows;
    rows << benchPage(ctx, actor, QStringLiteral("journal first page"), {}, rawAllSql());
    JournalFilter contacts;
    contacts.kind = EntityKind::Contact;
    rows << benchPage(ctx, actor, QStringLiteral("journal first page (contacts)"), contacts,
                      rawKindSql());
    return rows;
}

} // namespace Voronka::Bench
