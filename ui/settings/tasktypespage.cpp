// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tasktypespage.h"

#include "ui/settings/tasktypeswidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Voronka::Ui {

TaskTypesPage::TaskTypesPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("taskTypes"), tr("Task types"), parent)
    , m_setup(new TaskTypesWidget(session, undoStack(), this))
{
    auto *hint = new QLabel(tr("The kinds of tasks people plan, with the icon and colour the "
                               "calendar shows. Changes are saved as you make them."),
                            this);
    hint->setProperty("settingsHint", true);
    hint->setWordWrap(true);
    body()->addWidget(hint);
    body()->addWidget(m_setup, 1);
}

} // namespace Voronka::Ui
