// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/badfiles.h"
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "ui/backups/backupcontroller.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "core/services/backups.h"
#include "core/services/records.h"
#include "ui/settings/backupspage.h"
#include "ui/settings/settingspages.h"
#include "ui/startup/launcher.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Voronka;
using Voronka::Test::UiFixture;

namespace {
template<typename T> T *child(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    REQUIRE(w);
    return w;
}

void click(QWidget *parent, const QString &name)
{
    QTest::mouseClick(child<QPushButton>(parent, name), Qt::LeftButton);
}

// Clicks the button `button` of the message box `box` once it opens (after a busy dialog
// that checks or restores off the UI thread).
void answer(const QString &box, const QString &button, QString *text = nullptr)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, box, button, text] {
        auto *modal = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!modal || modal->objectName() != box)
            return;
        poll->deleteLater();
        poll->stop();
        if (text)
            *text = modal->text();
        QTest::mouseClick(child<QPushButton>(modal, button), Qt::LeftButton);
    });
    poll->start();
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

qint64 contactCount(Core::Session &s)
{
    return s.db().sql().scalar("SELECT count(*) FROM contacts WHERE deleted = 0");
}
} // namespace

TEST_CASE("backupsPage_onlyForAdministrators")
{
    bool adminSees = false, userSees = false;
    for (const Ui::SettingsPageEntry &e : Ui::SettingsPages::visibleTo(true))
        adminSees = adminSees || e.id == u"backups";
    for (const Ui::SettingsPageEntry &e : Ui::SettingsPages::visibleTo(false))
        userSees = userSees || e.id == u"backups";
    CHECK(adminSees);
    CHECK_FALSE(userSees);
}

TEST_CASE("backupsPage_saveScheduleBackUpNowAndListIt")
{
    UiFixture t;
    Ui::BackupsPage page(*t.admin);
    CHECK(child<QCheckBox>(&page, QStringLiteral("backupsEnabled"))->isChecked());
    CHECK(child<QSpinBox>(&page, QStringLiteral("backupsKeep"))->value() == 7);
    CHECK(child<QLabel>(&page, QStringLiteral("backupsEmpty"))->isVisibleTo(&page));

    const QString folder = t.dir.filePath(QStringLiteral("nightly"));
    auto *interval = child<QComboBox>(&page, QStringLiteral("backupsInterval"));
    interval->setCurrentIndex(interval->findData(7));
    child<QSpinBox>(&page, QStringLiteral("backupsKeep"))->setValue(2);
    child<QLineEdit>(&page, QStringLiteral("backupsFolder"))
        ->setText(QDir::toNativeSeparators(folder));
    click(&page, QStringLiteral("backupsSave"));
    const Core::Backups::Schedule s = Core::Backups::schedule(*t.db);
    CHECK(s.intervalDays == 7);
    CHECK(s.keep == 2);
    CHECK(s.folder == folder);
    CHECK(Ui::BackupController::rememberedFolder(t.path()) == folder);

    // A relative folder is refused with core's message; nothing changes.
    child<QLineEdit>(&page, QStringLiteral("backupsFolder"))->setText(QStringLiteral("here"));
    click(&page, QStringLiteral("backupsSave"));
    CHECK(child<QLabel>(&page, QStringLiteral("backupsMessage"))
              ->text()
              .contains(u"not a full path"));
    CHECK(Core::Backups::schedule(*t.db).folder == folder);

    click(&page, QStringLiteral("backupsBackUpNow"));
    REQUIRE(page.controller()->wait(20000));
    auto *list = child<QTreeWidget>(&page, QStringLiteral("backupsList"));
    REQUIRE(Test::waitUntil([&] { return list->topLevelItemCount() == 1; }));
    const QList<Core::Backups::Entry> made = Core::Backups::list(folder, t.path());
    REQUIRE(made.size() == 1);
    CHECK(list->topLevelItem(0)->text(2) == QFileInfo(made[0].path).fileName());
    CHECK(child<QLabel>(&page, QStringLiteral("backupsMessage"))
              ->text()
              .contains(u"Backup saved to"));
    CHECK_FALSE(child<QLabel>(&page, QStringLiteral("backupsEmpty"))->isVisibleTo(&page));
}

TEST_CASE("fileRestore_replacesTheFileKeepsItAsideAndSignsInAgain")
{
    UiFixture t;
    const QString folder = Core::Backups::defaultFolder(t.path());
    const Core::Result<QString> backup = Core::Backups::backUp(*t.db, folder, 7, t.clock);
    REQUIRE(backup);
    const qint64 before = contactCount(*t.admin);
    t.addContact(QStringLiteral("After the backup"));
    t.admin.reset();
    t.db.reset();

    Ui::WorkspaceRegistry registry;
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::Launcher launcher(registry, t.clock, signedIn(t.path()));
    REQUIRE(launcher.start() == -1);
    QPointer<Ui::MainWindow> old = launcher.window();
    REQUIRE(old);
    // The backup made today is the newest: the start finds none due.
    CHECK_FALSE(old->fileActions()->backups()->isRunning());
    CHECK(Core::Backups::list(folder, t.path()).size() == 1);

    // A file that is not a backup is refused with the exact reason; nothing changes.
    const QString junk = t.dir.filePath(QStringLiteral("junk.voronka"));
    {
        QFile f(junk);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    QString refusal;
    answer(QStringLiteral("restoreError"), QString(), &refusal);
    old->fileActions()->restoreFrom(junk);
    CHECK(refusal == u"Cannot restore from junk.voronka: it is not a Voronka database.");
    CHECK(launcher.window() == old.data());

    QString question;
    answer(QStringLiteral("restoreConfirm"), QStringLiteral("restoreConfirmYes"), &question);
    old->fileActions()->restoreFrom(*backup);
    CHECK(question.contains(QFileInfo(*backup).fileName()));
    CHECK(question.contains(u"before-restore"));
    REQUIRE(Test::waitUntil([&] { return old.isNull() && launcher.window(); }, 20000));
    Ui::MainWindow *now = launcher.window();
    CHECK(now->statusBar()->currentMessage().contains(u"the previous file is kept as"));
    const QStringList aside =
        QDir(t.dir.path()).entryList({QStringLiteral("test.voronka.before-restore-*.voronka")});
    REQUIRE(aside.size() == 1);
    // The restored file lacks the contact added after the backup; the one kept aside has it.
    auto reopened = Core::Database::open(t.path());
    REQUIRE(reopened);
    CHECK((*reopened)->sql().scalar("SELECT count(*) FROM contacts WHERE deleted = 0") == before);
    auto kept = Core::Database::open(t.dir.filePath(aside.first()));
    REQUIRE(kept);
    CHECK((*kept)->sql().scalar("SELECT count(*) FROM contacts WHERE deleted = 0") == before + 1);
}

TEST_CASE("damagedFileAtOpen_offersTheNewestGoodBackupAndRestoresIt")
{
    UiFixture t;
    const QString folder = t.dir.filePath(QStringLiteral("elsewhere"));
    const Core::Result<QString> backup = Core::Backups::backUp(*t.db, folder, 7, t.clock);
    REQUIRE(backup);
    // The folder cannot be read from a damaged file: this computer remembers it.
    Ui::BackupController::rememberFolder(t.path(), folder);
    t.admin.reset();
    t.db.reset();
    REQUIRE(Test::damageTable(t.path(), "outbox"));

    Ui::WorkspaceRegistry registry;
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::Launcher launcher(registry, t.clock, signedIn(t.path()));
    QString offer;
    answer(QStringLiteral("damagedRestoreOffer"), QStringLiteral("damagedRestoreYes"), &offer);
    REQUIRE(launcher.start() == -1);
    REQUIRE(launcher.window());
    CHECK(offer.contains(u"damaged"));
    CHECK(offer.contains(QDir::toNativeSeparators(*backup)));
    CHECK(QDir(t.dir.path())
              .entryList({QStringLiteral("test.voronka.before-restore-*.voronka")})
              .size() == 1);
    // The schedule's folder (the default, beside the file) had none: the start makes one,
    // off the UI thread.
    REQUIRE(launcher.window()->fileActions()->backups()->wait(20000));
    const QList<Core::Backups::Entry> made =
        Core::Backups::list(Core::Backups::defaultFolder(t.path()), t.path());
    REQUIRE(made.size() == 1);
    CHECK(Core::Database::verifyBackup(made[0].path));
}
