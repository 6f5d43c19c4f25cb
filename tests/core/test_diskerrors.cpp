// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// What a user reads when the disk fails under a file. The full disk itself (a small tmpfs) and
// injected I/O errors (fiu-run) are exercised by scripts/crash-campaign.sh on the real programs.
#include "support/catch.h"

#include "core/storage/database.h"

#include <sqlite3.h>

using namespace Voronka::Core;

TEST_CASE("errorFor_ioError_namesTheFileWithoutSql")
{
    const Error e =
        Database::errorFor(SqlError(SQLITE_IOERR, "PRAGMA application_id: disk I/O error"),
                           QStringLiteral("/x/team.voronka"));
    CHECK(e.code == Error::Code::Storage);
    CHECK(e.message == QStringLiteral("The disk or network holding team.voronka reported an "
                                      "input/output error. Check it and try again."));
}

TEST_CASE("errorFor_fullDisk_saysTheDiskIsFull")
{
    const Error e = Database::errorFor(SqlError(SQLITE_FULL, "database or disk is full"),
                                       QStringLiteral("/x/team.voronka"));
    CHECK(e.message == QStringLiteral("The disk holding team.voronka is full: free some space and "
                                      "try again."));
}
