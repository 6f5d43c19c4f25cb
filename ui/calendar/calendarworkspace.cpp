// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "calendarworkspace.h"

#include "ui/calendar/calendarview.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/widgets/icons.h"

namespace Voronka::Ui {

CalendarWorkspace::CalendarWorkspace(Core::Session &session)
    : m_view(new CalendarView(session))
{
}

CalendarWorkspace::~CalendarWorkspace()
{
    if (m_view && !m_view->parent())
        delete m_view.data();
}

QString CalendarWorkspace::title() const
{
    return CalendarView::tr("Calendar");
}

QIcon CalendarWorkspace::icon() const
{
    return Icons::sidebar(QStringLiteral("calendar"));
}

QWidget *CalendarWorkspace::widget()
{
    return m_view;
}

void CalendarWorkspace::settingsChanged()
{
    if (m_view && m_view->isVisible())
        m_view->activate();
}

void CalendarWorkspace::activate()
{
    if (m_view)
        m_view->activate();
}

bool CalendarWorkspace::isLoaded() const
{
    return !m_view || m_view->isLoaded();
}

void CalendarWorkspace::setRecordOpener(RecordOpener opener)
{
    if (m_view)
        QObject::connect(
            m_view, &CalendarView::openRecordRequested, m_view,
            [opener = std::move(opener)](Core::EntityKind kind, qint64 id, const QString &title) {
                opener(kind, id, title);
            });
}

void CalendarWorkspace::registerIn(WorkspaceRegistry &registry)
{
    registry.add(QStringLiteral("calendar"), [](Core::Session &session) {
        return std::make_unique<CalendarWorkspace>(session);
    });
}

} // namespace Voronka::Ui
