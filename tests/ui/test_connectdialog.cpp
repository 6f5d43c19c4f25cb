// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cli/serverrun.h"
#include "support/wait.h"
#include "uifixture.h"

#include "cli/clirun.h"
#include "core/services/auth.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/startup/launcher.h"
#include "ui/startup/translations.h"
#include "ui/sync/connectdialog.h"
#include "ui/sync/synccontroller.h"
#include "ui/widgets/backgroundjob.h"
#include "ui/widgets/theme.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace Voronka;
using Voronka::Test::part;
using Voronka::Test::ServerRun;
using Voronka::Test::UiFixture;

// File → Connect to a team server… against a real voronka-server on loopback (tests/cli's
// ServerRun: the tiny demo, users manager1@example.com… with the password "demo").
namespace {

void fill(Ui::ConnectDialog *d, const QString &url, const QString &email, const QString &password,
          const QString &replica)
{
    for (auto [name, text] : {std::pair{"connectUrl", url}, std::pair{"connectEmail", email},
                              std::pair{"connectPassword", password}}) {
        auto *edit = part<QLineEdit>(d, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }
    if (!replica.isNull()) {
        auto *path = part<QLineEdit>(d, "connectReplica");
        path->selectAll();
        QTest::keyClicks(path, replica);
    }
}

void clickConnect(Ui::ConnectDialog *d)
{
    QTest::mouseClick(part<QPushButton>(d, "connectOk"), Qt::LeftButton);
}

bool finished(Ui::ConnectDialog *d)
{
    return Test::waitUntil([d] { return d->job() == nullptr; }, 60000);
}

Ui::LaunchOptions signedIn(const QString &path)
{
    Ui::LaunchOptions o;
    o.database = path;
    o.user = QStringLiteral("admin@example.com");
    o.password = QStringLiteral("secret");
    o.hasPassword = true;
    return o;
}

} // namespace

TEST_CASE("connectDialog_badInput_saysWhyInOneLineAndDoesNotStart", "[connect]")
{
    Test::isolateSettings();
    const Core::SystemClock clock;
    Ui::ConnectDialog d(clock);
    d.show();
    auto *error = part<QLabel>(&d, "errorLabel");
    QTemporaryDir dir;
    const QString replica = dir.filePath(QStringLiteral("team.voronka"));

    clickConnect(&d);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"address"));
    CHECK(d.job() == nullptr);

    fill(&d, QStringLiteral("crm.example.com"), QStringLiteral("a@example.com"),
         QStringLiteral("x"), replica);
    clickConnect(&d);
    CHECK(error->text().contains(u"https://"));
    CHECK(d.job() == nullptr);

    // The reason follows the typing once shown.
    auto *url = part<QLineEdit>(&d, "connectUrl");
    url->clear();
    QTest::keyClicks(url, QStringLiteral("ftp://crm.example.com"));
    CHECK(error->text().contains(u"https://"));
    url->clear();
    QTest::keyClicks(url, QStringLiteral("https://crm.example.com"));
    CHECK_FALSE(error->isVisible());

    auto *email = part<QLineEdit>(&d, "connectEmail");
    email->clear();
    QTest::keyClicks(email, QStringLiteral("not an email"));
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"email"));
    CHECK(error->text().count(u'\n') == 0);
    CHECK(d.job() == nullptr);
    CHECK_FALSE(QFile::exists(replica));
}

TEST_CASE("connectDialog_replicaPath_isNamedAfterTheServerUntilChosen", "[connect]")
{
    Test::isolateSettings();
    const Core::SystemClock clock;
    Ui::ConnectDialog d(clock);
    auto *path = part<QLineEdit>(&d, "connectReplica");
    QTest::keyClicks(part<QLineEdit>(&d, "connectUrl"), QStringLiteral("https://crm.example.com"));
    CHECK(path->text().endsWith(QStringLiteral("crm.example.com.voronka")));
    QTest::keyClicks(part<QLineEdit>(&d, "connectUrl"), QStringLiteral(":8470"));
    CHECK(path->text().endsWith(QStringLiteral("crm.example.com-8470.voronka")));
    path->selectAll();
    QTest::keyClicks(path, QStringLiteral("/tmp/mine.voronka"));
    QTest::keyClicks(part<QLineEdit>(&d, "connectUrl"), QStringLiteral("1"));
    CHECK(path->text() == u"/tmp/mine.voronka");
}

TEST_CASE("connectDialog_wrongPassword_showsTheServersAnswerAndLeavesNoFile", "[connect]")
{
    Test::isolateSettings();
    ServerRun server;
    const Core::SystemClock clock;
    Ui::ConnectDialog d(clock);
    d.show();
    const QString replica = server.dirPath(QStringLiteral("replica.voronka"));
    fill(&d, server.url(), QStringLiteral("manager1@example.com"), QStringLiteral("nope"), replica);
    clickConnect(&d);
    REQUIRE(d.job());
    REQUIRE(finished(&d));
    auto *error = part<QLabel>(&d, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"does not know this email or password"));
    CHECK(d.isVisible());
    CHECK(d.result() != QDialog::Accepted);
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        CHECK_FALSE(QFile::exists(replica + QLatin1String(suffix)));
    CHECK(part<QPushButton>(&d, "connectOk")->isEnabled());

    // The server that is not there is named as unreachable.
    server.stop();
    auto *password = part<QLineEdit>(&d, "connectPassword");
    password->clear();
    QTest::keyClicks(password, QStringLiteral("demo"));
    clickConnect(&d);
    REQUIRE(finished(&d));
    CHECK(error->text().contains(u"cannot be reached"));
    CHECK_FALSE(QFile::exists(replica));
}

TEST_CASE("fileMenu_connectToATeamServer_opensTheNewReplicaAndSyncs", "[connect]")
{
    UiFixture first;
    ServerRun server;
    const Core::SystemClock clock;
    Ui::WorkspaceRegistry registry;
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::Launcher launcher(registry, clock, signedIn(first.path()));
    REQUIRE(launcher.start() == -1);
    QPointer<Ui::MainWindow> old = launcher.window();
    REQUIRE(old);
    CHECK(old->syncController() == nullptr);

    QAction *connectServer = nullptr;
    for (QAction *a : old->fileActions()->menu()->actions())
        if (a->objectName() == u"actionConnectServer")
            connectServer = a;
    REQUIRE(connectServer);
    REQUIRE(connectServer->isEnabled());
    connectServer->trigger();
    QPointer<Ui::ConnectDialog> d =
        old->findChild<Ui::ConnectDialog *>(QStringLiteral("connectDialog"));
    REQUIRE(d);
    REQUIRE(d->isVisible());

    const QString replica = server.dirPath(QStringLiteral("team.voronka"));
    fill(d, server.url(), QStringLiteral("manager1@example.com"), QStringLiteral("demo"), replica);
    clickConnect(d);
    REQUIRE(d->job());
    auto *progress = part<QProgressDialog>(d, "connectProgress");
    CHECK(progress->isVisible());
    CHECK(part<QPushButton>(progress, "connectProgressCancel")->isEnabled());

    // The dialog closes once the replica is complete, and the launcher switches to it.
    REQUIRE(Test::waitUntil([&] { return old.isNull(); }, 60000));
    CHECK(d.isNull());
    Ui::MainWindow *window = launcher.window();
    REQUIRE(window);
    CHECK(QFile::exists(replica));
    CHECK(part<QLabel>(window, "statusFile")->toolTip() == QDir::toNativeSeparators(replica));
    CHECK(part<QLabel>(window, "statusUser")->text().contains(u"manager1@example.com"));
    CHECK(Ui::RecentFiles::list().value(0) == replica);

    // The password the replica opened with signs in to the server: the first sync goes through.
    Ui::SyncController *sync = window->syncController();
    REQUIRE(sync);
    CHECK(sync->serverUrl() == server.url());
    REQUIRE(Test::waitUntil(
        [&] { return sync->state() == Ui::SyncController::State::Idle && !sync->job(); }, 60000));
    auto *item = part<QToolButton>(window, "syncStatus");
    CHECK(item->text().startsWith(QStringLiteral("Online")));
    CHECK(sync->lastError().isEmpty());

    // After a restart the replica opens from the recent files like any file, signed in with
    // the server password, and syncs as the device it was connected as: the server records
    // the replica's node on the values it sends.
    launcher.window()->close();
    Ui::LaunchOptions again;
    // As the start dialog picks it from the recent files (a scripted start has no dialog).
    again.database = Ui::RecentFiles::existing().value(0);
    again.user = QStringLiteral("manager1@example.com");
    again.password = QStringLiteral("demo");
    again.hasPassword = true;
    Ui::Launcher restarted(registry, clock, again);
    REQUIRE(restarted.start() == -1);
    REQUIRE(restarted.window());
    CHECK(part<QLabel>(restarted.window(), "statusFile")->toolTip() ==
          QDir::toNativeSeparators(replica));
    sync = restarted.window()->syncController();
    REQUIRE(sync);
    REQUIRE(Test::waitUntil(
        [&] { return sync->state() == Ui::SyncController::State::Idle && !sync->job(); }, 60000));
    {
        auto db = std::move(Core::Database::open(replica)).value();
        const Core::UserInfo me =
            *Core::Auth::login(*db, QStringLiteral("manager1@example.com"), QStringLiteral("demo"));
        auto session = std::move(Core::Session::start(*db, clock, me)).value();
        const qint64 deal = db->sql().scalar(
            QByteArray("SELECT id FROM deals WHERE deleted = 0 AND responsible_id = " +
                       QByteArray::number(me.id) + " LIMIT 1"));
        REQUIRE(deal > 0);
        REQUIRE(Core::Records(*session)
                    .update(Core::EntityKind::Deal, deal,
                            {{QStringLiteral("name"), QStringLiteral("Renamed offline")}})
                    .ok());
    }
    sync->syncNow();
    REQUIRE(Test::waitUntil(
        [&] { return sync->state() == Ui::SyncController::State::Idle && !sync->job(); }, 60000));
    CHECK(sync->counts().pending == 0);
    const qint64 node =
        Test::fileValue(replica, QStringLiteral("SELECT node_id FROM sync_state")).toLongLong();
    CHECK(node != 0);
    CHECK(Test::fileValue(server.store(),
                          QStringLiteral("SELECT c.node FROM field_clock c JOIN deals d ON "
                                         "d.id = c.entity_id AND c.kind = 1 WHERE d.name = "
                                         "'Renamed offline' AND c.field = 'name'"))
              .toLongLong() == node);
}

// Pictures of the dialog and its progress in both languages and themes (run with
// "[.screenshots]"; VORONKA_SHOTS names the folder).
TEST_CASE("connectDialog_screenshots", "[.screenshots]")
{
    Test::isolateSettings();
    const QString out = qEnvironmentVariable("VORONKA_SHOTS", QDir::tempPath());
    QDir().mkpath(out);
    const Core::SystemClock clock;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")})
        for (const auto mode : {Ui::Theme::Mode::Light, Ui::Theme::Mode::Dark}) {
            // As the app does: Qt's own strings (standard buttons) in the language too.
            REQUIRE(Ui::Translations::install(*qApp, lang));
            Ui::Theme::apply(*qApp, mode);
            const QString suffix =
                QStringLiteral("%1-%2").arg(lang, mode == Ui::Theme::Mode::Dark ? "dark" : "light");
            {
                Ui::ConnectDialog d(clock);
                d.show();
                fill(&d, QStringLiteral("https://crm.example.com"),
                     QStringLiteral("anna@example.com"), QStringLiteral("secret"), {});
                d.grab().save(QDir(out).filePath(QStringLiteral("connect-%1.png").arg(suffix)));
                fill(&d, QStringLiteral("crm.example.com"), QStringLiteral("anna@example.com"),
                     QStringLiteral("secret"), {});
                clickConnect(&d);
                d.grab().save(
                    QDir(out).filePath(QStringLiteral("connect-invalid-%1.png").arg(suffix)));
            }
            {
                ServerRun server;
                Ui::ConnectDialog d(clock);
                d.show();
                fill(&d, server.url(), QStringLiteral("manager1@example.com"),
                     QStringLiteral("demo"), server.dirPath(QStringLiteral("shot.voronka")));
                clickConnect(&d);
                auto *progress = part<QProgressDialog>(&d, "connectProgress");
                REQUIRE(Test::waitUntil(
                    [&] { return !d.job() || progress->labelText().contains(u':'); }, 60000));
                progress->grab().save(
                    QDir(out).filePath(QStringLiteral("connect-progress-%1.png").arg(suffix)));
                REQUIRE(finished(&d));
                fill(&d, server.url(), QStringLiteral("manager1@example.com"),
                     QStringLiteral("nope"), server.dirPath(QStringLiteral("other.voronka")));
                clickConnect(&d);
                REQUIRE(finished(&d));
                d.grab().save(
                    QDir(out).filePath(QStringLiteral("connect-refused-%1.png").arg(suffix)));
            }
        }
    Ui::Translations::install(*qApp, QStringLiteral("en"));
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
}
