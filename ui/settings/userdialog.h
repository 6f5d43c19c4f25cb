// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/admin.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Voronka::Ui {

class PasswordField;

// Add or edit a user: email, name, role, department and, for a new user, the first password.
// OK hands the values to `submit`; the dialog closes only when core accepted them, otherwise
// core's message shows in it, naming the field.
class UserDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Values
    {
        Core::Admin::UserEdit user;
        QString password; // Add only
    };
    using Submit = std::function<Core::Status(const Values &values)>;

    // A new user when `user.id` is 0.
    UserDialog(Core::Session &session, const Core::UserInfo &user, Submit submit,
               QWidget *parent = nullptr);

private:
    void submit();

    Submit m_submit;
    bool m_adding;
    QLineEdit *m_email;
    QLineEdit *m_name;
    QComboBox *m_role;
    QComboBox *m_department;
    PasswordField *m_password = nullptr;
    QLabel *m_error;
};

} // namespace Voronka::Ui
