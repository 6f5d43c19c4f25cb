// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "syncclient.h"

#include "core/services/auth.h"
#include "core/services/entityspec.h"
#include "core/services/notes.h"
#include "core/services/recordrow.h"
#include "core/services/records.h"
#include "core/services/recyclebin.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/sync/syncstate.h"
#include "core/sync/wirevalues.h"
#include "core/util/clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Voronka::Core::Sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

const QString kDeleted = QStringLiteral("deleted");
// The server value of a conflict_log entry for a refusal: none (NULL; a JSON null would read as
// a value the server set).
const QJsonValue kRefused(QJsonValue::Undefined);
constexpr int kPending = 0, kAcked = 1, kRejected = 2;
// result_seq of a row whose record is to be read back from the server: it was rejected, or
// its effect is not known (received before under another body), or the server did not say
// what it holds instead (an edit of a record deleted there), or it had tags back as the server
// holds them (the server kept its clock of them, which this replica does not know).
constexpr qint64 kRefetch = -1;

QString hex(const QByteArray &b)
{
    return QString::fromLatin1(b.toHex());
}

QString jsonText(const QJsonValue &v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// The uid just before `uid` (a 128-bit number): a bootstrap page after it starts at `uid`.
QString predecessor(const QString &uid)
{
    QByteArray b = QByteArray::fromHex(uid.toLatin1());
    for (qsizetype i = b.size() - 1; i >= 0; --i) {
        const auto byte = quint8(b[i]);
        b[i] = char(quint8(byte - 1));
        if (byte != 0)
            break;
    }
    return hex(b);
}

Error failure(const ProtocolError &e)
{
    if (e.status == 0)
        return makeError(Error::Code::Storage,
                         Tr::tr("The team server cannot be reached; changes stay queued."));
    return makeError(Error::Code::Invalid, Tr::tr("The team server refused the request (%1 %2): %3")
                                               .arg(e.status)
                                               .arg(e.code, e.message));
}

// A record the write path refused while applying what the server sent: the whole step rolls
// back and says which.
struct ApplyFailed
{
    Error error;
};

bool syncedKind(EntityKind k)
{
    return SyncClient::syncedKinds().contains(k);
}

const QString kTagsField = QStringLiteral("tags");

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

bool containsTag(const QStringList &tags, const QString &tag)
{
    return tags.contains(tag, Qt::CaseInsensitive);
}

// `tags` with what `from` -> `to` added and removed (tags compare without case).
QStringList withDelta(QStringList tags, const QStringList &from, const QStringList &to)
{
    for (const QString &t : to)
        if (!containsTag(from, t) && !containsTag(tags, t))
            tags << t;
    for (const QString &t : from)
        if (!containsTag(to, t))
            tags.removeIf([&](const QString &x) { return x.compare(t, Qt::CaseInsensitive) == 0; });
    return tags;
}

bool sameTags(const QStringList &a, const QStringList &b)
{
    return a.size() == b.size() &&
           std::all_of(a.cbegin(), a.cend(), [&](const QString &t) { return containsTag(b, t); });
}

// A mutation id derived from an outbox row's own one, for the tag operations the row also
// becomes: stable across retries, distinct from every other id.
QString derivedId(const QByteArray &rowUid, const char *part)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(rowUid).append(part), QCryptographicHash::Sha256)
            .left(16)
            .toHex());
}

} // namespace

const QList<EntityKind> &SyncClient::syncedKinds()
{
    static const QList<EntityKind> kinds{EntityKind::Company, EntityKind::Contact, EntityKind::Deal,
                                         EntityKind::Task, EntityKind::Note};
    return kinds;
}

QStringList SyncClient::mutationIds(const QByteArray &outboxUid)
{
    return {hex(outboxUid), derivedId(outboxUid, ":tag_add"), derivedId(outboxUid, ":tag_remove")};
}

SyncClient::SyncClient(Database &db, const Clock &clock, Transport &transport, qint64 userId,
                       qint64 node, std::unique_ptr<Session> session)
    : m_db(db)
    , m_clock(clock)
    , m_transport(transport)
    , m_userId(userId)
    , m_node(node)
    , m_session(std::move(session))
    , m_wire(std::make_unique<WireValues>(*m_session))
{
}

SyncClient::~SyncClient() = default;

Result<std::unique_ptr<SyncClient>> SyncClient::open(Database &db, const Clock &clock,
                                                     Transport &transport, qint64 userId)
{
    Result<qint64> node = replicaNode(db);
    if (!node)
        return node.error();
    return guarded(db, [&]() -> Result<std::unique_ptr<SyncClient>> {
        qint64 reader = db.sql().scalar(
            "SELECT u.id FROM users u JOIN roles r ON r.id = u.role_id WHERE r.is_admin = 1 "
            "AND u.deleted = 0 ORDER BY u.active DESC, u.id LIMIT 1");
        if (!reader)
            reader = userId;
        auto session = std::make_unique<Session>(db, clock, Auth::readUser(db, reader));
        return std::unique_ptr<SyncClient>(
            new SyncClient(db, clock, transport, userId, *node, std::move(session)));
    });
}

// One write transaction for a step of sync: everything in it commits together (a page and its
// cursor, a batch of receipts), or nothing does.
Status SyncClient::inBatch(const std::function<void()> &body)
{
    return guarded(m_db, [&]() -> Status {
        m_session->refreshIfStale();
        m_session->beginBatch();
        try {
            body();
        } catch (const ApplyFailed &e) {
            m_session->rollbackBatch();
            return e.error;
        } catch (...) {
            m_session->rollbackBatch();
            throw;
        }
        return m_session->commitBatch();
    });
}

// ---- push

QList<SyncClient::Row> SyncClient::pendingRows(int limit)
{
    QList<Row> rows;
    // The rows held back in this push() wait for the next one (ids: integers of this file).
    QStringList held;
    for (qint64 id : std::as_const(m_heldBack))
        held << QString::number(id);
    Query q = m_db.sql().prepare(
        QStringLiteral("SELECT id, mutation_uid, kind, entity_id, op, fields, hlc, "
                       "acked_at IS NOT NULL, receipt FROM outbox WHERE state = 0 AND "
                       "kind IN (?1, ?2, ?3, ?4, ?5) AND id NOT IN (%1) ORDER BY id LIMIT ?6")
            .arg(held.join(u',')));
    q->bindAll(int(EntityKind::Company), int(EntityKind::Contact), int(EntityKind::Deal),
               int(EntityKind::Task), int(EntityKind::Note), limit);
    while (q->step())
        rows << Row{q->int64(0),
                    q->blob(1),
                    EntityKind(q->int64(2)),
                    q->int64(3),
                    OutboxOp(q->int64(4)),
                    q->text(5).split(u',', Qt::SkipEmptyParts),
                    q->int64(6),
                    q->int64(7) != 0,
                    q->text(8)};
    return rows;
}

QJsonObject SyncClient::localValues(EntityKind kind, qint64 id, const QStringList &wireNames)
{
    if (kind == EntityKind::Note) {
        const QJsonObject all = m_wire->noteValues(id);
        QJsonObject out;
        for (const QString &n : wireNames)
            if (all.contains(n))
                out.insert(n, all.value(n));
        return out;
    }
    Result<Record> r = Records(*m_session).load(kind, id);
    return r ? m_wire->fromRecord(kind, *r, wireNames) : QJsonObject();
}

// The last elements this replica knows the server to hold in a record's tags or multiselect
// field: what a local edit of it is measured against, so that it travels as the elements it
// added and removed (SYNC.md: tags and multiselects merge per element) and a colleague's
// concurrent edit of other elements stays. Kept in `meta` under the record's uid (and the
// field's name, for a multiselect); none for a record this replica made and has not had back
// yet, or a multiselect it has not had from the server since it was synced per element.
QString SyncClient::baseKey(EntityKind kind, const QString &uid, const QString &field)
{
    return field == kTagsField
               ? QStringLiteral("sync_tags:%1:%2").arg(int(kind)).arg(uid)
               : QStringLiteral("sync_list:%1:%2:%3").arg(int(kind)).arg(uid, field);
}

std::optional<QStringList> SyncClient::tagBase(EntityKind kind, const QString &uid,
                                               const QString &field)
{
    Query q = m_db.sql().prepare("SELECT value FROM meta WHERE key = ?1");
    q->bind(1, baseKey(kind, uid, field));
    if (!q->step())
        return std::nullopt;
    return stringsOf(QJsonDocument::fromJson(q->text(0).toUtf8()).array());
}

void SyncClient::setTagBase(EntityKind kind, const QString &uid, const QString &field,
                            const QStringList &tags)
{
    m_db.sql()
        .prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        ->bindAll(
            baseKey(kind, uid, field),
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact)))
        .run();
}

// Tags, and a multiselect custom field of the kind: the fields that merge per element.
bool SyncClient::perElement(EntityKind kind, const QString &wireName)
{
    return wireName == kTagsField || m_wire->isMultiSelect(kind, wireName);
}

// A field a pull passed over because a mutation of it waits here: the latest seq at which the
// server changed it meanwhile, kept in `meta` under "sync_passed:<kind>:<uid>:<field>" (the write
// path's name) and written with the page and its cursor, so a desktop closed before its next push
// still knows it. The mutation's receipt says whether that change came after it: a mutation whose
// first answer was lost is answered from the receipt stored then, and the server may hold a
// colleague's later value that this replica, keeping its own, never took (settle reads it back).
// A bootstrap page tells no field's seq: its snapshot stands for it (at worst a needless read).
QString SyncClient::passedKey(EntityKind kind, const QString &uid, const QString &field)
{
    return QStringLiteral("sync_passed:%1:%2:%3").arg(int(kind)).arg(uid, field);
}

void SyncClient::passOver(EntityKind kind, const QString &uid, const QString &field, qint64 seq)
{
    if (uid.isEmpty() || seq <= 0)
        return;
    m_db.sql()
        .prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                 "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)")
        ->bindAll(passedKey(kind, uid, field), seq)
        .run();
}

qint64 SyncClient::passedSeq(EntityKind kind, const QString &uid, const QString &field)
{
    Query q = m_db.sql().prepare("SELECT value FROM meta WHERE key = ?1");
    q->bind(1, passedKey(kind, uid, field));
    return q->step() ? q->int64(0) : 0;
}

// What the pulls passed over of a record's fields that no mutation waits for any more.
void SyncClient::forgetPassed(EntityKind kind, qint64 id)
{
    const QString uid = id > 0 ? m_wire->uidOf(kind, id) : QString();
    if (uid.isEmpty())
        return;
    const QString prefix = passedKey(kind, uid, {});
    const QSet<QString> pending = pendingFields(kind, id);
    QStringList done;
    Query q = m_db.sql().prepare("SELECT key FROM meta WHERE key >= ?1 AND key < ?2");
    q->bindAll(prefix, prefix.left(prefix.size() - 1) + QLatin1Char(';'));
    while (q->step())
        if (!pending.contains(q->text(0).mid(prefix.size())))
            done << q->text(0);
    q->reset();
    for (const QString &key : std::as_const(done))
        m_db.sql().prepare("DELETE FROM meta WHERE key = ?1")->bind(1, key).run();
}

// The wire op of a journal row, a delete's or restore's one field with it, whether the row is
// sent from the record or from its copy; false, with the reason, for an op that is not synced.
bool SyncClient::takeOp(const Row &row, Mutation &m, QString *whyNot)
{
    if (row.op == OutboxOp::Delete || row.op == OutboxOp::Restore) {
        m.op = row.op == OutboxOp::Delete ? Op::Delete : Op::Undelete;
        m.fields.insert(kDeleted, FieldChange{row.op == OutboxOp::Delete, quint64(row.hlc), 0});
        return true;
    }
    if (row.op != OutboxOp::Create && row.op != OutboxOp::Update) {
        *whyNot = Tr::tr("This change is not synced.");
        return false;
    }
    m.op = row.op == OutboxOp::Create ? Op::Create : Op::Set;
    return true;
}

QList<Mutation> SyncClient::mutationsOf(const Row &row, QString *whyNot, bool *readBack)
{
    if (row.entityId < 0) { // no longer here: its journal is sent from its copy
        const auto gone = goneValues(row);
        if (!gone) {
            *whyNot = Tr::tr("%1 is no longer in this file.").arg(entityName(row.kind));
            return {};
        }
        Mutation m{hex(row.mutationUid), row.id * 4, entityKey(row.kind), gone->first, Op::Set, {}};
        if (!takeOp(row, m, whyNot))
            return {};
        if (m.op == Op::Delete || m.op == Op::Undelete)
            return {m};
        QStringList wire;
        for (const QString &local : row.fields)
            if (const QString w = m_wire->toWireName(row.kind, local);
                !w.isEmpty() && w != kDeleted)
                wire << w;
        for (const auto &[first, second] :
             {std::pair{QStringLiteral("entity_type"), QStringLiteral("entity_uid")},
              std::pair{QStringLiteral("entity_kind"), QStringLiteral("entity_id")}})
            if (wire.contains(first) || wire.contains(second))
                wire << first << second; // a link travels whole (as below)
        for (const QString &w : std::as_const(wire))
            if (gone->second.contains(w))
                m.fields.insert(w, FieldChange{gone->second.value(w), quint64(row.hlc), 0});
        return {m};
    }
    const QString uid = m_wire->uidOf(row.kind, row.entityId);
    if (uid.isEmpty()) {
        *whyNot =
            Tr::tr("%1 #%2 is no longer in this file.").arg(entityName(row.kind)).arg(row.entityId);
        return {};
    }
    Mutation m{hex(row.mutationUid), row.id * 4, entityKey(row.kind), uid, Op::Set, {}};
    if (!takeOp(row, m, whyNot))
        return {};
    if (m.op == Op::Delete || m.op == Op::Undelete)
        return {m};
    QStringList wire;
    QHash<QString, QString> localOf;
    for (const QString &local : row.fields) {
        const QString w = m_wire->toWireName(row.kind, local);
        if (!w.isEmpty() && w != kDeleted && !wire.contains(w)) {
            wire << w;
            localOf.insert(w, local);
        }
    }
    // The record a note or a task belongs to is named by its type and uid together: one never
    // travels without the other.
    if (row.kind == EntityKind::Note || row.kind == EntityKind::Task) {
        const bool note = row.kind == EntityKind::Note;
        const QString first = note ? QStringLiteral("entity_type") : QStringLiteral("entity_kind");
        const QString second = note ? QStringLiteral("entity_uid") : QStringLiteral("entity_id");
        if (wire.contains(first) != wire.contains(second))
            for (const QString &name : {first, second})
                if (!wire.contains(name)) {
                    wire << name;
                    localOf.insert(name, m_wire->toLocalName(row.kind, name));
                }
    }
    QJsonObject values = localValues(row.kind, row.entityId, wire);
    withHeldRefs(row.kind, uid, values);
    Query base = m_db.sql().prepare(
        "SELECT server_seq FROM field_clock WHERE kind = ?1 AND entity_id = ?2 AND field = ?3");
    for (const QString &w : std::as_const(wire)) {
        base->bindAll(int(row.kind), row.entityId, localOf.value(w));
        const qint64 seq = base->step() ? base->int64(0) : 0;
        base->reset();
        m.fields.insert(w, FieldChange{values.value(w), quint64(row.hlc), seq});
    }
    if (m.op == Op::Create)
        return {m};
    // An edit of the tags or of a multiselect: the elements added and removed since the
    // server's, in one tag_add and one tag_remove for all such fields of the row. A multiselect
    // whose server value this replica does not know yet goes as a whole value, as before.
    Mutation add{
        derivedId(row.mutationUid, ":tag_add"), row.id * 4 + 1, m.entityType, uid, Op::TagAdd, {}};
    Mutation remove{derivedId(row.mutationUid, ":tag_remove"),
                    row.id * 4 + 2,
                    m.entityType,
                    uid,
                    Op::TagRemove,
                    {}};
    for (const QString &field : m.fields.keys()) {
        if (!perElement(row.kind, field))
            continue;
        const std::optional<QStringList> base = tagBase(row.kind, uid, field);
        if (!base && field != kTagsField)
            continue;
        const FieldChange change = m.fields.take(field);
        const QStringList now = stringsOf(change.value);
        const QStringList was = base.value_or(QStringList());
        QStringList added, removed;
        for (const QString &t : now)
            if (!containsTag(was, t))
                added << t;
        for (const QString &t : was)
            if (!containsTag(now, t))
                removed << t;
        if (!added.isEmpty())
            add.fields.insert(
                field, FieldChange{QJsonArray::fromStringList(added), change.hlc, change.baseSeq});
        if (!removed.isEmpty())
            remove.fields.insert(field, FieldChange{QJsonArray::fromStringList(removed), change.hlc,
                                                    change.baseSeq});
        // Back as the server holds it (a tag added and taken off again before a push, or a
        // colleague's same edit pulled meanwhile): the server keeps its value and its clock, and
        // this replica's clock of the field, stamped by the local edit, is the server's again
        // only once read back.
        if (added.isEmpty() && removed.isEmpty())
            *readBack = true;
    }
    QList<Mutation> out;
    if (!m.fields.isEmpty())
        out << m;
    if (!add.fields.isEmpty())
        out << add;
    if (!remove.fields.isEmpty())
        out << remove;
    return out;
}

// A row goes out as it was first sent, on every retry and after a restore: a retry whose first
// answer was lost is then the same mutation to the server (answered from its receipt, not a
// "409 mutation_conflict" for a body that changed with a later edit or a pulled seq), and a
// journal row re-pushed after a restore is the very body its receipt was signed for, so that
// the signature verifies. Later values go in the later rows that made them, under their own,
// larger clocks. Kept in outbox.receipt: mutation id -> {"body", "back" (read the record back
// once acked), "signature" (once the server accepted it)}.
QList<Mutation> SyncClient::keptMutations(const Row &row, bool *readBack)
{
    if (row.receipt.isEmpty())
        return {};
    const QJsonObject kept = QJsonDocument::fromJson(row.receipt.toUtf8()).object();
    const QStringList ids = mutationIds(row.mutationUid);
    QList<Mutation> out;
    bool back = false;
    for (auto it = kept.begin(); it != kept.end(); ++it) {
        const QJsonObject r = it.value().toObject();
        Parsed<Mutation> m =
            parseMutation(r.value(QStringLiteral("body")).toString().toUtf8(), Limits{});
        Mutation *got = std::get_if<Mutation>(&m);
        if (!got || got->mutationId != it.key() || !ids.contains(got->mutationId))
            return {};
        got->signature = r.value(QStringLiteral("signature")).toString();
        back = back || r.value(QStringLiteral("back")).toBool();
        out << *got;
    }
    std::sort(out.begin(), out.end(),
              [](const Mutation &a, const Mutation &b) { return a.clientSeq < b.clientSeq; });
    *readBack = back;
    return out;
}

void SyncClient::keepSent(const Row &row, const QList<Mutation> &sent, bool readBack)
{
    QJsonObject kept;
    for (const Mutation &m : sent) {
        Mutation body = m;
        body.signature.clear();
        kept.insert(m.mutationId,
                    QJsonObject{{QStringLiteral("body"), QString::fromUtf8(toJson(body))},
                                {QStringLiteral("back"), readBack}});
    }
    m_db.sql()
        .prepare("UPDATE outbox SET receipt = ?1 WHERE id = ?2")
        ->bindAll(QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)), row.id)
        .run();
}

// A receipt's signature, kept with the mutation as it was sent.
void SyncClient::keepReceipt(const Row &row, const Mutation &sent, const Receipt &r, bool readBack)
{
    if (r.signature.isEmpty() || r.outcome == Outcome::Rejected)
        return;
    Mutation body = sent;
    body.signature.clear();
    const QJsonObject kept{{QStringLiteral("signature"), r.signature},
                           {QStringLiteral("body"), QString::fromUtf8(toJson(body))},
                           {QStringLiteral("back"), readBack}};
    m_db.sql()
        .prepare("UPDATE outbox SET receipt = json_set(coalesce(receipt, '{}'), "
                 "'$.\"' || ?1 || '\"', json(?2)) WHERE id = ?3")
        ->bindAll(r.mutationId,
                  QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact)), row.id)
        .run();
}

void SyncClient::reject(const Row &row, const QString &reason, bool refetch)
{
    m_db.sql()
        .prepare("UPDATE outbox SET state = ?1, reason = ?2, result_seq = ?3 WHERE id = ?4")
        ->bindAll(kRejected, reason, refetch ? QVariant(kRefetch) : QVariant(), row.id)
        .run();
}

// After a restore the replicas re-push their journals in whatever order they sync: a
// mutation the old server took may need what another replica's journal brings back (a note
// on a record reassigned to its author after the backup by a colleague whose replica has not
// synced yet: the restored server does not show the author that record). A journal row the
// restored server refuses is therefore held back, pending, and sent again on later syncs (the
// server judges a refused mutation again), until kRepushWaitDays after the restore was seen;
// then its refusal is final, logged like any other. A row held back keeps its record and notes
// in the file (a bootstrap does not prune them), so nothing is lost while it waits. A later row
// of the same record refused in the same push (an edit of a note whose creation is held back
// needs the note) waits with it (settle), rather than being refused and taking the record, and
// the held row with it, out of the file.
//
// The case this wait cannot end, a record out of the author's sight in the restored store for
// good, is the one the signed receipts cover (serverstore.h): the journal sends the very bodies
// the server took, with their signatures, and the restored server takes them again.
bool SyncClient::waitsForJournals(const Row &row)
{
    if (!row.journal)
        return false;
    Query q = m_db.sql().prepare("SELECT value FROM meta WHERE key = 'sync_repush_at'");
    return q->step() && m_clock.nowMs() < q->int64(0) + qint64(kRepushWaitDays) * 86400LL * 1000;
}

void SyncClient::holdBack(const Row &row, const QString &reason)
{
    m_db.sql()
        .prepare("UPDATE outbox SET state = ?1, reason = ?2, result_seq = NULL WHERE id = ?3")
        ->bindAll(kPending, reason, row.id)
        .run();
    m_heldBack.insert(row.id);
    m_heldRecords.insert({int(row.kind), row.entityId});
}

void SyncClient::ackUnanswered(const Row &row)
{
    m_db.sql()
        .prepare("UPDATE outbox SET state = ?1, result_seq = ?2, acked_at = ?3 WHERE id = ?4")
        ->bindAll(kAcked, kRefetch, m_clock.nowMs(), row.id)
        .run();
    forgetPassed(row.kind, row.entityId);
}

Status SyncClient::push()
{
    m_heldBack.clear();
    m_heldRecords.clear();
    // The copies of notes no longer here go with the journal they were kept for.
    if (Status st = inBatch([&] {
            m_db.sql()
                .prepare("DELETE FROM meta WHERE key LIKE 'sync\\_gone:%' ESCAPE '\\' AND "
                         "json_extract(value, '$.at') < ?1 AND NOT EXISTS (SELECT 1 FROM outbox "
                         "WHERE state = ?2 AND entity_id = -CAST(substr(meta.key, "
                         "instr(substr(meta.key, 11), ':') + 11) AS INTEGER))")
                ->bindAll(m_clock.nowMs() - kJournalDays * 86400LL * 1000, kPending)
                .run();
        });
        !st)
        return st;
    if (Status st = refetchRejected(); !st)
        return st;
    // Tags travel by name inside their records' "tags" field: a tag's own row has nothing to
    // send.
    if (Status st = inBatch([&] {
            m_db.sql()
                .prepare("UPDATE outbox SET state = ?1, result_seq = 0, acked_at = ?2 "
                         "WHERE state = 0 AND kind = ?3")
                ->bindAll(kAcked, m_clock.nowMs(), int(EntityKind::Tag))
                .run();
        });
        !st)
        return st;
    int retries = 0;
    for (;;) {
        Result<Pushed> r = pushBatch();
        if (!r)
            return r.error();
        if (*r == Pushed::Nothing)
            break;
        if (*r == Pushed::Restored)
            return startResync(true);
        if (*r == Pushed::Retry && ++retries > kBatch + 8)
            return makeError(Error::Code::Conflict,
                             Tr::tr("The team server keeps refusing this device's changes."));
    }
    return refetchRejected();
}

Result<SyncClient::Pushed> SyncClient::pushBatch()
{
    QList<Row> rows;
    QList<Mutation> mutations;
    QSet<qint64> readBack;
    quint64 clientHlc = 0;
    Status built = inBatch([&] {
        for (const Row &row : pendingRows(kBatch)) {
            QString why;
            bool back = false;
            QList<Mutation> made = keptMutations(row, &back);
            const bool fresh = made.isEmpty();
            if (fresh)
                made = mutationsOf(row, &why, &back);
            if (!why.isEmpty()) {
                reject(row, why, false);
                forgetPassed(row.kind, row.entityId);
                continue;
            }
            // Nothing to send: only fields that are not synced, or tags back as the server has
            // them.
            made.removeIf([](const Mutation &m) { return m.fields.isEmpty() && m.op == Op::Set; });
            if (made.isEmpty()) {
                m_db.sql()
                    .prepare("UPDATE outbox SET state = ?1, result_seq = ?2, acked_at = ?3 "
                             "WHERE id = ?4")
                    ->bindAll(kAcked, back ? kRefetch : 0, m_clock.nowMs(), row.id)
                    .run();
                forgetPassed(row.kind, row.entityId);
                continue;
            }
            if (mutations.size() + made.size() > kBatch)
                break;
            if (back)
                readBack.insert(row.id);
            if (fresh)
                keepSent(row, made, back);
            for (const Mutation &m : std::as_const(made)) {
                rows << row;
                mutations << m;
            }
            clientHlc = std::max(clientHlc, quint64(row.hlc));
        }
    });
    if (!built)
        return built.error();
    if (rows.isEmpty())
        return Pushed::Nothing;
    const QString device = QStringLiteral("%1%2")
                               .arg(quint64(m_node), 16, 16, QLatin1Char('0'))
                               .arg(0, 16, 16, QLatin1Char('0'));
    Parsed<PushResponse> answer = m_transport.push(PushRequest{device, clientHlc, mutations});
    if (const ProtocolError *e = std::get_if<ProtocolError>(&answer)) {
        if (e->status == 409 && e->code == u"clock_skew" && e->serverTimeMs > 0) {
            if (Status st = inBatch([&] { restamp(e->serverTimeMs); }); !st)
                return st.error();
            return Pushed::Retry;
        }
        // The id was received before with the body this row had then: its effect is on the
        // server, and a later row of this replica carries what changed since.
        static const QRegularExpression at(QStringLiteral("^mutations\\[(\\d+)\\]\\.mutation_id$"));
        const QRegularExpressionMatch match = at.match(e->path);
        if (e->status == 409 && e->code == u"mutation_conflict" && match.hasMatch()) {
            const int i = match.captured(1).toInt();
            if (i >= 0 && i < rows.size()) {
                if (Status st = inBatch([&] { ackUnanswered(rows.at(i)); }); !st)
                    return st.error();
                return Pushed::Retry;
            }
        }
        return failure(*e);
    }
    const PushResponse &resp = std::get<PushResponse>(answer);
    // The server was restored since this replica last heard from it: its refusals may be of
    // records that a journal (this one's included) brings back, and would be final here. The
    // batch stays pending; the resync re-pushes it with the journal, and whatever the restored
    // server took of it now is answered from its receipts then.
    if (!resp.epoch.isEmpty()) {
        Result<SyncState> state = readSyncState(m_db);
        if (!state)
            return state.error();
        if (!state->epoch.isEmpty() && state->epoch != resp.epoch)
            return Pushed::Restored;
    }
    if (Status st = inBatch([&] { settle(rows, mutations, resp, readBack); }); !st)
        return st.error();
    return Pushed::Sent;
}

void SyncClient::settle(const QList<Row> &rows, const QList<Mutation> &sent,
                        const PushResponse &resp, const QSet<qint64> &readBack)
{
    m_session->hlc().observe(qint64(resp.serverHlc));
    m_db.sql()
        .prepare("UPDATE sync_state SET server_hlc = max(server_hlc, ?1), "
                 "epoch = coalesce(nullif(epoch, ''), ?2) WHERE id = 1")
        ->bindAll(qint64(resp.serverHlc), resp.epoch.isEmpty() ? QVariant() : QVariant(resp.epoch))
        .run();
    QHash<QString, int> byId;
    for (int i = 0; i < sent.size(); ++i)
        byId.insert(sent.at(i).mutationId, i);
    Query ack = m_db.sql().prepare("UPDATE outbox SET state = ?1, result_seq = ?2, acked_at = ?3, "
                                   "reason = NULL WHERE id = ?4");
    Query clock = m_db.sql().prepare(
        "INSERT INTO field_clock(kind, entity_id, field, hlc, node, server_seq) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(kind, entity_id, field) DO UPDATE SET "
        "hlc = excluded.hlc, node = excluded.node, server_seq = excluded.server_seq "
        "WHERE field_clock.hlc <= excluded.hlc");
    struct Take
    {
        int index;
        QJsonObject fields;
        QString winner; // the user whose values won, when the server names them
    };
    QList<Take> takes;
    QSet<qint64> refused;
    for (const Receipt &r : resp.results) {
        const auto it = byId.constFind(r.mutationId);
        if (it == byId.cend())
            continue;
        const Row &row = rows.at(*it);
        const Mutation &m = sent.at(*it);
        if (r.outcome == Outcome::Rejected || refused.contains(row.id)) {
            if (r.outcome != Outcome::Rejected)
                continue; // another part of the row was refused: the row stays refused
            refused.insert(row.id);
            if (waitsForJournals(row) || m_heldRecords.contains({int(row.kind), row.entityId})) {
                holdBack(row, r.reason);
                continue;
            }
            reject(row, r.reason, true);
            for (auto f = m.fields.cbegin(); f != m.fields.cend(); ++f)
                logConflict(row.kind, row.entityId, m_wire->toLocalName(row.kind, f.key()),
                            f->value, kRefused, 0, m.uid);
            continue;
        }
        // Fields the server neither took nor answered with (an edit of a record deleted there):
        // what it holds is read back.
        bool unanswered = false;
        if (r.outcome == Outcome::Superseded)
            for (auto f = m.fields.cbegin(); f != m.fields.cend(); ++f)
                unanswered = unanswered || !r.serverFields.contains(f.key());
        // A pull passed over a later change of a field the mutation set: the receipt is the one
        // stored when the mutation was first applied (its answer was lost), and the server holds
        // that later value.
        bool passed = false;
        for (auto f = m.fields.cbegin(); f != m.fields.cend() && !passed; ++f)
            passed = passedSeq(row.kind, m.uid, m_wire->toLocalName(row.kind, f.key())) > r.seq;
        // The same where the server answered with its values: they come without their clocks.
        const bool back =
            unanswered || passed || readBack.contains(row.id) || !r.serverFields.isEmpty();
        ack->bindAll(kAcked, back ? kRefetch : r.seq, m_clock.nowMs(), row.id).run();
        ack->reset();
        keepReceipt(row, m, r, readBack.contains(row.id));
        if (row.entityId < 0)
            continue; // no longer here: only its row is acked
        if (r.seq > 0 && r.outcome != Outcome::Superseded)
            for (auto f = m.fields.cbegin(); f != m.fields.cend(); ++f) {
                if (r.serverFields.contains(f.key()))
                    continue; // lost to a later value: its clock is not ours
                clock
                    ->bindAll(int(row.kind), row.entityId, m_wire->toLocalName(row.kind, f.key()),
                              row.hlc, m_node, r.seq)
                    .run();
                clock->reset();
            }
        if (!r.serverFields.isEmpty())
            takes << Take{*it, r.serverFields, r.winner};
        // The tags and multiselects the server holds now, as far as this replica's own edits
        // tell.
        if (r.outcome == Outcome::Applied || r.outcome == Outcome::Duplicate)
            for (auto f = m.fields.cbegin(); f != m.fields.cend(); ++f) {
                if (!perElement(row.kind, f.key()) || r.serverFields.contains(f.key()))
                    continue;
                const QStringList names = stringsOf(f->value);
                if (m.op == Op::Create || m.op == Op::Set)
                    setTagBase(row.kind, m.uid, f.key(), names);
                else if (m.op == Op::TagAdd || m.op == Op::TagRemove) {
                    const QStringList was =
                        tagBase(row.kind, m.uid, f.key()).value_or(QStringList());
                    setTagBase(row.kind, m.uid, f.key(),
                               m.op == Op::TagAdd ? withDelta(was, {}, names)
                                                  : withDelta(was, names, {}));
                }
            }
    }
    // The server's values where ours lost, unless a later edit here is still on its way.
    for (const Take &t : std::as_const(takes)) {
        const Row &row = rows.at(t.index);
        const Mutation &m = sent.at(t.index);
        const QSet<QString> pending = pendingFields(row.kind, row.entityId);
        QJsonObject values;
        for (auto it = t.fields.begin(); it != t.fields.end(); ++it) {
            if (const QString local = m_wire->toLocalName(row.kind, it.key());
                pending.contains(local)) {
                passOver(row.kind, m.uid, local, resp.maxSeq);
                continue;
            }
            values.insert(it.key(), it.value());
            const QJsonValue mine = m.fields.value(it.key()).value;
            if (m.fields.contains(it.key()) && mine != it.value())
                logConflict(row.kind, row.entityId, m_wire->toLocalName(row.kind, it.key()), mine,
                            it.value(), resp.maxSeq, {},
                            t.winner.isEmpty() ? 0 : m_wire->idOf(EntityKind::User, t.winner));
        }
        if (!values.isEmpty() && !m_wire->uidOf(row.kind, row.entityId).isEmpty())
            applyValues(row.kind, row.entityId, m.uid, values, {}, resp.maxSeq, false);
    }
    QSet<std::pair<int, qint64>> settled;
    for (const Row &row : rows)
        if (row.entityId > 0 && !settled.contains({int(row.kind), row.entityId})) {
            settled.insert({int(row.kind), row.entityId});
            forgetPassed(row.kind, row.entityId);
        }
}

void SyncClient::restamp(qint64 serverTimeMs)
{
    const qint64 ahead = serverTimeMs << 16 | 0xffff;
    qint64 next = serverTimeMs << 16;
    QList<Row> rows;
    {
        Query q = m_db.sql().prepare("SELECT id, kind, entity_id, fields, hlc FROM outbox WHERE "
                                     "state = 0 AND hlc > ?1 ORDER BY id");
        q->bind(1, ahead);
        while (q->step())
            rows << Row{q->int64(0),
                        {},
                        EntityKind(q->int64(1)),
                        q->int64(2),
                        OutboxOp::Update,
                        q->text(3).split(u',', Qt::SkipEmptyParts),
                        q->int64(4)};
    }
    // A row sent with the old clock was refused as a whole: it goes again, made afresh.
    Query row = m_db.sql().prepare(
        "UPDATE outbox SET hlc = ?1, receipt = CASE WHEN acked_at IS NULL THEN NULL ELSE receipt "
        "END WHERE id = ?2");
    // The field clocks the rows stamped: a local edit stamps only the hlc and keeps the node of
    // the value it replaced, so the node does not tell them; no clock the server gave is this
    // far ahead of it.
    Query clock = m_db.sql().prepare("UPDATE field_clock SET hlc = ?1, node = 0 WHERE kind = ?2 "
                                     "AND entity_id = ?3 AND field = ?4 AND hlc = ?5");
    for (const Row &r : std::as_const(rows)) {
        ++next;
        row->bindAll(next, r.id).run();
        row->reset();
        for (const QString &f : r.fields) {
            clock->bindAll(next, int(r.kind), r.entityId, f, r.hlc).run();
            clock->reset();
        }
    }
}

Status SyncClient::refetchRejected()
{
    struct Target
    {
        EntityKind kind;
        qint64 id;
    };
    QList<Target> targets;
    Status read = guarded(m_db, [&]() -> Status {
        Query q =
            m_db.sql().prepare("SELECT DISTINCT kind, entity_id FROM outbox WHERE result_seq = ?1");
        q->bind(1, kRefetch);
        while (q->step())
            targets << Target{EntityKind(q->int64(0)), q->int64(1)};
        q->reset();
        // A refused note's record is read back after it: the file may have kept it only for the
        // note (unlisted()), and the server may not show it to this user.
        Query parent = m_db.sql().prepare("SELECT entity_kind, entity_id FROM notes WHERE id = ?1");
        for (qsizetype i = targets.size() - 1; i >= 0; --i) {
            if (targets.at(i).kind != EntityKind::Note)
                continue;
            parent->bind(1, targets.at(i).id);
            if (parent->step())
                targets << Target{EntityKind(parent->int64(0)), parent->int64(1)};
            parent->reset();
        }
        return Ok{};
    });
    if (!read)
        return read;
    Result<SyncState> state =
        targets.isEmpty() ? Result<SyncState>(SyncState{}) : readSyncState(m_db);
    if (!state)
        return state.error();
    for (const Target &t : std::as_const(targets)) {
        const QString uid = m_wire->uidOf(t.kind, t.id);
        std::optional<BootstrapRecord> found;
        qint64 snapshot = 0;
        if (!uid.isEmpty()) {
            Parsed<BootstrapPage> page =
                m_transport.bootstrap(entityKey(t.kind), predecessor(uid), 0);
            if (const ProtocolError *e = std::get_if<ProtocolError>(&page))
                return failure(*e);
            const BootstrapPage &p = std::get<BootstrapPage>(page);
            // A server restored since this replica last heard from it: a record it lacks may
            // come back with a journal, so none is taken out of the file on its word yet; the
            // resync re-pushes the journal and then reads every record afresh.
            if (!p.epoch.isEmpty() && !state->epoch.isEmpty() && p.epoch != state->epoch)
                return startResync(true);
            snapshot = p.snapshot;
            if (!p.records.isEmpty() && p.records.first().uid == uid)
                found = p.records.first();
        }
        Status st = inBatch([&] {
            if (!uid.isEmpty()) {
                if (found)
                    applyRecord(t.kind, uid, found->fields, snapshot, true);
                else
                    evict(t.kind, t.id, Tr::tr("The team server does not have this record."));
            }
            m_db.sql()
                .prepare("UPDATE outbox SET result_seq = 0 WHERE result_seq = ?1 "
                         "AND kind = ?2 AND entity_id = ?3")
                ->bindAll(kRefetch, int(t.kind), t.id)
                .run();
        });
        if (!st)
            return st;
    }
    return Ok{};
}

// ---- pull and apply

// The records of `kind` in the replica that a complete bootstrap did not list, and that hold no
// change waiting to be sent, nor a note with one (those are the server's to judge: a journal
// row held back after a restore may be taken once another replica's journal has come).
QList<qint64> SyncClient::unlisted(EntityKind kind, const QSet<QString> &listed)
{
    QList<qint64> out;
    Query q = m_db.sql().prepare(
        QStringLiteral("SELECT id, uid FROM %1 r WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE "
                       "o.state = 0 AND o.kind = ?1 AND o.entity_id = r.id) AND NOT EXISTS "
                       "(SELECT 1 FROM outbox o JOIN notes n ON n.id = o.entity_id WHERE "
                       "o.state = 0 AND o.kind = ?2 AND n.entity_kind = ?1 AND "
                       "n.entity_id = r.id) ORDER BY id")
            .arg(entityTable(kind)));
    q->bindAll(int(kind), int(EntityKind::Note));
    while (q->step())
        if (!listed.contains(hex(q->blob(1))))
            out << q->int64(0);
    return out;
}

QSet<QString> SyncClient::pendingFields(EntityKind kind, qint64 id)
{
    QSet<QString> out;
    Query q = m_db.sql().prepare(
        "SELECT op, fields FROM outbox WHERE state = 0 AND kind = ?1 AND entity_id = ?2");
    q->bindAll(int(kind), id);
    while (q->step()) {
        const auto op = OutboxOp(q->int64(0));
        if (op == OutboxOp::Delete || op == OutboxOp::Restore)
            out.insert(kDeleted);
        for (const QString &f : q->text(1).split(u',', Qt::SkipEmptyParts))
            out.insert(f);
    }
    return out;
}

void SyncClient::logConflict(EntityKind kind, qint64 id, const QString &field,
                             const QJsonValue &local, const QJsonValue &server, qint64 seq,
                             const QString &uid, qint64 byId)
{
    m_db.sql()
        .prepare("INSERT INTO conflict_log(kind, entity_id, entity_uid, field, local_value, "
                 "server_value, user_id, by_id, at, server_seq) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
        ->bindAll(int(kind), id,
                  QByteArray::fromHex((uid.isEmpty() ? m_wire->uidOf(kind, id) : uid).toLatin1()),
                  field, jsonText(local),
                  server.isUndefined() ? QVariant() : QVariant(jsonText(server)), m_userId,
                  byId > 0 ? QVariant(byId) : QVariant(), m_clock.nowMs(), seq)
        .run();
}

// A record or note leaving the file (no longer the user's to see) may have been taken by the
// server within the journal's 30 days: should the server be restored from a backup older than
// that, the journal must send it again, and nothing else can (the replicas that still see it
// hold no row of it). Its acked rows are therefore pointed at a copy of its values kept in
// `meta` ("sync_gone:<kind>:<key>", with its uid, the held-back references put back), their
// entity_id becoming -key (the first of those rows' ids: unique, and never a local id that a
// later record may take). The journal rows waiting to be sent again after a restore (pending,
// acked before) go the same way: they are the server's to judge, not refusals of this file.
void SyncClient::keepJournal(EntityKind kind, qint64 id)
{
    Query q = m_db.sql().prepare("SELECT min(id) FROM outbox WHERE state IN (?1, ?5) AND "
                                 "kind = ?2 AND entity_id = ?3 AND acked_at >= ?4");
    q->bindAll(kAcked, int(kind), id, m_clock.nowMs() - kJournalDays * 86400LL * 1000, kPending);
    if (!q->step() || q->isNull(0))
        return;
    const qint64 key = q->int64(0);
    q->reset();
    QJsonObject values = kind == EntityKind::Note ? m_wire->noteValues(id)
                                                  : localValues(kind, id, m_wire->fieldNames(kind));
    withHeldRefs(kind, m_wire->uidOf(kind, id), values);
    const QJsonObject gone{{QStringLiteral("uid"), m_wire->uidOf(kind, id)},
                           {QStringLiteral("at"), m_clock.nowMs()},
                           {QStringLiteral("values"), values}};
    m_db.sql()
        .prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        ->bindAll(QStringLiteral("sync_gone:%1:%2").arg(int(kind)).arg(key), jsonText(gone))
        .run();
    m_db.sql()
        .prepare("UPDATE outbox SET entity_id = ?1 WHERE kind = ?3 AND entity_id = ?4 AND "
                 "(state = ?2 OR (state = ?5 AND acked_at >= ?6))")
        ->bindAll(-key, kAcked, int(kind), id, kPending,
                  m_clock.nowMs() - kJournalDays * 86400LL * 1000)
        .run();
}

// The copy keepJournal() made for a row pointing at one: the uid and the values.
std::optional<std::pair<QString, QJsonObject>> SyncClient::goneValues(const Row &row)
{
    Query q = m_db.sql().prepare("SELECT value FROM meta WHERE key = ?1");
    q->bind(1, QStringLiteral("sync_gone:%1:%2").arg(int(row.kind)).arg(-row.entityId));
    if (!q->step())
        return std::nullopt;
    const QJsonObject gone = QJsonDocument::fromJson(q->text(0).toUtf8()).object();
    return std::pair{gone.value(QStringLiteral("uid")).toString(),
                     gone.value(QStringLiteral("values")).toObject()};
}

void SyncClient::evict(EntityKind kind, qint64 id, const QString &reason)
{
    keepJournal(kind, id);
    if (kind != EntityKind::Note) {
        QList<qint64> all;
        Query q = m_db.sql().prepare("SELECT id FROM notes WHERE entity_kind = ?1 AND "
                                     "entity_id = ?2");
        q->bindAll(int(kind), id);
        while (q->step())
            all << q->int64(0);
        q->reset();
        for (qint64 note : std::as_const(all))
            keepJournal(EntityKind::Note, note);
    }
    // The record's notes go with it: theirs too.
    if (kind != EntityKind::Note) {
        QList<qint64> notes;
        Query q = m_db.sql().prepare("SELECT DISTINCT o.entity_id FROM outbox o JOIN notes n ON "
                                     "n.id = o.entity_id WHERE o.state = 0 AND o.kind = ?1 AND "
                                     "n.entity_kind = ?2 AND n.entity_id = ?3");
        q->bindAll(int(EntityKind::Note), int(kind), id);
        while (q->step())
            notes << q->int64(0);
        for (qint64 note : std::as_const(notes))
            evict(EntityKind::Note, note, reason);
    }
    // Edits not pushed yet would be refused: the values stay in the conflict log.
    QList<Row> rows;
    {
        Query q = m_db.sql().prepare("SELECT id, fields, op FROM outbox WHERE state = 0 AND "
                                     "kind = ?1 AND entity_id = ?2 ORDER BY id");
        q->bindAll(int(kind), id);
        while (q->step())
            rows << Row{q->int64(0),
                        {},
                        kind,
                        id,
                        OutboxOp(q->int64(2)),
                        q->text(1).split(u',', Qt::SkipEmptyParts),
                        0};
    }
    for (const Row &row : std::as_const(rows)) {
        QStringList wire;
        for (const QString &f : row.fields)
            if (const QString w = m_wire->toWireName(kind, f); !w.isEmpty())
                wire << w;
        const QJsonObject values = localValues(kind, id, wire);
        for (auto it = values.begin(); it != values.end(); ++it)
            logConflict(kind, id, m_wire->toLocalName(kind, it.key()), it.value(), kRefused, 0);
        reject(row, reason, false);
    }
    forgetPassed(kind, id);
    if (const QString uid = m_wire->uidOf(kind, id); !uid.isEmpty()) {
        const QString prefix = heldKey(kind, uid, {});
        m_db.sql()
            .prepare("DELETE FROM meta WHERE key >= ?1 AND key < ?2")
            ->bindAll(prefix, prefix.left(prefix.size() - 1) + QLatin1Char(';'))
            .run();
    }
    if (Status st = kind == EntityKind::Note ? Notes(*m_session).evict(id)
                                             : RecycleBin(*m_session).evict(kind, id);
        !st)
        throw ApplyFailed{st.error()};
}

void SyncClient::applyRecord(EntityKind kind, const QString &uid, const QJsonObject &fields,
                             qint64 seq, bool grant)
{
    QJsonObject values;
    QHash<QString, Clock3> clocks;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        values.insert(it.key(), f.value(QStringLiteral("v")));
        clocks.insert(it.key(), Clock3{f.value(QStringLiteral("hlc")).toString().toLongLong(),
                                       f.value(QStringLiteral("node")).toString().toLongLong()});
    }
    const qint64 id = m_wire->idOf(kind, uid);
    if (!id && !grant)
        return; // a change to a record this replica does not hold: not its to see
    applyValues(kind, id, uid, values, clocks, seq, !id);
}

// A record the server sent that this file's write path refuses (a rule the replica holds
// otherwise, a value it cannot take) must not stop every later page: it is rolled back alone and
// set aside in conflict_log, each field the server sent as a line naming the server's value and
// the field the write path named (or "*"), so the user sees it and the next sync goes on. A
// storage failure (a full disk) is not the record's fault: the page stays unapplied, as before.
void SyncClient::applyOrSetAside(EntityKind kind, const QString &uid, const QJsonObject &fields,
                                 qint64 seq, bool grant)
{
    m_db.sql().exec("SAVEPOINT pulled");
    try {
        applyRecord(kind, uid, fields, seq, grant);
    } catch (const ApplyFailed &e) {
        const Error::Code code = e.error.code;
        if (code == Error::Code::Storage || code == Error::Code::Locked ||
            code == Error::Code::Corrupt)
            throw;
        m_db.sql().exec("ROLLBACK TO pulled");
        m_db.sql().exec("RELEASE pulled");
        m_session->invalidate();
        qWarning("sync: %s %s set aside: %s", qPrintable(entityKey(kind)), qPrintable(uid),
                 qPrintable(e.error.message));
        QJsonObject values;
        for (auto it = fields.begin(); it != fields.end(); ++it)
            values.insert(it.key(), it.value().toObject().value(QStringLiteral("v")));
        m_db.sql()
            .prepare("INSERT INTO conflict_log(kind, entity_id, entity_uid, field, local_value, "
                     "server_value, user_id, by_id, at, server_seq) "
                     "VALUES(?1, ?2, ?3, ?4, NULL, ?5, ?6, NULL, ?7, ?8)")
            ->bindAll(int(kind), m_wire->idOf(kind, uid), QByteArray::fromHex(uid.toLatin1()),
                      e.error.field.isEmpty() ? QStringLiteral("*") : e.error.field,
                      jsonText(values), m_userId, m_clock.nowMs(), seq)
            .run();
        return;
    }
    m_db.sql().exec("RELEASE pulled");
}

void SyncClient::applyValues(EntityKind kind, qint64 id, const QString &uid,
                             const QJsonObject &values, const QHash<QString, Clock3> &clocks,
                             qint64 seq, bool create)
{
    if (kind == EntityKind::Note) {
        applyNote(id, uid, values, clocks, seq, create);
        return;
    }
    const QSet<QString> pending = create ? QSet<QString>() : pendingFields(kind, id);
    Patch patch;
    std::optional<bool> deleted;
    QStringList applied;             // wire names
    QHash<QString, QJsonValue> held; // references to records this replica does not hold
    qint64 hlc = 0;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString local = m_wire->toLocalName(kind, it.key());
        if (!local.isEmpty() && perElement(kind, it.key())) {
            // Tags and multiselects merge per element: the server's, with what this replica
            // added and removed since the last it had from the server still on top while those
            // edits wait.
            const QStringList server = stringsOf(it.value());
            const std::optional<QStringList> was = tagBase(kind, uid, it.key());
            setTagBase(kind, uid, it.key(), server);
            if (pending.contains(local) && (was || it.key() == kTagsField)) {
                passOver(kind, uid, local, seq);
                const QStringList now =
                    stringsOf(localValues(kind, id, {it.key()}).value(it.key()));
                const QStringList merged = withDelta(server, was.value_or(QStringList()), now);
                if (!sameTags(merged, now))
                    patch.insert(local, merged.isEmpty() && it.key() != kTagsField
                                            ? QVariant()
                                            : QVariant(merged));
                continue;
            }
        }
        if (!local.isEmpty() && pending.contains(local))
            passOver(kind, uid, local, seq);
        if (local.isEmpty() || pending.contains(local))
            continue;
        hlc = std::max(hlc, clocks.value(it.key()).hlc);
        if (it.key() == kDeleted) {
            deleted = it.value().toBool();
            applied << it.key();
            continue;
        }
        bool heldBack = false;
        Result<std::pair<QString, QVariant>> p =
            m_wire->toPatch(kind, it.key(), it.value(), &heldBack);
        if (!p) // a field this replica does not know (a custom field not here yet)
            continue;
        patch.insert(p->first, p->second);
        applied << it.key();
        if (heldBack)
            held.insert(it.key(), it.value());
    }
    // A task linked to a record this replica does not hold is unlinked here until it comes.
    if (kind == EntityKind::Task && held.contains(QStringLiteral("entity_id")))
        patch.insert(QStringLiteral("entity_kind"), qint64(0));
    Origin origin{WriteMode::SyncApply, m_userId, 0, hlc, false};
    Records records(*m_session, origin);
    const auto check = [](const Status &st) {
        if (!st)
            throw ApplyFailed{st.error()};
    };
    if (create) {
        Result<qint64> made = records.create(kind, patch);
        if (!made)
            throw ApplyFailed{made.error()};
        id = *made;
        m_db.sql()
            .prepare(QStringLiteral("UPDATE %1 SET uid = ?1 WHERE id = ?2").arg(entityTable(kind)))
            ->bindAll(QByteArray::fromHex(uid.toLatin1()), id)
            .run();
        if (deleted.value_or(false))
            check(records.remove(kind, id));
    } else {
        Query q = m_db.sql().prepare(
            QStringLiteral("SELECT deleted FROM %1 WHERE id = ?1").arg(entityTable(kind)));
        q->bind(1, id);
        const bool wasDeleted = q->step() && q->int64(0) != 0;
        q->reset();
        const bool endsDeleted = deleted.value_or(wasDeleted);
        if (wasDeleted && (!endsDeleted || !patch.isEmpty()))
            check(records.restore(kind, id));
        if (!patch.isEmpty())
            check(records.update(kind, id, patch));
        if (endsDeleted && (!wasDeleted || !patch.isEmpty()))
            check(records.remove(kind, id));
    }
    writeClocks(kind, id, applied, clocks, seq);
    keepHeldRefs(kind, uid, applied, held);
    if (create && kind != EntityKind::Task)
        resolveHeldRefs(uid);
}

// ---- references to records the replica does not hold
//
// A record the user sees may refer to one the user does not (a deal of his whose company is a
// colleague's in another department, a task linked to such a deal). The replica holds the
// reference as a null and keeps the server's value, uids only, in `meta` under
// "sync_ref:<kind>:<uid>:<field>" with the field's clock as the server's: nothing of the hidden
// record reaches the file, and the reference is restored when the record is granted. The
// server keeps the reference whatever the replica holds: a push carries only the fields the
// user changed, and a deal's contacts carry the held-back ones along at their places in the
// server's list (the user could not have removed or moved what he did not see); a field the
// user sets himself is his choice and drops what was held.

QString SyncClient::heldKey(EntityKind kind, const QString &uid, const QString &field)
{
    return QStringLiteral("sync_ref:%1:%2:%3").arg(int(kind)).arg(uid, field);
}

QHash<QString, QJsonValue> SyncClient::heldRefs(EntityKind kind, const QString &uid)
{
    QHash<QString, QJsonValue> out;
    const QString prefix = heldKey(kind, uid, {});
    Query q = m_db.sql().prepare("SELECT key, value FROM meta WHERE key >= ?1 AND key < ?2");
    q->bindAll(prefix, prefix.left(prefix.size() - 1) + QLatin1Char(';'));
    while (q->step())
        out.insert(q->text(0).mid(prefix.size()),
                   QJsonDocument::fromJson("[" + q->text(1).toUtf8() + "]").array().first());
    return out;
}

void SyncClient::keepHeldRefs(EntityKind kind, const QString &uid, const QStringList &applied,
                              const QHash<QString, QJsonValue> &held)
{
    const QHash<QString, QJsonValue> was = heldRefs(kind, uid);
    if (held.isEmpty() && was.isEmpty())
        return;
    for (const QString &field : applied) {
        if (held.contains(field))
            m_db.sql()
                .prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                ->bindAll(heldKey(kind, uid, field), jsonText(held.value(field)))
                .run();
        else if (was.contains(field))
            m_db.sql()
                .prepare("DELETE FROM meta WHERE key = ?1")
                ->bind(1, heldKey(kind, uid, field))
                .run();
    }
}

// Before a push: the held-back references go out with the user's own edit of the field.
void SyncClient::withHeldRefs(EntityKind kind, const QString &uid, QJsonObject &values)
{
    const QHash<QString, QJsonValue> held = heldRefs(kind, uid);
    for (auto it = held.cbegin(); it != held.cend(); ++it) {
        if (!values.contains(it.key()))
            continue;
        if (it.key() == RecordValues::kContacts) {
            // The held list is the server's whole one, in its order (the first contact is the
            // deal's main one): a hidden contact goes back right after the nearest contact
            // before it there that the list still has, or first when none is left, so the
            // user's edit of the contacts he sees moves none of those he does not.
            const QJsonArray server = it.value().toArray();
            QJsonArray mine = values.value(it.key()).toArray();
            for (qsizetype i = 0; i < server.size(); ++i) {
                const QJsonValue v = server.at(i);
                if (mine.contains(v) || m_wire->idOf(EntityKind::Contact, v.toString()))
                    continue;
                qsizetype at = 0;
                for (qsizetype j = i - 1; j >= 0 && !at; --j)
                    for (qsizetype k = 0; k < mine.size() && !at; ++k)
                        if (mine.at(k) == server.at(j))
                            at = k + 1;
                mine.insert(at, v);
            }
            values.insert(it.key(), mine);
            m_db.sql()
                .prepare("UPDATE meta SET value = ?1 WHERE key = ?2")
                ->bindAll(jsonText(mine), heldKey(kind, uid, it.key()))
                .run();
            continue;
        }
        m_db.sql()
            .prepare("DELETE FROM meta WHERE key = ?1")
            ->bind(1, heldKey(kind, uid, it.key()))
            .run();
    }
}

// A record has come: the references to it held back in other records are restored, their
// clocks left as the server's.
void SyncClient::resolveHeldRefs(const QString &uid)
{
    struct Held
    {
        QString key;
        EntityKind kind;
        QString uid;
        QString field;
        QJsonValue value;
    };
    QList<Held> found;
    {
        Query q = m_db.sql().prepare("SELECT key, value FROM meta WHERE key LIKE 'sync\\_ref:%' "
                                     "ESCAPE '\\' AND instr(value, ?1) > 0");
        q->bind(1, uid);
        while (q->step()) {
            const QStringList parts = q->text(0).split(u':');
            if (parts.size() != 4)
                continue;
            found << Held{q->text(0), EntityKind(parts[1].toInt()), parts[2], parts[3],
                          QJsonDocument::fromJson("[" + q->text(1).toUtf8() + "]").array().first()};
        }
    }
    for (const Held &h : std::as_const(found)) {
        const qint64 id = m_wire->idOf(h.kind, h.uid);
        const QString local = m_wire->toLocalName(h.kind, h.field);
        if (!id || local.isEmpty()) {
            m_db.sql().prepare("DELETE FROM meta WHERE key = ?1")->bind(1, h.key).run();
            continue;
        }
        if (pendingFields(h.kind, id).contains(local))
            continue; // the user's own edit goes first; the push carries the held part along
        bool still = false;
        Result<std::pair<QString, QVariant>> p = m_wire->toPatch(h.kind, h.field, h.value, &still);
        if (!p)
            continue;
        Patch patch{{p->first, p->second}};
        QStringList locals{local};
        if (h.kind == EntityKind::Task && h.field == u"entity_id") {
            if (still)
                continue;
            for (EntityKind linked : {EntityKind::Deal, EntityKind::Contact, EntityKind::Company})
                if (m_wire->idOf(linked, h.value.toString()))
                    patch.insert(QStringLiteral("entity_kind"), qint64(linked));
            locals << QStringLiteral("entity_kind");
        }
        // The write path stamps the fields with this replica's clock; they keep the server's.
        QHash<QString, std::tuple<qint64, qint64, qint64>> clocks;
        Query c =
            m_db.sql().prepare("SELECT hlc, node, server_seq FROM field_clock WHERE kind = ?1 "
                               "AND entity_id = ?2 AND field = ?3");
        for (const QString &f : std::as_const(locals)) {
            c->bindAll(int(h.kind), id, f);
            if (c->step())
                clocks.insert(f, {c->int64(0), c->int64(1), c->int64(2)});
            c->reset();
        }
        const Status st = Records(*m_session, Origin{WriteMode::SyncApply, m_userId, 0, 0, false})
                              .update(h.kind, id, patch);
        if (!st) {
            qWarning("sync: %s %s keeps its reference held back: %s", qPrintable(entityKey(h.kind)),
                     qPrintable(h.uid), qPrintable(st.error().message));
            continue;
        }
        Query put = m_db.sql().prepare(
            "INSERT INTO field_clock(kind, entity_id, field, hlc, node, server_seq) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(kind, entity_id, field) DO UPDATE SET "
            "hlc = excluded.hlc, node = excluded.node, server_seq = excluded.server_seq");
        for (auto it = clocks.cbegin(); it != clocks.cend(); ++it) {
            const auto &[hlc, node, seq] = *it;
            put->bindAll(int(h.kind), id, it.key(), hlc, node, seq).run();
            put->reset();
        }
        if (!still)
            m_db.sql().prepare("DELETE FROM meta WHERE key = ?1")->bind(1, h.key).run();
    }
}

// A note from the server (SYNC.md: notes are records of their own and never conflict): made on
// the record it belongs to, by its author, with the uid it was born with; its text, pin and
// record are LWW fields like a record's. A note whose record this replica does not hold is
// passed over: the record brings its notes when it is granted.
void SyncClient::applyNote(qint64 id, const QString &uid, const QJsonObject &values,
                           const QHash<QString, Clock3> &clocks, qint64 seq, bool create)
{
    const QString kType = QStringLiteral("entity_type"), kUid = QStringLiteral("entity_uid"),
                  kText = QStringLiteral("text"), kPinned = QStringLiteral("pinned");
    const QSet<QString> pending = create ? QSet<QString>() : pendingFields(EntityKind::Note, id);
    QStringList applied; // wire names
    qint64 hlc = 0;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString local = m_wire->toLocalName(EntityKind::Note, it.key());
        if (local.isEmpty() || local == kDeleted)
            continue;
        if (pending.contains(local)) {
            passOver(EntityKind::Note, uid, local, seq);
            continue;
        }
        applied << it.key();
        hlc = std::max(hlc, clocks.value(it.key()).hlc);
    }
    const QJsonObject current = create ? QJsonObject() : m_wire->noteValues(id);
    const auto wanted = [&](const QString &name) {
        return applied.contains(name) ? values.value(name) : current.value(name);
    };
    const EntityKind parentKind = entityFromKey(wanted(kType).toString());
    const qint64 parentId =
        entitySpec(parentKind) ? m_wire->idOf(parentKind, wanted(kUid).toString()) : 0;
    Origin origin{WriteMode::SyncApply, m_userId, 0, hlc, false};
    const auto check = [](const Status &st) {
        if (!st)
            throw ApplyFailed{st.error()};
    };
    if (create) {
        if (!parentId)
            return;
        if (const qint64 author = m_wire->idOf(
                EntityKind::User, values.value(QStringLiteral("author_id")).toString()))
            origin.actorId = author; // the timeline names who wrote it
        Result<qint64> made = Records(*m_session, origin)
                                  .addNote(parentKind, parentId, values.value(kText).toString());
        if (!made)
            throw ApplyFailed{made.error()};
        id = *made;
        m_db.sql()
            .prepare("UPDATE notes SET uid = ?1 WHERE id = ?2")
            ->bindAll(QByteArray::fromHex(uid.toLatin1()), id)
            .run();
        if (values.value(kPinned).toBool())
            check(Notes(*m_session, origin).setPinned(id, true));
    } else {
        Notes notes(*m_session, origin);
        if (applied.contains(kType) || applied.contains(kUid)) {
            if (!parentId) { // moved to a record not held here: stays where it is for now
                applied.removeAll(kType);
                applied.removeAll(kUid);
            } else if (wanted(kType) != current.value(kType) ||
                       wanted(kUid) != current.value(kUid)) {
                check(notes.move(id, parentKind, parentId));
            }
        }
        if (applied.contains(kText) && values.value(kText) != current.value(kText))
            check(notes.edit(id, values.value(kText).toString()));
        if (applied.contains(kPinned) && values.value(kPinned) != current.value(kPinned))
            check(notes.setPinned(id, values.value(kPinned).toBool()));
    }
    writeClocks(EntityKind::Note, id, applied, clocks, seq);
}

void SyncClient::writeClocks(EntityKind kind, qint64 id, const QStringList &applied,
                             const QHash<QString, Clock3> &clocks, qint64 seq)
{
    Query clock = m_db.sql().prepare(
        "INSERT INTO field_clock(kind, entity_id, field, hlc, node, server_seq) "
        "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(kind, entity_id, field) DO UPDATE SET "
        "hlc = excluded.hlc, node = excluded.node, server_seq = excluded.server_seq");
    for (const QString &name : applied) {
        const auto c = clocks.constFind(name);
        const QString local = m_wire->toLocalName(kind, name);
        if (c == clocks.cend()) { // the server's value from a receipt: only its seq is known
            m_db.sql()
                .prepare("UPDATE field_clock SET server_seq = ?1 WHERE kind = ?2 AND "
                         "entity_id = ?3 AND field = ?4")
                ->bindAll(seq, int(kind), id, local)
                .run();
            continue;
        }
        clock->bindAll(int(kind), id, local, c->hlc, c->node, seq).run();
        clock->reset();
    }
}

Status SyncClient::pull()
{
    if (resyncDue())
        return resync();
    for (;;) {
        Result<SyncState> state = readSyncState(m_db);
        if (!state)
            return state.error();
        Parsed<PullPage> answer = m_transport.pull(
            PullRequest{state->lastPulledSeq, kPullLimit, state->epoch, state->permissionsHash});
        if (const ProtocolError *e = std::get_if<ProtocolError>(&answer)) {
            if (e->status == 409 && e->code == u"epoch_changed")
                return startResync(true);
            if ((e->status == 409 && e->code == u"resync_required") || e->status == 410)
                return startResync(false);
            return failure(*e);
        }
        const PullPage &page = std::get<PullPage>(answer);
        Status st = inBatch([&] {
            for (const PulledChange &c : page.changes) {
                const EntityKind kind = entityFromKey(c.entityType);
                if (!syncedKind(kind))
                    continue;
                if (c.kind == PullKind::Evict) {
                    if (const qint64 id = m_wire->idOf(kind, c.uid))
                        evict(kind, id, Tr::tr("The record is no longer yours to see."));
                    continue;
                }
                applyOrSetAside(kind, c.uid, c.fields, c.seq, c.kind == PullKind::Grant);
            }
            m_db.sql()
                .prepare("UPDATE sync_state SET last_pulled_seq = ?1, epoch = ?2, "
                         "permissions_hash = ?3 WHERE id = 1")
                ->bindAll(std::max(page.next, state->lastPulledSeq), page.epoch,
                          page.permissionsHash)
                .run();
        });
        if (!st)
            return st;
        if (!page.hasMore)
            return Ok{};
    }
}

bool SyncClient::resyncDue()
{
    return m_db.sql().scalar("SELECT count(*) FROM meta WHERE key = 'sync_resync'") > 0;
}

// The server told this replica to start again: it was restored from a backup (`repush`: the
// acked journal of the last 30 days goes out again under its mutation ids, so what the backup
// lacks is applied again and the rest is answered as duplicates), or what the user may see
// changed without a record changing. The marker is committed first, so a sync interrupted in
// the middle resumes the resync, never an ordinary pull on a cursor of the old server.
Status SyncClient::startResync(bool repush)
{
    Status st = inBatch([&] {
        if (repush)
            m_db.sql()
                .prepare("UPDATE outbox SET state = ?1, result_seq = NULL WHERE state = ?2 AND "
                         "acked_at >= ?3 AND kind IN (?4, ?5, ?6, ?7, ?8)")
                ->bindAll(kPending, kAcked, m_clock.nowMs() - kJournalDays * 86400LL * 1000,
                          int(EntityKind::Company), int(EntityKind::Contact), int(EntityKind::Deal),
                          int(EntityKind::Task), int(EntityKind::Note))
                .run();
        // The restored server may lack tags and options this replica's journal added: measured
        // against nothing, the re-pushed edits add every tag the records hold here.
        // The old epoch is forgotten with the journal it covered: the next answer names the
        // new one, and a bootstrap that finds an epoch it does not know starts this again.
        if (repush) {
            m_db.sql().exec("DELETE FROM meta WHERE key LIKE 'sync\\_tags:%' ESCAPE '\\' OR "
                            "key LIKE 'sync\\_list:%' ESCAPE '\\'");
            // The seqs pulls passed over are the old server's: the bootstrap tells them again.
            m_db.sql().exec("DELETE FROM meta WHERE key LIKE 'sync\\_passed:%' ESCAPE '\\'");
            m_db.sql().exec("UPDATE sync_state SET epoch = NULL WHERE id = 1");
            // From now on the journal's refusals wait for the other replicas' (holdBack).
            m_db.sql()
                .prepare("INSERT INTO meta(key, value) VALUES('sync_repush_at', ?1) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                ->bind(1, m_clock.nowMs())
                .run();
        }
        m_db.sql().exec("INSERT INTO meta(key, value) VALUES('sync_resync', 1) "
                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    });
    if (!st)
        return st;
    return resync();
}

Status SyncClient::resync()
{
    if (Status st = push(); !st)
        return st;
    return bootstrap(true);
}

Status SyncClient::bootstrap()
{
    return bootstrap(false);
}

Status SyncClient::bootstrap(bool prune)
{
    // A bootstrap may start without a pull having seen the restore (a resync for a role change
    // left unfinished, then the server restored): the epoch of its snapshot tells.
    Result<SyncState> known = readSyncState(m_db);
    if (!known)
        return known.error();
    qint64 snapshot = 0;
    QString epoch, hash;
    QHash<int, QSet<QString>> seen;
    for (EntityKind kind : syncedKinds()) {
        QString after;
        for (;;) {
            Parsed<BootstrapPage> answer = m_transport.bootstrap(entityKey(kind), after, snapshot);
            if (const ProtocolError *e = std::get_if<ProtocolError>(&answer))
                return failure(*e);
            const BootstrapPage &page = std::get<BootstrapPage>(answer);
            if (!snapshot) {
                if (!known->epoch.isEmpty() && !page.epoch.isEmpty() && page.epoch != known->epoch)
                    return startResync(true);
                snapshot = page.snapshot;
                epoch = page.epoch;
                hash = page.permissionsHash;
            }
            Status st = inBatch([&] {
                for (const BootstrapRecord &r : page.records) {
                    applyOrSetAside(kind, r.uid, r.fields, snapshot, true);
                    seen[int(kind)].insert(r.uid);
                }
                // A replica that knows no epoch yet takes the one of the records it now holds: a
                // bootstrap cut off here and started again after a restore sees the restore.
                if (known->epoch.isEmpty() && !epoch.isEmpty())
                    m_db.sql()
                        .prepare("UPDATE sync_state SET epoch = coalesce(nullif(epoch, ''), ?1) "
                                 "WHERE id = 1")
                        ->bind(1, epoch)
                        .run();
            });
            if (!st)
                return st;
            if (!page.hasMore || page.records.isEmpty())
                break;
            after = page.after;
        }
    }
    // The cursor of the snapshot, with the epoch and permissions hash it was taken under: a
    // restore or a role change after it is told by the next pull.
    Status st = inBatch([&] {
        if (prune)
            for (EntityKind kind : syncedKinds())
                for (qint64 id : unlisted(kind, seen.value(int(kind))))
                    evict(kind, id, Tr::tr("The team server no longer has this record for you."));
        m_db.sql()
            .prepare("UPDATE sync_state SET last_pulled_seq = ?1, epoch = ?2, "
                     "permissions_hash = ?3 WHERE id = 1")
            ->bindAll(snapshot, epoch.isEmpty() ? QVariant() : QVariant(epoch),
                      hash.isEmpty() ? QVariant() : QVariant(hash))
            .run();
        m_db.sql().exec("DELETE FROM meta WHERE key = 'sync_resync'");
    });
    if (!st)
        return st;
    return pull();
}

Status SyncClient::syncNow()
{
    if (Status st = push(); !st)
        return st;
    if (Status st = pull(); !st)
        return st;
    return inBatch([&] {
        m_db.sql()
            .prepare("INSERT INTO meta(key, value) VALUES('sync_last_at', ?1) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
            ->bind(1, m_clock.nowMs())
            .run();
    });
}

Result<SyncStatus> SyncClient::status()
{
    return guarded(m_db, [&]() -> Result<SyncStatus> {
        Connection &c = m_db.sql();
        SyncStatus s;
        s.pending =
            c.scalar("SELECT count(*) FROM outbox WHERE state = 0 AND kind IN (1, 2, 3, 4, 5)");
        s.rejected = c.scalar("SELECT count(*) FROM outbox WHERE state = 2");
        s.conflicts = c.scalar("SELECT count(*) FROM conflict_log WHERE seen = 0");
        s.lastSyncAt =
            c.scalar("SELECT coalesce((SELECT value FROM meta WHERE key = 'sync_last_at'), 0)");
        s.lastPulledSeq = c.scalar("SELECT last_pulled_seq FROM sync_state WHERE id = 1");
        return s;
    });
}

Parsed<bool> SyncClient::waitForChanges(Database &db, Transport &transport, int waitSeconds)
{
    Result<SyncState> state = readSyncState(db);
    if (!state)
        return ProtocolError{0, QStringLiteral("storage"), state.error().message, {}};
    if (db.sql().scalar("SELECT count(*) FROM meta WHERE key = 'sync_resync'") > 0)
        return true;
    // One row is enough to tell; the sync that follows pulls the pages.
    Parsed<PullPage> answer = transport.pull(
        PullRequest{state->lastPulledSeq, 1, state->epoch, state->permissionsHash, waitSeconds});
    if (const ProtocolError *e = std::get_if<ProtocolError>(&answer)) {
        if (e->status == 409 || e->status == 410)
            return true;
        return *e;
    }
    const PullPage &page = std::get<PullPage>(answer);
    return !page.changes.isEmpty() || page.hasMore || page.next > state->lastPulledSeq;
}

} // namespace Voronka::Core::Sync
