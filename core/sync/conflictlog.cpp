// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "conflictlog.h"

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
        if (Result<Record> r = Records(m_s).load(e.kind, e.entityId)) {
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
            r->bindAll(kRejected, int(e.kind), e.entityId, e.field);
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
