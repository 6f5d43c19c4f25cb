// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "auth.h"

#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRegularExpression>
#include <QSysInfo>

#include <sodium.h>
#include <sqlite3.h>

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

Error lockedError(qint64 msLeft)
{
    const int minutes = int(qMax<qint64>(1, (msLeft + 59999) / 60000));
    return makeError(Error::Code::Auth,
                     QCoreApplication::translate("Voronka::Core::Auth",
                                                 "Too many failed sign-in attempts. Try again "
                                                 "in %n minute(s).",
                                                 nullptr, minutes));
}

// The cost an encoded Argon2 hash was made with; nullopt when it is not one.
std::optional<HashParams> paramsOf(const QString &encodedHash)
{
    static const QRegularExpression re(QStringLiteral("\\$m=(\\d+),t=(\\d+),p=\\d+\\$"));
    const QRegularExpressionMatch m = re.match(encodedHash);
    if (!m.hasMatch())
        return std::nullopt;
    return HashParams{m.captured(2).toULongLong(), size_t(m.captured(1).toULongLong()) * 1024};
}

// Fast is libsodium's minimum cost, which Argon2 itself fixes; any other hash was made for a
// real user, whose current cost is Interactive's (which libsodium may raise in a release).
HashParams currentParamsFor(const HashParams &stored)
{
    const HashParams fast = paramsFor(Strength::Fast);
    return stored == fast ? fast : paramsFor(Strength::Interactive);
}

// An unknown email is checked against a dummy hash so that it costs what a known one does.
// The cost of checking a password is the cost its hash was made with, so the dummy takes the
// cost of a hash stored in this file (the first user's: a file's users share one strength,
// Interactive for real files and Fast for demo and test files) rather than a fixed strength,
// which would be either far cheaper than real users (a timing oracle) or, in test files, far
// dearer. Made once per cost and kept for the process.
std::optional<HashParams> fileParams(Database &db)
{
    Query q = db.sql().prepare("SELECT password_hash FROM users WHERE deleted = 0 AND "
                               "password_hash IS NOT NULL ORDER BY id LIMIT 1");
    return q->step() ? paramsOf(q->text(0)) : std::nullopt;
}

QString dummyHashFor(Database &db)
{
    const HashParams params = fileParams(db).value_or(paramsFor(Strength::Interactive));
    static QMutex mutex;
    static QHash<QString, QString> dummies;
    const QString key = QString::number(params.opsLimit) + u'/' + QString::number(params.memLimit);
    QMutexLocker lock(&mutex);
    auto it = dummies.constFind(key);
    if (it == dummies.cend())
        it = dummies.insert(key, hashPassword(QStringLiteral("voronka-no-such-user"), params));
    return *it;
}

// The sign-in log is best effort on a file this process may not write (opened read-only, or
// read-only on disk): signing in to read it must still work. Other failures are real ones.
bool isReadOnlyError(const SqlError &e)
{
    return e.code() == SQLITE_READONLY;
}

void logAttempt(Database &db, const SignInContext &ctx, qint64 at, const QString &email,
                qint64 userId, SignInResult result)
{
    if (db.readOnly())
        return;
    try {
        // One statement outside any transaction: its own short transaction, committed at once
        // so that other clients of the file count it.
        db.sql()
            .prepare("INSERT INTO sign_ins(at, email, user_id, machine, os_user, client, result) "
                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            ->bindAll(at, email, userId ? QVariant(userId) : QVariant(), ctx.machine, ctx.osUser,
                      ctx.client, int(result))
            .run();
    } catch (const SqlError &e) {
        if (!isReadOnlyError(e))
            throw;
    }
}

// When the email's lockout ends, 0 when it is not locked out. Failures count from the later
// of the window's start and the email's last success; the lock ends when the oldest of the
// last kMaxFailures failures leaves the window. Refusals (result 3) are not counted, so
// trying while locked does not extend the lock.
qint64 lockedUntil(Database &db, const QString &email, qint64 now)
{
    Query q = db.sql().prepare(
        "SELECT at FROM sign_ins WHERE email = ?1 AND result = 2 AND at > ?2 AND at > "
        "coalesce((SELECT max(at) FROM sign_ins WHERE email = ?1 AND result = 1), 0) "
        "ORDER BY at DESC LIMIT 1 OFFSET ?3"); // "> both", not max(a, b): PostgreSQL has none
    q->bindAll(email, now - kLockoutWindowMs, kMaxFailures - 1);
    return q->step() ? q->int64(0) + kLockoutWindowMs : 0;
}

// Rehashes a password whose hash is weaker than the current cost, through the write path: the
// new hash with updated_at, a history row that names the field but keeps no values (hashes
// never go to history), and an outbox row so that the server and other copies get it too.
void rehashIfWeaker(Database &db, const SignInContext &ctx, const UserInfo &user,
                    const QString &stored, const QString &password)
{
    if (db.readOnly())
        return;
    const std::optional<HashParams> have = paramsOf(stored);
    const HashParams want = ctx.currentParams.value_or(
        currentParamsFor(have.value_or(paramsFor(Strength::Interactive))));
    const QByteArray h = stored.toLatin1();
    const int needs = crypto_pwhash_str_needs_rehash(h.constData(), want.opsLimit, want.memLimit);
    if (needs == 0)
        return;
    // needs == 1 also when the stored cost is higher (a newer build's): never lower it.
    if (needs == 1 && have && have->opsLimit >= want.opsLimit && have->memLimit >= want.memLimit)
        return;
    const QString fresh = hashPassword(password, want);
    if (fresh.isEmpty())
        return;
    try {
        Session s(db, ctx.clock, user);
        Change c(s);
        c.sql()
            .prepare("UPDATE users SET password_hash = ?1, updated_at = ?2 WHERE id = ?3")
            ->bindAll(fresh, c.now(), user.id)
            .run();
        const QString field = QStringLiteral("password_hash");
        c.history(EntityKind::User, user.id, HistoryEvent::FieldChanged, field);
        c.outbox(EntityKind::User, user.id, OutboxOp::Update, {field});
        c.commit();
    } catch (const SqlError &) {
        // Nothing was written (the change rolled back); the next sign-in tries again, and a
        // busy or read-only file must not refuse a correct password.
    }
}

QString osAccount()
{
    QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}
} // namespace

Strength strengthOfFile(Database &db)
{
    try {
        return fileParams(db) == paramsFor(Strength::Fast) ? Strength::Fast : Strength::Interactive;
    } catch (const SqlError &) {
        return Strength::Interactive;
    }
}

HashParams paramsFor(Strength strength)
{
    if (strength == Strength::Fast)
        return HashParams{crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    return HashParams{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QString hashPassword(const QString &password, Strength strength)
{
    return hashPassword(password, paramsFor(strength));
}

QString hashPassword(const QString &password, HashParams params)
{
    if (!sodiumReady())
        return {};
    const QByteArray pw = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pw.constData(), pw.size(), params.opsLimit, params.memLimit,
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

SignInContext::SignInContext(const Clock &clock, const QString &client)
    : clock(clock)
    , machine(QSysInfo::machineHostName())
    , osUser(osAccount())
    , client(client)
{
}

Result<UserInfo> login(Database &db, const QString &email, const QString &password,
                       const SignInContext &ctx)
{
    const QString typed = email.trimmed();
    return guarded(db, [&]() -> Result<UserInfo> {
        const qint64 now = ctx.clock.nowMs();
        UserInfo u;
        QString stored;
        {
            Query q = db.sql().prepare(VORONKA_USER_SELECT "WHERE u.email = ?1 AND u.deleted = 0");
            q->bind(1, typed);
            if (q->step()) {
                u = fromRow(*q);
                stored = q->text(8);
            }
        }
        if (const qint64 until = lockedUntil(db, typed, now)) {
            logAttempt(db, ctx, now, typed, u.id, SignInResult::LockedOut);
            return lockedError(until - now);
        }
        if (!u.id) {
            verifyPassword(dummyHashFor(db), password);
            logAttempt(db, ctx, now, typed, 0, SignInResult::WrongCredentials);
            return authError();
        }
        if (!verifyPassword(stored, password) || !u.active) {
            logAttempt(db, ctx, now, typed, u.id, SignInResult::WrongCredentials);
            return authError();
        }
        logAttempt(db, ctx, now, typed, u.id, SignInResult::SignedIn);
        rehashIfWeaker(db, ctx, u, stored, password);
        return u;
    });
}

Result<UserInfo> login(Database &db, const QString &email, const QString &password)
{
    static const SystemClock clock;
    return login(db, email, password, SignInContext(clock));
}

Result<UserInfo> findUser(Database &db, const QString &email)
{
    return guarded(db, [&]() -> Result<UserInfo> {
        Query q = db.sql().prepare(VORONKA_USER_SELECT "WHERE u.email = ?1 AND u.deleted = 0");
        q->bind(1, email.trimmed());
        if (!q->step() || q->int64(6) == 0)
            return authError();
        return fromRow(*q);
    });
}

Result<QList<UserInfo>> activeUsers(Database &db)
{
    return guarded(db, [&]() -> Result<QList<UserInfo>> {
        QList<UserInfo> out;
        Query q = db.sql().prepare(VORONKA_USER_SELECT
                                   "WHERE u.deleted = 0 AND u.active = 1 "
                                   "ORDER BY coalesce(r.is_admin, 0) DESC, u.name, u.id");
        while (q->step())
            out << fromRow(*q);
        return out;
    });
}

UserInfo readUser(Database &db, qint64 id)
{
    Query q = db.sql().prepare(VORONKA_USER_SELECT "WHERE u.id = ?1");
    q->bind(1, id);
    return q->step() ? fromRow(*q) : UserInfo{};
}

qint64 lastSignIn(Database &db, qint64 userId)
{
    try {
        // Walks sign_ins_user backwards from the newest attempt to the newest success.
        Query q = db.sql().prepare("SELECT at FROM sign_ins WHERE user_id = ?1 AND result = 1 "
                                   "ORDER BY at DESC LIMIT 1");
        q->bind(1, userId);
        return q->step() ? q->int64(0) : 0;
    } catch (const SqlError &) {
        return 0;
    }
}

Result<QHash<qint64, qint64>> lastSignIns(Database &db)
{
    return guarded(db, [&]() -> Result<QHash<qint64, qint64>> {
        QHash<qint64, qint64> out;
        Query q = db.sql().prepare("SELECT user_id, max(at) FROM sign_ins WHERE result = 1 AND "
                                   "user_id IS NOT NULL GROUP BY user_id");
        while (q->step())
            out.insert(q->int64(0), q->int64(1));
        return out;
    });
}

} // namespace Voronka::Core::Auth
