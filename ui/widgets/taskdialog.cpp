// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskdialog.h"

#include "core/services/records.h"
#include "ui/widgets/dates.h"
#include "core/services/session.h"
#include "core/tasks/taskquery.h"
#include "core/tasks/teamgrid.h"
#include "ui/widgets/clientpicker.h"
#include "ui/widgets/tasktypeicon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Voronka::Ui {

TaskDialog::TaskDialog(Core::Session &session, QTimeZone zone, QDateTime start, bool allDay,
                       qint64 responsibleId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_zone(std::move(zone))
    , m_text(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_responsible(new QComboBox(this))
    , m_when(new QDateTimeEdit(this))
    , m_allDay(new QCheckBox(tr("All day"), this))
    , m_duration(new QSpinBox(this))
    , m_link(new QLabel(this))
    , m_linkSearch(new ClientPicker(session, QStringLiteral("taskDialogLink"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarTaskDialog"));
    setWindowTitle(tr("New task"));
    m_text->setObjectName(QStringLiteral("taskDialogText"));
    m_text->setPlaceholderText(tr("What to do"));
    m_type->setObjectName(QStringLiteral("taskDialogType"));
    m_responsible->setObjectName(QStringLiteral("taskDialogResponsible"));
    m_when->setObjectName(QStringLiteral("taskDialogWhen"));
    m_allDay->setObjectName(QStringLiteral("taskDialogAllDay"));
    m_duration->setObjectName(QStringLiteral("taskDialogDuration"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(Dates::dateTimeFormat());
    // The editor shows the wall time of the calendar's zone (QDateTimeEdit has no zone in 6.4).
    m_when->setDateTime(
        QDateTime(start.toTimeZone(m_zone).date(), start.toTimeZone(m_zone).time()));
    m_allDay->setChecked(allDay);
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setValue(allDay ? 0 : 30);
    m_duration->setSuffix(tr(" min"));
    m_link->setVisible(false);
    m_linkSearch->field()->setPlaceholderText(tr("Deal, contact or company (optional)"));
    connect(m_linkSearch, &ClientPicker::changed, this,
            [this] { setLink(m_linkSearch->kind(), m_linkSearch->id(), m_linkSearch->name()); });
    m_error->setObjectName(QStringLiteral("taskDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_error->setVisible(false);

    Core::TaskQuery query(m_session, m_zone);
    if (auto types = query.types())
        for (const Core::TaskTypeInfo &t : *types)
            m_type->addItem(TaskTypeIcon::icon(t.icon, t.color), t.name, t.id);
    Core::TeamGrid grid(m_session, m_zone);
    if (auto users = grid.visibleUsers())
        for (const Core::TeamGridUser &u : *users)
            m_responsible->addItem(u.name, u.id);
    const qint64 who = responsibleId ? responsibleId : m_session.principal().userId;
    const int at = m_responsible->findData(who);
    m_responsible->setCurrentIndex(std::max(0, at));

    auto *form = new QFormLayout;
    form->addRow(tr("Task"), m_text);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Responsible"), m_responsible);
    form->addRow(tr("When"), m_when);
    form->addRow(QString(), m_allDay);
    form->addRow(tr("Duration"), m_duration);
    form->addRow(tr("About"), m_linkSearch);
    form->addRow(QString(), m_link);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("taskDialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    connect(m_allDay, &QCheckBox::toggled, this, [this](bool on) { m_duration->setEnabled(!on); });
    m_duration->setEnabled(!allDay);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_text->setFocus();
    resize(420, sizeHint().height());
}

void TaskDialog::setLink(Core::EntityKind kind, qint64 id, const QString &name)
{
    if (m_linkSearch->kind() != kind || m_linkSearch->id() != id)
        m_linkSearch->setClient(kind, id, name);
    m_link->setText(kind == Core::EntityKind::None
                        ? QString()
                        : QStringLiteral("%1: %2").arg(Core::entityName(kind), name));
    m_link->setVisible(kind != Core::EntityKind::None);
}

QStandardItemModel *TaskDialog::linkHits() const
{
    return m_linkSearch->hits();
}

void TaskDialog::pickLink(int row)
{
    m_linkSearch->pick(row);
}

bool TaskDialog::save()
{
    const bool allDay = m_allDay->isChecked();
    const QDateTime when(m_when->date(), m_when->time(), m_zone);
    // All-day tasks are stored at 23:59 of their day, as the rest of the product reads them.
    const QDateTime due = allDay ? QDateTime(when.date(), QTime(23, 59), m_zone) : when;
    Core::Patch p{{QStringLiteral("text"), m_text->text().trimmed()},
                  {QStringLiteral("due_at"), due.toMSecsSinceEpoch()},
                  {QStringLiteral("all_day"), allDay},
                  {QStringLiteral("duration_min"), allDay ? 0 : m_duration->value()}};
    if (m_type->currentIndex() >= 0)
        p.insert(QStringLiteral("type_id"), m_type->currentData().toLongLong());
    if (m_responsible->currentIndex() >= 0)
        p.insert(QStringLiteral("responsible_id"), m_responsible->currentData().toLongLong());
    if (m_linkSearch->kind() != Core::EntityKind::None) {
        p.insert(QStringLiteral("entity_kind"), int(m_linkSearch->kind()));
        p.insert(QStringLiteral("entity_id"), m_linkSearch->id());
    }
    Core::Result<qint64> id = Core::Records(m_session).create(Core::EntityKind::Task, p);
    if (!id) {
        m_error->setText(id.error().message);
        m_error->setVisible(true);
        return false;
    }
    m_created = *id;
    return true;
}

void TaskDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Voronka::Ui
