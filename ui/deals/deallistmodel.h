// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "services/deallist.h"

#include "widgets/pagedtablemodel.h"

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Deals as a table of the chosen columns, read a page at a time through core DealList's
// keyset cursor as the view scrolls. Edits go through the write path (Records::update, or
// Board::move for the stage, so the stage's rules apply); a refused edit leaves the row as
// it was and reports core's message.
class DealListModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64 deal id
        ValueRole,                 // the value an editor starts from (budget in minor units)
        ColumnKeyRole,             // "name", "budget", "cf.7"...; also in headerData
        SortableRole,              // headerData: whether the column sorts
        StageColorRole,            // the stage column: its color
        StageIdRole,               // the stage column: the deal's stage id
        PipelineIdRole,            // any column: the deal's pipeline
    };

    explicit DealListModel(Core::Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Every column the list can show, and the ones it shows (in order).
    QList<Core::ListColumn> availableColumns() const { return m_available; }
    QStringList columnKeys() const;
    void setColumnKeys(const QStringList &keys);
    int columnOf(const QString &key) const;
    bool isSortable(int column) const;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    void setScope(qint64 pipelineId, const Core::DealFilter &filter);
    qint64 pipelineId() const { return m_query.pipelineId; }
    Core::DealListQuery query() const { return m_query; }
    void setPageSize(int rows) { m_query.pageSize = rows; }
    void reload();

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // Reads one deal again (after an edit) without touching the other rows.
    void refreshRow(int row);

signals:
    void editFailed(const QString &message);

private:
    bool hasMorePages() const override { return m_next.valid(); }
    QString readNextPage() override;
    QString display(const Core::DealRow &row, const QString &key) const;
    QVariant editValue(const Core::DealRow &row, const QString &key) const;
    void reload(bool recount);
    bool editable(const Core::DealRow &row, const QString &key) const;
    void syncFieldIds();

    Core::Session &m_session;
    Core::DealList m_list;
    QList<Core::ListColumn> m_available;
    QList<Core::ListColumn> m_columns;
    Core::DealListQuery m_query;
    Core::ListCursor m_next;
    QList<Core::DealRow> m_rows;
};

} // namespace Voronka::Ui
