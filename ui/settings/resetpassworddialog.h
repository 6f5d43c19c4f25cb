// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

namespace Voronka::Ui {

class PasswordField;

// An administrator sets a new password for a colleague who forgot theirs: one is generated
// and shown once to copy, or typed.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
public:
    ResetPasswordDialog(const QString &userName, QWidget *parent = nullptr);
    QString password() const;

private:
    PasswordField *m_password;
};

} // namespace Voronka::Ui
