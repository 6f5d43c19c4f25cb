// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/admin.h"
#include "ui/settings/settingspage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimeEdit;

namespace Voronka::Ui {

// Settings → General: the company's name and the options every user of the file shares
// (currency, week, working hours, time zone, default language, shared-file mode).
class GeneralPage final : public SettingsPage
{
    Q_OBJECT
public:
    GeneralPage(Core::Session &session, QWidget *parent = nullptr);

protected:
    void reload() override;

private:
    Core::Admin::General edited() const;
    void save();

    QLineEdit *m_company;
    QComboBox *m_currency;
    QComboBox *m_weekStart;
    QTimeEdit *m_workStart;
    QTimeEdit *m_workEnd;
    QComboBox *m_timeZone;
    QComboBox *m_language;
    QCheckBox *m_sharedFile;
};

} // namespace Voronka::Ui
