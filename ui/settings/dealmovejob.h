// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/adminstep.h"
#include "core/services/pipelinesetup.h"

#include <QObject>

#include <functional>

namespace Voronka::Ui {

// Deleting a stage or a pipeline rewrites every deal in it: tens of thousands of deals take
// seconds on a cold file. Above a threshold the delete runs in a BackgroundJob (a thread on a
// connection of its own, same file, same user) while the window shows a busy indicator;
// below it, at once. Either way the delete is the first run of an undo step: one transaction
// through Core::AdminStep, with the user's origin.
class DealMoveJob final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { Stage, Pipeline };
    // What the delete did (for its undo) and the settings rows it left (for the undo's
    // compare-and-set: AdminCommand::ranAlready).
    struct Outcome
    {
        Core::PipelineSetup::Removal removal;
        Core::AdminStep::Footprint left;
    };
    using Done = std::function<void(const Core::Result<Outcome> &outcome)>;

    // `done` runs on the UI thread, with `context` alive, after the session's caches were
    // refreshed. Returns at once when the work went to a thread.
    static void run(Core::Session &session, Kind kind, qint64 id, qint64 targetStageId,
                    qint64 deals, QWidget *context, Done done);
    // Deal counts from which the work leaves the UI thread (tests lower it).
    static qint64 threshold;

private:
    static Core::Result<Outcome> work(Core::Session &session, Kind kind, qint64 id,
                                     qint64 targetStageId);
};

} // namespace Voronka::Ui
