// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "serverapi.h"

#include "seed.h"
#include "serverauth.h"
#include "serverstore.h"
#include "wirereader.h"

#include "core/services/auth.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <algorithm>
#include <exception>

namespace Voronka::Core::Sync {

namespace {

using Wire::Reader;
using Wire::Tr;

HttpAnswer answer(const ProtocolError &e, qint64 userId = 0)
{
    return HttpAnswer{e.status, e.toJson(), userId};
}

HttpAnswer answer(const QJsonObject &o, qint64 userId = 0)
{
    return HttpAnswer{200, QJsonDocument(o).toJson(QJsonDocument::Compact), userId};
}

ProtocolError error(int status, const char *code, const QString &message, const QString &path = {})
{
    return ProtocolError{status, QString::fromLatin1(code), message, path};
}

QByteArray header(const HttpRequest &r, const QByteArray &name)
{
    for (const auto &[key, value] : r.headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool hasHeader(const HttpRequest &r, const QByteArray &name)
{
    for (const auto &h : r.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// A whole number in [min, max] from a query value of plain digits.
std::optional<qint64> number(const QString &text, qint64 min, qint64 max)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    const qint64 v = text.toLongLong();
    if (v < min || v > max)
        return std::nullopt;
    return v;
}

struct Route
{
    const char *method;
    const char *path;
    HttpAnswer (ServerApi::*handler)(const HttpRequest &);
};

} // namespace

ServerApi::ServerApi(Database &db, const Clock &clock, ServerStore &store, ServerAuth &auth,
                     std::unique_ptr<Session> session)
    : m_db(db)
    , m_clock(clock)
    , m_store(store)
    , m_auth(auth)
    , m_session(std::move(session))
{
}

ServerApi::~ServerApi() = default;

Result<std::unique_ptr<ServerApi>> ServerApi::create(Database &db, const Clock &clock,
                                                     ServerStore &store, ServerAuth &auth)
{
    return guarded(db, [&]() -> Result<std::unique_ptr<ServerApi>> {
        const qint64 adminId = db.sql().scalar(
            "SELECT u.id FROM users u JOIN roles r ON r.id = u.role_id WHERE r.is_admin = 1 "
            "AND u.active = 1 AND u.deleted = 0 ORDER BY u.id LIMIT 1");
        if (!adminId)
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1 has no active admin to serve it.").arg(db.path()));
        auto session = std::make_unique<Session>(db, clock, Auth::readUser(db, adminId));
        return std::make_unique<ServerApi>(db, clock, store, auth, std::move(session));
    });
}

HttpAnswer ServerApi::handle(const HttpRequest &request)
{
    try {
        return route(request);
    } catch (const SqlError &e) {
        return answer(error(503, "storage", Database::errorFor(e, m_db.path()).message));
    } catch (const std::exception &) {
        return answer(error(500, "internal", Tr::tr("The server failed to answer this request.")));
    }
}

HttpAnswer ServerApi::route(const HttpRequest &request)
{
    // Before anything reads the body: its size, as received and as announced.
    const QByteArray announced = header(request, "content-length");
    if (request.body.size() > limits.maxBodyBytes ||
        (!announced.isEmpty() && announced.trimmed().toLongLong() > limits.maxBodyBytes))
        return answer(
            error(413, "too_large",
                  Tr::tr("The body may have at most %1 bytes.").arg(limits.maxBodyBytes)));
    static const Route routes[] = {
        {"POST", "/v1/auth/login", &ServerApi::login},
        {"POST", "/v1/auth/refresh", &ServerApi::refresh},
        {"POST", "/v1/auth/logout", &ServerApi::logout},
        {"POST", "/v1/sync/push", &ServerApi::push},
        {"GET", "/v1/sync/pull", &ServerApi::pull},
        {"GET", "/v1/sync/bootstrap", &ServerApi::bootstrap},
        {"GET", "/v1/sync/seed", &ServerApi::seed},
        {"GET", "/v1/sync/status", nullptr},
    };
    const Route *found = nullptr;
    bool pathKnown = false;
    for (const Route &r : routes) {
        if (request.path != r.path)
            continue;
        pathKnown = true;
        if (request.method == r.method)
            found = &r;
    }
    if (!pathKnown)
        return answer(error(404, "not_found", Tr::tr("There is no such endpoint.")));
    if (!found)
        return answer(
            error(405, "method_not_allowed", Tr::tr("This endpoint does not take that method.")));
    if (!found->handler)
        return status();
    if (header(request, "x-protocol") != QByteArray::number(kProtocolVersion))
        return answer(error(400, "protocol",
                            Tr::tr("The request must say X-Protocol: %1.").arg(kProtocolVersion)));
    if (request.method == "GET" && !request.body.isEmpty())
        return answer(error(400, "unexpected_body", Tr::tr("A GET request has no body.")));
    if (request.method == "POST" && hasHeader(request, "content-type") &&
        !header(request, "content-type").trimmed().toLower().startsWith("application/json"))
        return answer(error(415, "content_type", Tr::tr("The body must be application/json.")));
    return (this->*found->handler)(request);
}

QByteArray ServerApi::tokensJson(const Tokens &t)
{
    const Principal p = m_session->principalFor(t.userId);
    const QJsonObject o{
        {QStringLiteral("access_token"), t.access},
        {QStringLiteral("access_expires_at"), t.accessExpiresAt},
        {QStringLiteral("refresh_token"), t.refresh},
        {QStringLiteral("refresh_expires_at"), t.refreshExpiresAt},
        {QStringLiteral("user"), QString::fromLatin1(Auth::readUser(m_db, t.userId).uid.toHex())},
        {QStringLiteral("epoch"), m_store.epoch()},
        {QStringLiteral("server_hlc"), QString::number(quint64(m_clock.nowMs()) << 16)},
        {QStringLiteral("permissions_hash"), permissionsHash(p)},
        {QStringLiteral("max_seq"), m_store.maxSeq()},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpAnswer ServerApi::login(const HttpRequest &request)
{
    QJsonObject o;
    if (std::optional<ProtocolError> e = Wire::readDocument(request.body, limits, o))
        return answer(*e);
    Reader r(limits);
    const QStringList keys{QStringLiteral("email"), QStringLiteral("password"),
                           QStringLiteral("device_id"), QStringLiteral("device_name")};
    QString email, password, device, name;
    if (!r.keys(o, {}, keys, keys.mid(0, 3)) || !r.string(o.value(keys[0]), keys[0], email) ||
        !r.string(o.value(keys[1]), keys[1], password) ||
        !r.hex32(o.value(keys[2]), keys[2], device) ||
        (o.contains(keys[3]) && !r.string(o.value(keys[3]), keys[3], name)))
        return answer(*r.error);
    if (email.size() > 254 || name.size() > 200)
        return answer(error(400, "too_long", Tr::tr("The email or device name is too long.")));
    m_session->refreshIfStale();
    Parsed<Tokens> t = m_auth.login(email, password, device, name, request.from);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&t))
        return answer(*e);
    const Tokens &tokens = std::get<Tokens>(t);
    return HttpAnswer{200, tokensJson(tokens), tokens.userId};
}

HttpAnswer ServerApi::refresh(const HttpRequest &request)
{
    QJsonObject o;
    if (std::optional<ProtocolError> e = Wire::readDocument(request.body, limits, o))
        return answer(*e);
    Reader r(limits);
    const QStringList keys{QStringLiteral("refresh_token")};
    QString token;
    if (!r.keys(o, {}, keys, keys) || !r.string(o.value(keys[0]), keys[0], token))
        return answer(*r.error);
    m_session->refreshIfStale();
    Parsed<Tokens> t = m_auth.refresh(token);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&t))
        return answer(*e);
    const Tokens &tokens = std::get<Tokens>(t);
    return HttpAnswer{200, tokensJson(tokens), tokens.userId};
}

namespace {
// The caller named by the request's bearer token.
Parsed<Caller> callerOf(ServerAuth &auth, const HttpRequest &request)
{
    const QByteArray value = header(request, "authorization");
    if (value.isEmpty())
        return error(401, "no_token", Tr::tr("The request needs an access token."));
    if (!value.startsWith("Bearer ") || value.size() > 200)
        return error(401, "bad_token", Tr::tr("The token is not valid."));
    return auth.authenticate(QString::fromLatin1(value.mid(7).trimmed()));
}
} // namespace

HttpAnswer ServerApi::logout(const HttpRequest &request)
{
    Parsed<Caller> c = callerOf(m_auth, request);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&c))
        return answer(*e);
    const Caller &caller = std::get<Caller>(c);
    if (!request.body.isEmpty()) {
        QJsonObject o;
        if (std::optional<ProtocolError> e = Wire::readDocument(request.body, limits, o))
            return answer(*e, caller.userId);
        Reader r(limits);
        if (!r.keys(o, {}, {}, {}))
            return answer(*r.error, caller.userId);
    }
    if (std::optional<ProtocolError> e = m_auth.logout(caller))
        return answer(*e, caller.userId);
    return answer(QJsonObject{{QStringLiteral("signed_out"), true}}, caller.userId);
}

HttpAnswer ServerApi::push(const HttpRequest &request)
{
    Parsed<Caller> c = callerOf(m_auth, request);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&c))
        return answer(*e);
    const Caller &caller = std::get<Caller>(c);
    Parsed<PushRequest> parsed = parsePush(request.body, limits);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&parsed))
        return answer(*e, caller.userId);
    const PushRequest &push = std::get<PushRequest>(parsed);
    // A device pushes as itself: the node of its clocks is its device id.
    if (push.deviceId != caller.deviceId)
        return answer(error(403, "device_mismatch",
                            Tr::tr("The push names another device than the token's."),
                            QStringLiteral("device_id")),
                      caller.userId);
    const qint64 before = m_store.maxSeq();
    Parsed<PushResponse> r = m_store.push(caller.userId, push);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&r))
        return answer(*e, caller.userId);
    if (std::get<PushResponse>(r).maxSeq > before && committed)
        committed();
    return HttpAnswer{200, toJson(std::get<PushResponse>(r)), caller.userId};
}

HttpAnswer ServerApi::pull(const HttpRequest &request)
{
    Parsed<Caller> c = callerOf(m_auth, request);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&c))
        return answer(*e);
    const Caller &caller = std::get<Caller>(c);
    const QUrlQuery query(QString::fromUtf8(request.query));
    qint64 since = -1, limit = 500, wait = 0;
    PullRequest known; // what the replica knows of the server, to be told to start again
    QStringList seen;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (seen.contains(key))
            return answer(error(400, "bad_query", Tr::tr("\"%1\" is given twice.").arg(key), key),
                          caller.userId);
        seen << key;
        if (key == u"epoch" || key == u"permissions_hash") {
            if (value.size() > 128)
                return answer(
                    error(400, "bad_query", Tr::tr("\"%1\" is out of range.").arg(key), key),
                    caller.userId);
            (key == u"epoch" ? known.epoch : known.permissionsHash) = value;
            continue;
        }
        std::optional<qint64> v;
        if (key == u"since")
            v = number(value, 0, qint64(1) << 53);
        else if (key == u"limit")
            v = number(value, 1, 1000);
        else if (key == u"wait")
            v = number(value, 0, 60);
        else
            return answer(error(400, "bad_query",
                                Tr::tr("\"%1\" is not a parameter of this request.").arg(key), key),
                          caller.userId);
        if (!v)
            return answer(error(400, "bad_query", Tr::tr("\"%1\" is out of range.").arg(key), key),
                          caller.userId);
        if (key == u"since")
            since = *v;
        else if (key == u"limit")
            limit = *v;
        else
            wait = *v;
    }
    if (since < 0)
        return answer(
            error(400, "bad_query", Tr::tr("\"since\" is required."), QStringLiteral("since")),
            caller.userId);
    known.since = since;
    known.limit = int(limit);
    Parsed<PullPage> page = m_store.pullChecked(caller.userId, known);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&page))
        return answer(*e, caller.userId);
    m_session->refreshIfStale();
    PullPage out = std::get<PullPage>(std::move(page));
    // Nothing the user may see yet: held (the front asks again on a commit or at the end).
    // Rows passed that the user may not see do not end the wait; the cursor moves with the
    // answer that does.
    if (wait > 0 && request.mayWait && out.changes.isEmpty() && !out.hasMore)
        return HttpAnswer{200, {}, caller.userId, QByteArrayLiteral("application/json"),
                          int(std::min<qint64>(wait, kMaxWaitSeconds)) * 1000};
    out.epoch = m_store.epoch();
    out.permissionsHash = permissionsHash(m_session->principalFor(caller.userId));
    return HttpAnswer{200, toJson(out), caller.userId};
}

namespace {
// The query's parameters, each at most once and each one of `known`.
Parsed<QHash<QString, QString>> queryOf(const HttpRequest &request, const QStringList &known)
{
    QHash<QString, QString> out;
    const QUrlQuery query(QString::fromUtf8(request.query));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (out.contains(key))
            return error(400, "bad_query", Tr::tr("\"%1\" is given twice.").arg(key), key);
        if (!known.contains(key))
            return error(400, "bad_query",
                         Tr::tr("\"%1\" is not a parameter of this request.").arg(key), key);
        out.insert(key, value);
    }
    return out;
}

ProtocolError outOfRange(const QString &key)
{
    return error(400, "bad_query", Tr::tr("\"%1\" is out of range.").arg(key), key);
}
} // namespace

HttpAnswer ServerApi::bootstrap(const HttpRequest &request)
{
    Parsed<Caller> c = callerOf(m_auth, request);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&c))
        return answer(*e);
    const Caller &caller = std::get<Caller>(c);
    const QString kType = QStringLiteral("type"), kAfter = QStringLiteral("after"),
                  kSnapshot = QStringLiteral("snapshot"), kLimit = QStringLiteral("limit");
    Parsed<QHash<QString, QString>> q = queryOf(request, {kType, kAfter, kSnapshot, kLimit});
    if (const ProtocolError *e = std::get_if<ProtocolError>(&q))
        return answer(*e, caller.userId);
    const QHash<QString, QString> &p = std::get<QHash<QString, QString>>(q);
    const QString type = p.value(kType);
    if (type != u"deal" && type != u"contact" && type != u"company" && type != u"task" &&
        type != u"note")
        return answer(error(400, "bad_query",
                            Tr::tr("\"type\" must be deal, contact, company, task or note."),
                            kType),
                      caller.userId);
    const QString after = p.value(kAfter).toLower();
    if (!after.isEmpty() && !Wire::isHex32(after))
        return answer(outOfRange(kAfter), caller.userId);
    std::optional<qint64> snapshot =
        number(p.value(kSnapshot, QStringLiteral("0")), 0, qint64(1) << 53);
    std::optional<qint64> limit = number(p.value(kLimit, QStringLiteral("200")), 1, 1000);
    if (!snapshot)
        return answer(outOfRange(kSnapshot), caller.userId);
    if (!limit)
        return answer(outOfRange(kLimit), caller.userId);
    if (*snapshot > m_store.maxSeq())
        return answer(error(410, "cursor_expired",
                            Tr::tr("The snapshot is ahead of this server; bootstrap again."),
                            kSnapshot),
                      caller.userId);
    Result<BootstrapPage> page =
        m_store.bootstrap(caller.userId, type, after, *snapshot, int(*limit));
    if (!page)
        return answer(error(page.error().code == Error::Code::Invalid ? 400 : 503,
                            page.error().code == Error::Code::Invalid ? "bad_query" : "storage",
                            page.error().message),
                      caller.userId);
    return HttpAnswer{200, toJson(*page), caller.userId};
}

HttpAnswer ServerApi::seed(const HttpRequest &request)
{
    Parsed<Caller> c = callerOf(m_auth, request);
    if (const ProtocolError *e = std::get_if<ProtocolError>(&c))
        return answer(*e);
    const Caller &caller = std::get<Caller>(c);
    const QString kKnown = QStringLiteral("known");
    Parsed<QHash<QString, QString>> q = queryOf(request, {kKnown});
    if (const ProtocolError *e = std::get_if<ProtocolError>(&q))
        return answer(*e, caller.userId);
    const QHash<QString, QString> &p = std::get<QHash<QString, QString>>(q);
    std::optional<qint64> known;
    if (p.contains(kKnown) && !(known = number(p.value(kKnown), 0, qint64(1) << 53)))
        return answer(outOfRange(kKnown), caller.userId);
    Result<qint64> version = Seed::settingsVersion(m_db);
    if (!version)
        return answer(error(503, "storage", version.error().message), caller.userId);
    if (known && *known == *version)
        return answer(QJsonObject{{QStringLiteral("settings_version"), *version},
                                  {QStringLiteral("unchanged"), true}},
                      caller.userId);
    QTemporaryDir work;
    if (!work.isValid())
        return answer(error(503, "storage", Tr::tr("The server has no room for a settings copy.")),
                      caller.userId);
    Result<QByteArray> file = Seed::make(m_db, caller.userId, work.path());
    if (!file)
        return answer(error(503, "storage", file.error().message), caller.userId);
    HttpAnswer a{200, std::move(file).value(), caller.userId};
    a.contentType = QByteArrayLiteral("application/vnd.voronka.seed");
    return a;
}

HttpAnswer ServerApi::status()
{
    return answer(QJsonObject{{QStringLiteral("epoch"), m_store.epoch()},
                              {QStringLiteral("protocol_versions"), QJsonArray{kProtocolVersion}},
                              {QStringLiteral("schema_version"), m_db.schemaVersion()}});
}

} // namespace Voronka::Core::Sync
