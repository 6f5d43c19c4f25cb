// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "launcher.h"

#include "ui/startup/guardedapplication.h"

#include "ui/backups/backupcontroller.h"
#include "ui/cards/cardhost.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/recentfiles.h"
#include "ui/reminders/trayreminders.h"
#include "core/services/auth.h"
#include "ui/startup/logindialog.h"
#include "ui/startup/screenshot.h"
#include "ui/startup/startdialog.h"
#include "ui/startup/workbench.h"
#include "ui/widgets/busytask.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace Voronka::Ui {

namespace {
void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}
} // namespace

Launcher::Launcher(const WorkspaceRegistry &registry, const Core::Clock &clock,
                   LaunchOptions options, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_clock(clock)
    , m_options(std::move(options))
{
}

Launcher::~Launcher()
{
    // The window's views read through the session: it goes first.
    m_window.reset();
    m_bench.reset();
    m_next.reset();
}

bool Launcher::headless() const
{
    return !m_options.screenshot.isEmpty();
}

int Launcher::start()
{
    const bool withPassword = !m_options.user.isEmpty() && m_options.hasPassword;
    if (headless() && m_options.database.isEmpty())
        return captureStart();
    if (headless() && !withPassword) {
        printError(tr("--screenshot with --db needs --user and the VORONKA_PASSWORD environment "
                      "variable."));
        return 1;
    }
    if (!m_options.database.isEmpty()) {
        QString error;
        const Outcome o = open(m_options.database, m_options.user,
                               withPassword ? &m_options.password : nullptr, &error);
        if (o == Outcome::Failed) {
            // Scripted runs report like a command-line tool; people get a dialog and then
            // the start screen to pick another file.
            if (withPassword || headless()) {
                printError(error);
                return 2;
            }
            QMessageBox::critical(nullptr, tr("Cannot open the database"), error);
        }
        if (o != Outcome::Opened && !chooseInteractively())
            return 0;
    } else {
        const QStringList recent = RecentFiles::existing();
        QString error;
        const Outcome o = recent.isEmpty() ? Outcome::Cancelled
                                           : open(recent.first(), m_options.user, nullptr, &error);
        if (o == Outcome::Failed)
            QMessageBox::warning(nullptr, tr("Cannot open the database"), error);
        if (o != Outcome::Opened && !chooseInteractively())
            return 0;
    }
    showWindow();
    if (headless()) {
        QString error;
        bool saved = false;
        if (m_options.view == QLatin1String(kAboutView)) {
            AboutDialog about(m_bench->db->path(), m_window->fileActions()->backups()->folder(),
                              m_window.get());
            saved = Screenshot::captureDialog(about, m_options.screenshot, &error);
        } else {
            saved = Screenshot::capture(*m_window, m_options.screenshot, &error);
        }
        if (!saved) {
            printError(error);
            return 1;
        }
        return 0;
    }
    return -1;
}

int Launcher::captureStart()
{
    // What a first run shows: the recent files of whoever renders it are not listed.
    StartDialog start(m_clock, nullptr, StartDialog::Recent::Hidden);
    if (m_options.size.isValid())
        start.resize(m_options.size);
    QString error;
    if (!Screenshot::captureDialog(start, m_options.screenshot, &error)) {
        printError(error);
        return 1;
    }
    return 0;
}

Launcher::Outcome Launcher::open(const QString &path, const QString &email, const QString *password,
                                 QString *error)
{
    Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path);
    if (!db) {
        *error = db.error().message;
        if (db.error().code == Core::Error::Code::Corrupt && offerRestore(path, *error))
            return open(path, email, password, error);
        return Outcome::Failed;
    }
    Core::UserInfo user;
    if (password && !email.isEmpty()) {
        Core::Result<Core::UserInfo> signedIn =
            Core::Auth::login(*db.value(), email, *password, Core::Auth::SignInContext(m_clock));
        if (!signedIn) {
            *error = signedIn.error().message;
            return Outcome::Failed;
        }
        user = *signedIn;
        m_nextPassword = *password;
    } else {
        LoginDialog dialog(*db.value(), m_clock, email, m_window.get());
        if (dialog.exec() != QDialog::Accepted)
            return Outcome::Cancelled;
        user = dialog.user();
        m_nextPassword = dialog.password();
    }
    Core::Result<std::unique_ptr<Workbench>> bench =
        Workbench::start(std::move(db).value(), m_clock, user);
    if (!bench) {
        *error = bench.error().message;
        if (bench.error().code == Core::Error::Code::Corrupt && offerRestore(path, *error))
            return open(path, email, password, error);
        return Outcome::Failed;
    }
    m_next = std::move(bench).value();
    GuardedApplication::setDatabasePath(path);
    if (!headless()) // a scripted screenshot is not something the user opened
        RecentFiles::add(path);
    return Outcome::Opened;
}

bool Launcher::chooseInteractively()
{
    for (;;) {
        StartDialog start(m_clock);
        if (start.exec() != QDialog::Accepted)
            return false;
        QString error;
        const QString password = start.password();
        const Outcome o = open(start.path(), start.email(),
                               start.email().isEmpty() ? nullptr : &password, &error);
        if (o == Outcome::Opened)
            return true;
        if (o == Outcome::Failed)
            QMessageBox::critical(nullptr, tr("Cannot open the database"), error);
    }
}

void Launcher::showWindow()
{
    auto window = std::make_unique<MainWindow>(*m_next->session, m_clock, m_registry);
    if (m_window)
        window->setGeometry(m_window->geometry());
    else if (m_options.size.isValid())
        window->resize(m_options.size);
    else if (headless()) // the same picture on every machine, whatever size was saved
        window->resize(1280, 800);
    if (!m_options.view.isEmpty() && m_options.view != QLatin1String(kAboutView))
        window->showSection(m_options.view);
    if (const int colon = m_options.open.indexOf(u':'); colon > 0)
        window->cards()->open(Core::entityFromKey(QStringView(m_options.open).left(colon)),
                              m_options.open.mid(colon + 1).toLongLong());
    // Switching files replaces this window, so the request is handled after the menu that
    // sent it has returned.
    connect(window->fileActions(), &FileActions::openRequested, this, [this](const QString &path) {
        QTimer::singleShot(0, this, [this, path] { switchTo(path, {}, {}); });
    });
    connect(window->fileActions(), &FileActions::databaseCreated, this,
            [this](const QString &path, const QString &email, const QString &password) {
                QTimer::singleShot(
                    0, this, [this, path, email, password] { switchTo(path, email, password); });
            });
    connect(window->fileActions(), &FileActions::restoreRequested, this,
            [this](const QString &backup) {
                QTimer::singleShot(0, this, [this, backup] { restore(backup); });
            });
    if (!headless() && TrayReminders::available()) {
        // Owned by the window: a file switch replaces both, with the session they read.
        auto *tray = new TrayReminders(*m_next->session, m_clock, window.get());
        MainWindow *w = window.get();
        connect(tray, &TrayReminders::openRequested, w, [w](const QString &section) {
            if (!section.isEmpty())
                w->showSection(section);
            w->showNormal();
            w->raise();
            w->activateWindow();
        });
    }
    window->setSyncPassword(m_nextPassword);
    m_nextPassword.clear();
    if (!headless())
        window->show();
    // Old window before old file: its views read through the old session.
    m_window = std::move(window);
    m_bench = std::move(m_next);
    if (!headless()) // a due backup (a missed one too) starts now, off the UI thread
        m_window->fileActions()->backups()->startSchedule();
}

void Launcher::restore(const QString &backup)
{
    if (!m_bench)
        return;
    const QString path = m_bench->db->path();
    const QString email = m_bench->session->actor().email;
    // Every connection to the file closes: the window's jobs, the session, the database.
    m_window.reset();
    m_bench.reset();
    QString aside;
    const QString failed = runBusy(
        nullptr,
        tr("Restoring %1 from %2…").arg(QFileInfo(path).fileName(), QFileInfo(backup).fileName()),
        [&](const BackgroundJob::Report &) {
            const Core::Result<QString> done = Core::Database::restoreFrom(backup, path);
            if (!done)
                return done.error().message;
            aside = *done;
            return QString();
        });
    if (!failed.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, tr("Cannot restore"), failed, QMessageBox::Ok);
        box.setObjectName(QStringLiteral("restoreFailed"));
        box.exec();
    }
    // Signed in again: the restored file has its own users and passwords. A scripted start
    // signs in with its password when it is the same user.
    const bool scripted = m_options.hasPassword && m_options.user == email;
    QString error;
    const Outcome o = open(path, email, scripted ? &m_options.password : nullptr, &error);
    if (o == Outcome::Failed)
        QMessageBox::critical(nullptr, tr("Cannot open the database"), error);
    if (o != Outcome::Opened && !chooseInteractively()) {
        QApplication::quit();
        return;
    }
    showWindow();
    if (failed.isEmpty())
        m_window->statusBar()->showMessage(
            tr("Restored from %1; the previous file is kept as %2")
                .arg(QFileInfo(backup).fileName(), QFileInfo(aside).fileName()));
}

bool Launcher::offerRestore(const QString &path, const QString &error)
{
    if (headless())
        return false; // a screenshot run reports the damage and exits
    const QString folder = BackupController::rememberedFolder(path);
    const QList<Core::Backups::Entry> entries = Core::Backups::list(folder, path);
    if (entries.isEmpty())
        return false;
    QString good;
    QDateTime made;
    runBusy(nullptr, tr("Looking for a good backup of %1…").arg(QFileInfo(path).fileName()),
            [&](const BackgroundJob::Report &) {
                for (const Core::Backups::Entry &e : entries)
                    if (Core::Database::verifyBackup(e.path)) {
                        good = e.path;
                        made = e.madeAt;
                        break;
                    }
                return QString();
            });
    if (good.isEmpty())
        return false;
    QMessageBox box(QMessageBox::Warning, tr("The database is damaged"),
                    tr("%1\n\nRestore it from the backup of %2 (%3)? The damaged file is kept "
                       "beside it as %4.")
                        .arg(error, QLocale().toString(made, QLocale::LongFormat),
                             QDir::toNativeSeparators(good),
                             QFileInfo(Core::Database::beforeRestorePath(path)).fileName()),
                    QMessageBox::Cancel);
    box.setObjectName(QStringLiteral("damagedRestoreOffer"));
    QPushButton *yes = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("damagedRestoreYes"));
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    const QString refused = runBusy(
        nullptr,
        tr("Restoring %1 from %2…").arg(QFileInfo(path).fileName(), QFileInfo(good).fileName()),
        [&](const BackgroundJob::Report &) {
            const Core::Result<QString> done = Core::Database::restoreFrom(good, path);
            return done ? QString() : done.error().message;
        });
    if (!refused.isEmpty()) {
        QMessageBox failed(QMessageBox::Critical, tr("Cannot restore"), refused, QMessageBox::Ok);
        failed.setObjectName(QStringLiteral("restoreFailed"));
        failed.exec();
        return false;
    }
    return true;
}

void Launcher::switchTo(const QString &path, const QString &email, const QString &password)
{
    QString error;
    const Outcome o = open(path, email, email.isEmpty() ? nullptr : &password, &error);
    if (o == Outcome::Failed)
        QMessageBox::critical(m_window.get(), tr("Cannot open the database"), error);
    if (o != Outcome::Opened)
        return;
    m_options.view.clear();
    showWindow();
}

} // namespace Voronka::Ui
