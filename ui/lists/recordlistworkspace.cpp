// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlistworkspace.h"

#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/widgets/icons.h"

#include <QTableView>

namespace Voronka::Ui {

RecordListWorkspace::RecordListWorkspace(Core::Session &session, Core::EntityKind kind)
    : m_kind(kind)
    , m_view(new RecordListView(session, kind))
{
}

RecordListWorkspace::~RecordListWorkspace()
{
    if (m_view && !m_view->parent())
        delete m_view.data();
}

QString RecordListWorkspace::id() const
{
    return RecordListView::pluralKey(m_kind);
}

QString RecordListWorkspace::title() const
{
    return RecordListView::titleFor(m_kind);
}

QIcon RecordListWorkspace::icon() const
{
    return Icons::sidebar(Icons::forKind(m_kind));
}

QWidget *RecordListWorkspace::widget()
{
    return m_view;
}

void RecordListWorkspace::settingsChanged()
{
    if (m_view && m_view->isVisible())
        m_view->activate();
}

void RecordListWorkspace::activate()
{
    if (m_view)
        m_view->activate();
}

bool RecordListWorkspace::isLoaded() const
{
    return !m_view || m_view->isLoaded();
}

bool RecordListWorkspace::showRecord(qint64 id, const QString &title)
{
    return m_view && m_view->showRecord(id, title);
}

void RecordListWorkspace::registerIn(WorkspaceRegistry &registry)
{
    for (Core::EntityKind kind : {Core::EntityKind::Contact, Core::EntityKind::Company})
        registry.add(RecordListView::pluralKey(kind), [kind](Core::Session &session) {
            return std::make_unique<RecordListWorkspace>(session, kind);
        });
}

void RecordListWorkspace::setRecordOpener(RecordOpener opener)
{
    QObject::connect(m_view->table(), &QAbstractItemView::activated, m_view,
                     [opener, kind = m_kind](const QModelIndex &index) {
                         opener(kind, index.data(RecordListModel::IdRole).toLongLong(), {});
                     });
    QObject::connect(m_view, &RecordListView::openRequested, m_view,
                     [opener, kind = m_kind](qint64 id) { opener(kind, id, {}); });
    // Id 0: an empty card for a new record of the list's kind.
    QObject::connect(m_view, &RecordListView::newRequested, m_view,
                     [opener, kind = m_kind] { opener(kind, 0, {}); });
}

void RecordListWorkspace::recordChanged(Core::EntityKind kind, qint64 id)
{
    Q_UNUSED(id);
    // A card saved a record of this list (or a company a contact row names): read the
    // shown pages again. Not loaded yet: it reads fresh rows when first shown anyway.
    if (m_view && m_view->isLoaded() &&
        (kind == m_kind ||
         (m_kind == Core::EntityKind::Contact && kind == Core::EntityKind::Company)))
        m_view->refresh();
}

} // namespace Voronka::Ui
