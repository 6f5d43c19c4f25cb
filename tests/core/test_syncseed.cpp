// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/syncworld.h"

#include "core/services/pipelinesetup.h"
#include "core/services/records.h"
#include "core/sync/seed.h"

#include <QFile>

using namespace Voronka::Core;
using namespace Voronka::Core::Sync;
using Voronka::Test::SyncWorld;

namespace {

// The seed for `userId` written to a file of the world's directory.
QString seedFile(SyncWorld &w, qint64 userId, const QString &name)
{
    Result<QByteArray> bytes = Seed::make(*w.t.db, userId, w.t.dir.path());
    if (!bytes)
        FAIL(bytes.error().message.toStdString());
    const QString path = w.t.dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(*bytes);
    return path;
}

// "uid:id" of each row of a table, in id order (on either backend).
QStringList uidsAndIds(Database &db, const char *table)
{
    QStringList out;
    Query q = db.sql().prepare(
        QStringLiteral("SELECT uid, id FROM %1 ORDER BY id").arg(QLatin1String(table)));
    while (q->step())
        out << QString::fromLatin1(q->blob(0).toHex()) + u':' + QString::number(q->int64(1));
    return out;
}

qint64 value(Database &db, const QString &sql)
{
    Query q = db.sql().prepare(sql);
    return q->step() ? q->int64(0) : 0;
}

} // namespace

TEST_CASE("seed_ofAStore_holdsTheSettingsWithTheServersIdsAndNoRecord", "[syncseed]")
{
    SyncWorld w;
    REQUIRE(Records(*w.t.admin)
                .create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}}));
    const QString path = seedFile(w, w.manager, QStringLiteral("seed.voronka"));
    CHECK(!QFile::exists(w.t.dir.filePath(QStringLiteral("seed.voronka-wal"))));
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    REQUIRE(opened);
    Database &seed = **opened;
    for (const char *table : {"users", "roles", "departments", "pipelines", "stages", "field_defs",
                              "loss_reasons", "task_types", "tags", "settings", "goals"}) {
        INFO(table);
        CHECK(uidsAndIds(seed, table) == uidsAndIds(*w.t.db, table));
    }
    for (const char *table : {"deals", "contacts", "companies", "tasks", "notes", "history",
                              "outbox", "field_clock", "field_values", "search", "sign_ins",
                              "analytics_days", "analytics_activity", "conflict_log"}) {
        INFO(table);
        CHECK(value(seed, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ==
              0);
    }
    CHECK(value(seed, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                     "'server%'")) == 0);
    if (!w.t.db->onPostgres())
        CHECK(value(*w.t.db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name LIKE "
                                            "'server%'")) > 0);
    // Only the asking user's own password hash travels.
    CHECK(value(seed, QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT "
                                     "NULL")) == 1);
    CHECK(value(seed, QStringLiteral("SELECT id FROM users WHERE password_hash IS NOT NULL")) ==
          w.manager);
    CHECK(Auth::login(seed, QStringLiteral("manager@example.com"), QStringLiteral("pw"),
                      Auth::SignInContext(w.t.clock))
              .ok());
    CHECK(!Auth::login(seed, QStringLiteral("seller@example.com"), QStringLiteral("pw"),
                       Auth::SignInContext(w.t.clock))
               .ok());
    CHECK(value(seed, QStringLiteral("SELECT value FROM meta WHERE key = 'settings_version'")) ==
          *Seed::settingsVersion(*w.t.db));
    CHECK(seed.nodeId() != w.t.db->nodeId());
}

TEST_CASE("seed_refresh_bringsTheServersSettingsChangesAndKeepsRecordsAndTheLocalPassword",
          "[syncseed]")
{
    SyncWorld w;
    const QString first = seedFile(w, w.manager, QStringLiteral("first.voronka"));
    Result<std::unique_ptr<Database>> opened = Database::open(first);
    REQUIRE(opened);
    Database &replica = **opened;
    const qint64 replicaVersion =
        value(replica, QStringLiteral("SELECT value FROM meta WHERE key = 'settings_version'"));

    // An admin renames a stage, adds one and a user on the server.
    const qint64 stage = w.t.firstOpenStage();
    const qint64 pipeline = w.t.admin->pipelines().first().id;
    REQUIRE(PipelineSetup(*w.t.admin).renameStage(stage, QStringLiteral("Qualified")));
    REQUIRE(
        PipelineSetup(*w.t.admin)
            .createStage(pipeline, -1, QStringLiteral("Contract sent"), QStringLiteral("#336699")));
    const qint64 added = w.t.addUser(QStringLiteral("new@example.com"), 1);
    REQUIRE(Admin(*w.t.admin).setSetting(QStringLiteral("task_result_required"), 1));
    const QString second = seedFile(w, w.seller, QStringLiteral("second.voronka"));

    REQUIRE(Seed::refresh(replica, second));
    Query name = replica.sql().prepare("SELECT name FROM stages WHERE id = ?1");
    name->bind(1, stage);
    REQUIRE(name->step());
    CHECK(name->text(0) == QStringLiteral("Qualified"));
    CHECK(value(replica, QStringLiteral("SELECT count(*) FROM stages WHERE name = 'Contract "
                                        "sent'")) == 1);
    CHECK(value(replica, QStringLiteral("SELECT count(*) FROM users WHERE id = %1").arg(added)) ==
          1);
    CHECK(replica.setting(QStringLiteral("task_result_required")).toInt() == 1);
    // The seed of another user carried no hash for this one: the local one stays.
    CHECK(Auth::login(replica, QStringLiteral("manager@example.com"), QStringLiteral("pw"),
                      Auth::SignInContext(w.t.clock))
              .ok());
    CHECK(value(replica, QStringLiteral("SELECT value FROM meta WHERE key = 'settings_version'")) >
          replicaVersion);
    CHECK(value(replica, QStringLiteral("SELECT value FROM meta WHERE key = "
                                        "'sync_settings_version'")) ==
          *Seed::settingsVersion(*w.t.db));
}
