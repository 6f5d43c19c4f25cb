// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Voronka::Core {
class Clock;
class Database;
} // namespace Voronka::Core

namespace Voronka::Ui {

class PasswordStore;

// Sign-in to an open file: pick yourself from the file's users, type the password. "Remember
// me" keeps the password for this file and user in the system keychain (store: the keychain
// to use, the dialog's own when null); without a keychain the choice is disabled and says why.
class LoginDialog final : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(Core::Database &db, const Core::Clock &clock, const QString &email,
                QWidget *parent = nullptr, PasswordStore *store = nullptr);

    Core::UserInfo user() const { return m_user; }
    // The password signed in with (a replica signs in to its team server with it too).
    QString password() const;
    void accept() override;

private:
    QString selectedEmail() const;
    QWidget *buildRemember();
    void loadRemembered();
    void saveRemembered();

    Core::Database &m_db;
    const Core::Clock &m_clock;
    QListWidget *m_users;
    QLineEdit *m_password;
    QLabel *m_error;
    PasswordStore *m_store;
    QCheckBox *m_remember = nullptr;
    bool m_passwordRemembered = false; // the password field holds the keychain's password
    QPushButton *m_signIn;
    Core::UserInfo m_user;
};

} // namespace Voronka::Ui
