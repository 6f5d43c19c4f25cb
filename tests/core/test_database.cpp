// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/badfiles.h"
#include "support/catch.h"
#include "support/tempdb.h"
#include "support/wait.h"

#include "core/services/integrity.h"
#include "core/services/records.h"
#include "core/storage/schema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sqlite3.h>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The schema as SQLite reports it, for comparing databases built different ways.
QStringList schemaOf(Database &db)
{
    QStringList out;
    Query q = db.sql().prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                               "WHERE name NOT LIKE 'sqlite_%' ORDER BY name");
    while (q->step())
        out << q->text(0) + u'|' + q->text(1) + u'|' + q->text(2) + u'|' + q->text(3);
    return out;
}

void rawExec(const QString &path, const char *sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(h);
}

// Owner read/write and nothing for the group or others.
bool privateToUser(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                            | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return (p & others) == 0 && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner);
}
} // namespace

TEST_CASE("create_setsApplicationIdVersionAndWal")
{
    TempDb t;
    CHECK(t.db->sql().scalar("PRAGMA application_id") == Schema::kApplicationId);
    CHECK(t.db->schemaVersion() == Schema::latestVersion());
    Query q = t.db->sql().prepare("PRAGMA journal_mode");
    REQUIRE(q->step());
    CHECK(q->text(0) == u"wal");
    CHECK(t.db->nodeId().size() == 16);
}

TEST_CASE("create_refusesAnExistingFile")
{
    TempDb t;
    Result<std::unique_ptr<Database>> again = Database::create(t.path());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Conflict);
}

TEST_CASE("open_missingFile_saysSo")
{
    QTemporaryDir dir;
    Result<std::unique_ptr<Database>> db =
        Database::open(dir.filePath(QStringLiteral("nope.voronka")));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::NotFound);
}

TEST_CASE("open_textFile_isNotVoronkaAndUntouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("This is a shopping list, not a database.\n").repeated(200));
    f.close();
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::NotVoronka);
    CHECK(db.error().message.contains(u"notes.txt"));
    CHECK(fileHash(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("notes.txt")});
}

TEST_CASE("open_otherSqliteDatabase_isNotVoronkaAndUntouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawExec(path, "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::NotVoronka);
    CHECK(fileHash(path) == before);
}

TEST_CASE("open_newerSchema_isRefusedAndUntouched")
{
    TempDb t;
    const QString path = t.path();
    t.admin.reset();
    t.db.reset();
    rawExec(path, "PRAGMA journal_mode=DELETE; PRAGMA user_version=999;");
    const QByteArray before = fileHash(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::TooNew);
    CHECK(db.error().message.contains(u"newer version"));
    CHECK(fileHash(path) == before);
}

TEST_CASE("open_corruptFile_isReportedAsDamaged")
{
    TempDb t;
    const QString path = t.path();
    for (int i = 0; i < 50; ++i)
        REQUIRE(Records(*t.admin)
                    .create(EntityKind::Contact,
                            {{QStringLiteral("name"), QStringLiteral("Contact %1").arg(i)}})
                    .ok());
    t.admin.reset();
    t.db.reset();
    rawExec(path, "PRAGMA journal_mode=DELETE;");
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray data = f.readAll();
    // Keep the header (so the file still claims to be SQLite) and wreck the pages after it.
    for (qsizetype i = 4096; i < data.size(); ++i)
        data[i] = char(0xA5);
    f.seek(0);
    f.write(data);
    f.close();
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE_FALSE(db.ok());
    CHECK((db.error().code == Error::Code::Corrupt || db.error().code == Error::Code::NotVoronka));
}

TEST_CASE("open_refusedFile_isByteIdenticalWithNoNewSideFiles")
{
    struct Case
    {
        const char *name;
        const char *damage; // SQL run on the closed file, or a table to overwrite
        bool sql;
        Error::Code code;
        const char *says;
    };
    const Case c = GENERATE(
        Case{"newer", "PRAGMA user_version=999", true, Error::Code::TooNew, "newer version"},
        Case{"unversioned", "PRAGMA user_version=0", true, Error::Code::Corrupt,
             "no Voronka schema version (0)"},
        Case{"negative", "PRAGMA user_version=-3", true, Error::Code::Corrupt,
             "no Voronka schema version (-3)"},
        Case{"foreign", "PRAGMA application_id=42", true, Error::Code::NotVoronka,
             "not a Voronka database"},
        Case{"damaged", "meta", false, Error::Code::Corrupt, "is damaged"},
        // Voronka's mark over tables that are not Voronka's: refused before a migration or
        // the sign-in writes, whether its version is this build's or an older one.
        Case{"foreignTable", "CREATE TABLE invoices(number, total)", true,
             Error::Code::NotVoronka, "table \"invoices\" does not match schema"},
        Case{"foreignColumns", "ALTER TABLE meta RENAME TO meta_old; CREATE TABLE meta(k, v)",
             true, Error::Code::NotVoronka, "table \"meta\" does not match schema"},
        Case{"olderAndForeign", "PRAGMA user_version=2; CREATE TABLE invoices(number)", true,
             Error::Code::NotVoronka, "its tables are not Voronka's"});
    CAPTURE(c.name);
    TempDb t;
    const QString path = t.path();
    t.admin.reset();
    t.db.reset();
    rawExec(path, "PRAGMA journal_mode"); // the last connection folds the WAL back
    if (c.sql)
        rawExec(path, c.damage);
    else
        REQUIRE(Voronka::Test::damageTable(path, c.damage));
    const QStringList filesBefore = QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden);
    REQUIRE(filesBefore == QStringList{QStringLiteral("test.voronka")});
    const QByteArray before = fileHash(path);

    for (int i = 0; i < 2; ++i) { // refused alike the second time: nothing was rewritten
        Result<std::unique_ptr<Database>> db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().code == c.code);
        CHECK(db.error().message.contains(QLatin1String(c.says)));
        CHECK(db.error().message.contains(u"test.voronka"));
        CHECK(fileHash(path) == before);
        CHECK(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden) == filesBefore);
    }
}

TEST_CASE("open_lockedFile_saysLocked")
{
    TempDb t;
    const QString path = t.path();
    t.admin.reset();
    t.db.reset();
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h,
                         "PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE; "
                         "INSERT INTO meta VALUES('x', 1);",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    Database::Options o;
    o.busyTimeoutMs = 100;
    Result<std::unique_ptr<Database>> db = Database::open(path, o);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == Error::Code::Locked);
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
}

TEST_CASE("migrations_fromEveryEarlierVersion_matchAFreshSchemaAndKeepData")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("fresh.voronka"));
    Result<std::unique_ptr<Database>> latest = Database::create(fresh);
    REQUIRE(latest.ok());
    const QStringList expected = schemaOf(**latest);
    for (int v = 1; v < Schema::latestVersion(); ++v) {
        INFO("upgrading from schema version " << v);
        const QString path = dir.filePath(QStringLiteral("v%1.voronka").arg(v));
        {
            Result<std::unique_ptr<Database>> old = Database::createAtVersion(path, v);
            REQUIRE(old.ok());
            (*old)->setMeta(QStringLiteral("marker"), QStringLiteral("kept"));
        }
        Result<std::unique_ptr<Database>> upgraded = Database::open(path);
        REQUIRE(upgraded.ok());
        CHECK((*upgraded)->schemaVersion() == Schema::latestVersion());
        CHECK(schemaOf(**upgraded) == expected);
        CHECK((*upgraded)->meta(QStringLiteral("marker")).toString() == u"kept");
        // The pre-migration backup copy exists next to the file.
        const QStringList backups =
            QDir(dir.path()).entryList({QStringLiteral("v%1.voronka.v%1-*.bak").arg(v)});
        CHECK(backups.size() == 1);
    }
}

// v11: a file indexed before phone endings were is indexed again, so "640-11-66" finds the
// contacts and companies it already holds.
TEST_CASE("migration11_indexesThePhoneEndingsOfExistingContactsAndCompanies")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v10.voronka"));
    REQUIRE(Database::createAtVersion(path, 10).ok());
    rawExec(path,
            "INSERT INTO contacts(id, uid, name, phones, created_at, updated_at, hlc) "
            "VALUES(1, x'01', 'Vera', '[\"+7 999 640-11-66\"]', 0, 0, 1);"
            "INSERT INTO companies(id, uid, name, phones, created_at, updated_at, hlc) "
            "VALUES(1, x'02', 'Harbor', '[\"+44 7700 900123\"]', 0, 0, 1);"
            "INSERT INTO contacts(id, uid, name, phones, created_at, updated_at, hlc, deleted) "
            "VALUES(2, x'03', 'Gone', '[\"+7 999 640-11-66\"]', 0, 0, 1, 1);"
            "INSERT INTO search(rowid, name, phones) VALUES(6, 'Vera', '79996401166 9996401166');"
            "INSERT INTO search(rowid, name, phones) VALUES(7, 'Harbor', '447700900123 7700900123');");
    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE(db.ok());
    Connection &c = (*db)->sql();
    const auto matches = [&](const char *digits) {
        Query q = c.prepare("SELECT group_concat(rowid) FROM search WHERE search MATCH ?1");
        q->bind(1, QStringLiteral("{phones} : \"%1\"*").arg(QLatin1String(digits)));
        return q->step() ? q->text(0) : QString();
    };
    CHECK(matches("6401166") == u"6");
    CHECK(matches("40116") == u"6");
    CHECK(matches("900123") == u"7");
    CHECK(matches("79996401166") == u"6"); // the whole number still
    CHECK(c.scalar("SELECT count(*) FROM search") == 2); // nothing indexed for the deleted one
}

TEST_CASE("open_anOlderFileFromTwoThreadsAtOnce_bothUpgradeItOnce")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.voronka"));
    {
        Result<std::unique_ptr<Database>> old = Database::createAtVersion(path, 1);
        REQUIRE(old.ok());
        (*old)->setMeta(QStringLiteral("marker"), QStringLiteral("kept"));
    }
    for (int round = 0; round < 3; ++round) {
        if (round > 0) { // back to the older file for another race
            REQUIRE(QFile::remove(path));
            REQUIRE(Database::createAtVersion(path, 1).ok());
        }
        QString errors[2];
        int versions[2] = {0, 0};
        QThread *threads[2];
        for (int i = 0; i < 2; ++i)
            threads[i] = QThread::create([&, i] {
                Result<std::unique_ptr<Database>> db = Database::open(path);
                if (db)
                    versions[i] = (*db)->schemaVersion();
                else
                    errors[i] = db.error().message;
            });
        for (QThread *th : threads)
            th->start();
        for (QThread *th : threads) {
            th->wait();
            delete th;
        }
        CAPTURE(round, errors[0].toStdString(), errors[1].toStdString());
        CHECK(versions[0] == Schema::latestVersion());
        CHECK(versions[1] == Schema::latestVersion());
    }
}

TEST_CASE("backup_whileWriting_isAConsistentVoronkaFile")
{
    TempDb t;
    Records r(*t.admin);
    for (int i = 0; i < 20; ++i)
        REQUIRE(r.create(EntityKind::Company,
                         {{QStringLiteral("name"), QStringLiteral("Co %1").arg(i)}})
                    .ok());
    // Another connection holds an open write transaction while the backup runs.
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(t.path().toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "BEGIN IMMEDIATE; UPDATE companies SET name = 'uncommitted';", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    const QString out = t.dir.filePath(QStringLiteral("copy.voronka"));
    REQUIRE(t.db->backupTo(out).ok());
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
    Result<std::unique_ptr<Database>> copy = Database::open(out);
    REQUIRE(copy.ok());
    CHECK((*copy)->sql().scalar("SELECT count(*) FROM companies WHERE name LIKE 'Co %'") == 20);
    Result<QStringList> problems = Integrity::check(**copy);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    CHECK_FALSE(t.db->backupTo(out).ok()); // never overwrites
}

TEST_CASE("checkpointer_foldsTheWalBackOffTheWritingThread")
{
    TempDb t;
    const QString wal = t.path() + QStringLiteral("-wal");
    const qint64 before = QFileInfo(t.path()).size();
    Records r(*t.admin);
    t.admin->beginBatch();
    const QString filler(400, QLatin1Char('x'));
    for (int i = 0; i < 12000; ++i)
        REQUIRE(
            r.create(EntityKind::Company, {{QStringLiteral("name"), QStringLiteral("Co %1").arg(i)},
                                           {QStringLiteral("address"), filler}})
                .ok());
    REQUIRE(t.admin->commitBatch().ok());
    // SQLite's own checkpoint is off on the writing connection: only the background thread
    // moves pages into the main file.
    CHECK(t.db->sql().scalar("PRAGMA wal_autocheckpoint") == 0);
    REQUIRE(QFileInfo(wal).size() > Checkpointer::kWalLimitBytes);
    // The checkpointer ticks on its own thread; the bound only keeps a broken one from hanging
    // the suite.
    CHECK(Voronka::Test::waitUntil(
        [&] { return QFileInfo(t.path()).size() > before + 4 * 1024 * 1024; }, 30000));
}

TEST_CASE("createdFilesAndBackups_arePrivateToTheUser")
{
    TempDb t;
    CHECK(privateToUser(t.path()));
    CHECK(privateToUser(t.path() + QStringLiteral("-wal")));
    CHECK(privateToUser(t.path() + QStringLiteral("-shm")));
    const QString out = t.dir.filePath(QStringLiteral("backup.voronka"));
    REQUIRE(t.db->backupTo(out).ok());
    CHECK(privateToUser(out));

    // The copy kept before a migration too.
    const QString old = t.dir.filePath(QStringLiteral("old.voronka"));
    REQUIRE(Database::createAtVersion(old, 1).ok());
    CHECK(privateToUser(old));
    REQUIRE(Database::open(old).ok());
    const QStringList baks = QDir(t.dir.path())
                                 .entryList({QStringLiteral("old.voronka.v1-*.bak")}, QDir::Files);
    REQUIRE(baks.size() == 1);
    CHECK(privateToUser(t.dir.filePath(baks.first())));
}

TEST_CASE("check_whileAnotherProcessHoldsAWriteLock_reportsNoDamage")
{
    TempDb t;
    Records r(*t.admin);
    REQUIRE(r.create(EntityKind::Company, {{QStringLiteral("name"), QStringLiteral("Vector")}})
                .ok());
    const QString path = t.path();
    t.admin.reset();
    t.db.reset();
    Database::Options o;
    o.busyTimeoutMs = 200; // the lock outlasts it
    Result<std::unique_ptr<Database>> db = Database::open(path, o);
    REQUIRE(db.ok());
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &h) == SQLITE_OK);
    REQUIRE(sqlite3_exec(h, "BEGIN IMMEDIATE; UPDATE companies SET name = 'uncommitted';", nullptr,
                         nullptr, nullptr) == SQLITE_OK);
    for (bool quick : {false, true}) {
        Result<QStringList> problems = Integrity::check(**db, quick);
        REQUIRE(problems.ok());
        CAPTURE(quick, problems->join(u'\n').toStdString());
        CHECK(problems->isEmpty());
    }
    sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(h);
}
