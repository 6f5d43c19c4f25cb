// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/sync/protocol.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

namespace Voronka::Core {
class Clock;
class Database;
class Session;
} // namespace Voronka::Core

// The team server's endpoints (SYNC.md "Endpoints") as one function from a request to an
// answer, with no HTTP library in it: app/server hands every request QtHttpServer parsed to
// handle() and writes back what it returns. So the limits and checks are ours, in front of
// every handler, whatever the HTTP layer does (QtHttpServer 6.4 is a preview for trusted
// networks), and the endpoints can be driven without sockets.
//
// Order of checks: body size (before any JSON is read) -> route (404, 405) -> X-Protocol: 1
// (/v1/sync/status excepted, so an old client can learn what the server speaks) -> JSON
// content type for a body -> access token -> the strict body reader -> the handler. Every
// refusal is a ProtocolError as JSON; a failure of the store is 503; nothing throws out.
//
// GET /v1/sync/pull takes since, limit (1..1000, default 500) and wait (0..60 seconds, held at
// most kMaxWaitSeconds). A long poll: a pull with wait that finds nothing the user may see
// answers with holdMs instead of at once; the HTTP front keeps the request and asks again
// (handle() with the same request) when a push commits (the committed callback) and, with
// mayWait false, when the wait runs out, which answers the page as it is (empty, the cursor
// unchanged unless rows the user may not see passed). So the held request costs nothing but
// its connection, every answer still goes through the same checks (an access token that
// expired while waiting is a 401), and the store is read on the front's thread only. GET /v1/sync/bootstrap takes type (deal, contact,
// company, task), after (empty or a uid), snapshot (0 starts one) and limit (1..1000, default
// 200). GET /v1/sync/seed answers the team's configuration as a Voronka file (seed.h) for a
// new replica, or, with known=N equal to the store's settings version, {"settings_version":
// N, "unchanged": true}, so a replica polls for admin changes without downloading them.
namespace Voronka::Core::Sync {

class ServerStore;
class ServerAuth;
struct Tokens;

struct HttpRequest
{
    QByteArray method; // "GET", "POST"...
    QByteArray path;   // without the query
    QByteArray query;  // raw, without '?'
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString from; // the peer's address, for the sign-in journal
    bool mayWait = true; // false: a held pull's wait ran out; answer whatever there is
};

struct HttpAnswer
{
    int status = 200;
    QByteArray body;   // JSON, or a seed file
    qint64 userId = 0; // who asked, when a token said so (for the request log)
    QByteArray contentType = QByteArrayLiteral("application/json");
    // > 0: a pull with nothing new that may wait this long for a change; there is no answer to
    // send yet (see the header comment).
    int holdMs = 0;
};

class ServerApi
{
public:
    ServerApi(Database &db, const Clock &clock, ServerStore &store, ServerAuth &auth,
              std::unique_ptr<Session> session);
    ~ServerApi();
    // A reader session of the store's first active admin (permissions of other users are read
    // through it).
    static Result<std::unique_ptr<ServerApi>> create(Database &db, const Clock &clock,
                                                     ServerStore &store, ServerAuth &auth);

    HttpAnswer handle(const HttpRequest &request);

    Limits limits;
    // Called after a push committed changes (a new seq), so that held pulls are asked again.
    std::function<void()> committed;
    static constexpr int kMaxWaitSeconds = 25;

private:
    HttpAnswer route(const HttpRequest &request);
    HttpAnswer login(const HttpRequest &request);
    HttpAnswer refresh(const HttpRequest &request);
    HttpAnswer logout(const HttpRequest &request);
    HttpAnswer push(const HttpRequest &request);
    HttpAnswer pull(const HttpRequest &request);
    HttpAnswer bootstrap(const HttpRequest &request);
    HttpAnswer seed(const HttpRequest &request);
    HttpAnswer status();
    QByteArray tokensJson(const Tokens &tokens);

    Database &m_db;
    const Clock &m_clock;
    ServerStore &m_store;
    ServerAuth &m_auth;
    std::unique_ptr<Session> m_session;
};

} // namespace Voronka::Core::Sync
