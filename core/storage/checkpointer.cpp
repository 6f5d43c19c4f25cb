// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "checkpointer.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace Voronka::Core {

Checkpointer::Checkpointer(const QString &path)
    : m_path(path)
    , m_thread([this] { run(); })
{
}

Checkpointer::~Checkpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void Checkpointer::run()
{
    // A plain C-API connection: it lives and dies on this thread and only checkpoints.
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(m_path.toUtf8().constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    sqlite3_busy_timeout(db, 0);
    // A connection learns the file is in WAL mode from its first read; until then a
    // checkpoint call does nothing.
    sqlite3_exec(db, "PRAGMA user_version", nullptr, nullptr, nullptr);
    const QString wal = m_path + QStringLiteral("-wal");
    std::unique_lock lock(m_mutex);
    while (!m_wake.wait_for(lock, std::chrono::milliseconds(250), [this] { return m_stop; })) {
        if (QFileInfo(wal).size() < kWalLimitBytes)
            continue;
        lock.unlock();
        // PASSIVE never blocks the writer or readers; what it cannot copy now it copies later.
        sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
    }
    sqlite3_close(db);
}

} // namespace Voronka::Core
