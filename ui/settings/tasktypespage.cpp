// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tasktypespage.h"

#include "settings/tasktypeswidget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Voronka::Ui {

TaskTypesPage::TaskTypesPage(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_setup(new TaskTypesWidget(session, this))
{
    setObjectName(QStringLiteral("taskTypesPage"));
    auto *hint = new QLabel(tr("The kinds of tasks people plan, with the icon and colour the "
                               "calendar shows. Changes are saved as you make them."),
                            this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_setup, 1);
}

} // namespace Voronka::Ui
