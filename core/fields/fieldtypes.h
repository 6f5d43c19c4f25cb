// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

#include <QDate>
#include <QStringList>
#include <QVariant>

namespace Voronka::Core {

// Numeric values are stored in field_defs.type: never renumber.
enum class FieldType : int {
    Text = 1,
    TextArea = 2,
    Number = 3,
    Money = 4, // {"amount": minor units, "currency": "RUB"}
    Flag = 5,
    Date = 6,        // "YYYY-MM-DD"
    DateTime = 7,    // ms since epoch, UTC
    Select = 8,      // one of options
    MultiSelect = 9, // JSON array, each one of options
    Url = 10,
    Phone = 11,
    Email = 12,
    Address = 13,
    Birthday = 14,   // "YYYY-MM-DD"
    LegalEntity = 15 // {"name", "taxId", "regNumber"}
};

QString fieldTypeName(FieldType t); // translated
bool fieldTypeIsText(FieldType t);  // indexed for search

struct FieldDef
{
    qint64 id = 0;
    EntityKind kind = EntityKind::None;
    QString name;
    FieldType type = FieldType::Text;
    QStringList options;
    QString group;
    int position = 0;
    qint64 requiredFromStageId = 0;
    bool readOnly = false;

    QString key() const { return QStringLiteral("cf.%1").arg(id); }
};

// Validates a value a user entered for a field and returns the value to store; an invalid
// value gives an Error naming the field. A null or empty value returns an invalid QVariant
// (the stored value is removed). `today` is the session clock's local date (a birthday may
// not be later), so validation follows the injected clock, never the machine's.
Result<QVariant> normalizeFieldValue(const FieldDef &def, const QVariant &input,
                                     const QString &entityLabel, QDate today);
// The stored value back in the form editors and the API use.
QVariant fieldValueFromStorage(const FieldDef &def, const QVariant &stored);
// Plain text for search, timeline and CSV.
QString fieldValueText(const FieldDef &def, const QVariant &stored);

} // namespace Voronka::Core
