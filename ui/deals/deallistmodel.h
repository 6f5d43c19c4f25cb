// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/lists/listtablemodel.h"
#include "core/services/deallist.h"

class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Deals as a table of the chosen columns (the record list's model with the deal columns: money,
// the stage with its colour, dates), read a page at a time through core DealList's keyset
// cursor as the view scrolls. Edits go through the write path (Records::update, or
// Board::move for the stage, so the stage's rules apply); a refused edit leaves the row as
// it was and reports core's message. With an undo stack each edit is one undo step there.
class DealListModel final : public ListTableModel
{
    Q_OBJECT
public:
    // ValueRole is the value an editor starts from (budget in minor units).
    enum DealRole {
        StageColorRole = ColorRole,  // the stage column: its color
        StageIdRole = FirstKindRole, // the stage column: the deal's stage id
        PipelineIdRole,              // any column: the deal's pipeline
    };

    explicit DealListModel(Core::Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString sortKey() const override { return m_query.sortKey; }

    // Every column the list can show, and the ones it shows (in order).
    QList<Core::ListColumn> availableColumns() const { return m_available; }
    void setColumnKeys(const QStringList &keys);

    void setScope(qint64 pipelineId, const Core::DealFilter &filter);
    qint64 pipelineId() const { return m_query.pipelineId; }
    Core::DealListQuery query() const { return m_query; }
    void setPageSize(int rows) { m_query.pageSize = rows; }
    void reload();

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    // Reads one deal again (after an edit) without touching the other rows.
    void refreshRow(int row);

signals:
    void editFailed(const QString &message);
    // An edit was undone or redone; message: what it refused, naming the deal, or empty.
    void undoDone(const QString &message);

private:
    bool isDescending() const override { return m_query.descending; }
    void setOrder(const QString &key, bool descending) override;
    QVariant alignment(const QString &key) const override;
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
    Core::DealListQuery m_query;
    Core::ListCursor m_next;
    QList<Core::DealRow> m_rows;
    QUndoStack *m_undo = nullptr;
};

} // namespace Voronka::Ui
