// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "types.h"

#include <QCoreApplication>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Entity)
};
} // namespace

QString entityTable(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Deal:
        return QStringLiteral("deals");
    case EntityKind::Contact:
        return QStringLiteral("contacts");
    case EntityKind::Company:
        return QStringLiteral("companies");
    case EntityKind::Task:
        return QStringLiteral("tasks");
    case EntityKind::Note:
        return QStringLiteral("notes");
    case EntityKind::User:
        return QStringLiteral("users");
    case EntityKind::Department:
        return QStringLiteral("departments");
    case EntityKind::Role:
        return QStringLiteral("roles");
    case EntityKind::Pipeline:
        return QStringLiteral("pipelines");
    case EntityKind::Stage:
        return QStringLiteral("stages");
    case EntityKind::Tag:
        return QStringLiteral("tags");
    case EntityKind::TaskType:
        return QStringLiteral("task_types");
    case EntityKind::LossReason:
        return QStringLiteral("loss_reasons");
    case EntityKind::FieldDef:
        return QStringLiteral("field_defs");
    case EntityKind::Automation:
        return QStringLiteral("stage_automations");
    case EntityKind::Setting:
        return QStringLiteral("settings");
    case EntityKind::Goal:
        return QStringLiteral("goals");
    case EntityKind::None:
        break;
    }
    return {};
}

QString entityName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Deal:
        return Tr::tr("Deal");
    case EntityKind::Contact:
        return Tr::tr("Contact");
    case EntityKind::Company:
        return Tr::tr("Company");
    case EntityKind::Task:
        return Tr::tr("Task");
    case EntityKind::Note:
        return Tr::tr("Note");
    case EntityKind::User:
        return Tr::tr("User");
    case EntityKind::Department:
        return Tr::tr("Department");
    case EntityKind::Role:
        return Tr::tr("Role");
    case EntityKind::Pipeline:
        return Tr::tr("Pipeline");
    case EntityKind::Stage:
        return Tr::tr("Stage");
    case EntityKind::Tag:
        return Tr::tr("Tag");
    case EntityKind::TaskType:
        return Tr::tr("Task type");
    case EntityKind::LossReason:
        return Tr::tr("Loss reason");
    case EntityKind::FieldDef:
        return Tr::tr("Custom field");
    case EntityKind::Automation:
        return Tr::tr("Stage automation");
    case EntityKind::Setting:
        return Tr::tr("Setting");
    case EntityKind::Goal:
        return Tr::tr("Sales goal");
    case EntityKind::None:
        break;
    }
    return {};
}

QString entityKey(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Deal:
        return QStringLiteral("deal");
    case EntityKind::Contact:
        return QStringLiteral("contact");
    case EntityKind::Company:
        return QStringLiteral("company");
    case EntityKind::Task:
        return QStringLiteral("task");
    case EntityKind::Note:
        return QStringLiteral("note");
    case EntityKind::User:
        return QStringLiteral("user");
    case EntityKind::Department:
        return QStringLiteral("department");
    case EntityKind::Role:
        return QStringLiteral("role");
    case EntityKind::Pipeline:
        return QStringLiteral("pipeline");
    case EntityKind::Stage:
        return QStringLiteral("stage");
    case EntityKind::Tag:
        return QStringLiteral("tag");
    case EntityKind::TaskType:
        return QStringLiteral("task_type");
    case EntityKind::LossReason:
        return QStringLiteral("loss_reason");
    case EntityKind::FieldDef:
        return QStringLiteral("field_def");
    case EntityKind::Automation:
        return QStringLiteral("automation");
    case EntityKind::Setting:
        return QStringLiteral("setting");
    case EntityKind::Goal:
        return QStringLiteral("goal");
    case EntityKind::None:
        break;
    }
    return {};
}

bool isSettingsKind(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Deal:
    case EntityKind::Contact:
    case EntityKind::Company:
    case EntityKind::Task:
    case EntityKind::Note:
    case EntityKind::Goal:
    case EntityKind::Tag: // tags are read live, never cached; made on the fly by any card
    case EntityKind::None:
        return false;
    default:
        return true;
    }
}

EntityKind entityFromKey(QStringView key)
{
    for (int k = 1; k <= int(EntityKind::Goal); ++k)
        if (entityKey(EntityKind(k)) == key)
            return EntityKind(k);
    return EntityKind::None;
}

} // namespace Voronka::Core
