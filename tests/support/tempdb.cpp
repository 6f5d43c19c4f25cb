// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tempdb.h"

#include "core/storage/writeaudit.h"

#include <stdexcept>

#include <sqlite3.h>

namespace Voronka::Test {

using namespace Core;

TempDb::TempDb(Backend backend)
{
    if (backend == Backend::PostgreSQL)
        pg = std::make_unique<PgScratch>();
    Result<std::unique_ptr<Database>> created = Database::create(path());
    if (!created)
        throw std::runtime_error(created.error().message.toStdString());
    db = std::move(created).value();
    Result<qint64> id =
        Admin::initialize(*db, clock, QStringLiteral("admin@example.com"), QStringLiteral("Admin"),
                          QStringLiteral("secret"), Auth::Strength::Fast);
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    adminId = *id;
    admin = sessionFor(adminId);
}

std::unique_ptr<Session> TempDb::sessionFor(qint64 userId)
{
    return std::make_unique<Session>(*db, clock, Auth::readUser(*db, userId), 42);
}

qint64 TempDb::addUser(const QString &email, qint64 roleId, qint64 departmentId)
{
    Admin a(*admin);
    Result<qint64> id = a.createUser(email, email.section(u'@', 0, 0),
                                     Auth::hashPassword(QStringLiteral("pw"), Auth::Strength::Fast),
                                     roleId, departmentId);
    if (!id)
        throw std::runtime_error(id.error().message.toStdString());
    return *id;
}

qint64 TempDb::firstOpenStage(int index)
{
    return admin->pipelines().first().stages.at(index).id;
}

qint64 TempDb::stageOfKind(StageKind kind)
{
    for (const auto &s : admin->pipelines().first().stages)
        if (s.kind == kind)
            return s.id;
    return 0;
}

void writeBehindTheWritePath(Core::Connection &sql, const QString &statement)
{
    const bool open = sql.inTransaction();
    if (!open)
        sql.exec("BEGIN");
    Core::WriteAudit::exempt(sql.handle());
    sql.exec(statement);
    if (!open)
        sql.exec("COMMIT");
}

} // namespace Voronka::Test
