// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "settingsworkspace.h"

#include "ui/mainwindow/workspaceregistry.h"
#include "core/services/session.h"
#include "ui/settings/settingspages.h"
#include "ui/settings/settingsview.h"
#include "ui/widgets/icons.h"

namespace Voronka::Ui {

SettingsWorkspace::SettingsWorkspace(Core::Session &session)
    : m_session(session)
    , m_view(new SettingsView(session))
{
}

SettingsWorkspace::~SettingsWorkspace()
{
    if (m_view && !m_view->parent())
        delete m_view.data();
}

QString SettingsWorkspace::title() const
{
    return SettingsView::tr("Settings");
}

QIcon SettingsWorkspace::icon() const
{
    return Icons::sidebar(QStringLiteral("settings"));
}

QWidget *SettingsWorkspace::widget()
{
    return m_view;
}

bool SettingsWorkspace::isLoaded() const
{
    return !m_view || m_view->isLoaded();
}

QList<Workspace::Page> SettingsWorkspace::pages() const
{
    QList<Page> out;
    for (const SettingsPageEntry &e : SettingsPages::visibleTo(m_session.principal().admin))
        out.append(Page{e.id, e.title});
    return out;
}

void SettingsWorkspace::settingsChanged()
{
    if (m_view)
        m_view->settingsChanged();
}

bool SettingsWorkspace::showPage(const QString &page)
{
    return m_view && m_view->showPage(page);
}

void SettingsWorkspace::registerIn(WorkspaceRegistry &registry)
{
    registry.add(QStringLiteral("settings"), [](Core::Session &session) {
        return std::make_unique<SettingsWorkspace>(session);
    });
}

} // namespace Voronka::Ui
