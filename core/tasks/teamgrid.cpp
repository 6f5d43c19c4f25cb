// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "teamgrid.h"

#include "permissions/permissions.h"
#include "services/session.h"

#include <QDateTime>

namespace Voronka::Core {

namespace {
constexpr qint64 kDayMs = 86400000;
// Fallback unit when the zone's offset changes inside the period (DST): every zone's offset
// is a multiple of 15 minutes, so a slot never straddles a local midnight.
constexpr qint64 kSlotMs = 15 * 60 * 1000;

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(u',');
}
} // namespace

TeamGrid::TeamGrid(Session &s, QTimeZone zone)
    : m_s(s)
    , m_zone(std::move(zone))
{
}

Result<QList<TeamGridUser>> TeamGrid::visibleUsers()
{
    try {
        Query q = m_s.sql().prepare(
            QStringLiteral("SELECT u.id, u.name, coalesce(u.department_id, 0) FROM users u "
                           "WHERE u.deleted = 0 AND u.active = 1 AND %1 ORDER BY u.name, u.id")
                .arg(Permissions::sqlPredicate(m_s.principal(), PermEntity::Task, PermAction::View,
                                               QStringLiteral("u.id"))));
        QList<TeamGridUser> out;
        while (q->step())
            out << TeamGridUser{q->int64(0), q->text(1), q->int64(2)};
        return out;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

QString TeamGrid::sql(const QList<qint64> &userIds, const TeamGridFilter &f) const
{
    // The IN list of user ids comes from the permission predicate (visibleUsers), so it both
    // filters and lets SQLite run one index range scan per user.
    QString w = QStringLiteral("t.responsible_id IN (%1) AND t.due_at >= ?1 AND t.due_at < ?2 "
                               "AND t.deleted = 0")
                    .arg(idList(userIds));
    if (!f.statuses.isEmpty()) {
        QList<qint64> st;
        for (TaskStatus s : f.statuses)
            st << int(s);
        w += QStringLiteral(" AND t.status IN (%1)").arg(idList(st));
    }
    if (!f.typeIds.isEmpty())
        w += QStringLiteral(" AND t.type_id IN (%1)").arg(idList(f.typeIds));
    if (f.linkKind != EntityKind::None) {
        w += QStringLiteral(" AND t.entity_kind = %1").arg(int(f.linkKind));
        if (f.linkId)
            w += QStringLiteral(" AND t.entity_id = %1").arg(f.linkId);
    }
    return QStringLiteral("SELECT t.responsible_id, (t.due_at - ?1) / ?3, count(*) FROM tasks t "
                          "WHERE %1 GROUP BY 1, 2")
        .arg(w);
}

Result<TeamGridData> TeamGrid::load(QDate first, int days, const TeamGridFilter &filter)
{
    TeamGridData data;
    data.first = first;
    data.days = std::max(0, days);
    Result<QList<TeamGridUser>> visible = visibleUsers();
    if (!visible)
        return visible.error();
    for (const TeamGridUser &u : *visible)
        if ((filter.userIds.isEmpty() || filter.userIds.contains(u.id)) &&
            (!filter.departmentId || u.departmentId == filter.departmentId))
            data.users << u;
    QList<qint64> ids;
    QHash<qint64, int> row;
    for (const TeamGridUser &u : std::as_const(data.users)) {
        row.insert(u.id, int(ids.size()));
        ids << u.id;
        data.counts << QList<int>(data.days, 0);
    }
    if (ids.isEmpty() || data.days == 0)
        return data;

    const QDateTime start = first.startOfDay(m_zone);
    const QDateTime end = first.addDays(data.days).startOfDay(m_zone);
    const bool steady =
        start.offsetFromUtc() == end.offsetFromUtc() &&
        (!m_zone.hasTransitions() || m_zone.transitions(start, end.addMSecs(-1)).isEmpty());
    const qint64 unit = steady ? kDayMs : kSlotMs;
    try {
        Query q = m_s.sql().prepare(sql(ids, filter));
        q->bindAll(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch(), unit);
        while (q->step()) {
            const int r = row.value(q->int64(0), -1);
            const qint64 k = q->int64(1);
            const int day =
                steady ? int(k)
                       : int(first.daysTo(QDateTime::fromMSecsSinceEpoch(
                                              start.toMSecsSinceEpoch() + k * kSlotMs, m_zone)
                                              .date()));
            if (r < 0 || day < 0 || day >= data.days)
                continue;
            int &cell = data.counts[r][day];
            cell += int(q->int64(2));
            data.total += q->int64(2);
            data.max = std::max(data.max, cell);
        }
        return data;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

} // namespace Voronka::Core
