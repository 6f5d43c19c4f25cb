// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/badfiles.h"
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/startup/guardedapplication.h"
#include "ui/startup/launcher.h"
#include "core/storage/sqlite.h"

#include <QDir>
#include <QLabel>
#include <QPointer>
#include <QTest>

using namespace Voronka;
using Voronka::Test::UiFixture;

namespace {
Ui::LaunchOptions signedIn(const QString &path, const QString &password)
{
    Ui::LaunchOptions o;
    o.database = path;
    o.user = QStringLiteral("admin@example.com");
    o.password = password;
    o.hasPassword = true;
    return o;
}
} // namespace

TEST_CASE("launcher_wrongPasswordFromEnvironment_exitsWithCode2")
{
    UiFixture t;
    Ui::WorkspaceRegistry registry;
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::Launcher launcher(registry, t.clock, signedIn(t.path(), QStringLiteral("nope")));
    CHECK(launcher.start() == 2);
    CHECK(launcher.window() == nullptr);
}

TEST_CASE("launcher_damagedOutbox_reportsTheDamageAndExitsWithCode2")
{
    UiFixture t;
    t.admin.reset();
    t.db.reset();
    REQUIRE(Test::damageTable(t.path(), "outbox"));
    Ui::WorkspaceRegistry registry;
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::Launcher launcher(registry, t.clock, signedIn(t.path(), QStringLiteral("secret")));
    CHECK(launcher.start() == 2);
    CHECK(launcher.window() == nullptr);
}

TEST_CASE("launcher_createdDatabase_replacesWindowSignedInAsItsAdmin")
{
    UiFixture first;
    UiFixture second;
    Ui::WorkspaceRegistry registry;
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::Launcher launcher(registry, first.clock, signedIn(first.path(), QStringLiteral("secret")));
    REQUIRE(launcher.start() == -1);
    QPointer<Ui::MainWindow> old = launcher.window();
    REQUIRE(old);
    CHECK(Ui::RecentFiles::list().value(0) == first.path());

    emit old->fileActions()->databaseCreated(second.path(), QStringLiteral("admin@example.com"),
                                             QStringLiteral("secret"));
    CHECK(Test::waitUntil([&] { return old.isNull(); }));
    REQUIRE(launcher.window());
    const auto *file = launcher.window()->findChild<QLabel *>(QStringLiteral("statusFile"));
    REQUIRE(file);
    CHECK(file->toolTip() == QDir::toNativeSeparators(second.path()));
    CHECK(Ui::RecentFiles::list().value(0) == second.path());
}

TEST_CASE("guardedApplication_storageErrorMessage_namesTheDamagedFileAndWhatToDo")
{
    Ui::GuardedApplication::setDatabasePath(QStringLiteral("/data/team.voronka"));
    const QString message =
        Ui::GuardedApplication::messageFor(Core::SqlError(11, "database disk image is malformed"));
    CHECK(message.contains(QStringLiteral("team.voronka")));
    CHECK(message.contains(QStringLiteral("voronka-cli check")));
    Ui::GuardedApplication::setDatabasePath({});
}
