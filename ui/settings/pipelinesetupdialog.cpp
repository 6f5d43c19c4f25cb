// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "pipelinesetupdialog.h"

#include "pipelinesetupwidget.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

PipelineSetupDialog::PipelineSetupDialog(Core::Session &session, qint64 pipelineId, QWidget *parent)
    : QDialog(parent)
    , m_setup(new PipelineSetupWidget(session, pipelineId, this))
{
    setObjectName(QStringLiteral("pipelineSetupDialog"));
    setWindowTitle(tr("Pipeline setup"));
    auto *hint = new QLabel(tr("Changes are saved as you make them."), this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("setupButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("setupCloseButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(m_setup, 1);
    layout->addLayout(bottom);
    resize(1040, 600);
    // Enter confirms the field being edited; it must not close the dialog or press a button.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
}

bool PipelineSetupDialog::changed() const
{
    return m_setup->changed();
}

qint64 PipelineSetupDialog::pipelineId() const
{
    return m_setup->pipelineId();
}

StageListWidget *PipelineSetupDialog::stageList() const
{
    return m_setup->stageList();
}

} // namespace Voronka::Ui
