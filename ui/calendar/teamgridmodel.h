// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/teamgrid.h"

#include <QAbstractTableModel>

namespace Voronka::Ui {

// The team grid as a table: a row per user, a column per day, the task count in each cell.
class TeamGridModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CountRole = Qt::UserRole + 1,
        DateRole,
        UserIdRole,
        TodayRole,
        WeekendRole,
        LevelRole, // 0..1: how deep the cell's background is, relative to the fullest cell
    };

    explicit TeamGridModel(QObject *parent = nullptr);

    void setGrid(const Core::TeamGridData &grid, QDate today);
    const Core::TeamGridData &grid() const { return m_grid; }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Core::TeamGridData m_grid;
    QDate m_today;
    int m_min = 0; // the smallest non-empty cell
};

} // namespace Voronka::Ui
