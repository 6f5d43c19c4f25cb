// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"
#include "ui/widgets/recordscommand.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QListView;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class TaskColumnModel;

// The tasks as a board: one column per due bucket (overdue to no date). Dropping a task on
// another column reschedules it to that day keeping its time, or clears the due on "No
// date" (Core::TaskQuery::moveToBucket: the write path, with history).
class TaskBoard final : public QWidget
{
    Q_OBJECT
public:
    TaskBoard(Core::Session &session, QTimeZone zone = QTimeZone::systemTimeZone(),
              QWidget *parent = nullptr);

    // Each drop becomes one step on `stack`; `done` runs after its undo and redo.
    void setUndo(QUndoStack *stack, RecordsCommand::Done done);
    void reload(const Core::TaskFilter &filter);
    QListView *list(Core::DueBucket bucket) const;
    TaskColumnModel *model(Core::DueBucket bucket) const;
    qint64 selectedTask() const;
    static QList<Core::DueBucket> buckets();

signals:
    void taskActivated(qint64 taskId); // double-click
    void selectionChanged();
    void moveFailed(const QString &message);
    void taskMoved(qint64 taskId);

private:
    void moveTask(qint64 taskId, Core::DueBucket from, Core::DueBucket to);
    struct Column
    {
        Core::DueBucket bucket;
        QLabel *title;
        QListView *list;
        TaskColumnModel *model;
    };
    Core::Session &m_session;
    QTimeZone m_zone;
    Core::TaskFilter m_filter;
    QList<Column> m_columns;
    QUndoStack *m_undo = nullptr;
    RecordsCommand::Done m_undoDone;
};

} // namespace Voronka::Ui
