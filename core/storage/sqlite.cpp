// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "sqlite.h"

#include "writeaudit.h"
#if VORONKA_POSTGRES
#include "postgres.h"
#endif

#include "core/platform/durablefile.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#if VORONKA_SQLITE_THROUGH_QT
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#endif

#include <sqlite3.h>

#include <chrono>
#include <thread>

namespace Voronka::Core {

namespace {
QAtomicInteger<quint64> s_connectionCounter;

// The primary result code, except that an I/O error the OS gave as "no space left" (or "quota
// exceeded") is SQLITE_FULL: SQLite reports a full disk met while growing the WAL index or
// writing a page as a plain I/O error, and the user must be told that the disk is full.
int primaryCode(sqlite3 *db, int rc)
{
    const int code = rc & 0xFF;
    if (code == SQLITE_IOERR && db && Platform::isDiskFull(sqlite3_system_errno(db)))
        return SQLITE_FULL;
    return code;
}

[[noreturn]] void throwFor(sqlite3 *db, int rc, const char *context)
{
    std::string msg = context ? std::string(context) + ": " : std::string();
    msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    throw SqlError(primaryCode(db, rc), msg);
}

// A COMMIT that found the file busy leaves the transaction open, so it may run again too.
void execRetrying(Connection &c, const char *sql)
{
    for (int attempt = 0;; ++attempt) {
        try {
            c.exec(sql);
            return;
        } catch (const SqlError &e) {
            if (e.code() != SQLITE_BUSY || attempt >= c.busyRetries())
                throw;
        }
        // Waiters that gave up together would meet again: a random pause spreads them.
        std::this_thread::sleep_for(
            std::chrono::milliseconds(QRandomGenerator::global()->bounded(10, 120)));
    }
}
} // namespace

// The PostgreSQL branch of a call (sqlite.h "On PostgreSQL"): one test of a pointer on SQLite.
#if VORONKA_POSTGRES
#define ON_POSTGRES(...)                                                                           \
    if (m_pg) [[unlikely]] {                                                                       \
        __VA_ARGS__;                                                                               \
    }
#else
#define ON_POSTGRES(...)
#endif

Statement::Statement(PgStatement *pg)
    : m_pg(pg)
{
}

Statement::~Statement()
{
#if VORONKA_POSTGRES
    delete m_pg;
#endif
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    ON_POSTGRES(m_pg->bindNull(index); return *this)
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bind(int index, qint64 v)
{
    ON_POSTGRES(m_pg->bindInt(index, v); return *this)
    sqlite3_bind_int64(m_stmt, index, v);
    return *this;
}

Statement &Statement::bind(int index, double v)
{
    ON_POSTGRES(m_pg->bindReal(index, v); return *this)
    sqlite3_bind_double(m_stmt, index, v);
    return *this;
}

Statement &Statement::bind(int index, const QString &v)
{
    ON_POSTGRES(v.isNull() ? m_pg->bindNull(index) : m_pg->bindText(index, v.toUtf8());
                return *this)
    if (v.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    const QByteArray u = v.toUtf8();
    sqlite3_bind_text(m_stmt, index, u.constData(), int(u.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    ON_POSTGRES(blob.isNull() ? m_pg->bindNull(index) : m_pg->bindBlob(index, blob); return *this)
    if (blob.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const char *utf8)
{
    ON_POSTGRES(utf8 ? m_pg->bindText(index, QByteArray(utf8)) : m_pg->bindNull(index);
                return *this)
    sqlite3_bind_text(m_stmt, index, utf8, -1, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return bind(index, nullptr);
    switch (v.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(index, v.toLongLong());
    case QMetaType::Double:
        return bind(index, v.toDouble());
    case QMetaType::QByteArray:
        return bind(index, v.toByteArray());
    default:
        return bind(index, v.toString());
    }
}

bool Statement::step()
{
    ON_POSTGRES(return m_pg->step())
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwFor(m_db, rc, sqlite3_sql(m_stmt));
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    ON_POSTGRES(m_pg->reset(); return )
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    ON_POSTGRES(return m_pg->columnCount())
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int col) const
{
    ON_POSTGRES(return m_pg->isNull(col))
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Statement::int64(int col) const
{
    ON_POSTGRES(return m_pg->int64(col))
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    ON_POSTGRES(return m_pg->real(col))
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    ON_POSTGRES(return m_pg->text(col))
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    ON_POSTGRES(return m_pg->blob(col))
    const void *p = sqlite3_column_blob(m_stmt, col);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, col))
             : QByteArray();
}

QVariant Statement::value(int col) const
{
    ON_POSTGRES(return m_pg->value(col))
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return int64(col);
    case SQLITE_FLOAT:
        return real(col);
    case SQLITE_TEXT:
        return text(col);
    case SQLITE_BLOB:
        return blob(col);
    default:
        return {};
    }
}

Query::~Query()
{
    if (m_s)
        m_s->reset();
}

Connection::Connection(const QString &path, Mode mode, int busyTimeoutMs)
    : m_path(path)
    , m_connectionName(QStringLiteral("voronka-%1").arg(++s_connectionCounter))
    , m_mode(mode)
    , m_busyTimeoutMs(busyTimeoutMs)
{
    if (isPostgres(path)) {
#if VORONKA_POSTGRES
        m_pg = std::make_unique<PgConnection>(path, mode == Mode::ReadOnly, busyTimeoutMs);
        return;
#else
        throw SqlError(SQLITE_CANTOPEN, "this build of Voronka has no PostgreSQL support "
                                        "(built without VORONKA_POSTGRES)");
#endif
    }
#if VORONKA_SQLITE_THROUGH_QT
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (path.startsWith(u"file:")) // a URI with parameters (immutable=1)
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    db.setConnectOptions(options);
    if (!db.open()) {
        const std::string msg = db.lastError().text().toStdString();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw SqlError(SQLITE_CANTOPEN, msg);
    }
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_db)
        throw SqlError(SQLITE_CANTOPEN, "the SQLite driver gave no handle");
#else
    // Qt's QSQLITE plugin carries its own copy of SQLite here (cmake/sqlite.cmake), so its
    // handle must not meet this program's SQLite: the file is opened the way the driver
    // opens it, with the SQLite Voronka links.
    int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_NOMUTEX;
    if (path.startsWith(u"file:")) // a URI with parameters (immutable=1)
        flags |= SQLITE_OPEN_URI;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = std::string(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)) +
                                " Error opening database";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw SqlError(SQLITE_CANTOPEN, msg);
    }
    sqlite3_busy_timeout(m_db, busyTimeoutMs);
#endif
    sqlite3_extended_result_codes(m_db, 0);
    if (mode != Mode::ReadOnly)
        WriteAudit::install(m_db);
}

Connection::~Connection()
{
    if (m_pg) {
        m_cache.clear(); // its statements before the connection they belong to
        return;
    }
    WriteAudit::uninstall(m_db);
    for (auto &[sql, stmt] : m_cache)
        sqlite3_finalize(stmt->m_stmt);
    m_cache.clear();
#if VORONKA_SQLITE_THROUGH_QT
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
#else
    sqlite3_close(m_db);
#endif
}

Query Connection::prepare(const char *sql)
{
    auto it = m_cache.find(sql);
#if VORONKA_POSTGRES
    if (it == m_cache.end() && m_pg)
        it = m_cache.emplace(sql, std::make_unique<Statement>(new PgStatement(*m_pg, sql))).first;
#endif
    if (it == m_cache.end()) {
        sqlite3_stmt *stmt = nullptr;
        const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            throwFor(m_db, rc, sql);
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_db, stmt)).first;
    }
    return Query(it->second.get());
}

Query Connection::prepare(const QString &sql)
{
    return prepare(sql.toUtf8().constData());
}

bool Connection::isPostgres(const QString &path)
{
    return path.startsWith(u"postgresql://") || path.startsWith(u"postgres://");
}

void Connection::exec(const char *sql)
{
    ON_POSTGRES(m_pg->exec(sql); return )
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        throw SqlError(primaryCode(m_db, rc), msg);
    }
}

void Connection::exec(const QString &sql)
{
    exec(sql.toUtf8().constData());
}

qint64 Connection::scalar(const char *sql)
{
    Query q = prepare(sql);
    return q->step() ? q->int64(0) : 0;
}

void Connection::execQuietly(const char *sql) noexcept
{
    ON_POSTGRES(m_pg->execQuietly(sql); return )
    sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
}

qint64 Connection::lastInsertId() const
{
    ON_POSTGRES(return m_pg->lastInsertId())
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    ON_POSTGRES(return m_pg->changes())
    return sqlite3_changes(m_db);
}

qint64 Connection::totalChanges() const
{
    ON_POSTGRES(return m_pg->totalChanges())
    return sqlite3_total_changes64(m_db);
}

bool Connection::inTransaction() const
{
    ON_POSTGRES(return m_pg->inTransaction())
    return !sqlite3_get_autocommit(m_db);
}

void Connection::pollBusyOften()
{
    ON_POSTGRES(return ) // waits are the lock_timeout set at open
    sqlite3_busy_handler(m_db, &Connection::onBusy, this);
}

int Connection::onBusy(void *connection, int count)
{
    auto *c = static_cast<Connection *>(connection);
    const auto now = std::chrono::steady_clock::now();
    if (count == 0)
        c->m_busySince = now;
    if (now - c->m_busySince >= std::chrono::milliseconds(c->m_busyTimeoutMs))
        return 0;
    std::this_thread::sleep_for(
        std::chrono::microseconds(QRandomGenerator::global()->bounded(500, 4000)));
    return 1;
}

void Connection::beginWrite()
{
    execRetrying(*this, "BEGIN IMMEDIATE");
}

void Connection::commitWrite()
{
    execRetrying(*this, "COMMIT");
}

void Connection::fail(int code, const char *context) const
{
    ON_POSTGRES(m_pg->fail(code, context ? context : ""))
    throwFor(m_db, code, context);
}

Transaction::Transaction(Connection &c)
    : m_c(c)
{
    m_c.beginWrite();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_c.execQuietly("ROLLBACK");
}

void Transaction::commit()
{
    m_c.commitWrite();
    m_done = true;
}

} // namespace Voronka::Core
