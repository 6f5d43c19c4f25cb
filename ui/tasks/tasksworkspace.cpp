// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tasksworkspace.h"

#include "ui/mainwindow/workspaceregistry.h"
#include "ui/tasks/tasksview.h"
#include "ui/widgets/icons.h"

#include <QHash>

namespace Voronka::Ui {

TasksWorkspace::TasksWorkspace(Core::Session &session)
    : m_view(new TasksView(session))
{
}

TasksWorkspace::~TasksWorkspace()
{
    if (m_view && !m_view->parent())
        delete m_view.data();
}

QString TasksWorkspace::title() const
{
    return TasksView::tr("Tasks");
}

QIcon TasksWorkspace::icon() const
{
    return Icons::sidebar(QStringLiteral("tasks"));
}

QWidget *TasksWorkspace::widget()
{
    return m_view;
}

void TasksWorkspace::settingsChanged()
{
    if (m_view && m_view->isVisible())
        m_view->activate();
}

void TasksWorkspace::activate()
{
    if (m_view)
        m_view->activate();
}

bool TasksWorkspace::isLoaded() const
{
    return !m_view || m_view->isLoaded();
}

void TasksWorkspace::setRecordOpener(RecordOpener opener)
{
    if (m_view)
        QObject::connect(
            m_view, &TasksView::openRecordRequested, m_view,
            [opener = std::move(opener)](Core::EntityKind kind, qint64 id, const QString &title) {
                opener(kind, id, title);
            });
}

void TasksWorkspace::registerIn(WorkspaceRegistry &registry)
{
    registry.add(QStringLiteral("tasks"),
                 [](Core::Session &session) { return std::make_unique<TasksWorkspace>(session); });
}

bool TasksWorkspace::showPage(const QString &page)
{
    static const QHash<QString, TasksView::Mode> modes{
        {QStringLiteral("list"), TasksView::Mode::List},
        {QStringLiteral("board"), TasksView::Mode::Board},
        {QStringLiteral("attention"), TasksView::Mode::Attention}};
    const auto it = modes.constFind(page);
    if (it == modes.cend() || !m_view)
        return false;
    m_view->setMode(*it);
    return true;
}

bool TasksWorkspace::showList(const ListRequest &request)
{
    if (request.kind != Core::EntityKind::Task || !m_view)
        return false;
    m_view->showTasksOf(request.whose, request.status);
    return true;
}

} // namespace Voronka::Ui
