// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/permissions/permissions.h"
#include "core/sync/protocol.h"
#include "core/util/result.h"

#include <memory>

namespace Voronka::Core {
class Clock;
class Database;
} // namespace Voronka::Core

// Who may talk to the team server (SYNC.md "Endpoints", "Limits"). A device signs in with the
// user's email and password (the file's own Argon2id hashes, Auth::login: the same lockout
// count, the dummy hash for unknown emails, the sign_ins journal) and gets two tokens of one
// family: an access token for 15 minutes and a refresh token for 30 days. A refresh rotates
// both; a refresh token used a second time means it was stolen (the thief or the device used
// it first), so the whole family is revoked and the device signs in again. A sign-out revokes
// the family, a new sign-in of the same device its older ones.
//
// Tokens are 256 random bits; the store keeps only their SHA-256 (a slow hash buys nothing
// against a secret that cannot be guessed, and every request checks one). Beyond Auth's lock
// (5 failures in 15 minutes) the lock doubles with every further 5 failures since the
// email's last success, up to a day.
//
// The server_tokens table uses SQL that SQLite and PostgreSQL 15 both take (serverstore.h).
namespace Voronka::Core::Sync {

struct Tokens
{
    QString access;
    QString refresh;
    qint64 accessExpiresAt = 0; // ms since the epoch
    qint64 refreshExpiresAt = 0;
    qint64 userId = 0;
    QString deviceId;
};

// The caller of a request, from its access token.
struct Caller
{
    qint64 userId = 0;
    QString deviceId;
    QString family;
};

class ServerAuth
{
public:
    static constexpr qint64 kAccessMs = 15 * 60 * 1000;
    static constexpr qint64 kRefreshMs = 30LL * 24 * 3600 * 1000;
    static constexpr qint64 kMaxLockMs = 24 * 3600 * 1000;

    // Adds server_tokens to the store when it lacks it.
    static Result<std::unique_ptr<ServerAuth>> attach(Database &db, const Clock &clock);

    // 401 bad_credentials (unknown user, wrong password and deactivated user alike), 429
    // locked_out, 503 storage.
    Parsed<Tokens> login(const QString &email, const QString &password, const QString &deviceId,
                         const QString &deviceName, const QString &from);
    // 401 bad_token, token_expired, token_reused (the family is revoked).
    Parsed<Tokens> refresh(const QString &refreshToken);
    // 401 as refresh; a revoked, expired or unknown access token, or one of a user who may
    // no longer sign in.
    Parsed<Caller> authenticate(const QString &accessToken);
    // Revokes the caller's family (the device's tokens).
    std::optional<ProtocolError> logout(const Caller &caller);
    // Revokes every token (a restored store: everyone signs in again).
    Status revokeAll();

    static QString hashOf(const QString &token);

private:
    ServerAuth(Database &db, const Clock &clock);
    Tokens issue(qint64 userId, const QString &deviceId, const QString &deviceName,
                 const QString &family);
    qint64 backoffUntil(const QString &email, qint64 now);
    bool userMaySignIn(qint64 userId);

    Database &m_db;
    const Clock &m_clock;
};

// A fingerprint of what the user may see and do: a client that sees it change re-bootstraps.
QString permissionsHash(const Principal &principal);

} // namespace Voronka::Core::Sync
