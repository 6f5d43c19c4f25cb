// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "replicasetup.h"

#include "seed.h"
#include "syncclient.h"
#include "syncstate.h"

#include "core/services/auth.h"
#include "core/storage/database.h"
#include "core/storage/schema.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QTemporaryDir>

namespace Voronka::Core::Sync::ReplicaSetup {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

// The server's transport, telling the progress callback about each bootstrap page.
class Counting final : public Transport
{
public:
    Counting(Transport &inner, const Progress &progress)
        : m_inner(inner)
        , m_progress(progress)
    {
    }
    Parsed<PushResponse> push(const PushRequest &request) override { return m_inner.push(request); }
    Parsed<PullPage> pull(qint64 since, int limit) override { return m_inner.pull(since, limit); }
    Parsed<BootstrapPage> bootstrap(const QString &entityType, const QString &after,
                                    qint64 snapshot) override
    {
        Parsed<BootstrapPage> r = m_inner.bootstrap(entityType, after, snapshot);
        if (const BootstrapPage *p = std::get_if<BootstrapPage>(&r)) {
            if (entityType != m_phase) {
                m_phase = entityType;
                m_done = 0;
            }
            m_done += p->records.size();
            total += p->records.size();
            if (m_progress)
                m_progress(m_phase, m_done);
        }
        return r;
    }
    qint64 total = 0;

private:
    Transport &m_inner;
    const Progress &m_progress;
    QString m_phase;
    qint64 m_done = 0;
};

void removeReplica(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Status writeNew(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return makeError(Error::Code::Storage,
                         Tr::tr("%1 cannot be created: %2").arg(path, f.errorString()));
    if (f.write(bytes) != bytes.size() || !f.flush()) {
        const QString why = f.errorString();
        f.close();
        QFile::remove(path);
        return makeError(Error::Code::Storage, Tr::tr("%1 cannot be written: %2").arg(path, why));
    }
    f.close();
    return Ok{};
}

} // namespace

QString deviceIdOf(qint64 node)
{
    // The server takes the first 16 digits as the node of the device's clocks
    // (ServerStore::nodeOfDevice); SyncClient pushes under this same id.
    return QStringLiteral("%1%2")
        .arg(quint64(node), 16, 16, QLatin1Char('0'))
        .arg(0, 16, 16, QLatin1Char('0'));
}

Error errorOf(const ProtocolError &e, const QUrl &server)
{
    const QString where = server.toString(QUrl::RemoveUserInfo);
    if (e.status == 0)
        return makeError(
            Error::Code::Storage,
            Tr::tr("The team server at %1 cannot be reached: %2").arg(where, e.message));
    if (e.status == 429 && e.code == u"locked_out")
        return makeError(Error::Code::Auth, Tr::tr("The team server at %1 refuses to sign this "
                                                   "account in for now: %2")
                                                .arg(where, e.message));
    if (e.status == 401 && e.code == u"bad_credentials")
        return makeError(
            Error::Code::Auth,
            Tr::tr("The team server at %1 does not know this email or password.").arg(where));
    return makeError(Error::Code::Invalid, Tr::tr("The team server at %1 refused (%2 %3): %4")
                                               .arg(where)
                                               .arg(e.status)
                                               .arg(e.code, e.message));
}

Result<Connected> connect(const QUrl &server, const QString &email, const QString &password,
                          const QString &replicaPath, const Clock &clock, const Progress &progress)
{
    if (!server.isValid() || server.host().isEmpty() ||
        (server.scheme() != u"http" && server.scheme() != u"https"))
        return makeError(Error::Code::Invalid,
                         Tr::tr("\"%1\" is not a team server's address, such as "
                                "https://crm.example.com.")
                             .arg(server.toString()));
    const QFileInfo existing(replicaPath);
    if (existing.exists() && (existing.size() > 0 || !existing.isFile()))
        return makeError(Error::Code::Conflict,
                         Tr::tr("%1 already exists and is not empty; a replica starts in a new "
                                "file.")
                             .arg(replicaPath));
    if (existing.exists())
        QFile::remove(replicaPath);

    const qint64 node = Schema::randomNodeId();
    HttpTransport http(server, deviceIdOf(node), QSysInfo::machineHostName());
    Parsed<SignedIn> in = http.login(email, password);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&in))
        return errorOf(*e, server);
    const SignedIn &signedIn = std::get<SignedIn>(in);
    if (progress)
        progress(QStringLiteral("settings"), 0);
    Parsed<SeedAnswer> seed = http.seed(-1);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&seed))
        return errorOf(*e, server);
    const QByteArray &file = std::get<SeedAnswer>(seed).file;
    if (file.isEmpty())
        return makeError(Error::Code::Invalid,
                         Tr::tr("The team server at %1 sent no settings.").arg(server.toString()));
    if (Status st = writeNew(replicaPath, file); !st)
        return st.error();

    // From here on a failure takes the half-made replica away again.
    Result<Connected> done = [&]() -> Result<Connected> {
        Result<std::unique_ptr<Database>> opened = Database::open(replicaPath);
        if (!opened)
            return opened.error();
        Database &db = **opened;
        Status recorded = guarded(db, [&]() -> Status {
            Transaction t(db.sql());
            db.sql()
                .prepare("UPDATE sync_state SET server_url = ?1, epoch = ?2, last_pulled_seq = 0, "
                         "node_id = ?3, node_file = ?4, server_hlc = ?5, permissions_hash = ?6 "
                         "WHERE id = 1")
                ->bindAll(server.toString(QUrl::RemoveUserInfo), signedIn.epoch, node,
                          fileIdentity(replicaPath), qint64(signedIn.serverHlc),
                          signedIn.permissionsHash)
                .run();
            db.sql().exec("INSERT OR REPLACE INTO meta(key, value) SELECT "
                          "'sync_settings_version', coalesce((SELECT value FROM meta WHERE key = "
                          "'settings_version'), 0)");
            t.commit();
            return Ok{};
        });
        if (!recorded)
            return recorded.error();
        // The seed kept this user's own password hash: the replica opens offline for them.
        Result<UserInfo> user =
            Auth::login(db, email, password, Auth::SignInContext(clock, QStringLiteral("sync")));
        if (!user)
            return makeError(Error::Code::Auth,
                             Tr::tr("%1 cannot sign in to the new replica %2 with this password.")
                                 .arg(email, replicaPath));
        Counting counting(http, progress);
        Result<std::unique_ptr<SyncClient>> client =
            SyncClient::open(db, clock, counting, user->id);
        if (!client)
            return client.error();
        if (Status st = (*client)->bootstrap(); !st)
            return st.error();
        return Connected{user->id, signedIn.epoch, counting.total};
    }();
    if (!done)
        removeReplica(replicaPath);
    return done;
}

Result<std::unique_ptr<HttpTransport>> signIn(Database &replica, const QString &email,
                                              const QString &password)
{
    Result<SyncState> state = readSyncState(replica);
    if (!state)
        return state.error();
    if (state->serverUrl.isEmpty())
        return makeError(
            Error::Code::Invalid,
            Tr::tr("%1 is not a team server's replica; connect it first.").arg(replica.path()));
    Result<qint64> node = replicaNode(replica);
    if (!node)
        return node.error();
    const QUrl server(state->serverUrl);
    auto http =
        std::make_unique<HttpTransport>(server, deviceIdOf(*node), QSysInfo::machineHostName());
    Parsed<SignedIn> in = http->login(email, password);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&in))
        return errorOf(*e, server);
    return http;
}

Result<bool> refreshSettings(Database &replica, HttpTransport &server)
{
    Result<qint64> known = guarded(replica, [&]() -> Result<qint64> {
        return replica.sql().scalar(
            "SELECT coalesce((SELECT value FROM meta WHERE key = 'sync_settings_version'), -1)");
    });
    if (!known)
        return known.error();
    Parsed<SeedAnswer> seed = server.seed(*known);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&seed))
        return errorOf(*e, server.base());
    const SeedAnswer &answer = std::get<SeedAnswer>(seed);
    if (answer.unchanged)
        return false;
    QTemporaryDir work;
    if (!work.isValid())
        return makeError(Error::Code::Storage,
                         Tr::tr("There is no room for the team's settings in the temporary "
                                "folder."));
    const QString path = QDir(work.path()).filePath(QStringLiteral("seed.voronka"));
    if (Status st = writeNew(path, answer.file); !st)
        return st.error();
    if (Status st = Seed::refresh(replica, path); !st)
        return st.error();
    return true;
}

} // namespace Voronka::Core::Sync::ReplicaSetup
