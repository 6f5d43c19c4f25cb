// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "seed.h"

#include "core/storage/database.h"
#include "core/storage/pgload.h"
#include "core/storage/schema.h"
#include "core/storage/writeaudit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>

namespace Voronka::Core::Sync::Seed {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

// Another file on the store's (or replica's) connection for as long as this lives.
class Attached
{
public:
    Attached(Connection &c, const QString &path)
        : m_c(c)
    {
        m_c.prepare("ATTACH ?1 AS seed")->bind(1, path).run();
    }
    ~Attached() { m_c.execQuietly("DETACH seed"); }
    Attached(const Attached &) = delete;
    Attached &operator=(const Attached &) = delete;

private:
    Connection &m_c;
};

QStringList columns(Connection &c, const QString &schema, const QString &table)
{
    QStringList out;
    Query q = c.prepare("SELECT name FROM pragma_table_info(?1, ?2) ORDER BY cid");
    q->bindAll(table, schema);
    while (q->step())
        out << q->text(0);
    return out;
}

// The columns both files have (the same build's schema: all of them).
QStringList sharedColumns(Connection &c, const QString &table)
{
    const QStringList theirs = columns(c, QStringLiteral("main"), table);
    QStringList out;
    for (const QString &name : columns(c, QStringLiteral("seed"), table))
        if (theirs.contains(name))
            out << name;
    return out;
}

QString quoted(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << u'"' + n + u'"';
    return out.join(u", ");
}

} // namespace

const QStringList &refreshedTables()
{
    static const QStringList tables{QStringLiteral("departments"),
                                    QStringLiteral("roles"),
                                    QStringLiteral("users"),
                                    QStringLiteral("pipelines"),
                                    QStringLiteral("stages"),
                                    QStringLiteral("field_defs"),
                                    QStringLiteral("task_types"),
                                    QStringLiteral("loss_reasons"),
                                    QStringLiteral("stage_automations"),
                                    QStringLiteral("settings")};
    return tables;
}

const QStringList &seededTables()
{
    static const QStringList tables =
        refreshedTables() + QStringList{QStringLiteral("goals"), QStringLiteral("tags")};
    return tables;
}

Result<qint64> settingsVersion(Database &store)
{
    return guarded(store, [&]() -> Result<qint64> {
        return store.meta(QStringLiteral("settings_version")).toLongLong();
    });
}

namespace {

// The seed's rows from a store on PostgreSQL, which cannot ATTACH a file: read in one snapshot
// there and written into the seed file in one transaction, the same rows as the ATTACH path.
Status fillFromPostgres(Database &store, const QString &path, qint64 userId)
{
    Connection &pg = store.sql();
    Connection lite(path, Connection::Mode::ReadWrite);
    pg.exec("BEGIN"); // REPEATABLE READ: one snapshot of the store
    const auto endRead = qScopeGuard([&pg] { pg.execQuietly("ROLLBACK"); });
    Transaction t(lite);
    WriteAudit::exempt(lite.handle()); // a new file's first rows, not edits to exchange
    for (const QString &table : seededTables()) {
        const QStringList names = columns(lite, QStringLiteral("main"), table);
        lite.exec(QStringLiteral("DELETE FROM %1").arg(table));
        PgLoad::copyRows(pg, QStringLiteral("SELECT %1 FROM %2").arg(quoted(names), table), lite,
                         table, names);
    }
    lite.prepare("UPDATE users SET password_hash = NULL WHERE id <> ?1")->bind(1, userId).run();
    Query options = pg.prepare("SELECT key, value FROM meta WHERE key NOT IN ('node_id', 'hlc') "
                               "AND key NOT LIKE 'sync%'");
    Query put = lite.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO "
                             "UPDATE SET value = excluded.value");
    while (options->step()) {
        put->bindAll(options->text(0), options->value(1)).run();
        put->reset();
    }
    t.commit();
    return Ok{};
}

} // namespace

Result<QByteArray> make(Database &store, qint64 userId, const QString &workDir)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("seed.voronka"));
    if (Result<std::unique_ptr<Database>> made = Database::create(path); !made)
        return made.error();
    struct Cleanup
    {
        QString path;
        ~Cleanup() { QFile::remove(path); }
    } cleanup{path};
    Status copied = guarded(store, [&]() -> Status {
        if (store.onPostgres())
            return fillFromPostgres(store, path, userId);
        Connection &c = store.sql();
        Attached seed(c, path);
        // One transaction over both files: the seed is one snapshot of the store.
        Transaction t(c);
        WriteAudit::exempt(c.handle()); // a new file's first rows, not edits to exchange
        for (const QString &table : seededTables()) {
            const QString cols = quoted(sharedColumns(c, table));
            c.exec(QStringLiteral("DELETE FROM seed.%1; INSERT INTO seed.%1(%2) SELECT %2 FROM "
                                  "main.%1")
                       .arg(table, cols));
        }
        c.prepare("UPDATE seed.users SET password_hash = NULL WHERE id <> ?1")
            ->bind(1, userId)
            .run();
        // The file's own options (analytics day offset, settings version...), not its
        // identity or clock: the replica is a new file with a node of its own.
        c.exec("INSERT OR REPLACE INTO seed.meta(key, value) SELECT key, value FROM main.meta "
               "WHERE key NOT IN ('node_id', 'hlc') AND key NOT LIKE 'sync%'");
        t.commit();
        return Ok{};
    });
    if (!copied)
        return copied.error();
    try {
        // A rollback journal: the file alone is the whole seed, whatever its WAL held.
        Connection c(path, Connection::Mode::ReadWrite);
        c.exec("PRAGMA journal_mode=DELETE");
    } catch (const SqlError &e) {
        return Database::errorFor(e, path);
    }
    QFile file(path);
    if (file.size() > kMaxBytes)
        return makeError(Error::Code::Invalid,
                         Tr::tr("The team's settings take %1 MB, more than the %2 MB a new "
                                "replica may download.")
                             .arg(file.size() / (1024 * 1024))
                             .arg(kMaxBytes / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            Error::Code::Storage,
            Tr::tr("The settings copy %1 cannot be read: %2").arg(path, file.errorString()));
    return file.readAll();
}

Status refresh(Database &replica, const QString &seedPath)
{
    return guarded(replica, [&]() -> Status {
        Connection &c = replica.sql();
        Attached seed(c, seedPath);
        if (c.scalar("PRAGMA seed.application_id") != Schema::kApplicationId ||
            c.scalar("PRAGMA seed.user_version") != c.scalar("PRAGMA main.user_version"))
            return makeError(Error::Code::Invalid,
                             Tr::tr("The team server's settings are not of this version of "
                                    "Voronka; update the app on this computer or the server."));
        Transaction t(c);
        // Settings rows come from the server as they are there: nothing to send back.
        WriteAudit::exempt(c.handle());
        for (const QString &table : refreshedTables()) {
            const QStringList names = sharedColumns(c, table);
            QStringList sets;
            for (const QString &n : names) {
                if (n == u"id")
                    continue;
                if (table == u"users" && n == u"password_hash")
                    sets << QStringLiteral("password_hash = coalesce(excluded.password_hash, "
                                           "password_hash)");
                else
                    sets << QStringLiteral("\"%1\" = excluded.\"%1\"").arg(n);
            }
            c.exec(QStringLiteral("DELETE FROM main.%1 WHERE id NOT IN (SELECT id FROM seed.%1)")
                       .arg(table));
            c.exec(QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM seed.%1 WHERE true "
                                  "ON CONFLICT(id) DO UPDATE SET %3")
                       .arg(table, quoted(names), sets.join(u", ")));
        }
        c.exec("UPDATE main.meta SET value = value + 1 WHERE key = 'settings_version'");
        c.exec("INSERT OR REPLACE INTO main.meta(key, value) SELECT 'sync_settings_version', "
               "coalesce((SELECT value FROM seed.meta WHERE key = 'settings_version'), 0)");
        t.commit();
        return Ok{};
    });
}

} // namespace Voronka::Core::Sync::Seed
