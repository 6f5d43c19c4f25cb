// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "httpfront.h"

#include "core/sync/protocol.h"
#include "core/sync/serverapi.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QUrl>

namespace Voronka::Server {

using namespace Core::Sync;

HttpFront::HttpFront(ServerApi &api, QTextStream &log)
    : m_api(api)
    , m_log(log)
{
}

bool HttpFront::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
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
    responder.write(a.body,
                    {{"Content-Type", a.contentType},
                     {"X-Protocol", QByteArray::number(kProtocolVersion)},
                     {"Cache-Control", "no-store"}},
                    QHttpServerResponder::StatusCode(a.status));
    m_log << QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) << ' ' << r.from << ' '
          << (r.method.isEmpty() ? QByteArray("?") : r.method) << ' '
          << QString::fromLatin1(r.path.left(200)) << ' ' << a.status << ' ' << a.body.size()
          << " user=" << a.userId << ' ' << timer.elapsed() << "ms" << Qt::endl;
    return true;
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
