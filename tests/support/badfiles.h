// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

namespace Voronka::Test {

// Overwrites the root page of a table or index of a closed file with seeded noise and an invalid page
// type, as a bad sector or a torn copy would: SQLite reports SQLITE_CORRUPT when the table is
// read. Returns false when the table has no page of its own.
bool damageTable(const QString &path, const char *table);

} // namespace Voronka::Test
