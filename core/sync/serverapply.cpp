// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "serverstore.h"

#include "core/services/entityspec.h"
#include "core/services/recordrow.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

// ServerStore: what one pushed mutation does to the store (the design is in serverstore.h).

namespace Voronka::Core::Sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

using RecordValues::kTags;
const QString kDeleted = QStringLiteral("deleted");

Receipt rejected(const Mutation &m, const QString &reason)
{
    return Receipt{m.mutationId, Outcome::Rejected, 0, reason, {}};
}

// A value as it is kept in conflict_log: the JSON text of it.
QString jsonText(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

qint64 newestClock(const QMap<QString, FieldChange> &fields)
{
    qint64 hlc = 0;
    for (const FieldChange &f : fields)
        hlc = std::max(hlc, qint64(f.hlc));
    return hlc;
}

} // namespace

std::optional<ServerStore::Target> ServerStore::find(EntityKind kind, const QString &uid)
{
    const EntitySpec *spec = entitySpec(kind);
    const QByteArray raw = QByteArray::fromHex(uid.toLatin1());
    if (!spec || raw.size() != 16)
        return std::nullopt;
    Query q = m_db.sql().prepare(
        QStringLiteral("SELECT id, deleted, responsible_id, %1, hlc FROM %2 WHERE uid = ?1")
            .arg(kind == EntityKind::Deal ? QStringLiteral("pipeline_id") : QStringLiteral("0"),
                 entityTable(kind)));
    q->bind(1, raw);
    if (!q->step())
        return std::nullopt;
    return Target{kind,        spec,        q->int64(0), uid, q->int64(1) != 0,
                  q->int64(2), q->int64(3), q->int64(4)};
}

bool ServerStore::mayView(const Principal &p, const Target &t)
{
    return mayView(p, t.kind, t.responsibleId, t.pipelineId);
}

bool ServerStore::mayView(const Principal &p, EntityKind kind, qint64 responsibleId,
                          qint64 pipelineId)
{
    const EntitySpec *spec = entitySpec(kind);
    return spec && Permissions::can(p, spec->perm, PermAction::View,
                                    m_session->ownershipOf(responsibleId, pipelineId));
}

QJsonObject ServerStore::snapshotOf(EntityKind kind, const QString &uid, bool clocks)
{
    const std::optional<Target> t = find(kind, uid);
    return t ? snapshotOf(*t, clocks) : QJsonObject();
}

QJsonObject ServerStore::snapshotOf(const Target &t, bool clocks)
{
    const QJsonObject values = currentValues(t, m_wire.fieldNames(t.kind));
    if (!clocks)
        return values;
    QJsonObject out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const Clock3 c = clockOf(t, it.key());
        out.insert(it.key(), QJsonObject{{QStringLiteral("v"), it.value()},
                                         {QStringLiteral("hlc"), QString::number(c.hlc)},
                                         {QStringLiteral("node"), QString::number(c.node)}});
    }
    return out;
}

ServerStore::Clock3 ServerStore::clockOf(const Target &t, const QString &field)
{
    Query q = m_db.sql().prepare("SELECT hlc, node, server_seq FROM field_clock "
                                 "WHERE kind = ?1 AND entity_id = ?2 AND field = ?3");
    q->bindAll(int(t.kind), t.id, field);
    if (q->step())
        return Clock3{q->int64(0), q->int64(1), q->int64(2)};
    return Clock3{t.hlc, 0, 0}; // the value it was created with, before the server kept clocks
}

QJsonObject ServerStore::currentValues(const Target &t, const QStringList &names)
{
    Result<Record> r = Records(*m_session).load(t.kind, t.id);
    return r ? m_wire.fromRecord(t.kind, *r, names) : QJsonObject();
}

qint64 ServerStore::authorOf(qint64 seq)
{
    Query q = m_db.sql().prepare("SELECT user_id FROM server_log WHERE seq = ?1");
    q->bind(1, seq);
    return q->step() ? q->int64(0) : 0;
}

void ServerStore::logConflict(const Target &t, const QString &field, const QJsonValue &lost,
                              const QJsonValue &won, qint64 loser, qint64 winner, qint64 seq)
{
    m_db.sql()
        .prepare("INSERT INTO conflict_log(kind, entity_id, entity_uid, field, local_value, "
                 "server_value, user_id, by_id, at, server_seq) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        ->bindAll(int(t.kind), t.id, QByteArray::fromHex(t.uid.toLatin1()), field, jsonText(lost),
                  jsonText(won), loser ? QVariant(loser) : QVariant(),
                  winner ? QVariant(winner) : QVariant(), m_clock.nowMs(), seq)
        .run();
}

Result<Patch> ServerStore::patchOf(EntityKind kind, const QMap<QString, FieldChange> &fields)
{
    Patch patch;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        Result<std::pair<QString, QVariant>> p = m_wire.toPatch(kind, it.key(), it->value);
        if (!p)
            return p.error();
        patch.insert(p->first, p->second);
    }
    return patch;
}

Receipt ServerStore::apply(Context &ctx, const Mutation &m)
{
    const EntityKind kind = entityFromKey(m.entityType);
    if (!entitySpec(kind))
        return rejected(m, Tr::tr("Records of type \"%1\" are not synced yet.").arg(m.entityType));
    const std::optional<Target> t = find(kind, m.uid);
    // A record the user may not see answers exactly as one that does not exist.
    if (!t || !mayView(ctx.principal, *t)) {
        if (!t && m.op == Op::Create)
            return applyCreate(ctx, m, kind);
        return rejected(m, Tr::tr("%1 %2 does not exist.").arg(entityName(kind), m.uid));
    }
    switch (m.op) {
    case Op::Create: // created before (another device's retry under a new id): fields merge
    case Op::Set:
        return applySet(ctx, m, *t);
    case Op::Delete:
    case Op::Undelete:
        return applyDeleted(ctx, m, *t);
    case Op::TagAdd:
    case Op::TagRemove:
        return applyTags(ctx, m, *t);
    }
    return rejected(m, Tr::tr("Unknown operation."));
}

ServerStore::Compared ServerStore::compare(const Context &ctx, const Target &t,
                                           const QMap<QString, FieldChange> &fields)
{
    Compared c;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const Clock3 cur = clockOf(t, it.key());
        c.clocks.insert(it.key(), cur);
        const std::pair<qint64, qint64> mine{qint64(it->hlc), ctx.node}, theirs{cur.hlc, cur.node};
        if (mine > theirs)
            c.winners.insert(it.key(), *it);
        else if (mine < theirs)
            c.losers.insert(it.key(), *it);
        // equal: this very write is stored already
    }
    return c;
}

Receipt ServerStore::superseded(const Context &ctx, const Mutation &m, const Target &t,
                                const Compared &c, const QJsonObject &before)
{
    Receipt r{m.mutationId, Outcome::Superseded, 0, {}, {}};
    for (auto it = c.losers.cbegin(); it != c.losers.cend(); ++it) {
        const Clock3 cur = c.clocks.value(it.key());
        const QJsonValue server = before.value(it.key());
        r.serverFields.insert(it.key(), server);
        if (it->baseSeq < cur.seq && it->value != server)
            logConflict(t, it.key(), it->value, server, ctx.userId, authorOf(cur.seq), cur.seq);
    }
    return r;
}

Receipt ServerStore::applyCreate(Context &ctx, const Mutation &m, EntityKind kind)
{
    QMap<QString, FieldChange> fields = m.fields;
    fields.remove(kDeleted);
    Result<Patch> patch = patchOf(kind, fields);
    if (!patch)
        return rejected(m, patch.error().message);
    const qint64 hlc = std::max(newestClock(fields), ctx.clientHlc);
    Result<qint64> id =
        Records(*m_session, Origin::serverApply(ctx.userId, hlc)).create(kind, *patch);
    if (!id)
        return rejected(m, id.error().message);
    // The record keeps the uid it was born with on its device.
    m_db.sql()
        .prepare(QStringLiteral("UPDATE %1 SET uid = ?1 WHERE id = ?2").arg(entityTable(kind)))
        ->bindAll(QByteArray::fromHex(m.uid.toLatin1()), *id)
        .run();
    const std::optional<Target> t = find(kind, m.uid);
    Compared c;
    c.winners = fields;
    return record(ctx, m, *t, c, QJsonObject());
}

Receipt ServerStore::applySet(Context &ctx, const Mutation &m, const Target &t)
{
    if (m.fields.contains(kDeleted))
        return rejected(m, Tr::tr("A record is deleted and restored by its own operations."));
    const Compared c = compare(ctx, t, m.fields);
    QStringList names = m.fields.keys();
    const QJsonObject before = currentValues(t, names << kDeleted);
    if (t.deleted) { // an edit never brings a deleted record back
        Receipt r{m.mutationId, Outcome::Superseded, 0, Tr::tr("The record was deleted."), {}};
        r.serverFields.insert(kDeleted, true);
        return r;
    }
    if (c.winners.isEmpty())
        return superseded(ctx, m, t, c, before);
    Result<Patch> patch = patchOf(t.kind, c.winners);
    if (!patch)
        return rejected(m, patch.error().message);
    const Status st = Records(*m_session, Origin::serverApply(ctx.userId, newestClock(c.winners)))
                          .update(t.kind, t.id, *patch);
    if (!st)
        return rejected(m, st.error().message);
    return record(ctx, m, t, c, before);
}

Receipt ServerStore::applyDeleted(Context &ctx, const Mutation &m, const Target &t)
{
    const bool deleting = m.op == Op::Delete;
    FieldChange change = m.fields.value(kDeleted, FieldChange{deleting, quint64(ctx.clientHlc), 0});
    change.value = deleting;
    const Compared c = compare(ctx, t, {{kDeleted, change}});
    const QJsonObject before = currentValues(t, QStringList{kDeleted});
    if (c.winners.isEmpty())
        return superseded(ctx, m, t, c, before);
    Records records(*m_session, Origin::serverApply(ctx.userId, qint64(change.hlc)));
    const Status st = deleting ? records.remove(t.kind, t.id) : records.restore(t.kind, t.id);
    if (!st)
        return rejected(m, st.error().message);
    return record(ctx, m, t, c, before);
}

// Tags merge per element: an added tag stays unless a later mutation removes that tag, whatever
// happened to the others meanwhile.
Receipt ServerStore::applyTags(Context &ctx, const Mutation &m, const Target &t)
{
    if (!m.fields.contains(kTags) || m.fields.size() != 1)
        return rejected(m, Tr::tr("A tag operation names the tags of a record that exists."));
    if (t.deleted) { // as an edit: a deleted record keeps its tags until it is restored
        Receipt r{m.mutationId, Outcome::Superseded, 0, Tr::tr("The record was deleted."), {}};
        r.serverFields.insert(kDeleted, true);
        return r;
    }
    const FieldChange given = m.fields.value(kTags);
    const QJsonObject before = currentValues(t, QStringList{kTags});
    QStringList tags;
    for (const QJsonValue &v : before.value(kTags).toArray())
        tags << v.toString();
    for (const QJsonValue &v :
         given.value.isArray() ? given.value.toArray() : QJsonArray{given.value}) {
        const QString name = v.toString().trimmed();
        const bool has = tags.contains(name, Qt::CaseInsensitive);
        if (m.op == Op::TagAdd && !has && !name.isEmpty())
            tags << name;
        if (m.op == Op::TagRemove && has)
            tags.removeIf(
                [&](const QString &x) { return x.compare(name, Qt::CaseInsensitive) == 0; });
    }
    const Status st = Records(*m_session, Origin::serverApply(ctx.userId, qint64(given.hlc)))
                          .update(t.kind, t.id, Patch{{kTags, tags}});
    if (!st)
        return rejected(m, st.error().message);
    Compared c;
    c.winners.insert(kTags,
                     FieldChange{QJsonArray::fromStringList(tags), given.hlc, given.baseSeq});
    return record(ctx, m, t, c, before);
}

// After the winners are written: their clocks, the conflicts they caused, the change log row.
Receipt ServerStore::record(const Context &ctx, const Mutation &m, const Target &t,
                            const Compared &c, const QJsonObject &before)
{
    const qint64 seq = nextSeq();
    const QJsonObject after = currentValues(t, c.winners.keys());
    Query clock = m_db.sql().prepare(
        "INSERT INTO field_clock(kind, entity_id, field, hlc, node, server_seq) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(kind, entity_id, field) DO UPDATE SET "
        "hlc = excluded.hlc, node = excluded.node, server_seq = excluded.server_seq");
    QJsonObject logged;
    for (auto it = c.winners.cbegin(); it != c.winners.cend(); ++it) {
        clock->bindAll(int(t.kind), t.id, it.key(), qint64(it->hlc), ctx.node, seq).run();
        clock->reset();
        const Clock3 old = c.clocks.value(it.key());
        const QJsonValue now = after.value(it.key());
        if (old.seq && it->baseSeq < old.seq && before.value(it.key()) != now)
            logConflict(t, it.key(), before.value(it.key()), now, authorOf(old.seq), ctx.userId,
                        seq);
        logged.insert(it.key(), QJsonObject{{QStringLiteral("v"), now},
                                            {QStringLiteral("hlc"), QString::number(it->hlc)},
                                            {QStringLiteral("node"), QString::number(ctx.node)}});
    }
    // Who may see the record before and after this change: a pull turns a change that moves it
    // into or out of a user's sight into a grant or an evict at this seq.
    const bool existed = !before.isEmpty();
    const std::optional<Target> now = find(t.kind, t.uid);
    m_db.sql()
        .prepare("INSERT INTO server_log(seq, entity_type, entity_uid, user_id, mutation_id, "
                 "fields, at, existed, resp_before, pipe_before, resp_after, pipe_after) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
        ->bindAll(seq, entityKey(t.kind), t.uid, ctx.userId, m.mutationId,
                  QString::fromUtf8(QJsonDocument(logged).toJson(QJsonDocument::Compact)),
                  m_clock.nowMs(), existed ? 1 : 0, existed ? t.responsibleId : 0,
                  existed ? t.pipelineId : 0, now ? now->responsibleId : 0,
                  now ? now->pipelineId : 0)
        .run();
    Receipt r{m.mutationId, Outcome::Applied, seq, {}, {}};
    for (auto it = c.losers.cbegin(); it != c.losers.cend(); ++it)
        r.serverFields.insert(it.key(), before.value(it.key()));
    return r;
}

} // namespace Voronka::Core::Sync
