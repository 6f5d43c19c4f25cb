// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/sync/syncclient.h"
#include "ui/widgets/backgroundjob.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace Voronka::Core {
class Clock;
class Session;
} // namespace Voronka::Core

namespace Voronka::Ui {


// How a sync reaches the team server. open() and keep() run on the sync's worker thread (a
// transport's network objects live there); the rest on the UI thread.
class SyncConnector
{
public:
    virtual ~SyncConnector() = default;
    struct Failure
    {
        int status = 0; // 0: the server was not reached; 401: the sign-in was refused
        QString message;
    };
    // A transport signed in to the server, or why not.
    virtual std::unique_ptr<Core::Sync::Transport> open(Failure *failure) = 0;
    // After a sync: what should outlive the transport (the rotated tokens).
    virtual void keep(Core::Sync::Transport &transport) { Q_UNUSED(transport); }
    virtual void setPassword(const QString &password) { Q_UNUSED(password); }
    virtual bool hasCredentials() const { return true; }
    // Whether openForWaiting() can give a transport now (a connector that cannot long-poll
    // leaves the replica to the periodic sync).
    virtual bool canWait() const { return false; }
    // A transport for the long poll (runs on its worker thread): it neither signs in nor
    // refreshes tokens (a sync does that; two rotating one refresh token at once would revoke
    // it), and gives up as soon as `stop` says so. Null when it cannot.
    virtual std::unique_ptr<Core::Sync::Transport> openForWaiting(std::function<bool()> stop)
    {
        Q_UNUSED(stop);
        return nullptr;
    }
};

// The team server over HTTP (core/sync/httptransport.h) as the file's user: signs in with the
// password once, then lives on the tokens it was given, kept in memory between syncs.
class HttpConnector final : public SyncConnector
{
public:
    HttpConnector(const QString &serverUrl, const QString &deviceId, const QString &email);
    std::unique_ptr<Core::Sync::Transport> open(Failure *failure) override;
    void keep(Core::Sync::Transport &transport) override;
    void setPassword(const QString &password) override;
    bool hasCredentials() const override;
    bool canWait() const override;
    std::unique_ptr<Core::Sync::Transport> openForWaiting(std::function<bool()> stop) override;

private:
    const QString m_url;
    const QString m_deviceId;
    const QString m_email;
    mutable std::mutex m_mutex; // the worker and the UI thread both read these
    QString m_password;
    QString m_access;
    QString m_refresh;
};

// Keeps a replica in step with its team server (SYNC.md): a sync (push, then pull until the
// server has no more) runs in a BackgroundJob on a connection of its own, so the UI never
// waits for the network; after a local save (noticed as the outbox growing, a cheap indexed
// count each second; the sync starts once edits pause), when the server has changes, every
// few seconds while the window is open, and when asked. The open views pick the pulled changes
// up themselves: they poll the file's data_version, which the worker's commits move.
//
// While online, one long poll waits on the server for a colleague's change (a second
// BackgroundJob, reading only: SyncClient::waitForChanges); when it returns with something, a
// sync fetches it, so a change shows within a second or two instead of at the next period.
// The poll holds its own request, so a local save's push is never queued behind it.
class SyncController final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,         // the last sync went through (or none yet)
        Syncing,      // a sync is running
        Offline,      // the server could not be reached; changes stay queued
        SignInNeeded, // no password yet, or the server refused it
        Failed,       // the server or the file refused; lastError() says why
    };

    SyncController(Core::Session &session, const Core::Clock &clock, const QString &serverUrl,
                   std::unique_ptr<SyncConnector> connector, QObject *parent = nullptr);
    ~SyncController() override;

    State state() const { return m_state; }
    const Core::Sync::SyncStatus &counts() const { return m_counts; }
    QString serverUrl() const { return m_url; }
    QString lastError() const { return m_error; }
    QString userEmail() const;
    // When the last sync that reached the server ended (ms); 0: none in this run.
    qint64 lastContactAt() const { return m_lastContact; }

    // Starts a sync now unless one is running (then another follows it).
    void syncNow();
    // The password for the server (the file's sign-in, or typed in the status popup).
    void setPassword(const QString &password);
    // Reads the counts again (the timer does it every second; tests call it instead).
    void refreshCounts();
    // The sync running now, if any (tests wait for it).
    BackgroundJob *job() const { return m_job; }
    // The long poll waiting on the server now, if any.
    BackgroundJob *waiter() const { return m_waiter; }

    static constexpr int kWatchMs = 1000;   // the outbox count is read this often
    static constexpr int kDebounceMs = 500; // a sync starts once edits pause this long
    static constexpr int kPeriodMs = 20000;  // and at least this often
    static constexpr int kOfflineRetryMs = 15000;
    static constexpr int kWaitSeconds = 25; // a long poll's wait on the server

signals:
    void changed();  // state or counts
    void finished(); // a sync ended (well or not)

private:
    void onFinished(const QString &error);
    void startWaiting();
    void onWaited();
    void setState(State s);

    Core::Session &m_session;
    const Core::Clock &m_clock;
    QString m_url;
    std::shared_ptr<SyncConnector> m_connector;
    State m_state = State::Idle;
    Core::Sync::SyncStatus m_counts;
    QString m_error;
    qint64 m_lastContact = 0;
    qint64 m_pendingSeen = -1;
    bool m_again = false;
    QPointer<BackgroundJob> m_job;
    struct Outcome;
    std::shared_ptr<Outcome> m_outcome;
    QPointer<BackgroundJob> m_waiter;
    struct Waited;
    std::shared_ptr<Waited> m_waited;
    std::shared_ptr<std::atomic_bool> m_stopWaiting;
    QTimer m_watch;
    QTimer m_debounce;
    QTimer m_period;
};

} // namespace Voronka::Ui
