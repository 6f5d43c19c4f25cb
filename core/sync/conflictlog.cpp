// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "conflictlog.h"

#include "core/services/entityspec.h"
#include "core/services/notes.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/sync/wirevalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Voronka::Core::Sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync::ConflictLog)
};

const QString kDeleted = QStringLiteral("deleted");
constexpr int kRejected = 2; // outbox state

// conflict_log keeps a value as its JSON text (a bare string, number, array...).
std::optional<QJsonValue> parseJson(const QVariant &text)
{
    if (!text.isValid() || text.isNull())
        return std::nullopt;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray("[") + text.toString().toUtf8() + QByteArray("]"));
    if (!doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

// The wire value in the form Records::load() gives; invalid when it names something this
// file does not have (a stage or user not synced here).
QVariant localValue(WireValues &wire, EntityKind kind, const QString &field,
                    const std::optional<QJsonValue> &json)
{
    if (!json)
        return {};
    if (field == kDeleted)
        return json->toBool();
    const QString wireName = wire.toWireName(kind, field);
    if (wireName.isEmpty())
        return {};
    Result<std::pair<QString, QVariant>> p = wire.toPatch(kind, wireName, *json);
    if (!p)
        return {};
    // An empty value is a valid answer too: null reads as "(empty)", not as "unknown".
    return p->second.isValid() ? p->second : QVariant(QString());
}

const QString kNoteKind = QStringLiteral("entity_kind"), kNoteRecord = QStringLiteral("entity_id"),
              kNoteText = QStringLiteral("text"), kNotePinned = QStringLiteral("pinned");

// A note is named by its text, on one line and not too long for a message.
QString noteLabel(const QString &text)
{
    const QString line = text.simplified();
    return line.size() > 60 ? line.left(59) + QChar(0x2026) : line;
}

} // namespace

Result<QList<ConflictEntry>> ConflictLog::unseen()
{
    return guarded(m_s.db(), [&]() -> Result<QList<ConflictEntry>> {
        QList<qint64> ids;
        Query q = m_s.sql().prepare("SELECT id FROM conflict_log WHERE seen = 0 AND "
                                    "(user_id = ?1 OR user_id IS NULL) ORDER BY at DESC, id DESC");
        q->bind(1, m_s.actor().id);
        while (q->step())
            ids << q->int64(0);
        q->reset();
        QList<ConflictEntry> out;
        for (qint64 id : std::as_const(ids)) {
            Result<ConflictEntry> e = entry(id);
            if (!e)
                return e.error();
            out << *e;
        }
        return out;
    });
}

Result<ConflictEntry> ConflictLog::entry(qint64 entryId)
{
    return guarded(m_s.db(), [&]() -> Result<ConflictEntry> {
        Query q = m_s.sql().prepare("SELECT kind, entity_id, field, local_value, server_value, "
                                    "by_id, at FROM conflict_log WHERE id = ?1");
        q->bind(1, entryId);
        if (!q->step())
            return makeError(Error::Code::NotFound,
                             Tr::tr("The conflict was already resolved elsewhere."));
        ConflictEntry e;
        e.id = entryId;
        e.kind = EntityKind(q->int64(0));
        e.entityId = q->int64(1);
        e.field = q->text(2);
        const QVariant local = q->value(3);
        const QVariant server = q->value(4);
        e.byId = q->isNull(5) ? 0 : q->int64(5);
        e.at = q->int64(6);
        q->reset();

        WireValues wire(m_s);
        e.mine = localValue(wire, e.kind, e.field, parseJson(local));
        e.refused = server.isNull();
        if (!e.refused)
            e.winning = localValue(wire, e.kind, e.field, parseJson(server));
        const qint64 loggedId = e.entityId;
        if (e.kind == EntityKind::Note) {
            // Notes are no records of Records: found by their uid (a gone note's id may be
            // another's by now), named by their text.
            Result<NoteLog> n = noteLog(entryId);
            if (!n)
                return n.error();
            if (n->id)
                e.entityId = n->id;
            if ((n->id || n->parentId) && !n->text.isEmpty())
                e.recordName = noteLabel(n->text);
        } else if (Result<Record> r = Records(m_s).load(e.kind, e.entityId)) {
            e.recordName = r->value(QStringLiteral("name")).toString();
            if (e.recordName.isEmpty())
                e.recordName = r->value(QStringLiteral("text")).toString(); // a task
            if (e.recordName.isEmpty())
                e.recordName = QStringLiteral("#%1").arg(e.entityId);
        }
        if (e.refused) {
            // The refused outbox row that carried the field, else the record's latest refusal.
            Query r = m_s.sql().prepare(
                "SELECT reason FROM outbox WHERE state = ?1 AND kind = ?2 AND entity_id = ?3 "
                "ORDER BY (',' || coalesce(fields, '') || ',') LIKE ('%,' || ?4 || ',%') DESC, "
                "id DESC LIMIT 1");
            r->bindAll(kRejected, int(e.kind), loggedId, e.field);
            if (r->step())
                e.reason = r->text(0);
            r->reset();
        }
        return e;
    });
}

Status ConflictLog::accept(qint64 entryId)
{
    return guarded(m_s.db(), [&]() -> Status {
        // conflict_log is this file's own bookkeeping, never synced: no outbox row.
        Transaction t(m_s.sql());
        m_s.sql().prepare("UPDATE conflict_log SET seen = 1 WHERE id = ?1")->bind(1, entryId).run();
        t.commit();
        return Ok{};
    });
}

Status ConflictLog::keepMine(qint64 entryId)
{
    Result<ConflictEntry> e = entry(entryId);
    if (!e)
        return e.error();
    if (e->kind == EntityKind::Note)
        return keepMineOfNote(*e);
    if (e->recordName.isEmpty())
        return makeError(Error::Code::NotFound,
                         Tr::tr("%1 #%2 is no longer in this file, so your value cannot be "
                                "written again.")
                             .arg(entityName(e->kind))
                             .arg(e->entityId),
                         entityKey(e->kind));
    if (!e->mine.isValid())
        return makeError(Error::Code::Invalid,
                         Tr::tr("Your value of \"%1\" refers to something this file no longer "
                                "has, so it cannot be written again.")
                             .arg(e->field),
                         entityKey(e->kind), e->field);
    Records records(m_s, Origin::user());
    Status written = Ok{};
    if (e->field == kDeleted)
        written = e->mine.toBool() ? records.remove(e->kind, e->entityId)
                                   : records.restore(e->kind, e->entityId);
    else
        written = records.update(e->kind, e->entityId, Patch{{e->field, e->mine}});
    if (!written)
        return written;
    return accept(entryId);
}

Result<ConflictLog::NoteLog> ConflictLog::noteLog(qint64 entryId)
{
    return guarded(m_s.db(), [&]() -> Result<NoteLog> {
        NoteLog n;
        {
            Query q = m_s.sql().prepare("SELECT entity_uid FROM conflict_log WHERE id = ?1");
            q->bind(1, entryId);
            if (!q->step())
                return makeError(Error::Code::NotFound,
                                 Tr::tr("The conflict was already resolved elsewhere."));
            n.uid = QString::fromLatin1(q->blob(0).toHex());
        }
        // The entry itself last, so that its value is the one taken for its field.
        Query q = m_s.sql().prepare(
            "SELECT field, local_value FROM conflict_log WHERE kind = ?1 AND entity_uid = ?2 AND "
            "(id = ?3 OR (seen = 0 AND (user_id = ?4 OR user_id IS NULL))) ORDER BY id = ?3, id");
        q->bindAll(int(EntityKind::Note), QByteArray::fromHex(n.uid.toLatin1()), entryId,
                   m_s.actor().id);
        while (q->step())
            if (const std::optional<QJsonValue> v = parseJson(q->value(1)))
                n.mine.insert(q->text(0), *v);
        q->reset();
        WireValues wire(m_s);
        n.id = wire.idOf(EntityKind::Note, n.uid);
        if (n.id) {
            Query note =
                m_s.sql().prepare("SELECT entity_kind, entity_id, text FROM notes WHERE id = ?1");
            note->bind(1, n.id);
            if (note->step()) {
                n.parentKind = EntityKind(note->int64(0));
                n.parentId = note->int64(1);
                n.text = note->text(2);
            }
            return n;
        }
        n.text = n.mine.value(kNoteText).toString();
        n.parentKind = entityFromKey(n.mine.value(kNoteKind).toString());
        if (entitySpec(n.parentKind) && n.parentKind != EntityKind::Task)
            n.parentId = wire.idOf(n.parentKind, n.mine.value(kNoteRecord).toString());
        return n;
    });
}

// A note is written through Notes with its own rules (only its author or an admin edits the
// text; whoever may edit its record pins it or moves it). A note refused when it was added is
// no longer in the file (the server does not have it): keeping it adds it again, as a new note
// of this user, to the record it was on, with the text the log kept.
Status ConflictLog::keepMineOfNote(const ConflictEntry &e)
{
    Result<NoteLog> n = noteLog(e.id);
    if (!n)
        return n.error();
    const QString label = n->text.isEmpty()
                              ? QStringLiteral("#%1").arg(e.entityId)
                              : QStringLiteral("\u201c%1\u201d").arg(noteLabel(n->text));
    const QString noteKey = entityKey(EntityKind::Note);
    const auto markSeen = [&](const QStringList &fields) -> Status {
        return guarded(m_s.db(), [&]() -> Status {
            Transaction t(m_s.sql());
            Query q = m_s.sql().prepare(
                QStringLiteral("UPDATE conflict_log SET seen = 1 WHERE kind = ?1 AND "
                               "entity_uid = ?2 AND (user_id = ?3 OR user_id IS NULL)%1")
                    .arg(fields.isEmpty()
                             ? QString()
                             : QStringLiteral(" AND instr(?4, ',' || field || ',') > 0")));
            q->bindAll(int(EntityKind::Note), QByteArray::fromHex(n->uid.toLatin1()),
                       m_s.actor().id);
            if (!fields.isEmpty())
                q->bind(4, QStringLiteral(",%1,").arg(fields.join(u',')));
            q->run();
            t.commit();
            return Ok{};
        });
    };
    const Origin origin = Origin::user();
    if (!n->id) {
        if (n->text.isEmpty())
            return makeError(Error::Code::NotFound,
                             Tr::tr("Note %1 is no longer in this file and the conflict log does "
                                    "not have its text, so it cannot be added again.")
                                 .arg(label),
                             noteKey, e.field);
        if (!n->parentId)
            return makeError(Error::Code::NotFound,
                             Tr::tr("Note %1 is no longer in this file, nor is the record it was "
                                    "on, so it cannot be added again.")
                                 .arg(label),
                             noteKey, e.field);
        Result<qint64> made = Records(m_s, origin).addNote(n->parentKind, n->parentId, n->text);
        if (!made)
            return made.error();
        if (n->mine.value(kNotePinned).toBool())
            if (Status st = Notes(m_s, origin).setPinned(*made, true); !st)
                return st;
        return markSeen({}); // the note is back, every entry of the refused one is answered
    }
    Notes notes(m_s, origin);
    Status written = Ok{};
    if (e.field == kNoteText) {
        written = notes.edit(n->id, n->mine.value(kNoteText).toString());
    } else if (e.field == kNotePinned) {
        written = notes.setPinned(n->id, n->mine.value(kNotePinned).toBool());
    } else if (e.field == kNoteKind || e.field == kNoteRecord) {
        WireValues wire(m_s);
        const EntityKind kind = n->mine.contains(kNoteKind)
                                    ? entityFromKey(n->mine.value(kNoteKind).toString())
                                    : n->parentKind;
        const qint64 to = !entitySpec(kind) || kind == EntityKind::Task ? 0
                          : n->mine.contains(kNoteRecord)
                              ? wire.idOf(kind, n->mine.value(kNoteRecord).toString())
                              : n->parentId;
        if (!to)
            return makeError(Error::Code::NotFound,
                             Tr::tr("The record note %1 was on is no longer in this file, so the "
                                    "note cannot be moved back to it.")
                                 .arg(label),
                             noteKey, e.field);
        written = notes.move(n->id, kind, to);
        if (written)
            return markSeen({kNoteKind, kNoteRecord});
    } else {
        return makeError(Error::Code::Invalid,
                         Tr::tr("Note %1 is only added, edited, pinned or moved, so \"%2\" cannot "
                                "be written again.")
                             .arg(label, e.field),
                         noteKey, e.field);
    }
    if (!written)
        return written;
    return accept(e.id);
}

Result<SyncStatus> ConflictLog::counts()
{
    return guarded(m_s.db(), [&]() -> Result<SyncStatus> {
        Connection &c = m_s.sql();
        SyncStatus s;
        s.pending =
            c.scalar("SELECT count(*) FROM outbox WHERE state = 0 AND kind IN (1, 2, 3, 4, 5)");
        s.rejected = c.scalar("SELECT count(*) FROM outbox WHERE state = 2");
        Query q = c.prepare("SELECT count(*) FROM conflict_log WHERE seen = 0 AND "
                            "(user_id = ?1 OR user_id IS NULL)");
        q->bind(1, m_s.actor().id);
        s.conflicts = q->step() ? q->int64(0) : 0;
        q->reset();
        s.lastSyncAt =
            c.scalar("SELECT coalesce((SELECT value FROM meta WHERE key = 'sync_last_at'), 0)");
        s.lastPulledSeq = c.scalar("SELECT last_pulled_seq FROM sync_state WHERE id = 1");
        return s;
    });
}

} // namespace Voronka::Core::Sync
