// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "widgets/columnfit.h"

#include <QHeaderView>
#include <QTableView>

namespace Voronka::Ui {

void fitColumns(QTableView *table, int keyRole,
                const std::function<ColumnFit(const QString &key)> &fitOf)
{
    QAbstractItemModel *model = table->model();
    const int columns = model ? model->columnCount() : 0;
    const int width = table->viewport()->width();
    if (columns == 0 || width <= 0)
        return;
    QList<int> widths(columns);
    QList<double> weights(columns);
    int fixed = 0;
    double total = 0;
    for (int i = 0; i < columns; ++i) {
        const ColumnFit fit = fitOf(model->headerData(i, Qt::Horizontal, keyRole).toString());
        widths[i] = qMax(fit.minimum, table->horizontalHeader()->sectionSizeHint(i));
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
        table->setColumnWidth(i, w);
        used += w;
    }
}

} // namespace Voronka::Ui
