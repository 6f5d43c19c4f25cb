// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "attention.h"

#include "core/permissions/permissions.h"
#include "core/services/session.h"

#include <sqlite3.h>

#include <QStringList>

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

namespace {
// Reads run in a savepoint so a page and its count see one snapshot of a shared file.
struct ReadScope
{
    Connection &c;
    explicit ReadScope(Connection &conn)
        : c(conn)
    {
        c.exec("SAVEPOINT attention_read");
    }
    ~ReadScope() { c.execQuietly("RELEASE attention_read"); }
};

// Lets a caller stop a long scan: SQLite asks the handler every N virtual machine steps and
// interrupts the statement when it returns non-zero.
struct Interruptible
{
    sqlite3 *db;
    Interruptible(Connection &c, const std::function<bool()> &keepGoing)
        : db(keepGoing ? c.handle() : nullptr)
    {
        if (db)
            sqlite3_progress_handler(db, 256, &Interruptible::check,
                                     const_cast<std::function<bool()> *>(&keepGoing));
    }
    ~Interruptible()
    {
        if (db)
            sqlite3_progress_handler(db, 0, nullptr, nullptr);
    }
    static int check(void *keepGoing)
    {
        return (*static_cast<std::function<bool()> *>(keepGoing))() ? 0 : 1;
    }
};
} // namespace

QString Attention::where(const Filter &filter) const
{
    QString w =
        QStringLiteral("d.deleted = 0 AND d.stage_id IN (SELECT id FROM stages WHERE "
                       "kind = 0 AND deleted = 0%1) AND %2")
            .arg(filter.pipelineId ? QStringLiteral(" AND pipeline_id = %1").arg(filter.pipelineId)
                                   : QString(),
                 Permissions::sqlPredicate(m_s.principal(), PermEntity::Deal, PermAction::View,
                                           QStringLiteral("d.responsible_id")));
    if (!filter.responsibleIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : filter.responsibleIds)
            ids << QString::number(id);
        w += QStringLiteral(" AND d.responsible_id IN (%1)").arg(ids.join(QLatin1Char(',')));
    }
    if (filter.departmentId)
        w += QStringLiteral(" AND d.responsible_id IN (SELECT id FROM users WHERE "
                            "department_id = %1)")
                 .arg(filter.departmentId);
    QStringList reasons;
    if (filter.noOpenTask)
        reasons << sqlCondition(Kind::NoOpenTask);
    if (filter.overdueTask)
        reasons << sqlCondition(Kind::OverdueTask);
    w += reasons.isEmpty() ? QStringLiteral(" AND 0")
                           : QStringLiteral(" AND (%1)").arg(reasons.join(QStringLiteral(" OR ")));
    return w;
}

Result<QList<Attention::Row>> Attention::page(const Filter &filter, qint64 afterId, int limit)
{
    return rows(filter, QStringLiteral("d.id < ?31"),
                afterId > 0 ? afterId : std::numeric_limits<qint64>::max(), limit);
}

Result<std::optional<Attention::Row>> Attention::find(const Filter &filter, qint64 dealId)
{
    Result<QList<Row>> one = rows(filter, QStringLiteral("d.id = ?31"), dealId, 1);
    if (!one)
        return one.error();
    return one->isEmpty() ? std::optional<Row>() : std::optional<Row>(one->first());
}

Result<QList<Attention::Row>> Attention::rows(const Filter &filter, const QString &bound,
                                              qint64 key, int limit)
{
    // The page walks the deals' primary key backwards from afterId and stops after `limit`
    // matches: 1 ms for a page of 100 over the reference set's 1M deals. NOT INDEXED and
    // CROSS JOIN keep it so: otherwise SQLite reads every open deal through deals_stage
    // (stage_id IN ...) and sorts them all by id, 1-3 s for every page.
    const QString sql =
        QStringLiteral(
            "SELECT d.id, d.name, s.name, p.name, d.responsible_id, u.name, d.budget, d.currency, "
            "(SELECT min(t.due_at) FROM tasks t WHERE t.entity_kind = 1 AND t.entity_id = d.id AND "
            "t.deleted = 0 AND t.status = 0 AND t.due_at < ?30) "
            "FROM deals d NOT INDEXED CROSS JOIN stages s ON s.id = d.stage_id "
            "LEFT JOIN pipelines p ON p.id = s.pipeline_id "
            "LEFT JOIN users u ON u.id = d.responsible_id "
            "WHERE %1 AND %2 ORDER BY d.id DESC LIMIT ?32")
            .arg(where(filter), bound);
    return guarded(m_s.db(), [&]() -> Result<QList<Attention::Row>> {
        ReadScope scope(m_s.sql());
        Interruptible interruptible(m_s.sql(), m_keepGoing);
        Query q = m_s.sql().prepare(sql);
        q->bind(30, m_s.clock().nowMs());
        q->bind(31, key);
        q->bind(32, qint64(limit));
        QList<Row> out;
        while (q->step()) {
            Row r;
            r.id = q->int64(0);
            r.name = q->text(1);
            r.stageName = q->text(2);
            r.pipelineName = q->text(3);
            r.responsibleId = q->int64(4);
            r.responsibleName = q->text(5);
            r.budget = q->int64(6);
            r.currency = q->text(7);
            r.overdueSince = q->isNull(8) ? 0 : q->int64(8);
            out << r;
        }
        return out;
    });
}

Result<qint64> Attention::count(const Filter &filter, qint64 cap)
{
    const QString sql =
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM deals d WHERE %1 LIMIT ?31)")
            .arg(where(filter));
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        ReadScope scope(m_s.sql());
        Interruptible interruptible(m_s.sql(), m_keepGoing);
        Query q = m_s.sql().prepare(sql);
        q->bind(30, m_s.clock().nowMs());
        q->bind(31, cap);
        return q->step() ? q->int64(0) : qint64(0);
    });
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
    return guarded(m_s.db(), [&]() -> Result<Attention::Deals> {
        m_s.sql().exec("SAVEPOINT attention_read");
        struct Release
        {
            Connection &c;
            ~Release() { c.execQuietly("RELEASE attention_read"); }
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
    });
}

} // namespace Voronka::Core
