// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QStringList>

namespace Voronka::Core {

class Database;

// The analytics aggregates: table analytics_days (schema v10), per measure, pipeline, day,
// stage, responsible and loss reason, the count and budget sum of deals; and table
// analytics_activity (v13), per measure, day and person, a count of moves, notes and tasks. SQLite
// triggers keep them in the transaction of every change to deals and stage history (see schema.cpp
// v10 for why triggers); these functions compare them with, and rebuild them from, a full
// recomputation over the base tables (view analytics_facts).
namespace Aggregates {

enum class Measure : int {
    Entered = 1,
    Created = 2,
    Won = 3,
    Lost = 4,
    Reached = 5,
    Open = 6,
    Left = 7,        // a stage, with the stay's length (schema v13)
    WithOpenTask = 8 // open deals that have an open task (v13)
};

// The measures of analytics_activity (schema v13): per person and local day, a count.
enum class Activity : int {
    StageMoves = 1, // made by the person
    Notes = 2,      // written by the person
    TasksDone = 3,  // the person's tasks, on the day of completion
    TasksCreated = 4,
    ContactsCreated = 5,
    CompaniesCreated = 6,
    OpenTasksDue = 7 // open tasks, on the day they are due
};

// The rows that differ from a full recomputation, each named by its key; empty: consistent.
Result<QStringList> verify(Database &db);
// Recomputes every row in one transaction.
Status rebuild(Database &db);
// The team's day boundary: meta analytics_offset_ms. Setting it rebuilds the aggregates.
qint64 dayOffsetMs(Database &db);
Status setDayOffsetMs(Database &db, qint64 offsetMs);

} // namespace Aggregates
} // namespace Voronka::Core
