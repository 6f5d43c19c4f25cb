// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

class QListWidget;

namespace Voronka::Core {
class Clock;
}

namespace Voronka::Ui {

// Shown when Voronka starts without a file to open: open one, create one, or pick a
// recent one.
class StartDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit StartDialog(const Core::Clock &clock, QWidget *parent = nullptr);

    QString path() const { return m_path; }
    // Set when a new database was created: its administrator signs in without a prompt.
    QString email() const { return m_email; }
    QString password() const { return m_password; }

private:
    void openFile();
    void createFile();
    void openRecent();

    const Core::Clock &m_clock;
    QListWidget *m_recent;
    QString m_path;
    QString m_email;
    QString m_password;
};

} // namespace Voronka::Ui
