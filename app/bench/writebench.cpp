// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "writebench.h"

#include "rawwriter.h"

#include "core/services/records.h"
#include "core/util/ids.h"

#include <QTextStream>

#include <random>
#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {

// The change as a hand-written write path would commit it: read the old value and the owner
// inside the write transaction, then the row, its timeline line, the outbox row and the
// field clock (per-field last-writer-wins needs it), all in one transaction.
class RawDealUpdate
{
public:
    RawDealUpdate(sqlite3 *db, const RawAccess &access)
        : m_access(access)
        , m_writer(db)
        , m_read(db, "SELECT budget, responsible_id, deleted FROM deals WHERE id = ?1")
        , m_update(db, "UPDATE deals SET budget = ?1, updated_at = ?2 WHERE id = ?3")
        , m_history(db, "INSERT INTO history(kind, entity_id, at, user_id, event, field, "
                        "old_value, new_value) VALUES(1, ?1, ?2, ?3, 1, 'budget', ?4, ?5)")
        , m_outbox(db, "INSERT INTO outbox(mutation_uid, kind, entity_id, op, fields, hlc) "
                       "VALUES(?1, 1, ?2, 2, 'budget', ?3)")
        , m_clock(db, "INSERT INTO field_clock(kind, entity_id, field, hlc) VALUES(1, ?1, "
                      "'budget', ?2) ON CONFLICT(kind, entity_id, field) DO UPDATE SET hlc = "
                      "excluded.hlc")
        , m_rng(std::random_device{}())
    {
    }

    void run(qint64 id, qint64 budget)
    {
        const qint64 now = RawWriter::nowMs();
        m_writer.transaction(
            [&] {
                const sqlite3_int64 old = m_access.editableDealValue(m_read, id, "edit");
                m_update.bind(1, sqlite3_int64(budget))
                    .bind(2, sqlite3_int64(now))
                    .bind(3, sqlite3_int64(id))
                    .run();
                m_history.bind(1, sqlite3_int64(id))
                    .bind(2, sqlite3_int64(now))
                    .bind(3, sqlite3_int64(m_access.userId))
                    .bind(4, old)
                    .bind(5, sqlite3_int64(budget))
                    .run();
                const qint64 hlc = m_writer.nextHlc(now);
                unsigned char uid[16];
                uuid7(uid, now);
                m_outbox.bindBlob(1, uid, 16)
                    .bind(2, sqlite3_int64(id))
                    .bind(3, sqlite3_int64(hlc))
                    .run();
                m_clock.bind(1, sqlite3_int64(id)).bind(2, sqlite3_int64(hlc)).run();
            },
            [&] { m_read.reset(); });
    }

private:
    // RFC 9562 UUIDv7 straight into a buffer, as IdGenerator does without the QByteArray.
    void uuid7(unsigned char *out, qint64 ms)
    {
        const quint64 a = m_rng(), b = m_rng();
        for (int i = 0; i < 6; ++i)
            out[i] = static_cast<unsigned char>(quint64(ms) >> (40 - 8 * i));
        for (int i = 6; i < 16; ++i)
            out[i] = static_cast<unsigned char>((i < 11 ? a : b) >> (8 * (i % 8)));
        out[6] = static_cast<unsigned char>(0x70 | (out[6] & 0x0F));
        out[8] = static_cast<unsigned char>(0x80 | (out[8] & 0x3F));
    }

    const RawAccess &m_access;
    RawWriter m_writer;
    RawStmt m_read, m_update, m_history, m_outbox, m_clock;
    std::mt19937_64 m_rng;
};

} // namespace

RowResult benchDealUpdate(Context &ctx)
{
    Actor &actor = ctx.main;
    // Deals the user may edit, spread over the file, with their budgets to put back.
    std::vector<std::pair<qint64, qint64>> deals; // id, original budget
    {
        std::mt19937_64 rng(ctx.options.seed);
        const sqlite3_int64 maxId = ctx.raw->scalar("SELECT coalesce(max(id), 0) FROM deals");
        RawStmt q(ctx.raw->handle(),
                  "SELECT budget, responsible_id FROM deals WHERE id = ?1 AND deleted = 0");
        for (int attempt = 0; maxId > 0 && deals.size() < 64 && attempt < 10000; ++attempt) {
            const qint64 id = qint64(1 + rng() % quint64(maxId));
            q.bind(1, sqlite3_int64(id));
            if (q.step() && actor.access.can(PermEntity::Deal, PermAction::Edit, q.int64(1)))
                deals.emplace_back(id, q.int64(0));
            q.reset();
        }
    }
    if (deals.empty()) {
        RowResult row;
        row.name = QStringLiteral("deal update");
        row.error = QStringLiteral("%1 may edit no deal in this file").arg(actor.email);
        return row;
    }
    RawDealUpdate rawUpdate(ctx.raw->handle(), actor.access);
    Records records(*actor.session);
    // Odd values that no demo budget (whole multiples of 10000) and no other call has, so
    // every call really changes the row.
    qint64 calls = 0;
    const Operation voronka = [&](int i, Timer &) -> qint64 {
        const qint64 id = deals[size_t(i) % deals.size()].first;
        const Status st = records.update(EntityKind::Deal, id,
                                         Patch{{QStringLiteral("budget"), 1000001 + 4 * calls++}});
        if (!st)
            throw std::runtime_error(st.error().message.toStdString());
        return 1;
    };
    const Operation raw = [&](int i, Timer &) -> qint64 {
        rawUpdate.run(deals[size_t(i) % deals.size()].first, 1000003 + 4 * calls++);
        return 1;
    };
    RowResult row =
        measure(QStringLiteral("deal update"), Plan{ctx.options.rounds * 4, 15, 10}, voronka, raw);
    row.note = QStringLiteral("%1 deals in turn; raw: BEGIN IMMEDIATE, read old value + owner, "
                              "UPDATE, history, outbox, field_clock, COMMIT")
                   .arg(deals.size());
    for (const auto &[id, budget] : deals) {
        const Status st =
            records.update(EntityKind::Deal, id, Patch{{QStringLiteral("budget"), budget}});
        if (!st)
            QTextStream(stderr) << "voronka-bench: could not restore deal " << id << ": "
                                << st.error().message << "\n";
    }
    return row;
}

} // namespace Voronka::Bench
