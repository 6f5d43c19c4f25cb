// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/teamgrid.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class ClientPicker;
class TeamGridModel;

// Mini-CRM's team calendar: users the viewer may see down, days across (from a date, any
// number of days), each cell the number of tasks with a background that deepens with it.
// Filters by status, type and one client (a deal, contact or company picked by search); a
// double-click opens that user's day, filtered the same way.
class TeamGridView final : public QWidget
{
    Q_OBJECT
public:
    TeamGridView(Core::Session &session, QTimeZone zone, QWidget *parent = nullptr);

    void setPeriod(QDate first, int days);
    QDate first() const { return m_first; }
    int days() const;
    // Users and department from the calendar's picker (empty / 0: everyone visible).
    void setPeople(const QList<qint64> &userIds, qint64 departmentId);
    void reload();
    Core::TeamGridFilter filter() const;
    TeamGridModel *model() const { return m_model; }
    ClientPicker *clientPicker() const { return m_client; }
    QTableView *table() const { return m_table; }
    void openCell(const QModelIndex &index);

signals:
    void periodChanged();
    void tasksChanged();
    void taskCreated(qint64 taskId); // in a day's dialog: the section makes it an undo step

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fillFilters();
    void fitRows();

    Core::Session &m_session;
    QTimeZone m_zone;
    QDate m_first;
    QList<qint64> m_userIds;
    qint64 m_departmentId = 0;
    QComboBox *m_status;
    QComboBox *m_type;
    ClientPicker *m_client;
    QSpinBox *m_days;
    QLabel *m_summary;
    QLabel *m_error;
    QTableView *m_table;
    TeamGridModel *m_model;
};

} // namespace Voronka::Ui
