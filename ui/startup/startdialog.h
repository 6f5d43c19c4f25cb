// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/demo/demo.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QListWidget;
class QProgressBar;

namespace Voronka::Core {
class Clock;
}

namespace Voronka::Ui {

class BackgroundJob;

// The start screen, shown when Voronka starts without a file to open (the first run among
// them): create a new company database, open a file, connect to a team server, or try the
// demo, each a large button that says what it does; below them the recent files, if any.
// Accepted with the file to open, and the credentials to sign in with when the choice made
// them (a new database's administrator, the demo's, a replica's user).
class StartDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Recent { Listed, Hidden };
    explicit StartDialog(const Core::Clock &clock, QWidget *parent = nullptr,
                         Recent recent = Recent::Listed);
    ~StartDialog() override;

    QString path() const { return m_path; }
    // Set when the choice signs in by itself: its user opens the file without a prompt.
    QString email() const { return m_email; }
    QString password() const { return m_password; }

    // Where "Try the demo" keeps its file: the user's data folder.
    static QString demoPath();
    // The demo's size: Small by default; tests make a tiny one.
    void setDemoSize(Core::DemoOptions::Size size) { m_demoSize = size; }
    // The demo being made now, if any (tests wait for it).
    BackgroundJob *demoJob() const { return m_demoJob; }

    void reject() override;

private:
    void openFile();
    void createFile();
    void connectToServer();
    void tryDemo();
    void makeDemo(const QString &path);
    void onDemoFinished(const QString &path, const QString &error);
    void openRecent();
    void setBusy(bool busy);

    const Core::Clock &m_clock;
    QList<QWidget *> m_choices;
    QListWidget *m_recent;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_error;
    Core::DemoOptions::Size m_demoSize = Core::DemoOptions::Size::Small;
    QPointer<BackgroundJob> m_demoJob;
    QString m_path;
    QString m_email;
    QString m_password;
};

} // namespace Voronka::Ui
