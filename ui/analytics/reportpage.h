// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/analytics/drill.h"
#include "ui/widgets/backgroundjob.h"

#include <QWidget>

#include <memory>
#include <optional>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;
class QIODevice;
class QLabel;
class QPrinter;
class QSortFilterProxyModel;
class QStandardItem;
class QStandardItemModel;
class QTableView;

namespace Voronka::Ui {

// What every report is read for: the scope of the filters above it, the period's name for
// titles and the currency money is shown in.
struct ReportContext
{
    Core::ReportScope scope;
    QString periodLabel; // "March 2026"
    QString currency;    // the company's
    QString whoLabel;    // "Everyone", "Moscow office", a person's name
};

// Where a number leads: the deals behind it, or a person's tasks.
struct DrillTarget
{
    Core::ReportScope scope;
    Core::Drill drill;
    QString title;
    bool tasks = false;
    QString whose; // tasks: "u:<id>", "d:<id>" or "all"
    Core::TaskStatus status = Core::TaskStatus::Open;
};

// One report of the Analytics section: a chart over its table. The section reads the
// figures off the UI thread (work() runs on a worker's session and keeps what it read for
// present(), which fills the chart and the table), exports the table as CSV and the page as
// PNG or PDF, and prints it. Every number that stands for deals or tasks is clickable and
// opens them (drillRequested), in the chart and in the table alike.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    // What a table cell carries besides its text.
    enum Role {
        SortRole = Qt::UserRole + 1, // the value the column sorts by (a number, a date)
        TargetRole,                  // the target a click opens (absent: none)
        ExportRole,                  // the CSV value: a plain number where money is shown
        ExpectedRole,                // plan: % of the goal the person should be at today
        KeyRole,                     // plan: the row's user id, its month "YYYY-MM"
    };

    explicit ReportPage(Core::Session &session, QWidget *parent = nullptr);

    virtual QString pageId() const = 0; // stable: "funnel"; used by --view analytics/funnel
    virtual QString title() const = 0;  // translated
    virtual bool usesPipeline() const { return true; }
    // Whether the tags and source filters narrow this page (the dashboard and the plan show
    // every deal).
    virtual bool usesDealFilters() const { return true; }
    // The reading, for a BackgroundJob; it keeps its result in the page until present().
    virtual BackgroundJob::Work work(const ReportContext &context) = 0;
    // Shows what the last work() read, or its error.
    virtual void present() = 0;

    const ReportContext &context() const { return m_context; }
    void setContext(const ReportContext &context) { m_context = context; }
    QStandardItemModel *table() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    // The table as shown (sorted, every row), headers first, money as numbers in whole
    // currency units so a spreadsheet sums them.
    bool writeCsv(QIODevice &out) const;
    // The page on paper: title, the chart and every row of the table.
    void print(QPrinter &printer) const;
    // Opens what the cell or bar stands for (tests drive the same path as a click).
    void activateTarget(int target);
    int targetOf(int row, int column) const; // -1: the cell opens nothing
    QList<DrillTarget> targets() const { return m_targets; }
    // The page's own controls (a grouping, Set goal…, Customize), shown in the section's
    // header beside the filters while the page is.
    QList<QWidget *> tools() const { return m_tools; }

signals:
    void drillRequested(const Voronka::Ui::DrillTarget &target);

protected:
    // The table's columns: the header text and whether the column holds numbers.
    void setColumns(const QStringList &headers, int textColumns = 1);
    void clearRows();
    void addRow(const QList<QStandardItem *> &items);
    void setChart(QChart *chart); // the view takes it; nullptr: no chart on this page
    void showError(const QString &message);
    // A word about an empty page ("No goals are set for this period"), not an error.
    void showNotice(const QString &message);
    // Cells: shown in the user's locale, sorted by their value.
    QStandardItem *text(const QString &value) const;
    QStandardItem *count(qint64 value) const;
    QStandardItem *money(qint64 minor) const;
    QStandardItem *percent(double value) const;
    QStandardItem *days(qint64 ms) const;
    // A cell (or a bar: see targetAdded) that opens `target`; zero opens nothing.
    int addTarget(const DrillTarget &target);
    void link(QStandardItem *item, int target);
    DrillTarget deals(const Core::Drill &drill, const QString &title,
                      const Core::ReportScope *scope = nullptr) const;
    QString moneyText(qint64 minor) const;
    // A stage as people know it: its translated system name, or the name the admin gave it.
    QString stageName(qint64 stageId, const QString &fallback) const;
    // A bar chart of `series` over `categories` (bottom-up for horizontal bars, as they are
    // drawn; left to right for vertical ones) along `values`, in the theme. A click on a bar
    // of `clickable` (of any set when null) opens targets[bar] (-1: nothing).
    QChart *barChart(QAbstractBarSeries *series, const QStringList &categories, QValueAxis *values,
                     const QList<int> &targets, QBarSet *clickable = nullptr);
    // The headline's pieces: "<b>Won</b> 12 deals · 1 200 000 ₽", the figure a link to `target`.
    QString figure(const QString &label, const QString &value, int target = -1) const;
    void setHeadline(const QStringList &figures);
    QLabel *headline() const { return m_headline; }
    void addTool(QWidget *tool) { m_tools << tool; }

    Core::Session &m_session;

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    // The first column (the names) takes the room the others leave, never less than its
    // widest name: names do not wrap, and a table wider than the page scrolls.
    void fitFirstColumn();
    // Rows arrive one by one: the first of them asks for one fit after they are all in.
    void fitFirstColumnSoon();
    bool m_fitPending = false;

    ReportContext m_context;
    QLabel *m_headline;
    QLabel *m_error;
    QChartView *m_chartView;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<DrillTarget> m_targets;
    QList<QWidget *> m_tools;
};

// "2,5 d", "14 h": how long something took, for tables.
QString durationText(qint64 ms);

// The work of a page that reads one report: `read(session, report)` runs on the worker's
// session (a scan reports its progress, and stops once cancelled, through `report`) and its
// result waits in `slot` for present().
template<typename T> using ReportSlot = std::shared_ptr<std::optional<Core::Result<T>>>;
template<typename T, typename Read> BackgroundJob::Work readInto(ReportSlot<T> &slot, Read read)
{
    auto out = std::make_shared<std::optional<Core::Result<T>>>();
    slot = out;
    return [out, read](Core::Session &s, const BackgroundJob::Report &report) -> QString {
        out->emplace(read(s, report));
        return (*out)->ok() ? QString() : (*out)->error().message;
    };
}

} // namespace Voronka::Ui
