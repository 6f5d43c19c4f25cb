// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/teamgrid.h"

#include <QDate>
#include <QDialog>
#include <QTimeZone>

class QLabel;
class QListWidget;
class QPushButton;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// One user's tasks on one day, opened from a team grid cell, with "New task" defaulting to
// that user and day (and the grid's client). The grid's status, type and client filter
// apply, so the list is what the cell counted. changed() tells the grid to count again.
// With user 0 the list is of the filter's users or department (everyone the viewer may see
// when it names none): the calendar's "+N" opens it for the people it shows, scoped to an
// hour (setHour).
class DayTasksDialog final : public QDialog
{
    Q_OBJECT
public:
    DayTasksDialog(Core::Session &session, QTimeZone zone, qint64 userId, const QString &userName,
                   QDate day, const Core::TeamGridFilter &filter = {}, QWidget *parent = nullptr);

    // The grid's client by name: shown above the list and linked to a task made here.
    void setClientName(const QString &name);
    // Only the tasks due in that hour of the day (timed ones: all-day tasks have no hour);
    // "New task" starts there.
    void setHour(int hour);
    void reload();
    QListWidget *list() const { return m_list; }
    QPushButton *newTaskButton() const { return m_new; }
    void createTask();

signals:
    void changed();
    void taskCreated(qint64 taskId);

private:
    Core::Session &m_session;
    QTimeZone m_zone;
    qint64 m_userId;
    QDate m_day;
    int m_hour = -1; // -1: the whole day
    QString m_userName;
    Core::TeamGridFilter m_filter;
    QString m_clientName;
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_new;
};

} // namespace Voronka::Ui
