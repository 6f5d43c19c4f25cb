// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "rawdb.h"

#include "core/util/ids.h"

#include <chrono>

namespace Voronka::Bench {

// What every hand-written write of the raw side shares: BEGIN IMMEDIATE, COMMIT and ROLLBACK
// as prepared statements, the wall clock, and the hybrid clock continued from the outbox (the
// outbox is in clock order, so its last row holds the newest clock).
class RawWriter
{
public:
    explicit RawWriter(sqlite3 *db)
        : m_begin(db, "BEGIN IMMEDIATE")
        , m_commit(db, "COMMIT")
        , m_rollback(db, "ROLLBACK")
    {
        RawStmt last(db, "SELECT hlc FROM outbox ORDER BY id DESC LIMIT 1");
        m_hlc.observe(last.step() ? last.int64(0) : 0);
    }

    static qint64 nowMs()
    {
        using namespace std::chrono;
        return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    }
    qint64 nextHlc(qint64 now) { return m_hlc.next(now); }

    // Runs `body` between BEGIN IMMEDIATE and COMMIT; on any failure rolls back and rethrows.
    // `cleanup` resets the caller's statements first, so none holds the snapshot open.
    template<typename Body, typename Cleanup> void transaction(Body &&body, Cleanup &&cleanup)
    {
        m_begin.run();
        try {
            body();
            m_commit.run();
        } catch (...) {
            cleanup();
            m_rollback.run();
            throw;
        }
    }

private:
    RawStmt m_begin, m_commit, m_rollback;
    Core::Hlc m_hlc;
};

} // namespace Voronka::Bench
