// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/settings/settingspage.h"

namespace Voronka::Ui {

class PipelineSetupWidget;

// Settings → Pipelines: the pipeline setup the board's gear also opens, as a page.
// Its steps go on the page's undo stack, under the page's Undo and Redo.
class PipelinesPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit PipelinesPage(Core::Session &session, QWidget *parent = nullptr);

    PipelineSetupWidget *setup() const { return m_setup; }

private:
    // The editor reads its data again after each of its steps itself.
    void reload() override {}

    PipelineSetupWidget *m_setup;
};

} // namespace Voronka::Ui
