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

QList<Core::UserInfo> Workbench::activeUsers(Core::Database &db)
{
    Core::Result<QList<Core::UserInfo>> users = Core::Auth::activeUsers(db);
    if (!users)
        return {};
    QList<Core::UserInfo> sorted = *users;
    // Administrators first (they sign in to a new file), then by name as the locale sorts.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Core::UserInfo &a, const Core::UserInfo &b) {
                         if (a.admin != b.admin)
                             return a.admin;
                         return QString::localeAwareCompare(a.name, b.name) < 0;
                     });
    return sorted;
}

} // namespace Voronka::Ui
