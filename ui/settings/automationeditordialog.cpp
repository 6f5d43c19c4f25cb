// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "automationeditordialog.h"

#include "core/services/pipelinesetup.h"
#include "ui/settings/movedealsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Voronka::Ui {

namespace {
const QString kText = QStringLiteral("text");
const QString kTypeId = QStringLiteral("type_id");
const QString kDueMinutes = QStringLiteral("due_minutes");
const QString kEndOfDay = QStringLiteral("end_of_day");
const QString kResponsibleId = QStringLiteral("responsible_id");
const QString kUserId = QStringLiteral("user_id");
const QString kTag = QStringLiteral("tag");
const QString kStageId = QStringLiteral("stage_id");

constexpr int kMinutesPerHour = 60;
constexpr int kMinutesPerDay = 24 * 60;
enum DueMode { AfterDelay = 0, EndOfDay = 1 };
enum DueUnit { Minutes = 0, Hours = 1, Days = 2 };

QList<Core::UserInfo> activeUsers(Core::Session &s)
{
    return s.activeUsersByName();
}

QString delayText(qint64 minutes)
{
    if (minutes > 0 && minutes % kMinutesPerDay == 0)
        return AutomationEditorDialog::tr("in %n day(s)", nullptr, int(minutes / kMinutesPerDay));
    if (minutes > 0 && minutes % kMinutesPerHour == 0)
        return AutomationEditorDialog::tr("in %n hour(s)", nullptr, int(minutes / kMinutesPerHour));
    if (minutes > 0)
        return AutomationEditorDialog::tr("in %n minute(s)", nullptr, int(minutes));
    return AutomationEditorDialog::tr("at once");
}
} // namespace

AutomationEditorDialog::AutomationEditorDialog(Core::Session &session,
                                               const Core::StageAutomation &automation, Save save,
                                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_base(automation)
    , m_save(std::move(save))
    , m_action(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_onCreate(new QCheckBox(tr("Also when a deal is created in this stage"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("automationEditor"));
    const Core::StageInfo *stage = session.stage(automation.stageId);
    const QString stageName = stage ? stage->name : QString();
    setWindowTitle(automation.id ? tr("Edit automation") : tr("New automation"));

    auto *heading = new QLabel(tr("When a deal enters “%1”").arg(stageName), this);
    heading->setObjectName(QStringLiteral("dialogTitle"));
    heading->setTextFormat(Qt::PlainText);

    m_action->setObjectName(QStringLiteral("automationAction"));
    m_action->setAccessibleName(tr("Action"));
    m_action->addItem(tr("Create a task"), int(Core::AutomationAction::CreateTask));
    m_action->addItem(tr("Change the responsible"), int(Core::AutomationAction::SetResponsible));
    m_action->addItem(tr("Add a tag"), int(Core::AutomationAction::AddTag));
    m_action->addItem(tr("Move to a stage"), int(Core::AutomationAction::MoveToStage));
    m_pages->setObjectName(QStringLiteral("automationPages"));
    m_pages->addWidget(taskPage());
    m_pages->addWidget(responsiblePage());
    m_pages->addWidget(tagPage());
    m_pages->addWidget(movePage());

    m_onCreate->setObjectName(QStringLiteral("automationOnCreate"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("automationButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("automationOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("automationCancel"));

    // In a widget of its own, like the pages, so its columns line up with theirs.
    auto *actionBox = new QWidget(this);
    auto *actionRow = new QFormLayout(actionBox);
    actionRow->setContentsMargins(0, 0, 0, 0);
    actionRow->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    actionRow->addRow(tr("Action"), m_action);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addSpacing(4);
    layout->addWidget(actionBox);
    layout->addWidget(m_pages);
    layout->addWidget(m_onCreate);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    // The action's row and each page's rows share one label column.
    const QList<QFormLayout *> forms = findChildren<QFormLayout *>();
    int labelWidth = 0;
    for (QFormLayout *f : forms)
        for (int r = 0; r < f->rowCount(); ++r)
            if (QLayoutItem *l = f->itemAt(r, QFormLayout::LabelRole); l && l->widget())
                labelWidth = std::max(labelWidth, l->widget()->sizeHint().width());
    for (QFormLayout *f : forms) {
        f->setHorizontalSpacing(10);
        f->setVerticalSpacing(8);
        for (int r = 0; r < f->rowCount(); ++r)
            if (auto *l =
                    qobject_cast<QLabel *>(f->itemAt(r, QFormLayout::LabelRole)
                                               ? f->itemAt(r, QFormLayout::LabelRole)->widget()
                                               : nullptr)) {
                l->setFixedWidth(labelWidth);
                l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
    }

    connect(m_action, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        m_error->hide();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AutomationEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(automation);
}

QWidget *AutomationEditorDialog::taskPage()
{
    auto *page = new QWidget(this);
    m_taskType = new QComboBox(page);
    m_taskType->setObjectName(QStringLiteral("automationTaskType"));
    for (const Core::Session::Named &t : Core::PipelineSetup(m_session).taskTypes())
        m_taskType->addItem(t.name, t.id);
    m_taskText = new QLineEdit(page);
    m_taskText->setObjectName(QStringLiteral("automationTaskText"));
    m_taskText->setPlaceholderText(tr("What to do, e.g. Call the client"));
    m_taskText->setMaxLength(1000);
    m_dueMode = new QComboBox(page);
    m_dueMode->setObjectName(QStringLiteral("automationDueMode"));
    m_dueMode->addItem(tr("After"), AfterDelay);
    m_dueMode->addItem(tr("By the end of the day"), EndOfDay);
    m_dueAmount = new QSpinBox(page);
    m_dueAmount->setObjectName(QStringLiteral("automationDueAmount"));
    m_dueAmount->setRange(0, 999);
    m_dueUnit = new QComboBox(page);
    m_dueUnit->setObjectName(QStringLiteral("automationDueUnit"));
    m_dueUnit->addItem(tr("minutes"), Minutes);
    m_dueUnit->addItem(tr("hours"), Hours);
    m_dueUnit->addItem(tr("days"), Days);
    m_taskResponsible = new QComboBox(page);
    m_taskResponsible->setObjectName(QStringLiteral("automationTaskResponsible"));
    m_taskResponsible->addItem(tr("The deal's responsible"), 0);
    for (const Core::UserInfo &u : activeUsers(m_session))
        m_taskResponsible->addItem(u.name, u.id);

    auto *due = new QHBoxLayout;
    due->setSpacing(6);
    due->addWidget(m_dueMode);
    due->addWidget(m_dueAmount);
    due->addWidget(m_dueUnit);
    due->addStretch();
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Task type"), m_taskType);
    form->addRow(tr("Text"), m_taskText);
    form->addRow(tr("Due"), due);
    form->addRow(tr("Responsible"), m_taskResponsible);
    connect(m_dueMode, &QComboBox::currentIndexChanged, this,
            &AutomationEditorDialog::updateDueControls);
    return page;
}

QWidget *AutomationEditorDialog::responsiblePage()
{
    auto *page = new QWidget(this);
    m_user = new QComboBox(page);
    m_user->setObjectName(QStringLiteral("automationUser"));
    for (const Core::UserInfo &u : activeUsers(m_session))
        m_user->addItem(u.name, u.id);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("New responsible"), m_user);
    return page;
}

QWidget *AutomationEditorDialog::tagPage()
{
    auto *page = new QWidget(this);
    m_tag = new QComboBox(page);
    m_tag->setObjectName(QStringLiteral("automationTag"));
    m_tag->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_tag->addItems(Core::PipelineSetup(m_session).tagNames());
    m_tag->setCurrentIndex(-1);
    m_tag->lineEdit()->setPlaceholderText(tr("A tag, new or existing"));
    m_tag->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Tag"), m_tag);
    return page;
}

QWidget *AutomationEditorDialog::movePage()
{
    auto *page = new QWidget(this);
    m_target = new QComboBox(page);
    m_target->setObjectName(QStringLiteral("automationTargetStage"));
    MoveDealsDialog::fillStages(m_target, m_session, m_base.stageId, 0);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Move the deal to"), m_target);
    return page;
}

void AutomationEditorDialog::load(const Core::StageAutomation &a)
{
    m_action->setCurrentIndex(std::max(0, m_action->findData(int(a.action))));
    m_pages->setCurrentIndex(m_action->currentIndex());
    m_onCreate->setChecked(a.onCreate);
    const QVariantMap &p = a.params;
    if (p.contains(kTypeId))
        m_taskType->setCurrentIndex(std::max(0, m_taskType->findData(p.value(kTypeId))));
    m_taskText->setText(p.value(kText).toString());
    const qint64 minutes = p.value(kDueMinutes, a.id ? 0 : kMinutesPerDay).toLongLong();
    m_dueMode->setCurrentIndex(p.value(kEndOfDay).toBool() ? EndOfDay : AfterDelay);
    const int unit = minutes > 0 && minutes % kMinutesPerDay == 0    ? Days
                     : minutes > 0 && minutes % kMinutesPerHour == 0 ? Hours
                                                                     : Minutes;
    m_dueUnit->setCurrentIndex(unit);
    m_dueAmount->setValue(int(unit == Days    ? minutes / kMinutesPerDay
                              : unit == Hours ? minutes / kMinutesPerHour
                                              : minutes));
    m_taskResponsible->setCurrentIndex(
        std::max(0, m_taskResponsible->findData(p.value(kResponsibleId, 0))));
    if (p.contains(kUserId))
        m_user->setCurrentIndex(std::max(0, m_user->findData(p.value(kUserId))));
    if (p.contains(kTag))
        m_tag->setCurrentText(p.value(kTag).toString());
    if (p.contains(kStageId))
        m_target->setCurrentIndex(std::max(0, m_target->findData(p.value(kStageId))));
    updateDueControls();
}

void AutomationEditorDialog::updateDueControls()
{
    const bool delay = m_dueMode->currentData().toInt() == AfterDelay;
    m_dueAmount->setVisible(delay);
    m_dueUnit->setVisible(delay);
}

Core::StageAutomation AutomationEditorDialog::automation() const
{
    Core::StageAutomation a = m_base;
    a.action = Core::AutomationAction(m_action->currentData().toInt());
    a.onCreate = m_onCreate->isChecked();
    a.params.clear();
    switch (a.action) {
    case Core::AutomationAction::CreateTask: {
        a.params.insert(kText, m_taskText->text().trimmed());
        if (m_taskType->currentIndex() >= 0)
            a.params.insert(kTypeId, m_taskType->currentData().toLongLong());
        if (m_dueMode->currentData().toInt() == EndOfDay) {
            a.params.insert(kEndOfDay, true);
        } else {
            const int unit = m_dueUnit->currentData().toInt();
            const int factor = unit == Days ? kMinutesPerDay : unit == Hours ? kMinutesPerHour : 1;
            a.params.insert(kDueMinutes, m_dueAmount->value() * factor);
        }
        if (const qint64 who = m_taskResponsible->currentData().toLongLong())
            a.params.insert(kResponsibleId, who);
        break;
    }
    case Core::AutomationAction::SetResponsible:
        a.params.insert(kUserId, m_user->currentData().toLongLong());
        break;
    case Core::AutomationAction::AddTag:
        a.params.insert(kTag, m_tag->currentText().simplified());
        break;
    case Core::AutomationAction::MoveToStage:
        a.params.insert(kStageId, m_target->currentData().toLongLong());
        break;
    }
    return a;
}

void AutomationEditorDialog::accept()
{
    const Core::Status st = m_save(automation());
    if (!st) {
        m_error->setText(st.error().message);
        m_error->show();
        const QString field = st.error().field;
        QWidget *culprit = field == kText            ? static_cast<QWidget *>(m_taskText)
                           : field == kTag           ? m_tag
                           : field == kUserId        ? m_user
                           : field == kStageId       ? m_target
                           : field == kResponsibleId ? m_taskResponsible
                                                     : nullptr;
        if (culprit)
            culprit->setFocus();
        return;
    }
    QDialog::accept();
}

QString AutomationEditorDialog::summary(Core::Session &session, const Core::StageAutomation &a)
{
    const QVariantMap &p = a.params;
    QString text;
    switch (a.action) {
    case Core::AutomationAction::CreateTask: {
        const qint64 who = p.value(kResponsibleId).toLongLong();
        const QString forWhom = who ? session.user(who).name : tr("the deal's responsible");
        const QString due = p.value(kEndOfDay).toBool()
                                ? tr("by the end of the day")
                                : delayText(p.value(kDueMinutes).toLongLong());
        text = tr("Create task «%1» due %2 for %3").arg(p.value(kText).toString(), due, forWhom);
        break;
    }
    case Core::AutomationAction::SetResponsible:
        text = tr("Make %1 responsible").arg(session.user(p.value(kUserId).toLongLong()).name);
        break;
    case Core::AutomationAction::AddTag:
        text = tr("Add the tag «%1»").arg(p.value(kTag).toString());
        break;
    case Core::AutomationAction::MoveToStage: {
        const Core::StageInfo *to = session.stage(p.value(kStageId).toLongLong());
        QString pipeline;
        for (const Core::PipelineInfo &pl : session.pipelines())
            if (to && pl.id == to->pipelineId)
                pipeline = pl.name;
        text = to ? tr("Move to %1 → %2").arg(pipeline, to->name) : tr("Move to a deleted stage");
        break;
    }
    }
    if (a.onCreate)
        text += tr(" (also for new deals)");
    return text;
}

} // namespace Voronka::Ui
