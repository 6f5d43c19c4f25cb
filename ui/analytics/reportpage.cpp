// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportpage.h"

#include "chartstyle.h"

#include "core/services/session.h"
#include "ui/widgets/money.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrinter>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}
} // namespace

QString durationText(qint64 ms)
{
    const double days = double(ms) / 86400000.0;
    if (days >= 1.0)
        return ReportPage::tr("%1 d").arg(QLocale().toString(days, 'f', 1));
    return ReportPage::tr("%1 h").arg(QLocale().toString(double(ms) / 3600000.0, 'f', 1));
}

ReportPage::ReportPage(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_headline(new QLabel(this))
    , m_error(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_headline->setObjectName(QStringLiteral("reportHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_chartView->setObjectName(QStringLiteral("reportChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setFrameShape(QFrame::NoFrame);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setMouseTracking(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_headline);
    layout->addWidget(m_error);
    layout->addWidget(m_chartView, 3);
    layout->addWidget(m_table, 2);
    m_table->viewport()->installEventFilter(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ReportPage::fitFirstColumnSoon);
    connect(m_headline, &QLabel::linkActivated, this,
            [this](const QString &href) { activateTarget(href.toInt()); });
    // One click on a number opens what it counts, as a link would.
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QVariant t = m_proxy->data(index, TargetRole);
        if (t.isValid())
            activateTarget(t.toInt());
    });
    connect(m_table, &QTableView::entered, this, [this](const QModelIndex &index) {
        m_table->viewport()->setCursor(
            m_proxy->data(index, TargetRole).isValid() ? Qt::PointingHandCursor : Qt::ArrowCursor);
    });
}

void ReportPage::setColumns(const QStringList &headers, int textColumns)
{
    m_model->clear();
    m_targets.clear();
    m_model->setHorizontalHeaderLabels(headers);
    for (int c = 0; c < headers.size(); ++c)
        m_model->setHeaderData(c, Qt::Horizontal,
                               QVariant::fromValue(c < textColumns
                                                       ? Qt::AlignLeft | Qt::AlignVCenter
                                                       : Qt::AlignRight | Qt::AlignVCenter),
                               Qt::TextAlignmentRole);
    if (headers.size() > 0)
        m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the report's own order until asked
    m_error->hide();
}

bool ReportPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitFirstColumn();
    return QWidget::eventFilter(watched, event);
}

void ReportPage::fitFirstColumnSoon()
{
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_fitPending = false;
            fitFirstColumn();
        },
        Qt::QueuedConnection);
}

void ReportPage::fitFirstColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() == 0)
        return;
    int others = 0;
    for (int c = 1; c < header->count(); ++c)
        others += header->sectionSize(c);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    const int needed = header->sectionSize(0);
    header->setSectionResizeMode(0, QHeaderView::Interactive);
    header->resizeSection(0, std::max(needed, m_table->viewport()->width() - others));
}

void ReportPage::clearRows()
{
    m_model->removeRows(0, m_model->rowCount());
    m_targets.clear();
}

void ReportPage::addRow(const QList<QStandardItem *> &items)
{
    m_model->appendRow(items);
}

void ReportPage::setChart(QChart *chart)
{
    // Without a chart the view hides and keeps the one it has: a chart still in a view's
    // scene must not be deleted. A new chart replaces it, and the view's old one goes.
    if (!chart) {
        m_chartView->hide();
        return;
    }
    QChart *old = m_chartView->chart();
    ChartStyle::apply(chart);
    m_chartView->setChart(chart);
    m_chartView->show();
    if (old && old != chart)
        delete old;
}

void ReportPage::showError(const QString &message)
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QString());
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ReportPage::showNotice(const QString &message)
{
    showError(message);
    m_error->setObjectName(QStringLiteral("reportNotice"));
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::current().muted.name()));
}

QStandardItem *ReportPage::text(const QString &value) const
{
    auto *item = new QStandardItem(value);
    item->setData(value, SortRole);
    item->setData(value, ExportRole);
    return item;
}

QStandardItem *ReportPage::count(qint64 value) const
{
    auto *item = new QStandardItem(QLocale().toString(value));
    item->setData(value, SortRole);
    item->setData(value, ExportRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *ReportPage::money(qint64 minor) const
{
    auto *item = new QStandardItem(moneyText(minor));
    item->setData(minor, SortRole);
    item->setData(QString::number(double(minor) / 100.0, 'f', 2), ExportRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *ReportPage::percent(double value) const
{
    auto *item = new QStandardItem(QLocale().toString(value, 'f', 1) + QStringLiteral(" %"));
    item->setData(value, SortRole);
    item->setData(QString::number(value, 'f', 1), ExportRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *ReportPage::days(qint64 ms) const
{
    auto *item = new QStandardItem(ms > 0 ? durationText(ms) : QStringLiteral("—"));
    item->setData(ms, SortRole);
    item->setData(QString::number(double(ms) / 86400000.0, 'f', 2), ExportRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString ReportPage::moneyText(qint64 minor) const
{
    return Money::format(minor, m_context.currency);
}

QString ReportPage::figure(const QString &label, const QString &value, int target) const
{
    const QString shown = target >= 0
                              ? QStringLiteral("<a href=\"%1\" style=\"color:%2; "
                                               "text-decoration:none\">%3</a>")
                                    .arg(target)
                                    .arg(Theme::current().accent.name(), value.toHtmlEscaped())
                              : value.toHtmlEscaped();
    return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;<b>%3</b>")
        .arg(Theme::current().muted.name(), label.toHtmlEscaped(), shown);
}

void ReportPage::setHeadline(const QStringList &figures)
{
    m_headline->setText(figures.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
    m_headline->setVisible(!figures.isEmpty());
}

QString ReportPage::stageName(qint64 stageId, const QString &fallback) const
{
    const Core::StageInfo *st = m_session.stage(stageId);
    return st ? stageDisplayName(*st) : fallback;
}

QChart *ReportPage::barChart(QAbstractBarSeries *series, const QStringList &categories,
                             QValueAxis *values, const QList<int> &targets, QBarSet *clickable)
{
    const bool horizontal = series->type() == QAbstractSeries::SeriesTypeHorizontalBar ||
                            series->type() == QAbstractSeries::SeriesTypeHorizontalStackedBar ||
                            series->type() == QAbstractSeries::SeriesTypeHorizontalPercentBar;
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setGridLineVisible(!horizontal);
    chart->addAxis(axis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(axis);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(values);
    connect(series, &QAbstractBarSeries::clicked, this,
            [this, targets, clickable](int index, QBarSet *set) {
                if ((!clickable || set == clickable) && index >= 0 && index < targets.size())
                    activateTarget(targets.at(index));
            });
    return chart;
}

int ReportPage::addTarget(const DrillTarget &target)
{
    m_targets << target;
    return int(m_targets.size() - 1);
}

void ReportPage::link(QStandardItem *item, int target)
{
    if (target < 0 || item->data(SortRole).toDouble() == 0.0)
        return;
    item->setData(target, TargetRole);
    item->setForeground(Theme::current().accent);
    item->setToolTip(m_targets.value(target).tasks ? tr("Open these tasks")
                                                   : tr("Open these deals"));
}

DrillTarget ReportPage::deals(const Core::Drill &drill, const QString &title,
                              const Core::ReportScope *scope) const
{
    DrillTarget t;
    t.scope = scope ? *scope : m_context.scope;
    t.drill = drill;
    t.title = title;
    return t;
}

void ReportPage::activateTarget(int target)
{
    if (target >= 0 && target < m_targets.size())
        emit drillRequested(m_targets.at(target));
}

int ReportPage::targetOf(int row, int column) const
{
    const QVariant t = m_proxy->data(m_proxy->index(row, column), TargetRole);
    return t.isValid() ? t.toInt() : -1;
}

bool ReportPage::writeCsv(QIODevice &out) const
{
    QStringList lines;
    QStringList header;
    for (int c = 0; c < m_proxy->columnCount(); ++c)
        header << csvField(m_proxy->headerData(c, Qt::Horizontal).toString());
    lines << header.join(u',');
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << csvField(m_proxy->data(m_proxy->index(r, c), ExportRole).toString());
        lines << cells.join(u',');
    }
    const QByteArray bytes = "\xEF\xBB\xBF" + lines.join(QLatin1String("\r\n")).toUtf8() + "\r\n";
    return out.write(bytes) == bytes.size();
}

void ReportPage::print(QPrinter &printer) const
{
    QPainter p;
    if (!p.begin(&printer))
        return;
    const QRect page = p.viewport();
    QFont font = p.font();
    font.setPointSizeF(9);
    QFont bold = font;
    bold.setBold(true);
    QFont heading = bold;
    heading.setPointSizeF(14);
    p.setFont(heading);
    const int lineTitle = p.fontMetrics().height();
    p.drawText(QRect(0, 0, page.width(), lineTitle), Qt::AlignLeft,
               title() + QStringLiteral(" — ") + m_context.periodLabel);
    int y = lineTitle + lineTitle / 2;
    if (m_chartView->isVisible() && m_chartView->chart()) {
        const QSize chart = m_chartView->size();
        const int h =
            std::min(page.height() / 2, page.width() * chart.height() / std::max(1, chart.width()));
        m_chartView->render(&p, QRectF(0, y, page.width(), h));
        y += h + lineTitle / 2;
    }
    const int columns = m_proxy->columnCount();
    if (columns == 0) {
        p.end();
        return;
    }
    // The first column takes what the numbers leave.
    p.setFont(font);
    const int line = p.fontMetrics().height() + 4;
    const int numberWidth = page.width() / (columns + 2);
    auto cellRect = [&](int c) {
        const int first = page.width() - numberWidth * (columns - 1);
        return c == 0 ? QRect(0, y, first - 8, line)
                      : QRect(first + numberWidth * (c - 1), y, numberWidth - 4, line);
    };
    auto drawRow = [&](auto cell, const QFont &f) {
        p.setFont(f);
        for (int c = 0; c < columns; ++c)
            p.drawText(cellRect(c), (c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(cell(c), Qt::ElideRight, cellRect(c).width()));
        y += line;
    };
    auto header = [&] {
        drawRow([&](int c) { return m_proxy->headerData(c, Qt::Horizontal).toString(); }, bold);
    };
    header();
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (y + line > page.height()) {
            printer.newPage();
            y = 0;
            header();
        }
        drawRow([&](int c) { return m_proxy->index(r, c).data().toString(); }, font);
    }
    p.end();
}

} // namespace Voronka::Ui
