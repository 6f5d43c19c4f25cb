// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QObject>
#include <QSize>

#include <memory>

namespace Voronka::Core {
class Clock;
}

namespace Voronka::Ui {

class MainWindow;
class WorkspaceRegistry;
struct Workbench;

// --view about: the About box over the window (for its screenshot).
inline constexpr char kAboutView[] = "about";

struct LaunchOptions
{
    QString database; // --db; empty: reopen the last file or ask
    QString user;     // --user
    QString password; // from VORONKA_PASSWORD; with user, signs in without a dialog
    bool hasPassword = false;
    QString view;       // --view section id, or kAboutView
    QString screenshot; // --screenshot PNG path
    QString open;       // --open "deal:42": the record whose card opens
    QSize size;         // --size; invalid: the window's default
};

// Owns the open database and the main window: opens the first file (signing in through
// the dialog or the environment), and replaces both when the user opens another file.
class Launcher final : public QObject
{
    Q_OBJECT
public:
    Launcher(const WorkspaceRegistry &registry, const Core::Clock &clock, LaunchOptions options,
             QObject *parent = nullptr);
    ~Launcher() override;

    // An exit code when Voronka is already done (an error, a screenshot written, the user
    // cancelled), or -1 when the main window is up and the event loop should run.
    int start();
    MainWindow *window() const { return m_window.get(); }

private:
    enum class Outcome { Opened, Cancelled, Failed };
    // Opens the file and signs in: with the password when given, else through the dialog.
    Outcome open(const QString &path, const QString &email, const QString *password,
                 QString *error);
    bool chooseInteractively();
    // A new window on the newly opened file; the old window closes only once it is up.
    void showWindow();
    void switchTo(const QString &path, const QString &email, const QString &password);
    // File → Restore…: closes the window and the file, restores it from the backup, opens it
    // again and signs in; a failed restore reopens the file as it was.
    void restore(const QString &backup);
    // A damaged file: offers the newest backup that passes the check from the folder its
    // backups last went to on this computer; true when the file was restored.
    bool offerRestore(const QString &path, const QString &error);
    bool headless() const;
    // --screenshot without --db: the start screen as a first run shows it.
    int captureStart();

    const WorkspaceRegistry &m_registry;
    const Core::Clock &m_clock;
    LaunchOptions m_options;
    std::unique_ptr<Workbench> m_bench;
    std::unique_ptr<MainWindow> m_window;
    // Opened, not yet shown: the current window still works on m_bench meanwhile.
    std::unique_ptr<Workbench> m_next;
    QString m_nextPassword; // what the user signed in with, for a replica's team server
};

} // namespace Voronka::Ui
