// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"
#include "ui/widgets/recordscommand.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QToolButton;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class MonthView;
class TeamGridView;
class WeekView;

// The Calendar section: the picked user's (or department's) tasks by day, week or month, and
// the team grid. Moves, resizes and new tasks go through Records (permissions, history,
// outbox); each view reads only its visible period (TaskQuery::dueBetween, TeamGrid::load).
class CalendarView final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Day, Week, Month, Team };

    explicit CalendarView(Core::Session &session, QTimeZone zone = QTimeZone::systemTimeZone(),
                          QWidget *parent = nullptr);

    void activate();
    bool isLoaded() const { return m_loaded; }
    void reload();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QDate date() const { return m_date; }
    void setDate(QDate date);
    void step(int direction); // -1 previous period, +1 next
    void goToday();
    // The visible period [first, first + days).
    QDate firstDay() const;
    int dayCount() const;
    // The people picker: a user id, or a department as (0, id).
    bool pickUser(qint64 userId);
    bool pickDepartment(qint64 departmentId);
    qint64 pickedUser() const;
    // Completed and cancelled tasks left out of the day, week and month (remembered).
    bool hidesDone() const;
    void setHideDone(bool hide);

    WeekView *weekView() const { return m_week; }
    MonthView *monthView() const { return m_month; }
    TeamGridView *teamGrid() const { return m_team; }
    QString lastError() const;
    // The section's undo history (an undo scope: Ctrl+Z inside it): moves, resizes and
    // tasks made here, in every view.
    QUndoStack *undoStack() const { return m_undo; }

    // Writes through core; false with the message shown when refused.
    bool moveTask(qint64 taskId, const QDateTime &start, bool allDay);
    bool resizeTask(qint64 taskId, int durationMinutes);
    void createTaskAt(const QDateTime &start, bool allDay);

signals:
    void openRecordRequested(Core::EntityKind kind, qint64 id, const QString &title);

private:
    void fillPeople();
    void updateTitle();
    void showError(const QString &message);
    bool openTask(qint64 taskId); // false: the task has no record to open
    // The tasks starting in that hour of that day (a "+N" chip of the week view).
    void listHour(QDate day, int hour);
    void setUpUndo();
    void pushCreated(qint64 taskId);
    RecordsCommand::Done undoDone();
    Core::TaskFilter peopleFilter() const;

    Core::Session &m_session;
    QTimeZone m_zone;
    bool m_loaded = false;
    Mode m_mode = Mode::Week;
    QDate m_date;
    QPair<QDate, int> m_scrolledFor; // the period the week view was last scrolled for
    QLabel *m_title;
    QToolButton *m_prev;
    QToolButton *m_today;
    QToolButton *m_next;
    QDateEdit *m_picker;
    QComboBox *m_people;
    QToolButton *m_hideDone;
    QToolButton *m_modeButtons[4];
    QLabel *m_error;
    QStackedWidget *m_stack;
    WeekView *m_week;
    MonthView *m_month;
    TeamGridView *m_team;
    QUndoStack *m_undo;
};

} // namespace Voronka::Ui
