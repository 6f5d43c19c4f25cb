// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/fields/fieldtypes.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Voronka::Core {

// Where one column of an import file goes. Targets are stable keys, saved in mapping files:
//   ""                                  skip the column
//   name position phones emails company website address responsible tags created_at
//   budget currency pipeline stage close_date source loss_reason loss_detail   (deals)
//   external_id                         the record's id in the system the file came from
//   cf.<field id>                       a custom field of the record's kind
//   contact.<target> company.<target>   on a deal row: its contact's or company's field
//                                       (contact.name, contact.phones, company.name, ...)
// "company" on a contact row and company.* on a deal row link an existing company of that
// name or create it; contact.* likewise.
struct ImportTarget
{
    QString key;
    QString label; // translated, for pickers and messages
};

// The targets a row of `kind` may map a column to; custom fields from `fields` (all kinds).
QList<ImportTarget> importTargets(EntityKind kind, const QList<FieldDef> &fields);

enum class ImportPreset { None, AmoCrm, Bitrix24, HubSpot, Pipedrive, Salesforce, Google, Outlook };
// "amocrm", "bitrix24", "hubspot", "pipedrive", "salesforce", "google", "outlook".
QString presetKey(ImportPreset p);
ImportPreset presetFromKey(const QString &key); // None when unknown

struct ImportMapping
{
    EntityKind kind = EntityKind::Contact;
    QStringList headers; // of the file the mapping was made for
    QStringList targets; // one per header; "" skips

    QString targetOf(int column) const { return targets.value(column); }
    int columnOf(const QString &target) const { return int(targets.indexOf(target)); }

    // Guesses every column from its header (Russian and English names) and, with a preset,
    // from the column names that system's export writes. Custom fields match by name.
    static ImportMapping guess(EntityKind kind, const QStringList &headers,
                               const QList<FieldDef> &fields, ImportPreset preset = ImportPreset::None);

    // Saved mappings: {"kind": "contact", "columns": {"Телефон": "phones", ...}}. Columns are
    // matched by header name when loaded, so a mapping applies to any file with those headers;
    // a header the mapping does not name is skipped.
    QJsonObject toJson() const;
    static Result<ImportMapping> fromJson(const QJsonObject &o, const QStringList &headers);
    Status save(const QString &path) const;
    static Result<ImportMapping> load(const QString &path, const QStringList &headers);
};

// The target one header names on its own ("Моб. телефон" -> "phones"), "" when none.
QString guessTarget(EntityKind kind, const QString &header, const QList<FieldDef> &fields,
                    ImportPreset preset = ImportPreset::None);

} // namespace Voronka::Core
