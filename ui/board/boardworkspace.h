// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "mainwindow/workspace.h"

#include <QPointer>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BoardView;
class WorkspaceRegistry;

// The Deals section: the kanban board of one pipeline.
class BoardWorkspace final : public Workspace
{
public:
    explicit BoardWorkspace(Core::Session &session);
    ~BoardWorkspace() override;

    QString id() const override { return QStringLiteral("deals"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;
    bool isLoaded() const override;
    Core::EntityKind recordKind() const override { return Core::EntityKind::Deal; }

    static void registerIn(WorkspaceRegistry &registry);

private:
    // The main window's stack takes ownership of the view; until then this owns it.
    QPointer<BoardView> m_view;
};

} // namespace Voronka::Ui
