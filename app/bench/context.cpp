// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "context.h"

#include "core/services/auth.h"

#include <QTextStream>

namespace Voronka::Bench {

using namespace Core;

sqlite3_int64 RawAccess::editableDealValue(RawStmt &read, qint64 id, const char *what) const
{
    read.bind(1, sqlite3_int64(id));
    if (!read.step() || read.int64(2) != 0) {
        read.reset();
        throw RawError(cat("deal ", std::to_string(id), " is gone"));
    }
    const sqlite3_int64 value = read.int64(0);
    const bool allowed = can(Core::PermEntity::Deal, Core::PermAction::Edit, read.int64(1));
    read.reset();
    if (!allowed)
        throw RawError(cat("no permission to ", what, " deal ", std::to_string(id)));
    return value;
}

bool RawAccess::can(PermEntity e, PermAction a, qint64 responsibleId) const
{
    switch (scope(e, a)) {
    case Scope::All:
        return true;
    case Scope::None:
        return false;
    case Scope::Own:
        return responsibleId != 0 && responsibleId == userId;
    case Scope::Department: {
        if (responsibleId == 0)
            return false;
        const auto it = userDepartment.find(responsibleId);
        return (it == userDepartment.end() ? 0 : it->second) == departmentId;
    }
    }
    return false;
}

std::string RawAccess::predicate(PermEntity e, const char *column) const
{
    switch (scope(e, PermAction::View)) {
    case Scope::All:
        return "1";
    case Scope::None:
        return "0";
    case Scope::Own:
        return cat("(", column, " = ", std::to_string(userId), ")");
    case Scope::Department:
        return cat("(", column,
                   " IN (SELECT id FROM users WHERE department_id = ", std::to_string(departmentId),
                   "))");
    }
    return "0";
}

const char *RawAccess::scopeName(Scope s)
{
    switch (s) {
    case Scope::All:
        return "all";
    case Scope::None:
        return "none";
    case Scope::Own:
        return "own";
    case Scope::Department:
        return "department";
    }
    return "?";
}

RawAccess rawAccessFor(RawDb &db, const QString &email)
{
    RawStmt q(db.handle(), "SELECT u.id, coalesce(u.department_id, 0), coalesce(r.is_admin, 0), "
                           "r.matrix FROM users u LEFT JOIN roles r ON r.id = u.role_id "
                           "WHERE u.email = ?1 AND u.deleted = 0 AND u.active = 1");
    const std::string e = email.trimmed().toStdString();
    q.bind(1, std::string_view(e));
    if (!q.step())
        throw RawError(cat("no active user ", e));
    // The matrix decoding and scope rules are pure functions; the raw side reuses them so
    // it cannot disagree with Voronka about who may see what.
    Principal p;
    p.userId = q.int64(0);
    p.departmentId = q.int64(1);
    p.admin = q.int64(2) != 0;
    p.matrix = RoleMatrix::decode(QString::fromUtf8(q.text(3).data(), qsizetype(q.text(3).size())));
    q.reset();
    RawAccess a;
    a.userId = p.userId;
    a.departmentId = p.departmentId;
    for (PermEntity pe : {PermEntity::Deal, PermEntity::Contact, PermEntity::Company}) {
        a.scopes[int(pe)][0] = Permissions::scope(p, pe, PermAction::View);
        a.scopes[int(pe)][1] = Permissions::scope(p, pe, PermAction::Edit);
    }
    RawStmt u(db.handle(), "SELECT id, coalesce(department_id, 0) FROM users WHERE deleted = 0");
    while (u.step())
        a.userDepartment[u.int64(0)] = u.int64(1);
    u.reset();
    return a;
}

namespace {
// Finds the user on both sides; an absent optional user leaves the actor empty.
int openActor(Context &ctx, const QString &email, Actor &actor, bool required)
{
    QTextStream err(stderr);
    Result<UserInfo> u = Auth::findUser(*ctx.db, email);
    if (!u) {
        if (required) {
            err << "voronka-bench: there is no active user " << email << " in " << ctx.options.db
                << ".\n";
            return Usage;
        }
        if (email == ctx.options.manager)
            err << "voronka-bench: no active user " << email << "; its rows are skipped.\n";
        return Success;
    }
    actor.email = email;
    actor.info = *u;
    actor.session = std::make_unique<Session>(*ctx.db, ctx.clock, actor.info);
    actor.access = rawAccessFor(*ctx.raw, email);
    return Success;
}
} // namespace

int openContext(const Options &options, Context &ctx)
{
    QTextStream err(stderr);
    ctx.options = options;
    Result<std::unique_ptr<Database>> db = Database::open(options.db);
    if (!db) {
        err << "voronka-bench: " << db.error().message << "\n";
        return DataError;
    }
    ctx.db = std::move(db).value();
    try {
        ctx.raw = std::make_unique<RawDb>(ctx.db->sql().handle());
        ctx.contacts = ctx.raw->scalar("SELECT count(*) FROM contacts WHERE deleted = 0");
        ctx.companies = ctx.raw->scalar("SELECT count(*) FROM companies WHERE deleted = 0");
        ctx.deals = ctx.raw->scalar("SELECT count(*) FROM deals WHERE deleted = 0");
        ctx.tasks = ctx.raw->scalar("SELECT count(*) FROM tasks WHERE deleted = 0");
        if (int rc = openActor(ctx, options.user, ctx.main, true); rc != Success)
            return rc;
        if (int rc = openActor(ctx, options.manager, ctx.manager, false); rc != Success)
            return rc;
        if (int rc = openActor(ctx, QStringLiteral("head@example.com"), ctx.head, false);
            rc != Success)
            return rc;
    } catch (const RawError &e) {
        err << "voronka-bench: " << e.what() << "\n";
        return DataError;
    }
    return Success;
}

} // namespace Voronka::Bench
