// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "attentionmodel.h"

#include "core/services/session.h"
#include "ui/widgets/backgroundjob.h"
#include "ui/widgets/money.h"
#include "ui/widgets/theme.h"

#include <QDateTime>

namespace Voronka::Ui {

AttentionModel::AttentionModel(Core::Session &session, QTimeZone zone, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_zone(std::move(zone))
{
}

AttentionModel::~AttentionModel() = default; // jobs are children: they stop and are awaited

void AttentionModel::reload(const Core::Attention::Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_more = false;
    endResetModel();
    startPage(0);
}

void AttentionModel::startPage(qint64 afterId)
{
    m_more = false; // until this page is in
    if (m_job) {
        // Stale: interrupted at its next check, then deleted when it ends.
        m_job->cancel();
        m_job = nullptr;
    }
    auto rows = std::make_shared<QList<Core::Attention::Row>>();
    const Core::Attention::Filter filter = m_filter;
    const int limit = m_pageSize;
    auto *job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [filter, afterId, limit, rows](Core::Session &s, const BackgroundJob::Report &report) {
            Core::Attention attention(s, [&report] { return report(0, 1); });
            Core::Result<QList<Core::Attention::Row>> page = attention.page(filter, afterId, limit);
            if (!page)
                return page.error().message;
            *rows = *page;
            return QString();
        },
        this);
    job->setClock(&m_session.clock());
    m_job = job;
    connect(job, &BackgroundJob::finished, this, [this, job, rows, limit](const QString &error) {
        job->deleteLater();
        if (job != m_job)
            return;
        m_job = nullptr;
        if (!error.isEmpty()) {
            m_more = false;
            emit loadFailed(error);
            emit pageLoaded();
            return;
        }
        // m_more only once the rows are in: a view asking for more while they are being
        // inserted would read this page again.
        if (!rows->isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
            m_rows += *rows;
            endInsertRows();
        }
        m_more = rows->size() == limit;
        emit pageLoaded();
    });
    job->start();
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
    Core::Result<std::optional<Core::Attention::Row>> again =
        Core::Attention(m_session).find(m_filter, dealId);
    if (!again) {
        emit loadFailed(again.error().message);
        return false;
    }
    if (again->has_value()) {
        m_rows[r] = **again;
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
    return !parent.isValid() && m_more && !m_job;
}

void AttentionModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    startPage(m_rows.last().id);
}

} // namespace Voronka::Ui
