// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>
#include <QWidget>

namespace Voronka::Ui {

// The month view: six weeks from the Monday on or before the 1st, each day a cell with its
// tasks as chips (time and text, coloured by type) and "+N more" when they do not fit. A chip
// dragged to another day moves the task there at the same time of day; a double-click on a
// day's empty space asks for a new task that day; a click on "+N more" opens the day.
class MonthView final : public QWidget
{
    Q_OBJECT
public:
    explicit MonthView(QTimeZone zone, QWidget *parent = nullptr);

    static QDate gridStart(QDate month); // the Monday on or before the 1st
    void setMonth(QDate anyDayOfMonth);
    QDate month() const { return m_month; }
    QDate firstShown() const { return gridStart(m_month); }
    // `totals`: how many tasks each day has when that is more than it was given (the view
    // reads a few a day and counts the rest); "+N more" counts from them.
    void setTasks(const QList<Core::TaskRow> &tasks, const QHash<QDate, int> &totals = {});
    void setToday(QDate today);
    QRect dayRect(QDate day) const;
    QRect chipRect(qint64 taskId) const;
    // What the day's "+N more" says (0: every task has its chip).
    int moreOn(QDate day) const;

signals:
    void moveRequested(qint64 taskId, QDateTime start, bool allDay);
    void createRequested(QDateTime start, bool allDay);
    void dayRequested(QDate day);
    void openRequested(qint64 taskId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    struct Chip
    {
        int index = -1; // into m_tasks; -1 for "+N more"
        QRect rect;
        QDate day;
        int more = 0;
    };
    QList<Chip> layoutChips() const;
    int headerHeight() const { return 26; }
    QDate dayAt(const QPoint &p) const;
    const Chip *chipAt(const QList<Chip> &chips, const QPoint &p) const;

    QTimeZone m_zone;
    QHash<QDate, int> m_totals;
    QDate m_month;
    QDate m_today;
    QList<Core::TaskRow> m_tasks;
    int m_dragIndex = -1;
    QPoint m_pressPos;
    bool m_dragMoved = false;
    QDate m_dropDay;
};

} // namespace Voronka::Ui
