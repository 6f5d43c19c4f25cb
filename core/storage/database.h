// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/storage/checkpointer.h"
#include "core/storage/lockcanary.h"
#include "core/storage/sqlite.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace Voronka::Core {

// An open Voronka file. Opening never modifies a file that is not a Voronka database, is
// damaged, locked or newer than this build; an older schema is upgraded after a backup copy.
// Opening reads the first entry of every table and index, so that damage there refuses the
// file at once; a file this account may not write opens read-only.
class Database
{
public:
    struct Options
    {
        bool readOnly = false;
        int busyTimeoutMs = 5000;
        // Shared-file mode (a file several computers open on a network share): Auto takes it
        // on a network file system, when the admin switched it on for the file (the setting
        // kSharedFileSetting) or when VORONKA_SHARED_FILE is 1 (0 keeps it off).
        enum class Shared { Auto, On, Off };
        Shared shared = Shared::Auto;
        // For `check`, which reports damage rather than refusing the file for it: the
        // first-page probe of every table and index at open is skipped, and a file of this
        // build's schema is opened read-only.
        bool diagnose = false;
        // PostgreSQL: the folder for the Voronka file an older store is backed up to before it
        // is upgraded (empty: the system's temporary folder). A file's goes beside it.
        QString upgradeBackupDir;
    };
    static constexpr char kSharedFileSetting[] = "shared_file"; // "1": shared-file mode

    static Result<std::unique_ptr<Database>> create(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }
    // On PostgreSQL (`path` a postgresql:// URI, Connection::isPostgres): create() makes the
    // desktop schema in the database's current schema, which must hold no tables, with a new
    // file's rows; createOnPostgres() fills it with the rows of `source` instead (an SQLite
    // Voronka database at the latest version: a team's file moving up to a server), after
    // running `extraSchema` (tables of the source beyond the desktop schema, e.g. a server's).
    // All or nothing (PgLoad). open() of a URI opens such a database: no file, lock, pragma or
    // checkpointer is involved; opening for writing upgrades an older schema, after a backup
    // (upgradeOnPostgres), and read-only refuses it. path() is the URI without its password.
    static Result<std::unique_ptr<Database>>
    createOnPostgres(const QString &uri, Connection *source,
                     const std::vector<std::string> &extraSchema = {});
    bool onPostgres() const { return m_sql->backend() == Connection::Backend::PostgreSQL; }
    // A postgresql:// URI without its password (in the authority or a password= option).
    static QString redactedUri(const QString &uri);
    // Opening with migration limited to a version: tests build every earlier schema with it.
    static Result<std::unique_ptr<Database>> createAtVersion(const QString &path, int version);

    Connection &sql() { return *m_sql; }
    const QString &path() const { return m_path; }
    bool readOnly() const { return m_sql->readOnly() || !m_readOnlyReason.isEmpty(); }
    // Rollback journal, synchronous=FULL, no memory mapping, busy retries, the lock canary.
    bool shared() const { return m_shared; }
    // Why a file opened for writing is read-only (file locks do not reach another computer
    // that has it open); empty otherwise.
    const QString &readOnlyReason() const { return m_readOnlyReason; }
    // Who else has a shared file open, as the lock canary sees it now. A session that learns
    // here that locks stopped reaching another computer stops writing from then on (the
    // window polls this on the thread that owns the connection).
    QList<FilePeer> sharedPeers();
    // The name other programs show for this one in their list of who has the file open.
    void announceUser(const QString &name);
    int schemaVersion();
    // The backup this open made of an older schema before upgrading it; empty when it upgraded
    // nothing.
    const QString &upgradeBackup() const { return m_upgradeBackup; }
    QByteArray nodeId() const { return m_nodeId; }

    // Changes whenever another connection (another window, the CLI, another computer on a
    // shared file) commits to the file; this connection's own commits leave it alone. Views
    // poll it to show others' changes without reopening. -1 when it cannot be read (always on
    // PostgreSQL, which has no such counter; only the desktop polls it).
    qint64 dataVersion();

    QVariant meta(const QString &key);
    void setMeta(const QString &key, const QVariant &value); // inside the caller's transaction
    // A database-wide option an admin sets (the settings table; Admin::setSetting writes it).
    QVariant setting(const QString &key);

    // Reports how far a long copy is (bytes done of total); returning false cancels it.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // A consistent copy of the whole file, safe while other connections write. It reads on a
    // connection of its own with a small page cache and no memory mapping, so a copy of a
    // file of gigabytes stays in a few megabytes of memory. A cancel leaves nothing behind.
    Status backupTo(const QString &outPath, const Progress &progress = {});
    // Checks that backup opens as a Voronka database this build can read (application id,
    // quick_check, schema version from 1 up to this build's), without modifying it. The error
    // names the backup.
    static Status verifyBackup(const QString &backup);
    // Replaces the file at target with a verified copy of backup. The current file, its WAL
    // folded in, is first copied aside under a dated name beside it (never overwriting one),
    // which is returned. target must not be open anywhere (the error says so when it is); a
    // refused backup or any failure leaves both files untouched, and a kill at any moment
    // leaves either the old file or the restored one under target. On PostgreSQL (target a
    // URI) the rows are replaced in one transaction, and the copy aside is a backup file made
    // beside `backup`; nothing there tells whether another program has the database open.
    static Result<QString> restoreFrom(const QString &backup, const QString &target);
    static QString beforeRestorePath(const QString &target);
    // Where the automatic pre-migration backups go.
    static QString migrationBackupPath(const QString &path, int fromVersion);

    // Moves a finished file from its temporary name to `to`, never replacing a file there and
    // never copying (QFile::rename falls back to a copy, which a kill or a read error can cut
    // short under the final name). Exists: `to` appeared meanwhile; `from` is left in place.
    enum class Placed { Done, Exists, Failed };
    static Placed placeNewFile(const QString &from, const QString &to);
    // Flushes a finished file to the disk (fsync; _commit on Windows) before it is put in
    // place. False when it cannot be opened or the disk refuses; errno says why.
    static bool flushToDisk(const QString &path);

    // Maps an SQLite failure to a user-facing Error naming the file.
    static Error errorFor(const SqlError &e, const QString &path);

private:
    Database(const QString &path, std::unique_ptr<Connection> sql);
    static QString lockReason(const QString &path, const FilePeer &unseen);
    static Status upgrade(Connection &c, int from, int to);
    static Status probe(const QString &path, Options &options, int &version,
                        QVariant &sharedSetting);
    static Status probeOnce(const QString &path, Options &options, int &version,
                            QVariant &sharedSetting, bool withLocks);
    static Result<std::unique_ptr<Database>>
    openReadOnly(const QString &path, const Options &options, int version, bool shared,
                 std::shared_ptr<LockCanary> canary, const QString &lockProblem);
    static Result<std::unique_ptr<Database>> openForWriting(const QString &path,
                                                            const Options &options, int version,
                                                            bool shared,
                                                            std::shared_ptr<LockCanary> canary);
    static Result<std::unique_ptr<Database>> openOnPostgres(const QString &uri,
                                                            const Options &options);
    static Status upgradeOnPostgres(const QString &uri, int version, const Options &options,
                                    QString &backup);
    static Result<QString> restoreOnPostgres(const QString &backup, const QString &target);
    void loadNodeId();
    void startCheckpointer();

    QString m_path;
    QString m_uri; // PostgreSQL: the URI as given (its password too), for connections of its own
    std::unique_ptr<Connection> m_sql;
    QByteArray m_nodeId;
    bool m_shared = false;
    QString m_readOnlyReason;
    QString m_upgradeBackup;
    std::shared_ptr<LockCanary> m_canary;
    // Declared last: stops before the connection closes, so the connection is the last one
    // and SQLite folds the WAL back into the file on close.
    std::unique_ptr<Checkpointer> m_checkpointer;
};

// Runs body, which reads or writes db and returns a Result or Status, and turns an SQLite
// failure inside it into the Error naming the file (Database::errorFor): the one place a
// service's SqlError becomes a value. A catch that does more (a rollback, a retry, a code of
// its own) stays where it is.
template<typename Body> std::invoke_result_t<Body> guarded(const Database &db, Body &&body)
{
    try {
        return std::forward<Body>(body)();
    } catch (const SqlError &e) {
        return Database::errorFor(e, db.path());
    }
}

} // namespace Voronka::Core
