// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/settings/settingspage.h"

namespace Voronka::Ui {

class FieldSetupWidget;

// Settings → Custom fields: the custom fields editor as a page.
// Its steps go on the page's undo stack, under the page's Undo and Redo.
class CustomFieldsPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit CustomFieldsPage(Core::Session &session, QWidget *parent = nullptr);

    FieldSetupWidget *setup() const { return m_setup; }

private:
    // The editor reads its data again after each of its steps itself.
    void reload() override {}

    FieldSetupWidget *m_setup;
};

} // namespace Voronka::Ui
