// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/sync/serverapi.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <map>
#include <memory>

namespace Voronka::Server {

// The HTTP front of the team server: every request QtHttpServer parsed goes to
// ServerApi::handle, whatever its path or method, and its answer is written back as JSON.
// One log line per answer (time, peer, method, path, status, bytes, user id, ms), and one when
// a pull starts to wait; never a header, a query or a body, so no token or password reaches
// the log.
//
// Long polls. QtHttpServer 6.4 calls handleRequest for one request at a time on the event loop
// and lets the responder outlive the call (it writes to the connection's socket; the
// asynchronous QFuture routes of QHttpServer do the same). So a pull ServerApi holds (holdMs)
// keeps its responder here, keyed by its connection, and the loop goes on serving other
// requests. A push that commits wakes the held pulls (queued, after the push's own answer):
// each is handled again, answered if it now has something, kept otherwise; its timer answers
// it when the wait runs out. A connection that closes drops its held pull; a new request on a
// connection whose pull is held (pipelining) answers the held one first, so the answers keep
// the requests' order. Everything runs on the one thread, so the store is never shared.
class HttpFront final : public QAbstractHttpServer
{
public:
    HttpFront(Core::Sync::ServerApi &api, QTextStream &log);
    ~HttpFront() override;

    // Answers every held pull as it is now (on shutdown, so the clients are not left waiting).
    void releaseHeld();
    int heldCount() const { return int(m_held.size()); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Held
    {
        Held(QHttpServerResponder &&r, QTcpSocket *s, Core::Sync::HttpRequest q)
            : responder(std::move(r))
            , socket(s)
            , request(std::move(q))
        {
        }
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        Core::Sync::HttpRequest request;
        QElapsedTimer since;
        QTimer deadline;
        QMetaObject::Connection closed;
    };
    void send(QHttpServerResponder &responder, const Core::Sync::HttpRequest &r,
              const Core::Sync::HttpAnswer &a, qint64 ms);
    void hold(QHttpServerResponder &&responder, QTcpSocket *socket, Core::Sync::HttpRequest r,
              int holdMs, qint64 ms);
    // Handles a held pull again; answers and forgets it unless it may wait on.
    void retry(QTcpSocket *socket, bool mayWait);
    void wake();

    Core::Sync::ServerApi &m_api;
    QTextStream &m_log;
    std::map<QTcpSocket *, std::unique_ptr<Held>> m_held;
    bool m_wakeQueued = false;
};

} // namespace Voronka::Server
