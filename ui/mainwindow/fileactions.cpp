// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fileactions.h"

#include "ui/backups/backupcontroller.h"
#include "ui/mainwindow/recentfiles.h"
#include "core/services/backups.h"
#include "core/services/session.h"
#include "ui/startup/newdatabasedialog.h"
#include "core/storage/database.h"
#include "ui/widgets/busytask.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>

namespace Voronka::Ui {

FileActions::FileActions(Core::Session &session, const Core::Clock &clock, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_clock(clock)
    , m_window(window)
    , m_menu(new QMenu(tr("&File"), window))
    , m_backups(new BackupController(session, clock, this))
{
    m_menu->setObjectName(QStringLiteral("fileMenu"));
    const QColor iconColor = Theme::current().muted;

    QAction *create = m_menu->addAction(Icons::icon(QStringLiteral("plus"), iconColor),
                                        tr("&New database…"), this, &FileActions::newDatabase);
    create->setObjectName(QStringLiteral("actionNewDatabase"));
    // Ctrl+N belongs to the sections ("New deal", "New contact", "New task"): with both on it
    // the key would be ambiguous and do nothing.
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    QAction *open = m_menu->addAction(Icons::icon(QStringLiteral("folder"), iconColor),
                                      tr("&Open…"), this, &FileActions::openDatabase);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);

    QMenu *recent = m_menu->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    fillRecent(recent);

    m_menu->addSeparator();
    QAction *import = m_menu->addAction(tr("&Import…"), this, [this] { emit importRequested(); });
    import->setObjectName(QStringLiteral("actionImport"));
    QAction *history = m_menu->addAction(tr("Import &history…"), this,
                                         [this] { emit importHistoryRequested(); });
    history->setObjectName(QStringLiteral("actionImportHistory"));
    // The importer refuses too; the menu says why before the user picks a file.
    if (!m_session.principal().canImport) {
        const QString why = importRefusal();
        for (QAction *a : {import, history}) {
            a->setEnabled(false);
            a->setToolTip(why);
            a->setStatusTip(why);
        }
        m_menu->setToolTipsVisible(true);
    }

    m_menu->addSeparator();
    // The first sync of a new replica (downloading the user's data from the server) is not in
    // this build yet; the menu says so rather than offering a dialog that cannot finish.
    QAction *connectServer = m_menu->addAction(tr("&Connect to a team server…"));
    connectServer->setObjectName(QStringLiteral("actionConnectServer"));
    connectServer->setEnabled(false);
    const QString notYet = tr("Connecting to a team server is not available in this version yet.");
    connectServer->setToolTip(notYet);
    connectServer->setStatusTip(notYet);
    m_menu->setToolTipsVisible(true);

    m_menu->addSeparator();
    QAction *backUpNow = m_menu->addAction(Icons::icon(QStringLiteral("database"), iconColor),
                                           tr("&Back up now"), this, &FileActions::backUpNow);
    backUpNow->setObjectName(QStringLiteral("actionBackupNow"));
    QAction *backup = m_menu->addAction(tr("Back up &to…"), this, &FileActions::backup);
    backup->setObjectName(QStringLiteral("actionBackup"));
    QAction *restore = m_menu->addAction(tr("&Restore…"), this, &FileActions::restore);
    restore->setObjectName(QStringLiteral("actionRestore"));
    // The same right as voronka-cli backup and restore: a copy holds every record of the
    // file, and a restore replaces all of them.
    if (!m_session.principal().admin) {
        const QString why = tr("Only an administrator can back up or restore the database.");
        for (QAction *a : {backUpNow, backup, restore}) {
            a->setEnabled(false);
            a->setToolTip(why);
            a->setStatusTip(why);
        }
        m_menu->setToolTipsVisible(true);
    }
    connect(m_backups, &BackupController::started, this, &FileActions::showBackupProgress);
    connect(m_backups, &BackupController::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_backups, &BackupController::finished, this,
            [this](const QString &path, const QString &error) {
                if (m_progress)
                    m_progress->hide();
                auto *main = qobject_cast<QMainWindow *>(m_window);
                if (!main)
                    return;
                main->statusBar()->showMessage(
                    error.isEmpty() ? tr("Backup saved to %1").arg(QDir::toNativeSeparators(path))
                                    : tr("Backup failed: %1").arg(error),
                    error.isEmpty() ? 8000 : 0);
            });

    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

QString FileActions::importRefusal()
{
    return tr("Your role has no right to import records.");
}

void FileActions::fillRecent(QMenu *menu)
{
    menu->clear();
    const QStringList files = RecentFiles::existing();
    for (const QString &path : files) {
        QAction *a = menu->addAction(QFileInfo(path).fileName(), this,
                                     [this, path] { emit openRequested(path); });
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        menu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    menu->addAction(tr("Clear list"), this, [] { RecentFiles::clear(); });
}

void FileActions::newDatabase()
{
    NewDatabaseDialog dialog(m_clock, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit databaseCreated(dialog.path(), dialog.email(), dialog.password());
}

void FileActions::openDatabase()
{
    const QString dir = QFileInfo(m_session.db().path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open database"), dir, tr("Voronka databases (*.voronka);;All files (*)"));
    if (!path.isEmpty())
        emit openRequested(path);
}

void FileActions::backup()
{
    if (!m_session.principal().admin)
        return;
    const QFileInfo current(m_session.db().path());
    const QString suggested = current.absoluteDir().filePath(
        QStringLiteral("%1-%2.voronka")
            .arg(current.completeBaseName(),
                 QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    // Core refuses to overwrite, so the dialog must not promise it.
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Back up database"), suggested,
                                                      tr("Voronka databases (*.voronka)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!m_backups->backUpTo(path))
        QMessageBox::information(m_window, tr("Back up database"),
                                 tr("A backup is already being made; try again when it is done."));
}

void FileActions::backUpNow()
{
    if (!m_session.principal().admin)
        return;
    if (!m_backups->backUpNow())
        QMessageBox::information(m_window, tr("Back up database"),
                                 tr("A backup is already being made; try again when it is done."));
}

void FileActions::showBackupProgress()
{
    auto *main = qobject_cast<QMainWindow *>(m_window);
    if (!main)
        return;
    if (!m_progress) {
        m_progress = new QProgressBar(main);
        m_progress->setObjectName(QStringLiteral("backupProgress"));
        m_progress->setRange(0, 1000);
        m_progress->setMaximumWidth(160);
        m_progress->setMaximumHeight(14);
        m_progress->setTextVisible(false);
        main->statusBar()->addPermanentWidget(m_progress);
    }
    m_progress->setValue(0);
    m_progress->setToolTip(tr("Backing up %1").arg(QFileInfo(m_session.db().path()).fileName()));
    m_progress->show();
    main->statusBar()->showMessage(tr("Backing up…"));
}

void FileActions::restore()
{
    if (!m_session.principal().admin)
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Restore from a backup"), m_backups->folder(),
                                     tr("Voronka databases (*.voronka);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

void FileActions::restoreFrom(const QString &backup)
{
    if (!m_session.principal().admin)
        return;
    const QString target = m_session.db().path();
    // quick_check reads the whole backup: seconds for a large file.
    const QString refused = runBusy(m_window, tr("Checking %1…").arg(QFileInfo(backup).fileName()),
                                    [backup](const BackgroundJob::Report &) {
                                        const Core::Status ok =
                                            Core::Database::verifyBackup(backup);
                                        return ok ? QString() : ok.error().message;
                                    });
    if (!refused.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot restore"), refused, QMessageBox::Ok,
                        m_window);
        box.setObjectName(QStringLiteral("restoreError"));
        box.exec();
        return;
    }
    // The date the schedule wrote into the name, else when the file was last written.
    QDateTime made = QFileInfo(backup).lastModified();
    const QList<Core::Backups::Entry> known =
        Core::Backups::list(QFileInfo(backup).absolutePath(), target);
    for (const Core::Backups::Entry &e : known)
        if (QFileInfo(e.path) == QFileInfo(backup))
            made = e.madeAt;
    const QString text =
        tr("Replace %1 with the backup of %2 (%3)?\n\nThe current file is kept beside it as "
           "%4. Voronka closes the file, restores it and asks you to sign in again.")
            .arg(QFileInfo(target).fileName(), QLocale().toString(made, QLocale::LongFormat),
                 QFileInfo(backup).fileName(),
                 QFileInfo(Core::Database::beforeRestorePath(target)).fileName());
    QMessageBox box(QMessageBox::Question, tr("Restore from a backup"), text, QMessageBox::Cancel,
                    m_window);
    box.setObjectName(QStringLiteral("restoreConfirm"));
    QPushButton *yes = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("restoreConfirmYes"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == yes)
        emit restoreRequested(backup);
}

} // namespace Voronka::Ui
