// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "userdirectory.h"

#include "storage/database.h"

namespace Voronka::Core {

QHash<qint64, qint64> UserDirectory::lastSignIns(Database &db)
{
    QHash<qint64, qint64> out;
    try {
        // One row per user through the (user_id, at) index; result 1 is a successful sign-in.
        Query q = db.sql().prepare("SELECT user_id, MAX(at) FROM sign_ins WHERE result = 1 AND "
                                   "user_id IS NOT NULL GROUP BY user_id");
        while (q->step())
            out.insert(q->int64(0), q->int64(1));
    } catch (const SqlError &) {
        // A column that stays empty says enough; the settings page is not the place to fail.
        return {};
    }
    return out;
}

} // namespace Voronka::Core
