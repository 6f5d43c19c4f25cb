// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "serverfile.h"

#include "serverauth.h"
#include "serverstore.h"
#include "servertables.h"

#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/storage/database.h"
#include "core/storage/pgload.h"
#include "core/util/clock.h"
#include "core/util/ids.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <string>
#include <vector>

namespace Voronka::Core::Sync::ServerFile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

Status attachAll(Database &db, const Clock &clock)
{
    Result<std::unique_ptr<ServerStore>> store = ServerStore::attach(db, clock);
    if (!store)
        return store.error();
    Result<std::unique_ptr<ServerAuth>> auth = ServerAuth::attach(db, clock);
    if (!auth)
        return auth.error();
    return Ok{};
}

Status fromCopy(const QString &store, const QString &from, const QString &adminEmail,
                const QString &password, const Clock &clock)
{
    {
        Result<std::unique_ptr<Database>> source = Database::open(from);
        if (!source)
            return source.error();
        if (Status s = (*source)->backupTo(store); !s)
            return s;
    }
    Result<std::unique_ptr<Database>> db = Database::open(store);
    if (!db)
        return db.error();
    const Result<UserInfo> admin = Auth::login(
        **db, adminEmail, password, Auth::SignInContext(clock, QStringLiteral("server")));
    if (!admin)
        return admin.error();
    if (!admin->admin)
        return makeError(Error::Code::Permission,
                         Tr::tr("%1 is not an administrator of %2.").arg(adminEmail, from));
    return attachAll(**db, clock);
}

Status fresh(const QString &store, const QString &adminEmail, const QString &password,
             const Clock &clock)
{
    Result<std::unique_ptr<Database>> db = Database::create(store);
    if (!db)
        return db.error();
    Result<qint64> admin = Admin::initialize(**db, clock, adminEmail, QString(), password);
    if (!admin)
        return admin.error();
    return attachAll(**db, clock);
}

// The libpq message with the URI's password, should it quote it, masked.
QString withoutPassword(const QString &uri, QString message)
{
    const QUrl url(uri);
    QStringList secrets{url.password(QUrl::FullyDecoded), url.password(QUrl::FullyEncoded)};
    const QUrlQuery query(url);
    secrets << query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded)
            << query.queryItemValue(QStringLiteral("password"), QUrl::FullyEncoded);
    for (const QString &secret : secrets)
        if (!secret.isEmpty())
            message.replace(secret, QStringLiteral("***"));
    return message;
}

// A connection to the store's PostgreSQL database, or the reason there is none.
Result<std::unique_ptr<Connection>> connectTo(const QString &uri)
{
    const QString shown = Database::redactedUri(uri);
    std::unique_ptr<Connection> pg;
    try {
        pg = std::make_unique<Connection>(uri, Connection::Mode::ReadWrite);
    } catch (const SqlError &e) {
        return makeError(Error::Code::Storage,
                         Tr::tr("Cannot connect to the PostgreSQL database %1: %2")
                             .arg(shown, withoutPassword(uri, QString::fromUtf8(e.what()))));
    }
    try {
        Query q = pg->prepare("SELECT current_schema() IS NOT NULL");
        if (!q->step() || !q->int64(0))
            return makeError(Error::Code::Invalid,
                             Tr::tr("The search_path of %1 names no schema that exists there: "
                                    "create the schema first (CREATE SCHEMA) or name another.")
                                 .arg(shown));
    } catch (const SqlError &e) {
        return Database::errorFor(e, shown);
    }
    return pg;
}

// Every object of the current schema init can make (a table's indexes, triggers and sequences
// go with it), as "KIND\tname" with the name as DROP takes it.
QStringList schemaObjects(Connection &pg)
{
    static const char *const kObjects = R"SQL(
SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
         WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,
       quote_ident(c.relname), 1
  FROM pg_class c
 WHERE c.relnamespace = current_schema()::regnamespace
   AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
UNION ALL
SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END,
       p.oid::regprocedure::text, 2
  FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
UNION ALL
SELECT 'TYPE', quote_ident(t.typname), 3
  FROM pg_type t
 WHERE t.typnamespace = current_schema()::regnamespace
   AND (t.typtype IN ('d', 'e', 'r')
        OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))
UNION ALL
SELECT 'COLLATION', quote_ident(collname), 4
  FROM pg_collation WHERE collnamespace = current_schema()::regnamespace
ORDER BY 3, 1 DESC, 2
)SQL";
    QStringList out;
    Query q = pg.prepare(kObjects);
    while (q->step())
        out << q->text(0) + u'\t' + q->text(1);
    return out;
}

// Drops what appeared in the schema since `before` was taken, in one transaction: views before
// the tables they read, functions after the tables whose triggers call them, collations last.
void dropMadeSince(Connection &pg, const QStringList &before)
{
    Transaction t(pg);
    for (const QString &object : schemaObjects(pg)) {
        if (before.contains(object))
            continue;
        const qsizetype tab = object.indexOf(u'\t');
        // IF EXISTS: a view or sequence may have gone already with what it depended on.
        pg.exec(QStringLiteral("DROP %1 IF EXISTS %2 CASCADE")
                    .arg(object.left(tab), object.mid(tab + 1)));
    }
    t.commit();
}

Status freshOnPostgres(const QString &uri, const QString &adminEmail, const QString &password,
                       const Clock &clock)
{
    Result<std::unique_ptr<Database>> db = Database::create(uri);
    if (!db)
        return db.error();
    Result<qint64> admin = Admin::initialize(**db, clock, adminEmail, QString(), password);
    if (!admin)
        return admin.error();
    return attachAll(**db, clock);
}

Status fromFileOnPostgres(const QString &uri, const QString &from, const QString &adminEmail,
                          const QString &password, const Clock &clock)
{
    // The team's file is only read: opened read-only, its sign-in log is not written either.
    Database::Options readOnly;
    readOnly.readOnly = true;
    Result<std::unique_ptr<Database>> opened = Database::open(from, readOnly);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> source = std::move(opened).value();
    const auto proveAdmin = [&](Database &db) -> Status {
        const Result<UserInfo> admin = Auth::login(
            db, adminEmail, password, Auth::SignInContext(clock, QStringLiteral("server")));
        if (!admin)
            return admin.error();
        if (!admin->admin)
            return makeError(Error::Code::Permission,
                             Tr::tr("%1 is not an administrator of %2.").arg(adminEmail, from));
        return Ok{};
    };
    // Before anything is made: a wrong password leaves the schema as it was.
    if (Status s = proveAdmin(*source); !s)
        return s;
    // A server's SQLite store moving to PostgreSQL brings its own tables along, rows and all
    // (the epoch and seq, the log, receipts and tokens), so its replicas go on syncing; their
    // SQL is the same on both backends (servertables.h).
    std::vector<std::string> serverTables;
    try {
        Query q = source->sql().prepare(
            "SELECT sql FROM sqlite_schema WHERE tbl_name LIKE 'server!_%' ESCAPE '!' AND sql IS "
            "NOT NULL AND type IN ('table', 'index') ORDER BY type DESC, rowid");
        while (q->step())
            serverTables.push_back(q->text(0).toStdString());
    } catch (const SqlError &e) {
        return Database::errorFor(e, from);
    }
    Result<std::unique_ptr<Database>> db =
        Database::createOnPostgres(uri, &source->sql(), serverTables);
    if (!db)
        return db.error();
    source.reset();
    if (Status s = proveAdmin(**db); !s)
        return s;
    return attachAll(**db, clock);
}

Status initOnPostgres(const QString &uri, const QString &from, const QString &adminEmail,
                      const QString &password, const Clock &clock)
{
    const QString shown = Database::redactedUri(uri);
    Result<std::unique_ptr<Connection>> pg = connectTo(uri);
    if (!pg)
        return pg.error();
    QStringList before;
    try {
        if (PgLoad::tableCount(**pg) > 0)
            return makeError(Error::Code::Conflict,
                             Tr::tr("%1 already holds tables: init makes a new store in an empty "
                                    "schema. Name another database, or another schema with "
                                    "%2 in the URI.")
                                 .arg(shown, QStringLiteral("options=-csearch_path%3DNAME")));
        before = schemaObjects(**pg);
    } catch (const SqlError &e) {
        return Database::errorFor(e, shown);
    }
    const Status s = from.isEmpty() ? freshOnPostgres(uri, adminEmail, password, clock)
                                    : fromFileOnPostgres(uri, from, adminEmail, password, clock);
    if (s)
        return s;
    try {
        dropMadeSince(**pg, before);
    } catch (const SqlError &e) {
        return makeError(
            s.error().code,
            Tr::tr("%1 What init made in %2 could not be dropped again (%3): drop "
                   "it by hand before the next try.")
                .arg(s.error().message, shown, withoutPassword(uri, QString::fromUtf8(e.what()))));
    }
    return s;
}

} // namespace

Status reach(const QString &uri)
{
    Result<std::unique_ptr<Connection>> pg = connectTo(uri);
    if (!pg)
        return pg.error();
    return Ok{};
}

Result<QString> postgresUri(const QString &conninfo)
{
    const QString text = conninfo.trimmed();
    if (Connection::isPostgres(text))
        return text;
    if (text.isEmpty())
        return makeError(Error::Code::Invalid,
                         Tr::tr("--pg needs a PostgreSQL connection string: a postgresql:// "
                                "URI or key=value pairs such as \"host=db dbname=voronka\"."));
    // libpq's key=value syntax: keyword = value, the value bare (a backslash escapes the next
    // character) or in single quotes (\' and \\ inside).
    QString dbname;
    QStringList query;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= text.size())
            break;
        const qsizetype keyStart = i;
        while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i) == u'_'))
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (key.isEmpty() || i >= text.size() || text.at(i) != u'=') {
            qsizetype end = keyStart;
            while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'=')
                ++end;
            return makeError(Error::Code::Invalid,
                             Tr::tr("The PostgreSQL connection string is neither a postgresql:// "
                                    "URI nor key=value pairs: \"%1\" is not key=value.")
                                 .arg(text.mid(keyStart, std::min<qsizetype>(end - keyStart, 40))));
        }
        ++i;
        skipSpace();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return makeError(Error::Code::Invalid,
                                 Tr::tr("The value of %1 in the connection string has no closing "
                                        "quote.")
                                     .arg(key));
        } else {
            while (i < text.size() && !text.at(i).isSpace()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size())
                    value += text.at(i++);
                else
                    value += c;
            }
        }
        if (key == u"dbname")
            dbname = value;
        else
            query << key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    QString uri =
        QStringLiteral("postgresql:///") + QString::fromLatin1(QUrl::toPercentEncoding(dbname));
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

Status init(const QString &store, const QString &from, const QString &adminEmail,
            const QString &password, const Clock &clock)
{
    if (Connection::isPostgres(store))
        return initOnPostgres(store, from, adminEmail, password, clock);
    if (QFileInfo::exists(store))
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1 already exists; init makes a new store.").arg(store));
    Status s = from.isEmpty() ? fresh(store, adminEmail, password, clock)
                              : fromCopy(store, from, adminEmail, password, clock);
    if (!s) {
        QFile::remove(store);
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
    }
    return s;
}

Result<QString> restore(const QString &store, const QString &backup, const Clock &clock)
{
    Result<QString> aside = Database::restoreFrom(backup, store);
    if (!aside)
        return aside.error();
    Result<std::unique_ptr<Database>> opened = Database::open(store);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    if (Status s = attachAll(db, clock); !s)
        return s.error();
    Result<std::unique_ptr<ServerAuth>> auth = ServerAuth::attach(db, clock);
    if (!auth)
        return auth.error();
    if (Status s = (*auth)->revokeAll(); !s)
        return s.error();
    return guarded(db, [&]() -> Result<QString> {
        const QString epoch = QString::fromLatin1(IdGenerator().next(clock.nowMs()).toHex());
        db.sql().prepare(ServerSql::kSetEpoch)->bind(1, epoch).run();
        return epoch;
    });
}

} // namespace Voronka::Core::Sync::ServerFile
