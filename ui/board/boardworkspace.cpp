// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardworkspace.h"

#include "board/boardview.h"
#include "mainwindow/workspaceregistry.h"
#include "widgets/icons.h"

namespace Voronka::Ui {

BoardWorkspace::BoardWorkspace(Core::Session &session)
    : m_view(new BoardView(session))
{
}

BoardWorkspace::~BoardWorkspace()
{
    if (m_view && !m_view->parent())
        delete m_view.data();
}

QString BoardWorkspace::title() const
{
    return BoardView::tr("Deals");
}

QIcon BoardWorkspace::icon() const
{
    return Icons::sidebar(QStringLiteral("board"));
}

QWidget *BoardWorkspace::widget()
{
    return m_view;
}

void BoardWorkspace::activate()
{
    if (m_view)
        m_view->activate();
}

bool BoardWorkspace::isLoaded() const
{
    return !m_view || m_view->isLoaded();
}

void BoardWorkspace::registerIn(WorkspaceRegistry &registry)
{
    registry.add(QStringLiteral("deals"),
                 [](Core::Session &session) { return std::make_unique<BoardWorkspace>(session); });
}

} // namespace Voronka::Ui
