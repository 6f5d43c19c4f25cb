// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "analyticsworkspace.h"

#include "analyticsview.h"

#include "ui/mainwindow/workspaceregistry.h"
#include "ui/widgets/icons.h"

namespace Voronka::Ui {

AnalyticsWorkspace::AnalyticsWorkspace(Core::Session &session)
    : m_view(new AnalyticsView(session))
{
}

AnalyticsWorkspace::~AnalyticsWorkspace()
{
    if (m_view && !m_view->parent())
        delete m_view.data();
}

QString AnalyticsWorkspace::title() const
{
    return AnalyticsView::tr("Analytics");
}

QIcon AnalyticsWorkspace::icon() const
{
    return Icons::sidebar(QStringLiteral("analytics"));
}

QWidget *AnalyticsWorkspace::widget()
{
    return m_view;
}

void AnalyticsWorkspace::activate()
{
    if (m_view)
        m_view->activate();
}

bool AnalyticsWorkspace::isLoaded() const
{
    return !m_view || m_view->isLoaded();
}

void AnalyticsWorkspace::settingsChanged()
{
    if (m_view)
        m_view->settingsChanged();
}

QList<Workspace::Page> AnalyticsWorkspace::pages() const
{
    QList<Page> out;
    if (m_view)
        for (const ReportPage *p : m_view->pages())
            out << Page{p->pageId(), p->title()};
    return out;
}

bool AnalyticsWorkspace::showPage(const QString &page)
{
    return m_view && m_view->showPage(page);
}

void AnalyticsWorkspace::setListOpener(ListOpener opener)
{
    if (m_view)
        m_view->setListOpener(std::move(opener));
}

void AnalyticsWorkspace::registerIn(WorkspaceRegistry &registry)
{
    registry.add(QStringLiteral("analytics"), [](Core::Session &session) {
        return std::make_unique<AnalyticsWorkspace>(session);
    });
}

} // namespace Voronka::Ui
