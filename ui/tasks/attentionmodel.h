// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "tasks/attention.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The deals that need attention (no open task, or a late one) as a flat table, read page by
// page (fetchMore) through core's keyset, newest deal first. The total is not counted here:
// over a million deals that is a full scan, which the view runs in the background.
class AttentionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        DealIdRole = Qt::UserRole + 1,
        ResponsibleIdRole,
        OverdueSinceRole, // ms of the oldest late open task; 0: the deal has no open task
        BudgetRole,       // minor units
    };
    enum Column { DealColumn, ReasonColumn, StageColumn, ResponsibleColumn, BudgetColumn };
    static constexpr int kColumns = 5;

    explicit AttentionModel(Core::Session &session, QTimeZone zone = QTimeZone::systemTimeZone(),
                            QObject *parent = nullptr);

    // Reads the first page for `filter`; a failure empties the model and is reported through
    // loadFailed.
    bool reload(const Core::Attention::Filter &filter);
    const Core::Attention::Filter &filter() const { return m_filter; }
    const Core::Attention::Row *deal(int row) const;
    int rowOfDeal(qint64 dealId) const;
    // Reads one deal again after a change (a task added): it leaves the list when it no
    // longer needs attention, else its reason is refreshed. Returns whether it left.
    bool recheck(qint64 dealId);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int n) { m_pageSize = n; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString reasonText(const Core::Attention::Row &row) const;

signals:
    void loadFailed(const QString &message);
    void dealRemoved(qint64 dealId);

private:
    Core::Session &m_session;
    QTimeZone m_zone;
    Core::Attention::Filter m_filter;
    QList<Core::Attention::Row> m_rows;
    bool m_more = false;
    bool m_fetching = false;
    int m_pageSize = 100;
};

} // namespace Voronka::Ui
