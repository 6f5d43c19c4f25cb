// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "workbench.h"

#include <algorithm>

namespace Voronka::Ui {

Workbench::Workbench(std::unique_ptr<Core::Database> database, const Core::Clock &clock,
                     const Core::UserInfo &user)
    : db(std::move(database))
    , session(std::make_unique<Core::Session>(*db, clock, user))
{
}

QList<Core::UserInfo> Workbench::activeUsers(Core::Database &db, const Core::Clock &clock)
{
    // Core has no user list without a signed-in actor; a session for nobody (id 0, no
    // permissions) reads the same user cache the services use, without any SQL here.
    Core::Session nobody(db, clock, Core::UserInfo{});
    QList<Core::UserInfo> users;
    for (const Core::UserInfo &u : nobody.users())
        if (u.active)
            users << u;
    std::sort(users.begin(), users.end(), [](const Core::UserInfo &a, const Core::UserInfo &b) {
        if (a.admin != b.admin)
            return a.admin; // administrators first: they sign in to a new file
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return users;
}

} // namespace Voronka::Ui
