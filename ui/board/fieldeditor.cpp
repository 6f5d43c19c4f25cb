// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fieldeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace Voronka::Ui {

using Core::FieldType;

FieldEditor::FieldEditor(const Core::FieldDef &def, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_def(def)
{
    build(today);
    m_editor->setObjectName(QStringLiteral("requiredField_%1").arg(def.id));
    m_editor->setAccessibleName(def.name);
    setFocusProxy(m_parts.isEmpty() ? m_editor : m_parts.first());
}

void FieldEditor::build(QDate today)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto lineEdit = [this](const QString &placeholder) {
        auto *e = new QLineEdit(this);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textEdited, this, &FieldEditor::edited);
        return e;
    };
    switch (m_def.type) {
    case FieldType::Text:
    case FieldType::Address:
    case FieldType::Phone:
        m_editor = lineEdit({});
        break;
    case FieldType::Url:
        m_editor = lineEdit(QStringLiteral("https://"));
        break;
    case FieldType::Email:
        m_editor = lineEdit(QStringLiteral("name@example.com"));
        break;
    case FieldType::Number:
        m_editor = lineEdit(tr("Number"));
        break;
    case FieldType::Money:
        m_editor = lineEdit(tr("Amount, RUB"));
        break;
    case FieldType::TextArea: {
        auto *e = new QPlainTextEdit(this);
        e->setTabChangesFocus(true);
        e->setFixedHeight(e->fontMetrics().lineSpacing() * 4 + 12);
        connect(e, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        m_editor = e;
        break;
    }
    case FieldType::Flag: {
        auto *e = new QCheckBox(tr("Yes"), this);
        connect(e, &QCheckBox::toggled, this, &FieldEditor::edited);
        m_editor = e;
        break;
    }
    case FieldType::Date:
    case FieldType::Birthday: {
        auto *e = new QDateEdit(today, this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        if (m_def.type == FieldType::Birthday)
            e->setMaximumDate(today);
        connect(e, &QDateEdit::dateChanged, this, &FieldEditor::edited);
        m_editor = e;
        break;
    }
    case FieldType::DateTime: {
        auto *e = new QDateTimeEdit(QDateTime(today, QTime(12, 0)), this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &FieldEditor::edited);
        m_editor = e;
        break;
    }
    case FieldType::Select: {
        auto *e = new QComboBox(this);
        e->addItem(tr("Choose…"), QString()); // no silent default: the user picks
        for (const QString &option : m_def.options)
            e->addItem(option, option);
        connect(e, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
        m_editor = e;
        break;
    }
    case FieldType::MultiSelect: {
        auto *e = new QListWidget(this);
        for (const QString &option : m_def.options) {
            auto *item = new QListWidgetItem(option, e);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        const int row = e->sizeHintForRow(0) > 0 ? e->sizeHintForRow(0) : 22;
        e->setFixedHeight(qMin(int(m_def.options.size()), 5) * row + 2 * e->frameWidth() + 2);
        connect(e, &QListWidget::itemChanged, this, &FieldEditor::edited);
        m_editor = e;
        break;
    }
    case FieldType::LegalEntity: {
        m_editor = new QWidget(this);
        auto *parts = new QHBoxLayout(m_editor);
        parts->setContentsMargins(0, 0, 0, 0);
        parts->setSpacing(6);
        const QStringList names{QStringLiteral("legalName"), QStringLiteral("legalTaxId"),
                                QStringLiteral("legalRegNumber")};
        const QStringList hints{tr("Legal name"), tr("Tax ID"), tr("Reg. number")};
        for (int i = 0; i < names.size(); ++i) {
            QLineEdit *e = lineEdit(hints.at(i));
            e->setParent(m_editor);
            e->setObjectName(names.at(i));
            e->setAccessibleName(hints.at(i));
            parts->addWidget(e, i == 0 ? 2 : 1);
            m_parts << e;
        }
        break;
    }
    }
    if (!m_editor) // a type stored by a newer version: plain text is the safe editor
        m_editor = lineEdit({});
    layout->addWidget(m_editor, 1);
}

QVariant FieldEditor::value() const
{
    switch (m_def.type) {
    case FieldType::TextArea:
        return static_cast<QPlainTextEdit *>(m_editor)->toPlainText();
    case FieldType::Flag:
        return static_cast<QCheckBox *>(m_editor)->isChecked();
    case FieldType::Date:
    case FieldType::Birthday:
        return static_cast<QDateEdit *>(m_editor)->date();
    case FieldType::DateTime:
        return static_cast<QDateTimeEdit *>(m_editor)->dateTime();
    case FieldType::Select:
        return static_cast<QComboBox *>(m_editor)->currentData().toString();
    case FieldType::MultiSelect: {
        const auto *list = static_cast<QListWidget *>(m_editor);
        QStringList checked;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                checked << list->item(i)->text();
        return checked;
    }
    case FieldType::LegalEntity: {
        QVariantMap m;
        const QStringList keys{QStringLiteral("name"), QStringLiteral("taxId"),
                               QStringLiteral("regNumber")};
        bool any = false;
        for (int i = 0; i < keys.size(); ++i) {
            const QString text = static_cast<QLineEdit *>(m_parts.at(i))->text().trimmed();
            any = any || !text.isEmpty();
            m.insert(keys.at(i), text);
        }
        return any ? QVariant(m) : QVariant(); // all blank: empty, not a nameless entity
    }
    default:
        return static_cast<QLineEdit *>(m_editor)->text();
    }
}

} // namespace Voronka::Ui
