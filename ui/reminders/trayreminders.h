// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/reminderscheduler.h"

#include <QObject>
#include <QTime>
#include <QTimer>

class QAction;
class QActionGroup;
class QMenu;
class QSystemTrayIcon;

namespace Voronka::Core {
class Clock;
class Session;
} // namespace Voronka::Core

namespace Voronka::Ui {

// The tray icon: a notification `lead` minutes before each of the user's tasks (the lead is a
// setting in its menu, 15 minutes by default) and at a set time on the day of an all-day task
// (another setting there, 09:00 by default, or off), the overdue count in the tooltip and the
// menu, and the way back into the app. The scheduler decides what fires; this only polls it
// every few seconds (cheap: a data_version pragma unless something is due) and shows.
class TrayReminders final : public QObject
{
    Q_OBJECT
public:
    TrayReminders(Core::Session &session, const Core::Clock &clock, QObject *parent = nullptr);
    ~TrayReminders() override;

    // Whether the desktop has a tray to put the icon in.
    static bool available();
    static constexpr const char *kLeadSetting = "reminders/leadMinutes";
    // "HH:mm", or "off" for no all-day reminders.
    static constexpr const char *kAllDaySetting = "reminders/allDayTime";

    void poll();
    void setLeadMinutes(int minutes); // saved
    void setAllDayTime(QTime time);   // saved; invalid: off
    Core::ReminderScheduler &scheduler() { return m_scheduler; }
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu.get(); }
    qint64 overdue() const { return m_overdue; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    // Bring the main window forward, on that section when not empty.
    void openRequested(const QString &section);

private:
    void notify(const QList<Core::TaskRow> &tasks);
    void updateOverdue();

    Core::ReminderScheduler m_scheduler;
    std::unique_ptr<QMenu> m_menu; // QSystemTrayIcon does not own its menu
    QSystemTrayIcon *m_icon;
    QAction *m_overdueAction;
    QActionGroup *m_leads;
    QActionGroup *m_allDay;
    QTimer m_timer;
    qint64 m_overdue = -1;
    QString m_lastMessage;
};

} // namespace Voronka::Ui
