// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recyclebinmodel.h"

#include "ui/widgets/dates.h"

#include <QDateTime>
#include <QLocale>

namespace Voronka::Ui {

namespace {
constexpr int kPageSize = RecycleBinModel::kPageSize;
}

RecycleBinModel::RecycleBinModel(Core::Session &session, Core::EntityKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_kind(kind)
{
}

int RecycleBinModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecycleBinModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecycleBinModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::DeletedRecord &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case DetailColumn:
        return r.detail;
    case DeletedAtColumn:
        return Dates::dateTimeMs(r.deletedAt);
    case DeletedByColumn:
        return r.deletedBy;
    default:
        return {};
    }
}

QVariant RecycleBinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return m_kind == Core::EntityKind::Contact ? tr("Company")
               : m_kind == Core::EntityKind::Deal  ? tr("Pipeline")
                                                   : tr("Phone or email");
    case DeletedAtColumn:
        return tr("Deleted");
    case DeletedByColumn:
        return tr("Deleted by");
    default:
        return {};
    }
}

bool RecycleBinModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_nextId != 0;
}

void RecycleBinModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Core::Result<Core::BinPage> page =
        Core::RecycleBin(m_session).list(m_kind, kPageSize, m_nextAt, m_nextId);
    m_nextAt = m_nextId = 0;
    if (!page) {
        m_error = page.error().message;
        return;
    }
    m_nextAt = page->nextAt;
    m_nextId = page->nextId;
    if (page->rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
    m_rows += page->rows;
    endInsertRows();
}

void RecycleBinModel::reload()
{
    Core::Result<Core::BinPage> page = Core::RecycleBin(m_session).list(m_kind, kPageSize);
    if (page)
        setFirstPage(*page);
    else
        setError(page.error().message);
}

void RecycleBinModel::setFirstPage(const Core::BinPage &page)
{
    beginResetModel();
    m_rows = page.rows;
    m_error.clear();
    m_nextAt = page.nextAt;
    m_nextId = page.nextId;
    endResetModel();
}

void RecycleBinModel::setError(const QString &error)
{
    beginResetModel();
    m_rows.clear();
    m_error = error;
    m_nextAt = m_nextId = 0;
    endResetModel();
}

void RecycleBinModel::removeRecord(qint64 id)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
            return;
        }
}

} // namespace Voronka::Ui
