// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/settings/dealmovejob.h"

#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

#include <memory>
#include <optional>

namespace Voronka::Ui {

// The undo step of a deleted stage or pipeline whose deals moved: undo brings the stages and
// their deals back, redo deletes them again. Like AdminCommand, each run is one transaction
// with compare-and-set (what a colleague changed since is named and left); unlike it, a run
// that moves many deals goes off the UI thread (DealMoveJob). Pushing it deletes.
class RemovalCommand final : public QUndoCommand
{
public:
    // After each run: a refusal, or success with the note naming the deals an undo left
    // where a colleague had moved them (PipelineSetup::leftNote; empty otherwise).
    using Shown = std::function<void(const Core::Status &status, const QString &note)>;
    // Deletes stage or pipeline `id`, moving its `deals` deals (a count for the choice of
    // thread) to `targetStageId`.
    RemovalCommand(Core::Session &session, DealMoveJob::Kind kind, qint64 id,
                   qint64 targetStageId, qint64 deals, const QString &text, QWidget *context,
                   Shown shown);

    void undo() override { run(DealMoveJob::Step::Undo); }
    void redo() override;

private:
    void run(DealMoveJob::Step step);
    qint64 m_deals;

    // Shared with a run still on its thread, which may outlive the step.
    struct State
    {
        DealMoveJob::Outcome last;
        bool ran = false;
        // A run refused off the UI thread, after the stack had already moved past it: the
        // step is dropped at its next use.
        std::optional<Core::Error> refused;
    };
    Core::Session &m_session;
    DealMoveJob::Kind m_kind;
    qint64 m_id;
    QPointer<QWidget> m_context;
    Shown m_shown;
    std::shared_ptr<State> m_state;
};

} // namespace Voronka::Ui
