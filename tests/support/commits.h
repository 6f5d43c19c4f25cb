// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/storage/database.h"

#include <sqlite3.h>

#include <utility>

namespace Voronka::Test {

// Counts the transactions the connection commits: SQLite calls the WAL hook once after each
// commit (the file is in WAL mode; its automatic checkpoints are off, so the hook replaces
// nothing). "One step, one transaction" is checked with it.
class Commits
{
public:
    explicit Commits(Core::Database &db)
        : m_db(db.sql().handle())
    {
        sqlite3_wal_hook(m_db, &Commits::onCommit, this);
    }
    ~Commits() { sqlite3_wal_hook(m_db, nullptr, nullptr); }
    Commits(const Commits &) = delete;
    Commits &operator=(const Commits &) = delete;
    // The commits since the last call.
    int take() { return std::exchange(m_count, 0); }

private:
    static int onCommit(void *self, sqlite3 *, const char *, int)
    {
        ++static_cast<Commits *>(self)->m_count;
        return SQLITE_OK;
    }
    sqlite3 *m_db;
    int m_count = 0;
};

} // namespace Voronka::Test
