// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fieldsetupdialog.h"

#include "fieldsetupwidget.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace Voronka::Ui {

FieldSetupDialog::FieldSetupDialog(Core::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_setup(new FieldSetupWidget(session, this))
{
    setObjectName(QStringLiteral("fieldSetupDialog"));
    setWindowTitle(tr("Custom fields"));
    resize(860, 560);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->setObjectName(QStringLiteral("fieldSetupButtons"));
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(m_setup, 1);
    outer->addWidget(close);
}

} // namespace Voronka::Ui
