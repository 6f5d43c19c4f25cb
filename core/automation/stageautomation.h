// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QVariantMap>

namespace Voronka::Core {

class Session;

// Numeric values are stored in stage_automations.action: never renumber.
enum class AutomationAction : int {
    CreateTask = 1,     // params: text, type_id (optional), due_minutes (from the move) or
                        // end_of_day (bool), responsible_id (optional; default the deal's)
    SetResponsible = 2, // params: user_id
    AddTag = 3,         // params: tag
    MoveToStage = 4,    // params: stage_id (any pipeline)
};

// An action an admin attached to a stage. It runs when a deal enters the stage (and, with
// onCreate, when a deal is created in it) inside the same transaction as the move, whatever
// made the move; its effects are ordinary changes with history and outbox.
struct StageAutomation
{
    qint64 id = 0;
    qint64 stageId = 0;
    AutomationAction action = AutomationAction::CreateTask;
    bool onCreate = false;
    QVariantMap params;
    int position = 0;
};

namespace Automations {
QList<StageAutomation> forStage(Session &s, qint64 stageId);
// Checks an automation before it is saved; the message names the stage and the problem.
Status validate(Session &s, const StageAutomation &a);
} // namespace Automations

} // namespace Voronka::Core
