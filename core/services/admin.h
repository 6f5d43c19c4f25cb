// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "automation/stageautomation.h"
#include "fields/fieldtypes.h"
#include "permissions/permissions.h"
#include "services/auth.h"
#include "services/session.h"

namespace Voronka::Core {

// Settings the admin manages: departments, roles, users, pipelines and stages, task types,
// loss reasons, custom field definitions and database-wide options. Every call requires an
// admin, runs in one transaction, appends to the outbox, and refreshes the session caches.
class Admin
{
public:
    explicit Admin(Session &s)
        : m_s(s)
    {
    }

    // Fills a new, empty database: the Administrator role, the first admin user, the
    // built-in task types and a default sales pipeline. Returns the admin's user id.
    static Result<qint64> initialize(Database &db, const Clock &clock, const QString &email,
                                     const QString &name, const QString &password,
                                     Auth::Strength strength = Auth::Strength::Interactive,
                                     bool defaultPipeline = true);

    Result<qint64> createDepartment(const QString &name);
    Result<qint64> createRole(const QString &name, const RoleMatrix &matrix, bool isAdmin = false);
    Status setRoleMatrix(qint64 roleId, const RoleMatrix &matrix);
    // passwordHash: from Auth::hashPassword (hashing is slow on purpose; callers may reuse).
    Result<qint64> createUser(const QString &email, const QString &name,
                              const QString &passwordHash, qint64 roleId, qint64 departmentId);
    Status setUserActive(qint64 userId, bool active);
    Status setUserDepartment(qint64 userId, qint64 departmentId);

    struct StageSpec
    {
        QString name;
        QString color;
        int probability = 0;
    };
    // A pipeline with its open stages in order, plus the system stages Won and Lost.
    Result<qint64> createPipeline(const QString &name, const QList<StageSpec> &stages);
    Result<qint64> createTaskType(const QString &name, const QString &icon, const QString &color,
                                  BuiltinTaskType builtin = BuiltinTaskType::Custom);
    // A task type's name and colour ("#RRGGBB"); the built-in ones may be renamed and
    // recoloured but not deleted. Tasks of a deleted type keep it (shown, not offered).
    Status updateTaskType(qint64 id, const QString &name, const QString &color);
    Status removeTaskType(qint64 id);
    // A task type's icon, one of taskTypeIcons(); the UI draws it tinted with the type's colour.
    Status setTaskTypeIcon(qint64 id, const QString &icon);
    // The icon names a task type may have, in the order a picker offers them. "task" is the
    // plain one: new types start with it and a name no longer known is drawn as it.
    static const QStringList &taskTypeIcons();
    Result<qint64> createLossReason(const QString &name);
    Result<qint64> createFieldDef(const FieldDef &def);
    Result<qint64> createAutomation(const StageAutomation &automation);
    Status setSetting(const QString &key, const QVariant &value);

private:
    Status requireAdmin();
    // One column of a settings row, with history and outbox.
    Status setColumn(EntityKind kind, qint64 id, const QString &column, const QVariant &value);
    Result<qint64> createPipelineRows(const QString &name, const QList<StageSpec> &stages);
    Result<qint64> insertNamed(const char *table, EntityKind kind, const QString &name,
                               const QStringList &extraCols, const QVariantList &extraValues);
    Session &m_s;
    bool m_bootstrap = false;
};

} // namespace Voronka::Core
