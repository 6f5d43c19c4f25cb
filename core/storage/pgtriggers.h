// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <string>
#include <vector>

namespace Voronka::Core {
class Connection;
}

// The views and triggers of the desktop schema in their PostgreSQL form: PgSchema's second half
// (pgschema.h has the rules), translated from their SQLite text in sqlite_schema.
namespace Voronka::Core::PgSchema::Detail {

// Appends to `out` the helper functions, then every view and trigger of the SQLite database
// `m` (the migrations run on it), in the order SQLite made them. Throws std::runtime_error
// naming the view or trigger and the construct that has no PostgreSQL form here.
void appendViewsAndTriggers(Connection &m, std::vector<std::string> &out);

// The PostgreSQL form of one SQLite expression or statement text of the view or trigger
// `owner` (for the error message), on the schema of `m`: the rules without a trigger around.
std::string translate(Connection &m, const std::string &owner, const std::string &sql);

} // namespace Voronka::Core::PgSchema::Detail
