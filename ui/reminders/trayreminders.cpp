// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "trayreminders.h"

#include "ui/widgets/icons.h"

#include <QAction>
#include <QActionGroup>
#include <QDateTime>
#include <QMenu>
#include <QSettings>
#include <QSystemTrayIcon>

namespace Voronka::Ui {

namespace {
constexpr int kPollMs = 10 * 1000;
constexpr int kShownAtOnce = 3; // more than this in one check: one summary message
const QString kOff = QStringLiteral("off");

QTime savedAllDayTime()
{
    const QString v =
        QSettings()
            .value(QLatin1String(TrayReminders::kAllDaySetting), QStringLiteral("09:00"))
            .toString();
    if (v == kOff)
        return {};
    const QTime t = QTime::fromString(v, QStringLiteral("HH:mm"));
    return t.isValid() ? t : QTime(9, 0);
}
} // namespace

TrayReminders::TrayReminders(Core::Session &session, const Core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_scheduler(session, clock)
    , m_menu(std::make_unique<QMenu>())
    , m_icon(new QSystemTrayIcon(Icons::logo(), this))
    , m_overdueAction(nullptr)
    , m_leads(new QActionGroup(this))
    , m_allDay(new QActionGroup(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *open = m_menu->addAction(tr("Open Voronka"));
    open->setObjectName(QStringLiteral("trayOpen"));
    connect(open, &QAction::triggered, this, [this] { emit openRequested(QString()); });
    QAction *tasks = m_menu->addAction(tr("Tasks"));
    tasks->setObjectName(QStringLiteral("trayTasks"));
    connect(tasks, &QAction::triggered, this,
            [this] { emit openRequested(QStringLiteral("tasks")); });
    QAction *calendar = m_menu->addAction(tr("Calendar"));
    calendar->setObjectName(QStringLiteral("trayCalendar"));
    connect(calendar, &QAction::triggered, this,
            [this] { emit openRequested(QStringLiteral("calendar")); });
    m_menu->addSeparator();
    m_overdueAction = m_menu->addAction(QString());
    m_overdueAction->setObjectName(QStringLiteral("trayOverdue"));
    connect(m_overdueAction, &QAction::triggered, this,
            [this] { emit openRequested(QStringLiteral("tasks")); });
    QMenu *lead = m_menu->addMenu(tr("Remind before"));
    lead->setObjectName(QStringLiteral("trayLead"));
    const int saved = QSettings().value(QLatin1String(kLeadSetting), 15).toInt();
    for (int minutes : {0, 5, 10, 15, 30, 60}) {
        QAction *a = lead->addAction(minutes == 0 ? tr("At the due time")
                                                  : tr("%n minute(s) before", nullptr, minutes));
        a->setCheckable(true);
        a->setChecked(minutes == saved);
        a->setData(minutes);
        m_leads->addAction(a);
        connect(a, &QAction::triggered, this, [this, minutes] { setLeadMinutes(minutes); });
    }
    m_scheduler.setLeadMinutes(saved);
    QMenu *allDay = m_menu->addMenu(tr("All-day tasks"));
    allDay->setObjectName(QStringLiteral("trayAllDay"));
    const QTime savedTime = savedAllDayTime();
    for (const QTime &time :
         {QTime(), QTime(7, 0), QTime(8, 0), QTime(9, 0), QTime(10, 0), QTime(12, 0)}) {
        const QString hhmm = time.toString(QStringLiteral("HH:mm"));
        QAction *a =
            allDay->addAction(time.isValid() ? tr("Remind at %1").arg(hhmm) : tr("Do not remind"));
        a->setObjectName(QStringLiteral("trayAllDay_") +
                         (time.isValid() ? time.toString(QStringLiteral("HHmm")) : kOff));
        a->setCheckable(true);
        a->setChecked(time == savedTime);
        a->setData(time);
        m_allDay->addAction(a);
        connect(a, &QAction::triggered, this, [this, time] { setAllDayTime(time); });
    }
    m_scheduler.setAllDayTime(savedTime);
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit openRequested(QString());
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this,
            [this] { emit openRequested(QStringLiteral("tasks")); });
    connect(&m_timer, &QTimer::timeout, this, &TrayReminders::poll);
    m_timer.start(kPollMs);
    poll();
    m_icon->show();
}

TrayReminders::~TrayReminders() = default;

bool TrayReminders::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayReminders::setLeadMinutes(int minutes)
{
    QSettings().setValue(QLatin1String(kLeadSetting), minutes);
    for (QAction *a : m_leads->actions())
        a->setChecked(a->data().toInt() == minutes);
    m_scheduler.setLeadMinutes(minutes);
    poll();
}

void TrayReminders::setAllDayTime(QTime time)
{
    QSettings().setValue(QLatin1String(kAllDaySetting),
                         time.isValid() ? time.toString(QStringLiteral("HH:mm")) : kOff);
    for (QAction *a : m_allDay->actions())
        a->setChecked(a->data().toTime() == time);
    m_scheduler.setAllDayTime(time);
    poll();
}

void TrayReminders::poll()
{
    Core::Result<QList<Core::TaskRow>> fired = m_scheduler.tick();
    if (fired && !fired->isEmpty())
        notify(*fired);
    updateOverdue();
}

void TrayReminders::updateOverdue()
{
    Core::Result<qint64> overdue = m_scheduler.overdueCount();
    if (!overdue || *overdue == m_overdue)
        return;
    m_overdue = *overdue;
    const QString text =
        m_overdue > 0 ? tr("%n overdue task(s)", nullptr, int(m_overdue)) : tr("No overdue tasks");
    m_overdueAction->setText(text);
    m_icon->setToolTip(QStringLiteral("Voronka — ") + text);
}

void TrayReminders::notify(const QList<Core::TaskRow> &tasks)
{
    QString title, body;
    if (tasks.size() > kShownAtOnce) {
        title = tr("%n task(s) due soon", nullptr, int(tasks.size()));
        QStringList lines;
        for (int i = 0; i < kShownAtOnce; ++i)
            lines << tasks[i].text;
        body = lines.join(u'\n') + QStringLiteral("\n…");
    } else {
        QStringList when;
        for (const Core::TaskRow &t : tasks) {
            const QString time =
                QDateTime::fromMSecsSinceEpoch(*t.dueAt).time().toString(QStringLiteral("HH:mm"));
            // An all-day task has no time to name: it is today's.
            const QString at = t.allDay ? tr("Today, all day") : tr("At %1").arg(time);
            if (!when.contains(at))
                when << at;
            if (!body.isEmpty())
                body += u'\n';
            body += t.linkName.isEmpty() ? t.text : t.text + QStringLiteral(" — ") + t.linkName;
        }
        title = when.join(QStringLiteral(", "));
    }
    m_lastMessage = title + u'\n' + body;
    m_icon->showMessage(title, body, QSystemTrayIcon::Information, 15000);
}

} // namespace Voronka::Ui
