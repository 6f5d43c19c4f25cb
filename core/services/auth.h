// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"
#include "util/result.h"

namespace Voronka::Core {

class Database;

namespace Auth {

// Interactive strength for real users; Fast only for tests and throwaway demo files.
enum class Strength { Interactive, Fast };

// Argon2id (libsodium) in its standard encoded form.
QString hashPassword(const QString &password, Strength strength = Strength::Interactive);
bool verifyPassword(const QString &encodedHash, const QString &password);

// Unknown user, deactivated user and wrong password all give the same Auth error, after the
// same amount of work, so the answer does not reveal which one it was.
Result<UserInfo> login(Database &db, const QString &email, const QString &password);
// Looks a user up without a password: only for code that already authenticated.
Result<UserInfo> findUser(Database &db, const QString &email);
UserInfo readUser(Database &db, qint64 id);
// The users who may sign in, administrators first, for the login screen.
Result<QList<UserInfo>> activeUsers(Database &db);

} // namespace Auth
} // namespace Voronka::Core
