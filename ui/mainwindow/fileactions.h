// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Voronka::Core {
class Clock;
class Session;
} // namespace Voronka::Core

namespace Voronka::Ui {

// The File menu: new, open, open recent, backup, quit. Opening is only requested here;
// whoever owns the open database (the Launcher) decides how to switch files.
class FileActions final : public QObject
{
    Q_OBJECT
public:
    FileActions(Core::Session &session, const Core::Clock &clock, QWidget *window);

    QMenu *menu() const { return m_menu; }
    void newDatabase();
    void openDatabase();
    void backup();

signals:
    void openRequested(const QString &path);
    // A database was created with this first administrator; open it signed in as them.
    void databaseCreated(const QString &path, const QString &email, const QString &password);

private:
    void fillRecent(QMenu *menu);

    Core::Session &m_session;
    const Core::Clock &m_clock;
    QWidget *m_window;
    QMenu *m_menu;
};

} // namespace Voronka::Ui
