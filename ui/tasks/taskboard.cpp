// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskboard.h"

#include "ui/tasks/taskcolumnmodel.h"
#include "ui/widgets/taskundo.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

using Core::DueBucket;

QList<DueBucket> TaskBoard::buckets()
{
    return {DueBucket::Overdue,  DueBucket::Today,    DueBucket::Tomorrow, DueBucket::ThisWeek,
            DueBucket::NextWeek, DueBucket::Later, DueBucket::NoDate};
}

TaskBoard::TaskBoard(Core::Session &session, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_zone(std::move(zone))
{
    setObjectName(QStringLiteral("tasksBoard"));
    auto *strip = new QWidget;
    strip->setObjectName(QStringLiteral("tasksBoardStrip"));
    auto *row = new QHBoxLayout(strip);
    row->setContentsMargins(0, 0, 0, 8);
    row->setSpacing(12);
    for (DueBucket b : buckets()) {
        auto *frame = new QFrame(strip);
        frame->setObjectName(QStringLiteral("taskColumn_") + Core::dueBucketKey(b));
        frame->setFixedWidth(250);
        auto *title = new QLabel(frame);
        title->setObjectName(QStringLiteral("taskColumnTitle"));
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
        auto *model = new TaskColumnModel(m_session, b, m_zone, this);
        auto *list = new QListView(frame);
        list->setObjectName(QStringLiteral("taskList_") + Core::dueBucketKey(b));
        list->setAccessibleName(Core::dueBucketTitle(b));
        list->setModel(model);
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideRight);
        list->setSpacing(4);
        list->setIconSize(QSize(16, 16));
        list->setUniformItemSizes(false);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setDragEnabled(true);
        list->setAcceptDrops(Core::TaskQuery::acceptsDrop(b));
        list->setDropIndicatorShown(false);
        list->setDragDropMode(Core::TaskQuery::acceptsDrop(b) ? QAbstractItemView::DragDrop
                                                              : QAbstractItemView::DragOnly);
        list->setDefaultDropAction(Qt::MoveAction);
        auto *col = new QVBoxLayout(frame);
        col->setContentsMargins(0, 0, 0, 0);
        col->setSpacing(6);
        col->addWidget(title);
        col->addWidget(list, 1);
        row->addWidget(frame);
        m_columns.append(Column{b, title, list, model});

        connect(model, &TaskColumnModel::taskDropped, this, &TaskBoard::moveTask,
                Qt::QueuedConnection); // after the drop event has unwound
        connect(list, &QListView::doubleClicked, this, [this, model](const QModelIndex &i) {
            if (const Core::TaskRow *t = model->task(i.row()))
                emit taskActivated(t->id);
        });
        connect(list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, list](const QModelIndex &current) {
                    if (!current.isValid())
                        return;
                    for (const Column &c : std::as_const(m_columns))
                        if (c.list != list)
                            c.list->clearSelection();
                    emit selectionChanged();
                });
    }
    row->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("tasksBoardScroll"));
    scroll->setWidget(strip);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

QListView *TaskBoard::list(DueBucket bucket) const
{
    for (const Column &c : m_columns)
        if (c.bucket == bucket)
            return c.list;
    return nullptr;
}

TaskColumnModel *TaskBoard::model(DueBucket bucket) const
{
    for (const Column &c : m_columns)
        if (c.bucket == bucket)
            return c.model;
    return nullptr;
}

void TaskBoard::setUndo(QUndoStack *stack, RecordsCommand::Done done)
{
    m_undo = stack;
    m_undoDone = std::move(done);
}

qint64 TaskBoard::selectedTask() const
{
    for (const Column &c : m_columns) {
        const QModelIndexList sel = c.list->selectionModel()->selectedIndexes();
        if (!sel.isEmpty())
            if (const Core::TaskRow *t = c.model->task(sel.first().row()))
                return t->id;
    }
    return 0;
}

void TaskBoard::reload(const Core::TaskFilter &filter)
{
    m_filter = filter;
    Core::Result<std::array<qint64, Core::kDueBuckets>> counts =
        Core::TaskQuery(m_session, m_zone).counts(filter);
    // On a Saturday or Sunday this week has no day after tomorrow: its column would stay
    // empty whatever is planned, so it gives way to next week's.
    const Core::DueBounds bounds = Core::DueBounds::at(m_session.clock().nowMs(), m_zone);
    for (const Column &c : std::as_const(m_columns)) {
        if (c.bucket == DueBucket::ThisWeek)
            c.list->parentWidget()->setVisible(bounds.dayAfter < bounds.nextWeek);
        const qint64 n = counts ? (*counts)[int(c.bucket)] : 0;
        c.title->setText(QStringLiteral("%1 · %2").arg(Core::dueBucketTitle(c.bucket)).arg(n));
        if (Core::Status st = c.model->reload(filter, n); !st)
            emit moveFailed(st.error().message);
    }
    if (!counts)
        emit moveFailed(counts.error().message);
}

void TaskBoard::moveTask(qint64 taskId, DueBucket from, DueBucket to)
{
    Q_UNUSED(from);
    const RecordsCommand::Snapshot before =
        RecordsCommand::take(m_session, {{Core::EntityKind::Task, taskId}});
    Core::Status st = Core::TaskQuery(m_session, m_zone).moveToBucket(taskId, to);
    reload(m_filter);
    if (!st) {
        emit moveFailed(st.error().message);
        return;
    }
    if (m_undo) {
        const QString text = before.records.first().value(QStringLiteral("text")).toString();
        m_undo->push(new RecordsCommand(m_session,
                                        to == DueBucket::NoDate
                                            ? TaskUndo::clearDue(text)
                                            : TaskUndo::move(text, Core::dueBucketTitle(to)),
                                        before, m_undoDone));
    }
    if (TaskColumnModel *m = model(to); m && m->rowOf(taskId) >= 0)
        list(to)->setCurrentIndex(m->index(m->rowOf(taskId)));
    emit taskMoved(taskId);
}

} // namespace Voronka::Ui
