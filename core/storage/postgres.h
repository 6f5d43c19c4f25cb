// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

// The PostgreSQL side of Connection and Statement (sqlite.h, "On PostgreSQL"), private to
// core/storage. Built when VORONKA_POSTGRES is on (cmake: libpq found).

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <string>
#include <unordered_map>
#include <vector>

struct pg_conn;
struct pg_result;

namespace Voronka::Core {

class PgConnection
{
public:
    // Throws SqlError (SQLITE_CANTOPEN) when the server cannot be reached.
    PgConnection(const QString &uri, bool readOnly, int busyTimeoutMs);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    void exec(const char *sql);
    void execQuietly(const char *sql) noexcept;
    qint64 lastInsertId() const { return m_lastInsertId; }
    int changes() const { return m_changes; }
    qint64 totalChanges() const { return m_totalChanges; }
    bool inTransaction() const;
    [[noreturn]] void fail(int code, const std::string &context) const;

private:
    friend class PgStatement;
    pg_conn *m_conn = nullptr;
    qint64 m_lastInsertId = 0;
    int m_changes = 0;
    qint64 m_totalChanges = 0;
    int m_statements = 0; // names of prepared statements: v1, v2, ...
    // Savepoints open now, innermost last; whether a SAVEPOINT began the transaction.
    std::vector<std::string> m_savepoints;
    bool m_savepointBegan = false;
    std::unordered_map<std::string, bool> m_hasId; // table -> it has an `id` column

    pg_result *run(const char *sql, const char *context); // throws on failure
    void runControl(const char *sql);
    void commit();
    void noteResult(pg_result *r);
    bool tableHasId(const std::string &table);
    [[noreturn]] void failWith(pg_result *r, const std::string &context) const;
};

class PgStatement
{
public:
    PgStatement(PgConnection &c, const char *sql);
    ~PgStatement();
    PgStatement(const PgStatement &) = delete;
    PgStatement &operator=(const PgStatement &) = delete;

    void bindNull(int index);
    void bindInt(int index, qint64 v);
    void bindReal(int index, double v);
    void bindText(int index, QByteArray utf8);
    void bindBlob(int index, const QByteArray &blob);

    bool step();
    void reset();

    int columnCount();
    bool isNull(int col) const;
    qint64 int64(int col) const;
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const;

private:
    enum class Kind : char { Null, Int, Real, Text, Blob };
    struct Param
    {
        Kind kind = Kind::Null;
        QByteArray data;
    };
    PgConnection &m_c;
    std::string m_sql;   // as the caller wrote it, for messages
    std::string m_pgSql; // as PostgreSQL runs it
    std::string m_name;  // the server-side prepared statement, "" until prepared
    int m_params = 0;
    bool m_hiddenId = false; // RETURNING id was added for lastInsertId()
    std::vector<Param> m_bound;
    std::vector<bool> m_anyParam; // the placeholder stands for a jsonb ("any") value
    pg_result *m_res = nullptr;
    int m_row = -1;

    void prepare(bool typed);
    Param *slot(int index);
    const char *cell(int col) const;
    unsigned columnType(int col) const;
    QVariant anyValue(int col) const; // a jsonb cell as the value SQLite would have stored
    void describeParams();
};

} // namespace Voronka::Core
