// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
constexpr qint64 kMinute = 60 * 1000;
// Twice libsodium's minimum (Fast) cost: stronger than the test files' hashes, still cheap.
const Auth::HashParams kStronger{2, 16 * 1024};

Auth::SignInContext context(const Clock &clock)
{
    Auth::SignInContext c(clock, QStringLiteral("cli"));
    c.machine = QStringLiteral("office-pc");
    c.osUser = QStringLiteral("anna");
    return c;
}

Result<UserInfo> signIn(TempDb &t, const QString &email, const QString &password)
{
    return Auth::login(*t.db, email, password, context(t.clock));
}

Result<UserInfo> wrong(TempDb &t, const QString &email = QStringLiteral("admin@example.com"))
{
    return signIn(t, email, QStringLiteral("nope"));
}

Result<UserInfo> right(TempDb &t)
{
    return signIn(t, QStringLiteral("admin@example.com"), QStringLiteral("secret"));
}

QString adminHash(TempDb &t)
{
    Query q = t.db->sql().prepare("SELECT password_hash FROM users WHERE id = ?1");
    q->bind(1, t.adminId);
    return q->step() ? q->text(0) : QString();
}
} // namespace

TEST_CASE("signIn_fiveFailuresWithinFifteenMinutes_lockUntilTheOldestLeavesTheWindow")
{
    TempDb t;
    for (int i = 0; i < 5; ++i) {
        CHECK(wrong(t).error().message == u"Unknown user or wrong password.");
        t.clock.advance(kMinute);
    }
    // Failures at 0..4 min; now 5 min: the first one leaves the window at 15 min.
    const Result<UserInfo> locked = right(t);
    REQUIRE_FALSE(locked.ok());
    CHECK(locked.error().code == Error::Code::Auth);
    // No catalogue is installed in the tests: the plural stays in its source form.
    CHECK(locked.error().message ==
          u"Too many failed sign-in attempts. Try again in 10 minute(s).");
    // Refused attempts do not extend the lock.
    t.clock.advance(9 * kMinute);
    CHECK(wrong(t).error().message ==
          u"Too many failed sign-in attempts. Try again in 1 minute(s).");
    t.clock.set(TempDb::kStart + 15 * kMinute + 1);
    CHECK(right(t).ok());
    CHECK(t.db->sql().scalar("SELECT count(*) FROM sign_ins WHERE result = 3") == 2);
}

TEST_CASE("signIn_failuresSpreadOverMoreThanTheWindow_doNotLock")
{
    TempDb t;
    for (int i = 0; i < 8; ++i) {
        CHECK(wrong(t).error().message == u"Unknown user or wrong password.");
        t.clock.advance(4 * kMinute);
    }
    CHECK(right(t).ok());
}

TEST_CASE("signIn_success_resetsTheFailureCount")
{
    TempDb t;
    for (int i = 0; i < 4; ++i)
        CHECK_FALSE(wrong(t).ok());
    t.clock.advance(1);
    REQUIRE(right(t).ok());
    t.clock.advance(1);
    for (int i = 0; i < 4; ++i)
        CHECK(wrong(t).error().message == u"Unknown user or wrong password.");
    CHECK(right(t).ok());
    t.clock.advance(1);
    for (int i = 0; i < 5; ++i)
        CHECK_FALSE(wrong(t).ok());
    CHECK(right(t).error().message.startsWith(u"Too many failed sign-in attempts."));
}

TEST_CASE("signIn_unknownEmail_locksLikeAKnownOneWithTheSameMessages")
{
    TempDb t;
    const qint64 role = t.db->sql().scalar("SELECT role_id FROM users LIMIT 1");
    const qint64 gone = t.addUser(QStringLiteral("gone@example.com"), role);
    REQUIRE(Admin(*t.admin).setUserActive(gone, false).ok());
    const QString deactivated =
        signIn(t, QStringLiteral("gone@example.com"), QStringLiteral("pw")).error().message;
    const QString unknown = wrong(t, QStringLiteral("ghost@example.com")).error().message;
    CHECK(wrong(t).error().message == unknown);
    CHECK(deactivated == unknown);
    for (int i = 0; i < 4; ++i) {
        CHECK_FALSE(wrong(t).ok());
        CHECK_FALSE(wrong(t, QStringLiteral("ghost@example.com")).ok());
    }
    const Result<UserInfo> known = right(t);
    // Another spelling of the email is the same email.
    const Result<UserInfo> ghost = wrong(t, QStringLiteral(" GHOST@example.com "));
    REQUIRE_FALSE(known.ok());
    REQUIRE_FALSE(ghost.ok());
    CHECK(known.error().message.startsWith(u"Too many failed sign-in attempts."));
    CHECK(ghost.error().message == known.error().message);
    CHECK(ghost.error().code == known.error().code);
}

TEST_CASE("signIn_everyAttempt_logsMachineOsUserClientAndResult")
{
    TempDb t;
    CHECK_FALSE(signIn(t, QStringLiteral("  Admin@Example.com "), QStringLiteral("nope")).ok());
    t.clock.advance(kMinute);
    CHECK_FALSE(wrong(t, QStringLiteral("ghost@example.com")).ok());
    t.clock.advance(kMinute);
    REQUIRE(right(t).ok());
    Query q = t.db->sql().prepare("SELECT at, email, coalesce(user_id, 0), machine, os_user, "
                                  "client, result FROM sign_ins ORDER BY id");
    struct Row
    {
        qint64 at;
        QString email;
        qint64 userId;
        int result;
    };
    const QList<Row> expected = {
        {TempDb::kStart, QStringLiteral("Admin@Example.com"), t.adminId, 2},
        {TempDb::kStart + kMinute, QStringLiteral("ghost@example.com"), 0, 2},
        {TempDb::kStart + 2 * kMinute, QStringLiteral("admin@example.com"), t.adminId, 1},
    };
    for (const Row &row : expected) {
        REQUIRE(q->step());
        CHECK(q->int64(0) == row.at);
        CHECK(q->text(1) == row.email);
        CHECK(q->int64(2) == row.userId);
        CHECK(q->text(3) == u"office-pc");
        CHECK(q->text(4) == u"anna");
        CHECK(q->text(5) == u"cli");
        CHECK(q->int64(6) == row.result);
    }
    CHECK_FALSE(q->step());
    // The log is local to the file: nothing of it goes to the outbox.
    CHECK(t.db->sql().scalar("SELECT count(*) FROM outbox WHERE fields LIKE '%password%' "
                             "AND op = 2") == 0);
}

TEST_CASE("signIn_lastSignIns_giveEachUsersNewestSuccess")
{
    TempDb t;
    CHECK(Auth::lastSignIn(*t.db, t.adminId) == 0);
    REQUIRE(right(t).ok());
    t.clock.advance(kMinute);
    REQUIRE(right(t).ok());
    t.clock.advance(kMinute);
    CHECK_FALSE(wrong(t).ok());
    CHECK(Auth::lastSignIn(*t.db, t.adminId) == TempDb::kStart + kMinute);
    const Result<QHash<qint64, qint64>> all = Auth::lastSignIns(*t.db);
    REQUIRE(all.ok());
    CHECK(*all == QHash<qint64, qint64>{{t.adminId, TempDb::kStart + kMinute}});
}

TEST_CASE("signIn_hashWeakerThanCurrentParameters_isRehashedThroughTheWritePath")
{
    TempDb t;
    const QString before = adminHash(t);
    REQUIRE(before.contains(u"$m=8,t=1,"));
    // At the file's own strength (Fast, the minimum) there is nothing to do.
    REQUIRE(right(t).ok());
    CHECK(adminHash(t) == before);

    Auth::SignInContext ctx = context(t.clock);
    ctx.currentParams = kStronger;
    t.clock.advance(kMinute);
    REQUIRE(Auth::login(*t.db, QStringLiteral("admin@example.com"), QStringLiteral("secret"), ctx)
                .ok());
    const QString after = adminHash(t);
    CHECK(after != before);
    CHECK(after.contains(u"$m=16,t=2,"));
    CHECK(Auth::verifyPassword(after, QStringLiteral("secret")));
    {
        Query u = t.db->sql().prepare("SELECT updated_at FROM users WHERE id = ?1");
        u->bind(1, t.adminId);
        REQUIRE(u->step());
        CHECK(u->int64(0) == TempDb::kStart + kMinute);
    }
    // History names the field and keeps no values; the outbox carries the change.
    Query h = t.db->sql().prepare("SELECT user_id, old_value IS NULL, new_value IS NULL, at "
                                  "FROM history WHERE kind = ?1 AND entity_id = ?2 AND field = "
                                  "'password_hash'");
    h->bindAll(int(EntityKind::User), t.adminId);
    REQUIRE(h->step());
    CHECK(h->int64(0) == t.adminId);
    CHECK(h->int64(1) == 1);
    CHECK(h->int64(2) == 1);
    CHECK(h->int64(3) == TempDb::kStart + kMinute);
    CHECK_FALSE(h->step());
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE old_value LIKE '%argon2%' OR "
                             "new_value LIKE '%argon2%'") == 0);
    Query o = t.db->sql().prepare("SELECT count(*) FROM outbox WHERE kind = ?1 AND entity_id = ?2 "
                                  "AND op = ?3 AND fields = 'password_hash'");
    o->bindAll(int(EntityKind::User), t.adminId, int(OutboxOp::Update));
    REQUIRE(o->step());
    CHECK(o->int64(0) == 1);

    // A stronger hash than the current parameters is never lowered.
    ctx.currentParams = Auth::paramsFor(Auth::Strength::Fast);
    REQUIRE(Auth::login(*t.db, QStringLiteral("admin@example.com"), QStringLiteral("secret"), ctx)
                .ok());
    CHECK(adminHash(t) == after);
}

TEST_CASE("signIn_readOnlyFile_stillSignsInWithoutLogging")
{
    TempDb t;
    Database::Options o;
    o.readOnly = true;
    Result<std::unique_ptr<Database>> ro = Database::open(t.path(), o);
    REQUIRE(ro.ok());
    Auth::SignInContext ctx = context(t.clock);
    ctx.currentParams = kStronger;
    const QString before = adminHash(t);
    CHECK(Auth::login(**ro, QStringLiteral("admin@example.com"), QStringLiteral("nope"), ctx)
              .error()
              .code == Error::Code::Auth);
    const Result<UserInfo> u =
        Auth::login(**ro, QStringLiteral("admin@example.com"), QStringLiteral("secret"), ctx);
    REQUIRE(u.ok());
    CHECK(u->id == t.adminId);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM sign_ins") == 0);
    CHECK(adminHash(t) == before);
}
