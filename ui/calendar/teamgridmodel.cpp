// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "teamgridmodel.h"

#include <QLocale>

#include <cmath>

namespace Voronka::Ui {

TeamGridModel::TeamGridModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TeamGridModel::setGrid(const Core::TeamGridData &grid, QDate today)
{
    beginResetModel();
    m_grid = grid;
    m_today = today;
    m_min = 0;
    for (const QList<int> &row : std::as_const(m_grid.counts))
        for (int c : row)
            if (c > 0 && (m_min == 0 || c < m_min))
                m_min = c;
    endResetModel();
}

int TeamGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grid.users.size());
}

int TeamGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_grid.days;
}

QVariant TeamGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int count = m_grid.counts[index.row()][index.column()];
    const QDate day = m_grid.first.addDays(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return count > 0 ? QString::number(count) : QString();
    case Qt::ToolTipRole:
        return tr("%1, %2: %n task(s)", nullptr, count)
            .arg(m_grid.users[index.row()].name, QLocale().toString(day, QLocale::LongFormat));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case CountRole:
        return count;
    case DateRole:
        return day;
    case UserIdRole:
        return m_grid.users[index.row()].id;
    case TodayRole:
        return day == m_today;
    case WeekendRole:
        return day.dayOfWeek() >= 6;
    case LevelRole:
        // Between the quietest and the busiest non-empty cell of the period, so a team with
        // hundreds of tasks a day still sees which days are heavier; the square root keeps one
        // busy day from washing every ordinary day out. A lone count shows at full depth.
        if (count <= 0 || m_grid.max <= 0)
            return 0.0;
        if (m_grid.max <= m_min)
            return 1.0;
        return 0.15 + 0.85 * std::sqrt(double(count - m_min) / double(m_grid.max - m_min));
    default:
        return {};
    }
}

QVariant TeamGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_grid.users.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_grid.users[section].name;
        if (role == UserIdRole)
            return m_grid.users[section].id;
        return {};
    }
    if (section < 0 || section >= m_grid.days)
        return {};
    const QDate day = m_grid.first.addDays(section);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n%2").arg(
            QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat), QString::number(day.day()));
    case Qt::ToolTipRole:
        return QLocale().toString(day, QLocale::LongFormat);
    case DateRole:
        return day;
    case TodayRole:
        return day == m_today;
    case WeekendRole:
        return day.dayOfWeek() >= 6;
    default:
        return {};
    }
}

} // namespace Voronka::Ui
