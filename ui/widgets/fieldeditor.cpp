// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fieldeditor.h"

#include "ui/widgets/money.h"
#include "ui/widgets/dates.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QToolButton>
#include <QUrl>

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
    case FieldType::Money: {
        m_editor = lineEdit(tr("Amount"));
        static_cast<QLineEdit *>(m_editor)->setAlignment(Qt::AlignRight);
        m_currencyBox = new QComboBox(this);
        m_currencyBox->setObjectName(QStringLiteral("fieldCurrency_%1").arg(m_def.id));
        m_currencyBox->setAccessibleName(tr("Currency"));
        for (const QString &c : Money::currencies())
            m_currencyBox->addItem(c, c);
        connect(m_currencyBox, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
        break;
    }
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
        e->setDisplayFormat(Dates::dateFormat());
        if (m_def.type == FieldType::Birthday)
            e->setMaximumDate(today);
        connect(e, &QDateEdit::dateChanged, this, &FieldEditor::edited);
        m_editor = e;
        break;
    }
    case FieldType::DateTime: {
        auto *e = new QDateTimeEdit(QDateTime(today, QTime(12, 0)), this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(Dates::dateTimeFormat());
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
        e->setFixedHeight(qMin(int(m_def.options.size()), 5) * row + 2 * e->frameWidth() + 6);
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
    if (m_currencyBox)
        layout->addWidget(m_currencyBox);
    addAction();
}

namespace {
const QDate kNoDate(1800, 1, 1); // a date editor at its minimum shows a dash: no value
} // namespace

// URLs open, e-mails write, phones copy and dial: the button acts on the current text.
void FieldEditor::addAction()
{
    const FieldType t = m_def.type;
    if (t != FieldType::Url && t != FieldType::Email && t != FieldType::Phone)
        return;
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("fieldAction_%1").arg(m_def.id));
    button->setAutoRaise(true);
    button->setText(t == FieldType::Url     ? tr("Open")
                    : t == FieldType::Email ? tr("Write")
                                            : tr("Call"));
    button->setToolTip(t == FieldType::Phone ? tr("Copy the number and dial it") : button->text());
    layout()->addWidget(button);
    connect(button, &QToolButton::clicked, this, [this, t] {
        const QString text = static_cast<QLineEdit *>(m_editor)->text().trimmed();
        if (text.isEmpty())
            return;
        if (t == FieldType::Url)
            QDesktopServices::openUrl(QUrl::fromUserInput(text));
        else if (t == FieldType::Email)
            QDesktopServices::openUrl(QUrl(QStringLiteral("mailto:") + text));
        else {
            QApplication::clipboard()->setText(text);
            QString digits = text;
            digits.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
            QDesktopServices::openUrl(QUrl(QStringLiteral("tel:") + digits));
        }
    });
}

void FieldEditor::allowEmptyDate()
{
    if (auto *e = qobject_cast<QDateTimeEdit *>(m_editor)) {
        e->setMinimumDate(kNoDate);
        e->setSpecialValueText(QStringLiteral("—"));
    }
}

void FieldEditor::setValue(const QVariant &v)
{
    const QSignalBlocker block(m_editor);
    for (QWidget *part : std::as_const(m_parts))
        part->blockSignals(true);
    switch (m_def.type) {
    case FieldType::TextArea:
        static_cast<QPlainTextEdit *>(m_editor)->setPlainText(v.toString());
        break;
    case FieldType::Flag:
        static_cast<QCheckBox *>(m_editor)->setChecked(v.toBool());
        break;
    case FieldType::Date:
    case FieldType::Birthday: {
        allowEmptyDate();
        const QDate d = v.typeId() == QMetaType::QDate
                            ? v.toDate()
                            : QDate::fromString(v.toString(), Qt::ISODate);
        static_cast<QDateEdit *>(m_editor)->setDate(d.isValid() ? d : kNoDate);
        break;
    }
    case FieldType::DateTime: {
        allowEmptyDate();
        QDateTime dt = v.typeId() == QMetaType::QDateTime ? v.toDateTime() : QDateTime();
        if (!dt.isValid() && v.isValid() && v.toLongLong() > 0)
            dt = QDateTime::fromMSecsSinceEpoch(v.toLongLong());
        static_cast<QDateTimeEdit *>(m_editor)->setDateTime(
            dt.isValid() ? dt.toLocalTime() : QDateTime(kNoDate, QTime(0, 0)));
        break;
    }
    case FieldType::Select: {
        auto *e = static_cast<QComboBox *>(m_editor);
        int i = e->findData(v.toString());
        if (i < 0 && !v.toString().isEmpty()) { // an option the admin removed: still shown
            e->addItem(v.toString(), v.toString());
            i = e->count() - 1;
        }
        e->setCurrentIndex(qMax(0, i));
        break;
    }
    case FieldType::MultiSelect: {
        auto *list = static_cast<QListWidget *>(m_editor);
        const QStringList on = v.toStringList();
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(on.contains(list->item(i)->text()) ? Qt::Checked
                                                                            : Qt::Unchecked);
        break;
    }
    case FieldType::Money: {
        const QVariantMap m = v.toMap();
        const QString currency = m.value(QStringLiteral("currency")).toString().isEmpty()
                                     ? Money::currencies().first()
                                     : m.value(QStringLiteral("currency")).toString();
        const QSignalBlocker blockCurrency(m_currencyBox);
        if (m_currencyBox->findData(currency) < 0)
            m_currencyBox->addItem(currency, currency);
        m_currencyBox->setCurrentIndex(m_currencyBox->findData(currency));
        // Minor units as Records gives them, shown the way Money::parse reads them back.
        static_cast<QLineEdit *>(m_editor)->setText(
            m.isEmpty() ? v.toString()
                        : QLocale().toString(m.value(QStringLiteral("amount")).toLongLong() / 100.0,
                                             'f', 2));
        break;
    }
    case FieldType::LegalEntity: {
        const QVariantMap m = v.toMap();
        const QStringList keys{QStringLiteral("name"), QStringLiteral("taxId"),
                               QStringLiteral("regNumber")};
        for (int i = 0; i < keys.size(); ++i)
            static_cast<QLineEdit *>(m_parts.at(i))->setText(m.value(keys.at(i)).toString());
        break;
    }
    case FieldType::Number:
        static_cast<QLineEdit *>(m_editor)->setText(v.isValid() ? v.toString() : QString());
        break;
    default:
        static_cast<QLineEdit *>(m_editor)->setText(v.toString());
    }
    for (QWidget *part : std::as_const(m_parts))
        part->blockSignals(false);
    // A loaded value reads from its start, not from where setText left the cursor.
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setCursorPosition(0);
}

void FieldEditor::setReadOnly(bool readOnly)
{
    if (auto *e = qobject_cast<QLineEdit *>(m_editor))
        e->setReadOnly(readOnly);
    else if (auto *t = qobject_cast<QPlainTextEdit *>(m_editor))
        t->setReadOnly(readOnly);
    else if (auto *d = qobject_cast<QAbstractSpinBox *>(m_editor))
        d->setReadOnly(readOnly);
    else
        m_editor->setEnabled(!readOnly);
    for (QWidget *part : std::as_const(m_parts))
        static_cast<QLineEdit *>(part)->setReadOnly(readOnly);
    if (m_currencyBox)
        m_currencyBox->setEnabled(!readOnly);
}

QVariant FieldEditor::value() const
{
    switch (m_def.type) {
    case FieldType::TextArea:
        return static_cast<QPlainTextEdit *>(m_editor)->toPlainText();
    case FieldType::Flag:
        return static_cast<QCheckBox *>(m_editor)->isChecked();
    case FieldType::Date:
    case FieldType::Birthday: {
        const QDate d = static_cast<QDateEdit *>(m_editor)->date();
        return d == kNoDate ? QVariant() : QVariant(d);
    }
    case FieldType::DateTime: {
        const QDateTime dt = static_cast<QDateTimeEdit *>(m_editor)->dateTime();
        return dt.date() == kNoDate ? QVariant() : QVariant(dt);
    }
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
    case FieldType::Money: {
        // Records takes money in minor units, as it gives it; text that is no amount goes as
        // typed, so core's message quotes it.
        const QString text = static_cast<QLineEdit *>(m_editor)->text();
        const std::optional<qint64> minor = Money::parse(text);
        if (text.trimmed().isEmpty() || !minor)
            return text;
        return QVariantMap{{QStringLiteral("amount"), *minor},
                           {QStringLiteral("currency"), m_currencyBox->currentData()}};
    }
    default:
        return static_cast<QLineEdit *>(m_editor)->text();
    }
}

} // namespace Voronka::Ui
