// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

#include <QHash>

#include <optional>

namespace Voronka::Core {

class Clock;
class Database;

namespace Auth {

// Interactive strength for real users; Fast only for tests and throwaway demo files.
enum class Strength { Interactive, Fast };

// Argon2id cost: iterations and memory in bytes (libsodium's opslimit and memlimit).
struct HashParams
{
    unsigned long long opsLimit = 0;
    size_t memLimit = 0;
    bool operator==(const HashParams &) const = default;
};
HashParams paramsFor(Strength strength);

// The strength a file's passwords are hashed at: Fast when its first user's hash has the
// minimum cost (demo and test files), Interactive otherwise. New passwords follow it, so a
// real team's file never gets a cheap hash and a demo file stays quick to open.
Strength strengthOfFile(Database &db);

// Argon2id (libsodium) in its standard encoded form.
QString hashPassword(const QString &password, Strength strength = Strength::Interactive);
QString hashPassword(const QString &password, HashParams params);
bool verifyPassword(const QString &encodedHash, const QString &password);

// Where a sign-in attempt comes from, as the sign-in log records it.
struct SignInContext
{
    explicit SignInContext(const Clock &clock, const QString &client = QStringLiteral("desktop"));
    const Clock &clock;
    QString machine; // QSysInfo::machineHostName()
    QString osUser;  // the operating system account: USER or USERNAME
    QString client;  // "desktop", "cli"
    // The parameters a stored hash should have; a successful sign-in rehashes a weaker one.
    // Unset: those of the strength the hash was made at (tests raise them explicitly).
    std::optional<HashParams> currentParams;
};

// Lockout: this many failed attempts for one email within the window refuse further attempts
// until the oldest of them leaves the window. Counted in the file, so every client shares it.
inline constexpr int kMaxFailures = 5;
inline constexpr qint64 kLockoutWindowMs = 15 * 60 * 1000;

// Result of one attempt in the sign_ins log.
enum class SignInResult { SignedIn = 1, WrongCredentials = 2, LockedOut = 3 };

// Unknown user, deactivated user and wrong password all give the same Auth error, after the
// same amount of work, so the answer does not reveal which one it was; an unknown email is
// locked out exactly like a known one. Every attempt is logged in sign_ins (except on a
// read-only file, where signing in still works).
Result<UserInfo> login(Database &db, const QString &email, const QString &password,
                       const SignInContext &context);
// A desktop sign-in on the system clock.
Result<UserInfo> login(Database &db, const QString &email, const QString &password);
// Looks a user up without a password: only for code that already authenticated.
Result<UserInfo> findUser(Database &db, const QString &email);
UserInfo readUser(Database &db, qint64 id);
// The users who may sign in, administrators first, for the login screen.
Result<QList<UserInfo>> activeUsers(Database &db);

// When the user last signed in on this file (ms since the epoch), 0 when never.
qint64 lastSignIn(Database &db, qint64 userId);
// The last successful sign-in of every user who ever signed in: user id -> ms.
Result<QHash<qint64, qint64>> lastSignIns(Database &db);

} // namespace Auth
} // namespace Voronka::Core
