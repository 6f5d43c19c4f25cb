// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/auth.h"
#include "ui/settings/settingspage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Voronka::Ui {

class UsersModel;

// Settings → Users: every user of the file with their role, department, state and last
// sign-in; add, edit, reset a password, deactivate with a handover of their open records,
// reactivate. Every change is an undo step on the page.
class UsersPage final : public SettingsPage
{
    Q_OBJECT
public:
    UsersPage(Core::Session &session, QWidget *parent = nullptr);

    // Hashing strength for the passwords set here: tests pass Fast.
    void setPasswordStrength(Core::Auth::Strength strength) { m_strength = strength; }
    UsersModel *model() const { return m_model; }
    bool selectUser(qint64 userId);

protected:
    void reload() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // New passwords are hashed at the file's strength (Auth::strengthOfFile).
    Core::Auth::Strength m_strength;
    qint64 selectedId() const;
    void updateActions();
    // Why the selected user cannot be deactivated; empty when they can.
    QString deactivationBlocker(const Core::UserInfo &user);
    void addUser();
    void editUser();
    void resetPassword();
    void deactivateUser();
    void reactivateUser();

    UsersModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_edit;
    QPushButton *m_reset;
    QPushButton *m_deactivate;
    QPushButton *m_reactivate;
    QLabel *m_guard;
};

} // namespace Voronka::Ui
