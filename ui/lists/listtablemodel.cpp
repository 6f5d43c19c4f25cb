// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "listtablemodel.h"

namespace Voronka::Ui {

ListTableModel::ListTableModel(const QByteArray &idRoleName, QObject *parent)
    : PagedTableModel(parent)
    , m_idRoleName(idRoleName)
{
}

int ListTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ListTableModel::alignment(const QString &) const
{
    return {};
}

QVariant ListTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Core::ListColumn &c = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return c.title;
    case Qt::ToolTipRole:
        return c.sortable ? tr("Click to sort by %1").arg(c.title.toLower())
                          : tr("This column cannot be sorted");
    case Qt::TextAlignmentRole:
        return alignment(c.key);
    case ColumnKeyRole:
        return c.key;
    case SortableRole:
        return c.sortable;
    default:
        return {};
    }
}

QHash<int, QByteArray> ListTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, m_idRoleName);
    names.insert(ValueRole, "value");
    names.insert(ColumnKeyRole, "columnKey");
    names.insert(SortableRole, "sortable");
    names.insert(ColorRole, "color");
    return names;
}

void ListTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    const QString &key = m_columns.at(column).key;
    const bool descending = order == Qt::DescendingOrder;
    if (isLoaded() && key == sortKey() && descending == isDescending())
        return;
    setOrder(key, descending);
}

bool ListTableModel::isSortable(int column) const
{
    return column >= 0 && column < m_columns.size() && m_columns.at(column).sortable;
}

int ListTableModel::columnOf(const QString &key) const
{
    for (int i = 0; i < m_columns.size(); ++i)
        if (m_columns.at(i).key == key)
            return i;
    return -1;
}

QStringList ListTableModel::columnKeys() const
{
    QStringList out;
    for (const Core::ListColumn &c : m_columns)
        out << c.key;
    return out;
}

int ListTableModel::sortColumn() const
{
    return columnOf(sortKey());
}

Qt::SortOrder ListTableModel::sortOrder() const
{
    return isDescending() ? Qt::DescendingOrder : Qt::AscendingOrder;
}

} // namespace Voronka::Ui
