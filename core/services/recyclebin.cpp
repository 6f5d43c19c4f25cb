// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recyclebin.h"

#include "core/search/searchindex.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/util/text.h"

#include <QCoreApplication>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::RecycleBin)
};

bool binKind(EntityKind kind)
{
    return kind == EntityKind::Contact || kind == EntityKind::Company || kind == EntityKind::Deal;
}

PermEntity permOf(EntityKind kind)
{
    return kind == EntityKind::Contact   ? PermEntity::Contact
           : kind == EntityKind::Company ? PermEntity::Company
                                         : PermEntity::Deal;
}

// What a row names beside the record: a contact's company, a company's first phone or email,
// a deal's pipeline.
QString detailColumn(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Contact:
        return QStringLiteral("co.name");
    case EntityKind::Deal:
        return QStringLiteral("p.name");
    default:
        return QStringLiteral("coalesce(json_extract(r.phones, '$[0]'), "
                              "json_extract(r.emails, '$[0]'))");
    }
}

QString detailJoin(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Contact:
        return QStringLiteral("LEFT JOIN companies co ON co.id = r.company_id");
    case EntityKind::Deal:
        return QStringLiteral("LEFT JOIN pipelines p ON p.id = r.pipeline_id");
    default:
        return {};
    }
}

Error wrongKind()
{
    return makeError(Error::Code::Invalid,
                     Tr::tr("The recycle bin holds deals, contacts and companies."));
}
} // namespace

Result<BinPage> RecycleBin::list(EntityKind kind, int pageSize, qint64 afterAt, qint64 afterId)
{
    if (!binKind(kind))
        return wrongKind();
    const PermEntity pe = permOf(kind);
    // The deletion time is the row's updated_at: deleting stamps it and a deleted record cannot
    // be edited. Deleted rows are few, so reading them without an index of their own is cheap
    // next to the list itself.
    const QString sql =
        QStringLiteral(
            "SELECT r.id, r.name, r.updated_at, %1, (SELECT u.name FROM history h JOIN users u "
            "ON u.id = h.user_id WHERE h.kind = %2 AND h.entity_id = r.id AND h.event = %3 "
            "ORDER BY h.id DESC LIMIT 1) FROM %4 r %5 WHERE r.deleted = 1 AND %6 %7 "
            "ORDER BY r.updated_at DESC, r.id DESC LIMIT ?3")
            .arg(detailColumn(kind))
            .arg(int(kind))
            .arg(int(HistoryEvent::Deleted))
            .arg(entityTable(kind), detailJoin(kind),
                 Permissions::sqlPredicate(m_s.principal(), pe, PermAction::View,
                                           QStringLiteral("r.responsible_id")),
                 afterId ? QStringLiteral("AND (r.updated_at, r.id) < (?1, ?2)") : QString());
    return guarded(m_s.db(), [&]() -> Result<BinPage> {
        Query q = m_s.sql().prepare(sql);
        if (afterId) {
            q->bind(1, afterAt);
            q->bind(2, afterId);
        }
        q->bind(3, qint64(pageSize));
        BinPage page;
        while (q->step())
            page.rows << DeletedRecord{q->int64(0), q->text(1), q->int64(2), q->text(4),
                                       q->text(3)};
        if (page.rows.size() == pageSize) {
            page.nextAt = page.rows.last().deletedAt;
            page.nextId = page.rows.last().id;
        }
        return page;
    });
}

Status RecycleBin::restore(EntityKind kind, qint64 id)
{
    if (!binKind(kind))
        return wrongKind();
    return Records(m_s).restore(kind, id);
}

namespace {

// Removes a record with its links, values, notes and history; tasks stay, unlinked. Both a
// purge (which the outbox names) and a sync evict (which it does not) end here.
void erase(Session &m_s, Change &c, EntityKind kind, qint64 id)
{
    Connection &sql = c.sql();
    const int k = int(kind);
    // Links from live records: they lose the reference (and say so to sync), not the record.
    auto unlink = [&](EntityKind dep, const char *selectSql, const char *updateSql,
                      const QString &field) {
        QList<qint64> ids;
        Query q = sql.prepare(selectSql);
        q->bindAll(k, id);
        while (q->step())
            ids << q->int64(0);
        Query up = sql.prepare(updateSql);
        for (qint64 x : std::as_const(ids)) {
            up->bindAll(c.now(), x).run();
            up->reset();
            c.history(dep, x, HistoryEvent::FieldChanged, field, id, QVariant());
            c.outbox(dep, x, OutboxOp::Update, {field});
            SearchIndex::reindex(m_s, dep, x);
        }
    };
    if (kind == EntityKind::Deal) {
        // A deal's contacts stay; only the links go (they are the deal's own field).
        sql.prepare("DELETE FROM deal_contacts WHERE deal_id = ?1")->bind(1, id).run();
    } else if (kind == EntityKind::Contact) {
        unlink(EntityKind::Deal,
               "SELECT deal_id FROM deal_contacts WHERE ?1 = ?1 AND contact_id = ?2",
               "UPDATE deals SET updated_at = ?1 WHERE id = ?2", QStringLiteral("contacts"));
        sql.prepare("DELETE FROM deal_contacts WHERE contact_id = ?1")->bind(1, id).run();
    } else {
        for (EntityKind dep : {EntityKind::Deal, EntityKind::Contact}) {
            const QString t = entityTable(dep);
            const QByteArray sel =
                QStringLiteral("SELECT id FROM %1 WHERE ?1 = ?1 AND company_id = ?2")
                    .arg(t)
                    .toUtf8();
            const QByteArray upd =
                QStringLiteral("UPDATE %1 SET company_id = NULL, updated_at = ?1 WHERE id = ?2")
                    .arg(t)
                    .toUtf8();
            unlink(dep, sel.constData(), upd.constData(), QStringLiteral("company_id"));
        }
    }
    {
        QList<qint64> tasks;
        Query q = sql.prepare("SELECT id FROM tasks WHERE entity_kind = ?1 AND entity_id = ?2");
        q->bindAll(k, id);
        while (q->step())
            tasks << q->int64(0);
        Query up = sql.prepare("UPDATE tasks SET entity_kind = 0, entity_id = NULL, "
                               "updated_at = ?1 WHERE id = ?2");
        for (qint64 t : std::as_const(tasks)) {
            up->bindAll(c.now(), t).run();
            up->reset();
            c.outbox(EntityKind::Task, t, OutboxOp::Update,
                     {QStringLiteral("entity_kind"), QStringLiteral("entity_id")});
        }
    }
    {
        QList<qint64> notes;
        Query q = sql.prepare("SELECT id FROM notes WHERE entity_kind = ?1 AND entity_id = ?2");
        q->bindAll(k, id);
        while (q->step())
            notes << q->int64(0);
        for (qint64 n : std::as_const(notes))
            c.outbox(EntityKind::Note, n, OutboxOp::Purge, {});
        sql.prepare("DELETE FROM notes WHERE entity_kind = ?1 AND entity_id = ?2")
            ->bindAll(k, id)
            .run();
    }
    for (const char *t : {"DELETE FROM entity_tags WHERE kind = ?1 AND entity_id = ?2",
                          "DELETE FROM field_values WHERE kind = ?1 AND entity_id = ?2",
                          "DELETE FROM field_clock WHERE kind = ?1 AND entity_id = ?2",
                          "DELETE FROM history WHERE kind = ?1 AND entity_id = ?2"})
        sql.prepare(t)->bindAll(k, id).run();
    sql.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(entityTable(kind)))
        ->bind(1, id)
        .run();
    SearchIndex::remove(m_s, kind, id);
    c.outbox(kind, id, OutboxOp::Purge, {});
}

} // namespace

Status RecycleBin::purge(EntityKind kind, qint64 id)
{
    if (!binKind(kind))
        return wrongKind();
    if (!m_s.principal().admin)
        return makeError(Error::Code::Permission,
                         Tr::tr("Only an administrator may purge records from the recycle bin."),
                         entityKey(kind));
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s);
        Connection &sql = c.sql();
        QString name;
        {
            Query q = sql.prepare(QStringLiteral("SELECT name, deleted FROM %1 WHERE id = ?1")
                                      .arg(entityTable(kind)));
            q->bind(1, id);
            if (!q->step())
                return makeError(Error::Code::NotFound,
                                 Tr::tr("%1 #%2 does not exist.").arg(entityName(kind)).arg(id),
                                 entityKey(kind));
            name = q->text(0);
            if (q->int64(1) == 0)
                return makeError(Error::Code::Invalid,
                                 Tr::tr("%1 \u00AB%2\u00BB is not in the recycle bin; delete it "
                                        "first.")
                                     .arg(entityName(kind), name),
                                 entityKey(kind));
        }
        erase(m_s, c, kind, id);
        c.commit();
        return Ok{};
    });
}

Status RecycleBin::evict(EntityKind kind, qint64 id)
{
    if (kind == EntityKind::Task) // a task has no notes, tags or links from other records
        return guarded(m_s.db(), [&]() -> Status {
            Change c(m_s, Origin::of(WriteMode::SyncApply));
            for (const char *sql : {"DELETE FROM field_values WHERE kind = ?1 AND entity_id = ?2",
                                    "DELETE FROM field_clock WHERE kind = ?1 AND entity_id = ?2",
                                    "DELETE FROM history WHERE kind = ?1 AND entity_id = ?2"})
                c.sql().prepare(sql)->bindAll(int(kind), id).run();
            c.sql().prepare("DELETE FROM tasks WHERE id = ?1")->bind(1, id).run();
            c.commit();
            return Ok{};
        });
    if (!binKind(kind))
        return wrongKind();
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, Origin::of(WriteMode::SyncApply));
        {
            Query q = c.sql().prepare(
                QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(entityTable(kind)));
            q->bind(1, id);
            if (!q->step())
                return Ok{};
        }
        erase(m_s, c, kind, id);
        c.commit();
        return Ok{};
    });
}

} // namespace Voronka::Core
