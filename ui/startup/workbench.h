// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/auth.h"
#include "core/services/session.h"
#include "core/storage/database.h"

#include <memory>

namespace Voronka::Ui {

// An open database file and the user signed in to it: what the main window works on.
// The session is declared after the database so it is destroyed first.
struct Workbench
{
    // The user's session on the file; a damaged file gives its error instead of throwing.
    static Core::Result<std::unique_ptr<Workbench>> start(std::unique_ptr<Core::Database> database,
                                                          const Core::Clock &clock,
                                                          const Core::UserInfo &user);

    std::unique_ptr<Core::Database> db;
    std::unique_ptr<Core::Session> session;

    // The active users of a file, for the sign-in list, before anyone has signed in.
    static QList<Core::UserInfo> activeUsers(Core::Database &db);
};

} // namespace Voronka::Ui
