// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QAbstractHttpServer>
#include <QTextStream>

namespace Voronka::Core::Sync {
class ServerApi;
}

namespace Voronka::Server {

// The HTTP front of the team server: every request QtHttpServer parsed goes to
// ServerApi::handle, whatever its path or method, and its answer is written back as JSON.
// One log line per request (time, peer, method, path, status, bytes, user id, ms); never a
// header, a query or a body, so no token or password reaches the log.
class HttpFront final : public QAbstractHttpServer
{
public:
    HttpFront(Core::Sync::ServerApi &api, QTextStream &log);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Core::Sync::ServerApi &m_api;
    QTextStream &m_log;
};

} // namespace Voronka::Server
