// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/recyclebin.h"

#include <QAbstractTableModel>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The deleted contacts or companies, newest deletion first, a page at a time.
class RecycleBinModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1 };
    enum Column { NameColumn, DetailColumn, DeletedAtColumn, DeletedByColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    RecycleBinModel(Core::Session &session, Core::EntityKind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload(); // reads the first page on the calling thread
    // The first page read elsewhere (the bin dialog reads it in a worker thread).
    void setFirstPage(const Core::BinPage &page);
    void setError(const QString &error);
    qint64 idAt(int row) const { return m_rows.value(row).id; }
    QString nameAt(int row) const { return m_rows.value(row).name; }
    void removeRecord(qint64 id);
    QString lastError() const { return m_error; }

private:
    Core::Session &m_session;
    Core::EntityKind m_kind;
    QList<Core::DeletedRecord> m_rows;
    qint64 m_nextAt = 0, m_nextId = 0;
    QString m_error;
};

} // namespace Voronka::Ui
