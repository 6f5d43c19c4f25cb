// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/mainwindow/workspace.h"

#include <QPointer>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class SettingsView;
class WorkspaceRegistry;

// The Settings section: the user's own profile, and for administrators the company's
// options, users, departments and the other setup pages.
class SettingsWorkspace final : public Workspace
{
public:
    explicit SettingsWorkspace(Core::Session &session);
    ~SettingsWorkspace() override;

    QString id() const override { return QStringLiteral("settings"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override {}
    bool isLoaded() const override;
    void settingsChanged() override;
    bool showPage(const QString &page) override;
    QList<Page> pages() const override;

    static void registerIn(WorkspaceRegistry &registry);

private:
    Core::Session &m_session;
    // The main window's stack takes ownership of the view; until then this owns it.
    QPointer<SettingsView> m_view;
};

} // namespace Voronka::Ui
