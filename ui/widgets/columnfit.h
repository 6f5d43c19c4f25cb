// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QHeaderView;
class QTableView;

namespace Voronka::Ui {

// How a list column takes width: a floor that fits typical content, then a share of the
// spare width by weight. Columns with a weight of 1 or more hold text that elides.
struct ColumnFit
{
    int minimum;
    double weight;
};

// Sets the widths of the table's columns to fill its viewport: every column gets at least
// its floor and its header's width (so no title is cut), then the spare width is shared by
// weight; on a narrow window the text columns give up width first, down to 60% of their
// floor, before a horizontal scroll bar appears. `keyRole`: the header data role giving a
// column's key, which `fitOf` maps to its fit. The deals and the contacts/companies lists
// share it.
void fitColumns(QTableView *table, int keyRole,
                const std::function<ColumnFit(const QString &key)> &fitOf);
// The same for any view with a horizontal header (the task list's tree), by column number.
void fitColumns(QAbstractItemView *view, QHeaderView *header,
                const std::function<ColumnFit(int column)> &fitOf);

} // namespace Voronka::Ui
