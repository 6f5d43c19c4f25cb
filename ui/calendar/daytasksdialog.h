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
class DayTasksDialog final : public QDialog
{
    Q_OBJECT
public:
    DayTasksDialog(Core::Session &session, QTimeZone zone, qint64 userId, const QString &userName,
                   QDate day, const Core::TeamGridFilter &filter = {}, QWidget *parent = nullptr);

    // The grid's client by name: shown above the list and linked to a task made here.
    void setClientName(const QString &name);
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
    Core::TeamGridFilter m_filter;
    QString m_clientName;
    QLabel *m_summary;
    QListWidget *m_list;
    QPushButton *m_new;
};

} // namespace Voronka::Ui
