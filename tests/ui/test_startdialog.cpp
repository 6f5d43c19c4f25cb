// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cli/serverrun.h"
#include "support/wait.h"
#include "uifixture.h"

#include "core/demo/demo.h"
#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/storage/database.h"
#include "core/util/buildinfo.h"
#include "core/util/clock.h"
#include "ui/backups/backupcontroller.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/startup/launcher.h"
#include "ui/startup/newdatabasedialog.h"
#include "ui/startup/startdialog.h"
#include "ui/startup/translations.h"
#include "ui/widgets/backgroundjob.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <sqlite3.h>

#include <functional>

using namespace Voronka;
using Voronka::Test::part;
using Voronka::Test::ServerRun;
using Voronka::Test::UiFixture;

// The start screen a first run shows (create, open, connect, demo) and the About box, clicked
// through as a user would, on real files in a temporary data folder.
namespace {

// The main window is up on `path` (the status bar's file names it).
void requireWindowOn(const Ui::Launcher &launcher, const QString &path)
{
    REQUIRE(launcher.window());
    const auto *file = launcher.window()->findChild<QLabel *>(QStringLiteral("statusFile"));
    REQUIRE(file);
    CHECK(file->toolTip() == QDir::toNativeSeparators(path));
}

void type(QWidget *in, const char *name, const QString &text)
{
    auto *edit = part<QLineEdit>(in, name);
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

QWidget *shownWindow(const QString &name)
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->objectName() == name && w->isVisible())
            return w;
    return nullptr;
}

// Runs `act` on the window named `name` once a modal loop shows it (dialogs opened with
// exec() block the test until they close).
void whenShown(const QString &name, std::function<void(QWidget *)> act)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(5);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, act = std::move(act)] {
        if (QWidget *w = shownWindow(name)) {
            timer->stop();
            timer->deleteLater();
            act(w);
        }
    });
    timer->start();
}

void click(QWidget *in, const char *name)
{
    QTest::mouseClick(part<QPushButton>(in, name), Qt::LeftButton);
}

// The user's data folder (where the demo goes) in a temporary directory for one test.
struct DataHome
{
    DataHome()
        : m_old(qgetenv("XDG_DATA_HOME"))
    {
        qputenv("XDG_DATA_HOME", m_dir.path().toUtf8());
    }
    ~DataHome()
    {
        if (m_old.isEmpty())
            qunsetenv("XDG_DATA_HOME");
        else
            qputenv("XDG_DATA_HOME", m_old);
    }
    QTemporaryDir m_dir;
    QByteArray m_old;
};

Ui::WorkspaceRegistry registry()
{
    Ui::WorkspaceRegistry r;
    Ui::RecordListWorkspace::registerIn(r);
    return r;
}

void fillNewDatabase(QWidget *d, const QString &company, const QString &path)
{
    type(d, "newDbCompany", company);
    type(d, "newDbName", QStringLiteral("Anna Petrova"));
    type(d, "newDbEmail", QStringLiteral("anna@example.com"));
    type(d, "newDbPassword", QStringLiteral("secret1"));
    type(d, "newDbPasswordRepeat", QStringLiteral("secret1"));
    if (!path.isEmpty())
        type(d, "newDbPath", path);
}

} // namespace

TEST_CASE("startDialog_tryTheDemo_makesTheDemoInTheDataFolderAndOpensItAsItsAdmin", "[start]")
{
    Test::isolateSettings();
    Ui::RecentFiles::clear();
    DataHome home;
    const QString demo = Ui::StartDialog::demoPath();
    CHECK(demo.startsWith(home.m_dir.path()));
    REQUIRE_FALSE(QFile::exists(demo));

    bool sawProgress = false;
    whenShown(QStringLiteral("startDialog"), [&](QWidget *w) {
        auto *start = qobject_cast<Ui::StartDialog *>(w);
        REQUIRE(start);
        // A first run: the four choices, the name and version, and no recent list.
        for (const char *name : {"startNew", "startOpen", "startConnect", "startDemo"})
            CHECK(part<QPushButton>(start, name)->isVisible());
        CHECK(part<QLabel>(start, "startVersion")->text().contains(Core::BuildInfo::versionFull()));
        CHECK_FALSE(part<QWidget>(start, "startRecent")->isVisible());
        start->setDemoSize(Core::DemoOptions::Size::Tiny);
        click(start, "startDemo");
        REQUIRE(start->demoJob());
        sawProgress = part<QWidget>(start, "startDemoProgress")->isVisible() &&
                      !part<QPushButton>(start, "startDemo")->isEnabled();
    });
    const Core::SystemClock clock;
    const Ui::WorkspaceRegistry r = registry();
    Ui::Launcher launcher(r, clock, Ui::LaunchOptions{});
    REQUIRE(launcher.start() == -1);
    CHECK(sawProgress);
    CHECK(QFile::exists(demo));
    REQUIRE(launcher.window());
    CHECK(launcher.window()->fileActions()->backups()); // the window is up on the demo
    requireWindowOn(launcher, demo);
    CHECK(Ui::RecentFiles::list().value(0) == demo);
    Ui::RecentFiles::clear();
}

TEST_CASE("startDialog_demoAlreadyThere_opensItOrMakesAFreshOne", "[start]")
{
    Test::isolateSettings();
    DataHome home;
    const QString demo = Ui::StartDialog::demoPath();
    REQUIRE(QDir().mkpath(QFileInfo(demo).absolutePath()));
    const Core::SystemClock clock;
    {
        QFile old(demo);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an old demo");
    }

    SECTION("open it: the file is taken as it is, signed in as the demo's admin")
    {
        Ui::StartDialog d(clock);
        d.show();
        whenShown(QStringLiteral("demoExists"),
                  [](QWidget *box) { click(box, "demoOpenExisting"); });
        click(&d, "startDemo");
        CHECK(d.result() == QDialog::Accepted);
        CHECK(d.path() == demo);
        CHECK(d.email() == QLatin1String(Core::kDemoAdmin));
        CHECK(d.password() == QLatin1String(Core::kDemoPassword));
        CHECK(d.demoJob() == nullptr);
        QFile f(demo);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == "an old demo");
    }

    SECTION("a fresh one replaces it with a new demo")
    {
        Ui::StartDialog d(clock);
        d.setDemoSize(Core::DemoOptions::Size::Tiny);
        d.show();
        whenShown(QStringLiteral("demoExists"), [](QWidget *box) { click(box, "demoMakeFresh"); });
        click(&d, "startDemo");
        REQUIRE(d.demoJob());
        REQUIRE(Test::waitUntil([&] { return d.demoJob() == nullptr; }, 60000));
        CHECK(d.result() == QDialog::Accepted);
        CHECK(d.path() == demo);
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(demo);
        REQUIRE(db);
        CHECK(Core::Auth::login(**db, QLatin1String(Core::kDemoAdmin),
                                QLatin1String(Core::kDemoPassword)));
    }

    SECTION("cancel leaves it and stays on the start screen")
    {
        Ui::StartDialog d(clock);
        d.show();
        whenShown(QStringLiteral("demoExists"), [](QWidget *box) {
            qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
        });
        click(&d, "startDemo");
        CHECK(d.isVisible());
        CHECK(d.path().isEmpty());
        CHECK(QFileInfo(demo).size() == 11);
    }
}

TEST_CASE("startDialog_createNew_makesTheCompanyWithItsAdminCurrencyAndLanguage", "[start]")
{
    Test::isolateSettings();
    Ui::RecentFiles::clear();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Northwind.voronka"));
    whenShown(QStringLiteral("startDialog"), [&](QWidget *start) {
        whenShown(QStringLiteral("newDatabaseDialog"), [&](QWidget *d) {
            fillNewDatabase(d, QStringLiteral("Northwind"), path);
            auto *currency = part<QComboBox>(d, "newDbCurrency");
            currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
            REQUIRE(currency->currentData().toString() == u"EUR");
            auto *language = part<QComboBox>(d, "newDbLanguage");
            CHECK(language->currentData().toString() == u"en"); // the language Voronka speaks now
            click(d, "newDbCreate");
        });
        click(start, "startNew");
    });
    const Core::SystemClock clock;
    const Ui::WorkspaceRegistry r = registry();
    Ui::Launcher launcher(r, clock, Ui::LaunchOptions{});
    REQUIRE(launcher.start() == -1);
    REQUIRE(launcher.window());
    REQUIRE(QFile::exists(path));
    requireWindowOn(launcher, path);

    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path);
    REQUIRE(db);
    Core::Result<Core::UserInfo> admin =
        Core::Auth::login(**db, QStringLiteral("anna@example.com"), QStringLiteral("secret1"));
    REQUIRE(admin);
    CHECK(admin->name == u"Anna Petrova");
    CHECK(admin->admin);
    const Core::Admin::General general = Core::Admin::general(**db);
    CHECK(general.companyName == u"Northwind");
    CHECK(general.currency == u"EUR");
    CHECK(general.language == u"en");
    Ui::RecentFiles::clear();
}

TEST_CASE("newDatabaseDialog_badInput_isNamedUnderItsFieldAndMakesNoFile", "[start]")
{
    Test::isolateSettings();
    const Core::SystemClock clock;
    QTemporaryDir dir;
    Ui::NewDatabaseDialog d(clock);
    d.show();

    // The file is named after the company until a path is typed.
    Ui::NewDatabaseDialog named(clock);
    part<QLineEdit>(&named, "newDbCompany")->setText(QStringLiteral("Рога и копыта / Юг"));
    CHECK(part<QLineEdit>(&named, "newDbPath")->text().endsWith(u"Рога и копыта _ Юг.voronka"));
    type(&d, "newDbPath", dir.filePath(QStringLiteral("crm.voronka")));
    type(&d, "newDbCompany", QStringLiteral("Northwind"));
    CHECK(part<QLineEdit>(&d, "newDbPath")->text().endsWith(u"crm.voronka"));

    fillNewDatabase(&d, QStringLiteral("Northwind"), {});
    type(&d, "newDbPasswordRepeat", QStringLiteral("secret2"));
    click(&d, "newDbCreate");
    auto *repeatError = part<QLabel>(&d, "newDbPasswordRepeatError");
    CHECK(repeatError->isVisible());
    CHECK(repeatError->text() == u"The passwords do not match.");
    CHECK_FALSE(part<QLabel>(&d, "newDbPasswordError")->isVisible());
    CHECK(d.isVisible());
    CHECK(QDir(dir.path()).isEmpty());

    // The problem follows the typing once shown.
    type(&d, "newDbPasswordRepeat", QStringLiteral("secret1"));
    CHECK_FALSE(repeatError->isVisible());

    // A file that is already there is never taken over.
    const QString existing = dir.filePath(QStringLiteral("taken.voronka"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("someone's data");
    }
    type(&d, "newDbPath", existing);
    auto *pathError = part<QLabel>(&d, "newDbPathError");
    CHECK(pathError->isVisible());
    CHECK(pathError->text().contains(u"taken.voronka already exists"));
    click(&d, "newDbCreate");
    CHECK(d.isVisible());
    QFile f(existing);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "someone's data");

    type(&d, "newDbCompany", QString());
    CHECK(part<QLabel>(&d, "newDbCompanyError")->text() == u"Enter your company's name.");
}

TEST_CASE("startDialog_connect_opensTheReplicaItMadeAsTheUserWhoConnected", "[start][connect]")
{
    Test::isolateSettings();
    Ui::RecentFiles::clear();
    ServerRun server;
    const QString replica = server.dirPath(QStringLiteral("team.voronka"));
    whenShown(QStringLiteral("startDialog"), [&](QWidget *start) {
        whenShown(QStringLiteral("connectDialog"), [&](QWidget *d) {
            type(d, "connectUrl", server.url());
            type(d, "connectEmail", QStringLiteral("manager1@example.com"));
            type(d, "connectPassword", QStringLiteral("demo"));
            type(d, "connectReplica", replica);
            click(d, "connectOk");
        });
        click(start, "startConnect");
    });
    const Core::SystemClock clock;
    const Ui::WorkspaceRegistry r = registry();
    Ui::Launcher launcher(r, clock, Ui::LaunchOptions{});
    REQUIRE(launcher.start() == -1);
    REQUIRE(launcher.window());
    CHECK(QFile::exists(replica));
    requireWindowOn(launcher, replica);
    Ui::RecentFiles::clear();
}

TEST_CASE("aboutDialog_showsVersionsAndPathsAndCopiesThemAsText", "[about]")
{
    UiFixture t;
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    w.show();
    auto *action = w.findChild<QAction *>(QStringLiteral("actionAbout"));
    REQUIRE(action);
    action->trigger();
    auto *about = w.findChild<Ui::AboutDialog *>(QStringLiteral("aboutDialog"));
    REQUIRE(about);
    CHECK(about->isVisible());

    const QString sqlite = QString::fromLatin1(sqlite3_libversion());
    const QString database = QDir::toNativeSeparators(t.path());
    const QString backups = QDir::toNativeSeparators(w.fileActions()->backups()->folder());
    CHECK(part<QLabel>(about, "aboutVersion")->text() == Core::BuildInfo::versionFull());
    CHECK(part<QLabel>(about, "aboutQt")->text().contains(QString::fromLatin1(qVersion())));
    CHECK(part<QLabel>(about, "aboutQt")->text().contains(QStringLiteral(QT_VERSION_STR)));
    CHECK(part<QLabel>(about, "aboutSqlite")->text() == sqlite);
    CHECK(part<QLabel>(about, "aboutLicense")->text().contains(u"GPL-3.0-or-later"));
    CHECK(part<QLineEdit>(about, "aboutDatabase")->text() == database);
    CHECK(part<QLineEdit>(about, "aboutBackups")->text() == backups);
    CHECK(part<QLineEdit>(about, "aboutDatabase")->isReadOnly());
    // The database's folder exists; the backups' does not until the first backup.
    CHECK(part<QPushButton>(about, "aboutDatabaseOpen")->isEnabled());
    CHECK(part<QPushButton>(about, "aboutBackupsOpen")->isEnabled() == QFileInfo(backups).isDir());
    if (!Core::BuildInfo::gitCommit().isEmpty())
        CHECK(part<QLabel>(about, "aboutCommit")->text() == Core::BuildInfo::gitCommit());

    QApplication::clipboard()->clear();
    click(about, "aboutCopy");
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied == about->plainText());
    for (const QString &value : {Core::BuildInfo::versionFull(), sqlite, database, backups,
                                 QString::fromLatin1(qVersion())})
        CHECK(copied.contains(value));
    click(about, "aboutClose");
    CHECK(Test::waitUntil([&] { return !w.findChild<Ui::AboutDialog *>(); }));
}

TEST_CASE("launcher_screenshotWithoutADatabase_rendersTheStartScreenAndAboutWithOne",
          "[start][about]")
{
    Test::isolateSettings();
    QTemporaryDir dir;
    const Core::SystemClock clock;
    const Ui::WorkspaceRegistry r = registry();
    Ui::LaunchOptions start;
    start.screenshot = dir.filePath(QStringLiteral("start.png"));
    Ui::Launcher first(r, clock, start);
    CHECK(first.start() == 0);
    const QImage startShot(start.screenshot);
    REQUIRE_FALSE(startShot.isNull());
    CHECK(startShot.width() >= 600);

    UiFixture t;
    Ui::LaunchOptions about;
    about.database = t.path();
    about.user = QStringLiteral("admin@example.com");
    about.password = QStringLiteral("secret");
    about.hasPassword = true;
    about.view = QLatin1String(Ui::kAboutView);
    about.screenshot = dir.filePath(QStringLiteral("about.png"));
    Ui::Launcher second(r, t.clock, about);
    CHECK(second.start() == 0);
    const QImage aboutShot(about.screenshot);
    REQUIRE_FALSE(aboutShot.isNull());
    // The dialog, not the 1280×800 window behind it.
    CHECK(aboutShot.width() < 1000);
}

// Pictures of the new-database form, empty and with its problems shown, in both languages and
// themes (run with "[.screenshots]"; VORONKA_SHOTS names the folder).
TEST_CASE("newDatabaseDialog_screenshots", "[.screenshots]")
{
    Test::isolateSettings();
    const QString out = qEnvironmentVariable("VORONKA_SHOTS", QDir::tempPath());
    QDir().mkpath(out);
    const Core::SystemClock clock;
    QTemporaryDir dir;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")})
        for (const auto mode : {Ui::Theme::Mode::Light, Ui::Theme::Mode::Dark}) {
            std::unique_ptr<QTranslator> tr = Ui::Translations::catalogue(lang);
            REQUIRE(tr);
            QCoreApplication::installTranslator(tr.get());
            Ui::Theme::apply(*qApp, mode);
            const QString suffix =
                QStringLiteral("%1-%2").arg(lang, mode == Ui::Theme::Mode::Dark ? "dark" : "light");
            Ui::NewDatabaseDialog d(clock);
            d.show();
            QCoreApplication::processEvents();
            d.grab().save(QDir(out).filePath(QStringLiteral("newdb-%1.png").arg(suffix)));
            fillNewDatabase(&d, QStringLiteral("Northwind"),
                            dir.filePath(QStringLiteral("x.voronka")));
            type(&d, "newDbPasswordRepeat", QStringLiteral("other"));
            type(&d, "newDbEmail", QStringLiteral("anna"));
            click(&d, "newDbCreate");
            // The problem lines change the layout through posted events.
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
            d.grab().save(QDir(out).filePath(QStringLiteral("newdb-invalid-%1.png").arg(suffix)));
            QCoreApplication::removeTranslator(tr.get());
        }
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
}

// The start screen with recent files and while the (small, as users get it) demo is made, in
// both languages and themes (run with "[.screenshots]"; VORONKA_SHOTS names the folder).
TEST_CASE("startDialog_screenshots", "[.screenshots]")
{
    Test::isolateSettings();
    DataHome home;
    const QString out = qEnvironmentVariable("VORONKA_SHOTS", QDir::tempPath());
    QDir().mkpath(out);
    const Core::SystemClock clock;
    QTemporaryDir dir;
    Ui::RecentFiles::clear();
    for (const char *name : {"Northwind.voronka", "crm-2025.voronka"}) {
        const QString path = dir.filePath(QLatin1String(name));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        Ui::RecentFiles::add(path);
    }
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("ru")})
        for (const auto mode : {Ui::Theme::Mode::Light, Ui::Theme::Mode::Dark}) {
            std::unique_ptr<QTranslator> tr = Ui::Translations::catalogue(lang);
            REQUIRE(tr);
            QCoreApplication::installTranslator(tr.get());
            Ui::Theme::apply(*qApp, mode);
            const QString suffix =
                QStringLiteral("%1-%2").arg(lang, mode == Ui::Theme::Mode::Dark ? "dark" : "light");
            Ui::StartDialog d(clock);
            d.show();
            QCoreApplication::processEvents();
            d.grab().save(QDir(out).filePath(QStringLiteral("start-recent-%1.png").arg(suffix)));
            if (lang == u"en" && mode == Ui::Theme::Mode::Light) {
                QFile::remove(Ui::StartDialog::demoPath());
                auto *bar = part<QProgressBar>(&d, "startDemoProgress");
                QElapsedTimer took;
                took.start();
                click(&d, "startDemo");
                REQUIRE(Test::waitUntil([&] { return bar->value() > 1500; }, 120000));
                d.grab().save(QDir(out).filePath(QStringLiteral("start-demo-%1.png").arg(suffix)));
                REQUIRE(Test::waitUntil([&] { return d.demoJob() == nullptr; }, 120000));
                CHECK(d.result() == QDialog::Accepted);
                WARN("The small demo took " << took.elapsed() << " ms");
            }
            QCoreApplication::removeTranslator(tr.get());
        }
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
    Ui::RecentFiles::clear();
}

TEST_CASE("launcher_opensInTheLanguageTheUserChoseInTheProfile", "[start]")
{
    UiFixture t;
    REQUIRE(Core::Admin(*t.admin)
                .updateProfile({QStringLiteral("Admin"), {}, QStringLiteral("ru"), 15})
                .ok());
    t.admin.reset();
    t.db.reset();
    const QString before = Ui::Translations::current();
    auto back = qScopeGuard([&] { Ui::Translations::install(*qApp, before); });
    Ui::Translations::install(*qApp, QStringLiteral("en"));
    Ui::LaunchOptions o;
    o.database = t.path();
    o.user = QStringLiteral("admin@example.com");
    o.password = QStringLiteral("secret");
    o.hasPassword = true;

    Ui::WorkspaceRegistry registry;
    Ui::RecordListWorkspace::registerIn(registry);
    {
        Ui::Launcher launcher(registry, t.clock, o);
        REQUIRE(launcher.start() == -1);
        CHECK(Ui::Translations::current() == QStringLiteral("ru"));
        QAction *about = launcher.window()->findChild<QAction *>(QStringLiteral("actionAbout"));
        REQUIRE(about);
        CHECK(about->text().contains(QStringLiteral("О программе")));
    }
    // --lang wins over the profile.
    Ui::Translations::install(*qApp, QStringLiteral("en"));
    o.languageGiven = true;
    Ui::Launcher launcher(registry, t.clock, o);
    REQUIRE(launcher.start() == -1);
    CHECK(Ui::Translations::current() == QStringLiteral("en"));
}
