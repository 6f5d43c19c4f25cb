// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "services/userdirectory.h"

using namespace Voronka::Core;
using Voronka::Test::TempDb;

TEST_CASE("lastSignIns_newestSuccessPerUser_failuresIgnored")
{
    TempDb t;
    const qint64 other = t.addUser(QStringLiteral("olga@example.com"), 0);
    Query q = t.db->sql().prepare(
        "INSERT INTO sign_ins(at, email, user_id, result) VALUES(?1, 'x', ?2, ?3)");
    const auto add = [&](qint64 at, qint64 user, int result) {
        q->reset();
        q->bindAll(at, user, result).run();
    };
    add(100, t.adminId, 1);
    add(300, t.adminId, 1);
    add(400, t.adminId, 2); // a wrong password later does not count
    add(200, other, 3);

    const QHash<qint64, qint64> last = UserDirectory::lastSignIns(*t.db);
    CHECK(last.value(t.adminId) == 300);
    CHECK_FALSE(last.contains(other));
}
