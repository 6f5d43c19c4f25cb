// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "database.h"

#include "core/platform/durablefile.h"
#include "core/storage/filesystem.h"
#include "core/storage/pgload.h"
#include "core/storage/schema.h"
#include "core/storage/writeaudit.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <cerrno>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <sqlite3.h>
#include <system_error>
#include <vector>

namespace Voronka::Core {

namespace {
// Shared-file mode: how often a write transaction tries again once the busy timeout ran out.
constexpr int kSharedBusyRetries = 8;
// Shared-file mode: one attempt to take the file out of WAL, while others may be opening it.
constexpr int kSwitchAttemptMs = 100;

// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Database)
};

// The file read as never changing: no shared memory, no -wal/-shm made beside it.
QString immutableUri(const QString &path)
{
    return QStringLiteral("file:%1?immutable=1")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/")));
}

// Writes a consistent copy of the file c is open on to out, whole or not at all: VACUUM INTO a
// temporary name beside out, flushed and verified (structure and application id), then
// renamed to out without replacing anything. The copy is private to the user (0600, as
// QTemporaryFile makes it). A failure, a full disk or a kill leaves nothing
// under out, so a retry works. False when out appeared meanwhile (another process).
// With replace, the rename atomically replaces a file at out (a restore): out holds either
// the old file or the verified copy at any moment.
// Progress of one copy: the bytes the temporary file holds while VACUUM INTO writes it,
// then the pages the check has read of the copy (each page is read once by quick_check).
struct CopyProgress
{
    const Database::Progress &report;
    std::filesystem::path part;
    qint64 copyBytes = 0;
    sqlite3 *check = nullptr; // set while the copy is being checked
    qint64 pageSize = 4096;
};

int onCopyProgress(void *arg)
{
    auto *p = static_cast<CopyProgress *>(arg);
    qint64 done = 0;
    if (p->check) {
        int pages = 0, highwater = 0;
        sqlite3_db_status(p->check, SQLITE_DBSTATUS_CACHE_MISS, &pages, &highwater, 0);
        done = p->copyBytes + qMin(qint64(pages) * p->pageSize, p->copyBytes);
    } else {
        std::error_code ec;
        const auto size = std::filesystem::file_size(p->part, ec);
        done = ec ? 0 : qMin(qint64(size), p->copyBytes);
    }
    return p->report(done, 2 * p->copyBytes) ? 0 : 1; // non-zero interrupts the statement
}

// How often SQLite calls onCopyProgress, in virtual machine instructions. VACUUM INTO copies
// a row in a few instructions, so this is every few thousand rows: a stat() each.
constexpr int kProgressSteps = 10000;

bool copyVerified(Connection &c, const QString &out, bool replace = false,
                  const Database::Progress &progress = {})
{
    const QFileInfo target(out);
    QTemporaryFile temp(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open()) // an empty file, which VACUUM INTO accepts
        throw SqlError(SQLITE_CANTOPEN, temp.errorString().toStdString());
    temp.close();
    const QString part = temp.fileName();
    // A VACUUM INTO cut short by an I/O error leaves the copy's rollback journal beside it.
    const auto dropJournal =
        qScopeGuard([&part] { QFile::remove(part + QStringLiteral("-journal")); });
    // VACUUM INTO reads inside one read transaction: a consistent snapshot even while other
    // connections write, and a compact file.
    std::optional<CopyProgress> tracked;
    if (progress) {
        tracked.emplace(CopyProgress{progress, QFileInfo(part).filesystemAbsoluteFilePath()});
        tracked->pageSize = c.scalar("PRAGMA page_size");
        tracked->copyBytes =
            qMax<qint64>(1, (c.scalar("PRAGMA page_count") - c.scalar("PRAGMA freelist_count")) *
                                tracked->pageSize);
        if (!progress(0, 2 * tracked->copyBytes))
            throw SqlError(SQLITE_INTERRUPT, "interrupted");
        sqlite3_progress_handler(c.handle(), kProgressSteps, onCopyProgress, &*tracked);
    }
    try {
        c.prepare("VACUUM INTO ?1")->bind(1, part).run();
    } catch (...) {
        sqlite3_progress_handler(c.handle(), 0, nullptr, nullptr);
        throw;
    }
    sqlite3_progress_handler(c.handle(), 0, nullptr, nullptr);
    if (!Database::flushToDisk(part))
        throw SqlError(errno == ENOSPC ? SQLITE_FULL : SQLITE_IOERR,
                       "cannot flush the copy to disk");
    {
        // immutable: the copy is private to this call, and no -wal/-shm is made beside it.
        Connection check(immutableUri(part), Connection::Mode::ReadOnly);
        if (tracked) {
            tracked->check = check.handle();
            sqlite3_progress_handler(check.handle(), kProgressSteps, onCopyProgress, &*tracked);
        }
        Query q = check.prepare("PRAGMA quick_check(1)");
        if (!q->step() || q->text(0) != u"ok")
            throw SqlError(SQLITE_CORRUPT, "the copy does not pass the integrity check");
        if (tracked && !progress(2 * tracked->copyBytes, 2 * tracked->copyBytes))
            throw SqlError(SQLITE_INTERRUPT, "interrupted");
        if (check.scalar("PRAGMA application_id") != Schema::kApplicationId)
            throw SqlError(SQLITE_CORRUPT, "the copy is not a Voronka database");
    }
    if (replace) {
        std::error_code ec;
        std::filesystem::rename(QFileInfo(part).filesystemAbsoluteFilePath(),
                                target.filesystemAbsoluteFilePath(), ec);
        if (ec)
            throw SqlError(SQLITE_CANTOPEN, "cannot rename the verified copy into place");
    } else if (const Database::Placed placed = Database::placeNewFile(part, out);
               placed != Database::Placed::Done) {
        if (placed == Database::Placed::Exists)
            return false;
        throw SqlError(SQLITE_CANTOPEN, "cannot rename the verified copy into place");
    }
    temp.setAutoRemove(false);
    return true;
}

// Another connection may have the file open: a WAL file's -wal/-shm, a journal, or a shared
// file's lock canary (its rollback journal exists only while a write is under way).
// The header's file format versions (bytes 18 and 19) say 1 for a rollback journal, 2 for WAL.
bool rollbackJournal(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(20);
    return header.size() == 20 && header[18] == 1 && header[19] == 1;
}

bool hasSideFiles(const QString &path)
{
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm")) ||
           QFileInfo::exists(path + QStringLiteral("-journal")) ||
           QFileInfo::exists(LockCanary::sidePath(path));
}

// A read-only connection that writes nothing beside path: immutable without side files (no
// other connection has it open), else a plain read-only one that reuses them.
std::unique_ptr<Connection> readOnlyConnection(const QString &path, int busyTimeoutMs = 5000,
                                               bool withLocks = false)
{
    return std::make_unique<Connection>(withLocks || hasSideFiles(path) ? path : immutableUri(path),
                                        Connection::Mode::ReadOnly, busyTimeoutMs);
}

// The tables of a file at a schema version, each with its column names in order, as the
// migrations up to that version make them. Built once per version in memory.
using TableShape = std::map<QString, QStringList>;

TableShape shapeOf(Connection &c)
{
    TableShape shape;
    Query tables = c.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    while (tables->step()) {
        QStringList &columns = shape[tables->text(0)];
        Query cols = c.prepare("SELECT name FROM pragma_table_xinfo(?1)");
        cols->bind(1, tables->text(0));
        while (cols->step())
            columns << cols->text(0);
    }
    return shape;
}

const TableShape &expectedShape(int version)
{
    static std::mutex lock;
    static std::map<int, TableShape> shapes;
    const std::lock_guard<std::mutex> guard(lock);
    auto it = shapes.find(version);
    if (it == shapes.end()) {
        Connection memory(QStringLiteral(":memory:"), Connection::Mode::Create);
        for (int v = 1; v <= version; ++v)
            memory.exec(Schema::migrationSql(v));
        it = shapes.emplace(version, shapeOf(memory)).first;
    }
    return it->second;
}

// Empty when the file's tables are the ones its schema version has, else the first table that
// differs: a file that carries Voronka's mark over someone else's tables is refused before
// anything (a migration, the sign-in) writes to it.
QString foreignTable(Connection &c, int version)
{
    const TableShape have = shapeOf(c);
    const TableShape &want = expectedShape(version);
    for (const auto &[name, columns] : want) {
        const auto it = have.find(name);
        if (it == have.end() || it->second != columns)
            return name;
    }
    // A team server's store is a Voronka file plus tables of its own, all named server_*
    // (core/sync/serverstore.h); their shape is the server's to check, not the schema's.
    for (const auto &[name, columns] : have) {
        if (!want.contains(name) && !name.startsWith(QStringLiteral("server_")))
            return name;
    }
    return {};
}

// Reads the first entry of every table and index, and so its root page and the path to its
// first leaf: the pages a bad sector or a torn copy most often takes (a root is rewritten on
// every split). A damaged one throws SQLITE_CORRUPT here, at open, instead of in whichever
// command first happens to read it. A few hundred page reads on any file size; the remaining
// pages are checked by `voronka-cli check`.
void touchEveryTree(Connection &c)
{
    struct Tree
    {
        QString name, table, where;
        bool index;
    };
    std::vector<Tree> trees;
    {
        Query q = c.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                            "WHERE type IN ('table', 'index') AND rootpage > 0");
        while (q->step()) {
            const QString sql = q->text(3);
            const bool index = q->text(0) == u"index";
            // A partial index is read through its own condition.
            const qsizetype where =
                index ? sql.lastIndexOf(QLatin1String(" WHERE "), -1, Qt::CaseInsensitive) : -1;
            trees.push_back(
                {q->text(1), q->text(2), where < 0 ? QString() : sql.mid(where), index});
        }
    }
    const auto quoted = [](QString name) {
        name.replace(u'"', QStringLiteral("\"\""));
        return QStringLiteral("\"%1\"").arg(name);
    };
    for (const Tree &t : trees) {
        const QString sql = QStringLiteral("SELECT 1 FROM %1 %2 %3 LIMIT 1")
                                .arg(quoted(t.table),
                                     t.index ? QStringLiteral("INDEXED BY ") + quoted(t.name)
                                             : QStringLiteral("NOT INDEXED"),
                                     t.where);
        try {
            Query q = c.prepare(sql);
            q->step();
        } catch (const SqlError &e) {
            if (e.code() != SQLITE_ERROR) // an index the planner cannot scan alone: skipped
                throw;
        }
    }
}

// This process cannot write the file, or cannot make the -wal and -shm a writable open needs
// beside it: it is opened read-only, and nothing is created beside it.
bool mayWrite(const QString &path)
{
    const QFileInfo file(path);
    if (!file.isWritable())
        return false;
    bool sideFiles = false;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QFileInfo side(path + QLatin1String(suffix));
        if (side.exists()) {
            if (!side.isWritable()) // left by another account: readable, never writable here
                return false;
            sideFiles = true;
        }
    }
    return sideFiles || QFileInfo(file.absolutePath()).isWritable();
}

// False when a file in WAL mode could not leave it for shared-file mode: another connection
// has it open in local mode.
bool applyPragmas(Connection &c, bool shared)
{
    if (!shared) {
        // A local file: WAL with synchronous=NORMAL (DESIGN.md "Data rules").
        c.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"
               "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;"
               "PRAGMA wal_autocheckpoint=0");
        return true;
    }
    // A file on a network share: WAL's shared memory does not reach other computers, so the
    // rollback journal with a full sync at every commit, and no memory mapping. Leaving WAL
    // folds the WAL into the file first and needs the only connection to it: the attempt is
    // short, and the caller tries again with a new connection.
    c.pollBusyOften();
    const int timeout = c.busyTimeoutMs();
    c.setBusyTimeoutMs(kSwitchAttemptMs);
    try {
        Query mode = c.prepare("PRAGMA journal_mode=DELETE");
        if (!mode->step() || mode->text(0) != u"delete")
            return false;
    } catch (const SqlError &e) {
        if (e.code() != SQLITE_BUSY && e.code() != SQLITE_LOCKED)
            throw;
        return false;
    }
    c.setBusyTimeoutMs(timeout);
    c.exec("PRAGMA synchronous=FULL; PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY;"
           "PRAGMA cache_size=-65536; PRAGMA mmap_size=0");
    c.setBusyRetries(kSharedBusyRetries);
    return true;
}

Error inLocalModeElsewhere(const QString &path)
{
    return makeError(Error::Code::Locked,
                     Tr::tr("%1 is open in local mode by another program. Close Voronka "
                            "everywhere else, then open the file again to use it as a shared "
                            "file.")
                         .arg(QFileInfo(path).fileName()));
}

// Nothing is written, not even beside the file, when it is refused.
std::optional<Error> refuseCloud(const FileLocation &where, const QString &path)
{
    if (where.kind != FileLocation::Kind::Cloud)
        return std::nullopt;
    return makeError(Error::Code::Storage,
                     Tr::tr("%1 is in a folder that %2 synchronises: it copies the file while "
                            "Voronka writes it, which damages it or loses changes. Move the "
                            "file to a folder of this computer or to a network share.")
                         .arg(QDir::toNativeSeparators(path), where.name));
}

bool wantsShared(Database::Options::Shared choice, const FileLocation &where,
                 const QVariant &setting)
{
    if (choice != Database::Options::Shared::Auto)
        return choice == Database::Options::Shared::On;
    const QByteArray forced = qgetenv("VORONKA_SHARED_FILE");
    if (forced == "1" || forced == "0")
        return forced == "1";
    return where.kind == FileLocation::Kind::Network || setting.toString() == u"1";
}
} // namespace

Database::Database(const QString &path, std::unique_ptr<Connection> sql)
    : m_path(path)
    , m_sql(std::move(sql))
{
}

// The message names the file and says what to do; it never carries SQL text or bytes read
// from a damaged page (SqlError's text has both, for logs and tests).
Error Database::errorFor(const SqlError &e, const QString &path)
{
    // A PostgreSQL database is named by its URI (without the password: path() and the
    // callers pass it redacted).
    const QString file = Connection::isPostgres(path) ? path : QFileInfo(path).fileName();
    switch (e.code()) {
    case SQLITE_NOTADB:
        return makeError(Error::Code::NotVoronka,
                         Tr::tr("%1 is not a Voronka database.").arg(file));
    case SQLITE_CORRUPT:
        return makeError(
            Error::Code::Corrupt,
            Tr::tr("%1 is damaged: part of it cannot be read. Restore it from a backup.")
                .arg(file));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(
            Error::Code::Locked,
            Tr::tr("%1 is locked by another program. Try again when it is done.").arg(file));
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return makeError(
            Error::Code::Storage,
            Tr::tr("%1 is read-only here: it can be viewed but not changed.").arg(file));
    case SQLITE_FULL:
        return makeError(
            Error::Code::Storage,
            Tr::tr("The disk holding %1 is full: free some space and try again.").arg(file));
    case SQLITE_IOERR:
        return makeError(Error::Code::Storage,
                         Tr::tr("The disk or network holding %1 reported an input/output error. "
                                "Check it and try again.")
                             .arg(file));
    case SQLITE_CANTOPEN:
        return makeError(Error::Code::Storage,
                         Tr::tr("Cannot open %1: check that it exists and that its folder may "
                                "be written.")
                             .arg(file));
    default:
        return makeError(Error::Code::Storage,
                         Tr::tr("Database error in %1 (%2).")
                             .arg(file, QString::fromUtf8(sqlite3_errstr(e.code()))));
    }
}

bool Database::flushToDisk(const QString &path)
{
    return Platform::flushToDisk(path);
}

Database::Placed Database::placeNewFile(const QString &from, const QString &to)
{
    switch (Platform::placeNewFile(from, to)) {
    case Platform::Placed::Done:
        return Placed::Done;
    case Platform::Placed::Exists:
        return Placed::Exists;
    case Platform::Placed::Failed:
        break;
    }
    return Placed::Failed;
}

Result<std::unique_ptr<Database>> Database::create(const QString &path)
{
    if (Connection::isPostgres(path))
        return createOnPostgres(path, nullptr);
    return createAtVersion(path, Schema::latestVersion());
}

QString Database::redactedUri(const QString &uri)
{
    QUrl url(uri);
    if (!url.isValid())
        return QStringLiteral("postgresql://");
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

namespace {
// A connection PostgreSQL refused (unreachable, a wrong password, no such database): its own
// words, with the URI's password masked should they quote it.
Error connectionError(const QString &uri, const SqlError &e)
{
    QString message = QString::fromUtf8(e.what());
    const QUrl url(uri);
    const QUrlQuery query(url);
    for (const QString &secret :
         {url.password(QUrl::FullyDecoded), url.password(QUrl::FullyEncoded),
          query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded),
          query.queryItemValue(QStringLiteral("password"), QUrl::FullyEncoded)})
        if (!secret.isEmpty())
            message.replace(secret, QStringLiteral("***"));
    return makeError(Error::Code::Storage,
                     Tr::tr("Cannot connect to the PostgreSQL database %1: %2")
                         .arg(Database::redactedUri(uri), message));
}

std::unique_ptr<Connection> connectTo(const QString &uri, int busyTimeoutMs, Error &refused)
{
    try {
        return std::make_unique<Connection>(uri, Connection::Mode::ReadWrite, busyTimeoutMs);
    } catch (const SqlError &e) {
        refused = connectionError(uri, e);
        return nullptr;
    }
}
} // namespace

Result<std::unique_ptr<Database>>
Database::createOnPostgres(const QString &uri, Connection *source,
                           const std::vector<std::string> &extraSchema)
{
    const QString shown = redactedUri(uri);
    Error refused;
    std::unique_ptr<Connection> c = connectTo(uri, 5000, refused);
    if (!c)
        return refused;
    try {
        if (PgLoad::tableCount(*c) > 0)
            return makeError(Error::Code::Conflict,
                             Tr::tr("%1 already holds tables; a new Voronka database needs an "
                                    "empty schema.")
                                 .arg(shown));
        std::unique_ptr<Connection> fresh;
        if (!source) { // a new file's own rows: the migrations' data steps, in memory
            fresh =
                std::make_unique<Connection>(QStringLiteral(":memory:"), Connection::Mode::Create);
            fresh->exec(QStringLiteral("PRAGMA application_id=%1").arg(Schema::kApplicationId));
            if (const Status up = upgrade(*fresh, 0, Schema::latestVersion()); !up)
                return up.error();
            source = fresh.get();
        }
        if (source->scalar("PRAGMA user_version") != Schema::latestVersion())
            return makeError(Error::Code::Invalid,
                             Tr::tr("Only a file at this version's schema moves to PostgreSQL: "
                                    "open %1 with this version once to upgrade it.")
                                 .arg(QFileInfo(source->path()).fileName()));
        PgLoad::create(*c, *source, extraSchema);
        std::unique_ptr<Database> db(new Database(shown, std::move(c)));
        db->m_uri = uri;
        db->loadNodeId();
        return db;
    } catch (const SqlError &e) {
        return errorFor(e, shown);
    } catch (const std::runtime_error &e) {
        return makeError(Error::Code::Invalid, QString::fromUtf8(e.what()));
    }
}

Result<std::unique_ptr<Database>> Database::openOnPostgres(const QString &uri,
                                                           const Options &options)
{
    const QString shown = redactedUri(uri);
    Error refused;
    std::unique_ptr<Connection> c = connectTo(uri, options.busyTimeoutMs, refused);
    if (!c)
        return refused;
    try {
        const auto notOurs = [&] {
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1 holds no Voronka database.").arg(shown));
        };
        if (c->scalar("SELECT CASE WHEN to_regclass('voronka_meta') IS NULL THEN 0 ELSE 1 END") ==
            0)
            return notOurs();
        const auto fact = [&](const char *key) {
            Query q = c->prepare(QStringLiteral("SELECT value FROM %1 WHERE key = ?1")
                                     .arg(QLatin1String(PgLoad::kMetaTable)));
            q->bind(1, key);
            return q->step() ? q->int64(0) : qint64(0);
        };
        if (fact("application_id") != Schema::kApplicationId)
            return notOurs();
        const qint64 version = fact("user_version");
        if (version > Schema::latestVersion())
            return makeError(Error::Code::TooNew,
                             Tr::tr("%1 was made by a newer version of Voronka.").arg(shown));
        QString backup;
        if (version < Schema::latestVersion()) {
            if (options.readOnly)
                return makeError(Error::Code::TooNew,
                                 Tr::tr("%1 uses an older schema and must be opened for writing "
                                        "once to be upgraded.")
                                     .arg(shown));
            if (const Status up = upgradeOnPostgres(uri, int(version), options, backup); !up)
                return up.error();
        }
        std::unique_ptr<Database> db(new Database(shown, std::move(c)));
        db->m_uri = uri;
        db->m_upgradeBackup = backup;
        db->loadNodeId();
        return db;
    } catch (const SqlError &e) {
        return errorFor(e, shown);
    }
}

namespace {
// A Voronka file at `version` with the rows of the PostgreSQL database at uri, read in one
// snapshot on a connection of its own, made in a temporary folder and then copied, checked and
// placed as any backup. False when outPath appeared meanwhile.
bool backupOfPostgres(const QString &uri, int version, const QString &outPath,
                      const Database::Progress &progress,
                      const std::function<Status(Connection &, int)> &migrate)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        throw SqlError(SQLITE_CANTOPEN, "no temporary folder for the backup");
    Connection lite(scratch.filePath(QStringLiteral("backup.voronka")), Connection::Mode::Create);
    lite.exec(QStringLiteral("PRAGMA application_id=%1").arg(Schema::kApplicationId));
    if (const Status up = migrate(lite, version); !up)
        throw std::runtime_error(up.error().message.toStdString());
    Connection pg(uri, Connection::Mode::ReadWrite);
    PgLoad::copyToSqlite(pg, lite);
    return copyVerified(lite, outPath, false, progress);
}
} // namespace

// An older schema on PostgreSQL is upgraded by the file migrations, the one code path every
// schema change has: the store is first backed up (a Voronka file at its version, which any
// later build opens), then PgLoad::upgrade copies its desktop rows into a temporary file at its
// version, migrates that file and replaces the desktop schema and rows on PostgreSQL with the
// result, in one PostgreSQL transaction; the server's tables stay as they are.
Status Database::upgradeOnPostgres(const QString &uri, int version, const Options &options,
                                   QString &backup)
{
    const QString shown = redactedUri(uri);
    const QString dir =
        options.upgradeBackupDir.isEmpty() ? QDir::tempPath() : options.upgradeBackupDir;
    QString name = QUrl(uri).path().section(u'/', -1);
    if (name.isEmpty())
        name = QStringLiteral("voronka");
    const auto migrateTo = [](Connection &c, int to) {
        return upgrade(c, 0, to);
    };
    // (One arg() for all: the URI may hold %3D, which a second pass would take for a marker.)
    const auto failed = [&](const QString &why) {
        return makeError(Error::Code::Storage,
                         Tr::tr("%1 uses schema %2 and could not be upgraded to schema %3; it "
                                "was left as it was. %4")
                             .arg(shown, QString::number(version),
                                  QString::number(Schema::latestVersion()), why));
    };
    // The cause in its own words; a statement's text in a PostgreSQL error cut to its ends.
    const auto causeOf = [](const std::exception &e) {
        const QString what = QString::fromUtf8(e.what()).simplified();
        return what.size() <= 300 ? what : what.left(120) + QStringLiteral(" … ") + what.right(160);
    };
    try {
        do
            backup = migrationBackupPath(QDir(dir).filePath(name), version);
        while (!backupOfPostgres(uri, version, backup, {}, migrateTo));
    } catch (const std::runtime_error &e) { // SqlError too
        backup.clear();
        return failed(Tr::tr("No backup could be made in %1 before the upgrade: %2.")
                          .arg(QDir::toNativeSeparators(dir), causeOf(e)));
    }
    const QString backupNote =
        Tr::tr("A backup from before the attempt is at %1.").arg(QDir::toNativeSeparators(backup));
    try {
        QTemporaryDir scratch;
        if (!scratch.isValid())
            throw SqlError(SQLITE_CANTOPEN, "no temporary folder for the upgrade");
        Connection file(scratch.filePath(QStringLiteral("upgrade.voronka")),
                        Connection::Mode::Create);
        file.exec("PRAGMA synchronous=OFF"); // a scratch copy, thrown away
        file.exec(QStringLiteral("PRAGMA application_id=%1").arg(Schema::kApplicationId));
        if (const Status up = upgrade(file, 0, version); !up)
            return failed(up.error().message + u' ' + backupNote);
        Connection pg(uri, Connection::Mode::ReadWrite);
        PgLoad::upgrade(pg, file, [&] {
            if (const Status up = upgrade(file, version, Schema::latestVersion()); !up)
                throw std::runtime_error(up.error().message.toStdString());
        });
        return Ok{};
    } catch (const std::runtime_error &e) { // SqlError too
        return failed(Tr::tr("The cause: %1. %2").arg(causeOf(e), backupNote));
    }
}

Result<std::unique_ptr<Database>> Database::createAtVersion(const QString &path, int version)
{
    const FileLocation where = Filesystem::locate(path);
    if (std::optional<Error> refused = refuseCloud(where, path))
        return *refused;
    if (QFileInfo::exists(path))
        return makeError(Error::Code::Conflict,
                         Tr::tr("%1 already exists; choose another file name.").arg(path));
    {
        // Made here, empty and private to the user (0600), so SQLite opens a file no one else
        // may read; its -wal and -shm take the same permissions. NewOnly: never an existing one.
        QFile made(path);
        if (!made.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            if (QFileInfo::exists(path))
                return makeError(Error::Code::Conflict,
                                 Tr::tr("%1 already exists; choose another file name.").arg(path));
            return errorFor(SqlError(SQLITE_CANTOPEN, made.errorString().toStdString()), path);
        }
    }
    try {
        const bool shared = wantsShared(Options::Shared::Auto, where, {});
        auto c = std::make_unique<Connection>(path, Connection::Mode::Create);
        applyPragmas(*c, shared);
        c->exec(QStringLiteral("PRAGMA application_id=%1").arg(Schema::kApplicationId));
        const Status up = upgrade(*c, 0, version);
        if (!up)
            return up.error();
        std::unique_ptr<Database> db(new Database(path, std::move(c)));
        db->m_shared = shared;
        if (shared)
            db->m_canary = LockCanary::acquire(path);
        if (version >= 1)
            db->loadNodeId();
        if (!shared)
            db->startCheckpointer();
        return db;
    } catch (const SqlError &e) {
        return errorFor(e, path);
    }
}

// The read-only inspection before anything is written: the file must be a finished Voronka
// database of a schema this build reads, with Voronka's tables, and readable in every tree.
// It reads the schema version and the admin's shared-file setting, and may turn options
// read-only (a diagnosis of a current file, a file this account may not write).
Status Database::probe(const QString &path, Options &options, int &version, QVariant &sharedSetting)
{
    // An immutable read takes no lock, so it may meet a page another program is writing at
    // that moment: a shared file (rollback journal) has no side file until its first write
    // starts, and several programs open it at once. A damage verdict from such a read of such
    // a file is checked again by a read with locks, which sees committed pages only; a file
    // damaged for real fails both. (A WAL file's writers change only the -wal beside it, and a
    // locking read of it would leave a -shm beside a file it refuses.)
    Options first = options;
    const Status st = probeOnce(path, first, version, sharedSetting, false);
    if (st || st.error().code != Error::Code::Corrupt || !rollbackJournal(path)) {
        options = first;
        return st;
    }
    Options again = options;
    if (const Status locked = probeOnce(path, again, version, sharedSetting, true); locked) {
        options = again;
        return locked;
    }
    return st;
}

Status Database::probeOnce(const QString &path, Options &options, int &version,
                           QVariant &sharedSetting, bool withLocks)
{
    try {
        // Inspect read-only first: nothing is written to a file that fails these checks, and
        // no -wal/-shm is left beside it. Without side files no other connection has the file
        // open, so the probe may read it as immutable (no shared memory, no WAL made); with
        // them, a plain read-only connection reuses them.
        const std::unique_ptr<Connection> probeConnection =
            readOnlyConnection(path, options.busyTimeoutMs, withLocks);
        Connection &probe = *probeConnection;
        if (probe.scalar("PRAGMA application_id") != Schema::kApplicationId)
            return makeError(
                Error::Code::NotVoronka,
                Tr::tr("%1 is not a Voronka database.").arg(QFileInfo(path).fileName()));
        version = int(probe.scalar("PRAGMA user_version"));
        if (version > Schema::latestVersion())
            return makeError(
                Error::Code::TooNew,
                Tr::tr("%1 was written by a newer version of Voronka (schema %2; this version "
                       "reads up to %3). Update Voronka to open it.")
                    .arg(QFileInfo(path).fileName())
                    .arg(version)
                    .arg(Schema::latestVersion()));
        // Voronka writes version 1 in the transaction that creates the tables: a file with
        // its id but no version was never finished, or its header was damaged.
        if (version <= 0)
            return makeError(Error::Code::Corrupt,
                             Tr::tr("%1 has no Voronka schema version (%2): it was never "
                                    "finished or its header is damaged. Restore it from a "
                                    "backup.")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(version));
        probe.scalar("SELECT count(*) FROM meta"); // touches the schema: damage shows here
        if (const QString table = foreignTable(probe, version); !table.isEmpty())
            return makeError(Error::Code::NotVoronka,
                             Tr::tr("%1 is marked as a Voronka database, but its tables are not "
                                    "Voronka's (table \"%2\" does not match schema %3). It was "
                                    "left untouched.")
                                 .arg(QFileInfo(path).fileName(), table)
                                 .arg(version));
        if (!options.diagnose)
            touchEveryTree(probe);
        // A diagnosis never writes to a file that may be damaged (not even the sign-in log).
        if (options.diagnose && version == Schema::latestVersion())
            options.readOnly = true;
        if (!options.readOnly && !mayWrite(path))
            options.readOnly = true;
        try {
            Query q = probe.prepare("SELECT value FROM settings WHERE key = ?1 AND deleted = 0");
            q->bind(1, kSharedFileSetting);
            if (q->step())
                sharedSetting = q->value(0);
        } catch (const SqlError &) {
            // an older schema without the settings table: the admin cannot have set it
        }
        return Ok{};
    } catch (const SqlError &e) {
        return errorFor(e, path);
    }
}

// Read-only: refused for an older schema, which must be upgraded first.
Result<std::unique_ptr<Database>>
Database::openReadOnly(const QString &path, const Options &options, int version, bool shared,
                       std::shared_ptr<LockCanary> canary, const QString &lockProblem)
{
    try {
        if (version < Schema::latestVersion())
            return makeError(Error::Code::TooNew,
                             lockProblem.isEmpty()
                                 ? Tr::tr("%1 uses an older schema and must be opened for "
                                          "writing once to be upgraded.")
                                       .arg(QFileInfo(path).fileName())
                                 : lockProblem);
        // Without side files nobody has the file open for writing: read it as immutable,
        // so that no -wal/-shm (with this process's owner and mode) is left beside it. A
        // shared file is read with locks: other computers may write it meanwhile.
        std::unique_ptr<Connection> c =
            shared ? std::make_unique<Connection>(path, Connection::Mode::ReadOnly,
                                                  options.busyTimeoutMs)
                   : readOnlyConnection(path, options.busyTimeoutMs);
        if (shared) {
            c->exec("PRAGMA mmap_size=0");
            c->pollBusyOften();
        }
        std::unique_ptr<Database> db(new Database(path, std::move(c)));
        db->m_shared = shared;
        db->m_canary = std::move(canary);
        db->m_readOnlyReason = lockProblem;
        db->loadNodeId();
        return db;
    } catch (const SqlError &e) {
        return errorFor(e, path);
    }
}

// For writing: leaves other programs' WAL mode behind, backs up and upgrades an older schema.
Result<std::unique_ptr<Database>> Database::openForWriting(const QString &path,
                                                           const Options &options, int version,
                                                           bool shared,
                                                           std::shared_ptr<LockCanary> canary)
{
    try {
        std::unique_ptr<Connection> c;
        // Several programs opening a WAL file in shared mode at once each stop the others
        // from leaving WAL: each lets go and tries again after a random pause, until one is
        // alone. A program in local mode keeps it in WAL until the busy timeout ends.
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            c = std::make_unique<Connection>(path, Connection::Mode::ReadWrite,
                                             options.busyTimeoutMs);
            if (applyPragmas(*c, shared))
                break;
            c.reset();
            if (waited.elapsed() > options.busyTimeoutMs)
                return inLocalModeElsewhere(path);
            QThread::msleep(QRandomGenerator::global()->bounded(10, 60));
        }
        QString backup;
        if (version < Schema::latestVersion()) {
            do // another process may take the name this second; the next one is free
                backup = migrationBackupPath(path, version);
            while (!copyVerified(*c, backup));
            const Status up = upgrade(*c, version, Schema::latestVersion());
            if (!up)
                return up.error();
        }
        std::unique_ptr<Database> db(new Database(path, std::move(c)));
        db->m_upgradeBackup = backup;
        db->m_shared = shared;
        db->m_canary = std::move(canary);
        db->loadNodeId();
        if (!shared) // a rollback journal has no WAL to checkpoint
            db->startCheckpointer();
        return db;
    } catch (const SqlError &e) {
        return errorFor(e, path);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Options options)
{
    if (Connection::isPostgres(path))
        return openOnPostgres(path, options);
    if (!QFileInfo::exists(path))
        return makeError(Error::Code::NotFound, Tr::tr("%1 does not exist.").arg(path));
    const FileLocation where = Filesystem::locate(path);
    if (std::optional<Error> refused = refuseCloud(where, path))
        return *refused;
    int version = 0;
    QVariant sharedSetting;
    if (Status st = probe(path, options, version, sharedSetting); !st)
        return st.error();

    // Shared-file mode: before anything is written, the canary says whether this computer's
    // locks reach the others that have the file open; when they do not, it is only read.
    const bool shared = wantsShared(options.shared, where, sharedSetting);
    std::shared_ptr<LockCanary> canary;
    QString lockProblem;
    if (shared && !options.readOnly) {
        canary = LockCanary::acquire(path);
        if (canary && !canary->state().locksPropagate)
            lockProblem = lockReason(path, canary->state().unseen);
    }

    if (options.readOnly || !lockProblem.isEmpty())
        return openReadOnly(path, options, version, shared, std::move(canary), lockProblem);
    return openForWriting(path, options, version, shared, std::move(canary));
}

QString Database::lockReason(const QString &path, const FilePeer &unseen)
{
    return Tr::tr("%1 is open read-only: file locks on its network share do not reach the "
                  "other computers using it (%2 on %3 has it open), and writing without them "
                  "would damage it. Ask your administrator to enable locking on the share.")
        .arg(QFileInfo(path).fileName(), unseen.user, unseen.host);
}

QList<FilePeer> Database::sharedPeers()
{
    if (!m_canary)
        return {};
    const LockCanary::State s = m_canary->state();
    if (!s.locksPropagate && m_readOnlyReason.isEmpty()) {
        // Learnt during the session: nothing more is written through this connection.
        m_sql->exec("PRAGMA query_only=1");
        m_readOnlyReason = lockReason(m_path, s.unseen);
    }
    return s.others;
}

void Database::announceUser(const QString &name)
{
    if (m_canary)
        m_canary->setUser(name);
}

void Database::startCheckpointer()
{
    m_checkpointer = std::make_unique<Checkpointer>(m_path);
}

QString Database::migrationBackupPath(const QString &path, int fromVersion)
{
    const QString base =
        path + QStringLiteral(".v%1-%2")
                   .arg(fromVersion)
                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    // Another process upgrading the same file in the same second keeps its own copy.
    QString name = base + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QStringLiteral("-%1.bak").arg(n);
    return name;
}

Status Database::upgrade(Connection &c, int from, int to)
{
    for (int v = from + 1; v <= to; ++v) {
        Transaction t(c);
        // Read again under the write lock: another process opening the same older file may
        // have run this step since the version was first read.
        if (c.scalar("PRAGMA user_version") >= v)
            continue;
        WriteAudit::exempt(c.handle()); // every copy migrates alike: nothing to exchange
        c.exec(Schema::migrationSql(v));
        Schema::migrationData(v, c, QDateTime::currentMSecsSinceEpoch());
        c.exec(QStringLiteral("PRAGMA user_version=%1").arg(v));
        t.commit();
    }
    return Ok{};
}

qint64 Database::dataVersion()
{
    if (onPostgres())
        return -1;
    try {
        return m_sql->scalar("PRAGMA data_version");
    } catch (const SqlError &) {
        return -1;
    }
}

void Database::loadNodeId()
{
    QVariant id = meta(QStringLiteral("node_id"));
    if (!id.isValid() && !readOnly()) {
        IdGenerator gen;
        const QByteArray node = gen.next(QDateTime::currentMSecsSinceEpoch());
        Transaction t(*m_sql);
        setMeta(QStringLiteral("node_id"), node);
        t.commit();
        id = node;
    }
    m_nodeId = id.toByteArray();
}

int Database::schemaVersion()
{
    if (onPostgres())
        return int(m_sql->scalar("SELECT value FROM voronka_meta WHERE key = 'user_version'"));
    return int(m_sql->scalar("PRAGMA user_version"));
}

QVariant Database::meta(const QString &key)
{
    Query q = m_sql->prepare("SELECT value FROM meta WHERE key = ?1");
    q->bind(1, key);
    return q->step() ? q->value(0) : QVariant();
}

QVariant Database::setting(const QString &key)
{
    Query q = m_sql->prepare("SELECT value FROM settings WHERE key = ?1 AND deleted = 0");
    q->bind(1, key);
    return q->step() ? q->value(0) : QVariant();
}

void Database::setMeta(const QString &key, const QVariant &value)
{
    m_sql
        ->prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        ->bindAll(key, value)
        .run();
}

Status Database::verifyBackup(const QString &backup)
{
    const QString name = QFileInfo(backup).fileName();
    if (!QFileInfo(backup).isFile())
        return makeError(Error::Code::NotFound,
                         Tr::tr("Cannot restore from %1: it does not exist.").arg(backup));
    try {
        std::unique_ptr<Connection> c = readOnlyConnection(backup);
        if (c->scalar("PRAGMA application_id") != Schema::kApplicationId)
            return makeError(
                Error::Code::NotVoronka,
                Tr::tr("Cannot restore from %1: it is not a Voronka database.").arg(name));
        Query q = c->prepare("PRAGMA quick_check(1)");
        if (!q->step() || q->text(0) != u"ok")
            return makeError(Error::Code::Corrupt,
                             Tr::tr("Cannot restore from %1: it is damaged (it does not pass "
                                    "the integrity check).")
                                 .arg(name));
        const int version = int(c->scalar("PRAGMA user_version"));
        if (version > Schema::latestVersion())
            return makeError(
                Error::Code::TooNew,
                Tr::tr("Cannot restore from %1: it was written by a newer version of Voronka "
                       "(schema %2; this version reads up to %3).")
                    .arg(name)
                    .arg(version)
                    .arg(Schema::latestVersion()));
        if (version <= 0)
            return makeError(Error::Code::Corrupt,
                             Tr::tr("Cannot restore from %1: it has no Voronka schema version "
                                    "(it was never finished or its header is damaged).")
                                 .arg(name));
        c->scalar("SELECT count(*) FROM meta"); // touches the schema
    } catch (const SqlError &e) {
        const Error inner = errorFor(e, backup);
        if (e.code() == SQLITE_NOTADB)
            return makeError(
                Error::Code::NotVoronka,
                Tr::tr("Cannot restore from %1: it is not a Voronka database.").arg(name));
        if (e.code() == SQLITE_CORRUPT)
            return makeError(Error::Code::Corrupt,
                             Tr::tr("Cannot restore from %1: it is damaged (part of it cannot "
                                    "be read).")
                                 .arg(name));
        return makeError(inner.code, Tr::tr("Cannot restore from %1: %2").arg(name, inner.message));
    }
    return Ok{};
}

QString Database::beforeRestorePath(const QString &target)
{
    const QString base =
        target + QStringLiteral(".before-restore-%1")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmm")));
    QString name = base + QStringLiteral(".voronka");
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + QStringLiteral("-%1.voronka").arg(n);
    return name;
}

// On PostgreSQL a restore replaces the database's rows with the backup's (PgLoad::replaceRows)
// in one transaction; the database as it was is first backed up beside the backup file. A
// backup of an older schema is upgraded in a temporary copy first.
Result<QString> Database::restoreOnPostgres(const QString &backup, const QString &target)
{
    const QString shown = redactedUri(target);
    try {
        QTemporaryDir scratch;
        if (!scratch.isValid())
            throw SqlError(SQLITE_CANTOPEN, "no temporary folder for the restore");
        const QString copy = scratch.filePath(QStringLiteral("restore.voronka"));
        {
            std::unique_ptr<Connection> source = readOnlyConnection(backup);
            copyVerified(*source, copy);
        }
        Result<std::unique_ptr<Database>> upgraded = open(copy, Options{});
        if (!upgraded)
            return upgraded.error();
        Result<std::unique_ptr<Database>> current = openOnPostgres(target, Options{});
        if (!current)
            return current.error();
        const QString aside = beforeRestorePath(
            QFileInfo(backup).absoluteDir().filePath(QUrl(target).path().section(u'/', -1)));
        if (const Status saved = (*current)->backupTo(aside); !saved)
            return saved.error();
        PgLoad::replaceRows((*current)->sql(), (*upgraded)->sql());
        return aside;
    } catch (const SqlError &e) {
        return errorFor(e, shown);
    }
}

Result<QString> Database::restoreFrom(const QString &backup, const QString &target)
{
    if (const Status ok = verifyBackup(backup); !ok)
        return ok.error();
    if (Connection::isPostgres(target))
        return restoreOnPostgres(backup, target);
    if (!QFileInfo(target).isFile())
        return makeError(Error::Code::NotFound, Tr::tr("%1 does not exist.").arg(target));
    if (QFileInfo(backup).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
        return makeError(
            Error::Code::Conflict,
            Tr::tr("Cannot restore %1 from itself.").arg(QFileInfo(target).fileName()));
    // A shared file out of WAL gives no sign of other computers that have it open: its lock
    // canary does. They would go on writing into the replaced file.
    if (QFileInfo::exists(LockCanary::sidePath(target))) {
        const std::shared_ptr<LockCanary> canary = LockCanary::acquire(target);
        if (canary && canary->ok()) {
            QStringList who;
            for (const FilePeer &peer : canary->state().others)
                who << QStringLiteral("%1 (%2)").arg(peer.user, peer.host);
            if (!who.isEmpty())
                return makeError(
                    Error::Code::Locked,
                    Tr::tr("%1 is open by %2: close it there before restoring.")
                        .arg(QFileInfo(target).fileName(), who.join(QStringLiteral(", "))));
        }
    }
    QString aside;
    try {
        {
            Connection current(target, Connection::Mode::ReadWrite, 2000);
            // Leaving WAL needs the only connection to the file: it fails (locked) while
            // the app or another command has it open, and folds the WAL into the file.
            {
                Query mode = current.prepare("PRAGMA journal_mode=DELETE");
                if (!mode->step() || mode->text(0) != u"delete")
                    throw SqlError(SQLITE_BUSY, "the file is in use");
            }
            if (current.scalar("PRAGMA application_id") != Schema::kApplicationId)
                return makeError(
                    Error::Code::NotVoronka,
                    Tr::tr("%1 is not a Voronka database.").arg(QFileInfo(target).fileName()));
            try {
                do
                    aside = beforeRestorePath(target);
                while (!copyVerified(current, aside));
            } catch (const SqlError &e) {
                // A damaged file cannot be copied page by page: it is kept aside as it is,
                // byte for byte (its WAL was folded in above), for whoever wants to rescue
                // what is left in it.
                if (e.code() != SQLITE_CORRUPT)
                    throw;
                aside = beforeRestorePath(target);
                QFile raw(target);
                if (!raw.copy(aside))
                    throw SqlError(SQLITE_CANTOPEN, raw.errorString().toStdString());
            }
        }
        std::unique_ptr<Connection> source = readOnlyConnection(backup);
        copyVerified(*source, target, true);
    } catch (const SqlError &e) {
        return errorFor(e, target);
    }
    return aside;
}

Status Database::backupTo(const QString &outPath, const Progress &progress)
{
    if (QFileInfo::exists(outPath))
        return makeError(Error::Code::Conflict,
                         Tr::tr("%1 already exists; choose another file name.").arg(outPath));
    if (onPostgres()) {
        // A Voronka file with the database's rows, read in one snapshot on a connection of its
        // own, made in a temporary folder and then copied, checked and placed as any backup.
        try {
            const auto migrateTo = [](Connection &c, int to) {
                return upgrade(c, 0, to);
            };
            if (!backupOfPostgres(m_uri, schemaVersion(), outPath, progress, migrateTo))
                return makeError(
                    Error::Code::Conflict,
                    Tr::tr("%1 already exists; choose another file name.").arg(outPath));
            return Ok{};
        } catch (const SqlError &e) {
            if (e.code() == SQLITE_INTERRUPT)
                return makeError(Error::Code::Invalid, Tr::tr("The backup was cancelled."));
            return errorFor(e, outPath);
        } catch (const std::runtime_error &e) {
            return makeError(Error::Code::Invalid, QString::fromUtf8(e.what()));
        }
    }
    try {
        // Not m_sql: its 64 MB cache and 256 MB memory map would fill with the whole file as
        // the copy reads it, counted as this process's resident memory; a connection of its
        // own reads past a 2 MB cache and is gone with what it held when the copy is done.
        Connection source(m_path, Connection::Mode::ReadOnly);
        source.exec("PRAGMA cache_size=-2048; PRAGMA mmap_size=0");
        if (!copyVerified(source, outPath, false, progress))
            return makeError(Error::Code::Conflict,
                             Tr::tr("%1 already exists; choose another file name.").arg(outPath));
        return Ok{};
    } catch (const SqlError &e) {
        if (e.code() == SQLITE_INTERRUPT)
            return makeError(Error::Code::Invalid, Tr::tr("The backup was cancelled."));
        return errorFor(e, outPath);
    }
}

} // namespace Voronka::Core
