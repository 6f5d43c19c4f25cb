// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QFile>
#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace Voronka::Core {

// Another program that has the same shared file open, as its canary slot tells.
struct FilePeer
{
    QString user; // the Voronka user signed in, else the account on that computer
    QString host;
    qint64 pid = 0;
    qint64 heartbeatMs = 0;
    bool operator==(const FilePeer &) const = default;
};

// Tells whether byte-range locks on a shared file reach every computer that opens it, which
// SQLite's rollback journal relies on (DESIGN.md, shared-file mode). A side file beside the
// database, NAME.voronka-lock, has one slot per open program: the program holds a lock on
// its slot's byte and writes a heartbeat (user, host, pid, time) into it every few seconds.
// A slot whose heartbeat is fresh but whose lock this program can take belongs to a live
// program whose lock does not reach here: locks do not propagate, and writing would damage
// the file. The slots also say who else has the file open. The database file itself is
// never touched; a closing program clears its slot and removes the side file when it was
// the last one. A stale slot (old heartbeat, or a dead process on this computer) is ignored.
class LockCanary
{
public:
    static constexpr int kSlots = 64;
    static constexpr qint64 kSlotBytes = 256;
    static constexpr qint64 kLockBase = 1 << 20; // slot i is locked at byte kLockBase + i
    static constexpr int kHeartbeatMs = 5000;
    static constexpr qint64 kStaleMs = 30000;

    using Now = std::function<qint64()>;

    // The canary of the database at path in this process: one per file and process, shared
    // by every connection to it (closing a second descriptor of the side file would drop
    // this process's POSIX locks on it). Null when the side file cannot be made (a
    // read-only folder): nothing can then be said about locks.
    static std::shared_ptr<LockCanary> acquire(const QString &databasePath);
    static QString sidePath(const QString &databasePath)
    {
        return databasePath + QStringLiteral(".voronka-lock");
    }

    // Opens the side file, claims a slot and looks at the others once. now: the heartbeat
    // clock (tests); interval 0: no heartbeat thread (tests call beat()).
    LockCanary(const QString &databasePath, Now now, int intervalMs);
    ~LockCanary();
    LockCanary(const LockCanary &) = delete;
    LockCanary &operator=(const LockCanary &) = delete;

    bool ok() const { return m_file.isOpen(); }
    // Writes this program's heartbeat and looks at every other slot (the thread's work).
    void beat();
    void setUser(const QString &user);

    struct State
    {
        int slot = -1; // this program's, -1 when every slot was taken
        bool locksPropagate = true;
        FilePeer unseen;        // the live program whose lock did not reach here
        QList<FilePeer> others; // the other programs with the file open
    };
    State state() const;

private:
    bool tryLock(int slot, int count = 1); // count slots from slot on
    void unlock(int slot, int count = 1);
    QByteArray readSlot(int slot);
    void writeSlot(int slot, const QByteArray &bytes);
    QByteArray heartbeat() const;
    bool sameFileAsPath() const;
    void scan(bool claim);
    void release();
    void run();

    QString m_path;
    Now m_now;
    int m_intervalMs;
    QFile m_file;
    mutable std::mutex m_mutex;
    QString m_user;
    qint64 m_count = 0;
    State m_state;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Voronka::Core
