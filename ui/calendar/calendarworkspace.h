// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/mainwindow/workspace.h"

#include <QPointer>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class CalendarView;
class WorkspaceRegistry;

// The Calendar section: day, week and month views of tasks and the team grid.
class CalendarWorkspace final : public Workspace
{
public:
    explicit CalendarWorkspace(Core::Session &session);
    ~CalendarWorkspace() override;

    QString id() const override { return QStringLiteral("calendar"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;
    void settingsChanged() override;
    bool isLoaded() const override;
    void setRecordOpener(RecordOpener opener) override;

    static void registerIn(WorkspaceRegistry &registry);

private:
    // The main window's stack takes ownership of the view; until then this owns it.
    QPointer<CalendarView> m_view;
};

} // namespace Voronka::Ui
