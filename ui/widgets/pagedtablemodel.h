// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QAbstractTableModel>

#include <functional>

namespace Voronka::Ui {

// What the deals and the contacts/companies tables share: rows read a page at a time through
// a core keyset cursor as the view scrolls (fetchMore), a reset to the first page, the total
// count and the last error. A subclass keeps the rows and the cursor; it reads the next page
// in readNextPage() and inserts it through appendRows().
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool isLoaded() const { return m_loaded; }
    qint64 totalCount() const { return m_total; } // rows matching, loaded or not
    QString lastError() const { return m_error; }

signals:
    void totalCountChanged(qint64 count);
    void loadFailed(const QString &message);

protected:
    virtual bool hasMorePages() const = 0;
    // Reads the page after the rows held and appends it; returns core's message on failure
    // (the subclass then drops its cursor).
    virtual QString readNextPage() = 0;

    // `store` adds `count` rows at the end, inside begin/endInsertRows.
    void appendRows(int count, const std::function<void()> &store);
    // Starts over: `replace` swaps in the first page (or clears the rows when `error` is set)
    // inside a model reset; the error is then reported.
    void resetRows(const QString &error, const std::function<void()> &replace);
    // A new total is announced when it differs, or always with `announce`.
    void setTotal(qint64 total, bool announce = false);
    void setLoadError(const QString &error);
    // While set, views and testers asking for more rows get none: a nested fetch (they react
    // to rowsAboutToBeInserted) would read the page after this one before this one is in.
    bool &fetching() { return m_fetching; }

private:
    qint64 m_total = 0;
    bool m_loaded = false;
    bool m_fetching = false;
    QString m_error;
};

} // namespace Voronka::Ui
