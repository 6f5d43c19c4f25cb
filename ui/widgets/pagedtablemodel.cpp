// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "ui/widgets/pagedtablemodel.h"

#include <QScopedValueRollback>

namespace Voronka::Ui {

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && hasMorePages();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true);
    const QString error = readNextPage();
    if (!error.isEmpty())
        setLoadError(error);
}

void PagedTableModel::appendRows(int count, const std::function<void()> &store)
{
    if (count <= 0)
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + count - 1);
    store();
    endInsertRows();
}

void PagedTableModel::resetRows(const QString &error, const std::function<void()> &replace)
{
    beginResetModel();
    replace();
    m_error = error;
    m_loaded = true;
    endResetModel();
    if (!error.isEmpty())
        emit loadFailed(error);
}

void PagedTableModel::setTotal(qint64 total, bool announce)
{
    if (total == m_total && !announce)
        return;
    m_total = total;
    emit totalCountChanged(m_total);
}

void PagedTableModel::setLoadError(const QString &error)
{
    m_error = error;
    emit loadFailed(error);
}

} // namespace Voronka::Ui
