// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/admin.h"
#include "ui/settings/settingspage.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Voronka::Ui {

class Avatar;

// Settings → My profile: the signed-in user's name, avatar colour, language and reminder
// lead time (undoable), and their password (old, new, repeat).
class ProfilePage final : public SettingsPage
{
    Q_OBJECT
public:
    ProfilePage(Core::Session &session, QWidget *parent = nullptr);

    // Hashing strength for the new password: tests pass Fast.
    void setPasswordStrength(Core::Auth::Strength strength) { m_strength = strength; }

protected:
    void reload() override;

private:
    // New passwords are hashed at the file's strength (Auth::strengthOfFile).
    Core::Auth::Strength m_strength;
    QWidget *buildProfile();
    QWidget *buildPassword();
    Core::Admin::Profile edited() const;
    void save();
    void changePassword();
    void pickColor();
    void showColor();
    void focusField(const QString &field);

    QString m_color; // "#RRGGBB"; empty: from the name
    QLineEdit *m_name;
    Avatar *m_avatar;
    QPushButton *m_colorButton;
    QPushButton *m_colorAuto;
    QComboBox *m_language;
    QSpinBox *m_lead;
    QLineEdit *m_oldPassword;
    QLineEdit *m_newPassword;
    QLineEdit *m_repeatPassword;
};

} // namespace Voronka::Ui
