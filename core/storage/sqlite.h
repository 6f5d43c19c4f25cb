// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace Voronka::Core {

class PgConnection;
class PgStatement;

// A thin layer over the SQLite C API. The connection is opened through Qt Sql's QSQLITE
// driver (so Qt owns the file handle and its options) and its sqlite3 handle is borrowed
// where that driver uses the same shared SQLite (Linux distributions; elsewhere the file is
// opened directly, see VORONKA_SQLITE_THROUGH_QT in cmake/sqlite.cmake):
// per-row QSqlQuery overhead is ~2x on large result sets (DESIGN.md), and the write path and
// lists touch many rows. Inside storage and services an SQLite failure is thrown as SqlError
// and turned into an Error value at the service boundary, so every call site stays linear.
//
// On PostgreSQL. A Connection opened on a `postgresql://` (or `postgres://`) URI talks to a
// PostgreSQL 15 server instead, through libpq: the same Connection, Statement, Query and
// Transaction, the same SQL text, so code written for SQLite runs there unchanged where its SQL
// is dialect-neutral (the team server's store, SYNC.md "Storage"). libpq and not Qt's QPSQL
// driver: QPSQL would bring back the per-row QVariant overhead this layer exists to avoid,
// sends every value as a string literal spliced into an EXECUTE (blobs escaped), and hides the
// SQLSTATE behind a driver-specific error text; libpq gives server-side prepared statements
// with bound values, raw bytea, the SQLSTATE and the transaction status, which the mapping
// below needs. Each Statement carries one pointer that is set only on PostgreSQL: the SQLite
// calls test it and go on to the C API exactly as before. The rules:
// - Placeholders: `?N` becomes `$N` and a bare `?` the next number above the largest so far
//   (SQLite's numbering), outside string literals, quoted identifiers and comments
//   (sqldialect.h). A statement is prepared on the server once per connection, its parameter
//   types inferred by the server; where they cannot be (`?1 IS NULL`), at its first run with
//   the types of the values bound (int64 -> bigint, double -> double precision, blob -> bytea,
//   text and NULL -> text). Values travel as text, blobs as raw bytes.
// - Results are read whole when a statement first steps (libpq runs one statement at a time
//   per connection; code here nests queries). Columns convert as SQLite converts: an integer
//   column read as text gives its digits, a numeric (SUM of integers) reads as an integer when
//   it has no fraction, a boolean as 0 or 1.
// - SqlError::code() stays SQLite's primary result code, mapped from the SQLSTATE: integrity
//   violations (23xxx) are SQLITE_CONSTRAINT; serialization failure, deadlock and lock
//   timeout (40001, 40P01, 55P03) are SQLITE_BUSY; a statement in an aborted transaction
//   (25P02) is SQLITE_ABORT; a lost connection SQLITE_IOERR (sqldialect.cpp has the table).
//   The message ends in "(SQLSTATE xxxxx)".
// - lastInsertId(): an INSERT into a table that has an `id` column and no RETURNING clause of
//   its own gets `RETURNING id` added; the last row it returns is lastInsertId() (SQLite's
//   rowid of an INTEGER PRIMARY KEY id). Other INSERTs leave it unchanged. changes() is the
//   row count of the last INSERT, UPDATE or DELETE, as on SQLite.
// - Transactions: BEGIN IMMEDIATE (beginWrite, Transaction) is BEGIN READ COMMITTED plus a
//   transaction-scoped advisory lock, so writers take turns as on SQLite and each statement
//   sees the previous writer's commit; the busy timeout is the lock_timeout, set at open.
//   BEGIN (deferred, a read) is REPEATABLE READ: one snapshot, as a WAL reader has. SAVEPOINT,
//   RELEASE and ROLLBACK TO keep SQLite's meaning: a SAVEPOINT outside a transaction begins
//   one (REPEATABLE READ) and releasing it commits. A failed statement aborts a PostgreSQL
//   transaction until it is rolled back (to a savepoint, or whole); COMMIT of such a
//   transaction throws SQLITE_ABORT instead of PostgreSQL's silent rollback, and a COMMIT the
//   server refused is never SQLITE_BUSY (the transaction is gone; retrying would "succeed").
// - Writes outside a transaction are not serialized with the writer lock; handle() is null;
//   pollBusyOften() and setBusyTimeoutMs() do not change the lock_timeout set at open.
class SqlError : public std::runtime_error
{
public:
    SqlError(int code, const std::string &what)
        : std::runtime_error(what)
        , m_code(code)
    {
    }
    int code() const { return m_code; } // primary SQLite result code
private:
    int m_code;
};

class Statement
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {
    }
    explicit Statement(PgStatement *pg); // takes ownership
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, std::nullptr_t);
    Statement &bind(int index, qint64 v);
    Statement &bind(int index, int v) { return bind(index, qint64(v)); }
    Statement &bind(int index, bool v) { return bind(index, qint64(v ? 1 : 0)); }
    Statement &bind(int index, double v);
    Statement &bind(int index, const QString &v); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, const QVariant &v);
    template<typename... Args> Statement &bindAll(const Args &...args)
    {
        int i = 0;
        (bind(++i, args), ...);
        return *this;
    }

    bool step(); // true while a row is available; throws SqlError on failure
    void run();  // step to completion
    void reset();

    int columnCount() const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;

private:
    friend class Connection;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    PgStatement *m_pg = nullptr; // set: the statement runs on PostgreSQL
};

// Resets its statement when it goes out of scope, so cached statements are reusable.
class Query
{
public:
    explicit Query(Statement *s)
        : m_s(s)
    {
    }
    Query(Query &&o) noexcept
        : m_s(o.m_s)
    {
        o.m_s = nullptr;
    }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;
    ~Query();
    Statement *operator->() const { return m_s; }
    Statement &operator*() const { return *m_s; }

private:
    Statement *m_s;
};

class Connection
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };
    enum class Backend { SQLite, PostgreSQL };
    // Throws SqlError when the file cannot be opened. A `postgresql://` URI (isPostgres) opens
    // a connection to that PostgreSQL database instead (see above).
    Connection(const QString &path, Mode mode, int busyTimeoutMs = 5000);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    Query prepare(const char *sql); // cached by SQL text for the connection's lifetime
    Query prepare(const QString &sql);
    void exec(const char *sql); // one or more statements, no results
    void exec(const QString &sql);
    qint64 scalar(const char *sql); // first column of the first row, 0 when none
    // A statement whose failure is of no use to anyone (ROLLBACK in a destructor).
    void execQuietly(const char *sql) noexcept;
    qint64 lastInsertId() const;
    int changes() const;
    // Rows written by INSERT, UPDATE and DELETE since the connection opened (SQLite's
    // sqlite3_total_changes64; on PostgreSQL the sum of the command tags, triggers' rows not
    // counted): only compared with an earlier value, to tell whether anything was written.
    qint64 totalChanges() const;
    bool inTransaction() const; // a transaction is open (SQLite: not in autocommit mode)
    sqlite3 *handle() const { return m_db; } // null on PostgreSQL
    Backend backend() const { return m_pg ? Backend::PostgreSQL : Backend::SQLite; }
    static bool isPostgres(const QString &path);
    const QString &path() const { return m_path; }
    bool readOnly() const { return m_mode == Mode::ReadOnly; }
    // How often a Transaction begins or commits again, after a random pause, when SQLite's
    // busy timeout ran out: shared-file mode, where several computers take turns.
    void setBusyRetries(int retries) { m_busyRetries = retries; }
    // Waits for a busy file in short random steps instead of SQLite's growing ones (up to
    // 100 ms): a writer in a loop frees the file for a moment only, which a waiter sleeping
    // long rarely hits. Shared-file mode, where other computers write the same file.
    void pollBusyOften();
    // With pollBusyOften: how long a statement waits for a busy file.
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }
    int busyTimeoutMs() const { return m_busyTimeoutMs; }
    int busyRetries() const { return m_busyRetries; }
    // BEGIN IMMEDIATE and COMMIT with those retries: every write transaction uses them.
    void beginWrite();
    void commitWrite();

    [[noreturn]] void fail(int code, const char *context) const;

private:
    QString m_path;
    QString m_connectionName;
    Mode m_mode;
    sqlite3 *m_db = nullptr;
    int m_busyRetries = 0;
    int m_busyTimeoutMs;
    std::chrono::steady_clock::time_point m_busySince;
    static int onBusy(void *connection, int count);
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
    std::unique_ptr<PgConnection> m_pg;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back if not committed (exceptions included). Both are
// tried again after a random pause when the file stays busy and the connection allows it.
class Transaction
{
public:
    explicit Transaction(Connection &c);
    ~Transaction();
    void commit();

private:
    Connection &m_c;
    bool m_done = false;
};

} // namespace Voronka::Core
