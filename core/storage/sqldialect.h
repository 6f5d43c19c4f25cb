// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <string>
#include <string_view>

// What turns the SQLite SQL the code base writes into what PostgreSQL runs (sqlite.h, "On
// PostgreSQL"). Pure text functions, so they are tested without a server.
namespace Voronka::Core::PgDialect {

struct Translated
{
    std::string sql;         // placeholders as $N
    int params = 0;          // the highest parameter number
    std::string insertTable; // the table of an INSERT, as written ("" for other statements)
    bool returning = false;  // the statement has its own RETURNING clause
};

// SQLite's `?N` becomes `$N`, and a bare `?` takes the number one above the largest used so
// far (SQLite's rule), outside string literals, quoted identifiers and comments.
Translated translate(std::string_view sql);

// A statement that begins, ends or marks a transaction, which a PostgreSQL connection runs
// its own way (sqlite.h).
struct Control
{
    enum class Kind { None, Begin, BeginWrite, Commit, Rollback, Savepoint, Release, RollbackTo };
    Kind kind = Kind::None;
    std::string name; // a savepoint's name, lower case (SQLite's names ignore case)
};
Control control(std::string_view sql);

// The SQLite primary result code that callers test (SqlError::code()) for a PostgreSQL
// SQLSTATE; nullptr (an error libpq reports itself) is a lost connection.
int primaryCode(const char *sqlState);

} // namespace Voronka::Core::PgDialect
