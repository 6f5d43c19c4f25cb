// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "support/tempdb.h"

#include "core/sync/localtransport.h"
#include "core/sync/serverstore.h"
#include "core/sync/syncclient.h"

#include <functional>
#include <random>

namespace Voronka::Test {

// A network between one replica and the server that loses, repeats and reorders calls, driven
// by a seed: a request lost before the server sees it, an answer lost after the server applied
// it, a request sent twice, a push held back and delivered after a later one.
class FaultyTransport final : public Core::Sync::Transport
{
public:
    struct Faults
    {
        double dropRequest = 0;
        double dropResponse = 0;
        double duplicate = 0;
        double defer = 0;
    };
    FaultyTransport(Core::Sync::Transport &inner, quint64 seed)
        : m_inner(inner)
        , m_rng(seed)
    {
    }

    Faults faults;
    // Sees every pull page and bootstrap page delivered, to check what they carry.
    std::function<void(const QList<Core::Sync::PulledChange> &)> onPull;
    std::function<void(const Core::Sync::BootstrapPage &)> onBootstrap;

    // Delivers the held-back pushes now (their answers go nowhere).
    void flush();

    Core::Sync::Parsed<Core::Sync::PushResponse>
    push(const Core::Sync::PushRequest &request) override;
    Core::Sync::Parsed<Core::Sync::PullPage> pull(qint64 since, int limit) override;
    Core::Sync::Parsed<Core::Sync::PullPage> pull(const Core::Sync::PullRequest &request) override;
    Core::Sync::Parsed<Core::Sync::BootstrapPage>
    bootstrap(const QString &entityType, const QString &after, qint64 snapshot) override;

private:
    bool roll(double p);
    Core::Sync::Transport &m_inner;
    std::mt19937_64 m_rng;
    QList<Core::Sync::PushRequest> m_deferred;
};

// The server as a replica reaches it: whatever store the world holds now, so that a restarted
// or restored server is the same address to its replicas.
class ServerLink final : public Core::Sync::Transport
{
public:
    ServerLink(std::unique_ptr<Core::Sync::ServerStore> &store, qint64 userId)
        : m_store(store)
        , m_userId(userId)
    {
    }
    using Transport::pull;
    Core::Sync::Parsed<Core::Sync::PushResponse>
    push(const Core::Sync::PushRequest &request) override;
    Core::Sync::Parsed<Core::Sync::PullPage> pull(qint64 since, int limit) override;
    Core::Sync::Parsed<Core::Sync::PullPage> pull(const Core::Sync::PullRequest &request) override;
    Core::Sync::Parsed<Core::Sync::BootstrapPage>
    bootstrap(const QString &entityType, const QString &after, qint64 snapshot) override;

private:
    std::unique_ptr<Core::Sync::ServerStore> &m_store;
    qint64 m_userId;
};

// One team server (a store on a temporary file) and its replicas, each on its own file copied
// from the server's settings, with its own clock, user and network. Users: the admin; in Sales
// a manager (sees the department's deals, edits only his own) and a seller; Vera of Service.
struct SyncWorld
{
    TempDb t; // the server's file
    qint64 manager = 0, seller = 0, outsider = 0;
    qint64 managerRole = 0, narrowRole = 0; // narrow: every record only when one's own
    QString sourceField;                    // a text custom field of deals, "cf.<id>"
    QString channelsField; // a multiselect of deals (Phone, Mail, Visit), "cf.<id>"
    QString templatePath;
    std::unique_ptr<Core::Sync::ServerStore> store;

    struct Node
    {
        qint64 userId = 0;
        qint64 skewMs = 0;
        std::unique_ptr<Core::ManualClock> clock;
        std::unique_ptr<Core::Database> db;
        std::unique_ptr<Core::Session> user;
        std::unique_ptr<ServerLink> local;
        std::unique_ptr<FaultyTransport> net;
        std::unique_ptr<Core::Sync::SyncClient> client;
        int reopened = 0;
        quint64 idSeed = 0; // the user's session's id generator: distinct per node and opening
    };
    std::vector<std::unique_ptr<Node>> nodes;

    // The server's store on `backend` (PostgreSQL: a schema of its own on the test cluster).
    // By default SQLite, or PostgreSQL when VORONKA_TEST_SERVER_PG is 1 (and a cluster is
    // named): CTest's core-pg-sync runs the sync cases so, with the server on PostgreSQL.
    explicit SyncWorld(Backend backend = defaultServerBackend());
    static Backend defaultServerBackend();
    // A new replica of `userId` writing as `node`, its clock `skewMs` off the server's.
    Node &addReplica(qint64 userId, qint64 node, qint64 skewMs = 0, quint64 seed = 1);
    void advance(qint64 ms);
    // The server stops and starts again on its file (nothing but what was committed survives).
    void restartServer();
    // A consistent copy of the server's file now, and the server restored from one (a new
    // epoch, ServerFile::restore).
    QString backupServer();
    void restoreServer(const QString &backup);
    // The replica's process dies and the file is opened again: the SyncClient and the user's
    // session start afresh on what was committed.
    void reopenReplica(Node &n);

    // Whether the server lets `userId` see the record now.
    bool visibleTo(qint64 userId, const QString &entityType, const QString &uid);
    // Sorted lines "type uid {fields}" of the records the user may see on the server, and of
    // the records a replica holds: equal when the replica is in sync.
    QStringList serverProjection(qint64 userId);
    QStringList replicaDump(Node &n);
    qint64 replicaId(Node &n, Core::EntityKind kind, const QString &uid);
    // The field clocks of the replica that differ from the server's for the same record and
    // field (hlc and writing node; node 0 in a replica is the replica itself), one line each.
    QStringList clockMismatches(Node &n);

private:
    int m_backups = 0;
};

} // namespace Voronka::Test
