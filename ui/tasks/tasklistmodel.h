// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QTimeZone>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The task list as a two-level tree: due groups (with their counts from core) and their
// tasks, each group paged lazily (fetchMore) by core's keyset. Empty groups are left out.
class TaskListModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        BucketRole,
        IsGroupRole,
        CountRole,
        StatusRole,
        LinkKindRole,
        LinkIdRole,
        LinkNameRole,
        DueRole,      // ms, or null
        TypeIconRole, // the type's icon name (TaskTypeIcon)
    };
    enum Column { TextColumn, DueColumn, TypeColumn, ResponsibleColumn, LinkColumn, ResultColumn };
    static constexpr int kColumns = 6;

    explicit TaskListModel(Core::Session &session, QTimeZone zone = QTimeZone::systemTimeZone(),
                           QObject *parent = nullptr);

    // Reads the counts and the first page of every group for `filter`; a failure empties the
    // model and is reported through loadFailed.
    bool reload(const Core::TaskFilter &filter);
    const Core::TaskFilter &filter() const { return m_filter; }
    const Core::TaskRow *task(const QModelIndex &index) const;
    QModelIndex indexOfTask(qint64 id) const;
    QModelIndex groupIndex(Core::DueBucket bucket) const; // invalid when the group is empty
    qint64 total() const;
    int pageSize() const { return m_pageSize; }
    void setPageSize(int n) { m_pageSize = n; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // How the list writes a task's due (Ui::Dates; the time alone for today and tomorrow).
    QString dueText(const Core::TaskRow &t) const;

signals:
    void loadFailed(const QString &message);

private:
    struct Group
    {
        Core::DueBucket bucket;
        qint64 count = 0;
        QList<Core::TaskRow> rows;
        Core::TaskCursor next;
    };
    QVariant taskData(const Core::TaskRow &t, int column, int role) const;

    Core::Session &m_session;
    QTimeZone m_zone;
    Core::TaskFilter m_filter;
    QList<Group> m_groups;
    int m_pageSize = 50;
    bool m_fetching = false;
};

QString taskStatusName(Core::TaskStatus status); // translated
// A small round dot in the task type's color, for list rows and board cards.
QIcon taskTypeDot(const QString &color);

} // namespace Voronka::Ui
