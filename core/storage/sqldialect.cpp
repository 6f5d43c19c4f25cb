// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "sqldialect.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace Voronka::Core::PgDialect {

namespace {

bool isIdentStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool isIdentPart(unsigned char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
}

std::string upper(std::string_view s)
{
    std::string u(s);
    for (char &c : u)
        if (c >= 'a' && c <= 'z')
            c = char(c - 'a' + 'A');
    return u;
}

std::string lower(std::string_view s)
{
    std::string u(s);
    for (char &c : u)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return u;
}

// The end (one past) of a quoted run starting at `i`, where a doubled quote is the quote.
size_t quotedEnd(std::string_view s, size_t i, char quote)
{
    size_t j = i + 1;
    while (j < s.size()) {
        if (s[j] == quote) {
            if (j + 1 < s.size() && s[j + 1] == quote) {
                j += 2;
                continue;
            }
            return j + 1;
        }
        ++j;
    }
    return s.size(); // unterminated: the server reports it
}

size_t skipSpace(std::string_view s, size_t k)
{
    while (k < s.size() && (s[k] == ' ' || s[k] == '\n' || s[k] == '\t'))
        ++k;
    return k;
}

// The word after `k` and any spaces, upper-cased (empty when none begins there); `k` moves
// past it.
std::string wordAt(std::string_view s, size_t &k)
{
    k = skipSpace(s, k);
    const size_t from = k;
    if (k < s.size() && isIdentStart(static_cast<unsigned char>(s[k])))
        while (k < s.size() && isIdentPart(static_cast<unsigned char>(s[k])))
            ++k;
    return upper(s.substr(from, k - from));
}

} // namespace

Translated translate(std::string_view s)
{
    Translated out;
    out.sql.reserve(s.size() + 8);
    std::vector<std::string> names;         // words, quoted identifiers and dots, in order
    std::vector<size_t> at;                 // where each of them begins in out.sql
    size_t lastWordEnd = std::string::npos; // where the last unquoted word ends in out.sql
    bool closeMatch = false;                // an FTS5 operand's function call is open
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        const char c = s[i];
        if (c == '\'' || c == '"') {
            const size_t end = quotedEnd(s, i, c);
            if (c == '"') {
                at.push_back(out.sql.size());
                names.emplace_back(s.substr(i, end - i));
            }
            out.sql.append(s.substr(i, end - i));
            if (closeMatch && c == '\'')
                out.sql += ')';
            closeMatch = closeMatch && c != '\'';
            i = end;
        } else if (c == '-' && i + 1 < n && s[i + 1] == '-') {
            size_t end = s.find('\n', i);
            end = end == std::string_view::npos ? n : end;
            out.sql.append(s.substr(i, end - i));
            i = end;
        } else if (c == '/' && i + 1 < n && s[i + 1] == '*') {
            size_t end = s.find("*/", i + 2);
            end = end == std::string_view::npos ? n : end + 2;
            out.sql.append(s.substr(i, end - i));
            i = end;
        } else if (c == '?') {
            size_t j = i + 1;
            int number = 0;
            while (j < n && s[j] >= '0' && s[j] <= '9')
                number = number * 10 + (s[j++] - '0');
            if (j == i + 1)
                number = out.params + 1;
            out.params = std::max(out.params, number);
            out.sql += '$';
            out.sql += std::to_string(number);
            if (closeMatch)
                out.sql += ')';
            closeMatch = false;
            i = j;
        } else if (isIdentStart(static_cast<unsigned char>(c))) {
            size_t j = i + 1;
            while (j < n && isIdentPart(static_cast<unsigned char>(s[j])))
                ++j;
            const std::string_view word = s.substr(i, j - i);
            if (j == i + 1 && (c == 'x' || c == 'X') && j < n && s[j] == '\'') {
                // SQLite's blob literal X'0a1b' is a bit string on PostgreSQL: a bytea here.
                const size_t end = quotedEnd(s, j, '\'');
                out.sql += "'\\x";
                out.sql.append(s.substr(j + 1, end - j - 2));
                out.sql += "'::bytea";
                i = end;
                continue;
            }
            // SQLite's null-safe `a IS b` and `a IS NOT b` for any b: PostgreSQL's DISTINCT
            // FROM (its IS takes only NULL, TRUE, FALSE and UNKNOWN).
            if (upper(word) == "IS") {
                const auto keyword = [](const std::string &w) {
                    return w == "NULL" || w == "TRUE" || w == "FALSE" || w == "UNKNOWN" ||
                           w == "DISTINCT";
                };
                size_t k = j;
                const std::string next = wordAt(s, k);
                size_t after = k;
                const bool negated = next == "NOT";
                const std::string operand = negated ? wordAt(s, after) : next;
                if (!keyword(operand)) {
                    at.push_back(out.sql.size());
                    out.sql += negated ? "IS DISTINCT FROM" : "IS NOT DISTINCT FROM";
                    names.emplace_back(word);
                    i = negated ? k : j;
                    continue;
                }
            }
            // `WITHOUT ROWID`: every PostgreSQL table is one with its key as an index.
            if (size_t k = j; upper(word) == "WITHOUT" && wordAt(s, k) == "ROWID") {
                while (!out.sql.empty() && out.sql.back() == ' ')
                    out.sql.pop_back();
                i = k;
                continue;
            }
            // SQLite's index hint `INDEXED BY name`: PostgreSQL's planner takes none.
            if (size_t k = j; upper(word) == "INDEXED" && wordAt(s, k) == "BY") {
                wordAt(s, k); // the index's name
                i = skipSpace(s, k);
                continue;
            }
            // An FTS5 query, `<table> MATCH <operand>`: `<table>.doc @@
            // voronka_tsquery_<table>(<operand>)` over PgSchema's tsvector column.
            if (upper(word) == "MATCH" && !names.empty() && names.back() != "." &&
                names.back().front() != '"' && lastWordEnd != std::string::npos) {
                out.sql.insert(lastWordEnd, ".doc");
                out.sql += "@@ voronka_tsquery_" + lower(names.back()) + "(";
                closeMatch = true;
                names.emplace_back(word);
                i = skipSpace(s, j);
                continue;
            }
            at.push_back(out.sql.size());
            // SQLite's NOCASE is PgSchema's voronka_nocase (the columns carry it already).
            // SQLite's rowid is the `id` column on PostgreSQL: an INTEGER PRIMARY KEY is the
            // rowid's alias, and the search table's id is its FTS5 rowid (PgSchema).
            if (!names.empty() && upper(names.back()) == "COLLATE" && upper(word) == "NOCASE")
                out.sql.append("voronka_nocase");
            else if (upper(word) == "ROWID")
                out.sql.append("id");
            else if (upper(word) == "TEMP" && j < n && s[j] == '.')
                out.sql.append("pg_temp"); // SQLite's temp schema
            else
                out.sql.append(word);
            lastWordEnd = out.sql.size();
            names.emplace_back(word);
            i = j;
        } else if (c >= '0' && c <= '9') {
            size_t j = i + 1; // a number, so that 1e5 is not taken for a word
            while (j < n && (isIdentPart(static_cast<unsigned char>(s[j])) || s[j] == '.'))
                ++j;
            out.sql.append(s.substr(i, j - i));
            i = j;
        } else {
            if (c == '.') {
                at.push_back(out.sql.size());
                names.emplace_back(".");
            }
            out.sql += c;
            ++i;
        }
    }
    for (const std::string &w : names)
        if (upper(w) == "RETURNING")
            out.returning = true;
    // INSERT [OR x] INTO name[.name]
    size_t k = 1;
    bool orIgnore = false;
    if (!names.empty() && upper(names[0]) == "INSERT") {
        if (k < names.size() && upper(names[k]) == "OR") {
            orIgnore = k + 1 < names.size() && upper(names[k + 1]) == "IGNORE";
            k += 2;
        }
        if (k + 1 < names.size() && upper(names[k]) == "INTO") {
            out.insertTable = names[k + 1];
            for (k += 2; k + 1 < names.size() && names[k] == "."; k += 2)
                out.insertTable += "." + names[k + 1];
        }
    }
    // INSERT OR IGNORE: ON CONFLICT DO NOTHING, before a RETURNING clause (every unique index
    // is an arbiter, as SQLite's IGNORE skips a row that breaks any of them).
    if (orIgnore && at.size() > 3) {
        size_t returningAt = std::string::npos;
        for (size_t w = 0; w < names.size(); ++w)
            if (upper(names[w]) == "RETURNING")
                returningAt = at[w];
        std::string sql = out.sql.substr(0, at[1]) + out.sql.substr(at[3]);
        const size_t cut = at[3] - at[1];
        if (returningAt == std::string::npos) {
            while (!sql.empty() && (sql.back() == ';' || sql.back() == ' ' || sql.back() == '\n'))
                sql.pop_back();
            sql += " ON CONFLICT DO NOTHING";
        } else {
            sql.insert(returningAt - cut, "ON CONFLICT DO NOTHING ");
        }
        out.sql = std::move(sql);
    }
    return out;
}

Control control(std::string_view sql)
{
    std::vector<std::string> w;
    size_t i = 0;
    while (i < sql.size()) {
        const unsigned char c = static_cast<unsigned char>(sql[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';') {
            ++i;
            continue;
        }
        if (!isIdentPart(c))
            return {};
        size_t j = i;
        while (j < sql.size() && isIdentPart(static_cast<unsigned char>(sql[j])))
            ++j;
        w.push_back(upper(sql.substr(i, j - i)));
        i = j;
    }
    using K = Control::Kind;
    auto is = [&](size_t at, const char *word) {
        return at < w.size() && w[at] == word;
    };
    const size_t size = w.size();
    if (is(0, "BEGIN")) {
        size_t k = 1;
        K kind = K::Begin;
        if (is(k, "DEFERRED")) {
            ++k;
        } else if (is(k, "IMMEDIATE") || is(k, "EXCLUSIVE")) {
            kind = K::BeginWrite;
            ++k;
        }
        if (is(k, "TRANSACTION"))
            ++k;
        return k == size ? Control{kind, {}} : Control{};
    }
    if (is(0, "COMMIT") || is(0, "END"))
        return size == 1 || (size == 2 && is(1, "TRANSACTION")) ? Control{K::Commit, {}}
                                                                : Control{};
    if (is(0, "ROLLBACK")) {
        size_t k = 1;
        if (is(k, "TRANSACTION"))
            ++k;
        if (k == size)
            return {K::Rollback, {}};
        if (!is(k, "TO"))
            return {};
        ++k;
        if (is(k, "SAVEPOINT") && k + 2 == size)
            ++k;
        return k + 1 == size ? Control{K::RollbackTo, lower(w[k])} : Control{};
    }
    if (is(0, "SAVEPOINT"))
        return size == 2 ? Control{K::Savepoint, lower(w[1])} : Control{};
    if (is(0, "RELEASE")) {
        size_t k = 1;
        if (is(k, "SAVEPOINT") && size == 3)
            ++k;
        return k + 1 == size ? Control{K::Release, lower(w[k])} : Control{};
    }
    return {};
}

int primaryCode(const char *sqlState)
{
    if (!sqlState || std::strlen(sqlState) != 5)
        return SQLITE_IOERR; // libpq's own: the connection broke
    const std::string_view s(sqlState, 5);
    const std::string_view cls = s.substr(0, 2);
    if (cls == "23" || s == "40002")
        return SQLITE_CONSTRAINT; // unique, foreign key, not null, check, exclusion
    // Another transaction holds what this one needs: SQLite's "the database is locked".
    if (s == "40001" || s == "40P01" || s == "55P03" || s == "55006")
        return SQLITE_BUSY;
    if (s == "25P02" || cls == "40")
        return SQLITE_ABORT; // the transaction was rolled back
    if (s == "25006")
        return SQLITE_READONLY;
    if (s == "53100")
        return SQLITE_FULL;
    if (s == "53200")
        return SQLITE_NOMEM;
    if (s == "57014")
        return SQLITE_INTERRUPT; // statement_timeout or a cancel
    if (s == "42501" || cls == "28")
        return SQLITE_PERM;
    if (s == "22P02" || s == "22003" || s == "22001" || s == "42804")
        return SQLITE_MISMATCH; // a value the column's type does not take
    if (cls == "08" || cls == "57" || cls == "58")
        return SQLITE_IOERR; // connection lost, server shutting down, system error
    if (cls == "XX")
        return SQLITE_CORRUPT;
    return SQLITE_ERROR;
}

} // namespace Voronka::Core::PgDialect
