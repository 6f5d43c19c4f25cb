// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/lists/listtablemodel.h"

#include <QPointer>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BackgroundJob;

// Contacts or companies as a table, loaded a page at a time through core RecordList with
// its keyset cursor: the view asks for more rows as it scrolls, so a million-row list costs
// only the pages actually shown. The columns are the user's choice among the standard ones and
// the custom fields; a filter narrows the rows, and its count runs in the background (a
// custom-field condition reads a million field values).
class RecordListModel final : public ListTableModel
{
    Q_OBJECT
public:
    RecordListModel(Core::Session &session, Core::EntityKind kind, QObject *parent = nullptr);

    Core::EntityKind kind() const { return m_kind; }
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QString sortKey() const override { return m_query.sortKey; }
    QString searchText() const { return m_query.text; }
    void setSearchText(const QString &text);
    void setPageSize(int rows) { m_query.pageSize = rows; }
    const Core::RecordFilter &filter() const { return m_query.filter; }
    void setFilter(const Core::RecordFilter &filter);
    // Every column the list may show, and the keys shown (in order).
    QList<Core::ListColumn> availableColumns() { return m_list.availableColumns(); }
    void setColumnKeys(const QStringList &keys);
    // Starts over from the first page (after a filter or sort change, or new data).
    void reload();

    bool isCounting() const { return m_counting; } // a background count is under way
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    static QString dateFormat(); // how the created column shows dates

private:
    bool isDescending() const override { return m_query.descending; }
    void setOrder(const QString &key, bool descending) override;
    bool hasMorePages() const override { return m_next.valid(); }
    QString readNextPage() override;
    QString display(int col, const QVariant &value) const;
    void setColumns(const QStringList &keys);
    void startCount();
    void finishCount(qint64 total);

    Core::Session &m_session;
    Core::EntityKind m_kind;
    Core::RecordList m_list;
    Core::ListQuery m_query;
    Core::ListCursor m_next;
    QList<qint64> m_ids;
    QList<QVariantList> m_rows;
    bool m_counting = false;
    QPointer<BackgroundJob> m_countJob;
};

} // namespace Voronka::Ui
