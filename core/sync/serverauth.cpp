// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "serverauth.h"

#include "core/services/auth.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QCryptographicHash>

#include <algorithm>

#include <sodium.h>

namespace Voronka::Core::Sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

// Only what SQLite and PostgreSQL 15 both accept (serverstore.h). kind: 1 access, 2 refresh;
// rotated_at and revoked_at are 0 while the token is live.
const char *const kTokenTables = R"SQL(
CREATE TABLE IF NOT EXISTS server_tokens(
  token_hash TEXT PRIMARY KEY, kind INTEGER NOT NULL, family TEXT NOT NULL,
  user_id BIGINT NOT NULL, device_id TEXT NOT NULL, device_name TEXT NOT NULL,
  created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL,
  rotated_at BIGINT NOT NULL, revoked_at BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS server_tokens_family ON server_tokens(family);
CREATE INDEX IF NOT EXISTS server_tokens_device ON server_tokens(user_id, device_id);
)SQL";

constexpr int kAccess = 1;
constexpr int kRefresh = 2;
constexpr qint64 kBackoffLookbackMs = 24 * 3600 * 1000;

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ProtocolError unauthorized(const QString &code, const QString &message)
{
    return ProtocolError{401, code, message, {}};
}

ProtocolError storageError(const SqlError &e, const Database &db)
{
    return ProtocolError{
        503, QStringLiteral("storage"), Database::errorFor(e, db.path()).message, {}};
}

} // namespace

ServerAuth::ServerAuth(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<std::unique_ptr<ServerAuth>> ServerAuth::attach(Database &db, const Clock &clock)
{
    if (sodium_init() < 0)
        return makeError(Error::Code::Invalid, Tr::tr("The cryptography library did not start."));
    return guarded(db, [&]() -> Result<std::unique_ptr<ServerAuth>> {
        Transaction t(db.sql());
        db.sql().exec(kTokenTables);
        t.commit();
        return std::unique_ptr<ServerAuth>(new ServerAuth(db, clock));
    });
}

QString ServerAuth::hashOf(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Tokens ServerAuth::issue(qint64 userId, const QString &deviceId, const QString &deviceName,
                         const QString &family)
{
    const qint64 now = m_clock.nowMs();
    const QString name = deviceName.isNull() ? QStringLiteral("") : deviceName; // NOT NULL
    Tokens t{randomToken(32), randomToken(32), now + kAccessMs, now + kRefreshMs, userId, deviceId};
    Query q = m_db.sql().prepare(
        "INSERT INTO server_tokens(token_hash, kind, family, user_id, device_id, device_name, "
        "created_at, expires_at, rotated_at, revoked_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "0, 0)");
    q->bindAll(hashOf(t.access), kAccess, family, userId, deviceId, name, now, t.accessExpiresAt)
        .run();
    q->reset();
    q->bindAll(hashOf(t.refresh), kRefresh, family, userId, deviceId, name, now, t.refreshExpiresAt)
        .run();
    return t;
}

// Auth::login locks an email for 15 minutes after 5 failures; here every further 5 failures
// since its last success (within a day) double the lock, counted from the latest failure.
qint64 ServerAuth::backoffUntil(const QString &email, qint64 now)
{
    Query q = m_db.sql().prepare(
        "SELECT count(*), coalesce(max(at), 0) FROM sign_ins WHERE email = ?1 AND result = 2 AND "
        "at > ?2 AND at > coalesce((SELECT max(at) FROM sign_ins WHERE email = ?1 AND result = "
        "1), 0)"); // "> both", not max(a, b): PostgreSQL has no two-argument max
    q->bindAll(email, now - kBackoffLookbackMs);
    if (!q->step())
        return 0;
    const qint64 failures = q->int64(0), last = q->int64(1);
    const qint64 rounds = failures / Auth::kMaxFailures; // 2: the second lock, 30 minutes
    if (rounds < 2)
        return 0;
    const qint64 lock =
        std::min(kMaxLockMs, Auth::kLockoutWindowMs << std::min<qint64>(rounds - 1, 8));
    return last + lock > now ? last + lock : 0;
}

bool ServerAuth::userMaySignIn(qint64 userId)
{
    const UserInfo u = Auth::readUser(m_db, userId);
    return u.id && u.active;
}

Parsed<Tokens> ServerAuth::login(const QString &email, const QString &password,
                                 const QString &deviceId, const QString &deviceName,
                                 const QString &from)
{
    const QString typed = email.trimmed();
    try {
        const qint64 now = m_clock.nowMs();
        if (const qint64 until = backoffUntil(typed, now)) {
            m_db.sql()
                .prepare("INSERT INTO sign_ins(at, email, user_id, machine, os_user, client, "
                         "result) VALUES(?1, ?2, NULL, ?3, '', 'server', 3)")
                ->bindAll(now, typed, from)
                .run();
            return ProtocolError{429,
                                 QStringLiteral("locked_out"),
                                 Tr::tr("Too many failed sign-in attempts. Try again in %n "
                                        "minute(s).",
                                        nullptr, int((until - now + 59999) / 60000)),
                                 {}};
        }
        Auth::SignInContext ctx(m_clock, QStringLiteral("server"));
        ctx.machine = from;
        ctx.osUser.clear();
        const Result<UserInfo> user = Auth::login(m_db, typed, password, ctx);
        if (!user) {
            Query last = m_db.sql().prepare(
                "SELECT result FROM sign_ins WHERE email = ?1 ORDER BY id DESC LIMIT 1");
            last->bind(1, typed);
            // Auth::login logged the attempt: 3 when it refused it for the lock.
            if (last->step() && last->int64(0) == 3)
                return ProtocolError{429, QStringLiteral("locked_out"), user.error().message, {}};
            return unauthorized(QStringLiteral("bad_credentials"), user.error().message);
        }
        Transaction t(m_db.sql());
        // One session per device: its older tokens go.
        m_db.sql()
            .prepare("UPDATE server_tokens SET revoked_at = ?1 WHERE user_id = ?2 AND "
                     "device_id = ?3 AND revoked_at = 0")
            ->bindAll(now, user->id, deviceId)
            .run();
        const Tokens tokens = issue(user->id, deviceId, deviceName, randomToken(16));
        t.commit();
        return tokens;
    } catch (const SqlError &e) {
        return storageError(e, m_db);
    }
}

Parsed<Tokens> ServerAuth::refresh(const QString &refreshToken)
{
    try {
        const qint64 now = m_clock.nowMs();
        Transaction t(m_db.sql());
        QString family, deviceId, deviceName;
        qint64 userId = 0, expires = 0, rotated = 0, revoked = 0;
        {
            Query q = m_db.sql().prepare(
                "SELECT family, user_id, device_id, device_name, expires_at, rotated_at, "
                "revoked_at FROM server_tokens WHERE token_hash = ?1 AND kind = ?2");
            q->bindAll(hashOf(refreshToken), kRefresh);
            if (!q->step())
                return unauthorized(QStringLiteral("bad_token"), Tr::tr("The token is not valid."));
            family = q->text(0);
            deviceId = q->text(2);
            deviceName = q->text(3);
            userId = q->int64(1);
            expires = q->int64(4);
            rotated = q->int64(5);
            revoked = q->int64(6);
        }
        if (revoked)
            return unauthorized(QStringLiteral("bad_token"), Tr::tr("The token was revoked."));
        if (rotated) {
            m_db.sql()
                .prepare("UPDATE server_tokens SET revoked_at = ?1 WHERE family = ?2 AND "
                         "revoked_at = 0")
                ->bindAll(now, family)
                .run();
            t.commit();
            return unauthorized(QStringLiteral("token_reused"),
                                Tr::tr("The token was used before; the device is signed out."));
        }
        if (expires <= now)
            return unauthorized(QStringLiteral("token_expired"), Tr::tr("The token expired."));
        if (!userMaySignIn(userId))
            return unauthorized(QStringLiteral("bad_token"), Tr::tr("The token is not valid."));
        m_db.sql()
            .prepare("UPDATE server_tokens SET rotated_at = ?1 WHERE token_hash = ?2")
            ->bindAll(now, hashOf(refreshToken))
            .run();
        m_db.sql()
            .prepare("UPDATE server_tokens SET revoked_at = ?1 WHERE family = ?2 AND kind = ?3 "
                     "AND revoked_at = 0")
            ->bindAll(now, family, kAccess)
            .run();
        const Tokens tokens = issue(userId, deviceId, deviceName, family);
        t.commit();
        return tokens;
    } catch (const SqlError &e) {
        return storageError(e, m_db);
    }
}

Parsed<Caller> ServerAuth::authenticate(const QString &accessToken)
{
    try {
        Caller c;
        {
            Query q = m_db.sql().prepare(
                "SELECT user_id, device_id, family, expires_at, revoked_at FROM server_tokens "
                "WHERE token_hash = ?1 AND kind = ?2");
            q->bindAll(hashOf(accessToken), kAccess);
            if (!q->step() || q->int64(4) != 0)
                return unauthorized(QStringLiteral("bad_token"), Tr::tr("The token is not valid."));
            if (q->int64(3) <= m_clock.nowMs())
                return unauthorized(QStringLiteral("token_expired"), Tr::tr("The token expired."));
            c = Caller{q->int64(0), q->text(1), q->text(2)};
        }
        if (!userMaySignIn(c.userId))
            return unauthorized(QStringLiteral("bad_token"), Tr::tr("The token is not valid."));
        return c;
    } catch (const SqlError &e) {
        return storageError(e, m_db);
    }
}

std::optional<ProtocolError> ServerAuth::logout(const Caller &caller)
{
    try {
        m_db.sql()
            .prepare("UPDATE server_tokens SET revoked_at = ?1 WHERE family = ?2 AND "
                     "revoked_at = 0")
            ->bindAll(m_clock.nowMs(), caller.family)
            .run();
        return std::nullopt;
    } catch (const SqlError &e) {
        return storageError(e, m_db);
    }
}

Status ServerAuth::revokeAll()
{
    return guarded(m_db, [&]() -> Status {
        m_db.sql()
            .prepare("UPDATE server_tokens SET revoked_at = ?1 WHERE revoked_at = 0")
            ->bind(1, m_clock.nowMs())
            .run();
        return Ok{};
    });
}

QString permissionsHash(const Principal &p)
{
    QList<qint64> pipelines = p.pipelineCaps.keys();
    std::sort(pipelines.begin(), pipelines.end());
    QString text = QStringLiteral("%1|%2|%3|%4|%5|")
                       .arg(p.departmentId)
                       .arg(p.admin)
                       .arg(p.matrix.encode())
                       .arg(int(p.analytics))
                       .arg(p.canImport);
    for (qint64 id : pipelines)
        text += QStringLiteral("%1=%2,").arg(id).arg(int(p.pipelineCaps.value(id)));
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

} // namespace Voronka::Core::Sync
