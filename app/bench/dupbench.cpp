// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dupbench.h"

#include "core/services/duplicates.h"

#include <numeric>
#include <stdexcept>
#include <vector>

namespace Voronka::Bench {

using namespace Core;

namespace {

// Phones as digits, national part (last 10); emails trimmed and lower-cased; names
// lower-cased within a company. SQLite's lower() folds ASCII only and SQL cannot sort a name's
// words, so the raw side does less normalizing than Voronka: a Cyrillic name written in
// another case or word order is missed, and the checksums may differ by those records.
std::string rawGroupsSql(const RawAccess &a)
{
    const std::string pred = a.predicate(PermEntity::Contact, "r.responsible_id");
    std::string digits = "j.value";
    for (const char *c : {" ", "-", "(", ")", "+", "."})
        digits = cat("replace(", digits, ", '", c, "', '')");
    return cat("WITH k(key, id) AS (SELECT 'p' || substr(", digits,
               ", -10), r.id FROM contacts r, json_each(r.phones) j WHERE r.deleted = 0 AND ", pred,
               " AND length(", digits,
               ") >= 5 UNION ALL SELECT 'e' || lower(trim(j.value)), r.id FROM contacts r, "
               "json_each(r.emails) j WHERE r.deleted = 0 AND ",
               pred,
               " UNION ALL SELECT 'n' || r.company_id || ':' || lower(r.name), r.id FROM contacts "
               "r WHERE r.deleted = 0 AND r.company_id IS NOT NULL AND ",
               pred,
               ") SELECT key, id FROM k WHERE key IN (SELECT key FROM k GROUP BY key HAVING "
               "count(DISTINCT id) > 1) ORDER BY key");
}

qint64 checksum(qint64 groups, qint64 members)
{
    return groups * 1000003 + members;
}

} // namespace

RowResult benchDuplicateScan(Context &ctx, Actor &actor, const QString &name)
{
    const std::string sql = rawGroupsSql(actor.access);
    RawStmt stmt(ctx.raw->handle(), sql);
    qint64 groupsFound = 0;
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Result<DuplicateScan> scan = Duplicates(*actor.session).scan(DuplicateOptions{});
        if (!scan)
            throw std::runtime_error(scan.error().message.toStdString());
        qint64 members = 0;
        for (const DuplicateGroup &g : scan->groups)
            members += g.ids.size();
        groupsFound = scan->groups.size();
        return checksum(scan->groups.size(), members);
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        // Rows come sorted by key: consecutive ids of one key are joined, then the groups
        // that share a record are merged with a union-find over the ids.
        const qint64 maxId = ctx.raw->scalar("SELECT max(id) FROM contacts");
        std::vector<qint64> parent(size_t(maxId + 1));
        std::iota(parent.begin(), parent.end(), 0);
        std::vector<bool> grouped(parent.size(), false);
        auto find = [&](qint64 x) {
            while (parent[size_t(x)] != x)
                x = parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            return x;
        };
        std::string lastKey;
        qint64 first = 0;
        while (stmt.step()) {
            const std::string_view key = stmt.text(0);
            const qint64 id = stmt.int64(1);
            if (key != lastKey) {
                lastKey = key;
                first = id;
                continue;
            }
            if (id == first)
                continue;
            grouped[size_t(id)] = grouped[size_t(first)] = true;
            const qint64 a = find(id), b = find(first);
            if (a != b)
                parent[size_t(std::max(a, b))] = std::min(a, b);
        }
        stmt.reset();
        qint64 groups = 0, members = 0;
        for (size_t i = 0; i < parent.size(); ++i)
            if (grouped[i]) {
                ++members;
                if (find(qint64(i)) == qint64(i))
                    ++groups;
            }
        return checksum(groups, members);
    };
    RowResult row = measure(name, Plan{std::min(ctx.options.rounds, 5), 120, 2}, voronka, raw);
    row.note = QStringLiteral("%1 groups; raw: GROUP BY over json_each(phones/emails) and "
                              "lower(name)+company in SQL, groups joined in C++; its name "
                              "normalizing is weaker (ASCII lower(), no word order, no ё)")
                   .arg(groupsFound);
    return row;
}

} // namespace Voronka::Bench
