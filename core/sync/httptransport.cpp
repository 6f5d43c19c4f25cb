// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "httptransport.h"

#include "seed.h"
#include "wirereader.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace Voronka::Core::Sync {

namespace {

using Wire::Reader;
using Wire::Tr;

ProtocolError unreachable(const QString &why)
{
    return ProtocolError{0, QStringLiteral("unreachable"), why, {}};
}

// The server's refusal as it sent it ({"error", "message", "path"}), or one saying the answer
// was not the protocol's.
ProtocolError refusalOf(int status, const QByteArray &body)
{
    QJsonObject o;
    const Limits limits;
    if (!Wire::readDocument(body, limits, o)) {
        Reader r(limits);
        ProtocolError e{status, {}, {}, {}};
        const QStringList keys{QStringLiteral("error"), QStringLiteral("message"),
                               QStringLiteral("path"), QStringLiteral("server_time")};
        QString serverTime;
        if (r.keys(o, {}, keys, keys.mid(0, 2)) && r.string(o.value(keys[0]), keys[0], e.code) &&
            r.string(o.value(keys[1]), keys[1], e.message) &&
            (!o.contains(keys[2]) || r.string(o.value(keys[2]), keys[2], e.path)) &&
            (!o.contains(keys[3]) || r.string(o.value(keys[3]), keys[3], serverTime))) {
            // 409 clock_skew says the server's time (ms, decimal) for restamping.
            bool ok = true;
            e.serverTimeMs = serverTime.isEmpty() ? 0 : serverTime.toLongLong(&ok);
            if (ok && e.serverTimeMs >= 0)
                return e;
        }
    }
    return ProtocolError{status,
                         QStringLiteral("bad_answer"),
                         Tr::tr("The server answered %1 without a protocol error.").arg(status),
                         {}};
}

} // namespace

HttpTransport::HttpTransport(const QUrl &base, const QString &deviceId, const QString &deviceName,
                             int timeoutMs)
    : m_base(base)
    , m_deviceId(deviceId)
    , m_deviceName(deviceName)
    , m_timeoutMs(timeoutMs)
{
}

Parsed<HttpTransport::Reply> HttpTransport::call(const QByteArray &method, const QString &path,
                                                 const QString &query, const QByteArray &body,
                                                 bool withToken)
{
    QUrl url = m_base;
    url.setPath(url.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("X-Protocol", QByteArray::number(kProtocolVersion));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (withToken && !m_tokens.access.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_tokens.access.toLatin1());
    QBuffer data;
    data.setData(body);
    data.open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, &data);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    // Stopped as soon as an answer outgrows what this call may get (a seed may be larger
    // than a JSON answer), before it fills the memory.
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                     [&](qint64 received, qint64 total) {
                         if (received > m_maxAnswerBytes || total > m_maxAnswerBytes) {
                             tooLarge = true;
                             loop.quit();
                         }
                     });
    QTimer poll;
    bool interrupted = false;
    if (m_interrupted) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (m_interrupted()) {
                interrupted = true;
                loop.quit();
            }
        });
        poll.start(100);
    }
    timer.start(m_timeoutMs + m_extraWaitMs);
    loop.exec();
    const bool timedOut = !reply->isFinished();
    if (timedOut)
        reply->abort();
    if (timedOut && !tooLarge) {
        reply->deleteLater();
        return unreachable(interrupted ? Tr::tr("The request was cancelled.")
                                       : Tr::tr("The server did not answer within %1 seconds.")
                                             .arg((m_timeoutMs + m_extraWaitMs) / 1000));
    }
    if (tooLarge) {
        reply->deleteLater();
        return ProtocolError{
            502,
            QStringLiteral("too_large"),
            Tr::tr("The server's answer is larger than %1 bytes.").arg(m_maxAnswerBytes),
            {}};
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    Reply r{status.isValid() ? status.toInt() : 0, reply->readAll(),
            reply->header(QNetworkRequest::ContentTypeHeader).toByteArray()};
    const QString why = reply->errorString();
    reply->deleteLater();
    if (r.status == 0)
        return unreachable(why);
    return r;
}

Parsed<HttpTransport::Reply> HttpTransport::authorized(const QByteArray &method,
                                                       const QString &path, const QString &query,
                                                       const QByteArray &body)
{
    Parsed<Reply> r = call(method, path, query, body, true);
    const Reply *reply = std::get_if<Reply>(&r);
    if (!reply || reply->status != 401 || m_tokens.refresh.isEmpty())
        return r;
    // The access token expired or was revoked: one refresh, then the call again.
    const QByteArray refreshBody =
        QJsonDocument(QJsonObject{{QStringLiteral("refresh_token"), m_tokens.refresh}})
            .toJson(QJsonDocument::Compact);
    Parsed<Reply> fresh = call("POST", QStringLiteral("/v1/auth/refresh"), {}, refreshBody, false);
    const Reply *answer = std::get_if<Reply>(&fresh);
    if (!answer)
        return fresh;
    if (answer->status != 200) {
        m_tokens = {}; // signed out: the caller signs in again
        return refusalOf(answer->status, answer->body);
    }
    if (Parsed<SignedIn> s = readTokens(*answer); std::holds_alternative<ProtocolError>(s))
        return std::get<ProtocolError>(s);
    return call(method, path, query, body, true);
}

Parsed<SignedIn> HttpTransport::readTokens(const Reply &reply)
{
    QJsonObject o;
    const Limits limits;
    if (std::optional<ProtocolError> e = Wire::readDocument(reply.body, limits, o))
        return *e;
    Reader r(limits);
    const QStringList keys{QStringLiteral("access_token"),  QStringLiteral("access_expires_at"),
                           QStringLiteral("refresh_token"), QStringLiteral("refresh_expires_at"),
                           QStringLiteral("user"),          QStringLiteral("epoch"),
                           QStringLiteral("server_hlc"),    QStringLiteral("permissions_hash"),
                           QStringLiteral("max_seq")};
    SignedIn s;
    Tokens t;
    qint64 expires = 0;
    if (!r.keys(o, {}, keys, keys) || !r.string(o.value(keys[0]), keys[0], t.access) ||
        !r.integer(o.value(keys[1]), keys[1], expires) ||
        !r.string(o.value(keys[2]), keys[2], t.refresh) ||
        !r.integer(o.value(keys[3]), keys[3], expires) ||
        !r.hex32(o.value(keys[4]), keys[4], s.userUid) ||
        !r.string(o.value(keys[5]), keys[5], s.epoch) ||
        !r.clock(o.value(keys[6]), keys[6], s.serverHlc) ||
        !r.string(o.value(keys[7]), keys[7], s.permissionsHash) ||
        !r.integer(o.value(keys[8]), keys[8], s.maxSeq))
        return *r.error;
    m_tokens = t;
    return s;
}

Parsed<SignedIn> HttpTransport::login(const QString &email, const QString &password)
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                  {QStringLiteral("password"), password},
                                  {QStringLiteral("device_id"), m_deviceId},
                                  {QStringLiteral("device_name"), m_deviceName}})
            .toJson(QJsonDocument::Compact);
    Parsed<Reply> r = call("POST", QStringLiteral("/v1/auth/login"), {}, body, false);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&r))
        return *e;
    const Reply &reply = std::get<Reply>(r);
    if (reply.status != 200)
        return refusalOf(reply.status, reply.body);
    return readTokens(reply);
}

std::optional<ProtocolError> HttpTransport::logout()
{
    Parsed<Reply> r = call("POST", QStringLiteral("/v1/auth/logout"), {}, {}, true);
    m_tokens = {};
    if (const ProtocolError *e = std::get_if<ProtocolError>(&r))
        return *e;
    const Reply &reply = std::get<Reply>(r);
    if (reply.status != 200)
        return refusalOf(reply.status, reply.body);
    return std::nullopt;
}

Parsed<PushResponse> HttpTransport::push(const PushRequest &request)
{
    Parsed<Reply> r = authorized("POST", QStringLiteral("/v1/sync/push"), {}, toJson(request));
    if (const ProtocolError *e = std::get_if<ProtocolError>(&r))
        return *e;
    const Reply &reply = std::get<Reply>(r);
    if (reply.status != 200)
        return refusalOf(reply.status, reply.body);
    return parsePushResponse(reply.body);
}

Parsed<PullPage> HttpTransport::pull(qint64 since, int limit)
{
    return pull(PullRequest{since, limit, {}, {}});
}

Parsed<PullPage> HttpTransport::pull(const PullRequest &request)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(request.since));
    q.addQueryItem(QStringLiteral("limit"), QString::number(request.limit));
    if (!request.epoch.isEmpty())
        q.addQueryItem(QStringLiteral("epoch"), request.epoch);
    if (!request.permissionsHash.isEmpty())
        q.addQueryItem(QStringLiteral("permissions_hash"), request.permissionsHash);
    if (request.wait > 0)
        q.addQueryItem(QStringLiteral("wait"), QString::number(request.wait));
    m_extraWaitMs = request.wait * 1000;
    Parsed<Reply> r =
        authorized("GET", QStringLiteral("/v1/sync/pull"), q.toString(QUrl::FullyEncoded), {});
    m_extraWaitMs = 0;
    if (const ProtocolError *e = std::get_if<ProtocolError>(&r))
        return *e;
    const Reply &reply = std::get<Reply>(r);
    if (reply.status != 200)
        return refusalOf(reply.status, reply.body);
    return parsePullPage(reply.body);
}

Parsed<BootstrapPage> HttpTransport::bootstrap(const QString &entityType, const QString &after,
                                               qint64 snapshot)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("type"), entityType);
    q.addQueryItem(QStringLiteral("after"), after);
    q.addQueryItem(QStringLiteral("snapshot"), QString::number(snapshot));
    Parsed<Reply> r =
        authorized("GET", QStringLiteral("/v1/sync/bootstrap"), q.toString(QUrl::FullyEncoded), {});
    if (const ProtocolError *e = std::get_if<ProtocolError>(&r))
        return *e;
    const Reply &reply = std::get<Reply>(r);
    if (reply.status != 200)
        return refusalOf(reply.status, reply.body);
    return parseBootstrapPage(reply.body);
}

} // namespace Voronka::Core::Sync

namespace Voronka::Core::Sync {

Parsed<SeedAnswer> HttpTransport::seed(qint64 knownVersion)
{
    const QString query =
        knownVersion >= 0 ? QStringLiteral("known=%1").arg(knownVersion) : QString();
    m_maxAnswerBytes = Seed::kMaxBytes;
    Parsed<Reply> r = authorized("GET", QStringLiteral("/v1/sync/seed"), query, {});
    m_maxAnswerBytes = kMaxJsonAnswer;
    if (const ProtocolError *e = std::get_if<ProtocolError>(&r))
        return *e;
    const Reply &reply = std::get<Reply>(r);
    if (reply.status != 200)
        return refusalOf(reply.status, reply.body);
    SeedAnswer out;
    if (reply.contentType.startsWith("application/vnd.voronka.seed")) {
        out.file = reply.body;
        return out;
    }
    QJsonObject o;
    const Limits limits;
    if (std::optional<ProtocolError> e = Wire::readDocument(reply.body, limits, o))
        return *e;
    Reader rd(limits);
    const QStringList keys{QStringLiteral("settings_version"), QStringLiteral("unchanged")};
    if (!rd.keys(o, {}, keys, keys) || !rd.integer(o.value(keys[0]), keys[0], out.settingsVersion))
        return *rd.error;
    out.unchanged = o.value(keys[1]).toBool();
    return out;
}

} // namespace Voronka::Core::Sync
