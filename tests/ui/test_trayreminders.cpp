// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "ui/reminders/trayreminders.h"
#include "core/services/records.h"

#include <QAction>
#include <QDateTime>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>

using namespace Voronka;
using namespace Voronka::Test;

TEST_CASE("trayReminders_notifiesCountsOverdueAndOpensTheTasks")
{
    UiFixture t;
    QSettings().setValue(QLatin1String(Ui::TrayReminders::kLeadSetting), 30);
    auto add = [&](const QString &text, qint64 due) {
        REQUIRE(Core::Records(*t.admin)
                    .create(Core::EntityKind::Task,
                            {{QStringLiteral("text"), text}, {QStringLiteral("due_at"), due}})
                    .ok());
    };
    const qint64 minute = 60 * 1000;
    add(QStringLiteral("Late call"), t.clock.nowMs() - 5 * minute);
    add(QStringLiteral("Send the offer"), t.clock.nowMs() + 40 * minute);
    Ui::TrayReminders tray(*t.admin, t.clock);
    CHECK(tray.scheduler().leadMinutes() == 30); // the saved setting
    CHECK(tray.overdue() == 1);
    CHECK(tray.icon()->toolTip().contains(QStringLiteral("1 overdue task")));
    CHECK(tray.lastMessage().isEmpty()); // 40 minutes away, 30 minutes lead
    t.clock.advance(10 * minute);
    tray.poll();
    CHECK(tray.lastMessage().contains(QStringLiteral("Send the offer")));

    QSignalSpy open(&tray, &Ui::TrayReminders::openRequested);
    QAction *tasks = tray.menu()->findChild<QAction *>(QStringLiteral("trayTasks"));
    REQUIRE(tasks);
    tasks->trigger();
    REQUIRE(open.count() == 1);
    CHECK(open.first().first().toString() == QStringLiteral("tasks"));

    tray.setLeadMinutes(5);
    CHECK(QSettings().value(QLatin1String(Ui::TrayReminders::kLeadSetting)).toInt() == 5);
    QSettings().remove(QLatin1String(Ui::TrayReminders::kLeadSetting));
}

TEST_CASE("trayReminders_theAllDayTimeIsAMenuSettingAndRingsOnTheDay")
{
    UiFixture t;
    QSettings().setValue(QLatin1String(Ui::TrayReminders::kAllDaySetting), QStringLiteral("08:00"));
    // An all-day task tomorrow in the local zone (the tray uses the system's), stored at 23:59.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDate tomorrow = QDateTime::fromMSecsSinceEpoch(t.clock.nowMs(), zone).date().addDays(1);
    REQUIRE(Core::Records(*t.admin)
                .create(Core::EntityKind::Task,
                        {{QStringLiteral("text"), QStringLiteral("Pay the invoice")},
                         {QStringLiteral("all_day"), true},
                         {QStringLiteral("due_at"),
                          QDateTime(tomorrow, QTime(23, 59), zone).toMSecsSinceEpoch()}})
                .ok());
    Ui::TrayReminders tray(*t.admin, t.clock);
    CHECK(tray.scheduler().allDayTime() == QTime(8, 0)); // the saved setting
    auto action = [&](const char *name) {
        auto *a = tray.menu()->findChild<QAction *>(QLatin1String(name));
        REQUIRE(a);
        return a;
    };
    CHECK(action("trayAllDay_0800")->isChecked());

    action("trayAllDay_off")->trigger();
    CHECK(QSettings().value(QLatin1String(Ui::TrayReminders::kAllDaySetting)).toString() ==
          QStringLiteral("off"));
    CHECK_FALSE(tray.scheduler().allDayTime().isValid());
    CHECK_FALSE(action("trayAllDay_0800")->isChecked());
    t.clock.set(QDateTime(tomorrow, QTime(12, 0), zone).toMSecsSinceEpoch());
    tray.poll();
    CHECK(tray.lastMessage().isEmpty());

    t.clock.set(QDateTime(tomorrow, QTime(9, 59), zone).toMSecsSinceEpoch());
    action("trayAllDay_1000")->trigger();
    CHECK(QSettings().value(QLatin1String(Ui::TrayReminders::kAllDaySetting)).toString() ==
          QStringLiteral("10:00"));
    CHECK(tray.scheduler().allDayTime() == QTime(10, 0));
    CHECK(action("trayAllDay_1000")->isChecked());
    CHECK(tray.lastMessage().isEmpty());
    t.clock.set(QDateTime(tomorrow, QTime(10, 0), zone).toMSecsSinceEpoch());
    tray.poll();
    CHECK(tray.lastMessage().contains(QStringLiteral("Pay the invoice")));
    CHECK(tray.lastMessage().contains(QStringLiteral("all day")));
    QSettings().remove(QLatin1String(Ui::TrayReminders::kAllDaySetting));
}
