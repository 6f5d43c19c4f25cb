// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace Voronka::Core {

enum class PermEntity : int { Deal = 0, Contact = 1, Company = 2, Task = 3 };
enum class PermAction : int { View = 0, Create = 1, Edit = 2, Delete = 3, Export = 4 };
enum class Scope : int { None = 0, Own = 1, Department = 2, All = 3 };
constexpr int kPermEntities = 4;
constexpr int kPermActions = 5;

// The role matrix entity x action -> scope, stored as 20 digits (row per entity).
class RoleMatrix
{
public:
    RoleMatrix() { m_cells.fill(Scope::None); }
    static RoleMatrix filled(Scope s);
    static RoleMatrix decode(const QString &text); // malformed cells read as None
    QString encode() const;

    Scope get(PermEntity e, PermAction a) const { return m_cells[index(e, a)]; }
    void set(PermEntity e, PermAction a, Scope s) { m_cells[index(e, a)] = s; }
    bool operator==(const RoleMatrix &) const = default;

private:
    static int index(PermEntity e, PermAction a) { return int(e) * kPermActions + int(a); }
    std::array<Scope, kPermEntities * kPermActions> m_cells;
};

// Who is acting, as the checker needs it.
struct Principal
{
    qint64 userId = 0;
    qint64 departmentId = 0; // 0: no department
    bool admin = false;
    RoleMatrix matrix;
    // Deals: per pipeline id, a cap on every deal scope in that pipeline (see RoleOptions).
    QHash<qint64, Scope> pipelineCaps;
    Scope analytics = Scope::Own;
    bool canImport = false;
};

// Ownership of a record as the checker needs it. responsibleId 0 means nobody. The
// responsible's department is read from the users table, as sqlPredicate reads it
// (Session::ownershipOf).
struct Ownership
{
    qint64 responsibleId = 0;
    qint64 responsibleDepartmentId = 0;
    qint64 pipelineId = 0; // deals: the pipeline, for the role's per-pipeline caps
};

// One checker answers both single checks and list predicates, so a list of a million rows
// filters in SQL and agrees with can() (a randomized test proves it). Rules:
//   all -> every record; none -> nothing; own -> responsible is the user;
//   department -> responsible belongs to the user's department (a user without a
//   department gets own scope). Admins have all everywhere.
class Permissions
{
public:
    // pipelineId: deals only, applies that pipeline's cap; 0: the matrix's scope.
    static Scope scope(const Principal &p, PermEntity e, PermAction a, qint64 pipelineId = 0);
    static bool can(const Principal &p, PermEntity e, PermAction a, const Ownership &record);
    // An SQL boolean expression over `responsibleColumn` (e.g. "c.responsible_id").
    // Department membership is read from the users table at query time. For deals under a
    // role with pipeline caps, the pipeline is read from `pipelineColumn`, by default the
    // responsible column's own table ("d.responsible_id" -> "d.pipeline_id"): every deal
    // predicate agrees with can() without each caller naming the column.
    static QString sqlPredicate(const Principal &p, PermEntity e, PermAction a,
                                const QString &responsibleColumn,
                                const QString &pipelineColumn = {});
};

} // namespace Voronka::Core
