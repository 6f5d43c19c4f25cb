// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// Admin: departments and roles (the permissions matrix, per-pipeline caps, the role preview).
#include "admin.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Admin)
};

// Whether another live row of `table` already has this name (names of roles and departments
// are not unique in the schema, so two files merged by sync never clash; the dialog keeps
// them distinct for people).
bool nameTaken(Connection &c, const char *table, const QString &name, qint64 exceptId)
{
    Query q = c.prepare(
        QStringLiteral(
            "SELECT 1 FROM %1 WHERE name = ?1 COLLATE NOCASE AND deleted = 0 AND id != ?2")
            .arg(QLatin1String(table)));
    q->bindAll(name.simplified(), exceptId);
    return q->step();
}
} // namespace

Status Admin::keepsAnAdmin(qint64 userId, qint64 roleId)
{
    // Active admins other than the one about to stop being one.
    Query q = m_s.sql().prepare(
        "SELECT count(*) FROM users u JOIN roles r ON r.id = u.role_id WHERE u.deleted = 0 AND "
        "u.active = 1 AND r.is_admin = 1 AND r.deleted = 0 AND u.id != ?1 AND r.id != ?2");
    q->bindAll(userId, roleId);
    q->step();
    if (q->int64(0) > 0)
        return Ok{};
    return makeError(Error::Code::Invalid,
                     Tr::tr("Voronka needs at least one active administrator: make someone else "
                            "an administrator first."),
                     entityKey(EntityKind::User), QStringLiteral("role_id"));
}

Status Admin::rename(EntityKind kind, qint64 id, const QString &name)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const QString clean = name.simplified();
    if (clean.isEmpty() || clean.size() > 255)
        return makeError(
            Error::Code::Invalid,
            Tr::tr("%1: the name must have between 1 and 255 characters.").arg(entityName(kind)),
            entityKey(kind), QStringLiteral("name"));
    const QByteArray table = entityTable(kind).toLatin1();
    if ((kind == EntityKind::Role || kind == EntityKind::Department || kind == EntityKind::Tag ||
         kind == EntityKind::LossReason) &&
        nameTaken(m_s.sql(), table.constData(), clean, id))
        return makeError(Error::Code::Conflict,
                         Tr::tr("%1 \"%2\" already exists.").arg(entityName(kind), clean),
                         entityKey(kind), QStringLiteral("name"));
    return setColumn(kind, id, QStringLiteral("name"), clean);
}

// --- Departments ---

Result<QList<Admin::DepartmentInfo>> Admin::departments()
{
    return guarded(m_s.db(), [&]() -> Result<QList<Admin::DepartmentInfo>> {
        QList<DepartmentInfo> out;
        Query q = m_s.sql().prepare(
            "SELECT d.id, d.name, (SELECT count(*) FROM users u WHERE u.department_id = d.id AND "
            "u.deleted = 0) FROM departments d WHERE d.deleted = 0");
        while (q->step())
            out.append(DepartmentInfo{q->int64(0), q->text(1), int(q->int64(2))});
        std::sort(out.begin(), out.end(), [](const DepartmentInfo &a, const DepartmentInfo &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        return out;
    });
}

Result<qint64> Admin::createDepartment(const QString &name)
{
    if (nameTaken(m_s.sql(), "departments", name, 0))
        return makeError(Error::Code::Conflict,
                         Tr::tr("%1 \"%2\" already exists.")
                             .arg(entityName(EntityKind::Department), name.simplified()),
                         entityKey(EntityKind::Department), QStringLiteral("name"));
    return insertNamed("departments", EntityKind::Department, name, {}, {});
}

Status Admin::renameDepartment(qint64 id, const QString &name)
{
    return rename(EntityKind::Department, id, name);
}

Status Admin::deleteDepartment(qint64 id, qint64 moveTo)
{
    if (Status st = requireAdmin(); !st)
        return st;
    if (moveTo == id)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Choose another department for the members of this one."),
                         entityKey(EntityKind::Department), QStringLiteral("move_to"));
    return atomically([&]() -> Status {
        Query exists = m_s.sql().prepare(
            "SELECT count(*) FROM departments WHERE id IN (?1, ?2) AND deleted = 0");
        exists->bindAll(id, moveTo);
        exists->step();
        if (exists->int64(0) != (moveTo ? 2 : 1))
            return makeError(Error::Code::NotFound,
                             Tr::tr("The department no longer exists; reload the list."),
                             entityKey(EntityKind::Department));
        QList<qint64> members;
        Query q =
            m_s.sql().prepare("SELECT id FROM users WHERE department_id = ?1 AND deleted = 0");
        q->bind(1, id);
        while (q->step())
            members << q->int64(0);
        for (qint64 u : std::as_const(members))
            if (Status st = setUserDepartment(u, moveTo); !st)
                return st;
        return setColumn(EntityKind::Department, id, QStringLiteral("deleted"), 1);
    });
}

// --- Roles ---

namespace {
QString encodeCaps(Connection &c, const QHash<qint64, Scope> &caps)
{
    if (caps.isEmpty())
        return {};
    QJsonObject o;
    Query q = c.prepare("SELECT uid FROM pipelines WHERE id = ?1");
    for (auto it = caps.cbegin(); it != caps.cend(); ++it) {
        q->reset();
        q->bind(1, it.key());
        if (q->step())
            o.insert(QString::fromLatin1(q->blob(0).toHex()), int(it.value()));
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Result<QList<Admin::RoleInfo>> Admin::roles()
{
    return guarded(m_s.db(), [&]() -> Result<QList<Admin::RoleInfo>> {
        QHash<QByteArray, qint64> pipelineByUid;
        Query pq = m_s.sql().prepare("SELECT uid, id FROM pipelines");
        while (pq->step())
            pipelineByUid.insert(pq->blob(0).toHex(), pq->int64(1));
        QList<RoleInfo> out;
        Query q = m_s.sql().prepare(
            "SELECT r.id, r.name, r.is_admin, r.matrix, r.pipeline_caps, r.analytics_scope, "
            "r.can_import, (SELECT count(*) FROM users u WHERE u.role_id = r.id AND u.deleted = 0 "
            "AND u.active = 1) FROM roles r WHERE r.deleted = 0");
        while (q->step()) {
            RoleInfo r;
            r.id = q->int64(0);
            r.name = q->text(1);
            r.admin = q->int64(2) != 0;
            r.matrix = RoleMatrix::decode(q->text(3));
            r.options.pipelineCaps = Session::decodePipelineCaps(q->text(4), pipelineByUid);
            r.options.analytics = Scope(std::clamp(int(q->int64(5)), 0, 3));
            r.options.canImport = q->int64(6) != 0;
            r.users = int(q->int64(7));
            out.append(r);
        }
        // Administrators first, then by name.
        std::sort(out.begin(), out.end(), [](const RoleInfo &a, const RoleInfo &b) {
            if (a.admin != b.admin)
                return a.admin;
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        return out;
    });
}

Result<Admin::RoleInfo> Admin::role(qint64 id)
{
    Result<QList<RoleInfo>> all = roles();
    if (!all)
        return all.error();
    for (const RoleInfo &r : *all)
        if (r.id == id)
            return r;
    return makeError(Error::Code::NotFound,
                     Tr::tr("%1 #%2 does not exist.").arg(entityName(EntityKind::Role)).arg(id),
                     entityKey(EntityKind::Role));
}

Result<qint64> Admin::createRole(const QString &name, const RoleMatrix &matrix, bool isAdmin)
{
    if (nameTaken(m_s.sql(), "roles", name, 0))
        return makeError(Error::Code::Conflict,
                         Tr::tr("%1 \"%2\" already exists.")
                             .arg(entityName(EntityKind::Role), name.simplified()),
                         entityKey(EntityKind::Role), QStringLiteral("name"));
    return insertNamed("roles", EntityKind::Role, name,
                       {QStringLiteral("matrix"), QStringLiteral("is_admin"),
                        QStringLiteral("analytics_scope"), QStringLiteral("can_import")},
                       {matrix.encode(), isAdmin ? 1 : 0, isAdmin ? 3 : 1, isAdmin ? 1 : 0});
}

Status Admin::renameRole(qint64 roleId, const QString &name)
{
    return rename(EntityKind::Role, roleId, name);
}

Status Admin::setRoleMatrix(qint64 roleId, const RoleMatrix &matrix)
{
    return setColumn(EntityKind::Role, roleId, QStringLiteral("matrix"), matrix.encode());
}

Status Admin::setRoleOptions(qint64 roleId, const RoleOptions &options)
{
    if (Status st = requireAdmin(); !st)
        return st;
    Result<RoleInfo> current = role(roleId);
    if (!current)
        return current.error();
    for (auto it = options.pipelineCaps.cbegin(); it != options.pipelineCaps.cend(); ++it)
        if (it.value() != Scope::None && it.value() != Scope::Own)
            return makeError(Error::Code::Invalid,
                             Tr::tr("Role \"%1\": a pipeline may be hidden or limited to the "
                                    "user's own deals, nothing else.")
                                 .arg(current->name),
                             entityKey(EntityKind::Role), QStringLiteral("pipeline_caps"));
    return atomically([&]() -> Status {
        if (current->options.pipelineCaps != options.pipelineCaps) {
            const QString caps = encodeCaps(m_s.sql(), options.pipelineCaps);
            if (Status st = setColumn(EntityKind::Role, roleId, QStringLiteral("pipeline_caps"),
                                      caps.isEmpty() ? QVariant() : QVariant(caps));
                !st)
                return st;
        }
        if (current->options.analytics != options.analytics)
            if (Status st = setColumn(EntityKind::Role, roleId, QStringLiteral("analytics_scope"),
                                      int(options.analytics));
                !st)
                return st;
        if (current->options.canImport != options.canImport)
            if (Status st = setColumn(EntityKind::Role, roleId, QStringLiteral("can_import"),
                                      options.canImport ? 1 : 0);
                !st)
                return st;
        return Ok{};
    });
}

Status Admin::setRoleAdmin(qint64 roleId, bool admin)
{
    if (Status st = requireAdmin(); !st)
        return st;
    if (!admin)
        if (Status st = keepsAnAdmin(0, roleId); !st)
            return st;
    return setColumn(EntityKind::Role, roleId, QStringLiteral("is_admin"), admin ? 1 : 0);
}

Status Admin::setRoleRights(qint64 roleId, const RoleMatrix &matrix, const RoleOptions &options,
                            bool admin)
{
    if (Status st = requireAdmin(); !st)
        return st;
    Result<RoleInfo> current = role(roleId);
    if (!current)
        return current.error();
    return atomically([&]() -> Status {
        // Granting the administrator flag goes first and taking it away last, so the file
        // never passes through a state without its last administrator.
        if (admin && !current->admin)
            if (Status st = setRoleAdmin(roleId, true); !st)
                return st;
        if (!(matrix == current->matrix))
            if (Status st = setRoleMatrix(roleId, matrix); !st)
                return st;
        if (!(options == current->options))
            if (Status st = setRoleOptions(roleId, options); !st)
                return st;
        if (!admin && current->admin)
            if (Status st = setRoleAdmin(roleId, false); !st)
                return st;
        return Ok{};
    });
}

Result<qint64> Admin::cloneRole(qint64 roleId, const QString &newName)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    Result<RoleInfo> source = role(roleId);
    if (!source)
        return source.error();
    qint64 id = 0;
    Status st = atomically([&]() -> Status {
        Result<qint64> created = createRole(newName, source->matrix, source->admin);
        if (!created)
            return created.error();
        id = *created;
        return setRoleOptions(id, source->options);
    });
    if (!st)
        return st.error();
    return id;
}

Status Admin::deleteRole(qint64 roleId, qint64 moveTo)
{
    if (Status st = requireAdmin(); !st)
        return st;
    Result<RoleInfo> gone = role(roleId);
    if (!gone)
        return gone.error();
    Result<RoleInfo> target = role(moveTo);
    if (!target || moveTo == roleId)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Role \"%1\": choose another role for its users.").arg(gone->name),
                         entityKey(EntityKind::Role), QStringLiteral("move_to"));
    if (gone->admin && !target->admin)
        if (Status st = keepsAnAdmin(0, roleId); !st)
            return st;
    return atomically([&]() -> Status {
        QList<qint64> members;
        Query q = m_s.sql().prepare("SELECT id FROM users WHERE role_id = ?1 AND deleted = 0");
        q->bind(1, roleId);
        while (q->step())
            members << q->int64(0);
        for (qint64 u : std::as_const(members))
            if (Status st = setColumn(EntityKind::User, u, QStringLiteral("role_id"), moveTo); !st)
                return st;
        return setColumn(EntityKind::Role, roleId, QStringLiteral("deleted"), 1);
    });
}

Result<Admin::Preview> Admin::preview(qint64 userId, const RoleMatrix &matrix,
                                      const RoleOptions &options, bool isAdmin)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    const UserInfo u = m_s.user(userId);
    if (!u.id)
        return makeError(
            Error::Code::NotFound,
            Tr::tr("%1 #%2 does not exist.").arg(entityName(EntityKind::User)).arg(userId),
            entityKey(EntityKind::User));
    Principal p;
    p.userId = u.id;
    p.departmentId = u.departmentId;
    p.admin = isAdmin;
    p.matrix = matrix;
    p.pipelineCaps = options.pipelineCaps;
    const auto count = [&](PermEntity e, const char *table, const char *alias) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1 %2 WHERE %2.deleted = 0 AND %3")
                                .arg(QLatin1String(table), QLatin1String(alias),
                                     Permissions::sqlPredicate(
                                         p, e, PermAction::View,
                                         QLatin1String(alias) + QStringLiteral(".responsible_id")));
        Query q = m_s.sql().prepare(sql);
        return q->step() ? q->int64(0) : 0;
    };
    return guarded(m_s.db(), [&]() -> Result<Admin::Preview> {
        Preview out;
        out.deals = count(PermEntity::Deal, "deals", "d");
        out.contacts = count(PermEntity::Contact, "contacts", "c");
        out.companies = count(PermEntity::Company, "companies", "co");
        out.tasks = count(PermEntity::Task, "tasks", "t");
        return out;
    });
}

} // namespace Voronka::Core
