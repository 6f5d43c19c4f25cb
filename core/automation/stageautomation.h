// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QTimeZone>
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
// When a task due `delayMin` minutes after `nowMs` falls due, kept inside the working day
// (workStartMin to workEndMin, minutes after midnight, Monday to Friday, in `zone`): a due
// before the day starts moves to its start, one after it ends to its end, one on a weekend to
// Monday's start — and one that would then be in the past to the next working day's start.
// "In 1 day" made at 20:00 is due tomorrow at 18:00, not at 20:00 at night.
qint64 workingDueAt(qint64 nowMs, qint64 delayMin, const QTimeZone &zone, int workStartMin,
                    int workEndMin);
} // namespace Automations

} // namespace Voronka::Core
