// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "board.h"

#include "core/search/search.h"
#include "core/services/records.h"
#include "core/services/session.h"

#include <QCoreApplication>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Board)
};

// Columns of the card query; ?1 is the stage, ?5 the page size, ?6/?7 the keyset.
#define VORONKA_CARD_SELECT                                                                        \
    "SELECT d.id, d.name, d.budget, d.currency, co.name, "                                         \
    "(SELECT c.name FROM deal_contacts dc JOIN contacts c ON c.id = dc.contact_id "                \
    " WHERE dc.deal_id = d.id ORDER BY dc.position LIMIT 1), "                                     \
    "d.responsible_id, u.name, d.stage_entered_at, d.sort_order, "                                 \
    "(SELECT min(t.due_at) FROM tasks t WHERE t.entity_kind = 1 AND t.entity_id = d.id "           \
    " AND t.deleted = 0 AND t.status = 0 AND t.due_at IS NOT NULL) "                               \
    "FROM deals d LEFT JOIN companies co ON co.id = d.company_id "                                 \
    "LEFT JOIN users u ON u.id = d.responsible_id WHERE "
} // namespace

FilterSql Board::where(const BoardFilter &filter, QString *sql) const
{
    FilterSql f = recordFilterSql(m_s, EntityKind::Deal, filter, 10, QStringLiteral("d"));
    *sql = QStringLiteral("d.stage_id = ?1 AND d.deleted = 0 AND ") +
           Permissions::sqlPredicate(m_s.principal(), PermEntity::Deal, PermAction::View,
                                     QStringLiteral("+d.responsible_id")) +
           f.conditions;
    return f;
}

static QList<BoardCard> readCards(Session &s, Statement &q)
{
    QList<BoardCard> out;
    const qint64 now = s.clock().nowMs();
    while (q.step()) {
        BoardCard c;
        c.id = q.int64(0);
        c.name = q.text(1);
        c.budget = q.int64(2);
        c.currency = q.text(3);
        c.company = q.text(4);
        c.contact = q.text(5);
        c.responsibleId = q.int64(6);
        c.responsibleName = q.text(7);
        c.stageEnteredAt = q.int64(8);
        c.sortOrder = q.real(9);
        c.nextTaskDue = q.isNull(10) ? 0 : q.int64(10);
        c.hasOverdueTask = c.nextTaskDue != 0 && c.nextTaskDue < now;
        out << c;
    }
    Query tags = s.sql().prepare("SELECT t.name FROM entity_tags e JOIN tags t ON t.id = e.tag_id "
                                 "WHERE e.kind = 1 AND e.entity_id = ?1 ORDER BY t.name");
    for (BoardCard &c : out) {
        tags->reset();
        tags->bind(1, c.id);
        while (tags->step())
            c.tags << tags->text(0);
    }
    return out;
}

qint64 Board::usualPipeline(Session &s)
{
    const QList<PipelineInfo> visible = s.visiblePipelines();
    if (visible.isEmpty())
        return 0;
    qint64 best = visible.first().id, most = 0;
    Result<QList<std::pair<qint64, qint64>>> counts =
        guarded(s.db(), [&]() -> Result<QList<std::pair<qint64, qint64>>> {
            QList<std::pair<qint64, qint64>> out;
            Query q = s.sql().prepare("SELECT pipeline_id, count(*) FROM deals WHERE "
                                      "responsible_id = ?1 AND deleted = 0 GROUP BY 1");
            q->bindAll(s.actor().id);
            while (q->step())
                out.append({q->int64(0), q->int64(1)});
            return out;
        });
    if (!counts)
        return best;
    for (const PipelineInfo &p : visible)
        for (const auto &[pipeline, n] : *counts)
            if (pipeline == p.id && n > most) {
                best = p.id;
                most = n;
            }
    return best;
}

Result<QList<BoardColumn>> Board::load(const BoardFilter &filter, int cardsPerColumn)
{
    QList<BoardColumn> columns;
    // Incoming is listed last among a pipeline's stages (stages[0] stays the first working
    // stage for every caller) but stands first on the board, before the stages.
    for (const PipelineInfo &p : m_s.pipelines())
        if (p.id == m_pipelineId)
            for (const StageInfo &st : p.stages) {
                if (st.kind == StageKind::Incoming)
                    columns.prepend(BoardColumn{st, 0, 0, {}, false});
                else
                    columns.append(BoardColumn{st, 0, 0, {}, false});
            }
    if (columns.isEmpty())
        return makeError(Error::Code::NotFound,
                         Tr::tr("Pipeline #%1 does not exist.").arg(m_pipelineId),
                         entityKey(EntityKind::Pipeline));
    QString w;
    const FilterSql f = where(filter, &w);
    return guarded(m_s.db(), [&]() -> Result<QList<BoardColumn>> {
        // One read snapshot for the whole board: totals and cards agree even while another
        // program writes, and SQLite takes its file locks once instead of per statement.
        m_s.sql().exec("SAVEPOINT board_read");
        struct Release
        {
            Connection &c;
            ~Release() { c.execQuietly("RELEASE board_read"); }
        } release{m_s.sql()};
        Query totals = m_s.sql().prepare(
            QStringLiteral("SELECT count(*), coalesce(sum(d.budget), 0) FROM deals d WHERE %1")
                .arg(w));
        Query cards = m_s.sql().prepare(
            QStringLiteral(VORONKA_CARD_SELECT "%1 ORDER BY d.sort_order, d.id LIMIT ?5").arg(w));
        for (BoardColumn &col : columns) {
            totals->reset();
            totals->bind(1, col.stage.id);
            f.bind(*totals);
            if (totals->step()) {
                col.count = totals->int64(0);
                col.budgetSum = totals->int64(1);
            }
            cards->reset();
            cards->bind(1, col.stage.id);
            f.bind(*cards);
            cards->bind(5, qint64(cardsPerColumn));
            col.cards = readCards(m_s, *cards);
            col.more = col.count > col.cards.size();
        }
        return columns;
    });
}

Result<QList<BoardCard>> Board::more(qint64 stageId, const BoardFilter &filter,
                                     double afterSortOrder, qint64 afterId, int limit)
{
    QString w;
    const FilterSql f = where(filter, &w);
    return guarded(m_s.db(), [&]() -> Result<QList<BoardCard>> {
        Query cards = m_s.sql().prepare(QStringLiteral(VORONKA_CARD_SELECT
                                                       "%1 AND (d.sort_order, d.id) > (?6, ?7) "
                                                       "ORDER BY d.sort_order, d.id LIMIT ?5")
                                            .arg(w));
        cards->bind(1, stageId);
        f.bind(*cards);
        cards->bind(5, qint64(limit));
        cards->bind(6, afterSortOrder);
        cards->bind(7, afterId);
        return readCards(m_s, *cards);
    });
}

Status Board::move(qint64 dealId, qint64 stageId, qint64 beforeDealId, const Patch &extra)
{
    const StageInfo *stage = m_s.stage(stageId);
    if (!stage)
        return makeError(Error::Code::Invalid, Tr::tr("Stage #%1 does not exist.").arg(stageId),
                         entityKey(EntityKind::Deal), QStringLiteral("stage_id"));
    return guarded(m_s.db(), [&]() -> Status {
        // One transaction: the neighbours' order is read where the move is written, so a
        // concurrent move cannot slip between them; the write path's change joins it.
        Change c(m_s);
        double order = 0;
        // The manual order is a fraction between the neighbours, so a move rewrites one row.
        if (beforeDealId) {
            Query q = m_s.sql().prepare(
                "SELECT b.sort_order, (SELECT max(p.sort_order) FROM deals p WHERE p.stage_id = "
                "?2 AND p.deleted = 0 AND p.id <> ?3 AND (p.sort_order, p.id) < (b.sort_order, "
                "b.id)) FROM deals b WHERE b.id = ?1 AND b.stage_id = ?2 AND b.deleted = 0");
            q->bindAll(beforeDealId, stageId, dealId);
            if (!q->step())
                return makeError(Error::Code::NotFound,
                                 Tr::tr("Deal #%1 is not in that stage.").arg(beforeDealId),
                                 entityKey(EntityKind::Deal));
            const double next = q->real(0);
            order = q->isNull(1) ? next - 1.0 : (q->real(1) + next) / 2.0;
        } else {
            Query q = m_s.sql().prepare("SELECT coalesce(max(sort_order), 0) + 1 FROM deals "
                                        "WHERE stage_id = ?1 AND deleted = 0 AND id <> ?2");
            q->bindAll(stageId, dealId);
            q->step();
            order = q->real(0);
        }
        Patch patch = extra;
        patch.insert(QStringLiteral("stage_id"), stageId);
        patch.insert(QStringLiteral("sort_order"), order);
        Status st = Records(m_s).update(EntityKind::Deal, dealId, patch);
        if (st)
            c.commit();
        return st;
    });
}

} // namespace Voronka::Core
