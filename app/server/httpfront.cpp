// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "httpfront.h"

#include "core/sync/protocol.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QUrl>

namespace Voronka::Server {

using namespace Core::Sync;

HttpFront::HttpFront(ServerApi &api, QTextStream &log)
    : m_api(api)
    , m_log(log)
{
    m_api.committed = [this] {
        if (m_held.empty() || m_wakeQueued)
            return;
        // After the push's own answer is written: several pushes in a row wake once.
        m_wakeQueued = true;
        QMetaObject::invokeMethod(this, &HttpFront::wake, Qt::QueuedConnection);
    };
}

HttpFront::~HttpFront()
{
    m_api.committed = nullptr;
    for (const auto &entry : m_held)
        QObject::disconnect(entry.second->closed);
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    // A request behind a held pull on the same connection: the held one is answered first.
    if (m_held.count(socket))
        retry(socket, false);
    HttpRequest r;
    r.method = QByteArray(QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(
                              int(request.method())))
                   .toUpper();
    const QUrl url = request.url();
    r.path = url.path(QUrl::FullyEncoded).toLatin1();
    r.query = url.query(QUrl::FullyEncoded).toLatin1();
    r.headers = request.headers();
    r.body = request.body();
    r.from = request.remoteAddress().toString();
    const HttpAnswer a = m_api.handle(r);
    QHttpServerResponder responder = makeResponder(request, socket);
    if (a.holdMs > 0)
        hold(std::move(responder), socket, std::move(r), a.holdMs, timer.elapsed());
    else
        send(responder, r, a, timer.elapsed());
    return true;
}

void HttpFront::send(QHttpServerResponder &responder, const HttpRequest &r, const HttpAnswer &a,
                     qint64 ms)
{
    responder.write(a.body,
                    {{"Content-Type", a.contentType},
                     {"X-Protocol", QByteArray::number(kProtocolVersion)},
                     {"Cache-Control", "no-store"}},
                    QHttpServerResponder::StatusCode(a.status));
    m_log << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << r.from << ' '
          << (r.method.isEmpty() ? QByteArray("?") : r.method) << ' '
          << QString::fromLatin1(r.path.left(200)) << ' ' << a.status << ' ' << a.body.size()
          << " user=" << a.userId << ' ' << ms << "ms" << Qt::endl;
}

void HttpFront::hold(QHttpServerResponder &&responder, QTcpSocket *socket, HttpRequest r,
                     int holdMs, qint64 ms)
{
    m_log << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << r.from << ' '
          << r.method << ' ' << QString::fromLatin1(r.path.left(200)) << " waits " << holdMs / 1000
          << "s" << ' ' << ms << "ms" << Qt::endl;
    auto held = std::make_unique<Held>(std::move(responder), socket, std::move(r));
    held->since.start();
    held->deadline.setSingleShot(true);
    QObject::connect(&held->deadline, &QTimer::timeout, this,
                     [this, socket] { retry(socket, false); });
    held->closed = QObject::connect(socket, &QAbstractSocket::disconnected, this,
                                    [this, socket] { m_held.erase(socket); });
    held->deadline.start(holdMs);
    m_held[socket] = std::move(held);
}

void HttpFront::retry(QTcpSocket *socket, bool mayWait)
{
    const auto it = m_held.find(socket);
    if (it == m_held.end())
        return;
    Held &held = *it->second;
    held.request.mayWait = mayWait;
    const HttpAnswer a = m_api.handle(held.request);
    if (a.holdMs > 0)
        return; // still nothing for this user; its own deadline stands
    std::unique_ptr<Held> done = std::move(it->second);
    m_held.erase(it);
    QObject::disconnect(done->closed);
    if (!done->socket || done->socket->state() != QAbstractSocket::ConnectedState)
        return;
    send(done->responder, done->request, a, done->since.elapsed());
}

void HttpFront::wake()
{
    m_wakeQueued = false;
    QList<QTcpSocket *> sockets;
    for (const auto &entry : m_held)
        sockets << entry.first;
    for (QTcpSocket *socket : sockets)
        retry(socket, true);
}

void HttpFront::releaseHeld()
{
    while (!m_held.empty()) {
        const QPointer<QTcpSocket> socket = m_held.begin()->second->socket;
        retry(m_held.begin()->first, false);
        if (socket)
            socket->flush(); // the loop stops next: what is written must leave now
    }
}

void HttpFront::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest answers every request; this is here for the interface only.
    makeResponder(request, socket)
        .write(ProtocolError{404, QStringLiteral("not_found"), QStringLiteral("Not found."), {}}
                   .toJson(),
               "application/json", QHttpServerResponder::StatusCode::NotFound);
}

} // namespace Voronka::Server
