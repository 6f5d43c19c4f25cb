// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "goals.h"

#include "core/permissions/permissions.h"
#include "core/services/session.h"
#include "core/storage/database.h"

#include <QCoreApplication>

namespace Voronka::Core::Analytics {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Analytics)
};
} // namespace

bool maySetGoal(Session &s, const UserInfo &target)
{
    const Principal &p = s.principal();
    return p.admin || (p.departmentId != 0 && p.departmentId == target.departmentId &&
                       int(p.analytics) >= int(Scope::Department));
}

QList<UserInfo> goalPeople(Session &s)
{
    QList<UserInfo> out;
    for (const UserInfo &u : s.activeUsersByName())
        if (maySetGoal(s, u))
            out << u;
    return out;
}

Result<std::optional<Goal>> goal(Session &s, qint64 userId, const QString &month)
{
    return guarded(s.db(), [&]() -> Result<std::optional<Goal>> {
        Query q = s.sql().prepare("SELECT target_amount, target_count FROM goals WHERE "
                                  "user_id = ?1 AND month = ?2 AND deleted = 0");
        q->bindAll(userId, month);
        std::optional<Goal> out;
        if (q->step())
            out = Goal{q->int64(0), q->int64(1)};
        q->reset();
        return out;
    });
}

Status removeGoal(Session &s, qint64 userId, const QString &month, const Origin &origin)
{
    const UserInfo target = s.user(userId);
    if (origin.checksRights() && !maySetGoal(s, target))
        return makeError(Error::Code::Permission,
                         Tr::tr("%1 may not change the plan of %2: only an administrator or "
                                "the head of %2's department may.")
                             .arg(s.actor().name, target.name),
                         entityKey(EntityKind::Goal));
    return guarded(s.db(), [&]() -> Status {
        Change c(s, origin);
        Query find = c.sql().prepare(
            "SELECT id FROM goals WHERE user_id = ?1 AND month = ?2 AND deleted = 0");
        find->bindAll(userId, month);
        if (!find->step()) {
            find->reset();
            return Ok{};
        }
        const qint64 id = find->int64(0);
        find->reset();
        c.sql()
            .prepare("UPDATE goals SET deleted = 1, updated_at = ?1, hlc = ?2 WHERE id = ?3")
            ->bindAll(c.now(), c.hlc(), id)
            .run();
        c.history(EntityKind::Goal, id, HistoryEvent::Deleted);
        c.outbox(EntityKind::Goal, id, OutboxOp::Delete, {QStringLiteral("deleted")});
        c.commit();
        return Ok{};
    });
}

} // namespace Voronka::Core::Analytics
