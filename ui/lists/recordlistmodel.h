// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/lists/listtablemodel.h"

#include <QPointer>

class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BackgroundJob;

// Contacts, companies or deals as a table, loaded a page at a time through core RecordList
// with its keyset cursor: the view asks for more rows as it scrolls, so a million-row list
// costs only the pages actually shown. The columns are the user's choice among the kind's
// standard ones and its custom fields; a filter narrows the rows. A filtered contacts or
// companies count runs in the background (a custom-field condition reads a million field
// values); the deals' count reads the stage index and runs at once.
//
// Deals are edited in place: edits go through the write path (Records::update, or Board::move
// for the stage, so the stage's rules apply); a refused edit leaves the row as it was and
// reports core's message. With an undo stack each edit is one undo step there.
class RecordListModel final : public ListTableModel
{
    Q_OBJECT
public:
    // ValueRole is the value an editor starts from (a budget in minor units, a date as QDate).
    enum DealRole {
        StageColorRole = ColorRole,  // the stage column: its color
        StageIdRole = FirstKindRole, // any column: the deal's stage id
        PipelineIdRole,              // any column: the deal's pipeline
    };

    RecordListModel(Core::Session &session, Core::EntityKind kind, QObject *parent = nullptr);

    Core::EntityKind kind() const { return m_kind; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QString sortKey() const override { return m_query.sortKey; }
    QString searchText() const { return m_query.filter.text; }
    // Sets the search text and reads the list.
    void setSearchText(const QString &text);
    void setPageSize(int rows) { m_query.pageSize = rows; }
    const Core::RecordFilter &filter() const { return m_query.filter; }
    const Core::ListQuery &query() const { return m_query; }
    qint64 pipelineId() const { return m_query.pipelineId; }
    // Sets the whole filter (with its search text) and reads the list.
    void setFilter(const Core::RecordFilter &filter);
    // Deals: the pipeline (0: every pipeline) and the filter the board shows; read again only
    // when loaded (the list follows the board before it is ever shown).
    void setScope(qint64 pipelineId, const Core::RecordFilter &filter);
    // Just these records (the deals behind a report's number), in every pipeline and with no
    // filter; an empty list goes back to the scope's records. Reads when loaded.
    void setOnlyIds(const QList<qint64> &ids);
    bool showsOnlyIds() const { return !m_query.onlyIds.isEmpty(); }
    // Every column the list may show, and the keys shown (in order).
    QList<Core::ListColumn> availableColumns() { return m_list.availableColumns(); }
    void setColumnKeys(const QStringList &keys);
    // Starts over from the first page (after a filter or sort change, or new data).
    void reload();

    bool isCounting() const { return m_counting; } // a background count is under way
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    // Reads one record again (after an edit) without touching the other rows.
    void refreshRow(int row);

signals:
    void editFailed(const QString &message);
    // An edit was undone or redone; message: what it refused, naming the record, or empty.
    void undoDone(const QString &message);

private:
    bool isDescending() const override { return m_query.descending; }
    void setOrder(const QString &key, bool descending) override;
    QVariant alignment(const QString &key) const override;
    bool hasMorePages() const override { return m_next.valid(); }
    QString readNextPage() override;
    QString display(int row, int col) const;
    QVariant editValue(int row, int col) const;
    bool editable(int row, int col) const;
    void load(bool recount);
    void setColumns(const QStringList &keys);
    void startCount();
    void finishCount(qint64 total);

    Core::Session &m_session;
    Core::EntityKind m_kind;
    Core::RecordList m_list;
    Core::ListQuery m_query;
    Core::ListCursor m_next;
    Core::ListPage m_page; // the rows read so far (every page), its cursor unused
    bool m_counting = false;
    QPointer<BackgroundJob> m_countJob;
    QUndoStack *m_undo = nullptr;
};

} // namespace Voronka::Ui
