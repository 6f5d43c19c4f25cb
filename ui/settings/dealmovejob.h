// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/adminstep.h"
#include "core/services/pipelinesetup.h"

#include <QObject>

#include <functional>

namespace Voronka::Ui {

// Deleting a stage or a pipeline rewrites every deal in it: tens of thousands of deals take
// seconds on a cold file. Above a threshold the delete, its undo and its redo run in a
// BackgroundJob (a thread on a connection of its own, same file, same user) while the window
// shows a busy indicator; below it, at once. Each is one transaction through Core::AdminStep
// (compare-and-set against what the previous run left), the delete with the user's origin,
// the undo and the redo with WriteMode::Undo.
class DealMoveJob final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Stage, Pipeline };
    enum class Step { Delete, Undo, Redo };
    // What the last run did (for the next one) and the settings rows it left (for the next
    // run's comparison).
    struct Outcome
    {
        Core::PipelineSetup::Removal removal;
        Core::AdminStep::Footprint left;
    };
    using Done = std::function<void(const Core::Result<Outcome> &outcome)>;

    // Runs `step` of the deletion of stage or pipeline `id` whose last run gave `last` (for
    // the delete: only removal.targetStageId, where the deals go), moving about `deals` deals.
    // `done` runs on the UI thread, with `context` alive, after the session's caches were
    // refreshed. Returns at once when the work went to a thread.
    static void run(Core::Session &session, Kind kind, qint64 id, Step step, const Outcome &last,
                    qint64 deals, QWidget *context, Done done);
    // Deal counts from which the work leaves the UI thread (tests lower it).
    static qint64 threshold;

private:
    static Core::Result<Outcome> work(Core::Session &session, Kind kind, qint64 id, Step step,
                                      const Outcome &last);
};

} // namespace Voronka::Ui
