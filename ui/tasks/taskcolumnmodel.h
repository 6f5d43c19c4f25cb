// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"

#include <QAbstractListModel>
#include <QTimeZone>

class QMimeData;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The tasks of one due bucket as a task-board column, paged lazily. Dragging a task out
// carries its id (kMimeType); a drop asks the board to move it (taskDropped), which goes
// through core and reloads the touched columns.
class TaskColumnModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TaskIdRole = Qt::UserRole + 1, StatusRole, DueRole, TypeColorRole, TypeIconRole };
    static const char *const kMimeType;

    TaskColumnModel(Core::Session &session, Core::DueBucket bucket,
                    QTimeZone zone = QTimeZone::systemTimeZone(), QObject *parent = nullptr);

    Core::DueBucket bucket() const { return m_bucket; }
    qint64 count() const { return m_count; }
    Core::Status reload(const Core::TaskFilter &filter, qint64 count);
    const Core::TaskRow *task(int row) const;
    int rowOf(qint64 taskId) const;

    static QMimeData *encode(qint64 taskId, Core::DueBucket from);
    static bool decode(const QMimeData *mime, qint64 &taskId, Core::DueBucket &from);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void taskDropped(qint64 taskId, Core::DueBucket from, Core::DueBucket to);

private:
    Core::Session &m_session;
    Core::DueBucket m_bucket;
    QTimeZone m_zone;
    Core::TaskFilter m_filter;
    QList<Core::TaskRow> m_rows;
    Core::TaskCursor m_next;
    qint64 m_count = 0;
    bool m_fetching = false;
};

} // namespace Voronka::Ui
