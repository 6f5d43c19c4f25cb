// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "support/catch.h"

#include "core/services/integrity.h"
#include "core/storage/database.h"

namespace Voronka::Test {

// Every invariant `voronka-cli check` verifies holds (the quick structure check).
inline void requireConsistent(Core::Database &db)
{
    Core::Result<QStringList> problems = Core::Integrity::check(db, true);
    INFO((problems.ok() ? QString() : problems.error().message).toStdString());
    REQUIRE(problems.ok());
    INFO(problems->join(u'\n').toStdString());
    CHECK(problems->isEmpty());
}

} // namespace Voronka::Test
