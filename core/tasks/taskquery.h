// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/permissions/permissions.h"
#include "core/tasks/duebuckets.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QTimeZone>

#include <array>
#include <functional>
#include <optional>

namespace Voronka::Core {

class Session;
class Statement;

// Which tasks a list, a calendar or an export shows. Every criterion narrows; the permission
// predicate for `action` always applies on top (SQL, never a post-filter).
struct TaskFilter
{
    QList<qint64> responsibleIds;           // empty: everyone the user may see
    qint64 departmentId = 0;                // 0: any; else responsibles in that department
    QList<qint64> typeIds;                  // empty: any type
    QList<TaskStatus> statuses;             // empty: any status
    EntityKind linkKind = EntityKind::None; // None: linked or not
    qint64 linkId = 0;                      // with linkKind: that one record
    // With linkId, the client as a whole: a company's tasks with those of its contacts and
    // deals, a contact's with those of its deals (clientTasksCondition).
    bool withRelated = false;
    std::optional<qint64> dueFrom;        // ms, inclusive; tasks without due drop out
    std::optional<qint64> dueTo;          // ms, exclusive
    QString text;                         // substring of the text or result, any case
    PermAction action = PermAction::View; // Export for exports (which need View as well)
};

// The tasks of a client on the tasks alias `t`: a deal's own; a contact's and those of the
// deals it is on; a company's and those of its contacts and deals (records in the recycle
// bin left out), as "t.id IN (...)". Every branch is a look-up of the tasks_entity index, so
// a client with a hundred deals among millions of tasks costs a hundred index probes.
QString clientTasksCondition(EntityKind kind, qint64 id);

// One task as a list row, a calendar block or an exported item needs it.
struct TaskRow
{
    qint64 id = 0;
    QByteArray uid; // 16 bytes, UUIDv7
    QString text;
    std::optional<qint64> dueAt; // ms; all-day tasks are stored at 23:59 local of their day
    bool allDay = false;
    int durationMin = 0;
    qint64 typeId = 0;
    QString typeName;
    QString typeColor; // "#RRGGBB"
    QString typeIcon;
    qint64 responsibleId = 0;
    QString responsibleName;
    EntityKind linkKind = EntityKind::None;
    qint64 linkId = 0;
    QString linkName; // the deal's, contact's or company's name; empty when not linked
    TaskStatus status = TaskStatus::Open;
    QString result;
    qint64 completedAt = 0;
    qint64 updatedAt = 0;
    DueBucket bucket = DueBucket::NoDate;
};

// Where the next page of a bucket starts (keyset on due, id: page 500 costs what page 1 does).
struct TaskCursor
{
    std::optional<qint64> dueAt;
    qint64 id = 0;
    bool valid() const { return id != 0; }
};

struct TaskPage
{
    QList<TaskRow> rows;
    TaskCursor next; // invalid when this was the last page
};

struct TaskTypeInfo
{
    qint64 id = 0;
    QString name;
    QString icon;
    QString color;        // "#RRGGBB"
    bool builtin = false; // Follow-up and Meeting: renamed, never deleted
};

struct TaskGroup
{
    DueBucket bucket = DueBucket::NoDate;
    qint64 count = 0;
    TaskPage first;
};

// Read services for tasks: the grouped list, pages, counts and a streaming scan, all
// relative to the session's clock and a time zone (the system's unless given, so tests pin
// one). Rescheduling and completing go through Records (history, outbox, rules) from here.
class TaskQuery
{
public:
    explicit TaskQuery(Session &s, QTimeZone zone = QTimeZone::systemTimeZone());

    DueBounds bounds() const; // at the clock's now
    // Counts of every bucket in one aggregate query, indexed by int(DueBucket).
    Result<std::array<qint64, kDueBuckets>> counts(const TaskFilter &filter);
    // Counts plus the first page of every bucket, in display order.
    Result<QList<TaskGroup>> groups(const TaskFilter &filter, int pageSize = 50);
    // The next page of one bucket. Earlier runs newest first, the rest soonest first.
    Result<TaskPage> page(const TaskFilter &filter, DueBucket bucket, const TaskCursor &after = {},
                          int limit = 50);
    // Every matching task in creation (id) order, one row at a time; `row` returns false to
    // stop. Nothing is held in memory, for exports of millions of tasks.
    Status scan(const TaskFilter &filter, const std::function<bool(const TaskRow &)> &row);
    // Tasks due in [filter.dueFrom, filter.dueTo) ordered by due then id, at most `limit`:
    // what a day, week or month view shows (set both bounds; a user in responsibleIds).
    Result<QList<TaskRow>> dueBetween(const TaskFilter &filter, int limit = 5000);
    // How many tasks dueBetween would list without a limit.
    Result<qint64> countBetween(const TaskFilter &filter);
    Result<TaskRow> task(qint64 id);
    // The task types in the admin's order, for filters and editors.
    Result<QList<TaskTypeInfo>> types();

    // Completes a task with a result (through the write path: when the setting
    // kResultRequiredKey is on, an empty result is refused with a message naming the task).
    Status complete(qint64 taskId, const QString &result);
    // Moves a task to the day of a board bucket keeping its local time of day (09:00 for a
    // task that had no due); NoDate clears the due. Overdue/Earlier refuse the drop.
    Status moveToBucket(qint64 taskId, DueBucket bucket);
    static bool acceptsDrop(DueBucket bucket);
    // Whether completing needs a result: the admin's setting kTaskResultRequired
    // (services/entityspec.h), set with Admin::setSetting(key, 1).
    bool resultRequired();

    // The WHERE clause of a filter over tasks aliased `t` (no bucket), for other task readers
    // (the calendar); numbers are inlined, the text is parameter ?20: bind it with bind().
    QString where(const TaskFilter &filter) const;
    static void bind(Statement &q, const TaskFilter &filter);

private:
    Session &m_s;
    QTimeZone m_zone;
};

} // namespace Voronka::Core
