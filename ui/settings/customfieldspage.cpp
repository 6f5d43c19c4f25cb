// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "customfieldspage.h"

#include "ui/settings/fieldsetupwidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Voronka::Ui {

CustomFieldsPage::CustomFieldsPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("customFields"), tr("Custom fields"), parent)
    , m_setup(new FieldSetupWidget(session, undoStack(), this))
{
    auto *hint =
        new QLabel(tr("The fields the cards of deals, contacts and companies have beyond the "
                      "built-in ones."),
                   this);
    hint->setProperty("settingsHint", true);
    hint->setWordWrap(true);
    body()->addWidget(hint);
    body()->addWidget(m_setup, 1);
}

} // namespace Voronka::Ui
