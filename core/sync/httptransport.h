// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/sync/transport.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <functional>

// The Transport a real client uses: the team server's endpoints over HTTP(S) on
// QNetworkAccessManager. It holds the device's tokens (the caller keeps the refresh token in
// the OS keychain between runs: tokens() and setTokens()), signs in, and on a 401 refreshes
// once and repeats the call. Every answer goes through the strict readers of protocol.h; a
// network failure, a timeout or an answer that is not the protocol's is a ProtocolError, with
// status 0 ("unreachable") when no HTTP answer came, so the caller retries the same mutations.
//
// The calls are synchronous: each runs a local QEventLoop until the answer or the timeout (a
// pull with wait gets the wait on top of it).
// That suits the CLI and a worker thread (BackgroundJob) of the desktop; the thread must not
// be one whose other events may not run in between (a local loop processes them).
namespace Voronka::Core::Sync {

struct SignedIn
{
    QString userUid;
    QString epoch;
    quint64 serverHlc = 0;
    QString permissionsHash;
    qint64 maxSeq = 0;
};

// GET /v1/sync/seed: the seed file (seed.h), or, when the server's settings version is the
// one the caller knew, only that.
struct SeedAnswer
{
    QByteArray file; // empty when unchanged
    bool unchanged = false;
    qint64 settingsVersion = 0; // given when unchanged
};

class HttpTransport final : public Transport
{
public:
    struct Tokens
    {
        QString access;
        QString refresh;
    };

    // base: the server's address, e.g. https://crm.example.com (the /v1 paths are added).
    HttpTransport(const QUrl &base, const QString &deviceId, const QString &deviceName,
                  int timeoutMs = 30000);

    Parsed<SignedIn> login(const QString &email, const QString &password);
    std::optional<ProtocolError> logout();
    Tokens tokens() const { return m_tokens; }
    QUrl base() const { return m_base; }
    void setTokens(const Tokens &tokens) { m_tokens = tokens; }
    // Checked while a call waits for its answer (every 100 ms): true abandons the call, which
    // then fails as unreachable. Lets a thread holding a long poll stop at once.
    void setInterrupt(std::function<bool()> interrupted) { m_interrupted = std::move(interrupted); }

    Parsed<PushResponse> push(const PushRequest &request) override;
    Parsed<PullPage> pull(qint64 since, int limit) override;
    Parsed<PullPage> pull(const PullRequest &request) override;
    Parsed<BootstrapPage> bootstrap(const QString &entityType, const QString &after,
                                    qint64 snapshot) override;
    // knownVersion < 0: the seed whatever the version.
    Parsed<SeedAnswer> seed(qint64 knownVersion);

private:
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
    };
    static constexpr qint64 kMaxJsonAnswer = 64 * 1024 * 1024;
    Parsed<Reply> call(const QByteArray &method, const QString &path, const QString &query,
                       const QByteArray &body, bool withToken);
    Parsed<Reply> authorized(const QByteArray &method, const QString &path, const QString &query,
                             const QByteArray &body);
    Parsed<SignedIn> readTokens(const Reply &reply);

    QUrl m_base;
    QString m_deviceId;
    QString m_deviceName;
    int m_timeoutMs;
    Tokens m_tokens;
    qint64 m_maxAnswerBytes = kMaxJsonAnswer;
    int m_extraWaitMs = 0; // a long poll's wait, on top of the timeout
    std::function<bool()> m_interrupted;
    QNetworkAccessManager m_network;
};

} // namespace Voronka::Core::Sync
