// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <algorithm>

#include "core/tasks/taskquery.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QHash>
#include <QTimeZone>

namespace Voronka::Ui {

// The day and week views of the calendar: one column per day, an hour grid that scrolls under
// a fixed header of day names and an all-day row. Tasks are blocks coloured by their type; a
// block is dragged to move it (snapped to 15 minutes, or onto the all-day row), its bottom
// edge is dragged to change the duration, and a double-click on an empty slot asks for a new
// task there. Overlapping tasks stand side by side (packOverlaps), each at least
// minBlockWidth() wide; those that do not fit are counted by a "+N" chip in the hour they
// start, and a click on it asks for that hour's list. The view only asks (signals); the
// section writes through core.
class WeekView final : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int kSnapMinutes = 15;
    static constexpr int kHourHeight = 48;

    explicit WeekView(QTimeZone zone, QWidget *parent = nullptr);

    void setDays(QDate first, int count); // 1 (day view) or 7 (week view)
    QDate firstDay() const { return m_first; }
    int dayCount() const { return m_count; }
    void setTasks(const QList<Core::TaskRow> &tasks);
    const QList<Core::TaskRow> &tasks() const { return m_tasks; }
    void setToday(QDate today);
    void scrollToHour(int hour);
    // Scrolls so the window of hours holding the most timed tasks is in view (ties: the one
    // nearest 08:00), for the first look at a period.
    void scrollToBusiest();

    // A "+N" chip: how many tasks starting in that hour of that day have no room.
    struct MoreChip
    {
        QRect rect; // viewport coordinates
        QDate day;
        int hour = 0;
        int count = 0;
    };

    // Geometry in viewport coordinates, for the tests and for keyboard users' tooltips.
    QRect taskRect(qint64 taskId) const; // empty when the task is not shown (or under a "+N")
    const QList<MoreChip> &moreChips() const { return m_more; }
    // The narrowest a block gets beside others: its start time and a word ("9:00 Call…").
    int minBlockWidth() const;
    QPoint pointAt(QDate day, QTime time) const; // a point in the hour grid
    QPoint allDayPointAt(QDate day) const;

signals:
    void moveRequested(qint64 taskId, QDateTime start, bool allDay);
    void resizeRequested(qint64 taskId, int durationMinutes);
    void createRequested(QDateTime start, bool allDay);
    void openRequested(qint64 taskId);
    void moreRequested(QDate day, int hour); // a "+N" chip clicked: list that hour

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    enum class DragKind { None, Move, Resize };
    struct Block
    {
        int index = 0; // into m_tasks
        QRect rect;    // viewport coordinates
    };
    int headerHeight() const;
    int allDayRows() const;
    // Wide enough for the hours (in the language's time format) and the all-day row's label.
    int gutter() const;
    int columnWidth() const;
    int columnX(int day) const;
    int dayAt(int x) const;
    bool inAllDayRow(int y) const;
    // The time under a y in the hour grid, snapped to kSnapMinutes.
    QTime timeAt(int y) const;
    void layoutBlocks();
    // The timed tasks of one day column (indexes into m_tasks), side by side where they overlap.
    void layoutDay(int day, const QList<int> &timed);
    QFont chipFont() const;
    int chipWidth() const;
    int moreAt(const QPoint &p) const; // index into m_more, -1 off every chip
    const Block *blockAt(const QPoint &p) const;
    void updateScrollBar();
    void paintHeader(QPainter &p);
    void paintGrid(QPainter &p);
    void paintBlock(QPainter &p, const Core::TaskRow &t, const QRect &r, bool ghost);

    QTimeZone m_zone;
    QDate m_first;
    int m_count = 7;
    QDate m_today;
    QList<Core::TaskRow> m_tasks;
    int m_scrollHour = -1;
    bool m_busiestPending = false;
    QList<Block> m_blocks;
    QList<MoreChip> m_more;
    int m_pressedMore = -1;
    QHash<qint64, int> m_indexOf;

    DragKind m_drag = DragKind::None;
    int m_dragIndex = -1;
    QPoint m_pressPos;
    int m_pressOffsetMin = 0; // minutes between the block's start and the press
    bool m_dragMoved = false;
    QDate m_dropDay;
    QTime m_dropTime;
    bool m_dropAllDay = false;
    int m_dropDuration = 0;
};

} // namespace Voronka::Ui
