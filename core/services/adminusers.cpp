// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// Admin: users (edit, passwords, deactivation with a handover) and every user's own profile.
#include "admin.h"

#include "core/util/text.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Admin)
};

Error userMissing(qint64 id)
{
    return makeError(Error::Code::NotFound,
                     Tr::tr("%1 #%2 does not exist.").arg(entityName(EntityKind::User)).arg(id),
                     entityKey(EntityKind::User));
}

// What a handover moves: the user's records still in play. Deals in an open or Incoming stage,
// every live contact and company, open tasks.
const char *handoverSelect(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Deal:
        return "SELECT d.id FROM deals d JOIN stages s ON s.id = d.stage_id WHERE "
               "d.responsible_id = ?1 AND d.deleted = 0 AND s.kind IN (0, 3) ORDER BY d.id";
    case EntityKind::Contact:
        return "SELECT id FROM contacts WHERE responsible_id = ?1 AND deleted = 0 ORDER BY id";
    case EntityKind::Company:
        return "SELECT id FROM companies WHERE responsible_id = ?1 AND deleted = 0 ORDER BY id";
    case EntityKind::Task:
        return "SELECT id FROM tasks WHERE responsible_id = ?1 AND deleted = 0 AND status = 0 "
               "ORDER BY id";
    default:
        return nullptr;
    }
}

constexpr EntityKind kHandoverKinds[] = {EntityKind::Deal, EntityKind::Contact,
                                         EntityKind::Company, EntityKind::Task};

QList<qint64> &listOf(Admin::Handover &h, EntityKind kind)
{
    switch (kind) {
    case EntityKind::Deal:
        return h.deals;
    case EntityKind::Contact:
        return h.contacts;
    case EntityKind::Company:
        return h.companies;
    default:
        return h.tasks;
    }
}
} // namespace

QString Admin::generatePassword(int length)
{
    // No look-alikes (0/O, 1/l/I): it is read off a screen and typed by someone else.
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out;
    for (int i = 0; i < std::max(length, 8); ++i)
        out.append(alphabet.at(int(QRandomGenerator::system()->bounded(alphabet.size()))));
    return out;
}

Result<qint64> Admin::createUser(const QString &email, const QString &name,
                                 const QString &passwordHash, qint64 roleId, qint64 departmentId)
{
    const QString mail = email.trimmed().toLower();
    if (!Text::looksLikeEmail(mail))
        return makeError(Error::Code::Invalid,
                         Tr::tr("User \"%1\": \"%2\" is not an email address.").arg(name, email),
                         entityKey(EntityKind::User), QStringLiteral("email"));
    if (passwordHash.isEmpty())
        return makeError(Error::Code::Invalid, Tr::tr("User \"%1\" needs a password.").arg(name),
                         entityKey(EntityKind::User), QStringLiteral("password"));
    const Status done = guarded(m_s.db(), [&]() -> Status {
        if (m_s.sql().prepare("SELECT 1 FROM users WHERE email = ?1")->bind(1, mail).step())
            return makeError(Error::Code::Conflict,
                             Tr::tr("A user with the email %1 already exists.").arg(mail),
                             entityKey(EntityKind::User), QStringLiteral("email"));
        // Role 0: a user without rights (sees nothing) until an admin gives one.
        if (!m_bootstrap && roleId != 0 &&
            !m_s.sql().prepare("SELECT 1 FROM roles WHERE id = ?1 AND deleted = 0")->bind(1, roleId).step())
            return makeError(Error::Code::Invalid,
                             Tr::tr("User \"%1\": choose a role.").arg(name),
                             entityKey(EntityKind::User), QStringLiteral("role_id"));
        return Ok{};
    });
    if (!done)
        return done.error();
    return insertNamed(
        "users", EntityKind::User, name,
        {QStringLiteral("email"), QStringLiteral("password_hash"), QStringLiteral("role_id"),
         QStringLiteral("department_id")},
        {mail, passwordHash, roleId, departmentId ? QVariant(departmentId) : QVariant()});
}

Status Admin::updateUser(qint64 userId, const UserEdit &edit)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const UserInfo before = m_s.user(userId);
    if (!before.id)
        return userMissing(userId);
    const QString name = edit.name.simplified();
    const QString mail = edit.email.trimmed().toLower();
    if (name.isEmpty() || name.size() > 255)
        return makeError(Error::Code::Invalid,
                         Tr::tr("User %1: the name must have between 1 and 255 characters.")
                             .arg(before.email),
                         entityKey(EntityKind::User), QStringLiteral("name"));
    if (!Text::looksLikeEmail(mail))
        return makeError(Error::Code::Invalid,
                         Tr::tr("User \"%1\": \"%2\" is not an email address.").arg(name, edit.email),
                         entityKey(EntityKind::User), QStringLiteral("email"));
    return atomically([&]() -> Status {
        if (mail != before.email.toLower() &&
            m_s.sql()
                .prepare("SELECT 1 FROM users WHERE email = ?1 AND id != ?2")
                ->bindAll(mail, userId)
                .step())
            return makeError(Error::Code::Conflict,
                             Tr::tr("A user with the email %1 already exists.").arg(mail),
                             entityKey(EntityKind::User), QStringLiteral("email"));
        if (edit.roleId != before.roleId) {
            Query r = m_s.sql().prepare("SELECT is_admin FROM roles WHERE id = ?1 AND deleted = 0");
            r->bind(1, edit.roleId);
            if (!r->step())
                return makeError(Error::Code::Invalid,
                                 Tr::tr("User \"%1\": choose a role.").arg(name),
                                 entityKey(EntityKind::User), QStringLiteral("role_id"));
            if (before.admin && before.active && r->int64(0) == 0)
                if (Status st = keepsAnAdmin(userId); !st)
                    return st;
        }
        if (edit.departmentId && edit.departmentId != before.departmentId &&
            !m_s.sql()
                 .prepare("SELECT 1 FROM departments WHERE id = ?1 AND deleted = 0")
                 ->bind(1, edit.departmentId)
                 .step())
            return makeError(Error::Code::Invalid,
                             Tr::tr("User \"%1\": the department no longer exists.").arg(name),
                             entityKey(EntityKind::User), QStringLiteral("department_id"));
        if (name != before.name)
            if (Status st = setColumn(EntityKind::User, userId, QStringLiteral("name"), name); !st)
                return st;
        if (mail != before.email)
            if (Status st = setColumn(EntityKind::User, userId, QStringLiteral("email"), mail); !st)
                return st;
        if (edit.roleId != before.roleId)
            if (Status st = setColumn(EntityKind::User, userId, QStringLiteral("role_id"),
                                      edit.roleId);
                !st)
                return st;
        if (edit.departmentId != before.departmentId)
            if (Status st = setColumn(EntityKind::User, userId, QStringLiteral("department_id"),
                                      edit.departmentId ? QVariant(edit.departmentId) : QVariant());
                !st)
                return st;
        return Ok{};
    });
}

Status Admin::setUserRole(qint64 userId, qint64 roleId)
{
    const UserInfo u = m_s.user(userId);
    if (!u.id)
        return userMissing(userId);
    return updateUser(userId, UserEdit{u.email, u.name, roleId, u.departmentId});
}

Status Admin::setUserDepartment(qint64 userId, qint64 departmentId)
{
    const UserInfo u = m_s.user(userId);
    if (!u.id)
        return userMissing(userId);
    return updateUser(userId, UserEdit{u.email, u.name, u.roleId, departmentId});
}

Status Admin::setPassword(qint64 userId, const QString &passwordHash)
{
    if (Status st = requireAdmin(); !st)
        return st;
    if (passwordHash.isEmpty())
        return makeError(Error::Code::Invalid, Tr::tr("The new password is empty."),
                         entityKey(EntityKind::User), QStringLiteral("password"));
    if (!m_s.user(userId).id)
        return userMissing(userId);
    return writeColumn(EntityKind::User, userId, QStringLiteral("password_hash"), passwordHash,
                       true);
}

void Admin::reassign(Change &c, EntityKind kind, qint64 from, qint64 to, QList<qint64> &ids,
                     bool onlyListed)
{
    const QString table = entityTable(kind);
    if (!onlyListed) {
        ids.clear();
        Query q = c.sql().prepare(handoverSelect(kind));
        q->bind(1, from);
        while (q->step())
            ids << q->int64(0);
    }
    // Compare-and-set: a record someone reassigned since keeps its new responsible.
    Query move = c.sql().prepare(
        QStringLiteral("UPDATE %1 SET responsible_id = ?1, updated_at = ?2 WHERE id = ?3 AND "
                       "responsible_id = ?4")
            .arg(table));
    QList<qint64> moved;
    moved.reserve(ids.size());
    const QString field = QStringLiteral("responsible_id");
    for (qint64 id : std::as_const(ids)) {
        move->reset();
        move->bindAll(to, c.now(), id, from).run();
        if (c.sql().changes() == 0)
            continue;
        c.history(kind, id, HistoryEvent::FieldChanged, field, from, to);
        c.outbox(kind, id, OutboxOp::Update, {field});
        moved << id;
    }
    ids = moved;
}

Result<Admin::Handover> Admin::handoverPlan(qint64 userId)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    return guarded(m_s.db(), [&]() -> Result<Admin::Handover> {
        Handover h;
        h.userId = userId;
        for (EntityKind kind : kHandoverKinds) {
            Query q = m_s.sql().prepare(handoverSelect(kind));
            q->bind(1, userId);
            while (q->step())
                listOf(h, kind) << q->int64(0);
        }
        return h;
    });
}

Result<Admin::Handover> Admin::deactivateUser(qint64 userId, qint64 handoverTo)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    const UserInfo u = m_s.user(userId);
    if (!u.id)
        return userMissing(userId);
    if (userId == m_s.actor().id)
        return makeError(Error::Code::Invalid, Tr::tr("You cannot deactivate yourself."),
                         entityKey(EntityKind::User), QStringLiteral("active"));
    if (!u.active)
        return makeError(Error::Code::Invalid, Tr::tr("%1 is already deactivated.").arg(u.name),
                         entityKey(EntityKind::User), QStringLiteral("active"));
    if (handoverTo) {
        const UserInfo to = m_s.user(handoverTo);
        if (!to.id || !to.active || handoverTo == userId)
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1's records can only go to another active user.").arg(u.name),
                             entityKey(EntityKind::User), QStringLiteral("handover"));
    }
    if (u.admin)
        if (Status st = keepsAnAdmin(userId); !st)
            return st.error();
    Handover h;
    h.userId = userId;
    h.toUserId = handoverTo;
    Status st = atomically([&]() -> Status {
        Change c(m_s, m_origin);
        if (handoverTo)
            for (EntityKind kind : kHandoverKinds)
                reassign(c, kind, userId, handoverTo, listOf(h, kind), false);
        if (Status st = writeColumn(EntityKind::User, userId, QStringLiteral("active"), 0); !st)
            return st;
        c.commit();
        return Ok{};
    });
    if (!st)
        return st.error();
    return h;
}

Status Admin::reactivateUser(qint64 userId)
{
    return reactivateUser(userId, Handover{});
}

Status Admin::reactivateUser(qint64 userId, const Handover &giveBack)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const UserInfo u = m_s.user(userId);
    if (!u.id)
        return userMissing(userId);
    return atomically([&]() -> Status {
        Change c(m_s, m_origin);
        if (!u.active)
            if (Status st = writeColumn(EntityKind::User, userId, QStringLiteral("active"), 1); !st)
                return st;
        if (giveBack.toUserId && giveBack.userId == userId) {
            Handover back = giveBack;
            for (EntityKind kind : kHandoverKinds)
                reassign(c, kind, giveBack.toUserId, userId, listOf(back, kind), true);
        }
        c.commit();
        return Ok{};
    });
}

Status Admin::setUserActive(qint64 userId, bool active)
{
    if (active)
        return reactivateUser(userId);
    Result<Handover> h = deactivateUser(userId, 0);
    if (!h)
        return h.error();
    return Ok{};
}

Status Admin::updateProfile(const Profile &profile)
{
    const UserInfo me = m_s.user(m_s.actor().id);
    if (!me.id)
        return makeError(Error::Code::Permission, Tr::tr("Sign in to change your profile."));
    const QString name = profile.name.simplified();
    if (name.isEmpty() || name.size() > 255)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Your name must have between 1 and 255 characters."),
                         entityKey(EntityKind::User), QStringLiteral("name"));
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!profile.avatarColor.isEmpty() && !hex.match(profile.avatarColor).hasMatch())
        return makeError(Error::Code::Invalid,
                         Tr::tr("\"%1\" is not a colour like #2F80ED.").arg(profile.avatarColor),
                         entityKey(EntityKind::User), QStringLiteral("avatar_color"));
    if (!profile.language.isEmpty() && profile.language != u"ru" && profile.language != u"en")
        return makeError(Error::Code::Invalid,
                         Tr::tr("Voronka speaks Russian (ru) and English (en), not \"%1\".")
                             .arg(profile.language),
                         entityKey(EntityKind::User), QStringLiteral("language"));
    if (profile.reminderLeadMin < 0 || profile.reminderLeadMin > 7 * 24 * 60)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Reminders come between 0 minutes and a week before a task."),
                         entityKey(EntityKind::User), QStringLiteral("reminder_lead_min"));
    const qint64 id = me.id;
    return atomically([&]() -> Status {
        if (name != me.name)
            if (Status st = writeColumn(EntityKind::User, id, QStringLiteral("name"), name); !st)
                return st;
        if (profile.avatarColor.toUpper() != me.avatarColor.toUpper())
            if (Status st = writeColumn(EntityKind::User, id, QStringLiteral("avatar_color"),
                                        profile.avatarColor.isEmpty()
                                            ? QVariant()
                                            : QVariant(profile.avatarColor.toUpper()));
                !st)
                return st;
        if (profile.language != me.language)
            if (Status st = writeColumn(EntityKind::User, id, QStringLiteral("language"),
                                        profile.language.isEmpty() ? QVariant()
                                                                   : QVariant(profile.language));
                !st)
                return st;
        if (profile.reminderLeadMin != me.reminderLeadMin)
            if (Status st = writeColumn(EntityKind::User, id, QStringLiteral("reminder_lead_min"),
                                        profile.reminderLeadMin);
                !st)
                return st;
        return Ok{};
    });
}

Status Admin::changeOwnPassword(const QString &oldPassword, const QString &newPassword,
                                Auth::Strength strength)
{
    const qint64 id = m_s.actor().id;
    if (!id)
        return makeError(Error::Code::Permission, Tr::tr("Sign in to change your password."));
    Query q = m_s.sql().prepare("SELECT password_hash FROM users WHERE id = ?1");
    q->bind(1, id);
    const QString hash = q->step() ? q->text(0) : QString();
    q->reset();
    if (!Auth::verifyPassword(hash, oldPassword))
        return makeError(Error::Code::Auth, Tr::tr("The current password is wrong."),
                         entityKey(EntityKind::User), QStringLiteral("old_password"));
    if (newPassword.size() < 4)
        return makeError(Error::Code::Invalid,
                         Tr::tr("The new password needs at least 4 characters."),
                         entityKey(EntityKind::User), QStringLiteral("password"));
    const QString fresh = Auth::hashPassword(newPassword, strength);
    if (fresh.isEmpty())
        return makeError(Error::Code::Storage, Tr::tr("The password could not be hashed."));
    return writeColumn(EntityKind::User, id, QStringLiteral("password_hash"), fresh, true);
}

} // namespace Voronka::Core
