// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dealbulkfielddialog.h"

#include "core/services/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Voronka::Ui {

DealBulkFieldDialog::DealBulkFieldDialog(Core::Session &session, int dealCount, QWidget *parent,
                                         Core::EntityKind kind)
    : QDialog(parent)
    , m_session(session)
    , m_fields(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("dealsBulkFieldDialog"));
    setWindowTitle(tr("Set a field"));
    m_fields->setObjectName(QStringLiteral("bulkFieldChoice"));
    m_value->setObjectName(QStringLiteral("bulkFieldValue"));
    m_value->setClearButtonEnabled(true);
    m_value->setMinimumWidth(260);
    m_hint->setObjectName(QStringLiteral("dialogHint"));
    m_hint->setWordWrap(true);

    const bool deals = kind == Core::EntityKind::Deal;
    if (deals) {
        m_fields->addItem(tr("Budget"), QStringLiteral("budget"));
        m_fields->addItem(tr("Source"), QStringLiteral("source"));
        m_fields->addItem(tr("Close date"), QStringLiteral("close_date"));
    } else {
        setObjectName(QStringLiteral("recordsBulkFieldDialog"));
        if (kind == Core::EntityKind::Contact)
            m_fields->addItem(tr("Position"), QStringLiteral("position"));
        else
            m_fields->addItem(tr("Website"), QStringLiteral("website"));
    }
    for (const Core::FieldDef &def : session.fieldDefs(kind))
        if (!def.readOnly || session.principal().admin)
            m_fields->addItem(def.name, def.key());

    auto *title = new QLabel(deals ? tr("Set a field on %n deal(s)", nullptr, dealCount)
                             : kind == Core::EntityKind::Contact
                                 ? tr("Set a field on %n contact(s)", nullptr, dealCount)
                                 : tr("Set a field on %n company(s)", nullptr, dealCount),
                             this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    auto *form = new QFormLayout;
    form->addRow(tr("Field"), m_fields);
    form->addRow(tr("Value"), m_value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("bulkFieldButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fields, &QComboBox::currentIndexChanged, this, &DealBulkFieldDialog::updateHint);
    updateHint();
}

void DealBulkFieldDialog::updateHint()
{
    const QString key = fieldKey();
    if (key == u"budget")
        m_hint->setText(
            tr("An amount, e.g. %1.")
                .arg(QLocale().toString(15000.5, 'f', 2).remove(QLocale().groupSeparator())));
    else if (key == u"close_date")
        m_hint->setText(tr("A date as YYYY-MM-DD; empty clears it."));
    else
        m_hint->setText(tr("Leave empty to clear the field."));
}

QString DealBulkFieldDialog::fieldKey() const
{
    return m_fields->currentData().toString();
}

QVariant DealBulkFieldDialog::value() const
{
    QString text = m_value->text().trimmed();
    // Money goes to core in minor units: the budget, and a money field (in roubles).
    const Core::FieldDef *def = fieldKey().startsWith(u"cf.")
                                    ? m_session.fieldDef(fieldKey().mid(3).toLongLong())
                                    : nullptr;
    if ((fieldKey() == u"budget" || (def && def->type == Core::FieldType::Money)) &&
        !text.isEmpty()) {
        // "15 000,50" as people type it: the spaces group digits.
        text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
        bool ok = false;
        double d = QLocale().toDouble(text, &ok);
        if (!ok)
            d = text.toDouble(&ok);
        // Minor units; text core cannot read goes as typed, so its message quotes it.
        return ok ? QVariant(qint64(std::llround(d * 100))) : QVariant(text);
    }
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace Voronka::Ui
