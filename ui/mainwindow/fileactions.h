// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QObject>

class QLabel;
class QMenu;
class QProgressBar;
class QWidget;

namespace Voronka::Core {
class Clock;
class Session;
} // namespace Voronka::Core

namespace Voronka::Ui {

class BackupController;
class ConnectDialog;

// The File menu: new, open, open recent, connect to a team server, import, import history, back up now, back up to, restore, quit. Opening is only requested here;
// whoever owns the open database (the Launcher) decides how to switch files.
class FileActions final : public QObject
{
    Q_OBJECT
public:
    FileActions(Core::Session &session, const Core::Clock &clock, QWidget *window);

    QMenu *menu() const { return m_menu; }
    void newDatabase();
    void openDatabase();
    // File → Connect to a team server…: the dialog that makes a new replica; once it is
    // complete, databaseCreated opens it.
    ConnectDialog *connectToServer();
    // Back up to…: a copy at a path the user chooses.
    void backup();
    // A backup into the schedule's folder, off the UI thread, its progress in the status bar.
    void backUpNow();
    // Restore…: choose a backup (in the backup folder), then restoreFrom().
    void restore();
    // Verifies the backup and asks, naming its date and where the current file is kept;
    // then restoreRequested. A backup that is refused shows why and changes nothing.
    void restoreFrom(const QString &backup);
    BackupController *backups() const { return m_backups; }
    // Why File → Import is disabled for a role without the import right (one line).
    static QString importRefusal();

signals:
    void importRequested();
    void importHistoryRequested();
    void openRequested(const QString &path);
    // A database was created (a new file with this first administrator, or a new replica of
    // a team server for this user); open it signed in as them.
    void databaseCreated(const QString &path, const QString &email, const QString &password);
    // The user confirmed replacing the open file with this verified backup: whoever owns
    // the file closes it, restores and reopens it.
    void restoreRequested(const QString &backup);

private:
    void fillRecent(QMenu *menu);
    void showBackupProgress();

    Core::Session &m_session;
    const Core::Clock &m_clock;
    QWidget *m_window;
    QMenu *m_menu;
    BackupController *m_backups;
    QProgressBar *m_progress = nullptr;
};

} // namespace Voronka::Ui
