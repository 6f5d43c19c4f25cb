// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/settings/settingspage.h"

namespace Voronka::Ui {

class TaskTypesWidget;

// Settings → Task types: the task types editor as a page.
// Its steps go on the page's undo stack, under the page's Undo and Redo.
class TaskTypesPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit TaskTypesPage(Core::Session &session, QWidget *parent = nullptr);

    TaskTypesWidget *setup() const { return m_setup; }

private:
    // The editor reads its data again after each of its steps itself.
    void reload() override {}

    TaskTypesWidget *m_setup;
};

} // namespace Voronka::Ui
