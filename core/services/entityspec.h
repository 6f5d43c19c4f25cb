// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/permissions/permissions.h"

#include <QList>

namespace Voronka::Core {

// The standard fields of the four business records as data: one table drives validation,
// reading, writing and history for all of them, so a new field is one line here.
enum class ColumnType {
    Text,     // one line, simplified
    LongText, // multi-line, trimmed
    Int,      // >= 0
    Money,    // minor units, >= 0
    Real,
    Bool,
    Date,      // "YYYY-MM-DD"
    Timestamp, // ms since epoch
    Ref,       // id of refKind, must exist and not be deleted
    PhoneList, // JSON array of phone numbers
    EmailList, // JSON array of email addresses
    Url,
    Currency, // ISO 4217 code
    Enum,     // 0..maxValue
};

struct ColumnSpec
{
    const char *key;   // column name and API key
    const char *label; // English, translated through Voronka::Core::Fields
    ColumnType type;
    bool required = false;
    int maxValue = 255; // max length for text, max value for enums
    EntityKind refKind = EntityKind::None;
};

struct EntitySpec
{
    EntityKind kind;
    PermEntity perm;
    QList<ColumnSpec> columns;
    bool tags = true;
    bool customFields = true;

    const ColumnSpec *column(const QString &key) const;
};

// The database setting (Admin::setSetting) that makes a result required to complete a task:
// 1 on, 0 or absent off. Enforced by Records for every writer.
inline constexpr char kTaskResultRequired[] = "task_result_required";
// The setting that keeps the tag list the admins': 0 and a user who is not an admin may only
// use existing tags; 1 or absent, anyone may create one by using it. Enforced by Records.
inline constexpr char kTagsManagersMayCreate[] = "tags_managers_may_create";

// The spec of a deal, contact, company or task; nullptr for other kinds.
const EntitySpec *entitySpec(EntityKind kind);
QString columnLabel(const ColumnSpec &c); // translated

} // namespace Voronka::Core
