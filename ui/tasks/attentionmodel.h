// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/attention.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BackgroundJob;

// The deals that need attention (no open task, or a late one) as a flat table, read page by
// page (fetchMore) through core's keyset, newest deal first. Each page is read in a
// BackgroundJob: where matches are rare a page scans up to every deal (a second over a
// million), which the UI thread must never wait for. Rows arrive with pageLoaded(); a
// reload drops (and interrupts) a page still being read for the previous filter.
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
    ~AttentionModel() override;

    // Empties the model and starts reading the first page for `filter`.
    void reload(const Core::Attention::Filter &filter);
    bool isLoading() const { return m_job != nullptr; }
    // Whether rows may follow (the last page read was full).
    bool hasMore() const { return m_more; }
    const Core::Attention::Filter &filter() const { return m_filter; }
    const Core::Attention::Row *deal(int row) const;
    int rowOfDeal(qint64 dealId) const;
    // Reads one deal again (by id, at once) after a change (a task added): it leaves the list
    // when it no longer needs attention, else its reason is refreshed. Returns whether it left.
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
    void pageLoaded();
    void loadFailed(const QString &message);
    void dealRemoved(qint64 dealId);

private:
    void startPage(qint64 afterId);

    Core::Session &m_session;
    QTimeZone m_zone;
    Core::Attention::Filter m_filter;
    QList<Core::Attention::Row> m_rows;
    bool m_more = false;
    BackgroundJob *m_job = nullptr;
    int m_pageSize = 100;
};

} // namespace Voronka::Ui
