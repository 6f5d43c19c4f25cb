// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/storage/pgschema.h"

#include "core/storage/pgtriggers.h"
#include "core/storage/schema.h"
#include "core/storage/sqlite.h"

#include <sqlite3.h>

#include <QStringList>

#include <algorithm>
#include <array>
#include <map>
#include <stdexcept>

namespace Voronka::Core::PgSchema {

namespace {

std::string quoted(const QString &name)
{
    return '"' + name.toStdString() + '"';
}

std::string upper(const QString &s)
{
    return s.trimmed().toUpper().toStdString();
}

[[noreturn]] void refuse(const QString &table, const QString &column, const std::string &what)
{
    throw std::runtime_error("PostgreSQL schema: " + table.toStdString() +
                             (column.isEmpty() ? "" : "." + column.toStdString()) + ": " + what);
}

struct Column
{
    QString name;
    QString type;
    bool notNull = false;
    QString dflt; // SQL text, null when none
    int pk = 0;   // position in the primary key, 0 when not in it
};

std::vector<Column> columnsOf(Connection &m, const QString &table)
{
    std::vector<Column> out;
    Query q = m.prepare("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) "
                        "ORDER BY cid");
    q->bind(1, table);
    while (q->step())
        out.push_back({q->text(0), q->text(1), q->int64(2) != 0,
                       q->isNull(3) ? QString() : q->text(3), int(q->int64(4))});
    return out;
}

std::string typeOf(Connection &m, const QString &table, const Column &c)
{
    const std::string t = upper(c.type);
    std::string pg;
    if (t == "INTEGER" || t == "INT")
        pg = "BIGINT";
    else if (t == "REAL")
        pg = "DOUBLE PRECISION";
    else if (t == "TEXT")
        pg = "TEXT";
    else if (t.empty()) // SQLite's "any": each value keeps its type (postgres.cpp)
        pg = "JSONB";
    else if (t == "BLOB")
        pg = "BYTEA";
    else
        refuse(table, c.name, "type " + t + " has no PostgreSQL form here");
    const char *collation = nullptr;
    const QByteArray tableUtf8 = table.toUtf8();
    const QByteArray columnUtf8 = c.name.toUtf8();
    if (sqlite3_table_column_metadata(m.handle(), "main", tableUtf8.constData(),
                                      columnUtf8.constData(), nullptr, &collation, nullptr, nullptr,
                                      nullptr) != SQLITE_OK)
        refuse(table, c.name, "SQLite gives no metadata");
    const std::string coll = collation ? upper(QString::fromUtf8(collation)) : "BINARY";
    if (coll == "NOCASE" && pg == "TEXT")
        pg += " COLLATE voronka_nocase";
    else if (coll != "BINARY")
        refuse(table, c.name, "collation " + coll + " has no PostgreSQL form here");
    return pg;
}

// An index the migrations wrote (CREATE INDEX text): SQLite's text runs on PostgreSQL but for
// a column collation, which the column carries there already.
std::string indexSql(const QString &table, const QString &name, QString sql)
{
    if (sql.contains(QLatin1String("COLLATE"), Qt::CaseInsensitive))
        refuse(table, name, "an index with its own collation");
    return sql.toStdString();
}

// An FTS5 table on PostgreSQL: its columns as text and `doc`, their words weighted by column
// (A for the first, then B, C, D; the columns after the fourth share D) under a GIN index.
// voronka_fts_text makes the words as FTS5's unicode61 tokenizer with remove_diacritics 2 does
// (lower case, Latin diacritics folded, split at whatever is not a letter or digit), so a query
// finds on PostgreSQL what it finds in a file. voronka_tsquery_<table> reads the MATCH
// expressions Search::matchExpression writes ({columns} : ("word"* AND "word"*)) as a tsquery
// over the columns' weights: PgDialect::translate turns `<table> MATCH ?` into
// `<table>.doc @@ voronka_tsquery_<table>(?)`. Other FTS5 query syntax (OR, NOT, NEAR, a bare
// word) is not read: Voronka writes none.
void fts5Table(Connection &m, const QString &table, const QString &sql,
               std::vector<std::string> &out)
{
    if (!sql.contains(QLatin1String("USING fts5"), Qt::CaseInsensitive))
        refuse(table, QString(), "a virtual table other than FTS5");
    const std::vector<Column> cols = columnsOf(m, table);
    std::string ddl = "CREATE TABLE " + quoted(table) + "(\"id\" BIGINT PRIMARY KEY";
    std::string doc;
    std::string weights; // the query function's lines that read the column filter
    for (size_t i = 0; i < cols.size(); ++i) {
        ddl += ", " + quoted(cols[i].name) + " TEXT";
        const char weight = "ABCD"[std::min<size_t>(i, 3)];
        if (!doc.empty())
            doc += " || ";
        doc += "setweight(to_tsvector('simple'::regconfig, voronka_fts_text(coalesce(" +
               quoted(cols[i].name) + ", ''))), '" + weight + "')";
        weights += "  IF cols ~ '(^|\\s)" + cols[i].name.toStdString() +
                   "(\\s|$)' AND strpos(w, '" + weight + "') = 0 THEN w := w || '" + weight +
                   "'; END IF;\n";
    }
    ddl += ", \"doc\" tsvector GENERATED ALWAYS AS (" + doc + ") STORED)";
    out.push_back(ddl);
    out.push_back("CREATE INDEX " + quoted(table + QStringLiteral("_doc")) + " ON " +
                  quoted(table) + " USING gin(\"doc\")");
    out.push_back("CREATE FUNCTION " + quoted(QStringLiteral("voronka_tsquery_") + table) +
                  R"SQL((q text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $voronka$
DECLARE
  cols text := substring(q from '^\s*\{([^}]*)\}');
  w text := '';
  m text[];
  word text;
  parts text[] := '{}';
BEGIN
  IF cols IS NOT NULL THEN
)SQL" + weights + R"SQL(    IF w = '' THEN
      RAISE EXCEPTION 'search: no column of the index is named in %', q;
    END IF;
  END IF;
  FOR m IN SELECT regexp_matches(q, '"((?:[^"]|"")*)"(\*?)', 'g') LOOP
    FOREACH word IN ARRAY regexp_split_to_array(btrim(voronka_fts_text(replace(m[1], '""', '"'))),
                                                ' ') LOOP
      IF word <> '' THEN
        parts := parts || (quote_literal(word) || CASE WHEN m[2] = '*' THEN ':*' || w
                                                       WHEN w <> '' THEN ':' || w
                                                       ELSE '' END);
      END IF;
    END LOOP;
  END LOOP;
  IF cardinality(parts) = 0 THEN
    RETURN NULL; -- no word: matches nothing
  END IF;
  RETURN to_tsquery('simple'::regconfig, array_to_string(parts, ' & '));
END
$voronka$)SQL");
}

// SQLite's json_extract(json, path) for the paths Voronka's queries read ($, $[0], $.key), as
// text: the value at the path, NULL where there is none (strict: no lax unwrapping of arrays)
// or where it is JSON null. An untyped column (jsonb here, postgres.cpp) holding JSON as text
// is read as that JSON, as SQLite reads it.
const char *const kJsonExtract[] = {
    R"SQL(
CREATE FUNCTION json_extract(v text, path text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
PARALLEL SAFE RETURN jsonb_path_query_first(v::jsonb, ('strict ' || path)::jsonpath, '{}',
                                            true) #>> '{}')SQL",
    R"SQL(
CREATE FUNCTION json_extract(v jsonb, path text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
PARALLEL SAFE RETURN jsonb_path_query_first(CASE jsonb_typeof(v) WHEN 'string' THEN
  (v #>> '{}')::jsonb ELSE v END, ('strict ' || path)::jsonpath, '{}', true) #>> '{}')SQL"};

// The words of a text as FTS5's unicode61 tokenizer (remove_diacritics 2) makes them, separated
// by spaces: lower case by ICU (whatever the database's locale), the Latin letters whose
// diacritic unicode61 removes folded to their base letter (the list is SQLite 3.40's, letter by
// letter; ё, ø and ł keep theirs there and here), and every run of what is neither a letter
// nor a digit a space.
const char *const kFtsText = R"SQL(
CREATE FUNCTION voronka_fts_text(v text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
PARALLEL SAFE RETURN regexp_replace(translate(lower(v COLLATE voronka_text),
  'àáâãäåçèéêëìíîïñòóôõöùúûüýÿāăąćĉċčďēĕėęěĝğġģĥĩīĭįĵķĺļľńņňōŏőŕŗřśŝşšţťũūŭůűųŵŷźżžſơưǎǐǒǔǖǘǚǜǟǧǩǫǭǰǵǹǻȁȃȅȇȉȋȍȏȑȓȕȗșțȟȧȩȫȭȯȱȳḁḃḅḇḉḋḍḏḑḓḕḗḙḛḝḟḡḣḥḧḩḫḭḯḱḳḵḷḹḻḽḿṁṃṅṇṉṋṍṏṑṓṕṗṙṛṝṟṡṣṥṧṩṫṭṯṱṳṵṷṹṻṽṿẁẃẅẇẉẋẍẏẑẓẕẖẗẘẙẛạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
  'aaaaaaceeeeiiiinooooouuuuyyaaaccccdeeeeegggghiiiijklllnnnooorrrssssttuuuuuuwyzzzsouaiouuuuuagkoojgnaaaeeiioorruusthaeooooyabbbcdddddeeeeefghhhhhiikkkllllmmmnnnnoooopprrrrsssssttttuuuuuvvwwwwwxxyzzzhtwysaaaaaaaaaaaaeeeeeeeeiioooooooooooouuuuuuuyyyy'),
  '[^[:alnum:]]+', ' ', 'g'))SQL";

} // namespace

std::vector<std::string> statements(int version)
{
    if (version < 0)
        version = Schema::latestVersion();
    if (version < 1 || version > Schema::latestVersion())
        throw std::invalid_argument("PgSchema::statements: no schema version " +
                                    std::to_string(version));
    // The migrations as a file runs them: their data steps make schema too (v13 extends the
    // analytics_facts view and builds the activity_* triggers).
    Connection m(QStringLiteral(":memory:"), Connection::Mode::Create);
    for (int v = 1; v <= version; ++v) {
        Transaction t(m);
        m.exec(Schema::migrationSql(v));
        Schema::migrationData(v, m, 0);
        t.commit();
    }

    std::vector<std::string> out;
    out.push_back("CREATE COLLATION IF NOT EXISTS voronka_nocase (provider = icu, locale = "
                  "'und-u-ks-level2', deterministic = false)");
    // Deterministic, so that lower() and the regular expressions of voronka_fts_text read
    // letters by Unicode on a database whose locale is C.
    out.push_back("CREATE COLLATION IF NOT EXISTS voronka_text (provider = icu, locale = 'und')");
    out.push_back(kFtsText);
    out.insert(out.end(), std::begin(kJsonExtract), std::end(kJsonExtract));

    std::vector<std::pair<QString, QString>> tables; // name, sql; in the order made
    {
        Query q = m.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name "
                            "NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY rowid");
        while (q->step())
            tables.emplace_back(q->text(0), q->text(1));
    }
    QStringList virtualTables;
    for (const auto &[name, sql] : tables)
        if (sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE"), Qt::CaseInsensitive))
            virtualTables << name;
    auto shadow = [&](const QString &name) {
        return std::any_of(virtualTables.begin(), virtualTables.end(),
                           [&](const QString &v) { return name.startsWith(v + u'_'); });
    };

    std::vector<std::string> foreignKeys;
    for (const auto &[table, sql] : tables) {
        if (virtualTables.contains(table)) {
            fts5Table(m, table, sql, out);
            continue;
        }
        if (shadow(table))
            continue;
        const bool withoutRowid = upper(sql).find("WITHOUT ROWID") != std::string::npos;
        const std::vector<Column> cols = columnsOf(m, table);
        std::vector<const Column *> key;
        for (const Column &c : cols)
            if (c.pk)
                key.push_back(&c);
        std::sort(key.begin(), key.end(),
                  [](const Column *a, const Column *b) { return a->pk < b->pk; });
        // SQLite's rowid alias: the auto-numbered id.
        const bool identity = !withoutRowid && key.size() == 1 && upper(key[0]->type) == "INTEGER";

        std::string ddl = "CREATE TABLE " + quoted(table) + "(";
        for (size_t i = 0; i < cols.size(); ++i) {
            const Column &c = cols[i];
            ddl += (i ? ", " : "") + quoted(c.name) + ' ';
            if (identity && c.pk) {
                ddl += "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";
                continue;
            }
            ddl += typeOf(m, table, c);
            if (c.notNull)
                ddl += " NOT NULL";
            if (!c.dflt.isNull())
                ddl += " DEFAULT " + c.dflt.toStdString();
        }
        if (!identity && !key.empty()) {
            ddl += ", PRIMARY KEY(";
            for (size_t i = 0; i < key.size(); ++i)
                ddl += (i ? ", " : "") + quoted(key[i]->name);
            ddl += ')';
        }
        ddl += ')';
        out.push_back(ddl);

        // UNIQUE constraints become unique indexes (ON CONFLICT infers them), then the
        // migrations' own indexes.
        std::vector<std::pair<QString, QString>> indexes; // name, origin
        {
            Query q = m.prepare("SELECT name, origin FROM pragma_index_list(?1) ORDER BY seq DESC");
            q->bind(1, table);
            while (q->step())
                indexes.emplace_back(q->text(0), q->text(1));
        }
        for (const auto &[index, origin] : indexes) {
            if (origin == QLatin1String("pk"))
                continue;
            if (origin == QLatin1String("u")) {
                QStringList names;
                Query q = m.prepare("SELECT name FROM pragma_index_info(?1) ORDER BY seqno");
                q->bind(1, index);
                while (q->step())
                    names << q->text(0);
                std::string cols;
                for (const QString &n : names)
                    cols += (cols.empty() ? "" : ", ") + quoted(n);
                out.push_back("CREATE UNIQUE INDEX " +
                              quoted(table + u'_' + names.join(u'_') + QStringLiteral("_key")) +
                              " ON " + quoted(table) + "(" + cols + ")");
                continue;
            }
            Query q = m.prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1");
            q->bind(1, index);
            if (!q->step() || q->isNull(0))
                refuse(table, index, "an index without its SQL text");
            out.push_back(indexSql(table, index, q->text(0)));
        }

        Query fk = m.prepare("SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM "
                             "pragma_foreign_key_list(?1) ORDER BY id, seq");
        fk->bind(1, table);
        std::map<qint64, std::array<std::string, 5>> byId; // parent, from, to, upd, del
        while (fk->step()) {
            auto &k = byId[fk->int64(0)];
            k[0] = quoted(fk->text(1));
            k[1] += (k[1].empty() ? "" : ", ") + quoted(fk->text(2));
            if (fk->isNull(3))
                refuse(table, fk->text(2), "a foreign key to the parent's primary key by default");
            k[2] += (k[2].empty() ? "" : ", ") + quoted(fk->text(3));
            k[3] = upper(fk->text(4));
            k[4] = upper(fk->text(5));
        }
        for (const auto &[id, k] : byId)
            foreignKeys.push_back("ALTER TABLE " + quoted(table) + " ADD FOREIGN KEY(" + k[1] +
                                  ") REFERENCES " + k[0] + "(" + k[2] + ") ON UPDATE " + k[3] +
                                  " ON DELETE " + k[4]);
    }
    out.insert(out.end(), foreignKeys.begin(), foreignKeys.end());
    Detail::appendViewsAndTriggers(m, out);
    return out;
}

void create(Connection &pg)
{
    if (pg.backend() != Connection::Backend::PostgreSQL)
        throw std::invalid_argument("PgSchema::create needs a PostgreSQL connection");
    const std::vector<std::string> sql = statements();
    Transaction t(pg);
    for (const std::string &s : sql)
        pg.exec(s.c_str());
    t.commit();
}

} // namespace Voronka::Core::PgSchema
