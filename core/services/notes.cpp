// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "notes.h"

#include "core/services/entityspec.h"
#include "core/services/records.h"

#include <QCoreApplication>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Notes)
};

const char *const kColumns =
    "SELECT id, entity_kind, entity_id, text, pinned, created_at, updated_at, author_id "
    "FROM notes ";

NoteInfo readNote(Query &q)
{
    return NoteInfo{q->int64(0),      EntityKind(q->int64(1)),
                    q->int64(2),      q->text(3),
                    q->int64(4) != 0, q->int64(5),
                    q->int64(6),      q->int64(7)};
}
} // namespace

Result<NoteInfo> Notes::readable(qint64 noteId, PermAction action)
{
    Query q = m_s.sql().prepare(QString::fromLatin1(kColumns) +
                                QStringLiteral("WHERE id = ?1 AND deleted = 0"));
    q->bind(1, noteId);
    if (!q->step())
        return makeError(Error::Code::NotFound, Tr::tr("Note #%1 does not exist.").arg(noteId),
                         entityKey(EntityKind::Note));
    NoteInfo n = readNote(q);
    if (!entitySpec(n.kind))
        return makeError(Error::Code::NotFound, Tr::tr("Note #%1 does not exist.").arg(noteId),
                         entityKey(EntityKind::Note));
    if (!may(n.kind, n.entityId, action))
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not change the notes of %1 #%2.")
                             .arg(entityName(n.kind))
                             .arg(n.entityId),
                         entityKey(EntityKind::Note));
    return n;
}

const Principal &Notes::principal()
{
    if (!m_origin.actorId || m_origin.actorId == m_s.actor().id)
        return m_s.principal();
    if (m_otherPrincipal.userId != m_origin.actorId)
        m_otherPrincipal = m_s.principalFor(m_origin.actorId);
    return m_otherPrincipal;
}

// Whether the actor may do `action` to the record a note belongs to. Reading is always checked;
// a write only when the origin checks rights.
bool Notes::may(EntityKind kind, qint64 id, PermAction action)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return false;
    if (action != PermAction::View && !m_origin.checksRights())
        return true;
    Query r = m_s.sql().prepare(
        QStringLiteral("SELECT responsible_id, %2 FROM %1 WHERE id = ?1")
            .arg(entityTable(kind),
                 kind == EntityKind::Deal ? QStringLiteral("pipeline_id") : QStringLiteral("0")));
    r->bind(1, id);
    const bool found = r->step();
    const qint64 responsible = found ? r->int64(0) : 0;
    const qint64 pipeline = found ? r->int64(1) : 0;
    return Permissions::can(action == PermAction::View ? m_s.principal() : principal(), spec->perm,
                            action, m_s.ownershipOf(responsible, pipeline));
}

Result<NoteInfo> Notes::note(qint64 noteId)
{
    return guarded(m_s.db(),
                   [&]() -> Result<NoteInfo> { return readable(noteId, PermAction::View); });
}

Result<QList<NoteInfo>> Notes::pinned(EntityKind kind, qint64 id)
{
    // A card's pinned notes are the record's content: the view right applies.
    if (Result<Record> r = Records(m_s).load(kind, id); !r)
        return r.error();
    return guarded(m_s.db(), [&]() -> Result<QList<NoteInfo>> {
        QList<NoteInfo> out;
        Query q = m_s.sql().prepare(
            QString::fromLatin1(kColumns) +
            QStringLiteral("WHERE entity_kind = ?1 AND entity_id = ?2 AND pinned = 1 AND "
                           "deleted = 0 ORDER BY id DESC LIMIT 50"));
        q->bindAll(int(kind), id);
        while (q->step())
            out << readNote(q);
        return out;
    });
}

Status Notes::edit(qint64 noteId, const QString &text)
{
    const QString body = text.trimmed();
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Result<NoteInfo> n = readable(noteId, PermAction::Edit);
        if (!n)
            return n.error();
        if (m_origin.checksRights() && n->authorId != principal().userId && !principal().admin)
            return makeError(Error::Code::Permission,
                             Tr::tr("Only the author may edit note #%1.").arg(noteId),
                             entityKey(EntityKind::Note), QStringLiteral("text"));
        if (body.isEmpty() || body.size() > 20000)
            return makeError(
                Error::Code::Invalid,
                Tr::tr("Note #%1: a note needs between 1 and 20000 characters.").arg(noteId),
                entityKey(EntityKind::Note), QStringLiteral("text"));
        if (body == n->text)
            return Ok{};
        // The row's hlc is its creation's (core/storage/schema.cpp); the edit's clock is the
        // field's, kept by Change::outbox.
        c.sql()
            .prepare("UPDATE notes SET text = ?1, updated_at = ?2 WHERE id = ?3")
            ->bindAll(body, c.now(), noteId)
            .run();
        c.history(EntityKind::Note, noteId, HistoryEvent::FieldChanged, QStringLiteral("text"),
                  n->text, body);
        c.outbox(EntityKind::Note, noteId, OutboxOp::Update, {QStringLiteral("text")});
        c.commit();
        return Ok{};
    });
}

Status Notes::setPinned(qint64 noteId, bool pinned)
{
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Result<NoteInfo> n = readable(noteId, PermAction::Edit);
        if (!n)
            return n.error();
        if (n->pinned == pinned)
            return Ok{};
        c.sql()
            .prepare("UPDATE notes SET pinned = ?1, updated_at = ?2 WHERE id = ?3")
            ->bindAll(pinned ? 1 : 0, c.now(), noteId)
            .run();
        c.history(EntityKind::Note, noteId, HistoryEvent::FieldChanged, QStringLiteral("pinned"),
                  n->pinned ? 1 : 0, pinned ? 1 : 0);
        c.outbox(EntityKind::Note, noteId, OutboxOp::Update, {QStringLiteral("pinned")});
        c.commit();
        return Ok{};
    });
}

Status Notes::move(qint64 noteId, EntityKind kind, qint64 id)
{
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Result<NoteInfo> n = readable(noteId, PermAction::Edit);
        if (!n)
            return n.error();
        if (!entitySpec(kind) || kind == EntityKind::Task)
            return makeError(Error::Code::Invalid,
                             Tr::tr("Notes belong to deals, contacts and companies."),
                             entityKey(EntityKind::Note), QStringLiteral("entity_id"));
        Query exists =
            c.sql().prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?1").arg(entityTable(kind)));
        exists->bind(1, id);
        if (!exists->step())
            return makeError(Error::Code::NotFound,
                             Tr::tr("%1 #%2 does not exist.").arg(entityName(kind)).arg(id),
                             entityKey(kind));
        if (!may(kind, id, PermAction::Edit))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not change the notes of %1 #%2.")
                                 .arg(entityName(kind))
                                 .arg(id),
                             entityKey(EntityKind::Note));
        if (n->kind == kind && n->entityId == id)
            return Ok{};
        c.sql()
            .prepare("UPDATE notes SET entity_kind = ?1, entity_id = ?2, updated_at = ?3 "
                     "WHERE id = ?4")
            ->bindAll(int(kind), id, c.now(), noteId)
            .run();
        c.history(EntityKind::Note, noteId, HistoryEvent::FieldChanged,
                  QStringLiteral("entity_id"), n->entityId, id);
        c.outbox(EntityKind::Note, noteId, OutboxOp::Update,
                 {QStringLiteral("entity_kind"), QStringLiteral("entity_id")});
        c.commit();
        return Ok{};
    });
}

Status Notes::evict(qint64 noteId)
{
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, Origin::of(WriteMode::SyncApply));
        for (const char *sql : {"DELETE FROM field_clock WHERE kind = ?1 AND entity_id = ?2",
                                "DELETE FROM history WHERE kind = ?1 AND entity_id = ?2"})
            c.sql().prepare(sql)->bindAll(int(EntityKind::Note), noteId).run();
        c.sql().prepare("DELETE FROM notes WHERE id = ?1")->bind(1, noteId).run();
        c.commit();
        return Ok{};
    });
}

} // namespace Voronka::Core
