// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/mainwindow/workspace.h"

#include <QPointer>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class AnalyticsView;
class WorkspaceRegistry;

// The Analytics section: the dashboard and the reports (--view analytics/funnel opens one).
class AnalyticsWorkspace final : public Workspace
{
public:
    explicit AnalyticsWorkspace(Core::Session &session);
    ~AnalyticsWorkspace() override;

    QString id() const override { return QStringLiteral("analytics"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;
    bool isLoaded() const override;
    void settingsChanged() override;
    QList<Page> pages() const override;
    bool showPage(const QString &page) override;
    void setListOpener(ListOpener opener) override;

    static void registerIn(WorkspaceRegistry &registry);

private:
    // The main window's stack takes ownership of the view; until then this owns it.
    QPointer<AnalyticsView> m_view;
};

} // namespace Voronka::Ui
