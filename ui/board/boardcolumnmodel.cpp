// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardcolumnmodel.h"

#include "core/permissions/permissions.h"
#include "core/services/session.h"

#include <QScopedValueRollback>

namespace Voronka::Ui {

namespace {
constexpr int kPageSize = 50;
}

BoardColumnModel::BoardColumnModel(Core::Session &session, qint64 pipelineId, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_pipelineId(pipelineId)
{
}

void BoardColumnModel::setColumn(const Core::BoardColumn &column, const Core::BoardFilter &filter)
{
    // Views and testers answer a reset by asking for more; that fetch must wait for the
    // reset to finish.
    const QScopedValueRollback<bool> guard(m_busy, true);
    beginResetModel();
    m_stage = column.stage;
    m_filter = filter;
    m_count = column.count;
    m_budgetSum = column.budgetSum;
    m_more = column.more;
    m_cards = column.cards;
    m_canMove.clear();
    endResetModel();
}

qint64 BoardColumnModel::idAt(int row) const
{
    return row >= 0 && row < m_cards.size() ? m_cards.at(row).id : 0;
}

int BoardColumnModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_cards.size(); ++r)
        if (m_cards.at(r).id == id)
            return r;
    return -1;
}

bool BoardColumnModel::canMove(int row) const
{
    if (row < 0 || row >= m_cards.size())
        return false;
    const qint64 responsible = m_cards.at(row).responsibleId;
    auto it = m_canMove.constFind(responsible);
    if (it != m_canMove.cend())
        return *it;
    const bool can =
        Core::Permissions::can(m_session.principal(), Core::PermEntity::Deal,
                               Core::PermAction::Edit,
                               m_session.ownershipOf(responsible, m_pipelineId));
    m_canMove.insert(responsible, can);
    return can;
}

int BoardColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

QVariant BoardColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::BoardCard &card = m_cards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return card.name;
    case IdRole:
        return card.id;
    case CardRole:
        return QVariant::fromValue(card);
    case CanMoveRole:
        return canMove(index.row());
    default:
        return {};
    }
}

Qt::ItemFlags BoardColumnModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && canMove(index.row()))
        f |= Qt::ItemIsDragEnabled;
    return f;
}

bool BoardColumnModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_more && !m_cards.isEmpty();
}

void BoardColumnModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> guard(m_busy, true);
    const Core::BoardCard &last = m_cards.constLast();
    Core::Result<QList<Core::BoardCard>> page =
        Core::Board(m_session, m_pipelineId)
            .more(m_stage.id, m_filter, last.sortOrder, last.id, kPageSize);
    if (!page) {
        m_more = false;
        emit loadFailed(page.error().message);
        return;
    }
    m_more = page->size() == kPageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_cards.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_cards.append(*page);
    endInsertRows();
}

} // namespace Voronka::Ui
