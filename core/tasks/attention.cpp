// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "attention.h"

#include "permissions/permissions.h"
#include "services/session.h"

#include <sqlite3.h>

namespace Voronka::Core {

QString Attention::sqlCondition(Kind kind)
{
    // Both probe the tasks_entity index once per deal.
    if (kind == Kind::NoOpenTask)
        return QStringLiteral("NOT EXISTS (SELECT 1 FROM tasks t WHERE t.entity_kind = 1 AND "
                              "t.entity_id = d.id AND t.deleted = 0 AND t.status = 0)");
    return QStringLiteral("EXISTS (SELECT 1 FROM tasks t WHERE t.entity_kind = 1 AND "
                          "t.entity_id = d.id AND t.deleted = 0 AND t.status = 0 AND "
                          "t.due_at < ?30)");
}

Result<Attention::Deals> Attention::deals(Kind kind, qint64 pipelineId, int limit)
{
    QString w =
        QStringLiteral("d.deleted = 0 AND d.stage_id IN (SELECT id FROM stages WHERE "
                       "kind = 0 AND deleted = 0%1) AND %2 AND %3")
            .arg(pipelineId ? QStringLiteral(" AND pipeline_id = %1").arg(pipelineId) : QString(),
                 Permissions::sqlPredicate(m_s.principal(), PermEntity::Deal, PermAction::View,
                                           QStringLiteral("d.responsible_id")),
                 sqlCondition(kind));
    try {
        m_s.sql().exec("SAVEPOINT attention_read");
        struct Release
        {
            Connection &c;
            ~Release()
            {
                sqlite3_exec(c.handle(), "RELEASE attention_read", nullptr, nullptr, nullptr);
            }
        } release{m_s.sql()};
        const qint64 now = m_s.clock().nowMs();
        Deals out;
        Query n = m_s.sql().prepare(QStringLiteral("SELECT count(*) FROM deals d WHERE %1").arg(w));
        n->bind(30, now);
        if (n->step())
            out.count = n->int64(0);
        Query q = m_s.sql().prepare(
            QStringLiteral("SELECT d.id FROM deals d WHERE %1 ORDER BY d.id DESC LIMIT ?31")
                .arg(w));
        q->bind(30, now);
        q->bind(31, qint64(limit));
        while (q->step())
            out.ids << q->int64(0);
        return out;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

} // namespace Voronka::Core
