// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QHash>

namespace Voronka::Core {

class Database;

// Read-only facts about the users of a file that the settings pages list beside them.
class UserDirectory
{
public:
    // user id -> time (ms since the epoch) of the user's last successful sign-in on this file;
    // users who never signed in are missing. Empty when the log cannot be read.
    static QHash<qint64, qint64> lastSignIns(Database &db);
};

} // namespace Voronka::Core
