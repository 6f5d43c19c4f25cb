// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace Voronka::Core {

class Session;

// What the team grid counts. Every criterion narrows.
struct TeamGridFilter
{
    QList<TaskStatus> statuses;             // empty: any status
    QList<qint64> typeIds;                  // empty: any type
    EntityKind linkKind = EntityKind::None; // the client: a deal, contact or company
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

// The manager's grid of users x days (Mini-CRM's "Календарь"). One grouped query over the
// tasks_responsible_due index: for each visible user a range scan of the period, covering
// (no table access) unless a status, type or client filter needs the row. The plan on the
// reference data set (20 users, 2M tasks):
//   SEARCH t USING COVERING INDEX tasks_responsible_due (responsible_id=? AND due_at>? AND
//   due_at<?)   -- once per user of the IN list
//   USE TEMP B-TREE FOR GROUP BY
class TeamGrid
{
public:
    explicit TeamGrid(Session &s, QTimeZone zone = QTimeZone::systemTimeZone());

    // Active users whose tasks the viewer may see (the task view permission), by name.
    Result<QList<TeamGridUser>> visibleUsers();
    // The grid for `days` days from `first` (the next 30 by default in the UI).
    Result<TeamGridData> load(QDate first, int days, const TeamGridFilter &filter = {});

    // The SQL load() runs for a period starting at `startMs` (the first day's local
    // midnight), for the benchmark and the plan test; ?1 start, ?2 end, ?3 the day length
    // unit (ms) the due time is divided by.
    QString sql(const QList<qint64> &userIds, const TeamGridFilter &filter) const;

private:
    Session &m_s;
    QTimeZone m_zone;
};

} // namespace Voronka::Core
