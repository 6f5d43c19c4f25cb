// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/analytics/reports.h"

#include <optional>

namespace Voronka::Core {

// The sales plan's records beside Analytics::setGoal: who may set whose goal, a goal as it is
// stored, and taking one away (what undoing a new goal does).
namespace Analytics {

struct Goal
{
    qint64 sum = 0;
    qint64 count = 0;
};

// An administrator sets anybody's goal; a head (a member of a department whose role reads the
// department's figures or more) sets those of the department's members.
bool maySetGoal(Session &s, const UserInfo &target);
// The people whose goals the actor may set, by name (active users only).
QList<UserInfo> goalPeople(Session &s);
// The goal of a user for "YYYY-MM"; nullopt when none is set (or it was removed).
Result<std::optional<Goal>> goal(Session &s, qint64 userId, const QString &month);
// Removes the goal (a deleted record, with history and outbox); nothing to do when none.
Status removeGoal(Session &s, qint64 userId, const QString &month,
                  const Origin &origin = Origin::user());

} // namespace Analytics
} // namespace Voronka::Core
