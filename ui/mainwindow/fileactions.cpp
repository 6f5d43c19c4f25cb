// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fileactions.h"

#include "mainwindow/recentfiles.h"
#include "services/session.h"
#include "startup/newdatabasedialog.h"
#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace Voronka::Ui {

FileActions::FileActions(Core::Session &session, const Core::Clock &clock, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_clock(clock)
    , m_window(window)
    , m_menu(new QMenu(tr("&File"), window))
{
    m_menu->setObjectName(QStringLiteral("fileMenu"));
    const QColor iconColor = Theme::current().muted;

    QAction *create = m_menu->addAction(Icons::icon(QStringLiteral("plus"), iconColor),
                                        tr("&New database…"), this, &FileActions::newDatabase);
    create->setObjectName(QStringLiteral("actionNewDatabase"));
    create->setShortcut(QKeySequence::New);

    QAction *open = m_menu->addAction(Icons::icon(QStringLiteral("folder"), iconColor),
                                      tr("&Open…"), this, &FileActions::openDatabase);
    open->setObjectName(QStringLiteral("actionOpen"));
    open->setShortcut(QKeySequence::Open);

    QMenu *recent = m_menu->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("recentMenu"));
    connect(recent, &QMenu::aboutToShow, this, [this, recent] { fillRecent(recent); });
    fillRecent(recent);

    m_menu->addSeparator();
    QAction *backup = m_menu->addAction(Icons::icon(QStringLiteral("database"), iconColor),
                                        tr("&Backup…"), this, &FileActions::backup);
    backup->setObjectName(QStringLiteral("actionBackup"));
    // The same right as voronka-cli backup: a copy holds every record of the file.
    if (!m_session.principal().admin) {
        backup->setEnabled(false);
        const QString why = tr("Only an administrator can back up the database.");
        backup->setToolTip(why);
        backup->setStatusTip(why);
        m_menu->setToolTipsVisible(true);
    }

    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"), window, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Status done = m_session.db().backupTo(path);
    QApplication::restoreOverrideCursor();
    if (!done) {
        QMessageBox::warning(m_window, tr("Backup failed"), done.error().message);
        return;
    }
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        main->statusBar()->showMessage(tr("Backup saved to %1").arg(QDir::toNativeSeparators(path)),
                                       8000);
}

} // namespace Voronka::Ui
