// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "pipelinespage.h"

#include "settings/pipelinesetupwidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Voronka::Ui {

PipelinesPage::PipelinesPage(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_setup(new PipelineSetupWidget(session, 0, this))
{
    setObjectName(QStringLiteral("pipelinesPage"));
    auto *hint = new QLabel(tr("Pipelines and their stages, as the board shows them. Changes are "
                               "saved as you make them."),
                            this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_setup, 1);
}

} // namespace Voronka::Ui
