// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "customfieldspage.h"

#include "cards/fieldsetupwidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Voronka::Ui {

CustomFieldsPage::CustomFieldsPage(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_setup(new FieldSetupWidget(session, this))
{
    setObjectName(QStringLiteral("customFieldsPage"));
    auto *hint = new QLabel(
        tr("The fields the cards of deals, contacts and companies have beyond the built-in ones."),
        this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_setup, 1);
}

} // namespace Voronka::Ui
