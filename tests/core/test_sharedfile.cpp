// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/storage/database.h"
#include "core/storage/filesystem.h"
#include "core/storage/lockcanary.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QString pragmaText(Database &db, const char *pragma)
{
    Query q = db.sql().prepare(pragma);
    REQUIRE(q->step());
    return q->text(0);
}

// A closed Voronka file made by the test database fixture.
QString madeFile(TempDb &t)
{
    const QString path = t.path();
    t.admin.reset();
    t.db.reset();
    return path;
}

// Writes a canary slot the way another program would, without holding its lock.
void writeSlot(const QString &dbPath, int slot, const QString &host, qint64 pid, qint64 t)
{
    QFile f(LockCanary::sidePath(dbPath));
    REQUIRE(f.open(QIODevice::ReadWrite));
    const QJsonObject o{
        {QStringLiteral("v"), 1},       {QStringLiteral("user"), QStringLiteral("Olga")},
        {QStringLiteral("host"), host}, {QStringLiteral("pid"), pid},
        {QStringLiteral("t"), t},       {QStringLiteral("c"), 7}};
    REQUIRE(f.seek(slot * LockCanary::kSlotBytes));
    f.write(
        QJsonDocument(o).toJson(QJsonDocument::Compact).leftJustified(LockCanary::kSlotBytes, ' '));
}

} // namespace

TEST_CASE("cloudService_namesTheServiceByFolderOrMarker", "[shared]")
{
    QTemporaryDir dir;
    const auto at = [&](const QString &rel) {
        return dir.filePath(rel);
    };
    CHECK(Filesystem::cloudService(at(QStringLiteral("Dropbox (Acme)/crm/crm.voronka"))) ==
          u"Dropbox");
    CHECK(Filesystem::cloudService(at(QStringLiteral("OneDrive - Acme/crm.voronka"))) ==
          u"OneDrive");
    CHECK(Filesystem::cloudService(at(QStringLiteral(
              "Library/Mobile Documents/com~apple~CloudDocs/crm.voronka"))) == u"iCloud Drive");
    CHECK(Filesystem::cloudService(at(QStringLiteral(
              "Library/CloudStorage/GoogleDrive-me@example.com/My Drive/a.voronka"))) ==
          u"Google Drive");
    CHECK(Filesystem::cloudService(at(QStringLiteral("Yandex.Disk/crm.voronka"))) ==
          u"Yandex.Disk");
    CHECK(Filesystem::cloudService(at(QStringLiteral("pCloud Drive/crm.voronka"))) == u"pCloud");
    CHECK(Filesystem::cloudService(at(QStringLiteral("Box/crm.voronka"))) == u"Box");
    // The file's own name, and folders that only resemble one, do not count.
    CHECK(Filesystem::cloudService(at(QStringLiteral("Dropbox.voronka"))).isEmpty());
    CHECK(Filesystem::cloudService(at(QStringLiteral("boxes/crm.voronka"))).isEmpty());
    CHECK(Filesystem::cloudService(at(QStringLiteral("crm.voronka"))).isEmpty());

    // A synchronised root renamed by the user is known by the marker its client keeps there.
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("Team files/sales")));
    QFile marker(at(QStringLiteral("Team files/.dropbox")));
    REQUIRE(marker.open(QIODevice::WriteOnly));
    marker.close();
    CHECK(Filesystem::cloudService(at(QStringLiteral("Team files/sales/crm.voronka"))) ==
          u"Dropbox");
    CHECK(Filesystem::locate(at(QStringLiteral("Team files/sales/crm.voronka"))).kind ==
          FileLocation::Kind::Cloud);
}

TEST_CASE("localTemporaryFolder_isLocal", "[shared]")
{
    QTemporaryDir dir;
    CHECK(Filesystem::networkFileSystem(dir.filePath(QStringLiteral("crm.voronka"))).isEmpty());
    CHECK(Filesystem::locate(dir.filePath(QStringLiteral("crm.voronka"))).kind ==
          FileLocation::Kind::Local);
}

TEST_CASE("fileInCloudFolder_isRefusedAndLeftUntouched", "[shared]")
{
    TempDb t;
    const QString source = madeFile(t);
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("OneDrive - Acme")));
    const QString path = dir.filePath(QStringLiteral("OneDrive - Acme/crm.voronka"));
    REQUIRE(QFile::copy(source, path));
    const QByteArray before = bytesOf(path);

    Result<std::unique_ptr<Database>> db = Database::open(path);
    REQUIRE(!db);
    CHECK(db.error().message ==
          QStringLiteral("%1 is in a folder that OneDrive synchronises: it copies the file while "
                         "Voronka writes it, which damages it or loses changes. Move the file to a "
                         "folder of this computer or to a network share.")
              .arg(QDir::toNativeSeparators(path)));
    CHECK(bytesOf(path) == before);
    CHECK(filesIn(dir.filePath(QStringLiteral("OneDrive - Acme"))) ==
          QStringList{QStringLiteral("crm.voronka")});

    const QString fresh = dir.filePath(QStringLiteral("OneDrive - Acme/new.voronka"));
    CHECK(!Database::create(fresh));
    CHECK(!QFileInfo::exists(fresh));
}

TEST_CASE("pragmas_followTheMode", "[shared]")
{
    TempDb t;
    const QString path = madeFile(t);
    {
        std::unique_ptr<Database> local = Database::open(path).value();
        CHECK(!local->shared());
        CHECK(pragmaText(*local, "PRAGMA journal_mode") == u"wal");
        CHECK(local->sql().scalar("PRAGMA synchronous") == 1); // NORMAL
        CHECK(local->sql().scalar("PRAGMA mmap_size") == 268435456);
        CHECK(local->sql().busyRetries() == 0);
        CHECK(!QFileInfo::exists(LockCanary::sidePath(path)));
    }
    Database::Options o;
    o.shared = Database::Options::Shared::On;
    {
        std::unique_ptr<Database> shared = Database::open(path, o).value();
        CHECK(shared->shared());
        CHECK(pragmaText(*shared, "PRAGMA journal_mode") == u"delete");
        CHECK(shared->sql().scalar("PRAGMA synchronous") == 2); // FULL
        CHECK(shared->sql().scalar("PRAGMA mmap_size") == 0);
        CHECK(shared->sql().busyRetries() > 0);
        CHECK(!shared->readOnly());
        CHECK(!QFileInfo::exists(path + QStringLiteral("-wal")));
        CHECK(QFileInfo::exists(LockCanary::sidePath(path)));
    }
    // The last program to close removes the canary's side file.
    CHECK(!QFileInfo::exists(LockCanary::sidePath(path)));
    // Back in local mode the file returns to WAL.
    std::unique_ptr<Database> again = Database::open(path).value();
    CHECK(pragmaText(*again, "PRAGMA journal_mode") == u"wal");
}

TEST_CASE("sharedMode_followsTheAdminSettingAndTheEnvironment", "[shared]")
{
    TempDb t;
    REQUIRE(Admin(*t.admin).setSetting(QLatin1String(Database::kSharedFileSetting), 1));
    const QString path = madeFile(t);
    CHECK(Database::open(path).value()->shared());
    qputenv("VORONKA_SHARED_FILE", "0");
    CHECK(!Database::open(path).value()->shared());
    qunsetenv("VORONKA_SHARED_FILE");

    TempDb plain;
    const QString other = madeFile(plain);
    CHECK(!Database::open(other).value()->shared());
    qputenv("VORONKA_SHARED_FILE", "1");
    CHECK(Database::open(other).value()->shared());
    qunsetenv("VORONKA_SHARED_FILE");
}

TEST_CASE("walFileWithUncheckpointedWrites_switchesToSharedModeKeepingThem", "[shared]")
{
    TempDb t;
    REQUIRE(Records(*t.admin).create(EntityKind::Company,
                                     {{QStringLiteral("name"), QStringLiteral("Acme")}}));
    // A copy taken while the file is open: its last writes live only in the WAL, as after a
    // crash of a local session.
    QTemporaryDir dir;
    const auto copyOpen = [&](const QString &name) {
        const QString copy = dir.filePath(name);
        REQUIRE(QFile::copy(t.path(), copy));
        REQUIRE(QFile::copy(t.path() + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
        REQUIRE(QFileInfo(copy + QStringLiteral("-wal")).size() > 0);
        return copy;
    };
    Database::Options o;
    o.shared = Database::Options::Shared::On;
    {
        // Another connection in local mode keeps the file in WAL: refused, nothing changed.
        const QString busy = copyOpen(QStringLiteral("busy.voronka"));
        std::unique_ptr<Database> local = Database::open(busy).value();
        Result<std::unique_ptr<Database>> refused = Database::open(busy, o);
        REQUIRE(!refused);
        CHECK(refused.error().message ==
              u"busy.voronka is open in local mode by another program. Close Voronka everywhere "
              u"else, then open the file again to use it as a shared file.");
        CHECK(pragmaText(*local, "PRAGMA journal_mode") == u"wal");
    }
    const QString copy = copyOpen(QStringLiteral("crm.voronka"));
    std::unique_ptr<Database> shared = Database::open(copy, o).value();
    CHECK(pragmaText(*shared, "PRAGMA journal_mode") == u"delete");
    CHECK(!QFileInfo::exists(copy + QStringLiteral("-wal")));
    CHECK(shared->sql().scalar("SELECT count(*) FROM companies WHERE name = 'Acme'") == 1);
    CHECK(pragmaText(*shared, "PRAGMA integrity_check") == u"ok");
}

TEST_CASE("canary_freshSlotWhoseLockIsFree_meansLocksDoNotPropagate", "[shared]")
{
    TempDb t;
    const QString path = madeFile(t);
    const qint64 now = TempDb::kStart;
    writeSlot(path, 0, QStringLiteral("pc-olga"), 4242, now - 2000);
    LockCanary canary(
        path, [now] { return now; }, 0);
    const LockCanary::State s = canary.state();
    CHECK(!s.locksPropagate);
    CHECK(s.unseen.host == u"pc-olga");
    CHECK(s.unseen.user == u"Olga");
    CHECK(s.slot == 1); // the live program's slot is left alone
    REQUIRE(s.others.size() == 1);
    CHECK(s.others.first().host == u"pc-olga");
}

TEST_CASE("canary_staleSlots_areIgnoredAndReused", "[shared]")
{
    TempDb t;
    const QString path = madeFile(t);
    const qint64 now = TempDb::kStart;
    // Another computer's program that stopped beating a minute ago.
    writeSlot(path, 0, QStringLiteral("pc-olga"), 4242, now - 60000);
    // A program of this computer that died a moment ago (its lock went with it).
    QProcess gone;
    gone.start(QStringLiteral("true"));
    REQUIRE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    REQUIRE(gone.waitForFinished());
    REQUIRE(pid > 0);
    writeSlot(path, 1, QSysInfo::machineHostName(), pid, now);
    {
        LockCanary canary(
            path, [now] { return now; }, 0);
        const LockCanary::State s = canary.state();
        CHECK(s.locksPropagate);
        CHECK(s.others.isEmpty());
        CHECK(s.slot == 0);
    }
    // Its slot cleared on close: a later program finds the file as it was left.
    {
        LockCanary next(
            path, [now] { return now; }, 0);
        CHECK(next.state().locksPropagate);
        CHECK(next.state().slot == 0);
    }
}
