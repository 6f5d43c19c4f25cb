// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "rawdb.h"

namespace Voronka::Bench {

const char *const kLocalPragmas =
    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"
    "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456";

RawStmt::RawStmt(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        throw RawError(cat(sqlite3_errmsg(db), " in: ", sql));
}

bool RawStmt::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string msg = cat(sqlite3_errmsg(m_db), " in: ", sqlite3_sql(m_stmt));
    sqlite3_reset(m_stmt);
    throw RawError(msg);
}

RawDb::RawDb(const QString &path, int flags)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw RawError(cat("cannot open ", path.toStdString(), ": ", msg));
    }
    sqlite3_busy_timeout(m_db, 5000); // as Voronka's default Database::Options
}

void RawDb::exec(const char *sql)
{
    char *err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string msg = err ? err : sqlite3_errmsg(m_db);
        sqlite3_free(err);
        throw RawError(cat(msg, " in: ", sql));
    }
}

sqlite3_int64 RawDb::scalar(const char *sql)
{
    RawStmt s(m_db, sql);
    const sqlite3_int64 v = s.step() ? s.int64(0) : 0;
    s.reset();
    return v;
}

sqlite3_int64 touchRow(const RawStmt &s, int firstCol)
{
    sqlite3_int64 sum = 0;
    const int n = s.columnCount();
    for (int c = firstCol; c < n; ++c) {
        switch (s.type(c)) {
        case SQLITE_INTEGER:
            sum += s.int64(c);
            break;
        case SQLITE_FLOAT:
            sum += sqlite3_int64(s.real(c));
            break;
        case SQLITE_TEXT:
            sum += sqlite3_int64(s.text(c).size());
            break;
        case SQLITE_BLOB:
            sum += sqlite3_column_bytes(s.get(), c);
            break;
        default:
            break;
        }
    }
    return sum;
}

} // namespace Voronka::Bench
