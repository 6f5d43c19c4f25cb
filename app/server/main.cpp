// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "httpfront.h"
#include "quitsignals.h"

#include "app/cli/password.h"
#include "app/version.h"
#include "core/platform/allocator.h"
#include "core/storage/database.h"
#include "core/sync/serverapi.h"
#include "core/sync/serverauth.h"
#include "core/sync/serverfile.h"
#include "core/sync/serverstore.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTextStream>

// voronka-server: the team sync server (SYNC.md). Thin: it parses arguments, opens the store
// and puts the HTTP front before core/sync's ServerApi.
namespace {

using namespace Voronka::Core;
using namespace Voronka::Core::Sync;

const char *const kUsage = R"(Usage: voronka-server COMMAND (--store FILE | --pg CONNINFO) [OPTIONS]

The store is an SQLite file (--store FILE) or a PostgreSQL 15 database (--pg CONNINFO: a
postgresql:// URI or libpq key=value pairs, e.g. "host=db dbname=voronka user=crm"; the store
lives in the first schema of its search_path). Keep the password out of CONNINFO: libpq reads
PGPASSWORD and ~/.pgpass.

Commands:
  init --store FILE | --pg CONNINFO --admin-email EMAIL [--from team.voronka]
                        a new store with its administrator (password from
                        VORONKA_PASSWORD or standard input), or a copy of a team's file
                        whose administrator EMAIL is; on PostgreSQL the schema must
                        hold no tables
  serve --store FILE | --pg CONNINFO [--listen 127.0.0.1:8470] [--backup-dir DIR]
                        answers the sync protocol until SIGTERM or SIGINT; one log line
                        per request on standard output (and one when a pull starts
                        waiting for changes); port 0 picks a free one
  backup --store FILE | --pg CONNINFO OUT [--backup-dir DIR]
                        a consistent copy of the store (a Voronka file), safe while it
                        serves
  restore --store FILE | --pg CONNINFO IN
                        replaces the stopped store with a backup; a new epoch, every
                        token revoked
  --version             the version of this program

serve and backup upgrade a store of an older schema first, after a backup copy of it:
beside a FILE, and for --pg in --backup-dir DIR (the system's temporary folder when
not given); the copy's path is printed. init --pg --from takes a team's Voronka file or
a server's SQLite store: a store moves to PostgreSQL with its sync log, so its
replicas go on syncing.
)";

enum Exit { Success = 0, Failure = 1, Usage = 64 };

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

int usage(const QString &problem)
{
    err() << "voronka-server: " << problem << "\n" << kUsage << Qt::flush;
    return Usage;
}

int fail(const QString &problem)
{
    err() << "voronka-server: " << problem << Qt::endl;
    return Failure;
}

struct Args
{
    QString command;
    QString store, pg, adminEmail, from, backupDir, listen = QStringLiteral("127.0.0.1:8470");
    QStringList rest;
    // The store as it is opened (a file, or --pg as a postgresql:// URI) and as it is shown
    // (the URI without its password).
    QString location, shown;
};

std::optional<Args> parse(QStringList list, QString &problem)
{
    Args a;
    while (!list.isEmpty()) {
        const QString arg = list.takeFirst();
        QString *option = arg == u"--store"         ? &a.store
                          : arg == u"--pg"          ? &a.pg
                          : arg == u"--admin-email" ? &a.adminEmail
                          : arg == u"--from"        ? &a.from
                          : arg == u"--listen"      ? &a.listen
                          : arg == u"--backup-dir"  ? &a.backupDir
                                                    : nullptr;
        if (option) {
            if (list.isEmpty()) {
                problem = QStringLiteral("%1 needs a value.").arg(arg);
                return std::nullopt;
            }
            *option = list.takeFirst();
        } else if (arg == u"--help" || arg == u"-h") {
            a.command = QStringLiteral("help");
        } else if (arg.startsWith(u'-')) {
            problem = QStringLiteral("unknown option '%1'.").arg(arg);
            return std::nullopt;
        } else if (a.command.isEmpty()) {
            a.command = arg;
        } else {
            a.rest << arg;
        }
    }
    return a;
}

// Opens the store for serve and backup: an older schema is upgraded, and where its backup from
// before went is said.
Result<std::unique_ptr<Database>> openStore(const Args &a)
{
    Database::Options options;
    options.upgradeBackupDir = a.backupDir;
    Result<std::unique_ptr<Database>> db = Database::open(a.location, options);
    if (db && !(*db)->upgradeBackup().isEmpty())
        out() << "Upgraded " << a.shown << " to schema " << (*db)->schemaVersion()
              << "; its backup from before is " << (*db)->upgradeBackup() << Qt::endl;
    return db;
}

int serve(const Args &a)
{
    const int colon = int(a.listen.lastIndexOf(u':'));
    bool portOk = false;
    const uint port = colon > 0 ? a.listen.mid(colon + 1).toUInt(&portOk) : 0;
    const QHostAddress host(a.listen.left(colon));
    if (!portOk || port > 65535 || host.isNull())
        return usage(QStringLiteral("--listen needs HOST:PORT, e.g. 127.0.0.1:8470."));
    Result<std::unique_ptr<Database>> db = openStore(a);
    if (!db)
        return fail(db.error().message);
    const SystemClock clock;
    Result<std::unique_ptr<ServerStore>> store = ServerStore::attach(**db, clock);
    if (!store)
        return fail(store.error().message);
    Result<std::unique_ptr<ServerAuth>> auth = ServerAuth::attach(**db, clock);
    if (!auth)
        return fail(auth.error().message);
    Result<std::unique_ptr<ServerApi>> api = ServerApi::create(**db, clock, **store, **auth);
    if (!api)
        return fail(api.error().message);

    Voronka::Server::HttpFront front(**api, out());
    // SIGTERM and SIGINT (console events on Windows) end the event loop; the store closes.
    // Pulls waiting for a change get their (empty) page rather than a cut connection.
    const Voronka::Server::QuitSignals quitSignals([&front] { front.releaseHeld(); });
    if (!quitSignals.ok())
        return fail(QStringLiteral("cannot set up signal handling."));

    auto *tcp = new QTcpServer(&front);
    if (!tcp->listen(host, quint16(port)))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(a.listen, tcp->errorString()));
    front.bind(tcp);
    out() << "voronka-server " << VORONKA_VERSION_FULL << " serving " << a.shown << " on "
          << host.toString() << ':' << tcp->serverPort() << " (epoch " << (*store)->epoch() << ")"
          << Qt::endl;
    const int code = QCoreApplication::exec();
    out() << "voronka-server stopped" << Qt::endl;
    return code;
}

int run(const QStringList &arguments)
{
    if (arguments == QStringList{QStringLiteral("--version")}) {
        out() << "voronka-server " << VORONKA_VERSION_FULL << " (protocol " << kProtocolVersion
              << ")" << Qt::endl;
        return Success;
    }
    QString problem;
    std::optional<Args> a = parse(arguments, problem);
    if (!a)
        return usage(problem);
    if (a->command.isEmpty())
        return usage(QStringLiteral("no command given."));
    if (a->command == u"help") {
        out() << kUsage << Qt::flush;
        return Success;
    }
    if (a->store.isEmpty() && a->pg.isEmpty())
        return usage(QStringLiteral("--store FILE or --pg CONNINFO is required."));
    if (!a->store.isEmpty() && !a->pg.isEmpty())
        return usage(QStringLiteral("--store and --pg are exclusive: the store is a file or a "
                                    "PostgreSQL database."));
    if (Connection::isPostgres(a->store))
        return usage(QStringLiteral("--store takes a file; name a PostgreSQL store with --pg."));
    if (!a->pg.isEmpty()) {
        const Result<QString> uri = ServerFile::postgresUri(a->pg);
        if (!uri)
            return usage(uri.error().message);
        a->location = *uri;
        a->shown = Database::redactedUri(*uri);
        // Said plainly before anything else: the server cannot be reached, the password is
        // wrong, the schema does not exist (init says it itself, undoing what it made).
        if (a->command == u"serve" || a->command == u"backup" || a->command == u"restore")
            if (Status s = ServerFile::reach(a->location); !s)
                return fail(s.error().message);
    } else {
        a->location = a->shown = a->store;
    }
    const SystemClock clock;
    if (a->command == u"init") {
        if (a->adminEmail.isEmpty() || !a->rest.isEmpty())
            return usage(QStringLiteral("init takes --admin-email EMAIL and no other argument."));
        const QString password =
            Voronka::Cli::readPassword(QStringLiteral("Password for %1: ").arg(a->adminEmail));
        if (password.size() < 4)
            return fail(
                QStringLiteral("the administrator's password needs at least 4 characters."));
        if (Status s = ServerFile::init(a->location, a->from, a->adminEmail, password, clock); !s)
            return fail(s.error().message);
        out() << "Created store " << a->shown << Qt::endl;
        return Success;
    }
    if (a->command == u"serve") {
        if (!a->rest.isEmpty())
            return usage(QStringLiteral("unexpected argument '%1'.").arg(a->rest.first()));
        return serve(*a);
    }
    if (a->command == u"backup" || a->command == u"restore") {
        if (a->rest.size() != 1)
            return usage(QStringLiteral("%1 takes one file.").arg(a->command));
        if (a->command == u"restore") {
            Result<QString> epoch = ServerFile::restore(a->location, a->rest.first(), clock);
            if (!epoch)
                return fail(epoch.error().message);
            out() << "Restored " << a->shown << " from " << a->rest.first() << "; new epoch "
                  << *epoch << Qt::endl;
            return Success;
        }
        Result<std::unique_ptr<Database>> db = openStore(*a);
        if (!db)
            return fail(db.error().message);
        if (Status s = (*db)->backupTo(a->rest.first()); !s)
            return fail(s.error().message);
        out() << "Backed up " << a->shown << " to " << a->rest.first() << Qt::endl;
        return Success;
    }
    return usage(QStringLiteral("unknown command '%1'.").arg(a->command));
}

} // namespace

int main(int argc, char **argv)
{
    Voronka::Core::Platform::tuneAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voronka-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Voronka"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return run(args);
}
