// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/storage/pgtriggers.h"

#include "core/storage/sqlite.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <stdexcept>

namespace Voronka::Core::PgSchema::Detail {

namespace {

// ---- Tokens and the tree of parentheses ---------------------------------------------------

struct Tok
{
    enum Kind { Word, Quoted, Number, String, Op, Open, Comma, Semi, Dot };
    Kind kind = Word;
    std::string text;
};

struct Node
{
    Tok tok;
    std::vector<Node> kids; // a parenthesized group (tok.kind == Open): its contents
    bool group() const { return tok.kind == Tok::Open; }
};
using Seq = std::vector<Node>;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

[[noreturn]] void refuse(const std::string &owner, const std::string &what)
{
    throw std::runtime_error("PostgreSQL schema: " + owner + ": " + what +
                             " has no PostgreSQL form here");
}

std::vector<Tok> tokenize(const std::string &owner, const std::string &s)
{
    std::vector<Tok> out;
    size_t i = 0;
    auto isWord = [](unsigned char c) {
        return std::isalnum(c) || c == '_' || c >= 0x80;
    };
    while (i < s.size()) {
        const unsigned char c = s[i];
        if (std::isspace(c)) {
            ++i;
        } else if (c == '-' && i + 1 < s.size() && s[i + 1] == '-') {
            i = s.find('\n', i);
            if (i == std::string::npos)
                i = s.size();
        } else if (c == '/' && i + 1 < s.size() && s[i + 1] == '*') {
            const size_t end = s.find("*/", i + 2);
            i = end == std::string::npos ? s.size() : end + 2;
        } else if (c == '\'' || c == '"' || c == '`' || c == '[') {
            const char close = c == '[' ? ']' : char(c);
            size_t j = i + 1;
            std::string text;
            for (;; ++j) {
                if (j >= s.size())
                    refuse(owner, "an unterminated quote");
                if (s[j] == close) {
                    if (close != ']' && j + 1 < s.size() && s[j + 1] == close) {
                        text += close;
                        ++j;
                        continue;
                    }
                    break;
                }
                text += s[j];
            }
            if (c == '\'')
                out.push_back({Tok::String, "'" + s.substr(i + 1, j - i - 1) + "'"});
            else
                out.push_back({Tok::Quoted, text});
            i = j + 1;
        } else if (std::isdigit(c) || (c == '.' && i + 1 < s.size() && std::isdigit(s[i + 1]))) {
            size_t j = i;
            while (j < s.size() &&
                   (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '.' ||
                    ((s[j] == '+' || s[j] == '-') && (s[j - 1] == 'e' || s[j - 1] == 'E') &&
                     s.compare(i, 2, "0x") != 0)))
                ++j;
            out.push_back({Tok::Number, s.substr(i, j - i)});
            i = j;
        } else if (isWord(c)) {
            size_t j = i;
            while (j < s.size() && isWord(static_cast<unsigned char>(s[j])))
                ++j;
            out.push_back({Tok::Word, s.substr(i, j - i)});
            i = j;
        } else if (c == '(') {
            out.push_back({Tok::Open, "("});
            ++i;
        } else if (c == ')') {
            out.push_back({Tok::Op, ")"});
            ++i;
        } else if (c == ',') {
            out.push_back({Tok::Comma, ","});
            ++i;
        } else if (c == ';') {
            out.push_back({Tok::Semi, ";"});
            ++i;
        } else if (c == '.') {
            out.push_back({Tok::Dot, "."});
            ++i;
        } else {
            static const char *const two[] = {"||", "<=", ">=", "<>", "!=", "==", "<<", ">>", "->"};
            std::string op(1, char(c));
            for (const char *t : two)
                if (s.compare(i, 2, t) == 0)
                    op = t;
            if (op == "->" || op == "?" || op == ":" || op == "@" || op == "$" || op == "#")
                refuse(owner, "the operator " + op);
            out.push_back({Tok::Op, op});
            i += op.size();
        }
    }
    return out;
}

Seq parse(const std::string &owner, const std::vector<Tok> &toks, size_t &i, bool nested)
{
    Seq out;
    while (i < toks.size()) {
        const Tok &t = toks[i++];
        if (t.kind == Tok::Op && t.text == ")") {
            if (!nested)
                refuse(owner, "an unbalanced )");
            return out;
        }
        Node n{t, {}};
        if (t.kind == Tok::Open)
            n.kids = parse(owner, toks, i, true);
        out.push_back(std::move(n));
    }
    if (nested)
        refuse(owner, "an unbalanced (");
    return out;
}

Seq parse(const std::string &owner, const std::string &sql)
{
    size_t i = 0;
    return parse(owner, tokenize(owner, sql), i, false);
}

Node word(const std::string &w)
{
    return {{Tok::Word, w}, {}};
}
Node op(const std::string &o)
{
    return {{Tok::Op, o}, {}};
}
Node group(Seq kids)
{
    return {{Tok::Open, "("}, std::move(kids)};
}
Node quoted(const std::string &name)
{
    return {{Tok::Quoted, name}, {}};
}

std::string render(const Seq &s)
{
    std::string out;
    const Node *prev = nullptr;
    for (const Node &n : s) {
        const bool tight = !prev || prev->tok.kind == Tok::Dot || n.tok.kind == Tok::Dot ||
                           n.tok.kind == Tok::Comma || n.tok.kind == Tok::Semi ||
                           (n.tok.kind == Tok::Op && n.tok.text == "::") ||
                           (prev->tok.kind == Tok::Op && prev->tok.text == "::") ||
                           (n.tok.kind == Tok::Op && (n.tok.text == "[" || n.tok.text == "]")) ||
                           (prev->tok.kind == Tok::Op && prev->tok.text == "[") ||
                           (n.group() && prev->tok.kind == Tok::Word);
        if (!tight)
            out += ' ';
        if (n.group())
            out += "(" + render(n.kids) + ")";
        else if (n.tok.kind == Tok::Quoted) {
            std::string q = "\"";
            for (char ch : n.tok.text)
                q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
            out += q + "\"";
        } else
            out += n.tok.text;
        prev = &n;
    }
    return out;
}

bool is(const Node &n, const char *w)
{
    return n.tok.kind == Tok::Word && lower(n.tok.text) == w;
}
bool at(const Seq &s, size_t i, const char *w)
{
    return i < s.size() && is(s[i], w);
}
// A name: a bare or a quoted identifier.
bool isName(const Node &n)
{
    return n.tok.kind == Tok::Word || n.tok.kind == Tok::Quoted;
}

// Splits at the commas of this level.
std::vector<Seq> split(const Seq &s, Tok::Kind at = Tok::Comma)
{
    std::vector<Seq> out(1);
    for (const Node &n : s) {
        if (n.tok.kind == at)
            out.emplace_back();
        else
            out.back().push_back(n);
    }
    if (out.size() == 1 && out[0].empty())
        out.clear();
    return out;
}

Seq join(const std::vector<Seq> &parts, Tok::Kind sep = Tok::Comma)
{
    Seq out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out.push_back({{sep, sep == Tok::Comma ? "," : ";"}, {}});
        out.insert(out.end(), parts[i].begin(), parts[i].end());
    }
    return out;
}

// Words that are SQL, not names (so a word before a group is not a function call).
const std::set<std::string> &keywords()
{
    static const std::set<std::string> k = {
        "abort",   "after",     "all",       "and",     "as",      "asc",       "before",
        "begin",   "between",   "by",        "case",    "cast",    "collate",   "conflict",
        "create",  "cross",     "default",   "delete",  "desc",    "distinct",  "do",
        "each",    "else",      "end",       "escape",  "except",  "exists",    "fail",
        "false",   "filter",    "first",     "for",     "from",    "glob",      "group",
        "having",  "if",        "ignore",    "in",      "indexed", "inner",     "insert",
        "instead", "intersect", "into",      "is",      "join",    "last",      "left",
        "like",    "limit",     "match",     "natural", "not",     "nothing",   "null",
        "nulls",   "of",        "offset",    "on",      "or",      "order",     "outer",
        "over",    "raise",     "recursive", "regexp",  "replace", "returning", "rollback",
        "row",     "select",    "set",       "then",    "trigger", "true",      "union",
        "update",  "using",     "values",    "view",    "when",    "where",     "window",
        "with"};
    return k;
}

bool isKeyword(const Node &n)
{
    return n.tok.kind == Tok::Word && keywords().count(lower(n.tok.text)) > 0;
}

// ---- The schema the text runs on ----------------------------------------------------------

struct Table
{
    std::vector<std::string> key;             // primary key columns, in order
    std::map<std::string, std::string> types; // lower-case column name -> declared type, upper
};

struct SchemaInfo
{
    std::map<std::string, Table> tables; // lower-case name
    std::set<std::string> untyped;       // column names declared without a type somewhere
    std::set<std::string> typed;         // column names declared with a type somewhere
};

SchemaInfo readSchema(Connection &m)
{
    SchemaInfo info;
    std::vector<std::pair<std::string, bool>> names; // name, virtual
    {
        Query q = m.prepare("SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema "
                            "WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' "
                            "ORDER BY name");
        while (q->step())
            names.emplace_back(q->text(0).toStdString(), q->int64(1) != 0);
    }
    // A virtual table's shadow tables have no PostgreSQL form; its columns are TEXT there.
    auto shadow = [&](const std::string &name) {
        return std::any_of(names.begin(), names.end(), [&](const auto &v) {
            return v.second && name.rfind(v.first + "_", 0) == 0;
        });
    };
    for (const auto &[name, isVirtual] : names) {
        if (shadow(name))
            continue;
        Table &t = info.tables[lower(name)];
        std::vector<std::pair<int, std::string>> key;
        Query q = m.prepare("SELECT name, upper(trim(type)), pk FROM pragma_table_info(?1)");
        q->bind(1, QString::fromStdString(name));
        while (q->step()) {
            const std::string col = lower(q->text(0).toStdString());
            const std::string type = isVirtual ? "TEXT" : q->text(1).toStdString();
            t.types[col] = type;
            (type.empty() ? info.untyped : info.typed).insert(col);
            if (q->int64(2))
                key.emplace_back(int(q->int64(2)), q->text(0).toStdString());
        }
        if (isVirtual) {
            t.types["id"] = "INTEGER";
            key = {{1, "id"}};
        }
        std::sort(key.begin(), key.end());
        for (const auto &k : key)
            t.key.push_back(k.second);
    }
    return info;
}

// ---- The rules ----------------------------------------------------------------------------

struct Ctx
{
    const SchemaInfo &schema;
    std::string owner;  // "trigger x" / "view y", for errors
    std::string rowNew; // what NEW and OLD are called in the body (a deferred body's parameters)
    std::string rowOld;
};

bool isAggregateName(const std::string &name)
{
    return name == "count" || name == "sum" || name == "total" || name == "avg" ||
           name == "group_concat" || name == "string_agg";
}

// A call of an aggregate at this level or inside its expressions, not inside a subquery.
bool hasAggregate(const Seq &s)
{
    for (size_t i = 0; i < s.size(); ++i) {
        const Node &n = s[i];
        if (n.group()) {
            if (!n.kids.empty() && is(n.kids[0], "select"))
                continue;
            if (i > 0 && s[i - 1].tok.kind == Tok::Word && !isKeyword(s[i - 1])) {
                const std::string f = lower(s[i - 1].tok.text);
                const size_t args = split(n.kids).size();
                if (isAggregateName(f) || ((f == "max" || f == "min") && args == 1))
                    return true;
            }
            if (hasAggregate(n.kids))
                return true;
        }
    }
    return false;
}

// A column reference alone (`c` or `t.c`), and its column name.
bool plainReference(const Seq &item, std::string *column)
{
    if (item.size() == 1 && isName(item[0]) && !isKeyword(item[0])) {
        *column = item[0].tok.text;
        return true;
    }
    if (item.size() == 3 && isName(item[0]) && item[1].tok.kind == Tok::Dot && isName(item[2])) {
        *column = item[2].tok.text;
        return true;
    }
    return false;
}

// Whether an expression reads a column of the row (not only in a subquery of its own).
bool readsColumns(const Seq &s)
{
    for (size_t i = 0; i < s.size(); ++i) {
        const Node &n = s[i];
        if (n.group()) {
            if ((n.kids.empty() || !is(n.kids[0], "select")) && readsColumns(n.kids))
                return true;
            continue;
        }
        const bool call = i + 1 < s.size() && s[i + 1].group();
        if (isName(n) && !isKeyword(n) && !call && !(i > 0 && is(s[i - 1], "as")))
            return true;
    }
    return false;
}

// SQLite's bare column beside max(x) or min(x) in an aggregate query without GROUP BY takes
// its value from the row that has the maximum (minimum); PostgreSQL refuses a bare column.
// Rewritten as (array_agg(c ORDER BY x DESC NULLS LAST))[1], which on no rows gives NULL in
// the one result row as SQLite's does.
void bareColumns(Seq &s, const Ctx &c)
{
    for (size_t i = 0; i < s.size(); ++i) {
        if (!is(s[i], "select"))
            continue;
        size_t begin = i + 1;
        if (at(s, begin, "distinct") || at(s, begin, "all"))
            ++begin;
        size_t end = begin; // end of the select list
        while (end < s.size() && !at(s, end, "from") && !at(s, end, "where") &&
               !at(s, end, "union") && !at(s, end, "intersect") && !at(s, end, "except") &&
               !at(s, end, "group") && !at(s, end, "order") && !at(s, end, "limit") &&
               s[end].tok.kind != Tok::Semi)
            ++end;
        bool grouped = false;
        for (size_t j = end; j < s.size(); ++j) {
            if (at(s, j, "select") || at(s, j, "union") || at(s, j, "intersect") ||
                at(s, j, "except") || s[j].tok.kind == Tok::Semi)
                break;
            if (at(s, j, "group"))
                grouped = true;
        }
        const Seq list(s.begin() + long(begin), s.begin() + long(end));
        if (grouped || !hasAggregate(list))
            continue;
        std::vector<Seq> items = split(list);
        const Seq *extreme = nullptr; // the argument of the one max()/min()
        bool descending = true;
        int extremes = 0;
        auto strip = [](const Seq &item) { // without its AS alias
            if (item.size() >= 2 && is(item[item.size() - 2], "as"))
                return Seq(item.begin(), item.end() - 2);
            return item;
        };
        for (const Seq &item : items) {
            const Seq e = strip(item);
            if (e.size() == 2 && e[1].group() && (is(e[0], "max") || is(e[0], "min")) &&
                split(e[1].kids).size() == 1) {
                ++extremes;
                extreme = &item;
                descending = is(e[0], "max");
            }
        }
        std::vector<Seq> out;
        for (const Seq &item : items) {
            const Seq e = strip(item);
            std::string column;
            if (hasAggregate(e) || !readsColumns(e)) {
                out.push_back(item);
                continue;
            }
            if (!plainReference(e, &column))
                refuse(c.owner, "a column expression beside an aggregate without GROUP BY");
            if (extremes != 1)
                refuse(c.owner, "a bare column beside aggregates other than one max() or min()");
            const Seq arg = strip(*extreme)[1].kids;
            Seq agg = e;
            agg.push_back(word("ORDER"));
            agg.push_back(word("BY"));
            agg.insert(agg.end(), arg.begin(), arg.end());
            for (const char *w : {descending ? "DESC" : "ASC", "NULLS", "LAST"})
                agg.push_back(word(w));
            Seq rewritten{
                group({word("array_agg"), group(agg)}), op("["), {{Tok::Number, "1"}, {}}, op("]")};
            rewritten.push_back(word("AS"));
            rewritten.push_back(item.size() != e.size() ? item.back() : quoted(column));
            out.push_back(rewritten);
        }
        Seq joined = join(out);
        s.erase(s.begin() + long(begin), s.begin() + long(end));
        s.insert(s.begin() + long(begin), joined.begin(), joined.end());
    }
}

void translateSeq(Seq &s, const Ctx &c);

// `INSERT INTO t ... ON CONFLICT DO UPDATE SET ...`: the conflict target PostgreSQL needs (t's
// primary key; SQLite takes the first constraint that fails) and the SET expressions' bare
// columns qualified with t (PostgreSQL finds `n` in both t and excluded otherwise).
void upsert(Seq &s, const Ctx &c)
{
    std::string target;
    for (size_t i = 0; i + 1 < s.size(); ++i)
        if (is(s[i], "insert")) {
            if (!at(s, i + 1, "into"))
                refuse(c.owner, "INSERT OR ... / REPLACE");
            if (i + 2 >= s.size() || !isName(s[i + 2]))
                refuse(c.owner, "an INSERT without its table");
            target = lower(s[i + 2].tok.text);
            if (at(s, i + 3, "as"))
                refuse(c.owner, "an INSERT target alias");
            break;
        }
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        if (!(is(s[i], "on") && is(s[i + 1], "conflict")))
            continue;
        if (target.empty())
            refuse(c.owner, "ON CONFLICT outside an INSERT");
        const auto t = c.schema.tables.find(target);
        if (t == c.schema.tables.end())
            refuse(c.owner, "an INSERT into " + target + ", which is not a table,");
        size_t doAt = i + 2;
        if (s[doAt].group()) { // a target of its own
            ++doAt;
            if (at(s, doAt, "where"))
                refuse(c.owner, "a partial ON CONFLICT target");
        } else {
            if (t->second.key.empty())
                refuse(c.owner, "ON CONFLICT on " + target + ", which has no primary key,");
            std::vector<Seq> key;
            for (const std::string &k : t->second.key)
                key.push_back({quoted(k)});
            s.insert(s.begin() + long(doAt), group(join(key)));
            ++doAt;
        }
        if (!at(s, doAt, "do"))
            refuse(c.owner, "ON CONFLICT without DO");
        if (at(s, doAt + 1, "nothing"))
            continue;
        if (!at(s, doAt + 1, "update") || !at(s, doAt + 2, "set"))
            refuse(c.owner, "ON CONFLICT DO other than NOTHING or UPDATE SET");
        // Qualify the bare columns of t after each `col =` of the SET list and in its WHERE.
        bool assignment = true;
        for (size_t j = doAt + 3; j < s.size(); ++j) {
            Node &n = s[j];
            if (n.tok.kind == Tok::Comma) {
                assignment = true;
                continue;
            }
            if (assignment) {
                if (n.tok.kind == Tok::Op && n.tok.text == "=")
                    assignment = false;
                continue;
            }
            if (is(n, "returning") || n.tok.kind == Tok::Semi)
                break;
            if (n.group() && (n.kids.empty() || !is(n.kids[0], "select")))
                refuse(c.owner, "an ON CONFLICT SET with parentheses or calls");
            const bool qualified = (j > 0 && s[j - 1].tok.kind == Tok::Dot) ||
                                   (j + 1 < s.size() && s[j + 1].tok.kind == Tok::Dot);
            if (isName(n) && !isKeyword(n) && !qualified &&
                t->second.types.count(lower(n.tok.text))) {
                s.insert(s.begin() + long(j), {quoted(target), {{Tok::Dot, "."}, {}}});
                j += 2;
            }
        }
    }
}

// An expression whose value is a truth value: SQLite's is the integer 1 or 0 (or NULL),
// PostgreSQL's a boolean, which arithmetic does not take.
bool isBoolean(const Seq &s)
{
    static const std::set<std::string> comparisons = {"=", "==", "<>", "!=", "<", ">", "<=", ">="};
    for (const Node &n : s) {
        if (n.tok.kind == Tok::Op && comparisons.count(n.tok.text))
            return true;
        for (const char *w : {"and", "or", "not", "is", "in", "like", "between", "exists"})
            if (is(n, w))
                return true;
    }
    return false;
}

bool isArithmetic(const Node &n)
{
    static const std::set<std::string> ops = {"+", "-", "*", "/", "%", "&", "|"};
    return n.tok.kind == Tok::Op && ops.count(n.tok.text);
}

// A function call `name(args)` at s[i], s[i + 1]; returns how many nodes it left there.
size_t call(Seq &s, size_t i, const Ctx &c)
{
    const std::string f = lower(s[i].tok.text);
    std::vector<Seq> args = split(s[i + 1].kids);
    for (Seq &a : args)
        translateSeq(a, c);
    if (f == "julianday") {
        if (args.size() != 1)
            refuse(c.owner, "julianday() with modifiers");
        s[i].tok.text = "voronka_julianday";
        Seq arg{group(args[0]), op("::"), word("text")};
        s[i + 1].kids = arg;
        return 2;
    }
    if ((f == "max" || f == "min") && args.size() >= 2) {
        // SQLite's scalar max/min is NULL when any argument is; greatest/least skip NULLs.
        Seq e{word("CASE"), word("WHEN")};
        for (size_t a = 0; a < args.size(); ++a) {
            if (a)
                e.push_back(word("OR"));
            e.push_back(group(args[a]));
            e.push_back(word("IS"));
            e.push_back(word("NULL"));
        }
        e.push_back(word("THEN"));
        e.push_back(word("NULL"));
        e.push_back(word("ELSE"));
        e.push_back(word(f == "max" ? "greatest" : "least"));
        e.push_back(group(join(args)));
        e.push_back(word("END"));
        s.erase(s.begin() + long(i), s.begin() + long(i) + 2);
        s.insert(s.begin() + long(i), group(e));
        return 1;
    }
    static const std::set<std::string> same = {"coalesce", "count",  "sum",   "max",   "min",
                                               "abs",      "nullif", "lower", "upper", "array_agg"};
    if (!same.count(f))
        refuse(c.owner, "the function " + f + "()");
    if (f == "sum" || f == "abs")
        for (Seq &a : args)
            if (isBoolean(a))
                a = {group(a), op("::"), word("int")};
    if (!(f == "count" && s[i + 1].kids.size() == 1 && s[i + 1].kids[0].tok.text == "*"))
        s[i + 1].kids = join(args);
    return 2;
}

// CAST(e AS type) at s[i], s[i + 1]: SQLite truncates to INTEGER, PostgreSQL rounds.
void cast(Seq &s, size_t i, const Ctx &c)
{
    Seq &kids = s[i + 1].kids;
    size_t as = kids.size();
    for (size_t j = 0; j < kids.size(); ++j)
        if (is(kids[j], "as"))
            as = j;
    if (as + 2 != kids.size())
        refuse(c.owner, "a CAST to a type of more than one word");
    Seq e(kids.begin(), kids.begin() + long(as));
    translateSeq(e, c);
    const std::string type = lower(kids.back().tok.text);
    Seq out;
    if (type == "integer" || type == "int") {
        out = {word("trunc"), group({group(e), op("::"), word("double"), word("precision")}),
               op("::"), word("bigint")};
    } else if (type == "real") {
        out = {group(e), op("::"), word("double"), word("precision")};
    } else if (type == "text") {
        out = {group(e), op("::"), word("text")};
    } else {
        refuse(c.owner, "a CAST to " + type);
    }
    s.erase(s.begin() + long(i), s.begin() + long(i) + 2);
    s.insert(s.begin() + long(i), group(out));
}

// Whether the comma before s[i] separates the tables of a FROM clause (not the items of a
// select list or of IN (...)).
bool inFromList(const Seq &s, size_t i)
{
    while (i-- > 0) {
        if (at(s, i, "from"))
            return true;
        if (at(s, i, "select") || at(s, i, "where") || at(s, i, "in") || at(s, i, "by") ||
            at(s, i, "set") || at(s, i, "values"))
            return false;
    }
    return false;
}

void translateSeq(Seq &s, const Ctx &c)
{
    bareColumns(s, c);
    upsert(s, c);
    for (size_t i = 0; i < s.size(); ++i) {
        Node &n = s[i];
        const bool next = i + 1 < s.size();
        if (n.group()) {
            const bool truth = !n.kids.empty() && !is(n.kids[0], "select") && isBoolean(n.kids);
            translateSeq(n.kids, c);
            if (truth && ((i > 0 && isArithmetic(s[i - 1])) || (next && isArithmetic(s[i + 1])))) {
                s.insert(s.begin() + long(i) + 1, {op("::"), word("int")});
                i += 2;
                continue;
            }
            // PostgreSQL 15 wants a name for a subquery in FROM; SQLite does not.
            const bool subquery = !n.kids.empty() && is(n.kids[0], "select");
            const bool inFrom = i > 0 && (is(s[i - 1], "from") || is(s[i - 1], "join") ||
                                          s[i - 1].tok.kind == Tok::Comma);
            const bool named =
                next && isName(s[i + 1]) && (!isKeyword(s[i + 1]) || at(s, i + 1, "as"));
            if (subquery && inFrom && !named &&
                !(i > 0 && s[i - 1].tok.kind == Tok::Comma && !inFromList(s, i))) {
                s.insert(s.begin() + long(i) + 1, word("voronka_subquery"));
                ++i;
            }
            continue;
        }
        if (n.tok.kind == Tok::Op && n.tok.text == "==") {
            n.tok.text = "=";
            continue;
        }
        if (n.tok.kind == Tok::Op &&
            (n.tok.text == "<<" || n.tok.text == ">>" || n.tok.text == "~" || n.tok.text == "||"))
            refuse(c.owner, "the operator " + n.tok.text);
        if (n.tok.kind != Tok::Word && n.tok.kind != Tok::Quoted)
            continue;
        const std::string w = lower(n.tok.text);
        if (n.tok.kind == Tok::Word) {
            if (w == "indexed" && at(s, i + 1, "by")) { // a query plan hint
                s.erase(s.begin() + long(i), s.begin() + long(std::min(i + 3, s.size())));
                --i;
                continue;
            }
            if (w == "not" && at(s, i + 1, "indexed")) {
                s.erase(s.begin() + long(i), s.begin() + long(i) + 2);
                --i;
                continue;
            }
            if (w == "is") {
                // SQLite's IS / IS NOT compare NULL-safely: IS [NOT] DISTINCT FROM.
                if (at(s, i + 1, "not")) {
                    if (at(s, i + 2, "null") || at(s, i + 2, "distinct"))
                        continue;
                    s[i + 1] = word("DISTINCT");
                    s.insert(s.begin() + long(i) + 2, word("FROM"));
                } else if (!at(s, i + 1, "null") && !at(s, i + 1, "distinct") &&
                           !at(s, i + 1, "true") && !at(s, i + 1, "false")) {
                    s.insert(s.begin() + long(i) + 1,
                             {word("NOT"), word("DISTINCT"), word("FROM")});
                }
                continue;
            }
            if (w == "glob" || w == "regexp" || w == "match" || w == "like" || w == "collate" ||
                w == "raise" || w == "over" || w == "filter" || w == "window" || w == "with" ||
                w == "returning")
                refuse(c.owner, "the SQL word " + w);
            if (w == "cast" && next && s[i + 1].group()) {
                cast(s, i, c);
                continue;
            }
            if (next && s[i + 1].group() && !isKeyword(n)) {
                if (i > 0 && s[i - 1].tok.kind == Tok::Dot)
                    refuse(c.owner, "a qualified function name");
                if (i > 1 && is(s[i - 2], "into")) // INSERT INTO t(columns)
                    continue;
                i += call(s, i, c) - 1; // what it left is done
                continue;
            }
            if ((w == "new" || w == "old") && next && s[i + 1].tok.kind == Tok::Dot) {
                const std::string &row = w == "new" ? c.rowNew : c.rowOld;
                if (!row.empty())
                    n = word(row);
            }
            if (isKeyword(n))
                continue;
        }
        // A column name: an untyped SQLite column (jsonb on PostgreSQL) holds what was bound,
        // and the views and triggers read integers from them (stage ids, the day offset).
        if (next && s[i + 1].tok.kind == Tok::Dot)
            continue; // a qualifier: its column follows
        if (i > 0 && is(s[i - 1], "as"))
            continue;
        if (!c.schema.untyped.count(w))
            continue;
        if (c.schema.typed.count(w))
            refuse(c.owner, "the column " + w + ", untyped in one table and typed in another,");
        const bool qualified = i > 1 && s[i - 1].tok.kind == Tok::Dot;
        const size_t from = qualified ? i - 2 : i;
        Seq ref(s.begin() + long(from), s.begin() + long(i) + 1);
        s.erase(s.begin() + long(from), s.begin() + long(i) + 1);
        s.insert(s.begin() + long(from), {word("voronka_int"), group(ref)});
        i = from + 1;
    }
}

std::string translated(const SchemaInfo &schema, const std::string &owner, Seq s,
                       const std::string &rowNew = {}, const std::string &rowOld = {})
{
    Ctx c{schema, owner, rowNew, rowOld};
    translateSeq(s, c);
    return render(s);
}

// ---- Views and triggers -------------------------------------------------------------------

// SQLite's julianday(text) for the forms its date functions read (YYYY-MM-DD with an optional
// time and zone, a time alone on 2000-01-01, a Julian day number), by SQLite's own arithmetic
// (computeJD: months and days are not checked against each other, so 2026-02-30 is March 2nd
// there and here); NULL for text SQLite reads as no date, where PostgreSQL's casts would raise.
// 'now' is NULL here: a view's facts must not depend on when they are read.
const char *const kJulianday = R"SQL(
CREATE FUNCTION voronka_julianday(v text) RETURNS double precision LANGUAGE plpgsql IMMUTABLE
STRICT PARALLEL SAFE AS $voronka$
DECLARE
  m text[];
  y bigint := 2000; mo bigint := 1; d bigint := 1;
  h bigint := 0; mi bigint := 0; s double precision := 0; tz bigint := 0;
  rest text;
  a bigint; b bigint; jd bigint; r double precision;
BEGIN
  m := regexp_match(v, '^(-?)([0-9]{4})-([0-9]{2})-([0-9]{2})(.*)$');
  IF m IS NOT NULL THEN
    y := m[2]::bigint; mo := m[3]::bigint; d := m[4]::bigint;
    IF m[1] = '-' THEN y := -y; END IF;
    IF mo < 1 OR mo > 12 OR d < 1 OR d > 31 THEN RETURN NULL; END IF;
    rest := ltrim(m[5], E' \t\n\r\f\vT');
    IF rest = '' THEN rest := NULL; END IF;
  ELSIF v ~ '^[0-9]{2}:' THEN
    rest := v;
  ELSE
    IF v ~ '^[ \t\n\r\f\v]*[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?[ \t\n\r\f\v]*$' THEN
      r := btrim(v, E' \t\n\r\f\v')::double precision;
      IF r >= 0 AND r < 5373484.5 THEN
        RETURN floor(r * 86400000.0 + 0.5) / 86400000.0;
      END IF;
    END IF;
    RETURN NULL;
  END IF;
  IF y < -4713 OR y > 9999 THEN RETURN NULL; END IF;
  IF rest IS NOT NULL THEN
    m := regexp_match(rest, '^([0-9]{2}):([0-9]{2})(:([0-9]{2})([.][0-9]+)?)?'
                            '[ \t\n\r\f\v]*(([zZ])|([+-])([0-9]{2}):([0-9]{2}))?[ \t\n\r\f\v]*$');
    IF m IS NULL THEN RETURN NULL; END IF;
    h := m[1]::bigint; mi := m[2]::bigint;
    IF h > 24 OR mi > 59 THEN RETURN NULL; END IF;
    IF m[4] IS NOT NULL THEN
      s := m[4]::bigint;
      IF s > 59 THEN RETURN NULL; END IF;
      IF m[5] IS NOT NULL THEN s := s + ('0' || m[5])::double precision; END IF;
    END IF;
    IF m[8] IS NOT NULL THEN
      IF m[9]::bigint > 14 OR m[10]::bigint > 59 THEN RETURN NULL; END IF;
      tz := (m[9]::bigint * 60 + m[10]::bigint) * (CASE m[8] WHEN '-' THEN -1 ELSE 1 END);
    END IF;
  END IF;
  IF mo <= 2 THEN y := y - 1; mo := mo + 12; END IF;
  a := y / 100;
  b := 2 - a + a / 4;
  jd := trunc(((36525 * (y + 4716) / 100) + (306001 * (mo + 1) / 10000) + d + b - 1524.5)
              * 86400000::double precision);
  IF rest IS NOT NULL THEN
    jd := jd + h * 3600000 + mi * 60000 + trunc(s * 1000 + 0.5)::bigint - tz * 60000;
  END IF;
  RETURN jd / 86400000.0::double precision;
END
$voronka$)SQL";

// An untyped SQLite column read in a view or trigger (jsonb on PostgreSQL, the value in its
// own type: postgres.cpp) as the integer it holds, as SQLite's numeric affinity reads it: a
// number without a fraction, or a text of digits; NULL otherwise, where a cast would raise.
const char *const kInt = R"SQL(
CREATE FUNCTION voronka_int(v jsonb) RETURNS bigint LANGUAGE plpgsql IMMUTABLE STRICT
PARALLEL SAFE AS $voronka$
DECLARE
  t text;
  n numeric;
BEGIN
  IF jsonb_typeof(v) = 'number' THEN
    n := v::numeric;
    IF n <> trunc(n) THEN RETURN NULL; END IF;
  ELSIF jsonb_typeof(v) = 'string' THEN
    t := v #>> '{}';
    IF t !~ '^[ \t\n\r\f\v]*[+-]?[0-9]+[ \t\n\r\f\v]*$' THEN RETURN NULL; END IF;
    n := btrim(t, E' \t\n\r\f\v')::numeric;
  ELSE
    RETURN NULL;
  END IF;
  IF n < -9223372036854775808 OR n > 9223372036854775807 THEN RETURN NULL; END IF;
  RETURN n::bigint;
END
$voronka$)SQL";

// An AFTER trigger's turn, recorded by its BEFORE stand-in: SQLite runs a row's AFTER triggers
// before the next row's BEFORE triggers, PostgreSQL only when the statement ends. The pending
// calls wait in a transaction-local setting per table until the next row or the statement's
// end (voronka_flush_<table>) runs them.
const char *const kDefer = R"SQL(
CREATE FUNCTION voronka_defer() RETURNS trigger LANGUAGE plpgsql AS $voronka$
DECLARE
  k text := 'voronka.pending_' || TG_TABLE_NAME;
BEGIN
  PERFORM set_config(k, (coalesce(nullif(current_setting(k, true), ''), '[]')::jsonb
    || jsonb_build_array(jsonb_build_object('f', TG_ARGV[0], 'o', to_jsonb(OLD),
                                            'n', to_jsonb(NEW))))::text, true);
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$voronka$)SQL";

std::string sqlString(const std::string &text)
{
    std::string out = "'";
    for (char ch : text)
        out += ch == '\'' ? std::string("''") : std::string(1, ch);
    return out + "'";
}

// Runs the pending AFTER bodies of `table` (`bodies`: their functions' names). Static calls,
// not EXECUTE: their plans stay cached (a third of a budget edit's time went to EXECUTE).
std::string flushFunction(const std::string &table, const std::vector<std::string> &bodies)
{
    const std::string t = render({quoted(table)});
    std::string f = "CREATE FUNCTION " + render({quoted("voronka_flush_" + table)}) +
                    "() RETURNS trigger LANGUAGE plpgsql AS $voronka$\n"
                    "DECLARE\n"
                    "  k text := " +
                    sqlString("voronka.pending_" + table) +
                    ";\n"
                    "  p jsonb := nullif(current_setting(k, true), '')::jsonb;\n"
                    "  e jsonb;\n"
                    "  o " +
                    t + ";\n  n " + t +
                    ";\n"
                    "BEGIN\n"
                    "  IF p IS NOT NULL THEN\n"
                    "    PERFORM set_config(k, '', true);\n"
                    "    FOR e IN SELECT x FROM jsonb_array_elements(p) x LOOP\n"
                    "      o := CASE jsonb_typeof(e->'o') WHEN 'object' THEN\n"
                    "        jsonb_populate_record(NULL::" +
                    t +
                    ", e->'o') END;\n"
                    "      n := CASE jsonb_typeof(e->'n') WHEN 'object' THEN\n"
                    "        jsonb_populate_record(NULL::" +
                    t +
                    ", e->'n') END;\n"
                    "      CASE e->>'f'\n";
    for (const std::string &b : bodies)
        f += "        WHEN " + sqlString(b) + " THEN PERFORM " + render({quoted(b)}) + "(o, n);\n";
    return f + "      END CASE;\n"
               "    END LOOP;\n"
               "  END IF;\n"
               "  IF TG_LEVEL = 'STATEMENT' THEN RETURN NULL; END IF;\n"
               "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;\n"
               "  RETURN NEW;\n"
               "END\n"
               "$voronka$";
}

struct Trigger
{
    std::string name;
    std::string table;
    bool before = false;
    std::string event; // INSERT, DELETE, UPDATE or UPDATE OF "a", "b"
    Seq when;          // empty: always
    std::vector<Seq> body;
};

Trigger parseTrigger(const std::string &owner, Seq s)
{
    Trigger t;
    size_t i = 0;
    auto expect = [&](const char *w) {
        if (!at(s, i, w))
            refuse(owner, std::string("a trigger without ") + w + " where expected");
        ++i;
    };
    expect("create");
    if (at(s, i, "temp") || at(s, i, "temporary"))
        refuse(owner, "a temporary trigger");
    expect("trigger");
    if (at(s, i, "if"))
        i += 3;
    if (i >= s.size() || !isName(s[i]))
        refuse(owner, "a trigger without a name");
    t.name = s[i++].tok.text;
    if (at(s, i, "instead"))
        refuse(owner, "an INSTEAD OF trigger");
    if (at(s, i, "before"))
        t.before = true;
    else if (!at(s, i, "after"))
        refuse(owner, "a trigger without BEFORE or AFTER");
    ++i;
    if (at(s, i, "insert") || at(s, i, "delete")) {
        t.event = lower(s[i].tok.text) == "insert" ? "INSERT" : "DELETE";
        ++i;
    } else if (at(s, i, "update")) {
        t.event = "UPDATE";
        ++i;
        if (at(s, i, "of")) {
            ++i;
            std::string cols;
            while (i < s.size() && isName(s[i]) && !at(s, i, "on")) {
                cols += (cols.empty() ? " OF " : ", ") + render({quoted(s[i].tok.text)});
                ++i;
                if (i < s.size() && s[i].tok.kind == Tok::Comma)
                    ++i;
            }
            t.event += cols;
        }
    } else {
        refuse(owner, "a trigger on an event other than INSERT, DELETE or UPDATE");
    }
    expect("on");
    if (i >= s.size() || !isName(s[i]))
        refuse(owner, "a trigger without its table");
    t.table = s[i++].tok.text;
    if (at(s, i, "for")) {
        expect("for");
        expect("each");
        expect("row");
    }
    if (at(s, i, "when")) {
        ++i;
        while (i < s.size() && !at(s, i, "begin"))
            t.when.push_back(s[i++]);
    }
    expect("begin");
    if (s.empty() || !is(s.back(), "end"))
        refuse(owner, "a trigger body without END");
    Seq body(s.begin() + long(i), s.end() - 1);
    for (Seq &stmt : split(body, Tok::Semi))
        if (!stmt.empty())
            t.body.push_back(std::move(stmt));
    return t;
}

// A PL/pgSQL statement from an SQL statement of a trigger body.
std::string bodyStatement(const SchemaInfo &schema, const std::string &owner, Seq stmt,
                          const std::string &rowNew, const std::string &rowOld)
{
    if (!(is(stmt[0], "insert") || is(stmt[0], "update") || is(stmt[0], "delete") ||
          is(stmt[0], "select")))
        refuse(owner, "a trigger statement " + stmt[0].tok.text);
    const bool select = is(stmt[0], "select");
    std::string sql = translated(schema, owner, std::move(stmt), rowNew, rowOld);
    if (select) // PL/pgSQL runs a query for its effects as PERFORM
        sql = "PERFORM" + sql.substr(6);
    return "  " + sql + ";\n";
}

} // namespace

std::string translate(Connection &m, const std::string &owner, const std::string &sql)
{
    return translated(readSchema(m), owner, parse(owner, sql));
}

void appendViewsAndTriggers(Connection &m, std::vector<std::string> &out)
{
    const SchemaInfo schema = readSchema(m);
    std::vector<std::tuple<std::string, std::string, std::string>> objects; // type, name, sql
    {
        Query q = m.prepare("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('view', "
                            "'trigger') ORDER BY type = 'trigger', rowid");
        while (q->step())
            objects.emplace_back(q->text(0).toStdString(), q->text(1).toStdString(),
                                 q->text(2).toStdString());
    }
    out.push_back(kJulianday);
    out.push_back(kInt);
    out.push_back(kDefer);
    std::map<std::string, std::vector<std::string>> deferred; // table -> its AFTER bodies
    for (const auto &[type, name, sql] : objects) {
        const std::string owner = type + " " + name;
        Seq s = parse(owner, sql);
        if (type == "view") {
            size_t i = 0;
            while (i < s.size() && !is(s[i], "as"))
                ++i;
            if (i < 3 || s[i - 1].group())
                refuse(owner, "a view with a column list or without AS");
            out.push_back("CREATE VIEW " + render({quoted(name)}) + " AS " +
                          translated(schema, owner, Seq(s.begin() + long(i) + 1, s.end())));
            continue;
        }
        const Trigger t = parseTrigger(owner, s);
        const std::string table = render({quoted(t.table)});
        const std::string fn = render({quoted(t.name)});
        std::string when;
        if (!t.when.empty()) {
            when = translated(schema, owner, t.when);
            if (t.when.size() == 1 && t.when[0].tok.kind == Tok::Number) // SQLite's truth
                when = std::stod(t.when[0].tok.text) != 0 ? "true" : "false";
            when = " WHEN (" + when + ")";
        }
        if (t.before) {
            std::string f = "CREATE FUNCTION " + fn +
                            "() RETURNS trigger LANGUAGE plpgsql AS $voronka$\nBEGIN\n";
            for (const Seq &stmt : t.body)
                f += bodyStatement(schema, owner, stmt, {}, {});
            f += t.event == "DELETE" ? "  RETURN OLD;\n" : "  RETURN NEW;\n";
            out.push_back(f + "END\n$voronka$");
            out.push_back("CREATE TRIGGER " + fn + " BEFORE " + t.event + " ON " + table +
                          " FOR EACH ROW" + when + " EXECUTE FUNCTION " + fn + "()");
            continue;
        }
        // AFTER: the body is a function of the row's images, called when SQLite would call it.
        deferred[lower(t.table)].push_back(t.name);
        std::string f = "CREATE FUNCTION " + fn + "(old_row " + table + ", new_row " + table +
                        ") RETURNS void LANGUAGE plpgsql AS $voronka$\nBEGIN\n";
        for (const Seq &stmt : t.body)
            f += bodyStatement(schema, owner, stmt, "new_row", "old_row");
        out.push_back(f + "END\n$voronka$");
        out.push_back("CREATE TRIGGER " + fn + " BEFORE " + t.event + " ON " + table +
                      " FOR EACH ROW" + when + " EXECUTE FUNCTION voronka_defer(" +
                      sqlString(t.name) + ")");
    }
    // First of a row's BEFORE triggers by name ('_' sorts before letters), and at the end of
    // each statement: the previous row's pending AFTER bodies.
    for (const auto &[table, bodies] : deferred) {
        out.push_back(flushFunction(table, bodies));
        const std::string t = render({quoted(table)});
        const std::string flush = render({quoted("voronka_flush_" + table)});
        out.push_back("CREATE TRIGGER \"_voronka_flush\" BEFORE INSERT OR UPDATE OR DELETE ON " +
                      t + " FOR EACH ROW EXECUTE FUNCTION " + flush + "()");
        out.push_back("CREATE TRIGGER \"_voronka_flush_end\" AFTER INSERT OR UPDATE OR DELETE ON " +
                      t + " FOR EACH STATEMENT EXECUTE FUNCTION " + flush + "()");
    }
}

} // namespace Voronka::Core::PgSchema::Detail
