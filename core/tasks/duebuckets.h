// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QDate>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Voronka::Core {

class Statement;

// The groups of the task list and the columns of the task board, in display order.
// Overdue holds open tasks whose due time has passed (an open task due at 09:00 is overdue at
// 09:01, as in amoCRM); Earlier holds closed (done or cancelled) tasks due before today, so a
// list that shows done tasks still has a place for last month's. Today, Tomorrow, ThisWeek
// (the days after tomorrow up to Sunday), NextWeek (Monday to Sunday of the next week) and
// Later are calendar days in the local time zone. On a Saturday or Sunday this week has no
// days left after tomorrow, and next week is where the coming days are.
enum class DueBucket : int { Overdue, Today, Tomorrow, ThisWeek, NextWeek, Later, NoDate, Earlier };
constexpr int kDueBuckets = 8;

// The day boundaries (ms since the epoch, UTC) that split tasks into buckets at one moment in
// one time zone. Weeks start on Monday (ISO 8601, as in Russia).
struct DueBounds
{
    qint64 now = 0;
    qint64 today = 0;    // start of today
    qint64 tomorrow = 0; // start of tomorrow
    qint64 dayAfter = 0; // start of the day after tomorrow
    qint64 nextWeek = 0;  // start of next Monday, never before dayAfter
    qint64 weekAfter = 0; // start of the Monday after next week
    QDate todayDate;
    QTimeZone zone;

    static DueBounds at(qint64 nowMs, const QTimeZone &zone);
    DueBucket bucketOf(const std::optional<qint64> &dueAt, TaskStatus status) const;
    // An SQL condition over `t.due_at` and `t.status` selecting the bucket. The bounds are
    // parameters ?1 (now) to ?6 (weekAfter), bound by bind(), so the statement text does not
    // change with the clock and stays in the connection's statement cache.
    static QString sqlCondition(DueBucket b);
    void bind(Statement &q) const;
    // The day a task dropped on a bucket moves to; invalid for NoDate (the due is cleared),
    // Overdue and Earlier (nothing can be moved into the past by a drop).
    QDate targetDay(DueBucket b) const;
    qint64 startOfDay(QDate d) const;
};

QString dueBucketTitle(DueBucket b); // translated: "Overdue", "Today", ...
QString dueBucketKey(DueBucket b);   // stable English key: "overdue", "today", ...

} // namespace Voronka::Core
