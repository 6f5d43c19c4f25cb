// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "serverstore.h"

#include "core/services/entityspec.h"
#include "core/services/notes.h"
#include "core/services/recordrow.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/sync/servertables.h"

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
    if (kind == EntityKind::Note)
        return findNote(uid);
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

// A note is found with the owner of the record it belongs to: it is visible exactly when that
// record is.
std::optional<ServerStore::Target> ServerStore::findNote(const QString &uid)
{
    const QByteArray raw = QByteArray::fromHex(uid.toLatin1());
    if (raw.size() != 16)
        return std::nullopt;
    Query q = m_db.sql().prepare(
        "SELECT id, deleted, entity_kind, entity_id, hlc FROM notes WHERE uid = ?1");
    q->bind(1, raw);
    if (!q->step())
        return std::nullopt;
    Target t{EntityKind::Note,        nullptr,    q->int64(0), uid,
             q->int64(1) != 0,        0,          0,           q->int64(4),
             EntityKind(q->int64(2)), q->int64(3)};
    if (!entitySpec(t.parentKind))
        return std::nullopt;
    Query p =
        m_db.sql().prepare(QStringLiteral("SELECT responsible_id, %1 FROM %2 WHERE id = ?1")
                               .arg(t.parentKind == EntityKind::Deal ? QStringLiteral("pipeline_id")
                                                                     : QStringLiteral("0"),
                                    entityTable(t.parentKind)));
    p->bind(1, t.parentId);
    if (!p->step())
        return std::nullopt;
    t.responsibleId = p->int64(0);
    t.pipelineId = p->int64(1);
    return t;
}

QStringList ServerStore::noteUids(EntityKind kind, qint64 id)
{
    QStringList out;
    Query q = m_db.sql().prepare(
        "SELECT uid FROM notes WHERE entity_kind = ?1 AND entity_id = ?2 ORDER BY uid");
    q->bindAll(int(kind), id);
    while (q->step())
        out << QString::fromLatin1(q->blob(0).toHex());
    return out;
}

bool ServerStore::sees(Context &ctx, const Target &t, const Receipt &absent)
{
    if (mayView(ctx.principal, t))
        return true;
    if (!ctx.vouched)
        return false;
    if (!ctx.hidden) {
        ctx.hidden = true;
        ctx.refusal = absent;
    }
    return true;
}

bool ServerStore::mayView(const Principal &p, const Target &t)
{
    return mayView(p, t.kind == EntityKind::Note ? t.parentKind : t.kind, t.responsibleId,
                   t.pipelineId);
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
    // The record's clocks in one read (a bootstrap asks this for every record it sends).
    QHash<QString, Clock3> kept;
    {
        Query q = m_db.sql().prepare("SELECT field, hlc, node, server_seq FROM field_clock "
                                     "WHERE kind = ?1 AND entity_id = ?2");
        q->bindAll(int(t.kind), t.id);
        while (q->step())
            kept.insert(q->text(0), Clock3{q->int64(1), q->int64(2), q->int64(3)});
    }
    return withClocks(values, kept, t.hlc);
}

QJsonObject ServerStore::withClocks(const QJsonObject &values, const QHash<QString, Clock3> &kept,
                                    qint64 hlc)
{
    QJsonObject out;
    for (auto it = values.begin(); it != values.end(); ++it) {
        // Without a clock of its own: the value it was created with (as clockOf).
        const Clock3 c = kept.value(it.key(), Clock3{hlc, 0, 0});
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
    if (t.kind == EntityKind::Note) {
        const QJsonObject all = m_wire.noteValues(t.id);
        QJsonObject out;
        for (const QString &n : names)
            if (all.contains(n))
                out.insert(n, all.value(n));
        return out;
    }
    Result<Record> r = Records(*m_session).load(t.kind, t.id);
    return r ? m_wire.fromRecord(t.kind, *r, names) : QJsonObject();
}

qint64 ServerStore::authorOf(qint64 seq)
{
    Query q = m_db.sql().prepare(ServerSql::kAuthor);
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
    if (kind == EntityKind::Note)
        return applyNote(ctx, m);
    if (!entitySpec(kind))
        return rejected(m, Tr::tr("Records of type \"%1\" are not synced yet.").arg(m.entityType));
    const std::optional<Target> t = find(kind, m.uid);
    // A record the user may not see answers exactly as one that does not exist (unless a
    // signature of this store vouches for the mutation: serverstore.h).
    const Receipt absent =
        rejected(m, Tr::tr("%1 %2 does not exist.").arg(entityName(kind), m.uid));
    if (!t || !sees(ctx, *t, absent)) {
        if (!t && m.op == Op::Create)
            return applyCreate(ctx, m, kind);
        return absent;
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
    qint64 newest = 0;
    for (auto it = c.losers.cbegin(); it != c.losers.cend(); ++it) {
        const Clock3 cur = c.clocks.value(it.key());
        const QJsonValue server = before.value(it.key());
        r.serverFields.insert(it.key(), server);
        newest = std::max(newest, cur.seq);
        if (it->baseSeq < cur.seq && it->value != server)
            logConflict(t, it.key(), it->value, server, ctx.userId, authorOf(cur.seq), cur.seq);
    }
    if (const qint64 author = newest > 0 ? authorOf(newest) : 0)
        r.winner = m_wire.uidOf(EntityKind::User, author);
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
    Result<qint64> id = Records(*m_session, ctx.origin(hlc)).create(kind, *patch);
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
    const Status st =
        Records(*m_session, ctx.origin(newestClock(c.winners))).update(t.kind, t.id, *patch);
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
    Records records(*m_session, ctx.origin(qint64(change.hlc)));
    const Status st = deleting ? records.remove(t.kind, t.id) : records.restore(t.kind, t.id);
    if (!st)
        return rejected(m, st.error().message);
    return record(ctx, m, t, c, before);
}

// Tags and multiselect custom fields merge per element: an added element stays unless a later
// mutation removes that element, whatever happened to the others meanwhile. One tag_add or
// tag_remove names the elements of any of these fields of its record. Element operations are not
// conflicts: nobody's value is lost, so none is logged.
Receipt ServerStore::applyTags(Context &ctx, const Mutation &m, const Target &t)
{
    bool elements = !m.fields.isEmpty();
    for (auto it = m.fields.cbegin(); it != m.fields.cend(); ++it)
        elements = elements &&
                   ((it.key() == kTags && t.spec->tags) || m_wire.isMultiSelect(t.kind, it.key()));
    if (!elements)
        return rejected(
            m, Tr::tr("A tag operation names the tags or multiselect fields of a record that "
                      "exists."));
    if (t.deleted) { // as an edit: a deleted record keeps its tags until it is restored
        Receipt r{m.mutationId, Outcome::Superseded, 0, Tr::tr("The record was deleted."), {}};
        r.serverFields.insert(kDeleted, true);
        return r;
    }
    const QJsonObject before = currentValues(t, m.fields.keys());
    Patch patch;
    Compared c;
    qint64 hlc = 0;
    for (auto f = m.fields.cbegin(); f != m.fields.cend(); ++f) {
        QStringList items;
        for (const QJsonValue &v : before.value(f.key()).toArray())
            items << v.toString();
        for (const QJsonValue &v : f->value.isArray() ? f->value.toArray() : QJsonArray{f->value}) {
            const QString name = v.toString().trimmed();
            const bool has = items.contains(name, Qt::CaseInsensitive);
            if (m.op == Op::TagAdd && !has && !name.isEmpty())
                items << name;
            if (m.op == Op::TagRemove && has)
                items.removeIf(
                    [&](const QString &x) { return x.compare(name, Qt::CaseInsensitive) == 0; });
        }
        Result<std::pair<QString, QVariant>> p =
            m_wire.toPatch(t.kind, f.key(), QJsonArray::fromStringList(items));
        if (!p)
            return rejected(m, p.error().message);
        patch.insert(p->first, items.isEmpty() && f.key() != kTags ? QVariant() : p->second);
        c.winners.insert(f.key(),
                         FieldChange{QJsonArray::fromStringList(items), f->hlc, f->baseSeq});
        hlc = std::max(hlc, qint64(f->hlc));
    }
    const Status st = Records(*m_session, ctx.origin(hlc)).update(t.kind, t.id, patch);
    if (!st)
        return rejected(m, st.error().message);
    return record(ctx, m, t, c, before);
}

// Notes are records of their own (SYNC.md: they never conflict): a create adds one to a record
// the user may see, through the desktop's Records::addNote, which checks the right to edit that
// record; an edit of the text or the pin goes through Notes with the same checks as on the
// desktop (only the author or an admin edits the text); a move to another record (a merge on a
// device) needs the right to edit both. The note's fields are LWW registers like a record's.
// A note is never deleted alone, so delete and undelete are refused.
Receipt ServerStore::applyNote(Context &ctx, const Mutation &m)
{
    const std::optional<Target> t = findNote(m.uid);
    const Receipt absent =
        rejected(m, Tr::tr("%1 %2 does not exist.").arg(entityName(EntityKind::Note), m.uid));
    if (!t || !sees(ctx, *t, absent)) {
        if (!t && m.op == Op::Create)
            return createNote(ctx, m);
        return absent;
    }
    if (m.op != Op::Create && m.op != Op::Set)
        return rejected(m, Tr::tr("A note is only added, edited, pinned or moved."));
    return setNote(ctx, m, *t);
}

Receipt ServerStore::createNote(Context &ctx, const Mutation &m)
{
    const EntityKind parentKind =
        entityFromKey(m.fields.value(QStringLiteral("entity_type")).value.toString());
    const QString parentUid = m.fields.value(QStringLiteral("entity_uid")).value.toString();
    const std::optional<Target> parent =
        parentKind == EntityKind::Note ? std::nullopt : find(parentKind, parentUid);
    const Receipt absent =
        rejected(m, Tr::tr("%1 %2 does not exist.")
                        .arg(entitySpec(parentKind)
                                 ? entityName(parentKind)
                                 : m.fields.value(QStringLiteral("entity_type")).value.toString(),
                             parentUid));
    if (!parent || !sees(ctx, *parent, absent))
        return absent;
    QMap<QString, FieldChange> fields = m.fields;
    fields.remove(kDeleted);
    fields.remove(QStringLiteral("author_id")); // whoever pushes it is its author
    const qint64 hlc = std::max(newestClock(fields), ctx.clientHlc);
    const Origin origin = ctx.origin(hlc);
    Result<qint64> id =
        Records(*m_session, origin)
            .addNote(parentKind, parent->id, fields.value(QStringLiteral("text")).value.toString());
    if (!id)
        return rejected(m, id.error().message);
    m_db.sql()
        .prepare("UPDATE notes SET uid = ?1 WHERE id = ?2")
        ->bindAll(QByteArray::fromHex(m.uid.toLatin1()), *id)
        .run();
    if (fields.value(QStringLiteral("pinned")).value.toBool())
        if (const Status st = Notes(*m_session, origin).setPinned(*id, true); !st)
            return rejected(m, st.error().message);
    const std::optional<Target> t = findNote(m.uid);
    Compared c;
    c.winners = fields;
    return record(ctx, m, *t, c, QJsonObject());
}

Receipt ServerStore::setNote(Context &ctx, const Mutation &m, const Target &t)
{
    if (m.fields.contains(kDeleted))
        return rejected(m, Tr::tr("A note is only added, edited, pinned or moved."));
    QMap<QString, FieldChange> fields = m.fields;
    fields.remove(QStringLiteral("author_id"));
    const Compared c = compare(ctx, t, fields);
    QStringList names = fields.keys();
    const QJsonObject before = currentValues(t, names << kDeleted);
    if (c.winners.isEmpty())
        return superseded(ctx, m, t, c, before);
    Notes notes(*m_session, ctx.origin(newestClock(c.winners)));
    const QString kType = QStringLiteral("entity_type"), kUid = QStringLiteral("entity_uid");
    if (c.winners.contains(kType) || c.winners.contains(kUid)) {
        const EntityKind kind = c.winners.contains(kType)
                                    ? entityFromKey(c.winners.value(kType).value.toString())
                                    : t.parentKind;
        const QString uid = c.winners.contains(kUid) ? c.winners.value(kUid).value.toString()
                                                     : m_wire.uidOf(t.parentKind, t.parentId);
        const std::optional<Target> to = kind == EntityKind::Note ? std::nullopt : find(kind, uid);
        const Receipt absent =
            rejected(m, Tr::tr("%1 %2 does not exist.").arg(entityName(kind), uid));
        if (!to || !sees(ctx, *to, absent))
            return absent;
        if (const Status st = notes.move(t.id, kind, to->id); !st)
            return rejected(m, st.error().message);
    }
    if (c.winners.contains(QStringLiteral("text")))
        if (const Status st =
                notes.edit(t.id, c.winners.value(QStringLiteral("text")).value.toString());
            !st)
            return rejected(m, st.error().message);
    if (c.winners.contains(QStringLiteral("pinned")))
        if (const Status st =
                notes.setPinned(t.id, c.winners.value(QStringLiteral("pinned")).value.toBool());
            !st)
            return rejected(m, st.error().message);
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
        .prepare(ServerSql::kAppendLog)
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
