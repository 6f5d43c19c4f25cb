// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "auth.h"

#include "storage/database.h"

#include <QCoreApplication>

#include <sodium.h>

namespace Voronka::Core::Auth {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

UserInfo fromRow(const Statement &q)
{
    UserInfo u;
    u.id = q.int64(0);
    u.uid = q.blob(1);
    u.email = q.text(2);
    u.name = q.text(3);
    u.roleId = q.int64(4);
    u.departmentId = q.int64(5);
    u.active = q.int64(6) != 0;
    u.admin = q.int64(7) != 0;
    return u;
}

#define VORONKA_USER_SELECT                                                                        \
    "SELECT u.id, u.uid, u.email, u.name, u.role_id, coalesce(u.department_id, 0), u.active, "     \
    "coalesce(r.is_admin, 0), u.password_hash FROM users u LEFT JOIN roles r ON r.id = u.role_id "

Error authError()
{
    return makeError(
        Error::Code::Auth,
        QCoreApplication::translate("Voronka::Core::Auth", "Unknown user or wrong password."));
}
} // namespace

QString hashPassword(const QString &password, Strength strength)
{
    if (!sodiumReady())
        return {};
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const auto ops = strength == Strength::Fast ? crypto_pwhash_OPSLIMIT_MIN
                                                : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = strength == Strength::Fast ? crypto_pwhash_MEMLIMIT_MIN
                                                : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, pw.constData(), pw.size(), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString &encodedHash, const QString &password)
{
    if (!sodiumReady() || encodedHash.isEmpty())
        return false;
    const QByteArray h = encodedHash.toLatin1();
    const QByteArray pw = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), pw.constData(), pw.size()) == 0;
}

Result<UserInfo> login(Database &db, const QString &email, const QString &password)
{
    static const QString dummy =
        hashPassword(QStringLiteral("voronka-no-such-user"), Strength::Fast);
    try {
        Query q = db.sql().prepare(VORONKA_USER_SELECT "WHERE u.email = ?1 AND u.deleted = 0");
        q->bind(1, email.trimmed());
        if (!q->step()) {
            verifyPassword(dummy, password);
            return authError();
        }
        const UserInfo u = fromRow(*q);
        const bool ok = verifyPassword(q->text(8), password);
        if (!ok || !u.active)
            return authError();
        return u;
    } catch (const SqlError &e) {
        return Database::errorFor(e, db.path());
    }
}

Result<UserInfo> findUser(Database &db, const QString &email)
{
    try {
        Query q = db.sql().prepare(VORONKA_USER_SELECT "WHERE u.email = ?1 AND u.deleted = 0");
        q->bind(1, email.trimmed());
        if (!q->step() || q->int64(6) == 0)
            return authError();
        return fromRow(*q);
    } catch (const SqlError &e) {
        return Database::errorFor(e, db.path());
    }
}

Result<QList<UserInfo>> activeUsers(Database &db)
{
    try {
        QList<UserInfo> out;
        Query q = db.sql().prepare(VORONKA_USER_SELECT
                                   "WHERE u.deleted = 0 AND u.active = 1 "
                                   "ORDER BY coalesce(r.is_admin, 0) DESC, u.name, u.id");
        while (q->step())
            out << fromRow(*q);
        return out;
    } catch (const SqlError &e) {
        return Database::errorFor(e, db.path());
    }
}

UserInfo readUser(Database &db, qint64 id)
{
    Query q = db.sql().prepare(VORONKA_USER_SELECT "WHERE u.id = ?1");
    q->bind(1, id);
    return q->step() ? fromRow(*q) : UserInfo{};
}

} // namespace Voronka::Core::Auth
