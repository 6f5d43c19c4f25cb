// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QColor>
#include <QList>
#include <QString>

class QAbstractAxis;
class QChart;
class QWidget;

// How the analytics charts look: Qt Charts' own themes are light-on-white or dark-on-grey and
// carry drop shadows and gradients; the reports draw on the application's surface in the
// current theme's colours, with the same fonts as the lists, so a chart reads as part of the
// page in light and dark alike.
namespace Voronka::Ui::ChartStyle {

// Background, plot area, title, legend and every attached axis in the current theme.
void apply(QChart *chart);
void styleAxis(QAbstractAxis *axis);
// Distinguishable series colours readable on both themes; the accent first.
QList<QColor> seriesColors();
QColor seriesColor(int index);

// Money on a value axis: whole currency units, or thousands or millions once the largest
// value needs them, so the labels read "1.5" with the unit "million ₽" in the axis title
// rather than "1500000".
struct MoneyScale
{
    double divisor = 100.0; // from minor units
    QString unit;           // "₽", "thousand ₽", "million ₽"
    double of(qint64 minor) const { return double(minor) / divisor; }
};
MoneyScale moneyScale(qint64 largestMinor, const QString &currency);

// Renders `page` (a chart with its table) into a PNG image or a one-page PDF, by the file's
// suffix; false with `error` naming the file when it cannot be written.
bool save(QWidget *page, const QString &path, QString *error);

} // namespace Voronka::Ui::ChartStyle
