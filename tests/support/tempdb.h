// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "support/pgtest.h"

#include <QTemporaryDir>

#include <memory>

namespace Voronka::Test {

// A fresh database in a temporary directory with an admin session on a fixed clock
// (2026-03-02 09:00 UTC) and seeded ids: every test starts from the same state. On
// Backend::PostgreSQL the database is a schema of its own on the test cluster (pgtest.h).
struct TempDb
{
    static constexpr qint64 kStart = 1772442000000LL;
    QTemporaryDir dir;
    std::unique_ptr<PgScratch> pg; // set on PostgreSQL
    Core::ManualClock clock{kStart};
    std::unique_ptr<Core::Database> db;
    std::unique_ptr<Core::Session> admin;
    qint64 adminId = 0;

    explicit TempDb(Backend backend = Backend::SQLite);
    QString path() const { return pg ? pg->uri() : dir.filePath(QStringLiteral("test.voronka")); }
    // A session for another user of the same database.
    std::unique_ptr<Core::Session> sessionFor(qint64 userId);
    qint64 addUser(const QString &email, qint64 roleId, qint64 departmentId = 0);
    qint64 firstOpenStage(int index = 0);
    qint64 stageOfKind(Core::StageKind kind);
};

// A statement that changes synced rows behind the write path on purpose (a newer version's
// value, a damaged or foreign row): the write audit lets it pass.
void writeBehindTheWritePath(Core::Connection &sql, const QString &statement);

} // namespace Voronka::Test
