// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardmover.h"

#include "core/services/board.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/util/clock.h"
#include "ui/widgets/lossreasondialog.h"
#include "ui/widgets/recordscommand.h"
#include "ui/widgets/requiredfieldsdialog.h"
#include "ui/widgets/stagename.h"

#include <QDateTime>
#include <QUndoStack>

namespace Voronka::Ui {

BoardMover::BoardMover(Core::Session &session, QUndoStack &undo, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_undo(undo)
    , m_parent(dialogParent)
{
}

QString BoardMover::dealName(qint64 dealId)
{
    const Core::Result<Core::Record> deal =
        Core::Records(m_session).load(Core::EntityKind::Deal, dealId);
    return deal ? deal->value(QStringLiteral("name")).toString() : QString();
}

QString BoardMover::stageName(qint64 stageId)
{
    const Core::StageInfo *stage = m_session.stage(stageId);
    return stage ? stageDisplayName(*stage) : QString();
}

void BoardMover::start(const QString &undoText)
{
    m_busy = true;
    m_lossAsked = false;
    m_loss.clear();
    m_touched.clear();
    m_errors.clear();
    m_stepText = undoText;
    m_committed = 0;
}

void BoardMover::move(const QList<qint64> &dealIds, qint64 fromStageId, qint64 toStageId,
                      qint64 beforeDealId)
{
    if (m_busy || dealIds.isEmpty())
        return; // a prompt of the previous drop is open (window-modal: rare)
    const QString text =
        dealIds.size() == 1
            ? tr("Move «%1» to «%2»").arg(dealName(dealIds.first()), stageName(toStageId))
            : tr("Move %n deal(s) to «%1»", nullptr, int(dealIds.size())).arg(stageName(toStageId));
    start(text);
    m_removing = false;
    for (qint64 id : dealIds)
        m_queue.append({id, fromStageId, toStageId, beforeDealId, {}});
    snapshot(dealIds);
    next();
}

void BoardMover::remove(const QList<qint64> &dealIds, qint64 fromStageId)
{
    if (m_busy || dealIds.isEmpty())
        return;
    start(dealIds.size() == 1 ? tr("Delete «%1»").arg(dealName(dealIds.first()))
                              : tr("Delete %n deal(s)", nullptr, int(dealIds.size())));
    m_removing = true;
    for (qint64 id : dealIds)
        m_queue.append({id, fromStageId, fromStageId, 0, {}});
    snapshot(dealIds);
    next();
}

void BoardMover::accept(qint64 dealId, qint64 fromStageId)
{
    const Core::StageInfo *from = m_session.stage(fromStageId);
    if (const qint64 first =
            from ? m_session.stageOfKind(from->pipelineId, Core::StageKind::Open) : 0)
        move({dealId}, fromStageId, first, 0);
}

void BoardMover::decline(qint64 dealId, qint64 fromStageId)
{
    const Core::StageInfo *from = m_session.stage(fromStageId);
    if (const qint64 lost =
            from ? m_session.stageOfKind(from->pipelineId, Core::StageKind::Lost) : 0)
        move({dealId}, fromStageId, lost, 0);
}

void BoardMover::next()
{
    if (m_queue.isEmpty()) {
        finish();
        return;
    }
    const Pending move = m_queue.takeFirst();
    if (m_removing || move.fromStageId == move.toStageId) // a reorder: not entering the stage
        commit(move);
    else
        askRequiredFields(move);
}

void BoardMover::snapshot(const QList<qint64> &dealIds)
{
    QList<RecordRef> refs;
    for (qint64 id : dealIds)
        refs << RecordRef{Core::EntityKind::Deal, id};
    m_before = RecordsCommand::take(m_session, refs);
}

// The whole drop is one undo step: every deal it moved (and the tasks their stages'
// automations made) goes back in one transaction.
void BoardMover::finish()
{
    if (m_committed > 0) {
        auto *step = new RecordsCommand(
            m_session, m_stepText, m_before,
            [this](const QList<Core::Records::Step> &steps, const QString &error) {
                reloadAfterUndo(RecordsCommand::stagesOf(steps), error);
            });
        if (!step->isObsolete())
            m_undo.push(step); // done already: its first redo() does nothing
        else
            delete step;
    }
    m_before = {};
    m_busy = false;
    emit changed(m_touched);
    if (!m_errors.isEmpty())
        emit failed(m_errors.join(QLatin1Char('\n')));
}

void BoardMover::askRequiredFields(const Pending &move)
{
    Core::Result<QList<Core::FieldDef>> missing =
        Core::Records(m_session).missingForStage(move.dealId, move.toStageId);
    if (!missing) {
        m_errors << missing.error().message;
        next();
        return;
    }
    if (missing->isEmpty()) {
        askLossReason(move);
        return;
    }
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).date();
    auto *dialog = new RequiredFieldsDialog(*missing, dealName(move.dealId),
                                            stageName(move.toStageId), today, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, move] {
        Pending filled = move;
        const Core::Patch values = dialog->values();
        for (auto it = values.begin(); it != values.end(); ++it)
            filled.extra.insert(it.key(), it.value());
        askLossReason(filled);
    });
    // Cancel leaves this deal where it was; the others of the drop go on.
    connect(dialog, &QDialog::rejected, this, [this] { next(); });
    dialog->open();
}

void BoardMover::askLossReason(const Pending &move)
{
    const Core::StageInfo *stage = m_session.stage(move.toStageId);
    const QList<Core::Session::Named> &reasons = m_session.lossReasons();
    // Without an admin's list core takes a loss without a reason; asking would be a dead end.
    if (!stage || stage->kind != Core::StageKind::Lost || reasons.isEmpty()) {
        commit(move);
        return;
    }
    if (m_lossAsked) {
        Pending reasoned = move;
        for (auto it = m_loss.cbegin(); it != m_loss.cend(); ++it)
            reasoned.extra.insert(it.key(), it.value());
        commit(reasoned);
        return;
    }
    const int others = int(m_queue.size());
    const QString who = others == 0 ? dealName(move.dealId) : tr("%n deal(s)", nullptr, others + 1);
    auto *dialog = new LossReasonDialog(reasons, who, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, move] {
        m_lossAsked = true;
        m_loss.insert(QStringLiteral("loss_reason_id"), dialog->reasonId());
        m_loss.insert(QStringLiteral("loss_detail"), dialog->detail());
        askLossReason(move);
    });
    // Cancelling the reason cancels the loss of every deal of the drop.
    connect(dialog, &QDialog::rejected, this, [this] {
        m_queue.clear();
        finish();
    });
    dialog->open();
}

void BoardMover::reloadAfterUndo(const QList<qint64> &stageIds, const QString &error)
{
    emit changed(stageIds);
    if (!error.isEmpty())
        emit failed(error);
}

void BoardMover::commit(const Pending &move)
{
    Core::Status st = Core::Status(Core::Ok{});
    if (m_removing) {
        st = Core::Records(m_session).remove(Core::EntityKind::Deal, move.dealId);
    } else {
        const Core::StageInfo *stage = m_session.stage(move.toStageId);
        st = Core::Board(m_session, stage ? stage->pipelineId : 0)
                 .move(move.dealId, move.toStageId, move.beforeDealId, move.extra);
    }
    if (!st) {
        m_errors << st.error().message;
    } else {
        if (!m_touched.contains(move.fromStageId))
            m_touched << move.fromStageId;
        if (!m_touched.contains(move.toStageId))
            m_touched << move.toStageId;
        ++m_committed;
    }
    next();
}

} // namespace Voronka::Ui
