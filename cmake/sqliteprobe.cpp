// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// Built and run by cmake/sqlite.cmake at configure time: does the SQLite found have what
// core/storage needs? Prints "version=X" and one "missing=WHAT" line per feature it lacks.
#include <sqlite3.h>

#include <cstdio>

#if SQLITE_VERSION_NUMBER < VORONKA_SQLITE_MIN_NUMBER
#error "sqlite3.h is older than Voronka's minimum SQLite version"
#endif

namespace {

bool runs(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
    if (rc != SQLITE_OK)
        std::printf("error=%s\n", error ? error : sqlite3_errstr(rc));
    sqlite3_free(error);
    return rc == SQLITE_OK;
}

} // namespace

int main()
{
    std::printf("version=%s\n", sqlite3_libversion());
    if (sqlite3_libversion_number() < VORONKA_SQLITE_MIN_NUMBER)
        std::printf("missing=version\n");
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
        std::printf("missing=open\n");
        return 0;
    }
    // The search index exactly as core/storage/schema.cpp makes it, queried as
    // core/search does and checked as `voronka-cli check` does.
    if (!runs(db, "CREATE VIRTUAL TABLE search USING fts5(name, phones, emails, company, extra,"
                  " tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4 5 6',"
                  " detail = column);"
                  "INSERT INTO search(rowid, name) VALUES(5, 'Elkin Caf\xc3\xa9');"
                  "SELECT rowid FROM search WHERE search MATCH '{name}: cafe*';"
                  "INSERT INTO search(search, rank) VALUES('integrity-check', 0);"))
        std::printf("missing=fts5\n");
    if (!runs(db, "SELECT json_extract('{\"a\":{\"amount\":1}}', '$.a.amount');"
                  "SELECT value FROM json_each('[1,2]');"))
        std::printf("missing=json\n");
    // UPSERT with several conflict clauses, the last without a target, and MATERIALIZED
    // (3.35); the 64-bit change counter (3.37) is linked below.
    if (!runs(db, "CREATE TABLE t(a PRIMARY KEY, b UNIQUE, n) WITHOUT ROWID;"
                  "INSERT INTO t VALUES(1, 2, 1) ON CONFLICT(a) DO UPDATE SET n = n + 1"
                  " ON CONFLICT DO UPDATE SET n = n + excluded.n;"
                  "WITH c(a) AS MATERIALIZED (SELECT a FROM t) SELECT count(*) FROM c;"))
        std::printf("missing=upsert\n");
    if (sqlite3_total_changes64(db) < 1)
        std::printf("missing=changes64\n");
    sqlite3_close(db);
    return 0;
}
