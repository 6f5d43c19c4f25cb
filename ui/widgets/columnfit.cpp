// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "ui/widgets/columnfit.h"

#include <QHeaderView>
#include <QTableView>

namespace Voronka::Ui {

void fitColumns(QAbstractItemView *view, QHeaderView *header,
                const std::function<ColumnFit(int column)> &fitOf)
{
    QAbstractItemModel *model = view->model();
    const int columns = model ? model->columnCount() : 0;
    const int width = view->viewport()->width();
    if (columns == 0 || width <= 0)
        return;
    QList<int> widths(columns);
    QList<double> weights(columns);
    int fixed = 0;
    double total = 0;
    for (int i = 0; i < columns; ++i) {
        const ColumnFit fit = fitOf(i);
        widths[i] = qMax(fit.minimum, header->sectionSizeHint(i));
        weights[i] = fit.weight;
        fixed += widths[i];
        total += weights[i];
    }
    // Text elides; a phone, money or a date does not.
    if (fixed > width) {
        int shrinkable = 0;
        for (int i = 0; i < columns; ++i)
            if (weights[i] >= 1.0)
                shrinkable += widths[i];
        const double keep =
            shrinkable > 0 ? qMax(0.6, 1.0 - double(fixed - width) / shrinkable) : 1.0;
        fixed = 0;
        for (int i = 0; i < columns; ++i) {
            if (weights[i] >= 1.0)
                widths[i] = int(widths[i] * keep);
            fixed += widths[i];
        }
    }
    const int spare = qMax(0, width - fixed);
    int used = 0;
    for (int i = 0; i < columns; ++i) {
        const int w = i == columns - 1
                          ? qMax(widths[i], width - used)
                          : widths[i] + int(total > 0 ? spare * weights[i] / total : 0);
        header->resizeSection(i, w);
        used += w;
    }
}

void fitColumns(QTableView *table, int keyRole,
                const std::function<ColumnFit(const QString &key)> &fitOf)
{
    QAbstractItemModel *model = table->model();
    fitColumns(table, table->horizontalHeader(), [&](int column) {
        return fitOf(model->headerData(column, Qt::Horizontal, keyRole).toString());
    });
}

} // namespace Voronka::Ui
