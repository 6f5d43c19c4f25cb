// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "serverrun.h"
#include "support/catch.h"

#include "core/storage/schema.h"
#include "core/sync/httptransport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Voronka::Core::Sync;
using namespace Voronka::Test;

namespace {

const QString kDevice = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kDevice2 = QStringLiteral("1123456789abcdef0123456789abcdef");

QByteArray loginBody(const QString &email, const QString &password = QStringLiteral("demo"),
                     const QString &device = kDevice)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                     {QStringLiteral("password"), password},
                                     {QStringLiteral("device_id"), device}})
        .toJson(QJsonDocument::Compact);
}

struct Session
{
    QString access, refresh;
};

Session login(quint16 port, const QString &email, const QString &device = kDevice)
{
    const HttpReply r =
        http(port, "POST", "/v1/auth/login", loginBody(email, QStringLiteral("demo"), device));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    return Session{r.json().value(QStringLiteral("access_token")).toString(),
                   r.json().value(QStringLiteral("refresh_token")).toString()};
}

QPair<QByteArray, QByteArray> bearer(const QString &token)
{
    return {"Authorization", "Bearer " + token.toLatin1()};
}

const QString kDealUid = QStringLiteral("018f000000000000000000000000a001");

} // namespace

TEST_CASE("server_initLoginPushPullStatus_overHttpWithTheClientTransport")
{
    ServerRun server;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    HttpTransport admin(base, kDevice, QStringLiteral("test laptop"), 10000);
    Parsed<SignedIn> in = admin.login(QStringLiteral("admin@example.com"), QStringLiteral("demo"));
    REQUIRE(std::holds_alternative<SignedIn>(in));
    const SignedIn s = std::get<SignedIn>(in);
    CHECK(s.userUid == userUid(server.store(), "admin@example.com"));
    CHECK(s.serverHlc > 0);
    CHECK(!s.permissionsHash.isEmpty());

    const Mutation create = createDeal(server.store(), kDealUid, QStringLiteral("Окна «Север»"),
                                       userUid(server.store(), "manager1@example.com"), 1,
                                       QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1"));
    Parsed<PushResponse> pushed = admin.push(PushRequest{kDevice, quint64(1) << 16, {create}});
    REQUIRE(std::holds_alternative<PushResponse>(pushed));
    const PushResponse &resp = std::get<PushResponse>(pushed);
    REQUIRE(resp.results.size() == 1);
    INFO(resp.results.first().reason.toStdString());
    CHECK(resp.results.first().outcome == Outcome::Applied);
    CHECK(resp.maxSeq == 1);
    CHECK(fileValue(
              server.store(),
              QStringLiteral("SELECT name FROM deals WHERE lower(hex(uid)) = '%1'").arg(kDealUid))
              .toString() == QStringLiteral("Окна «Север»"));

    Parsed<PullPage> pulled = admin.pull(0, 100);
    REQUIRE(std::holds_alternative<PullPage>(pulled));
    const PullPage &page = std::get<PullPage>(pulled);
    REQUIRE(page.changes.size() == 1);
    CHECK(page.changes.first().uid == kDealUid);
    CHECK(page.changes.first()
              .fields.value(QStringLiteral("name"))
              .toObject()
              .value(QStringLiteral("v")) == QStringLiteral("Окна «Север»"));
    CHECK(page.next == 1);
    CHECK(page.epoch == s.epoch);
    CHECK(page.permissionsHash == s.permissionsHash);

    // The same push again (an answer lost on the way) gets the stored receipt, not a second deal.
    Parsed<PushResponse> again = admin.push(PushRequest{kDevice, quint64(1) << 16, {create}});
    REQUIRE(std::holds_alternative<PushResponse>(again));
    CHECK(std::get<PushResponse>(again).results == resp.results);
    CHECK(std::get<PushResponse>(again).maxSeq == 1);
    CHECK(fileValue(server.store(), QStringLiteral("SELECT count(*) FROM deals WHERE "
                                                   "lower(hex(uid)) = '%1'")
                                        .arg(kDealUid))
              .toLongLong() == 1);

    // Another department's manager neither sees nor edits the deal (no existence oracle).
    HttpTransport outsider(base, kDevice2, QStringLiteral("phone"), 10000);
    REQUIRE(std::holds_alternative<SignedIn>(
        outsider.login(QStringLiteral("manager3@example.com"), QStringLiteral("demo"))));
    Mutation rename{
        QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb1"),
        1,
        QStringLiteral("deal"),
        kDealUid,
        Op::Set,
        {{QStringLiteral("name"),
          {QStringLiteral("mine now"), quint64(QDateTime::currentMSecsSinceEpoch()) << 16, 0}}}};
    Parsed<PushResponse> idor = outsider.push(PushRequest{kDevice2, 1, {rename}});
    REQUIRE(std::holds_alternative<PushResponse>(idor));
    CHECK(std::get<PushResponse>(idor).results.first().outcome == Outcome::Rejected);
    Parsed<PullPage> theirs = outsider.pull(0, 100);
    REQUIRE(std::holds_alternative<PullPage>(theirs));
    CHECK(std::get<PullPage>(theirs).changes.isEmpty());

    const HttpReply status = http(server.port(), "GET", "/v1/sync/status");
    CHECK(status.status == 200);
    CHECK(status.json().value(QStringLiteral("epoch")).toString() == s.epoch);
    CHECK(status.json().value(QStringLiteral("schema_version")).toInt() ==
          Voronka::Core::Schema::latestVersion());
    CHECK(status.json().value(QStringLiteral("protocol_versions")).toArray() == QJsonArray{1});

    // The client refreshes on a 401 by itself: a revoked access token is replaced.
    HttpTransport::Tokens t = admin.tokens();
    t.access = QStringLiteral("expired-or-revoked");
    admin.setTokens(t);
    CHECK(std::holds_alternative<PullPage>(admin.pull(0, 10)));
    CHECK(admin.tokens().refresh != t.refresh);

    // Nothing secret in the log: one line per request.
    server.stop();
    const QString log = server.log();
    CHECK(!log.contains(admin.tokens().access));
    CHECK(!log.contains(QStringLiteral("demo")));
    CHECK(log.contains(QStringLiteral("POST /v1/sync/push 200")));
    CHECK(log.contains(QStringLiteral("voronka-server stopped")));
}

TEST_CASE("server_clockSkewAndSeed_overHttpWithTheClientTransport")
{
    ServerRun server;
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    HttpTransport admin(base, kDevice, QStringLiteral("test laptop"), 10000);
    REQUIRE(std::holds_alternative<SignedIn>(
        admin.login(QStringLiteral("admin@example.com"), QStringLiteral("demo"))));
    // A device a day ahead: refused with the server's time, which the client restamps from.
    Mutation ahead = createDeal(server.store(), kDealUid, QStringLiteral("Ahead"),
                                userUid(server.store(), "admin@example.com"), 1,
                                QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa2"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (FieldChange &f : ahead.fields)
        f.hlc = quint64(now + 24 * 3600 * 1000LL) << 16;
    Parsed<PushResponse> refused =
        admin.push(PushRequest{kDevice, quint64(now + 24 * 3600 * 1000LL) << 16, {ahead}});
    REQUIRE(std::holds_alternative<ProtocolError>(refused));
    const ProtocolError &e = std::get<ProtocolError>(refused);
    CHECK(e.status == 409);
    CHECK(e.code == QStringLiteral("clock_skew"));
    CHECK(e.serverTimeMs >= now);
    CHECK(e.serverTimeMs < now + 60 * 1000);

    // The seed: a file the first time, only the version when the caller has it already.
    Parsed<SeedAnswer> seed = admin.seed(-1);
    REQUIRE(std::holds_alternative<SeedAnswer>(seed));
    CHECK(std::get<SeedAnswer>(seed).file.startsWith("SQLite format 3"));
    const qint64 version =
        fileValue(server.store(), QStringLiteral("SELECT value FROM meta WHERE key = "
                                                 "'settings_version'"))
            .toLongLong();
    Parsed<SeedAnswer> same = admin.seed(version);
    REQUIRE(std::holds_alternative<SeedAnswer>(same));
    CHECK(std::get<SeedAnswer>(same).unchanged);
    CHECK(std::get<SeedAnswer>(same).settingsVersion == version);
    CHECK(std::get<SeedAnswer>(same).file.isEmpty());
    Parsed<SeedAnswer> older = admin.seed(version - 1);
    REQUIRE(std::holds_alternative<SeedAnswer>(older));
    CHECK(!std::get<SeedAnswer>(older).unchanged);
    CHECK(!std::get<SeedAnswer>(older).file.isEmpty());
}

TEST_CASE("server_unreachableServer_isStatusZeroForTheClient")
{
    ServerRun server;
    const quint16 port = server.port();
    REQUIRE(server.stop() == 0);
    HttpTransport client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), kDevice, {}, 5000);
    Parsed<SignedIn> r = client.login(QStringLiteral("admin@example.com"), QStringLiteral("demo"));
    REQUIRE(std::holds_alternative<ProtocolError>(r));
    CHECK(std::get<ProtocolError>(r).status == 0);
    CHECK(std::get<ProtocolError>(r).code == u"unreachable");
}

TEST_CASE("server_backupAndRestore_giveANewEpochAndSignEveryoneOut")
{
    ServerRun server;
    const Session s = login(server.port(), QStringLiteral("admin@example.com"));
    const QString epoch = http(server.port(), "GET", "/v1/sync/status")
                              .json()
                              .value(QStringLiteral("epoch"))
                              .toString();
    const QString backup = server.dirPath(QStringLiteral("backup.voronka"));
    const CliRun b = runProgram(serverPath(), {QStringLiteral("backup"), QStringLiteral("--store"),
                                               server.store(), backup});
    INFO(b.err.toStdString());
    REQUIRE(b.code == 0);
    // Restoring a store that is serving is refused; stopped, it works.
    const QStringList restore{QStringLiteral("restore"), QStringLiteral("--store"), server.store(),
                              backup};
    CHECK(runProgram(serverPath(), restore).code != 0);
    REQUIRE(server.stop() == 0);
    const CliRun r = runProgram(serverPath(), restore);
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    server.start();
    const QString after = http(server.port(), "GET", "/v1/sync/status")
                              .json()
                              .value(QStringLiteral("epoch"))
                              .toString();
    CHECK(!after.isEmpty());
    CHECK(after != epoch);
    CHECK(http(server.port(), "GET", "/v1/sync/pull?since=0", {}, {bearer(s.access)}).status ==
          401);
}

TEST_CASE("server_hostileRequests_eachAnswered4xxJson_andTheServerKeepsServing")
{
    ServerRun server;
    ServerRun foreign; // another store: its tokens mean nothing here
    const quint16 port = server.port();
    const Session admin = login(port, QStringLiteral("admin@example.com"));
    const Session seller = login(port, QStringLiteral("manager1@example.com"), kDevice2);
    const Session alien = login(foreign.port(), QStringLiteral("admin@example.com"));

    // A deal of the admin's, pushed once, so that its mutation id exists.
    const Mutation create = createDeal(server.store(), kDealUid, QStringLiteral("Deal"),
                                       userUid(server.store(), "admin@example.com"), 1,
                                       QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa1"));
    REQUIRE(http(port, "POST", "/v1/sync/push", toJson(PushRequest{kDevice, 1, {create}}),
                 {bearer(admin.access)})
                .status == 200);
    // A session that is rotated once, then its old refresh token replayed.
    const Session rotated = login(port, QStringLiteral("manager2@example.com"),
                                  QStringLiteral("2123456789abcdef0123456789abcdef"));
    const HttpReply refreshed =
        http(port, "POST", "/v1/auth/refresh",
             R"({"refresh_token":")" + rotated.refresh.toLatin1() + R"("})");
    REQUIRE(refreshed.status == 200);
    const QString newAccess = refreshed.json().value(QStringLiteral("access_token")).toString();
    // A session that signs out, its access token replayed afterwards.
    const Session gone = login(port, QStringLiteral("manager4@example.com"),
                               QStringLiteral("3123456789abcdef0123456789abcdef"));
    REQUIRE(http(port, "POST", "/v1/auth/logout", {}, {bearer(gone.access)}).status == 200);

    const auto push = [&](const QByteArray &mutations,
                          const QString &device = kDevice) -> QByteArray {
        return R"({"device_id":")" + device.toLatin1() + R"(","client_hlc":"1","mutations":[)" +
               mutations + "]}";
    };
    const auto mutation =
        [](const QByteArray &fields, const QByteArray &id = "cccccccccccccccccccccccccccccc01",
           const QByteArray &type = "deal", const QByteArray &op = "set") -> QByteArray {
        return R"({"mutation_id":")" + id + R"(","client_seq":1,"entity_type":")" + type +
               R"(","uid":"018f000000000000000000000000a001","op":")" + op + R"(","fields":{)" +
               fields + "}}";
    };
    QByteArray many;
    for (int i = 1; i <= 501; ++i)
        many += (i > 1 ? "," : "") +
                QByteArray(R"({"mutation_id":"dddddddddddddddddddddddddddddddd","client_seq":)") +
                QByteArray::number(i) +
                R"(,"entity_type":"deal","uid":"018f000000000000000000000000a001","op":"delete"})";
    const QByteArray future =
        QByteArray::number((quint64(QDateTime::currentMSecsSinceEpoch()) + 3600 * 1000) << 16);
    const QByteArray otherBody = toJson(PushRequest{
        kDevice2,
        1,
        {Mutation{create.mutationId, 5, QStringLiteral("deal"), kDealUid, Op::Delete, {}}}});
    const QByteArray changedBody = toJson(PushRequest{
        kDevice,
        1,
        {Mutation{create.mutationId, 5, QStringLiteral("deal"), kDealUid, Op::Delete, {}}}});

    struct Case
    {
        const char *what;
        QByteArray method, target, body;
        QList<QPair<QByteArray, QByteArray>> headers;
        int status;
        const char *code;
    };
    const auto as = [](const Session &s) {
        return QList<QPair<QByteArray, QByteArray>>{bearer(s.access)};
    };
    const QByteArray login = "/v1/auth/login";
    const std::vector<Case> cases{
        // Framing and routing
        {"unknown endpoint", "GET", "/v1/nowhere", {}, {}, 404, "not_found"},
        {"path traversal", "GET", "/v1/sync/../../etc/passwd", {}, {}, 404, "not_found"},
        {"unversioned path", "GET", "/sync/status", {}, {}, 404, "not_found"},
        {"DELETE on push", "DELETE", "/v1/sync/push", {}, as(admin), 405, "method_not_allowed"},
        {"PUT on login",
         "PUT",
         login,
         loginBody(QStringLiteral("admin@example.com")),
         {},
         405,
         "method_not_allowed"},
        {"no X-Protocol",
         "POST",
         login,
         loginBody(QStringLiteral("admin@example.com")),
         {{"-X-Protocol", {}}},
         400,
         "protocol"},
        {"X-Protocol 2",
         "POST",
         login,
         loginBody(QStringLiteral("admin@example.com")),
         {{"X-Protocol", "2"}},
         400,
         "protocol"},
        {"form content type",
         "POST",
         login,
         "email=admin",
         {{"Content-Type", "application/x-www-form-urlencoded"}},
         415,
         "content_type"},
        {"GET with a body", "GET", "/v1/sync/pull?since=0", "{}", as(admin), 400,
         "unexpected_body"},
        {"5 MiB body", "POST", login, QByteArray(5 * 1024 * 1024, ' '), {}, 413, "too_large"},
        // Bodies
        {"empty body", "POST", login, {}, {}, 400, "bad_json"},
        {"not JSON", "POST", login, "email=admin&password=demo", {}, 400, "bad_json"},
        {"bad UTF-8",
         "POST",
         login,
         "{\"email\":\"\xff\xfe\",\"password\":\"x\"}",
         {},
         400,
         "bad_utf8"},
        {"too deep", "POST", login, QByteArray(64, '[') + QByteArray(64, ']'), {}, 400, "too_deep"},
        {"an array", "POST", login, "[]", {}, 400, "wrong_type"},
        {"unknown field",
         "POST",
         login,
         R"({"email":"a","password":"b","device_id":"0123456789abcdef0123456789abcdef","admin":true})",
         {},
         400,
         "unknown_field"},
        {"email a number",
         "POST",
         login,
         R"({"email":5,"password":"b","device_id":"0123456789abcdef0123456789abcdef"})",
         {},
         400,
         "wrong_type"},
        {"no password",
         "POST",
         login,
         R"({"email":"admin@example.com","device_id":"0123456789abcdef0123456789abcdef"})",
         {},
         400,
         "missing_field"},
        {"SQL as device id",
         "POST",
         login,
         R"({"email":"a","password":"b","device_id":"'; DROP TABLE users; --"})",
         {},
         400,
         "bad_id"},
        {"70 KiB password",
         "POST",
         login,
         R"({"email":"a","password":")" + QByteArray(70 * 1024, 'x') +
             R"(","device_id":"0123456789abcdef0123456789abcdef"})",
         {},
         413,
         "too_long"},
        {"wrong password",
         "POST",
         login,
         loginBody(QStringLiteral("admin@example.com"), QStringLiteral("guess")),
         {},
         401,
         "bad_credentials"},
        {"unknown user",
         "POST",
         login,
         loginBody(QStringLiteral("nobody@example.com")),
         {},
         401,
         "bad_credentials"},
        {"SQL in the email",
         "POST",
         login,
         loginBody(QStringLiteral("' OR 1=1 --")),
         {},
         401,
         "bad_credentials"},
        // Tokens
        {"no token", "POST", "/v1/sync/push", push(""), {}, 401, "no_token"},
        {"garbage token",
         "POST",
         "/v1/sync/push",
         push(""),
         {{"Authorization", "Bearer garbage"}},
         401,
         "bad_token"},
        {"basic auth",
         "GET",
         "/v1/sync/pull?since=0",
         {},
         {{"Authorization", "Basic YWRtaW46ZGVtbw=="}},
         401,
         "bad_token"},
        {"refresh token as access",
         "GET",
         "/v1/sync/pull?since=0",
         {},
         {bearer(admin.refresh)},
         401,
         "bad_token"},
        {"foreign server's token", "GET", "/v1/sync/pull?since=0", {}, as(alien), 401, "bad_token"},
        {"token after logout", "GET", "/v1/sync/pull?since=0", {}, as(gone), 401, "bad_token"},
        {"access token replaced by refresh",
         "GET",
         "/v1/sync/pull?since=0",
         {},
         as(rotated),
         401,
         "bad_token"},
        {"rotated refresh token reused",
         "POST",
         "/v1/auth/refresh",
         R"({"refresh_token":")" + rotated.refresh.toLatin1() + R"("})",
         {},
         401,
         "token_reused"},
        {"family revoked after reuse",
         "GET",
         "/v1/sync/pull?since=0",
         {},
         {bearer(newAccess)},
         401,
         "bad_token"},
        {"garbage refresh token",
         "POST",
         "/v1/auth/refresh",
         R"({"refresh_token":"x"})",
         {},
         401,
         "bad_token"},
        {"refresh with an extra field",
         "POST",
         "/v1/auth/refresh",
         R"({"refresh_token":"x","user_id":1})",
         {},
         400,
         "unknown_field"},
        {"logout without token", "POST", "/v1/auth/logout", {}, {}, 401, "no_token"},
        // Pushes
        {"push as another device", "POST", "/v1/sync/push", push("", kDevice2), as(admin), 403,
         "device_mismatch"},
        {"mutations an object", "POST", "/v1/sync/push",
         R"({"device_id":"0123456789abcdef0123456789abcdef","client_hlc":"1","mutations":{}})",
         as(admin), 400, "wrong_type"},
        {"SQL in a field name", "POST", "/v1/sync/push",
         push(mutation(R"("name = '' WHERE 1=1; --":{"v":"x","hlc":"1"})")), as(admin), 400,
         "unknown_field"},
        {"a table as a type", "POST", "/v1/sync/push",
         push(mutation({}, "cccccccccccccccccccccccccccccc01", "users")), as(admin), 400,
         "unknown_type"},
        {"unknown op", "POST", "/v1/sync/push",
         push(mutation({}, "cccccccccccccccccccccccccccccc01", "deal", "drop")), as(admin), 400,
         "unknown_op"},
        {"value an object", "POST", "/v1/sync/push",
         push(mutation(R"("name":{"v":{"$ne":1},"hlc":"1"})")), as(admin), 400, "wrong_type"},
        {"501 mutations", "POST", "/v1/sync/push", push(many), as(admin), 413, "too_many"},
        {"clock an hour ahead", "POST", "/v1/sync/push",
         push(mutation(R"("name":{"v":"x","hlc":")" + future + R"("})")), as(admin), 409,
         "clock_skew"},
        {"another user's mutation id", "POST", "/v1/sync/push", otherBody, as(seller), 409,
         "mutation_conflict"},
        {"a mutation id with another body", "POST", "/v1/sync/push", changedBody, as(admin), 409,
         "mutation_conflict"},
        // Pulls
        {"pull without since", "GET", "/v1/sync/pull", {}, as(admin), 400, "bad_query"},
        {"negative since", "GET", "/v1/sync/pull?since=-1", {}, as(admin), 400, "bad_query"},
        {"since not a number",
         "GET",
         "/v1/sync/pull?since=1%20OR%201=1",
         {},
         as(admin),
         400,
         "bad_query"},
        {"limit too large",
         "GET",
         "/v1/sync/pull?since=0&limit=100000",
         {},
         as(admin),
         400,
         "bad_query"},
        {"unknown parameter",
         "GET",
         "/v1/sync/pull?since=0&user_id=1",
         {},
         as(admin),
         400,
         "bad_query"},
        {"since twice", "GET", "/v1/sync/pull?since=0&since=5", {}, as(admin), 400, "bad_query"},
        {"cursor ahead of the server",
         "GET",
         "/v1/sync/pull?since=999999",
         {},
         as(admin),
         410,
         "cursor_expired"},
        {"bootstrap of no type",
         "GET",
         "/v1/sync/bootstrap?after=",
         {},
         as(admin),
         400,
         "bad_query"},
        {"bootstrap of settings",
         "GET",
         "/v1/sync/bootstrap?type=user",
         {},
         as(admin),
         400,
         "bad_query"},
        {"bootstrap after SQL",
         "GET",
         "/v1/sync/bootstrap?type=deal&after=0%27%20OR%201=1",
         {},
         as(admin),
         400,
         "bad_query"},
        {"bootstrap snapshot ahead",
         "GET",
         "/v1/sync/bootstrap?type=deal&snapshot=999999",
         {},
         as(admin),
         410,
         "cursor_expired"},
        {"bootstrap without a token",
         "GET",
         "/v1/sync/bootstrap?type=deal",
         {},
         {},
         401,
         "no_token"},
        {"seed without a token", "GET", "/v1/sync/seed", {}, {}, 401, "no_token"},
        {"seed of a negative version",
         "GET",
         "/v1/sync/seed?known=-1",
         {},
         as(admin),
         400,
         "bad_query"},
        {"seed with another parameter",
         "GET",
         "/v1/sync/seed?user=1",
         {},
         as(admin),
         400,
         "bad_query"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const HttpReply r = http(port, c.method, c.target, c.body, c.headers);
        INFO(r.body.left(300).toStdString());
        CHECK(r.status == c.status);
        const QJsonObject e = r.json();
        CHECK(e.value(QStringLiteral("error")).toString() == QString::fromLatin1(c.code));
        CHECK(!e.value(QStringLiteral("message")).toString().isEmpty());
    }
    CHECK(cases.size() >= 40);

    // Lockout: five wrong passwords, then the right one is refused too.
    for (int i = 0; i < 5; ++i)
        CHECK(http(port, "POST", login,
                   loginBody(QStringLiteral("head@example.com"), QStringLiteral("x")))
                  .status == 401);
    const HttpReply locked =
        http(port, "POST", login, loginBody(QStringLiteral("head@example.com")));
    CHECK(locked.status == 429);
    CHECK(locked.json().value(QStringLiteral("error")) == QStringLiteral("locked_out"));

    // Bytes that are not HTTP: QtHttpServer closes the connection (no answer can be framed);
    // the server goes on serving.
    CHECK(rawHttp(port, QByteArray("GARBAGE \x01\x02\r\n\r\n", 14)).status == 0);
    CHECK(http(port, "GET", "/v1/sync/status").status == 200);
    CHECK(!::login(port, QStringLiteral("admin@example.com")).access.isEmpty());
    CHECK(server.stop() == 0);
}
