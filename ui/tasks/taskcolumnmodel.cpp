// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskcolumnmodel.h"

#include "ui/tasks/tasklistmodel.h"
#include "ui/widgets/dates.h"
#include "ui/widgets/tasktypeicon.h"
#include "ui/widgets/theme.h"

#include <QColor>
#include <QDataStream>
#include <QDateTime>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QScopedValueRollback>

namespace Voronka::Ui {

using Core::DueBucket;

const char *const TaskColumnModel::kMimeType = "application/x-voronka-task";

TaskColumnModel::TaskColumnModel(Core::Session &session, DueBucket bucket, QTimeZone zone,
                                 QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_bucket(bucket)
    , m_zone(std::move(zone))
{
}

Core::Status TaskColumnModel::reload(const Core::TaskFilter &filter, qint64 count)
{
    // Views and testers react to a reset by asking for more; that must wait for the reset.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    Core::Result<Core::TaskPage> page =
        Core::TaskQuery(m_session, m_zone).page(filter, m_bucket, {}, 50);
    beginResetModel();
    m_filter = filter;
    m_count = count;
    m_rows = page ? page->rows : QList<Core::TaskRow>{};
    m_next = page ? page->next : Core::TaskCursor{};
    endResetModel();
    if (!page)
        return page.error();
    return Core::Ok{};
}

const Core::TaskRow *TaskColumnModel::task(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskColumnModel::rowOf(qint64 taskId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == taskId)
            return i;
    return -1;
}

QMimeData *TaskColumnModel::encode(qint64 taskId, DueBucket from)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << taskId << int(from);
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kMimeType), bytes);
    return mime;
}

bool TaskColumnModel::decode(const QMimeData *mime, qint64 &taskId, DueBucket &from)
{
    if (!mime || !mime->hasFormat(QLatin1String(kMimeType)))
        return false;
    QDataStream in(mime->data(QLatin1String(kMimeType)));
    int bucket = 0;
    in >> taskId >> bucket;
    from = DueBucket(bucket);
    return in.status() == QDataStream::Ok && taskId > 0;
}

int TaskColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TaskColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::TaskRow &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList meta;
        if (t.dueAt) {
            const QDateTime due = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone);
            meta << (t.allDay ? Dates::date(due.date())
                     : (m_bucket == DueBucket::Today || m_bucket == DueBucket::Tomorrow)
                         ? Dates::time(due.time())
                         : Dates::dateTime(due));
        }
        // Whose task it is says nothing when the board shows one person's tasks.
        if (!t.responsibleName.isEmpty() && m_filter.responsibleIds.size() != 1)
            meta << t.responsibleName;
        if (!t.linkName.isEmpty())
            meta << t.linkName;
        return QString(t.text.section(u'\n', 0, 0) + u'\n' + meta.join(QStringLiteral(" · ")));
    }
    case Qt::ToolTipRole:
        return t.text;
    case Qt::DecorationRole:
        return TaskTypeIcon::icon(t.typeIcon, QColor(t.typeColor));
    case Qt::FontRole:
        if (t.status != Core::TaskStatus::Open) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        return t.status != Core::TaskStatus::Open ? QVariant(Theme::current().muted) : QVariant();
    case TaskIdRole:
        return t.id;
    case StatusRole:
        return int(t.status);
    case DueRole:
        return t.dueAt ? QVariant(*t.dueAt) : QVariant();
    case TypeColorRole:
        return t.typeColor;
    case TypeIconRole:
        return t.typeIcon;
    }
    return {};
}

Qt::ItemFlags TaskColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Core::TaskQuery::acceptsDrop(m_bucket) ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

bool TaskColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_fetching && !parent.isValid() && m_next.valid();
}

void TaskColumnModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_fetching, true); // no nested fetch
    Core::Result<Core::TaskPage> page =
        Core::TaskQuery(m_session, m_zone).page(m_filter, m_bucket, m_next, 50);
    if (!page || page->rows.isEmpty()) {
        m_next = {};
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->rows.size()) - 1);
    m_rows += page->rows;
    m_next = page->next;
    endInsertRows();
}

QStringList TaskColumnModel::mimeTypes() const
{
    return {QLatin1String(kMimeType)};
}

QMimeData *TaskColumnModel::mimeData(const QModelIndexList &indexes) const
{
    for (const QModelIndex &i : indexes)
        if (const Core::TaskRow *t = task(i.row()))
            return encode(t->id, m_bucket);
    return nullptr;
}

Qt::DropActions TaskColumnModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions TaskColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool TaskColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                      const QModelIndex &) const
{
    qint64 id = 0;
    DueBucket from = DueBucket::NoDate;
    return Core::TaskQuery::acceptsDrop(m_bucket) && decode(data, id, from) && from != m_bucket;
}

bool TaskColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                   int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    qint64 id = 0;
    DueBucket from = DueBucket::NoDate;
    decode(data, id, from);
    // The move itself is the board's: it goes through core and reloads both columns. The
    // source view then asks its model to remove the row (a Move drop); removeRows is not
    // implemented, so nothing changes before core's answer.
    emit taskDropped(id, from, m_bucket);
    return true;
}

} // namespace Voronka::Ui
