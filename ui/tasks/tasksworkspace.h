// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/mainwindow/workspace.h"

#include <QPointer>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class TasksView;
class WorkspaceRegistry;

// The Tasks section: tasks grouped by due, as a list or a board.
class TasksWorkspace final : public Workspace
{
public:
    explicit TasksWorkspace(Core::Session &session);
    ~TasksWorkspace() override;

    QString id() const override { return QStringLiteral("tasks"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;
    void settingsChanged() override;
    bool isLoaded() const override;
    void setRecordOpener(RecordOpener opener) override;
    // "list", "board" or "attention".
    bool showPage(const QString &page) override;
    // A report's task figure: that person's or department's open or done tasks, as a list.
    bool showList(const ListRequest &request) override;

    static void registerIn(WorkspaceRegistry &registry);

private:
    // The main window's stack takes ownership of the view; until then this owns it.
    QPointer<TasksView> m_view;
};

} // namespace Voronka::Ui
