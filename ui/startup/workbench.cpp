// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "workbench.h"

#include <algorithm>

namespace Voronka::Ui {

Core::Result<std::unique_ptr<Workbench>> Workbench::start(std::unique_ptr<Core::Database> database,
                                                          const Core::Clock &clock,
                                                          const Core::UserInfo &user)
{
    auto bench = std::make_unique<Workbench>();
    bench->db = std::move(database);
    Core::Result<std::unique_ptr<Core::Session>> session =
        Core::Session::start(*bench->db, clock, user);
    if (!session)
        return session.error();
    bench->session = std::move(session).value();
    return bench;
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
