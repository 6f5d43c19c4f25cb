// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/recordlist.h"

#include "ui/widgets/pagedtablemodel.h"

namespace Voronka::Ui {

// What every record list's model shares (contacts, companies, deals): the columns shown, in
// order, with their header (title, sort tooltip, key, sortable), and the order by a sortable
// column. A kind's model keeps its rows and its query; it says where the order lives and
// what a new order reloads.
class ListTableModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 record id
        ValueRole,                 // the raw value of the cell (what an editor starts from)
        ColumnKeyRole,             // "name", "created", "cf.7"...; also in headerData
        SortableRole,              // headerData: whether the column sorts
        ColorRole,                 // a colour the cell shows as a dot before its text
        FirstKindRole,             // a kind's own roles start here
    };

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Sorts on a sortable column; other columns are ignored (the query cannot order them
    // without a full scan of a million rows).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool isSortable(int column) const;
    int columnOf(const QString &key) const;
    QStringList columnKeys() const;
    int sortColumn() const; // -1 when the sort column is not shown
    Qt::SortOrder sortOrder() const;
    virtual QString sortKey() const = 0;

protected:
    // `idRoleName`: IdRole's name for roleNames() ("recordId", "dealId").
    ListTableModel(const QByteArray &idRoleName, QObject *parent);

    const QList<Core::ListColumn> &columns() const { return m_columns; }
    const Core::ListColumn &column(int i) const { return m_columns.at(i); }
    void setColumnList(const QList<Core::ListColumn> &columns) { m_columns = columns; }
    // The column's alignment in the header and the cells; default: none set.
    virtual QVariant alignment(const QString &key) const;
    virtual bool isDescending() const = 0;
    // Stores the order in the query and, when loaded, reads the list again.
    virtual void setOrder(const QString &key, bool descending) = 0;

private:
    QByteArray m_idRoleName;
    QList<Core::ListColumn> m_columns;
};

} // namespace Voronka::Ui
