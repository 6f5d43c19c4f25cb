// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace Voronka::Core {

// Checkpoints the WAL on a thread of its own, so no commit on the UI thread ever pays for
// copying pages back into the database (DESIGN.md: move p99 < 2 ms, checkpoint off the UI
// thread). The writing connection turns SQLite's automatic checkpoint off while this runs.
class Checkpointer
{
public:
    explicit Checkpointer(const QString &path);
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // A WAL larger than this is checkpointed at the next tick (every 250 ms).
    static constexpr qint64 kWalLimitBytes = 4 * 1024 * 1024;

private:
    void run();

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Voronka::Core
