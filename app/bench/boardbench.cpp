// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardbench.h"

#include "rawwriter.h"

#include "core/services/board.h"

#include <random>
#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

qint64 biggestPipeline(RawDb &raw)
{
    return raw.scalar("SELECT pipeline_id FROM deals WHERE deleted = 0 GROUP BY pipeline_id "
                      "ORDER BY count(*) DESC LIMIT 1");
}

namespace {

// The stages in board order: Incoming (kind 3) first, the open stages, Won, Lost.
std::vector<qint64> stagesOf(RawDb &raw, qint64 pipeline)
{
    std::vector<qint64> out;
    RawStmt q(raw.handle(), "SELECT id FROM stages WHERE pipeline_id = ?1 AND deleted = 0 "
                            "ORDER BY kind <> 3, kind, position, id");
    q.bind(1, sqlite3_int64(pipeline));
    while (q.step())
        out.push_back(q.int64(0));
    q.reset();
    return out;
}

// Mixes a value into a checksum so both sides must return the same numbers in the same order.
qint64 mix(qint64 sum, qint64 v)
{
    return sum * 1000003 + v;
}

} // namespace

std::vector<qint64> openStagesOf(RawDb &raw, qint64 pipeline)
{
    std::vector<qint64> out;
    RawStmt q(raw.handle(), "SELECT id FROM stages WHERE pipeline_id = ?1 AND deleted = 0 "
                            "AND kind = 0 ORDER BY position, id");
    q.bind(1, sqlite3_int64(pipeline));
    while (q.step())
        out.push_back(q.int64(0));
    q.reset();
    return out;
}

RowResult benchBoardOpen(Context &ctx, Actor &actor, const QString &name)
{
    const qint64 pipeline = biggestPipeline(*ctx.raw);
    const std::vector<qint64> stages = stagesOf(*ctx.raw, pipeline);
    // The statements Board::load runs, written out by hand.
    const std::string where = cat("d.stage_id = ?1 AND d.deleted = 0 AND ",
                                  actor.access.predicate(PermEntity::Deal, "+d.responsible_id"));
    RawStmt totals(ctx.raw->handle(),
                   cat("SELECT count(*), coalesce(sum(d.budget), 0) FROM deals d WHERE ", where));
    RawStmt cards(
        ctx.raw->handle(),
        cat("SELECT d.id, d.name, d.budget, d.currency, co.name, (SELECT c.name FROM "
            "deal_contacts dc JOIN contacts c ON c.id = dc.contact_id WHERE dc.deal_id = d.id "
            "ORDER BY dc.position LIMIT 1), d.responsible_id, u.name, d.stage_entered_at, "
            "d.sort_order, (SELECT min(t.due_at) FROM tasks t WHERE t.entity_kind = 1 AND "
            "t.entity_id = d.id AND t.deleted = 0 AND t.status = 0 AND t.due_at IS NOT NULL) "
            "FROM deals d LEFT JOIN companies co ON co.id = d.company_id LEFT JOIN users u ON "
            "u.id = d.responsible_id WHERE ",
            where, " ORDER BY d.sort_order, d.id LIMIT ?5"));
    RawStmt tags(ctx.raw->handle(),
                 "SELECT t.name FROM entity_tags e JOIN tags t ON t.id = "
                 "e.tag_id WHERE e.kind = 1 AND e.entity_id = ?1 ORDER BY t.name");
    Board board(*actor.session, pipeline);
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Result<QList<BoardColumn>> cols = board.load({}, 50);
        if (!cols)
            throw std::runtime_error(cols.error().message.toStdString());
        qint64 sum = 0;
        for (const BoardColumn &c : *cols) {
            sum = mix(mix(sum, c.count), c.budgetSum);
            for (const BoardCard &card : c.cards)
                sum = mix(sum, card.id);
        }
        return sum;
    };
    RawStmt begin(ctx.raw->handle(), "BEGIN"), commit(ctx.raw->handle(), "COMMIT");
    const Operation raw = [&](int, Timer &) -> qint64 {
        qint64 sum = 0;
        std::vector<qint64> ids;
        begin.run(); // one read snapshot, as Board::load takes
        for (qint64 stage : stages) {
            totals.bind(1, sqlite3_int64(stage));
            if (totals.step())
                sum = mix(mix(sum, totals.int64(0)), totals.int64(1));
            totals.reset();
            cards.bind(1, sqlite3_int64(stage)).bind(5, sqlite3_int64(50));
            ids.clear();
            while (cards.step()) {
                ids.push_back(cards.int64(0));
                // Read every column in its own type, as a card needs them.
                for (int col : {1, 3, 4, 5, 7})
                    (void)cards.text(col);
                for (int col : {2, 6, 8, 10})
                    (void)cards.int64(col);
                (void)cards.real(9);
            }
            cards.reset();
            for (qint64 id : ids) {
                tags.bind(1, sqlite3_int64(id));
                while (tags.step())
                    (void)tags.text(0);
                tags.reset();
                sum = mix(sum, id);
            }
        }
        commit.run();
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 20, 5}, voronka, raw);
    row.note =
        QStringLiteral("pipeline #%1 with %2 stages: count + budget sum per stage and the "
                       "first 50 cards of each (company, main contact, next task, tags); %3")
            .arg(pipeline)
            .arg(stages.size())
            .arg(QString::fromStdString(cat("deals ", RawAccess::scopeName(actor.access.scope(
                                                          PermEntity::Deal, PermAction::View)))));
    return row;
}

namespace {
// A drop as a hand-written write path would commit it: read the owner and old stage inside
// the transaction, place the card at the end of the target stage, write the row, the stage
// move in the history, the outbox row and the field clocks.
class RawMove
{
public:
    RawMove(sqlite3 *db, const RawAccess &access)
        : m_access(access)
        , m_writer(db)
        , m_read(db, "SELECT stage_id, responsible_id, deleted FROM deals WHERE id = ?1")
        , m_order(db, "SELECT coalesce(max(sort_order), 0) + 1 FROM deals WHERE stage_id = ?1 "
                      "AND deleted = 0 AND id <> ?2")
        , m_update(db, "UPDATE deals SET stage_id = ?1, sort_order = ?2, updated_at = ?3, "
                       "stage_entered_at = ?3 WHERE id = ?4")
        , m_history(db, "INSERT INTO history(kind, entity_id, at, user_id, event, field, "
                        "old_value, new_value) VALUES(1, ?1, ?2, ?3, 2, 'stage_id', ?4, ?5)")
        , m_outbox(db, "INSERT INTO outbox(mutation_uid, kind, entity_id, op, fields, hlc) "
                       "VALUES(randomblob(16), 1, ?1, 2, 'stage_id,sort_order', ?2)")
        , m_clock(db, "INSERT INTO field_clock(kind, entity_id, field, hlc) VALUES(1, ?1, ?2, ?3) "
                      "ON CONFLICT(kind, entity_id, field) DO UPDATE SET hlc = excluded.hlc")
    {
    }

    void run(qint64 id, qint64 stage)
    {
        const qint64 now = RawWriter::nowMs();
        m_writer.transaction(
            [&] {
                const sqlite3_int64 oldStage = m_access.editableDealValue(m_read, id, "move");
                m_order.bind(1, sqlite3_int64(stage)).bind(2, sqlite3_int64(id));
                m_order.step();
                const double order = m_order.real(0);
                m_order.reset();
                m_update.bind(1, sqlite3_int64(stage))
                    .bind(2, order)
                    .bind(3, sqlite3_int64(now))
                    .bind(4, sqlite3_int64(id))
                    .run();
                m_history.bind(1, sqlite3_int64(id))
                    .bind(2, sqlite3_int64(now))
                    .bind(3, sqlite3_int64(m_access.userId))
                    .bind(4, oldStage)
                    .bind(5, sqlite3_int64(stage))
                    .run();
                const qint64 hlc = m_writer.nextHlc(now);
                m_outbox.bind(1, sqlite3_int64(id)).bind(2, sqlite3_int64(hlc)).run();
                for (std::string_view f :
                     {std::string_view("stage_id"), std::string_view("sort_order")})
                    m_clock.bind(1, sqlite3_int64(id)).bind(2, f).bind(3, sqlite3_int64(hlc)).run();
            },
            [&] {
                m_read.reset();
                m_order.reset();
            });
    }

private:
    const RawAccess &m_access;
    RawWriter m_writer;
    RawStmt m_read, m_order, m_update, m_history, m_outbox, m_clock;
};
} // namespace

RowResult benchBoardMove(Context &ctx)
{
    Actor &actor = ctx.main;
    const qint64 pipeline = biggestPipeline(*ctx.raw);
    const std::vector<qint64> stages = openStagesOf(*ctx.raw, pipeline);
    RowResult row;
    row.name = QStringLiteral("board move");
    if (stages.size() < 2) {
        row.error = QStringLiteral("the biggest pipeline has fewer than two open stages");
        return row;
    }
    // Deals of the first two open stages move to the other one and, next round, back.
    std::vector<std::pair<qint64, qint64>> deals; // id, its current stage
    {
        RawStmt q(ctx.raw->handle(), "SELECT id, stage_id, responsible_id FROM deals WHERE "
                                     "stage_id IN (?1, ?2) AND deleted = 0 ORDER BY id LIMIT 400");
        q.bind(1, sqlite3_int64(stages[0])).bind(2, sqlite3_int64(stages[1]));
        std::mt19937_64 rng(ctx.options.seed);
        while (q.step())
            if (actor.access.can(PermEntity::Deal, PermAction::Edit, q.int64(2)) && rng() % 4 == 0)
                deals.emplace_back(q.int64(0), q.int64(1));
        q.reset();
    }
    if (deals.empty()) {
        row.error = QStringLiteral("%1 may move no deal in this file").arg(actor.email);
        return row;
    }
    const std::vector<std::pair<qint64, qint64>> original = deals;
    auto target = [&](size_t k) {
        return deals[k].second == stages[0] ? stages[1] : stages[0];
    };
    RawMove rawMove(ctx.raw->handle(), actor.access);
    Board board(*actor.session, pipeline);
    qint64 calls = 0;
    const Operation voronka = [&](int, Timer &) -> qint64 {
        const size_t k = size_t(calls++) % deals.size();
        const qint64 to = target(k);
        const Status st = board.move(deals[k].first, to);
        if (!st)
            throw std::runtime_error(st.error().message.toStdString());
        deals[k].second = to;
        return 1;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        const size_t k = size_t(calls++) % deals.size();
        const qint64 to = target(k);
        rawMove.run(deals[k].first, to);
        deals[k].second = to;
        return 1;
    };
    row = measure(row.name, Plan{ctx.options.rounds * 4, 20, 10}, voronka, raw);
    row.note = QStringLiteral("%1 deals between the first two stages of pipeline #%2; raw: BEGIN "
                              "IMMEDIATE, read owner + stage, place at the end, UPDATE, history, "
                              "outbox, 2 field clocks, COMMIT")
                   .arg(deals.size())
                   .arg(pipeline);
    // Put every deal back in its stage through the write path.
    for (size_t k = 0; k < deals.size(); ++k)
        if (deals[k].second != original[k].second)
            (void)board.move(deals[k].first, original[k].second);
    return row;
}

} // namespace Voronka::Bench
