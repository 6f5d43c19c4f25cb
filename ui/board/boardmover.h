// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "ui/widgets/recordscommand.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QUndoCommand;
class QUndoStack;
class QWidget;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Carries out what a drop, a key or a menu asks of the board's deals, one deal after the
// other: first what the target stage asks for (its required fields, a loss reason — asked
// once for all the deals of one drop), each in a window-modal prompt; then the change
// through core. Every drop becomes one undo step (all its deals, one transaction each way). Prompts are open()ed, never exec()ed: a drop returns to the
// event loop (and the drag ends) first.
class BoardMover final : public QObject
{
    Q_OBJECT
public:
    BoardMover(Core::Session &session, QUndoStack &undo, QWidget *dialogParent);

    // The deals go into the stage in their order, before `beforeDealId` (0: at the end).
    void move(const QList<qint64> &dealIds, qint64 fromStageId, qint64 toStageId,
              qint64 beforeDealId);
    // To the recycle bin.
    void remove(const QList<qint64> &dealIds, qint64 fromStageId);
    // An Incoming lead: accepted into the pipeline's first stage, or declined (to Lost, with
    // the reason asked like any loss).
    void accept(qint64 dealId, qint64 fromStageId);
    void decline(qint64 dealId, qint64 fromStageId);
    bool busy() const { return m_busy; }

signals:
    // These columns changed (reload them); the pipeline's totals follow.
    void changed(const QList<qint64> &stageIds);
    // Deals core refused, each message naming its deal.
    void failed(const QString &message);

private:
    struct Pending
    {
        qint64 dealId = 0;
        qint64 fromStageId = 0;
        qint64 toStageId = 0;
        qint64 beforeDealId = 0;
        Core::Patch extra;
    };
    void start(const QString &undoText);
    void snapshot(const QList<qint64> &dealIds);
    void next();
    void finish();
    void askRequiredFields(const Pending &move);
    void askLossReason(const Pending &move);
    void commit(const Pending &move);
    QString dealName(qint64 dealId);
    QString stageName(qint64 stageId);
    void reloadAfterUndo(const QList<qint64> &stageIds, const QString &error);

    Core::Session &m_session;
    QUndoStack &m_undo;
    QPointer<QWidget> m_parent;
    QList<Pending> m_queue;
    QString m_stepText;                // the undo step being built
    RecordsCommand::Snapshot m_before; // its deals before it
    int m_committed = 0;
    bool m_busy = false;
    bool m_removing = false;
    bool m_lossAsked = false; // one drop asks for the loss reason once
    Core::Patch m_loss;
    QList<qint64> m_touched;
    QStringList m_errors;
};

} // namespace Voronka::Ui
