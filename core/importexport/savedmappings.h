// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/importexport/importmapping.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Voronka::Core {

class Session;

// Named import mappings kept in the database, so everyone importing into this file finds them
// again in the wizard's mapping step ("Bitrix export", "Trade show leads"). Each is a setting
// row (key "import.mapping/<kind>/<name>", the value ImportMapping::toJson), written through
// the write path with history and outbox. Saving and forgetting one needs the import right.
class SavedMappings
{
public:
    explicit SavedMappings(Session &s)
        : m_s(s)
    {
    }

    struct Named
    {
        QString name;
        QJsonObject mapping; // ImportMapping::toJson; apply with ImportMapping::fromJson
    };

    // The mappings saved for `kind`, by name.
    Result<QList<Named>> list(EntityKind kind);
    // Saves the mapping under `name` (1 to kMaxName characters), replacing one of that name.
    Status save(const QString &name, const ImportMapping &mapping);
    Status remove(EntityKind kind, const QString &name);

    static constexpr int kMaxName = 60;

private:
    Status allowed() const;
    Status write(const QString &key, const QVariant &value, bool deleted);
    Session &m_s;
};

} // namespace Voronka::Core
