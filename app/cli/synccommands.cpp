// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "synccommands.h"

#include "cli.h"
#include "password.h"
#include "terminal.h"

#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/sync/replicasetup.h"
#include "core/sync/syncclient.h"
#include "core/sync/syncstate.h"
#include "core/util/clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Voronka::Cli {

using namespace Core;
using namespace Core::Sync;

namespace {

// The status of a replica needs no server: a transport that never reaches one.
class Offline final : public Transport
{
public:
    Parsed<PushResponse> push(const PushRequest &) override { return none(); }
    Parsed<PullPage> pull(qint64, int) override { return none(); }
    Parsed<BootstrapPage> bootstrap(const QString &, const QString &, qint64) override
    {
        return none();
    }

private:
    static ProtocolError none() { return ProtocolError{0, QStringLiteral("offline"), {}, {}}; }
};

QString when(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

int printStatus(Database &db, qint64 userId, const SyncRun &run, QTextStream &out, QTextStream &err)
{
    Offline offline;
    Result<std::unique_ptr<SyncClient>> client = SyncClient::open(db, run.clock, offline, userId);
    if (!client)
        return dataError(err, client.error().message);
    Result<SyncStatus> s = (*client)->status();
    if (!s)
        return dataError(err, s.error().message);
    Result<SyncState> state = readSyncState(db);
    if (!state)
        return dataError(err, state.error().message);
    if (run.json) {
        out << QJsonDocument(
                   QJsonObject{{QStringLiteral("server"), state->serverUrl},
                               {QStringLiteral("pending"), s->pending},
                               {QStringLiteral("rejected"), s->rejected},
                               {QStringLiteral("conflicts"), s->conflicts},
                               {QStringLiteral("last_sync"),
                                s->lastSyncAt ? QJsonValue(when(s->lastSyncAt)) : QJsonValue()},
                               {QStringLiteral("last_pulled_seq"), s->lastPulledSeq}})
                   .toJson(QJsonDocument::Compact)
            << "\n";
    } else {
        out << "server\t" << state->serverUrl << "\n"
            << "pending\t" << s->pending << "\n"
            << "rejected\t" << s->rejected << "\n"
            << "conflicts\t" << s->conflicts << "\n"
            << "last_sync\t" << (s->lastSyncAt ? when(s->lastSyncAt) : QStringLiteral("never"))
            << "\n";
    }
    return Success;
}

int connect(const QString &url, const SyncRun &run, QTextStream &out, QTextStream &err)
{
    const QString password = readPassword(QStringLiteral("Password for %1: ").arg(run.user));
    const bool terminal = Terminal::errorIsTerminal();
    auto progress = [&err, terminal](const QString &phase, qint64 done) {
        err << (terminal ? "\r" : "") << phase << ": " << done << (terminal ? "    " : "\n")
            << Qt::flush;
    };
    Result<ReplicaSetup::Connected> c =
        ReplicaSetup::connect(QUrl(url), run.user, password, run.db, run.clock, progress);
    if (terminal)
        err << "\n";
    if (!c)
        return dataError(err, c.error().message);
    if (run.json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("replica"), run.db},
                                         {QStringLiteral("server"), url},
                                         {QStringLiteral("epoch"), c->epoch},
                                         {QStringLiteral("records"), c->records}})
                   .toJson(QJsonDocument::Compact)
            << "\n";
    else
        out << "Connected " << run.db << " to " << url << " as " << run.user.toLower() << ": "
            << c->records << " records\n";
    return Success;
}

int now(const SyncRun &run, QTextStream &out, QTextStream &err)
{
    std::variant<int, Session *> opened = run.open();
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    Session &session = *std::get<Session *>(opened);
    Database &db = session.db();
    Result<std::unique_ptr<HttpTransport>> server =
        ReplicaSetup::signIn(db, run.user, run.password());
    if (!server)
        return dataError(err, server.error().message);
    Result<bool> refreshed = ReplicaSetup::refreshSettings(db, **server);
    if (!refreshed)
        return dataError(err, refreshed.error().message);
    if (*refreshed && !run.json)
        err << "The team's settings were updated from the server.\n";
    const qint64 userId = session.actor().id;
    Result<std::unique_ptr<SyncClient>> client = SyncClient::open(db, run.clock, **server, userId);
    if (!client)
        return dataError(err, client.error().message);
    if (Status st = (*client)->syncNow(); !st)
        return dataError(err, st.error().message);
    return printStatus(db, userId, run, out, err);
}

} // namespace

int runSync(QStringList args, const SyncRun &run, QTextStream &out, QTextStream &err)
{
    if (args.isEmpty())
        return usageError(err, QStringLiteral("sync needs connect URL, now or status."));
    const QString verb = args.takeFirst();
    if (run.db.isEmpty())
        return usageError(err, QStringLiteral("--db FILE is required for sync."));
    if (run.user.isEmpty())
        return usageError(err, QStringLiteral("--user EMAIL is required for sync."));
    if (verb == u"connect") {
        if (args.size() != 1)
            return usageError(err, QStringLiteral("sync connect needs exactly one URL."));
        return connect(args.first(), run, out, err);
    }
    if (!args.isEmpty())
        return usageError(err, QStringLiteral("unexpected argument '%1'.").arg(args.first()));
    if (verb == u"now")
        return now(run, out, err);
    if (verb == u"status") {
        std::variant<int, Session *> opened = run.open();
        if (const int *code = std::get_if<int>(&opened))
            return *code;
        Session &session = *std::get<Session *>(opened);
        return printStatus(session.db(), session.actor().id, run, out, err);
    }
    return usageError(err, QStringLiteral("unknown sync command '%1'.").arg(verb));
}

} // namespace Voronka::Cli
