// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"
#include "core/util/result.h"

#include <QIODevice>
#include <QTimeZone>

#include <functional>

namespace Voronka::Core {

class Session;

// The task list as an Excel workbook: one row per task the user may export (PermAction::Export;
// without the right a Permission error and nothing written) that matches `filter`, in creation
// order. Columns: the task, its type, due (an Excel date and time in `zone`; a date for an
// all-day task), duration in minutes, responsible, what it is linked to, status, result,
// completed and updated (dates and times), the task's global id. `progress` hears the tasks
// read so far; returning false stops with an Invalid error (the caller discards the output).
Result<qint64> exportTasksXlsx(Session &s, TaskFilter filter, QIODevice &out,
                               const QTimeZone &zone = QTimeZone::systemTimeZone(),
                               const std::function<bool(qint64 read)> &progress = {});

} // namespace Voronka::Core
