// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "synccontroller.h"

#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/sync/conflictlog.h"
#include "core/sync/httptransport.h"
#include "ui/widgets/backgroundjob.h"

#include <QElapsedTimer>
#include <QSysInfo>
#include <QUrl>

namespace Voronka::Ui {

namespace Sync = Core::Sync;

namespace {

// Notes how the last call ended, so a failed sync can tell "not reached" from "refused".
class WatchedTransport final : public Sync::Transport
{
public:
    explicit WatchedTransport(Sync::Transport &inner)
        : m_inner(inner)
    {
    }
    int lastStatus = -1; // -1: every call was answered

    Sync::Parsed<Sync::PushResponse> push(const Sync::PushRequest &request) override
    {
        return note(m_inner.push(request));
    }
    Sync::Parsed<Sync::PullPage> pull(qint64 since, int limit) override
    {
        return note(m_inner.pull(since, limit));
    }
    Sync::Parsed<Sync::BootstrapPage> bootstrap(const QString &entityType, const QString &after,
                                                qint64 snapshot) override
    {
        return note(m_inner.bootstrap(entityType, after, snapshot));
    }

private:
    template<typename T> Sync::Parsed<T> note(Sync::Parsed<T> answer)
    {
        if (const auto *e = std::get_if<Sync::ProtocolError>(&answer))
            lastStatus = e->status;
        return answer;
    }
    Sync::Transport &m_inner;
};

} // namespace

HttpConnector::HttpConnector(const QString &serverUrl, const QString &deviceId,
                             const QString &email)
    : m_url(serverUrl)
    , m_deviceId(deviceId)
    , m_email(email)
{
}

std::unique_ptr<Sync::Transport> HttpConnector::open(Failure *failure)
{
    QString password, access, refresh;
    {
        std::lock_guard lock(m_mutex);
        password = m_password;
        access = m_access;
        refresh = m_refresh;
    }
    auto http = std::make_unique<Sync::HttpTransport>(
        QUrl(m_url), m_deviceId, QSysInfo::machineHostName(), 20000);
    if (!refresh.isEmpty()) {
        http->setTokens({access, refresh});
        return http;
    }
    if (password.isEmpty()) {
        *failure = {401, {}};
        return nullptr;
    }
    const Sync::Parsed<Sync::SignedIn> in = http->login(m_email, password);
    if (const auto *e = std::get_if<Sync::ProtocolError>(&in)) {
        *failure = {e->status, e->message};
        if (e->status == 401) {
            std::lock_guard lock(m_mutex);
            m_password.clear(); // a wrong password is not tried again on every tick
        }
        return nullptr;
    }
    keep(*http);
    return http;
}

void HttpConnector::keep(Sync::Transport &transport)
{
    const auto tokens = static_cast<Sync::HttpTransport &>(transport).tokens();
    std::lock_guard lock(m_mutex);
    m_access = tokens.access;
    m_refresh = tokens.refresh;
}

void HttpConnector::setPassword(const QString &password)
{
    std::lock_guard lock(m_mutex);
    m_password = password;
    m_access.clear();
    m_refresh.clear();
}

bool HttpConnector::hasCredentials() const
{
    std::lock_guard lock(m_mutex);
    return !m_password.isEmpty() || !m_refresh.isEmpty();
}

bool HttpConnector::canWait() const
{
    std::lock_guard lock(m_mutex);
    return !m_access.isEmpty();
}

std::unique_ptr<Sync::Transport> HttpConnector::openForWaiting(std::function<bool()> stop)
{
    QString access;
    {
        std::lock_guard lock(m_mutex);
        access = m_access;
    }
    if (access.isEmpty())
        return nullptr;
    auto http = std::make_unique<Sync::HttpTransport>(QUrl(m_url), m_deviceId,
                                                      QSysInfo::machineHostName(), 20000);
    http->setTokens({access, {}}); // no refresh token: a 401 comes back instead of a refresh
    http->setInterrupt(std::move(stop));
    return http;
}

struct SyncController::Outcome
{
    int failedStatus = -1; // -1: no call failed; 0: unreachable; else the HTTP status
    bool signIn = false;   // the server refused the sign-in (or there was no password)
};

struct SyncController::Waited
{
    enum Kind { Nothing, Changes, Failed } kind = Nothing;
    int status = 0; // when Failed: 0 unreachable, else the HTTP status
    bool early = false; // nothing, long before the wait's end: the server does not hold pulls
};

SyncController::SyncController(Core::Session &session, const Core::Clock &clock,
                               const QString &serverUrl, std::unique_ptr<SyncConnector> connector,
                               QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_url(serverUrl)
    , m_connector(std::move(connector))
    , m_stopWaiting(std::make_shared<std::atomic_bool>(false))
{
    if (!m_connector->hasCredentials())
        m_state = State::SignInNeeded;
    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &SyncController::refreshCounts);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncController::syncNow);
    m_period.setInterval(kPeriodMs);
    connect(&m_period, &QTimer::timeout, this, &SyncController::syncNow);
    refreshCounts();
    m_watch.start();
    m_period.start();
}

SyncController::~SyncController()
{
    // The jobs' workers read the connector: they finish before this goes. The long poll's
    // request is abandoned at once rather than waited out.
    m_stopWaiting->store(true);
    delete m_waiter;
    delete m_job;
}

QString SyncController::userEmail() const
{
    return m_session.actor().email;
}

void SyncController::setPassword(const QString &password)
{
    m_connector->setPassword(password);
    if (m_state == State::SignInNeeded)
        setState(State::Idle);
}

void SyncController::refreshCounts()
{
    const Core::Result<Sync::SyncStatus> counts = Sync::ConflictLog(m_session).counts();
    if (!counts)
        return;
    const bool differ = counts->pending != m_counts.pending ||
                        counts->rejected != m_counts.rejected ||
                        counts->conflicts != m_counts.conflicts ||
                        counts->lastSyncAt != m_counts.lastSyncAt;
    // Changes waiting that were not there before: a local save; a sync follows once edits
    // pause.
    if (m_pendingSeen >= 0 && counts->pending > m_pendingSeen && m_state != State::SignInNeeded)
        m_debounce.start();
    m_pendingSeen = counts->pending;
    m_counts = *counts;
    if (differ)
        emit changed();
}

void SyncController::syncNow()
{
    if (m_job) {
        m_again = true;
        return;
    }
    if (!m_connector->hasCredentials()) {
        setState(State::SignInNeeded);
        return;
    }
    m_debounce.stop();
    m_again = false;
    auto outcome = std::make_shared<Outcome>();
    m_outcome = outcome;
    std::shared_ptr<SyncConnector> connector = m_connector;
    m_job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [connector, outcome](Core::Session &session, const BackgroundJob::Report &) -> QString {
            SyncConnector::Failure failure;
            std::unique_ptr<Sync::Transport> transport = connector->open(&failure);
            if (!transport) {
                outcome->failedStatus = failure.status;
                outcome->signIn = failure.status == 401;
                return failure.message;
            }
            WatchedTransport watched(*transport);
            Core::Result<std::unique_ptr<Sync::SyncClient>> client = Sync::SyncClient::open(
                session.db(), session.clock(), watched, session.actor().id);
            if (!client)
                return client.error().message;
            const Core::Status done = (*client)->syncNow();
            connector->keep(*transport);
            outcome->failedStatus = watched.lastStatus;
            return done ? QString() : done.error().message;
        },
        this);
    m_job->setAccess(BackgroundJob::Access::ReadWrite);
    m_job->setClock(&m_clock);
    connect(m_job, &BackgroundJob::finished, this, &SyncController::onFinished);
    setState(State::Syncing);
    m_job->start();
}

void SyncController::onFinished(const QString &error)
{
    const std::shared_ptr<Outcome> outcome = m_outcome;
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    m_error = error;
    if (outcome->signIn) {
        setState(State::SignInNeeded);
    } else if (outcome->failedStatus == 0) {
        setState(State::Offline);
        m_period.start(kOfflineRetryMs);
    } else {
        m_lastContact = m_clock.nowMs();
        m_period.start(kPeriodMs);
        setState(error.isEmpty() ? State::Idle : State::Failed);
    }
    refreshCounts();
    emit finished();
    if (m_again)
        syncNow();
    else if (m_state == State::Idle)
        startWaiting();
}

void SyncController::startWaiting()
{
    if (m_waiter || m_stopWaiting->load() || !m_connector->canWait())
        return;
    auto waited = std::make_shared<Waited>();
    m_waited = waited;
    std::shared_ptr<SyncConnector> connector = m_connector;
    std::shared_ptr<std::atomic_bool> stop = m_stopWaiting;
    m_waiter = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [connector, waited, stop](Core::Session &session, const BackgroundJob::Report &) {
            std::unique_ptr<Sync::Transport> transport =
                connector->openForWaiting([stop] { return stop->load(); });
            if (!transport)
                return QString();
            QElapsedTimer timer;
            timer.start();
            const Sync::Parsed<bool> answer =
                Sync::SyncClient::waitForChanges(session.db(), *transport, kWaitSeconds);
            waited->early = timer.elapsed() < kWaitSeconds * 1000 / 2;
            if (const auto *e = std::get_if<Sync::ProtocolError>(&answer)) {
                waited->kind = Waited::Failed;
                waited->status = e->status;
            } else if (std::get<bool>(answer)) {
                waited->kind = Waited::Changes;
            }
            return QString();
        },
        this);
    m_waiter->setClock(&m_clock);
    connect(m_waiter, &BackgroundJob::finished, this, &SyncController::onWaited);
    m_waiter->start();
}

void SyncController::onWaited()
{
    const std::shared_ptr<Waited> waited = m_waited;
    if (m_waiter)
        m_waiter->deleteLater();
    m_waiter = nullptr;
    switch (waited->kind) {
    case Waited::Changes:
        syncNow(); // its end starts the next wait
        break;
    case Waited::Nothing:
        // A server that answers at once (an older one, or one stopping) is not asked again in
        // a loop: the next sync starts the next wait.
        if (!waited->early)
            startWaiting();
        break;
    case Waited::Failed:
        // Unreachable: the periodic sync finds out when the server is back. Anything else (an
        // access token that expired, the server asking to start again) is a sync's to handle.
        if (waited->status != 0)
            syncNow();
        break;
    }
}

void SyncController::setState(State s)
{
    m_state = s;
    emit changed();
}

} // namespace Voronka::Ui
