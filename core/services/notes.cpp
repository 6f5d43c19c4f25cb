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
    const EntitySpec *spec = entitySpec(n.kind);
    if (!spec)
        return makeError(Error::Code::NotFound, Tr::tr("Note #%1 does not exist.").arg(noteId),
                         entityKey(EntityKind::Note));
    Query r = m_s.sql().prepare(
        QStringLiteral("SELECT responsible_id, %2 FROM %1 WHERE id = ?1")
            .arg(entityTable(n.kind), n.kind == EntityKind::Deal ? QStringLiteral("pipeline_id")
                                                                 : QStringLiteral("0")));
    r->bind(1, n.entityId);
    const bool found = r->step();
    const qint64 responsible = found ? r->int64(0) : 0;
    const qint64 pipeline = found ? r->int64(1) : 0;
    if (!Permissions::can(m_s.principal(), spec->perm, action,
                          m_s.ownershipOf(responsible, pipeline)))
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not change the notes of %1 #%2.")
                             .arg(entityName(n.kind))
                             .arg(n.entityId),
                         entityKey(EntityKind::Note));
    return n;
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
        Change c(m_s);
        Result<NoteInfo> n = readable(noteId, PermAction::Edit);
        if (!n)
            return n.error();
        if (n->authorId != m_s.actor().id && !m_s.actor().admin)
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
        c.sql()
            .prepare("UPDATE notes SET text = ?1, updated_at = ?2, hlc = ?3 WHERE id = ?4")
            ->bindAll(body, c.now(), c.hlc(), noteId)
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
        Change c(m_s);
        Result<NoteInfo> n = readable(noteId, PermAction::Edit);
        if (!n)
            return n.error();
        if (n->pinned == pinned)
            return Ok{};
        c.sql()
            .prepare("UPDATE notes SET pinned = ?1, updated_at = ?2, hlc = ?3 WHERE id = ?4")
            ->bindAll(pinned ? 1 : 0, c.now(), c.hlc(), noteId)
            .run();
        c.history(EntityKind::Note, noteId, HistoryEvent::FieldChanged, QStringLiteral("pinned"),
                  n->pinned ? 1 : 0, pinned ? 1 : 0);
        c.outbox(EntityKind::Note, noteId, OutboxOp::Update, {QStringLiteral("pinned")});
        c.commit();
        return Ok{};
    });
}

} // namespace Voronka::Core
