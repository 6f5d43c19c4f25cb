// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "adminbench.h"

#include "rawdb.h"

#include "core/services/admin.h"

#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {

RowResult benchPreview(Context &ctx, Actor &admin, Actor &manager, const QString &name, Scope scope)
{
    const RoleMatrix draft = RoleMatrix::filled(scope);
    const qint64 user = manager.info.id;
    const qint64 department = manager.info.departmentId;
    // The same predicates written by hand: own is the responsible column, department the
    // users of that department.
    const auto pred = [&](const char *alias) {
        return scope == Scope::Own
                   ? cat("(", alias, ".responsible_id = ", std::to_string(user), ")")
                   : cat("(", alias, ".responsible_id IN (SELECT id FROM users WHERE "
                                     "department_id = ",
                         std::to_string(department), "))");
    };
    RawStmt deals(ctx.raw->handle(),
                  cat("SELECT count(*) FROM deals d WHERE d.deleted = 0 AND ", pred("d")));
    RawStmt contacts(ctx.raw->handle(),
                     cat("SELECT count(*) FROM contacts c WHERE c.deleted = 0 AND ", pred("c")));
    RawStmt companies(ctx.raw->handle(),
                      cat("SELECT count(*) FROM companies co WHERE co.deleted = 0 AND ", pred("co")));
    RawStmt tasks(ctx.raw->handle(),
                  cat("SELECT count(*) FROM tasks t WHERE t.deleted = 0 AND ", pred("t")));
    const Operation voronka = [&](int, Timer &) -> qint64 {
        Result<Admin::Preview> p = Admin(*admin.session).preview(user, draft, {});
        if (!p)
            throw std::runtime_error(p.error().message.toStdString());
        return p->deals + p->contacts * 3 + p->companies * 7 + p->tasks * 11;
    };
    const Operation raw = [&](int, Timer &) -> qint64 {
        qint64 sum = 0;
        const qint64 weights[] = {1, 3, 7, 11};
        RawStmt *all[] = {&deals, &contacts, &companies, &tasks};
        for (int i = 0; i < 4; ++i) {
            all[i]->step();
            sum += all[i]->int64(0) * weights[i];
            all[i]->reset();
        }
        return sum;
    };
    RowResult row = measure(name, Plan{ctx.options.rounds, 5, 2}, voronka, raw);
    row.note = QStringLiteral("counts for %1 under a draft matrix of %2")
                   .arg(manager.email,
                        scope == Scope::Own ? QStringLiteral("own") : QStringLiteral("department"));
    return row;
}

} // namespace

QList<RowResult> benchRolePreview(Context &ctx, Actor &admin, Actor &manager)
{
    return {benchPreview(ctx, admin, manager, QStringLiteral("role preview (own)"), Scope::Own),
            benchPreview(ctx, admin, manager, QStringLiteral("role preview (department)"),
                         Scope::Department)};
}

} // namespace Voronka::Bench
