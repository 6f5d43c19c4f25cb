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
        // Square root: one busy day should not wash every ordinary day out to white.
        return m_grid.max > 0 ? std::sqrt(double(count) / m_grid.max) : 0.0;
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
