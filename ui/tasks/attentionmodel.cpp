// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "attentionmodel.h"

#include "board/money.h"
#include "services/session.h"
#include "widgets/theme.h"

#include <QDateTime>
#include <QScopedValueRollback>

namespace Voronka::Ui {

AttentionModel::AttentionModel(Core::Session &session, QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_zone(std::move(zone))
{
}

bool AttentionModel::reload(const Core::Attention::Filter &filter)
{
    // Views and testers react to a reset by asking for more; that must wait for the reset.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_more = false;
    Core::Result<QList<Core::Attention::Row>> page =
        Core::Attention(m_session).page(m_filter, 0, m_pageSize);
    if (page) {
        m_rows = *page;
        m_more = page->size() == m_pageSize;
    }
    endResetModel();
    if (!page)
        emit loadFailed(page.error().message);
    return page.ok();
}

const Core::Attention::Row *AttentionModel::deal(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AttentionModel::rowOfDeal(qint64 dealId) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].id == dealId)
            return r;
    return -1;
}

bool AttentionModel::recheck(qint64 dealId)
{
    const int r = rowOfDeal(dealId);
    if (r < 0)
        return false;
    // The first match at or below the deal's id is the deal itself while it still matches.
    Core::Result<QList<Core::Attention::Row>> again =
        Core::Attention(m_session).page(m_filter, dealId + 1, 1);
    if (!again) {
        emit loadFailed(again.error().message);
        return false;
    }
    if (!again->isEmpty() && again->first().id == dealId) {
        m_rows[r] = again->first();
        emit dataChanged(index(r, 0), index(r, kColumns - 1));
        return false;
    }
    beginRemoveRows({}, r, r);
    m_rows.removeAt(r);
    endRemoveRows();
    emit dealRemoved(dealId);
    return true;
}

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumns;
}

QString AttentionModel::reasonText(const Core::Attention::Row &row) const
{
    if (!row.overdueSince)
        return tr("No open task");
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone).date();
    const QDate due = QDateTime::fromMSecsSinceEpoch(row.overdueSince, m_zone).date();
    const qint64 days = due.daysTo(today);
    if (days <= 0)
        return tr("Task overdue today");
    return tr("Task overdue by %n day(s)", nullptr, int(std::min<qint64>(days, INT_MAX)));
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    const Core::Attention::Row *d = index.isValid() ? deal(index.row()) : nullptr;
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DealColumn:
            return d->name;
        case StageColumn:
            return d->stageName;
        case ResponsibleColumn:
            return d->responsibleName;
        case BudgetColumn:
            return d->budget ? Money::format(d->budget, d->currency) : QString();
        case ReasonColumn:
            return reasonText(*d);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StageColumn)
            return QStringLiteral("%1 · %2").arg(d->pipelineName, d->stageName);
        if (index.column() == DealColumn)
            return d->name;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ReasonColumn && d->overdueSince)
            return Theme::current().danger;
        if (index.column() == StageColumn || index.column() == ResponsibleColumn)
            return Theme::current().muted;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BudgetColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DealIdRole:
        return d->id;
    case ResponsibleIdRole:
        return d->responsibleId;
    case OverdueSinceRole:
        return d->overdueSince;
    case BudgetRole:
        return d->budget;
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == BudgetColumn ? Qt::AlignRight : Qt::AlignLeft) |
                        Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DealColumn:
        return tr("Deal");
    case StageColumn:
        return tr("Stage");
    case ResponsibleColumn:
        return tr("Responsible");
    case BudgetColumn:
        return tr("Budget");
    case ReasonColumn:
        return tr("Why");
    }
    return {};
}

bool AttentionModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_fetching && !parent.isValid() && m_more;
}

void AttentionModel::fetchMore(const QModelIndex &parent)
{
    if (m_fetching || parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    // A nested fetch (a view reacting to rowsAboutToBeInserted) would read the same page.
    const QScopedValueRollback<bool> guard(m_fetching, true);
    Core::Result<QList<Core::Attention::Row>> page =
        Core::Attention(m_session).page(m_filter, m_rows.last().id, m_pageSize);
    if (!page) {
        m_more = false;
        emit loadFailed(page.error().message);
        return;
    }
    m_more = page->size() == m_pageSize;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
}

} // namespace Voronka::Ui
