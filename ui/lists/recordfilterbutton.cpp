// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordfilterbutton.h"

#include "core/fields/fieldtypes.h"
#include "ui/lists/recordlistview.h"
#include "core/services/session.h"
#include "core/util/clock.h"
#include "ui/widgets/createdperiod.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Voronka::Ui {

namespace {
using Op = Core::FieldCondition::Op;

bool rangeType(Core::FieldType t)
{
    using T = Core::FieldType;
    return t == T::Number || t == T::Money || t == T::Date || t == T::Birthday || t == T::DateTime;
}

bool optionType(Core::FieldType t)
{
    return t == Core::FieldType::Select || t == Core::FieldType::MultiSelect;
}
} // namespace

RecordFilterButton::RecordFilterButton(Core::Session &session, Core::EntityKind kind,
                                       QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_kind(kind)
    , m_panel(new QFrame(this, Qt::Popup))
    , m_responsible(new QListWidget(m_panel))
    , m_tags(new QListWidget(m_panel))
    , m_period(new QComboBox(m_panel))
    , m_field(new QComboBox(m_panel))
    , m_op(new QComboBox(m_panel))
    , m_option(new QComboBox(m_panel))
    , m_value(new QLineEdit(m_panel))
    , m_to(new QLineEdit(m_panel))
{
    const QString key = RecordListView::pluralKey(kind);
    setObjectName(key + QStringLiteral("FilterButton"));
    setProperty("listTool", true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Filters"));
    m_panel->setObjectName(key + QStringLiteral("FilterPanel"));
    m_panel->setFrameShape(QFrame::StyledPanel);
    m_responsible->setObjectName(QStringLiteral("filterResponsible"));
    m_responsible->setMaximumHeight(120);
    m_tags->setObjectName(QStringLiteral("filterTags"));
    m_tags->setMaximumHeight(110);
    m_period->setObjectName(QStringLiteral("filterPeriod"));
    CreatedPeriod::fill(m_period,
                        {CreatedPeriod::Today, CreatedPeriod::ThisWeek, CreatedPeriod::ThisMonth,
                         CreatedPeriod::Last30Days, CreatedPeriod::ThisYear});
    m_field->setObjectName(QStringLiteral("filterField"));
    m_op->setObjectName(QStringLiteral("filterFieldOp"));
    m_option->setObjectName(QStringLiteral("filterFieldOption"));
    m_value->setObjectName(QStringLiteral("filterFieldValue"));
    m_to->setObjectName(QStringLiteral("filterFieldTo"));
    m_value->setClearButtonEnabled(true);
    m_to->setClearButtonEnabled(true);

    auto *reset = new QPushButton(tr("Reset"), m_panel);
    reset->setObjectName(QStringLiteral("filterReset"));

    auto *values = new QHBoxLayout;
    values->setSpacing(6);
    values->addWidget(m_option, 1);
    values->addWidget(m_value, 1);
    values->addWidget(m_to, 1);
    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->addRow(tr("Responsible"), m_responsible);
    form->addRow(tr("Tags"), m_tags);
    form->addRow(tr("Created"), m_period);
    form->addRow(tr("Field"), m_field);
    form->addRow(tr("Condition"), m_op);
    form->addRow(tr("Value"), values);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(m_panel);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    layout->addLayout(form);
    layout->addLayout(buttons);
    m_panel->setMinimumWidth(400);
    m_panel->setProperty("filterPanel", true); // the theme's look, as the board's panel

    connect(m_responsible, &QListWidget::itemChanged, this, &RecordFilterButton::emitChanged);
    connect(m_tags, &QListWidget::itemChanged, this, &RecordFilterButton::emitChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &RecordFilterButton::emitChanged);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        fillOps();
        emitChanged();
    });
    connect(m_op, &QComboBox::currentIndexChanged, this, [this] {
        updateValueEditors();
        emitChanged();
    });
    connect(m_option, &QComboBox::currentIndexChanged, this, &RecordFilterButton::emitChanged);
    // Typed values apply when the user is done with them, not on every keystroke.
    connect(m_value, &QLineEdit::editingFinished, this, &RecordFilterButton::emitChanged);
    connect(m_to, &QLineEdit::editingFinished, this, &RecordFilterButton::emitChanged);
    connect(reset, &QPushButton::clicked, this, &RecordFilterButton::clear);
    connect(this, &QToolButton::clicked, this, &RecordFilterButton::showPanel);
    fillChoices();
    fillOps();
    setText(tr("Filters"));
}

void RecordFilterButton::fillChoices()
{
    if (m_filled)
        return;
    m_filled = true;
    m_loading = true;
    // Only the people whose records the role lets the user see: another name would only ever
    // filter the list down to nothing.
    const Core::PermEntity entity = m_kind == Core::EntityKind::Contact   ? Core::PermEntity::Contact
                                    : m_kind == Core::EntityKind::Company ? Core::PermEntity::Company
                                                                          : Core::PermEntity::Deal;
    for (const Core::UserInfo &u : m_session.visibleResponsibles(entity)) {
        auto *item = new QListWidgetItem(u.name, m_responsible);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    for (const QString &tag : Core::recordTags(m_session, m_kind)) {
        auto *item = new QListWidgetItem(tag, m_tags);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_tags->count() == 0) {
        auto *item = new QListWidgetItem(tr("No tags used yet"), m_tags);
        item->setFlags(Qt::NoItemFlags);
    }
    m_field->addItem(tr("Any field"), qint64(0));
    for (const Core::FieldDef &def : m_session.fieldDefs(m_kind))
        m_field->addItem(def.name, def.id);
    m_loading = false;
}

void RecordFilterButton::fillOps()
{
    const QSignalBlocker block(m_op);
    m_op->clear();
    const Core::FieldDef *def = m_session.fieldDef(m_field->currentData().toLongLong());
    if (def) {
        using T = Core::FieldType;
        if (def->type == T::Flag) {
            m_op->addItem(tr("is on"), int(Op::IsSet));
            m_op->addItem(tr("is off"), int(Op::NotSet));
        } else {
            if (optionType(def->type))
                m_op->addItem(tr("is"), int(Op::Option));
            if (rangeType(def->type))
                m_op->addItem(tr("between"), int(Op::Range));
            if (!optionType(def->type) && def->type != T::Money)
                m_op->addItem(tr("equals"), int(Op::Equals));
            if (!optionType(def->type) && !rangeType(def->type))
                m_op->addItem(tr("contains"), int(Op::Contains));
            m_op->addItem(tr("is filled"), int(Op::IsSet));
            m_op->addItem(tr("is empty"), int(Op::NotSet));
        }
        const QSignalBlocker b2(m_option);
        m_option->clear();
        m_option->addItems(def->options);
    }
    m_op->setEnabled(def != nullptr);
    updateValueEditors();
}

void RecordFilterButton::updateValueEditors()
{
    const Core::FieldDef *def = m_session.fieldDef(m_field->currentData().toLongLong());
    const Op op = Op(m_op->currentData().toInt());
    const bool typed = def && (op == Op::Equals || op == Op::Contains || op == Op::Range);
    m_option->setVisible(def && op == Op::Option);
    m_value->setVisible(typed || !def);
    m_value->setEnabled(typed);
    m_to->setVisible(def && op == Op::Range);
    if (!def)
        return;
    using T = Core::FieldType;
    const bool date = def->type == T::Date || def->type == T::Birthday;
    m_value->setPlaceholderText(op == Op::Range ? (date ? tr("from YYYY-MM-DD") : tr("from"))
                                                : QString());
    m_to->setPlaceholderText(date ? tr("to YYYY-MM-DD") : tr("to"));
}

Core::FieldCondition RecordFilterButton::condition() const
{
    Core::FieldCondition c;
    const Core::FieldDef *def = m_session.fieldDef(m_field->currentData().toLongLong());
    if (!def)
        return c;
    c.fieldId = def->id;
    c.op = Op(m_op->currentData().toInt());
    const QString from = m_value->text().trimmed();
    const QString to = m_to->text().trimmed();
    switch (c.op) {
    case Op::Option:
        c.value = m_option->currentText();
        break;
    case Op::Equals:
    case Op::Contains:
        if (from.isEmpty())
            c.fieldId = 0; // nothing typed yet: no condition
        c.value = from;
        break;
    case Op::Range:
        if (from.isEmpty() && to.isEmpty())
            c.fieldId = 0;
        // Money is typed in major units and stored in minor ones.
        if (def->type == Core::FieldType::Money) {
            c.from = from.isEmpty()
                         ? QVariant()
                         : QVariant(qint64(QString(from).replace(u',', u'.').toDouble() * 100));
            c.to = to.isEmpty()
                       ? QVariant()
                       : QVariant(qint64(QString(to).replace(u',', u'.').toDouble() * 100));
        } else {
            c.from = from.isEmpty() ? QVariant() : QVariant(from);
            c.to = to.isEmpty() ? QVariant() : QVariant(to);
        }
        break;
    default:
        break;
    }
    return c;
}

Core::RecordFilter RecordFilterButton::filter() const
{
    Core::RecordFilter f;
    for (int i = 0; i < m_responsible->count(); ++i)
        if (m_responsible->item(i)->checkState() == Qt::Checked)
            f.responsibleIds << m_responsible->item(i)->data(Qt::UserRole).toLongLong();
    for (int i = 0; i < m_tags->count(); ++i)
        if (m_tags->item(i)->checkState() == Qt::Checked)
            f.tags << m_tags->item(i)->text();
    // Periods start at local midnight of the user's today, by the session's clock.
    if (const std::optional<qint64> from = CreatedPeriod::startMs(
            CreatedPeriod::Preset(m_period->currentData().toInt()), m_session.clock().nowMs()))
        f.createdFrom = *from;
    const Core::FieldCondition c = condition();
    if (c.fieldId)
        f.fields << c;
    return f;
}

void RecordFilterButton::clear()
{
    m_loading = true;
    for (QListWidget *list : {m_responsible, m_tags})
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->flags() & Qt::ItemIsUserCheckable)
                list->item(i)->setCheckState(Qt::Unchecked);
    m_period->setCurrentIndex(0);
    m_field->setCurrentIndex(0);
    m_value->clear();
    m_to->clear();
    m_loading = false;
    emitChanged();
}

void RecordFilterButton::emitChanged()
{
    if (m_loading)
        return;
    const int n = filter().activeCount();
    setText(n ? tr("Filters · %1").arg(n) : tr("Filters"));
    setProperty("active", n > 0);
    style()->unpolish(this);
    style()->polish(this);
    emit changed();
}

void RecordFilterButton::showPanel()
{
    // Tags may have been added since (a bulk edit, a card): the list offers them all, the
    // checked ones still checked.
    const QStringList tags = Core::recordTags(m_session, m_kind);
    QStringList checked;
    for (int i = 0; i < m_tags->count(); ++i)
        if (m_tags->item(i)->checkState() == Qt::Checked)
            checked << m_tags->item(i)->text();
    if (!tags.isEmpty()) {
        const QSignalBlocker block(m_tags);
        m_tags->clear();
        for (const QString &tag : tags) {
            auto *item = new QListWidgetItem(tag, m_tags);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(tag) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_panel->adjustSize();
    const QPoint pos = mapToGlobal(QPoint(width() - m_panel->width(), height() + 4));
    m_panel->move(pos);
    m_panel->show();
}

} // namespace Voronka::Ui
