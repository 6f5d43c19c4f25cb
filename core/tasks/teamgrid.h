// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace Voronka::Core {

class Session;

// What the team grid counts. Every criterion narrows.
struct TeamGridFilter
{
    QList<TaskStatus> statuses; // empty: any status
    QList<qint64> typeIds;      // empty: any type
    // The client: with linkId, the tasks of that deal, contact or company as a whole (a
    // company's contacts and deals, a contact's deals: clientTasksCondition); with linkId 0,
    // tasks linked to any record of the kind.
    EntityKind linkKind = EntityKind::None;
    qint64 linkId = 0;
    QList<qint64> userIds; // empty: every user the viewer may see tasks of
    qint64 departmentId = 0;
};

struct TeamGridUser
{
    qint64 id = 0;
    QString name;
    qint64 departmentId = 0;
};

// Rows are users, columns days: counts[row][day] is the number of tasks of users[row] due on
// first.addDays(day) in the grid's time zone.
struct TeamGridData
{
    QDate first;
    int days = 0;
    QList<TeamGridUser> users;
    QList<QList<int>> counts;
    int max = 0; // the largest cell, for the background scale
    qint64 total = 0;
};

// The manager's grid of users x days (Mini-CRM's "Календарь"): one query over the
// tasks_responsible_due index, a range count per cell, answered from the index alone unless
// a filter by kind of client needs the row. One client (linkId) takes the other way: its few
// tasks through tasks_entity, bucketed into cells (0.2 ms on the reference set, where the
// per-cell count with the client's condition read 272k rows in 1 s). The unfiltered plan on
// the reference data set (20 users, 2M tasks; 49 ms for 30 days, 421k tasks, where a GROUP BY
// took 300 ms):
//   MATERIALIZE b: SCAN json_each          -- the day starts
//   SCAN b; SCAN u (json_each)              -- users x days
//   SEARCH n USING AUTOMATIC COVERING INDEX (i=?)
//   CORRELATED SCALAR SUBQUERY: SEARCH t USING COVERING INDEX tasks_responsible_due
//     (responsible_id=? AND due_at>? AND due_at<?)
class TeamGrid
{
public:
    explicit TeamGrid(Session &s, QTimeZone zone = QTimeZone::systemTimeZone());

    // Active users whose tasks the viewer may see (the task view permission), by name.
    Result<QList<TeamGridUser>> visibleUsers();
    // Departments with at least one of those users, by name: (id, name) pairs.
    Result<QList<QPair<qint64, QString>>> visibleDepartments();
    // The grid for `days` days from `first` (the next 30 by default in the UI).
    Result<TeamGridData> load(QDate first, int days, const TeamGridFilter &filter = {});

    // The SQL load() runs, for the benchmark and the plan test: ?1 binds jsonList(user ids),
    // ?2 jsonList(the starts of the days and of the day after the last); rows are (user
    // index, day index, count), for every cell, or only the non-empty ones with a client
    // (linkId): those read the client's tasks through tasks_entity instead.
    static QString sql(const TeamGridFilter &filter);
    static QByteArray jsonList(const QList<qint64> &values);

private:
    Session &m_s;
    QTimeZone m_zone;
};

} // namespace Voronka::Core
