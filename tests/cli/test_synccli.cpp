// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "serverrun.h"
#include "support/catch.h"

#include "core/sync/replicasetup.h"
#include "core/util/clock.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>

using namespace Voronka::Test;

// voronka-server on loopback and voronka-cli clients, each on a replica of its own (SYNC.md
// "How it is proven", real processes).
namespace {

const QString kManager1 = QStringLiteral("manager1@example.com");
const QString kHead = QStringLiteral("head@example.com");
const QString kAdmin = QStringLiteral("admin@example.com");

CliRun as(const QString &db, const QString &user, const QStringList &args, const CliEnv &env = {})
{
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args,
                  env);
}

CliRun connect(ServerRun &server, const QString &db, const QString &user, const CliEnv &env = {})
{
    return as(db, user, {QStringLiteral("sync"), QStringLiteral("connect"), server.url()}, env);
}

void requireOk(const CliRun &r)
{
    INFO(r.err.toStdString());
    INFO(r.out.toStdString());
    REQUIRE(r.code == 0);
}

QJsonObject statusOf(const QString &db, const QString &user)
{
    const CliRun r =
        as(db, user, {QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")});
    // --json is a global option: it comes before the command.
    requireOk(r);
    return QJsonDocument::fromJson(r.bytes).object();
}

qint64 number(const QString &file, const QString &sql)
{
    return fileValue(file, sql).toLongLong();
}

qint64 userId(const QString &store, const QString &email)
{
    return number(store, QStringLiteral("SELECT id FROM users WHERE email = '%1'").arg(email));
}

} // namespace

TEST_CASE("syncCli_twoReplicas_exchangeAnEditAndNeverHoldWhatTheirUserMayNotSee", "[synccli]")
{
    ServerRun server;
    const QString mine = server.dirPath(QStringLiteral("manager1.voronka"));
    const QString heads = server.dirPath(QStringLiteral("head.voronka"));
    const CliRun connected = connect(server, mine, kManager1);
    requireOk(connected);
    CHECK(connected.out.startsWith(QStringLiteral("Connected ")));
    // Progress per record type on standard error, as the records arrive.
    CHECK(connected.err.contains(QStringLiteral("settings: 0")));
    CHECK(connected.err.contains(QStringLiteral("deal: ")));
    requireOk(connect(server, heads, kHead));

    // The settings rows have the server's ids, so ids compare across the files.
    const qint64 m1 = userId(server.store(), kManager1);
    const qint64 london = userId(server.store(), QStringLiteral("manager3@example.com"));
    CHECK(userId(mine, kManager1) == m1);
    const QString dealsOf = QStringLiteral("SELECT count(*) FROM deals WHERE responsible_id = %1");
    CHECK(number(server.store(), dealsOf.arg(london)) > 0);
    CHECK(number(heads, dealsOf.arg(london)) == 0); // another department's
    CHECK(number(mine, dealsOf.arg(m1)) == number(server.store(), dealsOf.arg(m1)));
    CHECK(number(mine,
                 QStringLiteral("SELECT count(*) FROM deals WHERE responsible_id <> %1").arg(m1)) ==
          0);
    // Only the replica's own user has a password in it.
    CHECK(number(mine, QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT "
                                      "NULL")) == 1);
    CHECK(as(mine, kHead, {QStringLiteral("sync"), QStringLiteral("status")}).code == 2);

    // Offline: a new deal and an edit of it wait in the outbox.
    const CliRun added =
        as(mine, kManager1,
           {QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--field"),
            QStringLiteral("name=Windows for the school")});
    requireOk(added);
    const QString id = added.out.trimmed();
    requireOk(as(mine, kManager1,
                 {QStringLiteral("deal"), QStringLiteral("set"), id, QStringLiteral("--field"),
                  QStringLiteral("name=Windows for the school, phase two")}));
    QJsonObject status = statusOf(mine, kManager1);
    CHECK(status.value(QStringLiteral("pending")).toInt() == 2);
    CHECK(status.value(QStringLiteral("last_sync")).isNull());

    requireOk(as(mine, kManager1, {QStringLiteral("sync"), QStringLiteral("now")}));
    status = statusOf(mine, kManager1);
    CHECK(status.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(status.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(status.value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(!status.value(QStringLiteral("last_sync")).toString().isEmpty());

    requireOk(as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")}));
    const CliRun found = as(heads, kHead, {QStringLiteral("search"), QStringLiteral("phase two")});
    requireOk(found);
    CHECK(found.out.contains(QStringLiteral("Windows for the school, phase two")));
    CHECK(number(heads, dealsOf.arg(london)) == 0);
    CHECK(statusOf(heads, kHead).value(QStringLiteral("pending")).toInt() == 0);
    // `sync now` returns when it is done: it never asks the server to hold a pull.
    CHECK(server.waitForLog(QStringLiteral("GET /v1/sync/pull 200")));
    CHECK(!server.log().contains(QStringLiteral(" waits ")));
}

TEST_CASE("syncCli_connect_refusesAUsedFileAndSaysWhyTheServerRefused", "[synccli]")
{
    ServerRun server;
    const QString replica = server.dirPath(QStringLiteral("replica.voronka"));

    const CliRun wrong = connect(server, replica, kManager1, CliEnv{QStringLiteral("nope")});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.contains(QStringLiteral("does not know this email or password")));
    CHECK(!QFile::exists(replica));

    const QString used = server.dirPath(QStringLiteral("used.voronka"));
    REQUIRE(QFile::copy(tinyDemo(3), used));
    const CliRun refused = connect(server, used, kManager1);
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("already exists and is not empty")));
    const CliRun notReplica = as(used, kManager1, {QStringLiteral("sync"), QStringLiteral("now")});
    CHECK(notReplica.code == 2);
    CHECK(notReplica.err.contains(QStringLiteral("is not a team server's replica")));

    // Five wrong passwords lock the account on the server for a while.
    const QString locked = QStringLiteral("manager4@example.com");
    for (int i = 0; i < 5; ++i)
        CHECK(connect(server, replica, locked, CliEnv{QStringLiteral("nope")}).code == 2);
    const CliRun lockedOut = connect(server, replica, locked);
    CHECK(lockedOut.code == 2);
    CHECK(lockedOut.err.contains(QStringLiteral("refuses to sign this account in")));

    requireOk(connect(server, replica, kManager1));
    server.stop();
    const CliRun away = as(replica, kManager1, {QStringLiteral("sync"), QStringLiteral("now")});
    CHECK(away.code == 2);
    CHECK(away.err.contains(QStringLiteral("cannot be reached")));
}

// The desktop's Cancel: asked after each bootstrap page, it stops the download and takes the
// half-made replica away.
TEST_CASE("replicaSetup_cancelledDuringTheDownload_leavesNoFileAndSaysSo", "[synccli]")
{
    ServerRun server;
    const QString replica = server.dirPath(QStringLiteral("replica.voronka"));
    namespace Setup = Voronka::Core::Sync::ReplicaSetup;
    const Voronka::Core::SystemClock clock;
    QStringList phases;
    bool fileWhileDownloading = false;
    const auto progress = [&](const QString &phase, qint64) {
        phases << phase;
        fileWhileDownloading = fileWhileDownloading || QFile::exists(replica);
    };
    // Stops once the first record page has arrived.
    const auto cancelled = [&] { return phases.size() >= 2; };
    const auto done = Setup::connect(QUrl(server.url()), kAdmin, QStringLiteral("demo"), replica,
                                     clock, progress, cancelled);
    REQUIRE_FALSE(done);
    CHECK(done.error().code == Voronka::Core::Error::Code::Cancelled);
    CHECK(done.error().message.contains(replica));
    CHECK(phases.value(0) == u"settings");
    CHECK(fileWhileDownloading);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        CHECK_FALSE(QFile::exists(replica + QLatin1String(suffix)));

    // Nothing cancelled: the same path connects cleanly afterwards.
    const auto again = Setup::connect(QUrl(server.url()), kAdmin, QStringLiteral("demo"), replica,
                                      clock, {}, [] { return false; });
    REQUIRE(again);
    CHECK(again->records > 0);
}

TEST_CASE("syncCli_settingsChangedOnTheServer_reachTheReplicaAtTheNextSync", "[synccli]")
{
    ServerRun server;
    const QString heads = server.dirPath(QStringLiteral("head.voronka"));
    requireOk(connect(server, heads, kHead));
    requireOk(as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")}));

    // An administrator adds a department on the server's store while it serves.
    requireOk(
        as(server.store(), kAdmin,
           {QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("Service Kazan")}));
    const QString kazan =
        QStringLiteral("SELECT count(*) FROM departments WHERE name = 'Service Kazan'");
    CHECK(number(heads, kazan) == 0);
    const CliRun synced = as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")});
    requireOk(synced);
    CHECK(synced.err.contains(QStringLiteral("settings were updated")));
    CHECK(number(heads, kazan) == 1);
    CHECK(number(heads, QStringLiteral("SELECT id FROM departments WHERE name = 'Service "
                                       "Kazan'")) ==
          number(server.store(), QStringLiteral("SELECT id FROM departments WHERE name = "
                                                "'Service Kazan'")));
    // Nothing changed since: no second download.
    const CliRun again = as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")});
    requireOk(again);
    CHECK(!again.err.contains(QStringLiteral("settings were updated")));
}

TEST_CASE("syncCli_serverKilledDuringAPush_losesNothingAckedAndAppliesNothingTwice", "[synccli]")
{
    ServerRun server;
    const QString replica = server.dirPath(QStringLiteral("admin.voronka"));
    requireOk(connect(server, replica, kAdmin));
    const int rows = 1200; // three pushes of at most 500
    const QString csv = server.dirPath(QStringLiteral("bulk.csv"));
    {
        QFile f(csv);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Name,Budget\n");
        for (int i = 0; i < rows; ++i)
            f.write(QStringLiteral("Bulk deal %1,%2\n").arg(i).arg(i * 10).toUtf8());
    }
    requireOk(as(replica, kAdmin, {QStringLiteral("import"), QStringLiteral("deals"), csv}));
    CHECK(statusOf(replica, kAdmin).value(QStringLiteral("pending")).toInt() == rows);

    // The client pushes; the server dies once the first batch is answered, with the next one
    // on its way or being applied.
    QProcess client;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("demo"));
    client.setProcessEnvironment(env);
    client.start(QStringLiteral(VORONKA_CLI_PATH),
                 {QStringLiteral("--db"), replica, QStringLiteral("--user"), kAdmin,
                  QStringLiteral("sync"), QStringLiteral("now")});
    REQUIRE(server.waitForLog(QStringLiteral("POST /v1/sync/push 200")));
    server.kill();
    REQUIRE(client.waitForFinished(30000));
    INFO(client.readAllStandardError().toStdString());
    CHECK(client.exitStatus() == QProcess::NormalExit);
    const QString bulk = QStringLiteral("SELECT count(*) FROM deals WHERE name LIKE 'Bulk deal %'");
    const qint64 acked =
        number(replica, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 1 AND state = 1"));
    CHECK(acked < rows);
    // Whatever the server acknowledged survived its death, and the first batch was committed
    // before its answer was logged, whether or not the answer reached the client (when it did
    // not, the retry below must find those mutations already applied).
    CHECK(number(server.store(), bulk) >= std::max<qint64>(acked, 500));

    server.start(server.port());
    requireOk(as(replica, kAdmin, {QStringLiteral("sync"), QStringLiteral("now")}));
    const QJsonObject status = statusOf(replica, kAdmin);
    CHECK(status.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(status.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(number(server.store(), bulk) == rows);
    CHECK(number(server.store(),
                 QStringLiteral("SELECT count(DISTINCT name) FROM deals WHERE name LIKE 'Bulk "
                                "deal %'")) == rows);
    // Each mutation applied once: one receipt and one change-log row each.
    const qint64 admin = userId(server.store(), kAdmin);
    CHECK(number(server.store(),
                 QStringLiteral("SELECT count(*) FROM server_receipts WHERE user_id = %1")
                     .arg(admin)) == rows);
    CHECK(number(server.store(),
                 QStringLiteral("SELECT count(*) FROM server_log WHERE user_id = %1").arg(admin)) ==
          rows);
    CHECK(number(replica, QStringLiteral("SELECT count(DISTINCT result_seq) FROM outbox WHERE "
                                         "kind = 1 AND state = 1")) == rows);
    CHECK(number(replica, bulk) == rows);
}

// SYNC.md "Restore": the server goes back to a backup (a new epoch); the replica learns it at
// its next pull, downloads again and sends its recent acked changes again, so a deal the server
// had acknowledged after the backup is on the server again, once.
TEST_CASE("syncCli_serverRestoredFromABackup_getsTheReplicasLaterChangesBack", "[synccli]")
{
    ServerRun server;
    const QString mine = server.dirPath(QStringLiteral("manager1.voronka"));
    requireOk(connect(server, mine, kManager1));
    const QString backup = server.dirPath(QStringLiteral("backup.voronka"));
    requireOk(runProgram(serverPath(), {QStringLiteral("backup"), QStringLiteral("--store"),
                                        server.store(), backup}));
    requireOk(as(mine, kManager1,
                 {QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--field"),
                  QStringLiteral("name=Roof for the depot")}));
    requireOk(as(mine, kManager1, {QStringLiteral("sync"), QStringLiteral("now")}));
    const QString named = QStringLiteral("SELECT count(*) FROM deals WHERE name = 'Roof for the "
                                         "depot' AND deleted = 0");
    REQUIRE(number(server.store(), named) == 1);

    const quint16 port = server.port();
    REQUIRE(server.stop() == 0);
    requireOk(runProgram(serverPath(), {QStringLiteral("restore"), QStringLiteral("--store"),
                                        server.store(), backup}));
    CHECK(number(server.store(), named) == 0); // the backup is older than the deal
    server.start(port);

    // The first sync after the restore may end by telling that it started again; the next one
    // finds nothing left to do.
    (void)as(mine, kManager1, {QStringLiteral("sync"), QStringLiteral("now")});
    requireOk(as(mine, kManager1, {QStringLiteral("sync"), QStringLiteral("now")}));
    CHECK(number(server.store(), named) == 1);
    CHECK(number(mine, named) == 1);
    const QJsonObject status = statusOf(mine, kManager1);
    CHECK(status.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(status.value(QStringLiteral("rejected")).toInt() == 0);
}
