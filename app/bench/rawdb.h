// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

#include <sqlite3.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace Voronka::Bench {

// The raw side of every row: the SQLite C API with nothing in between, so the figures are
// the physical limit DESIGN.md compares against. Failures throw; the bench stops the row.
class RawError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The PRAGMAs Voronka applies to a local file (core/storage/database.cpp applyPragmas). The
// raw side must run with the same cache and journal settings or the ratio means nothing.
extern const char *const kLocalPragmas;

class RawStmt
{
public:
    RawStmt(sqlite3 *db, const char *sql);
    RawStmt(sqlite3 *db, const std::string &sql)
        : RawStmt(db, sql.c_str())
    {
    }
    ~RawStmt() { sqlite3_finalize(m_stmt); }
    RawStmt(const RawStmt &) = delete;
    RawStmt &operator=(const RawStmt &) = delete;

    RawStmt &bind(int i, sqlite3_int64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
        return *this;
    }
    RawStmt &bind(int i, double v)
    {
        sqlite3_bind_double(m_stmt, i, v);
        return *this;
    }
    // Static: the caller keeps the text alive until the statement is reset.
    RawStmt &bind(int i, std::string_view utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.data(), int(utf8.size()), SQLITE_STATIC);
        return *this;
    }
    RawStmt &bindBlob(int i, const void *p, int n)
    {
        sqlite3_bind_blob(m_stmt, i, p, n, SQLITE_STATIC);
        return *this;
    }
    RawStmt &bindNull(int i)
    {
        sqlite3_bind_null(m_stmt, i);
        return *this;
    }
    bool step(); // true while a row is available
    void run()
    {
        while (step()) {
        }
        reset();
    }
    // Resets after every use: a statement left mid-step would pin a read snapshot and hide
    // the other connection's commits from this one.
    void reset() { sqlite3_reset(m_stmt); }

    sqlite3_int64 int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    int type(int col) const { return sqlite3_column_type(m_stmt, col); }
    std::string_view text(int col) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
        return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, col)))
                 : std::string_view();
    }
    int columnCount() const { return sqlite3_column_count(m_stmt); }
    sqlite3_stmt *get() const { return m_stmt; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class RawDb
{
public:
    explicit RawDb(const QString &path, int flags = SQLITE_OPEN_READWRITE);
    // Borrows an open connection; it stays open when this is destroyed.
    explicit RawDb(sqlite3 *borrowed)
        : m_db(borrowed)
        , m_owned(false)
    {
    }
    ~RawDb()
    {
        if (m_owned)
            sqlite3_close_v2(m_db);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const char *sql);
    sqlite3_int64 scalar(const char *sql);

private:
    sqlite3 *m_db = nullptr;
    bool m_owned = true;
};

// Joins pieces of text by appending. GCC 12 at -O3 reports a false -Wrestrict on chains
// of `"literal" + std::string`, and the build treats warnings as errors.
template<typename... Parts> std::string cat(const Parts &...parts)
{
    std::string s;
    (s.append(std::string_view(parts)), ...);
    return s;
}

// Reads every column of the current row the cheapest way the C API allows (Voronka converts
// each into a QVariant), so both sides fetch the same values; returns a sum of them.
sqlite3_int64 touchRow(const RawStmt &s, int firstCol = 0);

} // namespace Voronka::Bench
