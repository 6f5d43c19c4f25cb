// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// An older Voronka database on PostgreSQL is upgraded by the file migrations when it is opened
// for writing (Database::upgradeOnPostgres, PgLoad::upgrade): the store is made for real at the
// schema before the latest (an SQLite file at that version, with records written through the
// services of that time, loaded into PostgreSQL with the PostgreSQL schema of that version),
// with the server's tables beside it.
#include "support/catch.h"
#include "support/pgtest.h"

#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/storage/pgload.h"
#include "core/storage/schema.h"
#include "core/storage/sqlite.h"
#include "core/sync/servertables.h"
#include "core/util/clock.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <map>

using namespace Voronka::Core;
using namespace Voronka::Test;

namespace {

constexpr qint64 kStart = 1772442000000LL;
const QString kName = QStringLiteral("name");

// A team's file at `version` with users, a custom field, deals with budgets and stage moves
// (history), a task, a contact and a field value, written through the services.
void fillOlderFile(const QString &path, int version)
{
    Result<std::unique_ptr<Database>> old = Database::createAtVersion(path, version);
    REQUIRE(old.ok());
    ManualClock clock(kStart);
    Result<qint64> adminId =
        Admin::initialize(**old, clock, QStringLiteral("admin@example.com"),
                          QStringLiteral("Admin"), QStringLiteral("secret"), Auth::Strength::Fast);
    REQUIRE(adminId.ok());
    Session s(**old, clock, Auth::readUser(**old, *adminId), 7);
    Admin admin(s);
    const qint64 role =
        *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::All));
    REQUIRE(admin
                .createUser(QStringLiteral("carol@example.com"), QStringLiteral("Carol"),
                            Auth::hashPassword(QStringLiteral("pw"), Auth::Strength::Fast), role, 0)
                .ok());
    const Result<qint64> field = admin.createFieldDef(FieldDef{
        0, EntityKind::Deal, QStringLiteral("Region"), FieldType::Text, {}, {}, 1, 0, false});
    REQUIRE(field.ok());
    Records records(s);
    const QList<PipelineInfo> pipelines = s.pipelines();
    for (int i = 0; i < 6; ++i) {
        Result<qint64> deal = records.create(
            EntityKind::Deal, {{kName, QStringLiteral("Сделка %1").arg(i)},
                               {QStringLiteral("budget"), 1000 * (i + 1)},
                               {QStringLiteral("stage_id"), pipelines.first().stages.at(0).id},
                               {QStringLiteral("cf.%1").arg(*field), QStringLiteral("Север")}});
        REQUIRE(deal.ok());
        clock.advance(3600000);
        REQUIRE(records
                    .update(EntityKind::Deal, *deal,
                            {{QStringLiteral("stage_id"), pipelines.first().stages.at(1).id}})
                    .ok());
        if (i % 2 == 0)
            REQUIRE(records
                        .create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                                   {QStringLiteral("entity_kind"), 1},
                                                   {QStringLiteral("entity_id"), *deal}})
                        .ok());
    }
    REQUIRE(records.create(EntityKind::Contact, {{kName, QStringLiteral("Иван Петров")}}).ok());
    REQUIRE((*old)->schemaVersion() == version);
}

// The server's tables with rows, as a store that served for a while has them.
void addServerTables(Connection &pg)
{
    pg.exec(Voronka::Core::Sync::ServerSql::kTables);
    pg.exec("INSERT INTO server_state(id, seq, epoch) VALUES(1, 3, 'e0e0e0')");
    for (int seq = 1; seq <= 3; ++seq)
        pg.exec(QStringLiteral("INSERT INTO server_log(seq, entity_type, entity_uid, user_id, "
                               "mutation_id, fields, at, existed, resp_before, pipe_before, "
                               "resp_after, pipe_after) VALUES(%1, 'deal', 'u%1', 1, 'm%1', "
                               "'{}', %1, 0, 0, 0, 0, 0)")
                    .arg(seq));
    pg.exec("INSERT INTO server_receipts(mutation_id, user_id, device_id, body_hash, receipt, at) "
            "VALUES('m1', 1, 'dev', 'hash', '{\"ok\":true}', 5)");
}

// Every row of every table of the schema, and every table, view, function and trigger in it:
// a fingerprint of the store as a whole.
std::map<QString, QString> fingerprint(Connection &pg)
{
    std::map<QString, QString> out;
    QStringList tables;
    {
        Query q = pg.prepare("SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = current_schema() AND table_type = 'BASE TABLE'");
        while (q->step())
            tables << q->text(0);
    }
    for (const QString &t : tables) {
        Query q = pg.prepare(
            QStringLiteral("SELECT count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' "
                           "ORDER BY x::text)), '') FROM \"%1\" x")
                .arg(t));
        REQUIRE(q->step());
        out[QStringLiteral("rows ") + t] = q->text(0);
    }
    Query objects = pg.prepare(
        "SELECT 'class ' || relname || ' ' || relkind::text FROM pg_class WHERE relnamespace = "
        "current_schema()::regnamespace UNION ALL SELECT 'function ' || proname FROM pg_proc "
        "WHERE pronamespace = current_schema()::regnamespace UNION ALL SELECT 'trigger ' || "
        "tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = "
        "current_schema()::regnamespace AND NOT t.tgisinternal");
    while (objects->step())
        out[objects->text(0)] = QString();
    return out;
}

qint64 scalarOf(Connection &c, const QString &sql)
{
    Query q = c.prepare(sql);
    REQUIRE(q->step());
    return q->isNull(0) ? 0 : q->int64(0);
}

// The counts of the tables an upgrade must keep whole.
const QStringList kCounted{
    QStringLiteral("users"),        QStringLiteral("deals"),      QStringLiteral("history"),
    QStringLiteral("field_values"), QStringLiteral("field_defs"), QStringLiteral("tasks"),
    QStringLiteral("contacts"),     QStringLiteral("outbox"),     QStringLiteral("analytics_days")};

} // namespace

TEST_CASE("pgMigrate_anOlderStoreOpenedForWritingIsUpgradedWithItsRowsAndServerTables", "[pg]")
{
    if (pgUri().isEmpty())
        return;
    // Before v13, whose analytics_activity table and day-giving data step these cases read.
    const int older = 12;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("team.voronka"));
    fillOlderFile(file, older);

    // The same file upgraded the file's way: what the PostgreSQL store must hold afterwards.
    const QString expectedPath = dir.filePath(QStringLiteral("expected.voronka"));
    REQUIRE(QFile::copy(file, expectedPath));
    Result<std::unique_ptr<Database>> expected = Database::open(expectedPath);
    REQUIRE(expected.ok());
    REQUIRE((*expected)->schemaVersion() == Schema::latestVersion());

    PgScratch scratch;
    {
        Connection pg(scratch.uri(), Connection::Mode::ReadWrite);
        Connection lite(file, Connection::Mode::ReadOnly);
        PgLoad::create(pg, lite);
        addServerTables(pg);
        CHECK(pg.scalar("SELECT value FROM voronka_meta WHERE key = 'user_version'") == older);
        CHECK(pg.scalar("SELECT to_regclass('analytics_activity') IS NULL") == 1);
    }

    // Read-only: refused, saying what to do.
    Database::Options readOnly;
    readOnly.readOnly = true;
    Result<std::unique_ptr<Database>> refused = Database::open(scratch.uri(), readOnly);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QLatin1String("opened for writing once")));

    Database::Options options;
    options.upgradeBackupDir = dir.filePath(QStringLiteral("backups"));
    REQUIRE(QDir().mkpath(options.upgradeBackupDir));
    Result<std::unique_ptr<Database>> opened = Database::open(scratch.uri(), options);
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    Database &db = **opened;
    CHECK(db.schemaVersion() == Schema::latestVersion());

    // The backup from before: a Voronka file at the older version with the store's rows.
    REQUIRE_FALSE(db.upgradeBackup().isEmpty());
    CHECK(QFileInfo(db.upgradeBackup()).absolutePath() ==
          QFileInfo(options.upgradeBackupDir).absoluteFilePath());
    {
        Connection backup(db.upgradeBackup(), Connection::Mode::ReadOnly);
        CHECK(backup.scalar("PRAGMA user_version") == older);
        CHECK(backup.scalar("SELECT count(*) FROM deals") == 6);
    }

    // Every row is there, and the older file's migration data steps ran on them (the v13
    // aggregates are filled), exactly as on the file.
    Connection &pg = db.sql();
    Connection &lite = (*expected)->sql();
    for (const QString &table : kCounted) {
        INFO(table.toStdString());
        CHECK(scalarOf(pg, QStringLiteral("SELECT count(*) FROM %1").arg(table)) ==
              scalarOf(lite, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    }
    CHECK(pg.scalar("SELECT count(*) FROM deals") == 6);
    CHECK(pg.scalar("SELECT count(*) FROM analytics_activity") > 0);
    CHECK(scalarOf(pg, QStringLiteral("SELECT sum(n) FROM analytics_activity")) ==
          scalarOf(lite, QStringLiteral("SELECT sum(n) FROM analytics_activity")));
    CHECK(scalarOf(pg, QStringLiteral("SELECT sum(n) FROM analytics_days")) ==
          scalarOf(lite, QStringLiteral("SELECT sum(n) FROM analytics_days")));
    CHECK(scalarOf(pg, QStringLiteral("SELECT sum(budget) FROM deals")) == 21000);

    // The server's tables as they were.
    CHECK(pg.scalar("SELECT seq FROM server_state WHERE id = 1") == 3);
    {
        Query q = pg.prepare("SELECT epoch FROM server_state WHERE id = 1");
        REQUIRE(q->step());
        CHECK(q->text(0) == u"e0e0e0");
    }
    CHECK(pg.scalar("SELECT count(*) FROM server_log") == 3);
    CHECK(pg.scalar("SELECT count(*) FROM server_receipts") == 1);

    // The write path works on the new schema: a deal is made, its id continues after the
    // largest, the aggregate triggers count it.
    ManualClock clock(kStart + 86400000LL * 3);
    Result<UserInfo> admin =
        Auth::login(db, QStringLiteral("admin@example.com"), QStringLiteral("secret"),
                    Auth::SignInContext(clock, QStringLiteral("test")));
    REQUIRE(admin.ok());
    Session s(db, clock, *admin, 9);
    const qint64 maxId = pg.scalar("SELECT max(id) FROM deals");
    const qint64 counted = pg.scalar("SELECT coalesce(sum(n), 0) FROM analytics_days");
    const qint64 activity = pg.scalar("SELECT coalesce(sum(n), 0) FROM analytics_activity");
    Records records(s);
    Result<qint64> deal =
        records.create(EntityKind::Deal, {{kName, QStringLiteral("После обновления")},
                                          {QStringLiteral("budget"), 500}});
    REQUIRE(deal.ok());
    CHECK(*deal > maxId);
    CHECK(pg.scalar("SELECT coalesce(sum(n), 0) FROM analytics_days") > counted);
    REQUIRE(records
                .create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                           {QStringLiteral("entity_kind"), 1},
                                           {QStringLiteral("entity_id"), *deal}})
                .ok());
    CHECK(pg.scalar("SELECT coalesce(sum(n), 0) FROM analytics_activity") > activity);

    // Opened again: nothing more to upgrade, no second backup.
    Result<std::unique_ptr<Database>> again = Database::open(scratch.uri(), options);
    REQUIRE(again.ok());
    CHECK((*again)->upgradeBackup().isEmpty());
    CHECK(QDir(options.upgradeBackupDir).entryList(QDir::Files).size() == 1);
}

TEST_CASE("pgMigrate_aFailingUpgradeLeavesTheStoreAsItWas", "[pg]")
{
    if (pgUri().isEmpty())
        return;
    // Before v13, whose analytics_activity table and day-giving data step these cases read.
    const int older = 12;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("team.voronka"));
    fillOlderFile(file, older);
    PgScratch scratch;
    Connection pg(scratch.uri(), Connection::Mode::ReadWrite);
    {
        Connection lite(file, Connection::Mode::ReadOnly);
        PgLoad::create(pg, lite);
        addServerTables(pg);
    }
    // Without the analytics day offset the v13 step cannot give the deals' days and the
    // contacts' and tasks' activity a day (analytics_days.day, analytics_activity.day are NOT
    // NULL): the migration fails on these rows.
    pg.exec("UPDATE meta SET key = 'analytics_offset_ms_aside' WHERE key = "
            "'analytics_offset_ms'");
    const std::map<QString, QString> before = fingerprint(pg);

    // No backup, no upgrade: a backup folder that does not exist stops it before anything.
    Database::Options options;
    options.upgradeBackupDir = dir.filePath(QStringLiteral("missing"));
    Result<std::unique_ptr<Database>> noBackup = Database::open(scratch.uri(), options);
    REQUIRE_FALSE(noBackup.ok());
    CAPTURE(noBackup.error().message.toStdString());
    CHECK(noBackup.error().message.contains(
        QStringLiteral("No backup could be made in %1 before the upgrade")
            .arg(QDir::toNativeSeparators(options.upgradeBackupDir))));
    CHECK(fingerprint(pg) == before);

    options.upgradeBackupDir = dir.path();
    Result<std::unique_ptr<Database>> failed = Database::open(scratch.uri(), options);
    REQUIRE_FALSE(failed.ok());
    const QString message = failed.error().message;
    CAPTURE(message.toStdString());
    CHECK(message.contains(QLatin1String("could not be upgraded")));
    CHECK(message.contains(QLatin1String("left as it was")));
    CHECK(message.contains(QLatin1String("NOT NULL constraint failed")));
    CHECK(message.contains(QDir::toNativeSeparators(dir.path())));
    CHECK(fingerprint(pg) == before);
    CHECK(pg.scalar("SELECT value FROM voronka_meta WHERE key = 'user_version'") == older);

    // Put right, the next open upgrades it.
    pg.exec("UPDATE meta SET key = 'analytics_offset_ms' WHERE key = "
            "'analytics_offset_ms_aside'");
    Result<std::unique_ptr<Database>> opened = Database::open(scratch.uri(), options);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == Schema::latestVersion());
    CHECK((*opened)->sql().scalar("SELECT count(*) FROM deals") == 6);
    CHECK((*opened)->sql().scalar("SELECT count(*) FROM server_log") == 3);
}

// Every earlier version has a PostgreSQL form, and a store of it is upgraded to the latest with
// the schema a new store has (tables, columns, indexes, views, triggers, functions).
TEST_CASE("pgMigrate_fromEveryEarlierVersion_matchesANewStore", "[pg]")
{
    if (pgUri().isEmpty())
        return;
    const auto schemaOf = [](Connection &pg) {
        QStringList out;
        Query q = pg.prepare(
            "SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type || ' ' || "
            "is_nullable || ' ' || coalesce(collation_name, '') FROM information_schema.columns "
            "WHERE table_schema = current_schema() UNION ALL SELECT 'index ' || indexname || ' ' "
            "|| regexp_replace(indexdef, ' ON \\S+\\.', ' ON ') FROM pg_indexes WHERE "
            "schemaname = current_schema() UNION ALL SELECT 'view ' || viewname FROM pg_views "
            "WHERE schemaname = current_schema() UNION ALL SELECT 'function ' || proname FROM "
            "pg_proc WHERE pronamespace = current_schema()::regnamespace UNION ALL SELECT "
            "'trigger ' || c.relname || ' ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid "
            "= t.tgrelid WHERE c.relnamespace = current_schema()::regnamespace AND NOT "
            "t.tgisinternal");
        while (q->step())
            out << q->text(0);
        out.sort();
        return out;
    };
    QStringList expected;
    {
        PgScratch fresh;
        Result<std::unique_ptr<Database>> made = Database::create(fresh.uri());
        REQUIRE(made.ok());
        expected = schemaOf((*made)->sql());
    }
    QTemporaryDir dir;
    for (int v = 1; v < Schema::latestVersion(); ++v) {
        INFO("from schema version " << v);
        const QString file = dir.filePath(QStringLiteral("v%1.voronka").arg(v));
        {
            Result<std::unique_ptr<Database>> old = Database::createAtVersion(file, v);
            REQUIRE(old.ok());
            (*old)->setMeta(QStringLiteral("marker"), QStringLiteral("kept"));
        }
        PgScratch scratch;
        {
            Connection pg(scratch.uri(), Connection::Mode::ReadWrite);
            Connection lite(file, Connection::Mode::ReadOnly);
            PgLoad::create(pg, lite);
        }
        Database::Options options;
        options.upgradeBackupDir = dir.path();
        Result<std::unique_ptr<Database>> upgraded = Database::open(scratch.uri(), options);
        INFO((upgraded.ok() ? QString() : upgraded.error().message).toStdString());
        REQUIRE(upgraded.ok());
        CHECK((*upgraded)->schemaVersion() == Schema::latestVersion());
        CHECK((*upgraded)->meta(QStringLiteral("marker")).toString() == u"kept");
        const QStringList got = schemaOf((*upgraded)->sql());
        QStringList missing, extra;
        for (const QString &s : expected)
            if (!got.contains(s))
                missing << s;
        for (const QString &s : got)
            if (!expected.contains(s))
                extra << s;
        INFO("missing: " << missing.join(u'\n').toStdString());
        INFO("extra: " << extra.join(u'\n').toStdString());
        CHECK(got == expected);
    }
}
