// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/fields/fieldtypes.h"

#include <QHash>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace Voronka::Core {

class Session;

// One record's values from one row, on their way to Records: the patch (Records' keys) plus
// what is resolved apart from it.
struct ImportDraft
{
    Patch patch;
    QStringList names = QStringList(3); // first, middle, last: joined into the name
    QString externalId;
    QString companyName; // a contact's "company" column: linked or created by name
};

// Turns the cells of a row into drafts, target by target (importmapping.h): values parsed the
// way files write them, users, pipelines, stages and loss reasons found by name, custom fields
// checked by their own rules so that an error names the column.
class ImportRowBuilder
{
public:
    explicit ImportRowBuilder(Session &s)
        : m_s(s)
    {
    }

    // The cell into the draft; the reason when it cannot be what the target holds.
    std::optional<QString> put(const QString &target, EntityKind kind, const QVariant &cell,
                               ImportDraft &b);
    // After every cell: the name from its parts, the stage by name within the pipeline.
    std::optional<QString> finish(EntityKind kind, ImportDraft &b);

private:
    std::optional<QString> putCustom(const FieldDef &def, const QVariant &cell,
                                     const QString &text, Patch &p);
    void loadUsers();

    Session &m_s;
    QHash<QString, qint64> m_usersByKey; // email and name, lower case -> active user
};

} // namespace Voronka::Core
