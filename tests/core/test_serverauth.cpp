// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/sync/serverauth.h"
#include "core/sync/serverstore.h"

using namespace Voronka::Core;
using namespace Voronka::Core::Sync;
using Voronka::Test::TempDb;

namespace {
const QString kDevice = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kOther = QStringLiteral("fedcba9876543210fedcba9876543210");

struct AuthFixture
{
    TempDb t;
    std::unique_ptr<ServerAuth> auth;
    qint64 seller = 0;
    AuthFixture()
    {
        seller = t.addUser(QStringLiteral("seller@example.com"), 0);
        Result<std::unique_ptr<ServerAuth>> a = ServerAuth::attach(*t.db, t.clock);
        REQUIRE(a.ok());
        auth = std::move(a).value();
    }
    Tokens login(const QString &device = kDevice)
    {
        Parsed<Tokens> r = auth->login(QStringLiteral("seller@example.com"), QStringLiteral("pw"),
                                       device, QStringLiteral("laptop"), QStringLiteral("test"));
        REQUIRE(std::holds_alternative<Tokens>(r));
        return std::get<Tokens>(r);
    }
    QString code(const auto &parsed)
    {
        const ProtocolError *e = std::get_if<ProtocolError>(&parsed);
        return e ? e->code : QString();
    }
    int wrong(int times)
    {
        int status = 0;
        for (int i = 0; i < times; ++i) {
            Parsed<Tokens> r = auth->login(QStringLiteral("seller@example.com"),
                                           QStringLiteral("nope"), kDevice, {}, {});
            REQUIRE(std::holds_alternative<ProtocolError>(r));
            status = std::get<ProtocolError>(r).status;
            t.clock.advance(1000);
        }
        return status;
    }
};
} // namespace

TEST_CASE("serverAuth_refreshRotates_andAReusedRefreshTokenRevokesTheFamily")
{
    AuthFixture f;
    const Tokens first = f.login();
    CHECK(std::get<Caller>(f.auth->authenticate(first.access)).userId == f.seller);
    CHECK(first.accessExpiresAt == f.t.clock.nowMs() + ServerAuth::kAccessMs);

    Parsed<Tokens> rotated = f.auth->refresh(first.refresh);
    REQUIRE(std::holds_alternative<Tokens>(rotated));
    const Tokens second = std::get<Tokens>(rotated);
    CHECK(second.refresh != first.refresh);
    CHECK(f.code(f.auth->authenticate(first.access)) == u"bad_token"); // rotated away
    CHECK(std::holds_alternative<Caller>(f.auth->authenticate(second.access)));

    // The old refresh token again: stolen, so the whole family goes.
    CHECK(f.code(f.auth->refresh(first.refresh)) == u"token_reused");
    CHECK(f.code(f.auth->authenticate(second.access)) == u"bad_token");
    CHECK(f.code(f.auth->refresh(second.refresh)) == u"bad_token");

    // Only hashes are stored.
    CHECK(f.t.db->sql().scalar("SELECT count(*) FROM server_tokens") == 4);
    Query q = f.t.db->sql().prepare("SELECT count(*) FROM server_tokens WHERE token_hash = ?1");
    q->bind(1, second.access);
    REQUIRE(q->step());
    CHECK(q->int64(0) == 0);
}

TEST_CASE("serverAuth_tokensExpire_logoutRevokesTheDevice_aNewLoginReplacesItsTokens")
{
    AuthFixture f;
    const Tokens a = f.login();
    const Tokens other = f.login(kOther);
    const Tokens b = f.login(); // the same device again: its first tokens go
    CHECK(f.code(f.auth->authenticate(a.access)) == u"bad_token");
    CHECK(f.code(f.auth->refresh(a.refresh)) == u"bad_token");
    const Caller caller = std::get<Caller>(f.auth->authenticate(b.access));
    CHECK(!f.auth->logout(caller));
    CHECK(f.code(f.auth->authenticate(b.access)) == u"bad_token");
    CHECK(std::holds_alternative<Caller>(f.auth->authenticate(other.access)));

    f.t.clock.advance(ServerAuth::kAccessMs);
    CHECK(f.code(f.auth->authenticate(other.access)) == u"token_expired");
    CHECK(std::holds_alternative<Tokens>(f.auth->refresh(other.refresh)));
    const Tokens late = f.login(kOther);
    f.t.clock.advance(ServerAuth::kRefreshMs);
    CHECK(f.code(f.auth->refresh(late.refresh)) == u"token_expired");
}

TEST_CASE("serverAuth_lockoutAfterFiveFailures_thenDoublingWithEveryFiveMore")
{
    AuthFixture f;
    CHECK(f.wrong(5) == 401);
    CHECK(f.code(f.auth->login(QStringLiteral("seller@example.com"), QStringLiteral("pw"), kDevice,
                               {}, {})) == u"locked_out");
    f.t.clock.advance(15 * 60 * 1000); // the first lock is Auth's 15 minutes
    CHECK(f.wrong(5) == 401);
    // Ten failures since the last success: 30 minutes from the latest one.
    f.t.clock.advance(16 * 60 * 1000);
    CHECK(f.code(f.auth->login(QStringLiteral("seller@example.com"), QStringLiteral("pw"), kDevice,
                               {}, {})) == u"locked_out");
    f.t.clock.advance(15 * 60 * 1000);
    f.login();
    // Unknown emails are locked the same way and answer like a wrong password.
    for (int i = 0; i < 5; ++i)
        CHECK(f.code(f.auth->login(QStringLiteral("ghost@example.com"), QStringLiteral("x"),
                                   kDevice, {}, {})) == u"bad_credentials");
    CHECK(f.code(f.auth->login(QStringLiteral("ghost@example.com"), QStringLiteral("x"), kDevice,
                               {}, {})) == u"locked_out");
}

TEST_CASE("serverAuth_aStoreWithServerTablesOpensAgain_aForeignTableStillRefuses")
{
    TempDb t;
    REQUIRE(ServerStore::attach(*t.db, t.clock).ok());
    REQUIRE(ServerAuth::attach(*t.db, t.clock).ok());
    const QString path = t.db->path();
    t.admin.reset();
    t.db.reset();
    {
        Result<std::unique_ptr<Database>> reopened = Database::open(path);
        REQUIRE(reopened.ok());
        (*reopened)->sql().exec("CREATE TABLE servers_extra(x)");
    }
    CHECK(!Database::open(path).ok());
}
