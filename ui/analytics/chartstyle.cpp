// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "chartstyle.h"

#include "ui/widgets/money.h"
#include "ui/widgets/theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QWidget>

namespace Voronka::Ui::ChartStyle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::ChartStyle)
};
} // namespace

QList<QColor> seriesColors()
{
    const ThemeColors &c = Theme::current();
    return {c.accent,
            QColor(0x27, 0xAE, 0x60),
            QColor(0xF2, 0x99, 0x4A),
            QColor(0x9B, 0x51, 0xE0),
            QColor(0xEB, 0x57, 0x57),
            QColor(0x2D, 0x9C, 0xDB),
            QColor(0xF2, 0xC9, 0x4C),
            QColor(0x82, 0x82, 0x82)};
}

QColor seriesColor(int index)
{
    const QList<QColor> colors = seriesColors();
    return colors[index % colors.size()];
}

void styleAxis(QAbstractAxis *axis)
{
    const ThemeColors &c = Theme::current();
    axis->setLabelsColor(c.muted);
    axis->setLabelsFont(QApplication::font());
    axis->setLinePenColor(c.border);
    axis->setGridLineColor(c.border);
    axis->setMinorGridLineVisible(false);
    axis->setTitleBrush(c.muted);
    axis->setShadesVisible(false);
}

void apply(QChart *chart)
{
    const ThemeColors &c = Theme::current();
    // Transparent: the chart sits on its page or tile (a saved image is filled with the surface).
    chart->setBackgroundVisible(false);
    chart->setBackgroundBrush(c.surface);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(c.text);
    QFont title = QApplication::font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setLabelColor(c.text);
    chart->legend()->setFont(QApplication::font());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setLocalizeNumbers(true); // "1,5" in Russian, "1.5" in English
    chart->setLocale(QLocale());
    chart->setAnimationOptions(QChart::NoAnimation); // screenshots and prints show the end state
    for (QAbstractAxis *axis : chart->axes())
        styleAxis(axis);
}

MoneyScale moneyScale(qint64 largestMinor, const QString &currency)
{
    const QString sign = Money::symbol(currency.isEmpty() ? QStringLiteral("RUB") : currency);
    const qint64 units = std::abs(largestMinor) / 100;
    if (units >= 10'000'000)
        return {100.0 * 1e6, Tr::tr("million %1").arg(sign)};
    if (units >= 10'000)
        return {100.0 * 1e3, Tr::tr("thousand %1").arg(sign)};
    return {100.0, sign};
}

bool save(QWidget *page, const QString &path, QString *error)
{
    const bool pdf =
        QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0;
    bool ok = false;
    if (pdf) {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setTitle(page->windowTitle());
        QPainter painter;
        if (painter.begin(&writer)) {
            const QRect target = painter.viewport();
            const double scale = std::min(double(target.width()) / page->width(),
                                          double(target.height()) / page->height());
            painter.scale(scale, scale);
            page->render(&painter);
            ok = painter.end();
        }
    } else {
        QImage image(page->size() * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        image.fill(Theme::current().surface);
        page->render(&image);
        ok = image.save(path, "PNG");
    }
    if (!ok && error)
        *error = Tr::tr("Could not write %1: check the folder exists and you may write to it.")
                     .arg(QFileInfo(path).absoluteFilePath());
    return ok;
}

} // namespace Voronka::Ui::ChartStyle
