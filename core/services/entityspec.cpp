// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "entityspec.h"

#include <QCoreApplication>

namespace Voronka::Core {

const ColumnSpec *EntitySpec::column(const QString &key) const
{
    for (const auto &c : columns)
        if (QLatin1String(c.key) == key)
            return &c;
    return nullptr;
}

QString columnLabel(const ColumnSpec &c)
{
    return QCoreApplication::translate("Voronka::Core::Fields", c.label);
}

const EntitySpec *entitySpec(EntityKind kind)
{
    using T = ColumnType;
    static const EntitySpec contact{
        EntityKind::Contact,
        PermEntity::Contact,
        {
            {"name", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Name"), T::Text, true},
            {"position", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Position"), T::Text},
            {"company_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Company"), T::Ref, false, 0,
             EntityKind::Company},
            {"phones", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Phones"), T::PhoneList},
            {"emails", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Emails"), T::EmailList},
            {"responsible_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Responsible"), T::Ref,
             false, 0, EntityKind::User},
        }};
    static const EntitySpec company{
        EntityKind::Company,
        PermEntity::Company,
        {
            {"name", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Name"), T::Text, true},
            {"phones", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Phones"), T::PhoneList},
            {"emails", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Emails"), T::EmailList},
            {"website", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Website"), T::Url},
            {"address", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Address"), T::Text, false,
             1000},
            {"responsible_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Responsible"), T::Ref,
             false, 0, EntityKind::User},
        }};
    static const EntitySpec deal{
        EntityKind::Deal,
        PermEntity::Deal,
        {
            {"name", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Name"), T::Text, true},
            {"budget", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Budget"), T::Money},
            {"currency", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Currency"), T::Currency},
            {"responsible_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Responsible"), T::Ref,
             false, 0, EntityKind::User},
            {"pipeline_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Pipeline"), T::Ref, false,
             0, EntityKind::Pipeline},
            {"stage_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Stage"), T::Ref, false, 0,
             EntityKind::Stage},
            {"company_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Company"), T::Ref, false, 0,
             EntityKind::Company},
            {"source", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Source"), T::Text},
            {"close_date", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Close date"), T::Date},
            {"loss_reason_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Loss reason"), T::Ref,
             false, 0, EntityKind::LossReason},
            {"loss_detail", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Loss details"), T::Text,
             false, 1000},
            {"sort_order", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Order"), T::Real},
        }};
    static const EntitySpec task{
        EntityKind::Task,
        PermEntity::Task,
        {
            {"type_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Type"), T::Ref, false, 0,
             EntityKind::TaskType},
            {"text", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Text"), T::LongText, true, 4000},
            {"due_at", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Due"), T::Timestamp},
            {"all_day", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "All day"), T::Bool},
            {"duration_min", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Duration"), T::Int, false,
             100000},
            {"responsible_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Responsible"), T::Ref,
             false, 0, EntityKind::User},
            {"entity_kind", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Linked record type"),
             T::Enum, false, int(EntityKind::Company)},
            {"entity_id", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Linked record"), T::Int,
             false, 0},
            {"status", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Status"), T::Enum, false, 2},
            {"result", QT_TRANSLATE_NOOP("Voronka::Core::Fields", "Result"), T::LongText, false,
             4000},
        },
        false,
        false};
    switch (kind) {
    case EntityKind::Contact:
        return &contact;
    case EntityKind::Company:
        return &company;
    case EntityKind::Deal:
        return &deal;
    case EntityKind::Task:
        return &task;
    default:
        return nullptr;
    }
}

} // namespace Voronka::Core
