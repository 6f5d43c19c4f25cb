// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "daytasksdialog.h"

#include "core/tasks/taskquery.h"
#include "ui/widgets/dates.h"
#include "ui/widgets/taskdialog.h"
#include "ui/widgets/tasktypeicon.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Voronka::Ui {

DayTasksDialog::DayTasksDialog(Core::Session &session, QTimeZone zone, qint64 userId,
                               const QString &userName, QDate day,
                               const Core::TeamGridFilter &filter, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_zone(std::move(zone))
    , m_userId(userId)
    , m_day(day)
    , m_userName(userName)
    , m_filter(filter)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_new(new QPushButton(tr("New task…"), this))
{
    setObjectName(QStringLiteral("dayTasksDialog"));
    setWindowTitle(tr("%1 — %2").arg(userName, QLocale().toString(day, QLocale::LongFormat)));
    m_list->setObjectName(QStringLiteral("dayTasksList"));
    m_summary->setObjectName(QStringLiteral("dayTasksSummary"));
    m_new->setObjectName(QStringLiteral("dayTasksNew"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_new, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &DayTasksDialog::reject);
    connect(m_new, &QPushButton::clicked, this, &DayTasksDialog::createTask);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(460, 380);
    reload();
}

void DayTasksDialog::setClientName(const QString &name)
{
    m_clientName = name;
    reload();
}

void DayTasksDialog::setHour(int hour)
{
    m_hour = std::clamp(hour, -1, 23);
    const QString day = QLocale().toString(m_day, QLocale::LongFormat);
    setWindowTitle(m_hour < 0 ? tr("%1 — %2").arg(m_userName, day)
                              : tr("%1 — %2, %3–%4", "who, the day, the hour's start and end")
                                    .arg(m_userName, day, Dates::time(QTime(m_hour, 0)),
                                         Dates::time(QTime(m_hour, 0).addSecs(3600))));
    reload();
}

void DayTasksDialog::reload()
{
    m_list->clear();
    Core::TaskFilter f;
    if (m_userId) {
        f.responsibleIds = {m_userId};
    } else {
        f.responsibleIds = m_filter.userIds;
        f.departmentId = m_filter.departmentId;
    }
    f.statuses = m_filter.statuses;
    f.typeIds = m_filter.typeIds;
    f.linkKind = m_filter.linkKind;
    f.linkId = m_filter.linkId;
    f.withRelated = true; // as the grid counts a client
    f.dueFrom = m_day.startOfDay(m_zone).toMSecsSinceEpoch();
    f.dueTo = m_day.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
    if (m_hour >= 0) {
        f.dueFrom = QDateTime(m_day, QTime(m_hour, 0), m_zone).toMSecsSinceEpoch();
        f.dueTo = m_hour == 23 ? *f.dueTo
                               : QDateTime(m_day, QTime(m_hour + 1, 0), m_zone).toMSecsSinceEpoch();
    }
    Core::Result<QList<Core::TaskRow>> rows = Core::TaskQuery(m_session, m_zone).dueBetween(f);
    if (!rows) {
        m_summary->setText(rows.error().message);
        return;
    }
    int shown = 0;
    for (const Core::TaskRow &t : *rows) {
        if (m_hour >= 0 && t.allDay)
            continue; // stored at 23:59, but of no hour
        ++shown;
        QString text = t.allDay ? tr("all day")
                                : Dates::time(QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone).time());
        text += QStringLiteral("  ") + t.text;
        if (!t.linkName.isEmpty())
            text += QStringLiteral(" — ") + t.linkName;
        if (!m_userId && !t.responsibleName.isEmpty())
            text += QStringLiteral(" · ") + t.responsibleName;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, t.id);
        if (t.status != Core::TaskStatus::Open) {
            QFont f = item->font();
            f.setStrikeOut(true);
            item->setFont(f);
        }
        item->setIcon(TaskTypeIcon::icon(t.typeIcon, QColor(t.typeColor).isValid()
                                                         ? QColor(t.typeColor)
                                                         : palette().highlight().color()));
        item->setToolTip(t.typeName);
    }
    const QString count = tr("%n task(s)", nullptr, shown);
    m_summary->setText(
        m_filter.linkId && !m_clientName.isEmpty()
            ? tr("%1 · %2: %3").arg(count, Core::entityName(m_filter.linkKind), m_clientName)
            : count);
}

void DayTasksDialog::createTask()
{
    TaskDialog dialog(m_session, m_zone,
                      QDateTime(m_day, QTime(m_hour >= 0 ? m_hour : 9, 0), m_zone), false, m_userId,
                      this);
    if (m_filter.linkId)
        dialog.setLink(m_filter.linkKind, m_filter.linkId, m_clientName);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        emit taskCreated(dialog.createdId());
        emit changed();
    }
}

} // namespace Voronka::Ui
