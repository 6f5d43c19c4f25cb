// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "serverrun.h"
#include "support/catch.h"
#include "support/pgtest.h"

#include "core/storage/database.h"
#include "core/storage/pgload.h"
#include "core/storage/schema.h"
#include "core/storage/sqlite.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Voronka::Test;
using Voronka::Core::Connection;
using Voronka::Core::Query;

// The team server on PostgreSQL, as an operator runs it: `voronka-server init --pg` (fresh and
// from a team's file), `serve --pg` on loopback, voronka-cli replicas syncing through it, and
// init's refusals. CTest's cli-pg runs these with a throwaway cluster (VORONKA_TEST_PG_DIR);
// without one they have nothing to run on and pass at once.
namespace {

const QString kManager1 = QStringLiteral("manager1@example.com");
const QString kHead = QStringLiteral("head@example.com");
const QString kAdmin = QStringLiteral("admin@example.com");

CliRun as(const QString &db, const QString &user, const QStringList &args, const CliEnv &env = {})
{
    return runCli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + args,
                  env);
}

CliRun server(const QStringList &args, const CliEnv &env = {})
{
    return runProgram(serverPath(), args, env);
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
    requireOk(r);
    return QJsonDocument::fromJson(r.bytes).object();
}

// Every row of a query as tab-joined text, sorted here (PostgreSQL and SQLite order text
// differently).
QStringList rowsOf(const QString &where, const QString &sql)
{
    Connection c(where, Connection::isPostgres(where) ? Connection::Mode::ReadWrite
                                                      : Connection::Mode::ReadOnly);
    Query q = c.prepare(sql);
    QStringList out;
    while (q->step()) {
        QStringList row;
        for (int i = 0; i < q->columnCount(); ++i)
            row << q->value(i).toString();
        out << row.join(u'\t');
    }
    out.sort();
    return out;
}

qint64 number(const QString &where, const QString &sql)
{
    const QStringList rows = rowsOf(where, sql);
    return rows.isEmpty() ? 0 : rows.first().toLongLong();
}

// What a schema holds that init could have made: relations, functions, types, collations.
qint64 objectsIn(const PgScratch &scratch)
{
    return number(pgUri(), QStringLiteral(R"SQL(
SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = '%1'::regnamespace)
     + (SELECT count(*) FROM pg_proc WHERE pronamespace = '%1'::regnamespace)
     + (SELECT count(*) FROM pg_type WHERE typnamespace = '%1'::regnamespace)
     + (SELECT count(*) FROM pg_collation WHERE collnamespace = '%1'::regnamespace))SQL")
                               .arg(scratch.schema()));
}

// The deals a user's replica holds, by uid, as the store (PostgreSQL) or a replica (SQLite)
// has them.
QStringList dealsOf(const QString &where, const QString &email)
{
    const QString uid = Connection::isPostgres(where)
                            ? QStringLiteral("upper(encode(d.uid, 'hex'))")
                            : QStringLiteral("hex(d.uid)");
    return rowsOf(where, QStringLiteral("SELECT %1, d.name, d.budget, s.name FROM deals d "
                                        "JOIN stages s ON s.id = d.stage_id JOIN users u ON "
                                        "u.id = d.responsible_id WHERE d.deleted = 0 AND "
                                        "u.email = '%2'")
                             .arg(uid, email));
}

// The scratch schema's URI with a password in it: the trust-authenticated test cluster ignores
// it, so it may be anything, and nothing may print it.
QString withPassword(const QString &uri, const QString &password)
{
    // Appended as text: a QUrlQuery round trip would decode search_path%3D, which libpq refuses.
    return uri + (uri.contains(u'?') ? u'&' : u'?') + QStringLiteral("password=") +
           QString::fromLatin1(QUrl::toPercentEncoding(password));
}

// The scratch schema's URI as libpq key=value pairs (its path as dbname, its query items as
// they are), with a password the trust-authenticated test cluster ignores.
QString keyValueOf(const PgScratch &scratch)
{
    // The scratch URI as libpq key=value pairs: its query items, and its path as dbname.
    const QUrl url(scratch.uri());
    QStringList pairs;
    if (!url.path().mid(1).isEmpty())
        pairs << QStringLiteral("dbname=%1").arg(url.path().mid(1));
    if (!url.host().isEmpty())
        pairs << QStringLiteral("host=%1").arg(url.host());
    if (url.port() > 0)
        pairs << QStringLiteral("port=%1").arg(url.port());
    if (!url.userName().isEmpty())
        pairs << QStringLiteral("user=%1").arg(url.userName());
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        pairs << QStringLiteral("%1 = '%2'").arg(key, QString(value).replace(u'\'', "\\'"));
    pairs << QStringLiteral("password='not shown anywhere'");
    return pairs.join(u' ');
}

} // namespace

TEST_CASE("pgServer_fromATeamFile_replicasConvergeThroughPostgresAndTheLoserSeesTheConflict",
          "[pg][pgserver]")
{
    if (pgUri().isEmpty())
        return; // no cluster named for this run
    PgScratch scratch;
    const QString secret = QStringLiteral("Pg-s3cret-in-the-uri");
    ServerRun run(ServerRun::OnPostgres{withPassword(scratch.uri(), secret)});
    CHECK(run.log().contains(QStringLiteral(" serving postgresql://")));
    const QString mine = run.dirPath(QStringLiteral("manager1.voronka"));
    const QString heads = run.dirPath(QStringLiteral("head.voronka"));
    for (const auto &[file, user] : {std::pair{mine, kManager1}, std::pair{heads, kHead}})
        requireOk(as(file, user, {QStringLiteral("sync"), QStringLiteral("connect"), run.url()}));

    // The store's rows are the ones the replicas downloaded.
    const QStringList stored = dealsOf(run.store(), kManager1);
    REQUIRE(!stored.isEmpty());
    CHECK(dealsOf(mine, kManager1) == stored);
    CHECK(dealsOf(heads, kManager1) == stored);

    // A new deal goes up from one replica and down to the other.
    const CliRun added = as(mine, kManager1,
                            {QStringLiteral("deal"), QStringLiteral("add"),
                             QStringLiteral("--field"), QStringLiteral("name=Boiler room, Kazan")});
    requireOk(added);
    const QString mineId = added.out.trimmed();
    requireOk(as(mine, kManager1, {QStringLiteral("sync"), QStringLiteral("now")}));
    CHECK(number(run.store(), QStringLiteral("SELECT count(*) FROM deals WHERE name = 'Boiler "
                                             "room, Kazan' AND deleted = 0")) == 1);
    requireOk(as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")}));
    const QString headsId = QString::number(
        number(heads, QStringLiteral("SELECT id FROM deals WHERE name = 'Boiler room, Kazan'")));
    REQUIRE(headsId != u"0");

    // Both edit its budget offline, the manager first; the head's later edit reaches the
    // server first, and the manager's push then loses to it (an older clock) and says so.
    requireOk(as(mine, kManager1,
                 {QStringLiteral("deal"), QStringLiteral("set"), mineId, QStringLiteral("--field"),
                  QStringLiteral("budget=1100")}));
    requireOk(as(heads, kHead,
                 {QStringLiteral("deal"), QStringLiteral("set"), headsId, QStringLiteral("--field"),
                  QStringLiteral("budget=2200")}));
    requireOk(as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")}));
    requireOk(as(mine, kManager1, {QStringLiteral("sync"), QStringLiteral("now")}));
    requireOk(as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")}));
    const QString budget =
        QStringLiteral("SELECT budget FROM deals WHERE name = 'Boiler room, Kazan'");
    const qint64 won = number(run.store(), budget); // in minor units
    CHECK(won == 220000);
    CHECK(number(mine, budget) == won);
    CHECK(number(heads, budget) == won);
    const QJsonObject status = statusOf(mine, kManager1);
    CHECK(status.value(QStringLiteral("pending")).toInt() == 0);
    CHECK(status.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(status.value(QStringLiteral("conflicts")).toInt() == 1);
    const QStringList lost = rowsOf(mine, QStringLiteral("SELECT field, local_value, server_value "
                                                         "FROM conflict_log"));
    INFO(lost.join(u'\n').toStdString());
    REQUIRE(lost.size() == 1);
    CHECK(lost.first() == QStringLiteral("budget\t110000\t220000"));
    CHECK(statusOf(heads, kHead).value(QStringLiteral("conflicts")).toInt() == 0);
    CHECK(statusOf(heads, kHead).value(QStringLiteral("pending")).toInt() == 0);

    // After all that, still the same rows on the server and in both replicas.
    const QStringList after = dealsOf(run.store(), kManager1);
    CHECK(after.size() == stored.size() + 1);
    CHECK(dealsOf(mine, kManager1) == after);
    CHECK(dealsOf(heads, kManager1) == after);
    // Three mutations, each answered once; the create and the winning edit changed the store,
    // the superseded edit nothing.
    CHECK(number(run.store(), QStringLiteral("SELECT count(*) FROM server_receipts")) == 3);
    CHECK(number(run.store(), QStringLiteral("SELECT count(*) FROM server_log")) == 2);

    REQUIRE(run.stop() == 0);
    CHECK(!run.log().contains(secret));
}

// Made from a key=value conninfo, the new store holds its administrator, and serves him.
TEST_CASE("pgServer_initFresh_fromKeyValueConninfo_servesItsNewAdministrator", "[pg][pgserver]")
{
    if (pgUri().isEmpty())
        return;
    PgScratch scratch;
    const QString conninfo = keyValueOf(scratch);

    const QString boss = QStringLiteral("boss@example.com");
    const CliRun init = server({QStringLiteral("init"), QStringLiteral("--pg"), conninfo,
                                QStringLiteral("--admin-email"), boss},
                               CliEnv{QStringLiteral("first-pass")});
    requireOk(init);
    CHECK(init.out.startsWith(QStringLiteral("Created store postgresql://")));
    CHECK(!init.out.contains(QStringLiteral("not shown anywhere")));
    CHECK(!init.out.contains(QStringLiteral("not%20shown")));
    CHECK(number(scratch.uri(), QStringLiteral("SELECT count(*) FROM users WHERE email = '%1' "
                                               "AND password_hash IS NOT NULL")
                                    .arg(boss)) == 1);
    CHECK(number(scratch.uri(), QStringLiteral("SELECT count(*) FROM deals")) == 0);
    CHECK(number(scratch.uri(), QStringLiteral("SELECT count(*) FROM server_state")) == 1);

    QProcess serving;
    serving.setProcessChannelMode(QProcess::MergedChannels);
    serving.start(serverPath(), {QStringLiteral("serve"), QStringLiteral("--pg"), conninfo,
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    REQUIRE(serving.waitForStarted(10000));
    QByteArray log;
    static const QRegularExpression at(QStringLiteral(" on 127\\.0\\.0\\.1:(\\d+) "));
    QRegularExpressionMatch m;
    while (!(m = at.match(QString::fromUtf8(log))).hasMatch()) {
        INFO(log.toStdString());
        REQUIRE(serving.waitForReadyRead(10000));
        log += serving.readAll();
    }
    const QString url2 = QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1));
    QTemporaryDir dir;
    const QString replica = dir.filePath(QStringLiteral("boss.voronka"));
    const CliEnv bossEnv{QStringLiteral("first-pass")};
    requireOk(
        as(replica, boss, {QStringLiteral("sync"), QStringLiteral("connect"), url2}, bossEnv));
    requireOk(as(replica, boss,
                 {QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--field"),
                  QStringLiteral("name=First deal on PostgreSQL")},
                 bossEnv));
    requireOk(as(replica, boss, {QStringLiteral("sync"), QStringLiteral("now")}, bossEnv));
    CHECK(dealsOf(scratch.uri(), boss) == dealsOf(replica, boss));
    CHECK(dealsOf(scratch.uri(), boss).size() == 1);
    serving.terminate();
    REQUIRE(serving.waitForFinished(10000));
    log += serving.readAll();
    CHECK(serving.exitCode() == 0);
    CHECK(!log.contains("not shown anywhere"));
    CHECK(!log.contains("not%20shown"));
}

TEST_CASE("pgServer_init_refusesBadStoresAndLeavesNothingBehind", "[pg][pgserver]")
{
    if (pgUri().isEmpty())
        return;
    PgScratch scratch;
    const auto init = [](const QString &pg, const QString &email, const QString &from = {},
                         const CliEnv &env = {}) {
        QStringList args{QStringLiteral("init"), QStringLiteral("--pg"), pg,
                         QStringLiteral("--admin-email"), email};
        if (!from.isEmpty())
            args << QStringLiteral("--from") << from;
        return server(args, env);
    };

    SECTION("a connection string that is neither a URI nor key=value")
    {
        const CliRun r = init(QStringLiteral("db.example.com:5432/voronka"), kAdmin);
        CHECK(r.code == 64);
        CHECK(r.err.contains(QStringLiteral("neither a postgresql:// URI nor key=value pairs")));
        const CliRun quote = init(QStringLiteral("host=db password='open"), kAdmin);
        CHECK(quote.code == 64);
        CHECK(quote.err.contains(QStringLiteral("password in the connection string has no "
                                                "closing quote")));
        CHECK(!quote.err.contains(QStringLiteral("open")));
    }
    SECTION("--store and --pg together, or a URI given to --store")
    {
        const CliRun both =
            server({QStringLiteral("serve"), QStringLiteral("--store"), QStringLiteral("x.voronka"),
                    QStringLiteral("--pg"), scratch.uri()});
        CHECK(both.code == 64);
        CHECK(both.err.contains(QStringLiteral("--store and --pg are exclusive")));
        const CliRun uriAsFile =
            server({QStringLiteral("serve"), QStringLiteral("--store"), scratch.uri()});
        CHECK(uriAsFile.code == 64);
        CHECK(uriAsFile.err.contains(QStringLiteral("name a PostgreSQL store with --pg")));
    }
    SECTION("a server that cannot be reached, its password never shown")
    {
        const QString away = QStringLiteral("postgresql://crm:Hush-42@127.0.0.1:1/voronka");
        const CliRun r = init(away, kAdmin);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral(
            "Cannot connect to the PostgreSQL database postgresql://crm@127.0.0.1:1/voronka: ")));
        CHECK(!r.err.contains(QStringLiteral("Hush-42")));
        const CliRun serving = server({QStringLiteral("serve"), QStringLiteral("--pg"), away});
        CHECK(serving.code == 1);
        CHECK(serving.err.contains(QStringLiteral("Cannot connect to the PostgreSQL database")));
        CHECK(!serving.err.contains(QStringLiteral("Hush-42")));
        CHECK(!serving.out.contains(QStringLiteral("Hush-42")));
    }
    SECTION("a search_path naming no schema")
    {
        const QString none =
            QString(scratch.uri()).replace(scratch.schema(), scratch.schema() + u"_missing");
        const CliRun r = init(none, kAdmin);
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("names no schema that exists there")));
    }
    SECTION("a schema that already holds tables")
    {
        requireOk(init(scratch.uri(), kAdmin, tinyDemo(3)));
        const qint64 made = objectsIn(scratch);
        const qint64 deals = number(scratch.uri(), QStringLiteral("SELECT count(*) FROM deals"));
        const CliRun again = init(scratch.uri(), QStringLiteral("other@example.com"));
        CHECK(again.code == 1);
        CHECK(again.err.contains(QStringLiteral("already holds tables: init makes a new store in "
                                                "an empty schema")));
        CHECK(objectsIn(scratch) == made);
        CHECK(number(scratch.uri(), QStringLiteral("SELECT count(*) FROM deals")) == deals);
        CHECK(number(scratch.uri(), QStringLiteral("SELECT count(*) FROM users WHERE email = "
                                                   "'other@example.com'")) == 0);
    }
    SECTION("the team's administrator with a wrong password, or a user who is not one")
    {
        const QByteArray demoBefore = fileHash(tinyDemo(3));
        const CliRun wrong =
            init(scratch.uri(), kAdmin, tinyDemo(3), CliEnv{QStringLiteral("not-demo")});
        CHECK(wrong.code == 1);
        CHECK(wrong.err.contains(QStringLiteral("Unknown user or wrong password")));
        CHECK(objectsIn(scratch) == 0);
        const CliRun notAdmin = init(scratch.uri(), kManager1, tinyDemo(3));
        CHECK(notAdmin.code == 1);
        CHECK(notAdmin.err.contains(QStringLiteral("is not an administrator of")));
        CHECK(objectsIn(scratch) == 0);
        // The team's file was only read: not even its sign-in log changed.
        CHECK(fileHash(tinyDemo(3)) == demoBefore);
    }
    SECTION("a failure after the store was made takes it all away again")
    {
        // The administrator's email is checked once the database exists (Admin::initialize).
        const CliRun r = init(scratch.uri(), QStringLiteral("not an email"));
        CHECK(r.code == 1);
        CHECK(r.err.contains(QStringLiteral("is not an email address")));
        CHECK(objectsIn(scratch) == 0);
        // And the schema takes a store afterwards.
        requireOk(init(scratch.uri(), kAdmin));
    }
    SECTION("a team file that does not exist")
    {
        QTemporaryDir dir;
        const CliRun r = init(scratch.uri(), kAdmin, dir.filePath(QStringLiteral("no.voronka")));
        CHECK(r.code == 1);
        CHECK(objectsIn(scratch) == 0);
    }
}

// A PostgreSQL store's backup is a Voronka file; a restore puts a backup's rows in place of the
// store's, under a new epoch.
TEST_CASE("pgServer_backupAndRestore_throughTheCommandLine", "[pg][pgserver]")
{
    if (pgUri().isEmpty())
        return;
    PgScratch scratch;
    QTemporaryDir dir;
    requireOk(
        server({QStringLiteral("init"), QStringLiteral("--pg"), scratch.uri(),
                QStringLiteral("--admin-email"), kAdmin, QStringLiteral("--from"), tinyDemo(3)}));
    const QString dealsSql = QStringLiteral("SELECT name, budget FROM deals WHERE deleted = 0");
    const QStringList stored = rowsOf(scratch.uri(), dealsSql);
    REQUIRE(!stored.isEmpty());
    const QString epochSql = QStringLiteral("SELECT epoch FROM server_state");
    const QStringList epoch = rowsOf(scratch.uri(), epochSql);

    const QString backup = dir.filePath(QStringLiteral("store-backup.voronka"));
    const QString secret = QStringLiteral("Backup-pass-9");
    const CliRun backedUp = server({QStringLiteral("backup"), QStringLiteral("--pg"),
                                    withPassword(scratch.uri(), secret), backup});
    requireOk(backedUp);
    CHECK(backedUp.out.startsWith(QStringLiteral("Backed up postgresql://")));
    CHECK(!backedUp.out.contains(secret));
    CHECK(rowsOf(backup, dealsSql) == stored);

    // Another team's rows replace the store's; then the backup brings the first ones back.
    const QString other = dir.filePath(QStringLiteral("other.voronka"));
    REQUIRE(QFile::copy(tinyDemo(4), other));
    const QStringList others = rowsOf(other, dealsSql);
    REQUIRE(others != stored);
    const CliRun replaced = server({QStringLiteral("restore"), QStringLiteral("--pg"),
                                    withPassword(scratch.uri(), secret), other});
    requireOk(replaced);
    CHECK(replaced.out.startsWith(QStringLiteral("Restored postgresql://")));
    CHECK(!replaced.out.contains(secret));
    CHECK(rowsOf(scratch.uri(), dealsSql) == others);
    CHECK(rowsOf(scratch.uri(), epochSql) != epoch);
    requireOk(server({QStringLiteral("restore"), QStringLiteral("--pg"), scratch.uri(), backup}));
    CHECK(rowsOf(scratch.uri(), dealsSql) == stored);

    const CliRun missing = server({QStringLiteral("restore"), QStringLiteral("--pg"), scratch.uri(),
                                   dir.filePath(QStringLiteral("none.voronka"))});
    CHECK(missing.code == 1);
    CHECK(rowsOf(scratch.uri(), dealsSql) == stored);
}

namespace {

// `voronka-server serve` with these store arguments on a given loopback port; its log so far.
struct Serving
{
    QProcess process;
    QByteArray log;
    quint16 port = 0;
    void start(const QStringList &storeArgs, quint16 at)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(serverPath(), QStringList{QStringLiteral("serve")} + storeArgs +
                                        QStringList{QStringLiteral("--listen"),
                                                    QStringLiteral("127.0.0.1:%1").arg(at)});
        REQUIRE(process.waitForStarted(10000));
        static const QRegularExpression serving(QStringLiteral(" on 127\\.0\\.0\\.1:(\\d+) "));
        QRegularExpressionMatch m;
        while (!(m = serving.match(QString::fromUtf8(log))).hasMatch()) {
            INFO(log.toStdString());
            REQUIRE(process.waitForReadyRead(10000));
            log += process.readAll();
        }
        port = quint16(m.captured(1).toUInt());
    }
    int stop()
    {
        process.terminate();
        REQUIRE(process.waitForFinished(10000));
        log += process.readAll();
        return process.exitCode();
    }
};

} // namespace

// A team's server moves from its SQLite store to PostgreSQL: `init --pg --from` the stopped
// server's store brings the server tables along (same epoch and seq), and the replicas that
// synced with the file go on syncing with PostgreSQL on the same address, without a bootstrap.
TEST_CASE("pgServer_aServersSqliteStoreMovesToPostgres_replicasGoOnSyncing", "[pg][pgserver]")
{
    if (pgUri().isEmpty())
        return;
    ServerRun run; // an SQLite store, served
    const QString mine = run.dirPath(QStringLiteral("manager1.voronka"));
    const QString heads = run.dirPath(QStringLiteral("head.voronka"));
    for (const auto &[file, user] : {std::pair{mine, kManager1}, std::pair{heads, kHead}})
        requireOk(as(file, user, {QStringLiteral("sync"), QStringLiteral("connect"), run.url()}));
    requireOk(as(mine, kManager1,
                 {QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--field"),
                  QStringLiteral("name=Before the move")}));
    requireOk(as(mine, kManager1, {QStringLiteral("sync"), QStringLiteral("now")}));
    requireOk(as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")}));
    const QString stateSql = QStringLiteral("SELECT seq, epoch FROM server_state");
    const QStringList state = rowsOf(run.store(), stateSql);
    REQUIRE(number(run.store(), QStringLiteral("SELECT seq FROM server_state")) > 0);
    const QString logSql = QStringLiteral("SELECT seq, entity_type, entity_uid, mutation_id, at "
                                          "FROM server_log");
    const QStringList serverLog = rowsOf(run.store(), logSql);
    const qint64 tokens = number(run.store(), QStringLiteral("SELECT count(*) FROM server_tokens"));
    REQUIRE(tokens > 0);
    const quint16 port = run.port();
    REQUIRE(run.stop() == 0);

    PgScratch scratch;
    const auto moveTo = [&](const CliEnv &env) {
        return server({QStringLiteral("init"), QStringLiteral("--pg"), scratch.uri(),
                       QStringLiteral("--admin-email"), kAdmin, QStringLiteral("--from"),
                       run.store()},
                      env);
    };
    // The administrator's password is checked before anything is made.
    const CliRun wrong = moveTo(CliEnv{QStringLiteral("not-demo")});
    CHECK(wrong.code == 1);
    CHECK(wrong.err.contains(QStringLiteral("Unknown user or wrong password")));
    CHECK(objectsIn(scratch) == 0);
    const CliRun moved = moveTo(CliEnv{});
    requireOk(moved);
    CHECK(rowsOf(scratch.uri(), stateSql) == state);
    CHECK(rowsOf(scratch.uri(), logSql) == serverLog);
    CHECK(number(scratch.uri(), QStringLiteral("SELECT count(*) FROM server_tokens")) == tokens);
    CHECK(dealsOf(scratch.uri(), kManager1) == dealsOf(run.store(), kManager1));

    Serving pg;
    pg.start({QStringLiteral("--pg"), scratch.uri()}, port);
    CHECK(pg.port == port);
    requireOk(as(mine, kManager1,
                 {QStringLiteral("deal"), QStringLiteral("add"), QStringLiteral("--field"),
                  QStringLiteral("name=After the move")}));
    requireOk(as(mine, kManager1, {QStringLiteral("sync"), QStringLiteral("now")}));
    requireOk(as(heads, kHead, {QStringLiteral("sync"), QStringLiteral("now")}));
    CHECK(number(scratch.uri(), QStringLiteral("SELECT count(*) FROM deals WHERE name = 'After "
                                               "the move' AND deleted = 0")) == 1);
    CHECK(number(heads, QStringLiteral("SELECT count(*) FROM deals WHERE name = 'After the "
                                       "move' AND deleted = 0")) == 1);
    CHECK(dealsOf(heads, kManager1) == dealsOf(scratch.uri(), kManager1));
    CHECK(dealsOf(mine, kManager1) == dealsOf(scratch.uri(), kManager1));
    CHECK(number(scratch.uri(), QStringLiteral("SELECT seq FROM server_state")) >
          number(run.store(), QStringLiteral("SELECT seq FROM server_state")));
    REQUIRE(pg.stop() == 0);
    // Nobody had to start over: no replica bootstrapped again, none was told to.
    INFO(pg.log.toStdString());
    CHECK(pg.log.contains("POST /v1/sync/push 200"));
    CHECK(pg.log.contains("GET /v1/sync/pull"));
    CHECK(!pg.log.contains("/v1/sync/bootstrap"));
    CHECK(statusOf(mine, kManager1).value(QStringLiteral("pending")).toInt() == 0);
    CHECK(statusOf(heads, kHead).value(QStringLiteral("rejected")).toInt() == 0);
}

// A PostgreSQL server that asks for a password (the test cluster's role voronka_pw over TCP):
// the right one in the URI makes and serves a store; a wrong one is refused in the server's
// words, and no output shows either password.
TEST_CASE("pgServer_aPasswordServer_rightPasswordServesWrongOneIsRefusedUnshown", "[pg][pgserver]")
{
    const QString dir = qEnvironmentVariable("VORONKA_TEST_PG_DIR");
    QFile file(dir + QStringLiteral("/password-uri"));
    if (dir.isEmpty() || !file.open(QIODevice::ReadOnly))
        return; // no cluster with a password role named for this run
    const QString base = QString::fromUtf8(file.readAll().trimmed());
    const QString password = QUrl(base).password();
    REQUIRE(!password.isEmpty());
    PgScratch scratch;
    {
        Connection admin(pgUri(), Connection::Mode::ReadWrite);
        admin.exec(QStringLiteral("ALTER SCHEMA %1 OWNER TO voronka_pw").arg(scratch.schema()));
    }
    const QString uri = base + QStringLiteral("?options=-csearch_path%3D") + scratch.schema();
    const QString wrongPassword = QStringLiteral("Wrong-horse-77");
    const QString wrong = QString(uri).replace(QStringLiteral(":%1@").arg(password),
                                               QStringLiteral(":%1@").arg(wrongPassword));
    const auto shows = [&](const CliRun &r) {
        return r.out.contains(password) || r.err.contains(password) ||
               r.out.contains(wrongPassword) || r.err.contains(wrongPassword);
    };

    const CliRun refusedInit = server({QStringLiteral("init"), QStringLiteral("--pg"), wrong,
                                       QStringLiteral("--admin-email"), kAdmin});
    CHECK(refusedInit.code == 1);
    CHECK(refusedInit.err.contains(QStringLiteral("Cannot connect to the PostgreSQL database")));
    CHECK(refusedInit.err.contains(QStringLiteral("password authentication failed")));
    CHECK(!shows(refusedInit));
    CHECK(objectsIn(scratch) == 0);

    const CliRun init = server({QStringLiteral("init"), QStringLiteral("--pg"), uri,
                                QStringLiteral("--admin-email"), kAdmin});
    requireOk(init);
    CHECK(!shows(init));
    CHECK(number(scratch.uri(),
                 QStringLiteral("SELECT count(*) FROM users WHERE email = '%1'").arg(kAdmin)) == 1);

    for (const char *command : {"serve", "backup"}) {
        INFO(command);
        QStringList args{QString::fromLatin1(command), QStringLiteral("--pg"), wrong};
        if (QLatin1String(command) == QLatin1String("backup"))
            args << scratch.schema() + QStringLiteral(".voronka");
        const CliRun refused = server(args);
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("password authentication failed")));
        CHECK(!shows(refused));
    }

    Serving serving;
    serving.start({QStringLiteral("--pg"), uri}, 0);
    CHECK(serving.log.contains(" serving postgresql://voronka_pw@127.0.0.1:"));
    QTemporaryDir replicas;
    const QString replica = replicas.filePath(QStringLiteral("admin.voronka"));
    requireOk(as(replica, kAdmin,
                 {QStringLiteral("sync"), QStringLiteral("connect"),
                  QStringLiteral("http://127.0.0.1:%1").arg(serving.port)}));
    REQUIRE(serving.stop() == 0);
    CHECK(!serving.log.contains(password.toUtf8()));
}

// A store of the schema before the latest on PostgreSQL: the server upgrades it as it opens it
// and says where the backup from before went (--backup-dir).
TEST_CASE("pgServer_anOlderStoreIsUpgradedAndItsBackupNamed", "[pg][pgserver]")
{
    if (pgUri().isEmpty())
        return;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("older.voronka"));
    const int older = Voronka::Core::Schema::latestVersion() - 1;
    REQUIRE(Voronka::Core::Database::createAtVersion(file, older).ok());
    PgScratch scratch;
    {
        Connection pg(scratch.uri(), Connection::Mode::ReadWrite);
        Connection lite(file, Connection::Mode::ReadOnly);
        Voronka::Core::PgLoad::create(pg, lite);
    }
    const QString backups = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(backups));
    const QString out = dir.filePath(QStringLiteral("now.voronka"));
    const CliRun r = server({QStringLiteral("backup"), QStringLiteral("--pg"), scratch.uri(), out,
                             QStringLiteral("--backup-dir"), backups});
    requireOk(r);
    const QStringList made = QDir(backups).entryList(QDir::Files);
    REQUIRE(made.size() == 1);
    CHECK(made.first().startsWith(QStringLiteral("postgres.v%1-").arg(older)));
    CHECK(r.out.contains(QStringLiteral("to schema %1; its backup from before is %2")
                             .arg(Voronka::Core::Schema::latestVersion())
                             .arg(QDir(backups).filePath(made.first()))));
    CHECK(number(dir.filePath(QStringLiteral("backups/") + made.first()),
                 QStringLiteral("PRAGMA user_version")) == older);
    CHECK(number(out, QStringLiteral("PRAGMA user_version")) ==
          Voronka::Core::Schema::latestVersion());
    CHECK(number(scratch.uri(), QStringLiteral("SELECT value FROM voronka_meta WHERE key = "
                                               "'user_version'")) ==
          Voronka::Core::Schema::latestVersion());
}
