// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tasktypesdialog.h"

#include "tasktypeswidget.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

TaskTypesDialog::TaskTypesDialog(Core::Session &session, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("taskTypesDialog"));
    setWindowTitle(tr("Task types"));
    auto *types = new TaskTypesWidget(session, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(types, 1);
    layout->addWidget(buttons);
    resize(620, 380);
    // Enter confirms the name being edited; it must not close the dialog or press a button.
    for (QPushButton *b : findChildren<QPushButton *>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
}

} // namespace Voronka::Ui
