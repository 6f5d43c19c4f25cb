// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "serverstore.h"

#include "core/permissions/permissions.h"
#include "core/services/auth.h"
#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/storage/writeaudit.h"
#include "core/sync/serverauth.h"
#include "core/sync/servertables.h"
#include "core/util/clock.h"
#include "core/util/ids.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>
#include <sqlite3.h>

namespace Voronka::Core::Sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

// Rolls back a push that did not reach its commit, and lets the session take the file's clock
// afresh next time.
struct PushTransaction
{
    Connection &c;
    Session &s;
    bool done = false;
    PushTransaction(Connection &conn, Session &session)
        : c(conn)
        , s(session)
    {
        c.beginWrite();
        WriteAudit::exempt(c.handle()); // the server keeps no outbox: it is the truth
        s.takeClock();
    }
    ~PushTransaction()
    {
        if (done)
            return;
        s.dropClock();
        c.execQuietly("ROLLBACK");
    }
    void commit()
    {
        s.putClock();
        c.commitWrite();
        done = true;
    }
};

ProtocolError refusal(int status, const QString &code, const QString &message,
                      const QString &path = {})
{
    return ProtocolError{status, code, message, path};
}

// What a receipt's MAC covers: a fixed label, the mutation id, the author and the body's hash,
// each on a line of its own (none of them holds a line break).
QByteArray receiptMessage(const QString &mutationId, qint64 userId, const QString &hash)
{
    return QStringLiteral("voronka-receipt-1\n%1\n%2\n%3")
        .arg(mutationId)
        .arg(userId)
        .arg(hash)
        .toUtf8();
}

} // namespace

QString mutationHash(const Mutation &m)
{
    Mutation bare = m;
    bare.signature.clear();
    const QByteArray body = toJson(PushRequest{QString(), 0, {bare}});
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

qint64 ServerStore::nodeOfDevice(const QString &deviceId)
{
    return qint64(deviceId.left(16).toULongLong(nullptr, 16) & 0x7fffffffffffffffULL);
}

ServerStore::ServerStore(Database &db, const Clock &clock, std::unique_ptr<Session> session,
                         QByteArray receiptKey)
    : m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_wire(*m_session)
    , m_receiptKey(std::move(receiptKey))
{
}

ServerStore::~ServerStore() = default;

Result<std::unique_ptr<ServerStore>> ServerStore::attach(Database &db, const Clock &clock)
{
    if (sodium_init() < 0)
        return makeError(Error::Code::Invalid, Tr::tr("The cryptography library did not start."));
    return guarded(db, [&]() -> Result<std::unique_ptr<ServerStore>> {
        const qint64 adminId = db.sql().scalar(
            "SELECT u.id FROM users u JOIN roles r ON r.id = u.role_id WHERE r.is_admin = 1 "
            "AND u.active = 1 AND u.deleted = 0 ORDER BY u.id LIMIT 1");
        if (!adminId)
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1 has no active admin to serve it.").arg(db.path()));
        {
            Transaction t(db.sql());
            db.sql().exec(ServerSql::kTables);
            Query q = db.sql().prepare(ServerSql::kInitState);
            q->bind(1, QString::fromLatin1(IdGenerator().next(clock.nowMs()).toHex()));
            q->run();
            QByteArray fresh(crypto_auth_KEYBYTES, Qt::Uninitialized);
            crypto_auth_keygen(reinterpret_cast<unsigned char *>(fresh.data()));
            db.sql()
                .prepare(ServerSql::kInitSecret)
                ->bind(1, QString::fromLatin1(fresh.toHex()))
                .run();
            sodium_memzero(fresh.data(), size_t(fresh.size()));
            t.commit();
        }
        Query secret = db.sql().prepare(ServerSql::kSecret);
        const QByteArray key =
            secret->step() ? QByteArray::fromHex(secret->text(0).toLatin1()) : QByteArray();
        if (key.size() != crypto_auth_KEYBYTES)
            return makeError(Error::Code::Corrupt,
                             Tr::tr("%1: the server's receipt key is damaged.").arg(db.path()));
        auto session = std::make_unique<Session>(db, clock, Auth::readUser(db, adminId));
        return std::unique_ptr<ServerStore>(new ServerStore(db, clock, std::move(session), key));
    });
}

qint64 ServerStore::maxSeq()
{
    return m_db.sql().scalar(ServerSql::kMaxSeq);
}

QString ServerStore::epoch()
{
    Query q = m_db.sql().prepare(ServerSql::kEpoch);
    return q->step() ? q->text(0) : QString();
}

qint64 ServerStore::nextSeq()
{
    Query q = m_db.sql().prepare(ServerSql::kNextSeq);
    if (!q->step())
        throw SqlError(SQLITE_CORRUPT, "server_state has no counter row");
    return q->int64(0);
}

std::optional<ProtocolError> ServerStore::checkClocks(const PushRequest &request)
{
    const qint64 now = m_clock.nowMs();
    const quint64 limit = quint64(now + kMaxSkewMs) << 16 | 0xffff;
    bool ahead = request.clientHlc > limit;
    for (const Mutation &m : request.mutations)
        for (const FieldChange &f : m.fields)
            ahead = ahead || f.hlc > limit;
    if (!ahead)
        return std::nullopt;
    ProtocolError e = refusal(409, QStringLiteral("clock_skew"),
                              Tr::tr("The device's clock is more than two minutes ahead of the "
                                     "server's (server time %1 ms).")
                                  .arg(now));
    e.serverTimeMs = now;
    return e;
}

Parsed<PushResponse> ServerStore::push(qint64 userId, const PushRequest &request)
{
    try {
        m_session->refreshIfStale();
        const UserInfo user = m_session->user(userId);
        if (!user.id || !user.active)
            return refusal(403, QStringLiteral("forbidden"), Tr::tr("This user may not sync."));
        if (std::optional<ProtocolError> skew = checkClocks(request))
            return *skew;
        return pushLocked(userId, request);
    } catch (const SqlError &e) {
        return refusal(503, QStringLiteral("storage"), Database::errorFor(e, m_db.path()).message);
    }
}

Parsed<PushResponse> ServerStore::pushLocked(qint64 userId, const PushRequest &request)
{
    Connection &c = m_db.sql();
    PushTransaction tx(c, *m_session);
    m_session->hlc().observe(qint64(request.clientHlc));
    Context ctx{userId, nodeOfDevice(request.deviceId), qint64(request.clientHlc),
                m_session->principalFor(userId)};
    PushResponse out;
    for (int i = 0; i < request.mutations.size(); ++i) {
        const Mutation &m = request.mutations.at(i);
        const QString hash = mutationHash(m);
        const auto stored = storedReceipt(m.mutationId, userId);
        // Another body under an id the server took is a reused id. After a refusal (which had no
        // effect) the author's same id with another body is judged as any: a replica sends a
        // refused row again with its record's values now (a note edited meanwhile).
        if (stored && stored->first != hash &&
            (stored->first.isEmpty() || stored->second.outcome != Outcome::Rejected))
            return refusal(
                409, QStringLiteral("mutation_conflict"),
                Tr::tr("Mutation %1 was already received with another body.").arg(m.mutationId),
                QStringLiteral("mutations[%1].mutation_id").arg(i));
        // A refusal had no effect: the same mutation sent again is judged again (after a
        // restore, a replica's re-pushed journal may need a record that another replica's
        // journal brings back later). Any other outcome is answered from its receipt.
        if (stored && stored->second.outcome != Outcome::Rejected) {
            out.results << stored->second;
            continue;
        }
        c.exec("SAVEPOINT mutation");
        ctx.vouched = !m.signature.isEmpty() && verify(m, userId, hash);
        ctx.hidden = false;
        Receipt r = apply(ctx, m);
        if (r.outcome == Outcome::Rejected) {
            c.exec("ROLLBACK TO mutation");
            m_session->invalidate(); // a tag or setting it made is gone again
        }
        c.exec("RELEASE mutation");
        // A record out of the author's sight, taken on the strength of a signature: the
        // answer tells nothing of it, and a refusal reads as one without the signature.
        if (ctx.hidden && r.outcome == Outcome::Rejected)
            r = ctx.refusal;
        else if (ctx.hidden) {
            r.serverFields = QJsonObject();
            r.reason.clear();
            r.winner.clear();
        }
        if (r.outcome == Outcome::Applied || r.outcome == Outcome::Superseded)
            r.signature = sign(m.mutationId, userId, hash);
        storeReceipt(userId, request.deviceId, hash, r);
        out.results << r;
    }
    out.serverHlc = quint64(m_session->hlc().next(m_clock.nowMs()));
    tx.commit();
    out.maxSeq = maxSeq();
    out.epoch = epoch();
    return out;
}

std::optional<std::pair<QString, Receipt>> ServerStore::storedReceipt(const QString &mutationId,
                                                                      qint64 userId)
{
    Query q = m_db.sql().prepare(ServerSql::kReceipt);
    q->bind(1, mutationId);
    if (!q->step())
        return std::nullopt;
    // Another user's id is never theirs to replay: it answers as a reused id.
    const QString hash = q->int64(0) == userId ? q->text(1) : QString();
    Parsed<PushResponse> stored = parsePushResponse(q->text(2).toUtf8());
    if (const PushResponse *r = std::get_if<PushResponse>(&stored); r && r->results.size() == 1)
        return std::pair{hash, r->results.first()};
    // A receipt the reader no longer takes (written by another version): the mutation is
    // known and was handled; only the details are not repeated.
    return std::pair{hash, Receipt{mutationId, Outcome::Duplicate, 0, {}, {}}};
}

QString ServerStore::sign(const QString &mutationId, qint64 userId, const QString &hash) const
{
    const QByteArray message = receiptMessage(mutationId, userId, hash);
    unsigned char mac[crypto_auth_BYTES];
    crypto_auth(mac, reinterpret_cast<const unsigned char *>(message.constData()),
                quint64(message.size()),
                reinterpret_cast<const unsigned char *>(m_receiptKey.constData()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex());
}

// In constant time (crypto_auth_verify): a wrong signature tells nothing of the right one.
bool ServerStore::verify(const Mutation &m, qint64 userId, const QString &hash) const
{
    const QByteArray given = QByteArray::fromHex(m.signature.toLatin1());
    if (given.size() != crypto_auth_BYTES)
        return false;
    const QByteArray message = receiptMessage(m.mutationId, userId, hash);
    return crypto_auth_verify(reinterpret_cast<const unsigned char *>(given.constData()),
                              reinterpret_cast<const unsigned char *>(message.constData()),
                              quint64(message.size()),
                              reinterpret_cast<const unsigned char *>(m_receiptKey.constData())) ==
           0;
}

void ServerStore::storeReceipt(qint64 userId, const QString &deviceId, const QString &hash,
                               const Receipt &r)
{
    m_db.sql()
        .prepare(ServerSql::kStoreReceipt)
        ->bindAll(r.mutationId, userId, deviceId, hash,
                  QString::fromUtf8(toJson(PushResponse{{r}, 0, 0})), m_clock.nowMs())
        .run();
}

namespace {

// One read transaction: a page is one snapshot of the log and the records.
struct ReadTransaction
{
    Connection &c;
    explicit ReadTransaction(Connection &conn)
        : c(conn)
    {
        c.exec("BEGIN");
    }
    ~ReadTransaction() { c.execQuietly("COMMIT"); }
};

} // namespace

Result<PullPage> ServerStore::pull(qint64 userId, qint64 since, int limit)
{
    return guarded(m_db, [&]() -> Result<PullPage> {
        m_session->refreshIfStale();
        const Principal principal = m_session->principalFor(userId);
        ReadTransaction read(m_db.sql());
        struct Row
        {
            PulledChange change;
            bool existed = true;
            qint64 respBefore = 0, pipeBefore = 0, respAfter = 0, pipeAfter = 0;
        };
        QList<Row> rows;
        {
            Query q = m_db.sql().prepare(ServerSql::kLogPage);
            q->bindAll(since, qint64(limit));
            while (q->step())
                rows << Row{PulledChange{q->int64(0), q->text(1), q->text(2),
                                         QJsonDocument::fromJson(q->text(3).toUtf8()).object()},
                            q->int64(4) != 0,
                            q->int64(5),
                            q->int64(6),
                            q->int64(7),
                            q->int64(8)};
        }
        PullPage page;
        page.next = rows.isEmpty() ? since : rows.last().change.seq;
        page.hasMore = rows.size() == limit;
        page.epoch = epoch();
        page.permissionsHash = permissionsHash(principal);
        for (const Row &row : rows) {
            const EntityKind kind = entityFromKey(row.change.entityType);
            if (kind == EntityKind::Note) {
                // A note is seen while its record is: a record hidden now has its evict later in
                // the log (which takes its notes along), one granted later brings its notes
                // then.
                const std::optional<Target> t = find(kind, row.change.uid);
                if (!t || !mayView(principal, *t))
                    continue;
                page.changes << (row.existed ? row.change
                                             : PulledChange{row.change.seq, row.change.entityType,
                                                            row.change.uid, snapshotOf(*t, true),
                                                            PullKind::Grant});
                continue;
            }
            const bool before =
                row.existed && mayView(principal, kind, row.respBefore, row.pipeBefore);
            const bool after = mayView(principal, kind, row.respAfter, row.pipeAfter);
            if (before && !after) {
                page.changes << PulledChange{
                    row.change.seq, row.change.entityType, row.change.uid, {}, PullKind::Evict};
                continue;
            }
            const std::optional<Target> t = find(kind, row.change.uid);
            if (!after || !t || !mayView(principal, *t))
                continue;
            if (before) {
                page.changes << row.change;
                continue;
            }
            page.changes << PulledChange{row.change.seq, row.change.entityType, row.change.uid,
                                         snapshotOf(*t, true), PullKind::Grant};
            // A record that comes into sight brings its notes.
            for (const QString &note : noteUids(kind, t->id))
                if (const std::optional<Target> n = find(EntityKind::Note, note))
                    page.changes << PulledChange{row.change.seq, entityKey(EntityKind::Note), note,
                                                 snapshotOf(*n, true), PullKind::Grant};
        }
        return page;
    });
}

Parsed<PullPage> ServerStore::pullChecked(qint64 userId, const PullRequest &request)
{
    try {
        if (!request.epoch.isEmpty() && request.epoch != epoch())
            return refusal(409, QStringLiteral("epoch_changed"),
                           Tr::tr("The team server was restored from a backup; this device "
                                  "downloads its data again and sends its recent changes again."),
                           QStringLiteral("epoch"));
        if (request.since > maxSeq())
            return refusal(410, QStringLiteral("cursor_expired"),
                           Tr::tr("The cursor is ahead of this server; bootstrap again."),
                           QStringLiteral("since"));
        m_session->refreshIfStale();
        if (!request.permissionsHash.isEmpty() &&
            request.permissionsHash != permissionsHash(m_session->principalFor(userId)))
            return refusal(409, QStringLiteral("resync_required"),
                           Tr::tr("This user's role or department changed; this device "
                                  "downloads its data again."),
                           QStringLiteral("permissions_hash"));
    } catch (const SqlError &e) {
        return refusal(503, QStringLiteral("storage"), Database::errorFor(e, m_db.path()).message);
    }
    Result<PullPage> page = pull(userId, request.since, request.limit);
    if (!page)
        return refusal(503, QStringLiteral("storage"), page.error().message);
    return std::move(page).value();
}

Result<BootstrapPage> ServerStore::bootstrap(qint64 userId, const QString &entityType,
                                             const QString &after, qint64 snapshot, int limit)
{
    const EntityKind kind = entityFromKey(entityType);
    const QByteArray from = QByteArray::fromHex(after.toLatin1());
    if ((!entitySpec(kind) && kind != EntityKind::Note) || (!after.isEmpty() && from.size() != 16))
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Records of type \"%1\" after \"%2\" cannot be listed.").arg(entityType, after));
    return guarded(m_db, [&]() -> Result<BootstrapPage> {
        m_session->refreshIfStale();
        const Principal principal = m_session->principalFor(userId);
        ReadTransaction read(m_db.sql());
        BootstrapPage page;
        page.entityType = entityKey(kind);
        page.snapshot = snapshot > 0 ? snapshot : maxSeq();
        page.epoch = epoch();
        page.permissionsHash = permissionsHash(principal);
        page.after = after;
        // Scanned in uid order a chunk at a time until the page is full: the records the user
        // may not see are passed over, and the next page starts after the last one given. A
        // chunk's records are read a table at a time (Records::loadMany, one clock query, the
        // users' departments once, uids remembered for the page): on PostgreSQL each
        // statement is a round trip, and record by record a page of 200 deals took 3,600.
        WireValues::Memo memo(m_wire);
        const bool note = kind == EntityKind::Note;
        QHash<qint64, qint64> departments;
        if (!note) {
            Query d = m_db.sql().prepare("SELECT id, coalesce(department_id, 0) FROM users");
            while (d->step())
                departments.insert(d->int64(0), d->int64(1));
        }
        const EntitySpec *spec = entitySpec(kind);
        const auto visible = [&](const Target &t) {
            if (note)
                return mayView(principal, t);
            return Permissions::can(
                principal, spec->perm, PermAction::View,
                Ownership{t.responsibleId, t.responsibleId ? departments.value(t.responsibleId) : 0,
                          t.pipelineId});
        };
        const QStringList names = m_wire.fieldNames(kind);
        QByteArray cursor = from;
        const qint64 chunk = 500;
        const QString table = entityTable(kind);
        Query q = m_db.sql().prepare(
            note ? QStringLiteral("SELECT uid FROM %1 WHERE uid > coalesce(?1, X'') ORDER BY uid "
                                  "LIMIT ?2")
                       .arg(table)
                 : QStringLiteral("SELECT uid, id, deleted, responsible_id, %2, hlc FROM %1 WHERE "
                                  "uid > coalesce(?1, X'') ORDER BY uid LIMIT ?2")
                       .arg(table, kind == EntityKind::Deal ? QStringLiteral("pipeline_id")
                                                            : QStringLiteral("0")));
        bool exhausted = false;
        while (!exhausted && page.records.size() < limit) {
            QList<Target> scanned;
            q->bindAll(cursor, chunk);
            while (q->step()) {
                const QByteArray uid = q->blob(0);
                const QString hex = QString::fromLatin1(uid.toHex());
                if (note)
                    scanned << find(kind, hex).value_or(Target{kind, nullptr, 0, hex});
                else
                    scanned << Target{kind,        spec,        q->int64(1), hex, q->int64(2) != 0,
                                      q->int64(3), q->int64(4), q->int64(5)};
            }
            q->reset();
            exhausted = scanned.size() < chunk;
            QList<Target> given;
            for (const Target &t : std::as_const(scanned)) {
                cursor = QByteArray::fromHex(t.uid.toLatin1());
                if (!t.id || !visible(t))
                    continue;
                given << t;
                if (page.records.size() + given.size() == limit)
                    break;
            }
            if (given.isEmpty())
                continue;
            if (note) {
                for (const Target &t : std::as_const(given))
                    page.records << BootstrapRecord{t.uid, snapshotOf(t, true)};
                page.after = given.last().uid;
                continue;
            }
            QList<qint64> ids;
            QStringList idList;
            for (const Target &t : std::as_const(given)) {
                ids << t.id;
                idList << QString::number(t.id);
            }
            Result<QList<Record>> records = Records(*m_session).loadMany(kind, ids);
            if (!records)
                return records.error();
            m_wire.prefetchReferences(kind, *records);
            QHash<qint64, const Record *> byId;
            for (const Record &r : std::as_const(*records))
                byId.insert(r.value(QStringLiteral("id")).toLongLong(), &r);
            QHash<qint64, QHash<QString, Clock3>> clocks;
            Query c = m_db.sql().prepare(
                QStringLiteral("SELECT entity_id, field, hlc, node, server_seq FROM field_clock "
                               "WHERE kind = ?1 AND entity_id IN (%1)")
                    .arg(idList.join(u',')));
            c->bind(1, int(kind));
            while (c->step())
                clocks[c->int64(0)].insert(c->text(1),
                                           Clock3{c->int64(2), c->int64(3), c->int64(4)});
            for (const Target &t : std::as_const(given)) {
                const Record *r = byId.value(t.id);
                const QJsonObject values = r ? m_wire.fromRecord(kind, *r, names) : QJsonObject();
                page.records << BootstrapRecord{t.uid,
                                                withClocks(values, clocks.value(t.id), t.hlc)};
            }
            page.after = given.last().uid;
        }
        // A full page may be the last: the next one then comes back empty.
        page.hasMore = page.records.size() == limit;
        return page;
    });
}

} // namespace Voronka::Core::Sync
