// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "reportpage.h"

#include <QFrame>

class QChart;
class QChartView;
class QGridLayout;
class QMenu;
class QToolButton;

namespace Voronka::Ui {

class DashboardTile;

// What Analytics opens on: tiles with the figures a head of sales checks first (won against
// the plan, incoming leads, deals without a next step, overdue and done tasks, this month's
// forecast) and two small charts (open deals by stage, activity per manager). Every figure
// opens the deals or tasks behind it. Tiles are rearranged by dragging one onto another (or
// from its menu) and hidden from the Customize menu; the layout is remembered per user.
class DashboardPage final : public ReportPage
{
    Q_OBJECT
public:
    explicit DashboardPage(Core::Session &session, QWidget *parent = nullptr);
    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override { return tr("Dashboard"); }
    bool usesDealFilters() const override { return false; }
    BackgroundJob::Work work(const ReportContext &context) override;
    void present() override;

    // The tiles shown, in order (ids: won, incoming, noTask, overdue, doneToday, forecast,
    // stages, activity), and the hidden ones.
    QStringList order() const { return m_order; }
    QStringList hidden() const { return m_hidden; }
    static QStringList defaultOrder();
    void moveTile(const QString &id, const QString &before); // before "": to the end
    void setTileVisible(const QString &id, bool visible);
    void resetLayout();
    DashboardTile *tile(const QString &id) const;
    QToolButton *customizeButton() const { return m_customize; }

private:
    struct Data;
    void layoutTiles();
    void saveLayout() const;
    void restoreLayout();
    QString settingsKey() const;
    void fillCustomizeMenu();
    void presentStages(const Data &d);
    void presentActivity(const Data &d);
    // A tile's chart: the chart in the theme, in a frameless view.
    static QChartView *tileChart(QChart *chart, const QString &name);
    QString whose() const;

    ReportSlot<std::shared_ptr<Data>> m_read;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QToolButton *m_customize;
    QMenu *m_customizeMenu;
    QHash<QString, DashboardTile *> m_tiles;
    QStringList m_order;
    QStringList m_hidden;
};

// One tile: a title, a big figure (a link when it opens a list), a line under it and, for the
// chart tiles, a chart. Dragged by its body onto another tile to move it there.
class DashboardTile final : public QFrame
{
    Q_OBJECT
public:
    DashboardTile(const QString &id, const QString &title, bool wide, QWidget *parent);
    QString id() const { return m_id; }
    bool isWide() const { return m_wide; }
    void setFigure(const QString &html, const QString &detail);
    void setBody(QWidget *body); // a chart or a progress bar under the figure
    QString figureText() const;  // the figure as plain text (tests, export)
    QLabel *figureLabel() const { return m_figure; }

signals:
    void linkActivated(const QString &href);
    void moveRequested(const QString &id, const QString &before);
    void hideRequested(const QString &id);
    void moveBy(const QString &id, int step);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QString m_id;
    bool m_wide;
    QLabel *m_figure;
    QLabel *m_detail;
    QWidget *m_body = nullptr;
    QPoint m_pressAt;
};

} // namespace Voronka::Ui
