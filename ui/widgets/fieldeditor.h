// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/fields/fieldtypes.h"

#include <QDate>
#include <QWidget>

class QComboBox;

namespace Voronka::Ui {

// One editor fit for a custom field's type. value() is the raw input, in the form
// Core::normalizeFieldValue takes, so the same value is validated here and written by core.
// The inner editor is named "requiredField_<id>" for tests and accessibility.
class FieldEditor final : public QWidget
{
    Q_OBJECT
public:
    FieldEditor(const Core::FieldDef &def, QDate today, QWidget *parent = nullptr);

    const Core::FieldDef &def() const { return m_def; }
    QVariant value() const;
    // A value as Records::load gives it (fieldValueFromStorage); invalid: empty. Does not
    // emit edited(). Dates then may stay empty (a card's field), shown as a dash.
    void setValue(const QVariant &value);
    void setReadOnly(bool readOnly);
    QWidget *editor() const { return m_editor; }

signals:
    void edited();

private:
    void build(QDate today);
    void addAction();
    void allowEmptyDate();

    Core::FieldDef m_def;
    QWidget *m_editor = nullptr;
    QList<QWidget *> m_parts;           // the legal entity's name, tax id and registration number
    QComboBox *m_currencyBox = nullptr; // a money field's currency
};

} // namespace Voronka::Ui
