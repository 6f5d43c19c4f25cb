// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tasklistmodel.h"

#include "core/services/session.h"
#include "ui/widgets/dates.h"
#include "ui/widgets/tasktypeicon.h"
#include "ui/widgets/theme.h"

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>

namespace Voronka::Ui {

using Core::DueBucket;
using Core::TaskRow;
using Core::TaskStatus;

QString taskStatusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return TaskListModel::tr("Open");
    case TaskStatus::Done:
        return TaskListModel::tr("Done");
    case TaskStatus::Cancelled:
        return TaskListModel::tr("Cancelled");
    }
    return {};
}

QIcon taskTypeDot(const QString &color)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(color);
    if (it != cache.end())
        return *it;
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(color));
    p.drawEllipse(QRectF(8, 8, 16, 16));
    p.end();
    return *cache.insert(color, QIcon(pm));
}

TaskListModel::TaskListModel(Core::Session &session, QTimeZone zone, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
    , m_zone(std::move(zone))
{
}

bool TaskListModel::reload(const Core::TaskFilter &filter)
{
    // Views and testers react to a reset by asking for more; that must wait for the reset.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    Core::Result<QList<Core::TaskGroup>> groups =
        Core::TaskQuery(m_session, m_zone).groups(filter, m_pageSize);
    beginResetModel();
    m_filter = filter;
    m_groups.clear();
    if (groups)
        for (const Core::TaskGroup &g : std::as_const(*groups))
            if (g.count > 0)
                m_groups.append(Group{g.bucket, g.count, g.first.rows, g.first.next});
    endResetModel();
    if (!groups)
        emit loadFailed(groups.error().message);
    return groups.ok();
}

const TaskRow *TaskListModel::task(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group &g = m_groups.at(int(index.internalId()) - 1);
    return index.row() < g.rows.size() ? &g.rows.at(index.row()) : nullptr;
}

QModelIndex TaskListModel::indexOfTask(qint64 id) const
{
    for (int gi = 0; gi < m_groups.size(); ++gi)
        for (int r = 0; r < m_groups[gi].rows.size(); ++r)
            if (m_groups[gi].rows[r].id == id)
                return createIndex(r, 0, quintptr(gi + 1));
    return {};
}

QModelIndex TaskListModel::groupIndex(DueBucket bucket) const
{
    for (int gi = 0; gi < m_groups.size(); ++gi)
        if (m_groups[gi].bucket == bucket)
            return createIndex(gi, 0, quintptr(0));
    return {};
}

qint64 TaskListModel::total() const
{
    qint64 n = 0;
    for (const Group &g : m_groups)
        n += g.count;
    return n;
}

QModelIndex TaskListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TaskListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).rows.size());
}

int TaskListModel::columnCount(const QModelIndex &) const
{
    return kColumns;
}

bool TaskListModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_groups.isEmpty();
    return parent.internalId() == 0 && parent.column() == 0 && m_groups.at(parent.row()).count > 0;
}

QString TaskListModel::dueText(const TaskRow &t) const
{
    if (!t.dueAt)
        return {};
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone);
    if (t.allDay)
        return Dates::date(due.date()) + u' ' + tr("all day");
    if (t.bucket == DueBucket::Today || t.bucket == DueBucket::Tomorrow)
        return Dates::time(due.time());
    return Dates::dateTime(due);
}

QVariant TaskListModel::taskData(const TaskRow &t, int column, int role) const
{
    switch (role) {
    case TaskIdRole:
        return t.id;
    case BucketRole:
        return int(t.bucket);
    case IsGroupRole:
        return false;
    case StatusRole:
        return int(t.status);
    case LinkKindRole:
        return int(t.linkKind);
    case LinkIdRole:
        return t.linkId;
    case LinkNameRole:
        return t.linkName;
    case DueRole:
        return t.dueAt ? QVariant(*t.dueAt) : QVariant();
    case TypeIconRole:
        return t.typeIcon;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case TextColumn:
            return role == Qt::DisplayRole ? t.text.section(u'\n', 0, 0) : t.text;
        case DueColumn:
            return dueText(t);
        case TypeColumn:
            return t.typeName;
        case ResponsibleColumn:
            return t.responsibleName;
        case LinkColumn:
            return t.linkName;
        case ResultColumn:
            return t.status == TaskStatus::Open
                       ? QString()
                       : (t.result.isEmpty() ? taskStatusName(t.status) : t.result);
        }
        return {};
    case Qt::DecorationRole:
        if (column == TextColumn)
            return TaskTypeIcon::icon(t.typeIcon, QColor(t.typeColor));
        return {};
    case Qt::FontRole:
        if (t.status != TaskStatus::Open && column == TextColumn) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        if (t.status != TaskStatus::Open)
            return Theme::current().muted;
        if (column == DueColumn && t.bucket == DueBucket::Overdue)
            return Theme::current().danger;
        return {};
    }
    return {};
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == TextColumn
                       ? QStringLiteral("%1 · %2").arg(Core::dueBucketTitle(g.bucket),
                                                       QLocale().toString(g.count))
                       : QVariant();
        case BucketRole:
            return int(g.bucket);
        case IsGroupRole:
            return true;
        case CountRole:
            return g.count;
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::ForegroundRole:
            return g.bucket == DueBucket::Overdue ? QVariant(Theme::current().danger) : QVariant();
        }
        return {};
    }
    const TaskRow *t = task(index);
    return t ? taskData(*t, index.column(), role) : QVariant();
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Task");
    case DueColumn:
        return tr("Due");
    case TypeColumn:
        return tr("Type");
    case ResponsibleColumn:
        return tr("Responsible");
    case LinkColumn:
        return tr("Linked to");
    case ResultColumn:
        return tr("Result");
    }
    return {};
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool TaskListModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_fetching && parent.isValid() && parent.internalId() == 0 && parent.column() == 0 &&
           m_groups.at(parent.row()).next.valid();
}

void TaskListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // A nested fetch (a view reacting to rowsAboutToBeInserted) would read the page after
    // this one before this one is in.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    Group &g = m_groups[parent.row()];
    Core::Result<Core::TaskPage> page =
        Core::TaskQuery(m_session, m_zone).page(m_filter, g.bucket, g.next, m_pageSize);
    if (!page) {
        g.next = {};
        emit loadFailed(page.error().message);
        return;
    }
    if (page->rows.isEmpty()) {
        g.next = {};
        return;
    }
    const int first = int(g.rows.size());
    beginInsertRows(parent, first, first + int(page->rows.size()) - 1);
    g.rows += page->rows;
    g.next = page->next;
    endInsertRows();
}

} // namespace Voronka::Ui
