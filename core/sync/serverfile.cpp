// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "serverfile.h"

#include "serverauth.h"
#include "serverstore.h"
#include "servertables.h"

#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/ids.h"

#include <QFile>
#include <QFileInfo>

namespace Voronka::Core::Sync::ServerFile {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

Status attachAll(Database &db, const Clock &clock)
{
    Result<std::unique_ptr<ServerStore>> store = ServerStore::attach(db, clock);
    if (!store)
        return store.error();
    Result<std::unique_ptr<ServerAuth>> auth = ServerAuth::attach(db, clock);
    if (!auth)
        return auth.error();
    return Ok{};
}

Status fromCopy(const QString &store, const QString &from, const QString &adminEmail,
                const QString &password, const Clock &clock)
{
    {
        Result<std::unique_ptr<Database>> source = Database::open(from);
        if (!source)
            return source.error();
        if (Status s = (*source)->backupTo(store); !s)
            return s;
    }
    Result<std::unique_ptr<Database>> db = Database::open(store);
    if (!db)
        return db.error();
    const Result<UserInfo> admin = Auth::login(
        **db, adminEmail, password, Auth::SignInContext(clock, QStringLiteral("server")));
    if (!admin)
        return admin.error();
    if (!admin->admin)
        return makeError(Error::Code::Permission,
                         Tr::tr("%1 is not an administrator of %2.").arg(adminEmail, from));
    return attachAll(**db, clock);
}

Status fresh(const QString &store, const QString &adminEmail, const QString &password,
             const Clock &clock)
{
    Result<std::unique_ptr<Database>> db = Database::create(store);
    if (!db)
        return db.error();
    Result<qint64> admin = Admin::initialize(**db, clock, adminEmail, QString(), password);
    if (!admin)
        return admin.error();
    return attachAll(**db, clock);
}

} // namespace

Status init(const QString &store, const QString &from, const QString &adminEmail,
            const QString &password, const Clock &clock)
{
    if (QFileInfo::exists(store))
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1 already exists; init makes a new store.").arg(store));
    Status s = from.isEmpty() ? fresh(store, adminEmail, password, clock)
                              : fromCopy(store, from, adminEmail, password, clock);
    if (!s) {
        QFile::remove(store);
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
    }
    return s;
}

Result<QString> restore(const QString &store, const QString &backup, const Clock &clock)
{
    Result<QString> aside = Database::restoreFrom(backup, store);
    if (!aside)
        return aside.error();
    Result<std::unique_ptr<Database>> opened = Database::open(store);
    if (!opened)
        return opened.error();
    Database &db = **opened;
    if (Status s = attachAll(db, clock); !s)
        return s.error();
    Result<std::unique_ptr<ServerAuth>> auth = ServerAuth::attach(db, clock);
    if (!auth)
        return auth.error();
    if (Status s = (*auth)->revokeAll(); !s)
        return s.error();
    return guarded(db, [&]() -> Result<QString> {
        const QString epoch = QString::fromLatin1(IdGenerator().next(clock.nowMs()).toHex());
        db.sql().prepare(ServerSql::kSetEpoch)->bind(1, epoch).run();
        return epoch;
    });
}

} // namespace Voronka::Core::Sync::ServerFile
