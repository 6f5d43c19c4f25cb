// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/journal.h"

#include "ui/widgets/pagedtablemodel.h"

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The administrators' journal as a table, newest first, read a page at a time through
// Core::Journal's keyset cursor as the view scrolls. The total is never counted: counting
// millions of history rows would cost more than every page the admin will look at.
class JournalModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, Entity, Record, Action, Field, OldValue, NewValue, Detail, Count };
    enum Role {
        AtRole = Qt::UserRole + 1, // qint64 ms since the epoch
        SourceRole,                // int Core::JournalEntry::Source
        EntryIdRole,               // qint64 history or sign_ins row
        EntityKindRole,            // int Core::EntityKind
        EntityIdRole,              // qint64
        UserIdRole,                // qint64
        ActionRole,                // int Core::JournalAction
    };

    explicit JournalModel(Core::Session &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Core::JournalFilter &filter() const { return m_filter; }
    void setFilter(const Core::JournalFilter &filter); // reloads
    void setPageSize(int rows) { m_pageSize = rows; }
    void reload();
    const Core::JournalEntry &entry(int row) const { return m_rows.at(row); }

protected:
    bool hasMorePages() const override { return m_next.valid(); }
    QString readNextPage() override;

private:
    Core::Session &m_session;
    Core::JournalFilter m_filter;
    int m_pageSize = 200;
    QList<Core::JournalEntry> m_rows;
    Core::JournalCursor m_next;
};

} // namespace Voronka::Ui
