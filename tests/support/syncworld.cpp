// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "syncworld.h"

#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "core/sync/serverfile.h"
#include "core/sync/syncstate.h"
#include "core/sync/wirevalues.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <stdexcept>

namespace Voronka::Test {

using namespace Core;
using namespace Core::Sync;

namespace {

ProtocolError unreachable()
{
    return ProtocolError{0, QStringLiteral("unreachable"), QStringLiteral("lost"), {}};
}

const QList<EntityKind> kKinds{EntityKind::Company, EntityKind::Contact, EntityKind::Deal};

QString line(EntityKind kind, const QString &uid, const QJsonObject &fields)
{
    return QStringLiteral("%1 %2 %3")
        .arg(entityKey(kind), uid,
             QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
}

} // namespace

bool FaultyTransport::roll(double p)
{
    return p > 0 && std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

void FaultyTransport::flush()
{
    const QList<PushRequest> held = std::exchange(m_deferred, {});
    for (const PushRequest &r : held)
        m_inner.push(r);
}

Parsed<PushResponse> FaultyTransport::push(const PushRequest &request)
{
    if (roll(faults.dropRequest))
        return unreachable();
    if (roll(faults.defer)) {
        m_deferred << request;
        return unreachable();
    }
    Parsed<PushResponse> r = m_inner.push(request);
    flush(); // what was held back arrives after this newer request
    if (roll(faults.duplicate))
        r = m_inner.push(request);
    if (roll(faults.dropResponse))
        return unreachable();
    return r;
}

Parsed<PullPage> FaultyTransport::pull(qint64 since, int limit)
{
    return pull(PullRequest{since, limit, {}, {}});
}

Parsed<PullPage> FaultyTransport::pull(const PullRequest &request)
{
    if (roll(faults.dropRequest))
        return unreachable();
    Parsed<PullPage> r = m_inner.pull(request);
    if (roll(faults.duplicate))
        r = m_inner.pull(request);
    if (const PullPage *p = std::get_if<PullPage>(&r); p && onPull)
        onPull(p->changes);
    if (roll(faults.dropResponse))
        return unreachable();
    return r;
}

Parsed<BootstrapPage> FaultyTransport::bootstrap(const QString &entityType, const QString &after,
                                                 qint64 snapshot)
{
    if (roll(faults.dropRequest))
        return unreachable();
    Parsed<BootstrapPage> r = m_inner.bootstrap(entityType, after, snapshot);
    if (const BootstrapPage *p = std::get_if<BootstrapPage>(&r); p && onBootstrap)
        onBootstrap(*p);
    if (roll(faults.dropResponse))
        return unreachable();
    return r;
}

Parsed<PushResponse> ServerLink::push(const PushRequest &request)
{
    return LocalTransport(*m_store, m_userId).push(request);
}

Parsed<PullPage> ServerLink::pull(qint64 since, int limit)
{
    return LocalTransport(*m_store, m_userId).pull(since, limit);
}

Parsed<PullPage> ServerLink::pull(const PullRequest &request)
{
    return LocalTransport(*m_store, m_userId).pull(request);
}

Parsed<BootstrapPage> ServerLink::bootstrap(const QString &entityType, const QString &after,
                                            qint64 snapshot)
{
    return LocalTransport(*m_store, m_userId).bootstrap(entityType, after, snapshot);
}

Backend SyncWorld::defaultServerBackend()
{
    return qEnvironmentVariableIntValue("VORONKA_TEST_SERVER_PG") == 1 && !pgUri().isEmpty()
               ? Backend::PostgreSQL
               : Backend::SQLite;
}

SyncWorld::SyncWorld(Backend backend)
    : t(backend)
{
    Admin a(*t.admin);
    const qint64 sales = *a.createDepartment(QStringLiteral("Sales"));
    const qint64 service = *a.createDepartment(QStringLiteral("Service"));
    RoleMatrix m = RoleMatrix::filled(Scope::Own);
    m.set(PermEntity::Deal, PermAction::View, Scope::Department);
    const qint64 role = *a.createRole(QStringLiteral("Manager"), m);
    managerRole = role;
    narrowRole = *a.createRole(QStringLiteral("Narrow"), RoleMatrix::filled(Scope::Own));
    FieldDef source;
    source.kind = EntityKind::Deal;
    source.name = QStringLiteral("Source");
    sourceField = QStringLiteral("cf.%1").arg(*a.createFieldDef(source));
    FieldDef channels;
    channels.kind = EntityKind::Deal;
    channels.name = QStringLiteral("Channels");
    channels.type = FieldType::MultiSelect;
    channels.options = {QStringLiteral("Phone"), QStringLiteral("Mail"), QStringLiteral("Visit")};
    channelsField = QStringLiteral("cf.%1").arg(*a.createFieldDef(channels));
    manager = t.addUser(QStringLiteral("manager@example.com"), role, sales);
    seller = t.addUser(QStringLiteral("seller@example.com"), role, sales);
    outsider = t.addUser(QStringLiteral("vera@example.com"), role, service);
    // Replicas start from the server's settings (users, pipelines, fields), the same uids.
    templatePath = t.dir.filePath(QStringLiteral("template.voronka"));
    if (!t.db->backupTo(templatePath).ok())
        throw std::runtime_error("template copy failed");
    Result<std::unique_ptr<ServerStore>> s = ServerStore::attach(*t.db, t.clock);
    if (!s)
        throw std::runtime_error(s.error().message.toStdString());
    store = std::move(s).value();
}

SyncWorld::Node &SyncWorld::addReplica(qint64 userId, qint64 node, qint64 skewMs, quint64 seed)
{
    auto n = std::make_unique<Node>();
    n->userId = userId;
    n->skewMs = skewMs;
    n->clock = std::make_unique<ManualClock>(t.clock.nowMs() + skewMs);
    const QString path = t.dir.filePath(QStringLiteral("replica%1.voronka").arg(nodes.size()));
    if (!QFile::copy(templatePath, path))
        throw std::runtime_error("replica copy failed");
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        throw std::runtime_error(db.error().message.toStdString());
    n->db = std::move(db).value();
    // A fixed node, recorded for this file, keeps the run reproducible.
    n->db->sql()
        .prepare("UPDATE sync_state SET server_url = 'local:', node_id = ?1, node_file = ?2 "
                 "WHERE id = 1")
        ->bindAll(node, fileIdentity(path))
        .run();
    n->idSeed = seed * 7919 + quint64(node);
    n->user =
        std::make_unique<Session>(*n->db, *n->clock, Auth::readUser(*n->db, userId), n->idSeed);
    n->local = std::make_unique<ServerLink>(store, userId);
    n->net = std::make_unique<FaultyTransport>(*n->local, seed);
    Result<std::unique_ptr<SyncClient>> c = SyncClient::open(*n->db, *n->clock, *n->net, userId);
    if (!c)
        throw std::runtime_error(c.error().message.toStdString());
    n->client = std::move(c).value();
    nodes.push_back(std::move(n));
    return *nodes.back();
}

void SyncWorld::restartServer()
{
    store.reset();
    t.admin.reset();
    t.db.reset();
    Result<std::unique_ptr<Database>> db = Database::open(t.path());
    if (!db)
        throw std::runtime_error(db.error().message.toStdString());
    t.db = std::move(db).value();
    t.admin = t.sessionFor(t.adminId);
    Result<std::unique_ptr<ServerStore>> s = ServerStore::attach(*t.db, t.clock);
    if (!s)
        throw std::runtime_error(s.error().message.toStdString());
    store = std::move(s).value();
}

QString SyncWorld::backupServer()
{
    const QString path = t.dir.filePath(QStringLiteral("server-backup%1.voronka").arg(++m_backups));
    if (!t.db->backupTo(path).ok())
        throw std::runtime_error("server backup failed");
    return path;
}

void SyncWorld::restoreServer(const QString &backup)
{
    store.reset();
    t.admin.reset();
    t.db.reset();
    Result<QString> epoch = ServerFile::restore(t.path(), backup, t.clock);
    if (!epoch)
        throw std::runtime_error(epoch.error().message.toStdString());
    restartServer();
}

void SyncWorld::reopenReplica(Node &n)
{
    n.client.reset();
    n.user.reset();
    const QString path = n.db->path();
    n.db.reset();
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db)
        throw std::runtime_error(db.error().message.toStdString());
    n.db = std::move(db).value();
    n.user = std::make_unique<Session>(*n.db, *n.clock, Auth::readUser(*n.db, n.userId),
                                       n.idSeed + quint64(++n.reopened) * 1000003);
    Result<std::unique_ptr<SyncClient>> c = SyncClient::open(*n.db, *n.clock, *n.net, n.userId);
    if (!c)
        throw std::runtime_error(c.error().message.toStdString());
    n.client = std::move(c).value();
}

void SyncWorld::advance(qint64 ms)
{
    t.clock.advance(ms);
    for (auto &n : nodes)
        n->clock->advance(ms);
}

bool SyncWorld::visibleTo(qint64 userId, const QString &entityType, const QString &uid)
{
    if (entityType == u"note") { // as the record it belongs to
        Query n = t.db->sql().prepare("SELECT entity_kind, entity_id FROM notes WHERE uid = ?1");
        n->bind(1, QByteArray::fromHex(uid.toLatin1()));
        if (!n->step())
            return false;
        const auto parent = EntityKind(n->int64(0));
        return visibleTo(userId, entityKey(parent),
                         WireValues(*t.admin).uidOf(parent, n->int64(1)));
    }
    const EntityKind kind = entityFromKey(entityType);
    Query q = t.db->sql().prepare(
        QStringLiteral("SELECT responsible_id, %1 FROM %2 WHERE uid = ?1")
            .arg(kind == EntityKind::Deal ? QStringLiteral("pipeline_id") : QStringLiteral("0"),
                 entityTable(kind)));
    q->bind(1, QByteArray::fromHex(uid.toLatin1()));
    if (!q->step())
        return false;
    const Principal p = t.admin->principalFor(userId);
    return Permissions::can(p, entitySpec(kind)->perm, PermAction::View,
                            t.admin->ownershipOf(q->int64(0), q->int64(1)));
}

QStringList SyncWorld::serverProjection(qint64 userId)
{
    QStringList out;
    for (EntityKind kind : kKinds) {
        QStringList uids;
        Query q = t.db->sql().prepare(QStringLiteral("SELECT uid FROM %1").arg(entityTable(kind)));
        while (q->step())
            uids << QString::fromLatin1(q->blob(0).toHex());
        for (const QString &uid : std::as_const(uids))
            if (visibleTo(userId, entityKey(kind), uid))
                out << line(kind, uid, store->snapshotOf(kind, uid, false));
    }
    Query q = t.db->sql().prepare("SELECT uid FROM notes");
    QStringList notes;
    while (q->step())
        notes << QString::fromLatin1(q->blob(0).toHex());
    for (const QString &uid : std::as_const(notes))
        if (visibleTo(userId, QStringLiteral("note"), uid))
            out << line(EntityKind::Note, uid, store->snapshotOf(EntityKind::Note, uid, false));
    out.sort();
    return out;
}

QStringList SyncWorld::replicaDump(Node &n)
{
    Session reader(*n.db, *n.clock, Auth::readUser(*n.db, t.adminId));
    WireValues wire(reader);
    QStringList out;
    for (EntityKind kind : kKinds) {
        QList<qint64> ids;
        Query q = n.db->sql().prepare(QStringLiteral("SELECT id FROM %1").arg(entityTable(kind)));
        while (q->step())
            ids << q->int64(0);
        for (qint64 id : std::as_const(ids)) {
            Result<Record> r = Records(reader).load(kind, id);
            if (!r)
                continue;
            const QString uid = wire.uidOf(kind, id);
            QJsonObject fields = wire.fromRecord(kind, *r, wire.fieldNames(kind));
            // References held back until their record comes are the replica's too.
            Query held = n.db->sql().prepare("SELECT key, value FROM meta WHERE key LIKE ?1");
            held->bind(1, QStringLiteral("sync_ref:%1:%2:%").arg(int(kind)).arg(uid));
            while (held->step())
                fields.insert(
                    held->text(0).section(u':', 3),
                    QJsonDocument::fromJson("[" + held->text(1).toUtf8() + "]").array().first());
            out << line(kind, uid, fields);
        }
    }
    QList<qint64> notes;
    Query q = n.db->sql().prepare("SELECT id FROM notes");
    while (q->step())
        notes << q->int64(0);
    for (qint64 id : std::as_const(notes))
        out << line(EntityKind::Note, wire.uidOf(EntityKind::Note, id), wire.noteValues(id));
    out.sort();
    return out;
}

QStringList SyncWorld::clockMismatches(Node &n)
{
    Session reader(*n.db, *n.clock, Auth::readUser(*n.db, t.adminId));
    WireValues wire(reader);
    const qint64 self = n.db->sql().scalar("SELECT node_id FROM sync_state WHERE id = 1");
    QStringList out;
    QHash<QString, QJsonObject> server; // "kind uid" -> the clocks a pull would carry
    Query q = n.db->sql().prepare("SELECT kind, entity_id, field, hlc, node FROM field_clock "
                                  "WHERE kind IN (1, 2, 3, 4, 5) ORDER BY kind, entity_id, field");
    while (q->step()) {
        const auto kind = EntityKind(q->int64(0));
        const QString name = wire.toWireName(kind, q->text(2));
        const QString uid = wire.uidOf(kind, q->int64(1));
        if (name.isEmpty() || uid.isEmpty())
            continue;
        const QString key = entityKey(kind) + u' ' + uid;
        if (!server.contains(key))
            server.insert(key, store->snapshotOf(kind, uid, true));
        const QJsonObject theirs = server.value(key).value(name).toObject();
        const qint64 hlc = theirs.value(QStringLiteral("hlc")).toString().toLongLong();
        const qint64 node = theirs.value(QStringLiteral("node")).toString().toLongLong();
        // Node 0 here is this replica; from the server, a value as its record was created
        // before the server kept clocks per field, whose writer it does not know.
        const bool sameNode = q->int64(4) ? q->int64(4) == node : node == self || node == 0;
        if (theirs.isEmpty() || hlc != q->int64(3) || !sameNode)
            out << QStringLiteral("%1 %2: replica %3/%4, server %5/%6")
                       .arg(key, name)
                       .arg(q->int64(3))
                       .arg(q->int64(4))
                       .arg(hlc)
                       .arg(node);
    }
    return out;
}

qint64 SyncWorld::replicaId(Node &n, EntityKind kind, const QString &uid)
{
    Session reader(*n.db, *n.clock, Auth::readUser(*n.db, t.adminId));
    return WireValues(reader).idOf(kind, uid);
}

} // namespace Voronka::Test
