// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/fields/fieldtypes.h"
#include "core/services/session.h"
#include "core/util/result.h"

namespace Voronka::Core {

// The admin's changes to custom field definitions after creation (Admin::createFieldDef
// creates): rename, regroup, edit and reorder choices, required-from stage, read-only, order,
// and archiving. An archived field leaves cards and lists but keeps every stored value, so
// restoring it brings them back. A field's type never changes: values are stored by type.
class FieldSetup
{
public:
    // origin: why its changes happen (WriteMode::Undo when an undo step replays one); history
    // records it.
    explicit FieldSetup(Session &s, const Origin &origin = {})
        : m_s(s)
        , m_origin(origin)
    {
    }

    // In the admin's order; archived ones only with archived = true.
    Result<QList<FieldDef>> list(EntityKind kind, bool archived = false);
    // Writes every attribute of def that differs from the stored one, in one change.
    Status update(const FieldDef &def);
    // One step up (-1) or down (+1) among the kind's active fields.
    Status move(qint64 fieldId, int delta);
    Status setArchived(qint64 fieldId, bool archived);

private:
    Status requireAdmin();

    Session &m_s;
    Origin m_origin;
};

} // namespace Voronka::Core
