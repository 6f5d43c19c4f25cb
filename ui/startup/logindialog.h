// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Voronka::Core {
class Clock;
class Database;
} // namespace Voronka::Core

namespace Voronka::Ui {

// Sign-in to an open file: pick yourself from the file's users, type the password.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Core::Database &db, const Core::Clock &clock, const QString &email,
                QWidget *parent = nullptr);

    Core::UserInfo user() const { return m_user; }
    void accept() override;

private:
    QString selectedEmail() const;

    Core::Database &m_db;
    const Core::Clock &m_clock;
    QListWidget *m_users;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_signIn;
    Core::UserInfo m_user;
};

} // namespace Voronka::Ui
