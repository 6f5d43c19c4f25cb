// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "options.h"
#include "rawdb.h"

#include "core/permissions/permissions.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace Voronka::Bench {

// What the raw side knows about the acting user: the view scopes and who is in which
// department, read once with plain SQL. The raw side checks permissions with it exactly as
// Permissions::can does, so both sides return the same rows.
struct RawAccess
{
    qint64 userId = 0;
    qint64 departmentId = 0;
    // [PermEntity Deal, Contact, Company][PermAction View, Edit]
    Core::Scope scopes[3][2] = {};
    std::unordered_map<qint64, qint64> userDepartment;

    Core::Scope scope(Core::PermEntity e, Core::PermAction a) const
    {
        return scopes[int(e)][a == Core::PermAction::Edit ? 1 : 0];
    }
    bool can(Core::PermEntity e, Core::PermAction a, qint64 responsibleId) const;
    bool canView(Core::PermEntity e, qint64 responsibleId) const
    {
        return can(e, Core::PermAction::View, responsibleId);
    }
    // The raw write's first step: `read` (SELECT value, responsible_id, deleted FROM deals
    // WHERE id = ?1) finds the deal and its value; throws RawError when the deal is gone or
    // the user may not edit it (`what` names the edit: "move", "edit").
    sqlite3_int64 editableDealValue(RawStmt &read, qint64 id, const char *what) const;
    // The list predicate over `column`, written out as a hand-made SQL string would be.
    std::string predicate(Core::PermEntity e, const char *column) const;
    static const char *scopeName(Core::Scope s);
};
// Throws RawError when there is no such active user.
RawAccess rawAccessFor(RawDb &db, const QString &email);

// One acting user on both sides: a Voronka Session on Voronka's connection and the same
// user's permissions for the raw connection.
struct Actor
{
    QString email;
    Core::UserInfo info;
    std::unique_ptr<Core::Session> session;
    RawAccess access;
    bool present() const { return session != nullptr; }
};

// Everything the rows share: Voronka's open database and sessions (as the app holds them
// for its whole life) and the raw side's handle. The raw side runs its C-API statements on
// Voronka's own connection: with two connections every write by one side makes SQLite drop
// the other's whole page cache, so the deal update row would time cache refills on both
// sides instead of the update, and an application has one connection anyway.
struct Context
{
    Options options;
    Core::SystemClock clock;
    std::unique_ptr<Core::Database> db;
    std::unique_ptr<RawDb> raw;
    Actor main, manager, head;
    qint64 contacts = 0, companies = 0, deals = 0, tasks = 0;
};

// Opens both sides. Returns an exit code: Success, Usage (unknown --user) or DataError
// (the file cannot be opened), after printing the message.
int openContext(const Options &options, Context &ctx);

} // namespace Voronka::Bench
