// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "pipelinespage.h"

#include "ui/settings/pipelinesetupwidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Voronka::Ui {

PipelinesPage::PipelinesPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("pipelines"), tr("Pipelines"), parent)
    , m_setup(new PipelineSetupWidget(session, 0, undoStack(), this))
{
    auto *hint = new QLabel(tr("Pipelines and their stages, as the board shows them. Changes are "
                               "saved as you make them."),
                            this);
    hint->setProperty("settingsHint", true);
    hint->setWordWrap(true);
    body()->addWidget(hint);
    body()->addWidget(m_setup, 1);
}

} // namespace Voronka::Ui
