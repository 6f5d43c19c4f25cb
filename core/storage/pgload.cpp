// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/storage/pgload.h"

#include "core/storage/pgschema.h"
#include "core/storage/schema.h"
#include "core/storage/sqlite.h"
#include "core/storage/writeaudit.h"

#include <QStringList>

#include <algorithm>
#include <stdexcept>
#include <utility>
#include <vector>

namespace Voronka::Core::PgLoad {

namespace {

// FTS5 keeps its index in tables of its own next to the virtual table: not data to copy.
constexpr const char *kFtsShadows[] = {"_data", "_idx", "_content", "_docsize", "_config"};

struct Table
{
    QString name;
    QStringList columns;  // as the copy reads and writes them
    QString sourceSelect; // the source's column list (FTS5: rowid, the target's id)
};

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

QStringList sqliteColumns(Connection &c, const QString &table)
{
    QStringList out;
    Query q = c.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    q->bind(1, table);
    while (q->step())
        out << q->text(0);
    return out;
}

// The tables of an SQLite database worth copying, in creation order, with their columns.
std::vector<Table> sqliteTables(Connection &c)
{
    std::vector<Table> out;
    QStringList virtuals;
    {
        Query q = c.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                            "sql LIKE 'CREATE VIRTUAL TABLE%'");
        while (q->step())
            virtuals << q->text(0);
    }
    Query q = c.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                        "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid");
    while (q->step()) {
        const QString name = q->text(0);
        const bool shadow = std::any_of(virtuals.begin(), virtuals.end(), [&](const QString &v) {
            return std::any_of(
                std::begin(kFtsShadows), std::end(kFtsShadows),
                [&](const char *suffix) { return name == v + QLatin1String(suffix); });
        });
        if (shadow)
            continue;
        Table t{name, sqliteColumns(c, name), {}};
        QStringList select;
        for (const QString &col : t.columns)
            select << quoted(col);
        if (virtuals.contains(name)) { // the FTS5 rowid is the PostgreSQL table's id
            t.columns.prepend(QStringLiteral("id"));
            select.prepend(QStringLiteral("rowid"));
        }
        t.sourceSelect = select.join(u',');
        out.push_back(std::move(t));
    }
    return out;
}

QStringList pgTables(Connection &pg)
{
    QStringList out;
    Query q = pg.prepare("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                         "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");
    while (q->step())
        out << q->text(0);
    return out;
}

// BEGIN (deferred): one snapshot to read from (SQLite: a WAL read; PostgreSQL: REPEATABLE
// READ, sqlite.h), ended when the copy is done.
class ReadScope
{
public:
    explicit ReadScope(Connection &c)
        : m_c(c)
    {
        m_c.exec("BEGIN");
    }
    ~ReadScope() { m_c.execQuietly("ROLLBACK"); }
    ReadScope(const ReadScope &) = delete;
    ReadScope &operator=(const ReadScope &) = delete;

private:
    Connection &m_c;
};

// An SQLite table made from a PostgreSQL table's columns and primary key.
QString sqliteTableLike(Connection &pg, const QString &table)
{
    QStringList defs;
    {
        Query q = pg.prepare("SELECT column_name, data_type, is_nullable FROM "
                             "information_schema.columns WHERE table_schema = current_schema() "
                             "AND table_name = ?1 ORDER BY ordinal_position");
        q->bind(1, table);
        while (q->step()) {
            const QString type = q->text(1);
            const QString lite = type == u"bigint" || type == u"integer" || type == u"smallint"
                                     ? QStringLiteral(" INTEGER")
                                 : type == u"double precision" || type == u"real"
                                     ? QStringLiteral(" REAL")
                                 : type == u"bytea" ? QStringLiteral(" BLOB")
                                 : type == u"jsonb" ? QString()
                                                    : QStringLiteral(" TEXT");
            defs << quoted(q->text(0)) + lite +
                        (q->text(2) == u"NO" ? QStringLiteral(" NOT NULL") : QString());
        }
    }
    QStringList key;
    {
        Query q = pg.prepare(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND "
            "a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(?1) AND i.indisprimary "
            "ORDER BY array_position(i.indkey::int2[], a.attnum)");
        q->bind(1, table);
        while (q->step())
            key << quoted(q->text(0));
    }
    if (!key.isEmpty())
        defs << QStringLiteral("PRIMARY KEY(%1)").arg(key.join(u','));
    return QStringLiteral("CREATE TABLE %1(%2)").arg(quoted(table), defs.join(u','));
}

void setIdentities(Connection &pg)
{
    Query ids = pg.prepare("SELECT table_name, column_name FROM information_schema.columns "
                           "WHERE table_schema = current_schema() AND is_identity = 'YES'");
    std::vector<std::pair<QString, QString>> identities;
    while (ids->step())
        identities.emplace_back(ids->text(0), ids->text(1));
    for (const auto &[table, column] : identities)
        pg.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                               "COALESCE((SELECT max(%3) FROM %4), 0) + 1, false)")
                    .arg(table, column, quoted(column), quoted(table)));
}

// Fills the desktop tables PostgreSQL has just made with the rows of the same tables of `from`
// (SQLite). The aggregate rows are copied as they are: their triggers must not count the
// copied deals, moves and tasks once more. An identity column then continues after the largest
// id copied (explicit ids do not move it).
void loadTables(Connection &pg, Connection &from, const std::vector<Table> &tables,
                const char *what)
{
    const QStringList made = pgTables(pg);
    for (const Table &table : tables) {
        if (!made.contains(table.name))
            throw std::runtime_error(std::string(what) + ": the table " + table.name.toStdString() +
                                     " is not in the desktop schema");
        const QString q = quoted(table.name);
        pg.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(q));
        copyRows(from, QStringLiteral("SELECT %1 FROM %2").arg(table.sourceSelect, q), pg,
                 table.name, table.columns);
        pg.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(q));
    }
    setIdentities(pg);
}

// Replaces the rows of every table of `to` (SQLite) with those of the same table in pg (none when
// pg lacks it), inside the callers' transactions. The file's triggers would count the copied
// rows into the aggregates once more: they are dropped for the copy and made again from their
// own text.
void copyOut(Connection &pg, const QStringList &present, Connection &to)
{
    const std::vector<Table> tables = sqliteTables(to);
    std::vector<QString> triggers;
    {
        Query q = to.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'");
        std::vector<QString> names;
        while (q->step()) {
            names.push_back(q->text(0));
            triggers.push_back(q->text(1));
        }
        for (const QString &n : names)
            to.exec(QStringLiteral("DROP TRIGGER %1").arg(quoted(n)));
    }
    for (const Table &table : tables) {
        to.exec(QStringLiteral("DELETE FROM %1").arg(quoted(table.name)));
        if (!present.contains(table.name))
            continue;
        QStringList select;
        for (const QString &c : table.columns)
            select << quoted(c);
        QStringList into = table.columns;
        if (into.value(0) == QLatin1String("id") && table.sourceSelect.startsWith(u"rowid"))
            into[0] = QStringLiteral("rowid");
        copyRows(pg, QStringLiteral("SELECT %1 FROM %2").arg(select.join(u','), quoted(table.name)),
                 to, table.name, into);
    }
    for (const QString &sql : triggers)
        to.exec(sql);
}

} // namespace

// (PostgreSQL takes at most 65535 parameters in a statement; SQLite 32766.)
void copyRows(Connection &from, const QString &select, Connection &to, const QString &table,
              const QStringList &columns)
{
    const int width = int(columns.size());
    const int perBatch = std::max(1, std::min(200, 30000 / width));
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns << quoted(c);
    const auto insertOf = [&](int rows) {
        QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES ")
                          .arg(quoted(table), quotedColumns.join(u','));
        for (int r = 0; r < rows; ++r) {
            sql += r ? QStringLiteral(",(") : QStringLiteral("(");
            for (int c = 0; c < width; ++c)
                sql += (c ? QStringLiteral(",?") : QStringLiteral("?")) +
                       QString::number(r * width + c + 1);
            sql += u')';
        }
        return sql;
    };
    const QString full = insertOf(perBatch);
    std::vector<QVariant> pending;
    pending.reserve(size_t(perBatch * width));
    const auto flush = [&] {
        const int rows = int(pending.size()) / width;
        if (rows == 0)
            return;
        Query ins = to.prepare(rows == perBatch ? full : insertOf(rows));
        for (size_t i = 0; i < pending.size(); ++i)
            ins->bind(int(i) + 1, pending[i]);
        ins->run();
        pending.clear();
    };
    Query q = from.prepare(select);
    while (q->step()) {
        for (int c = 0; c < width; ++c)
            pending.push_back(q->value(c));
        if (int(pending.size()) == perBatch * width)
            flush();
    }
    flush();
}

int tableCount(Connection &pg)
{
    return int(pgTables(pg).size());
}

void create(Connection &pg, Connection &from, const std::vector<std::string> &extraSchema)
{
    if (pg.backend() != Connection::Backend::PostgreSQL ||
        from.backend() != Connection::Backend::SQLite)
        throw std::invalid_argument("PgLoad::create copies an SQLite database into PostgreSQL");
    const qint64 version = from.scalar("PRAGMA user_version");
    const std::vector<std::string> ddl = PgSchema::statements(int(version));
    const std::vector<Table> tables = sqliteTables(from);
    const qint64 applicationId = from.scalar("PRAGMA application_id");

    ReadScope read(from);
    Transaction t(pg);
    for (const std::string &s : ddl)
        pg.exec(s.c_str());
    for (const std::string &s : extraSchema)
        pg.exec(s.c_str());
    loadTables(pg, from, tables, "PostgreSQL copy");
    pg.exec(QStringLiteral("CREATE TABLE %1(key TEXT PRIMARY KEY, value BIGINT NOT NULL)")
                .arg(QLatin1String(kMetaTable)));
    Query meta = pg.prepare(
        QStringLiteral("INSERT INTO %1(key, value) VALUES(?1, ?2)").arg(QLatin1String(kMetaTable)));
    meta->bindAll(QStringLiteral("user_version"), version).run();
    meta->reset();
    meta->bindAll(QStringLiteral("application_id"), applicationId).run();
    t.commit();
}

void copyToSqlite(Connection &pg, Connection &to)
{
    if (pg.backend() != Connection::Backend::PostgreSQL ||
        to.backend() != Connection::Backend::SQLite)
        throw std::invalid_argument("PgLoad::copyToSqlite copies PostgreSQL into SQLite");
    ReadScope read(pg); // one snapshot of the whole store
    Transaction t(to);
    WriteAudit::exempt(to.handle()); // a copy of rows, not edits to exchange
    const QStringList present = pgTables(pg);
    {
        const std::vector<Table> known = sqliteTables(to);
        for (const QString &name : present)
            if (name != QLatin1String(kMetaTable) &&
                std::none_of(known.begin(), known.end(),
                             [&](const Table &k) { return k.name == name; }))
                to.exec(sqliteTableLike(pg, name));
    }
    copyOut(pg, present, to);
    t.commit();
}

void replaceRows(Connection &pg, Connection &from)
{
    if (pg.backend() != Connection::Backend::PostgreSQL ||
        from.backend() != Connection::Backend::SQLite)
        throw std::invalid_argument(
            "PgLoad::replaceRows copies an SQLite database into PostgreSQL");
    const std::vector<Table> tables = sqliteTables(from);
    ReadScope read(from);
    Transaction t(pg);
    QStringList present = pgTables(pg);
    for (const Table &table : tables) {
        if (present.contains(table.name))
            continue;
        Query q = from.prepare("SELECT sql FROM sqlite_schema WHERE tbl_name = ?1 AND sql IS NOT "
                               "NULL AND type IN ('table', 'index') ORDER BY type DESC");
        q->bind(1, table.name);
        while (q->step())
            pg.exec(q->text(0));
        present << table.name;
    }
    for (const QString &name : present) {
        if (name == QLatin1String(kMetaTable))
            continue;
        const QString q = quoted(name);
        pg.exec(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(q));
        pg.exec(QStringLiteral("DELETE FROM %1").arg(q));
        const auto it = std::find_if(tables.begin(), tables.end(),
                                     [&](const Table &table) { return table.name == name; });
        if (it != tables.end())
            copyRows(from, QStringLiteral("SELECT %1 FROM %2").arg(it->sourceSelect, q), pg, name,
                     it->columns);
        pg.exec(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(q));
    }
    setIdentities(pg);
    t.commit();
}

bool upgrade(Connection &pg, Connection &file, const std::function<void()> &migrate)
{
    if (pg.backend() != Connection::Backend::PostgreSQL ||
        file.backend() != Connection::Backend::SQLite)
        throw std::invalid_argument("PgLoad::upgrade goes through an SQLite file");
    const int version = int(file.scalar("PRAGMA user_version"));
    // The desktop schema as the store has it: the file's, made by the same migrations.
    const std::vector<Table> oldTables = sqliteTables(file);
    QStringList oldViews;
    {
        Query q = file.prepare("SELECT name FROM sqlite_schema WHERE type = 'view'");
        while (q->step())
            oldViews << q->text(0);
    }
    QStringList oldFunctions;
    for (const std::string &s : PgSchema::statements(version)) {
        const QString sql = QString::fromStdString(s).trimmed();
        if (sql.startsWith(QLatin1String("CREATE FUNCTION "))) {
            // With its arguments: a name may be overloaded (json_extract on text and jsonb).
            const qsizetype close = sql.indexOf(u')', sql.indexOf(u'('));
            oldFunctions << sql.mid(16, close - 16 + 1).trimmed();
        }
    }
    const std::vector<std::string> ddl = PgSchema::statements();

    Transaction t(pg);
    const QStringList present = pgTables(pg);
    {
        // Nobody else reads a half-replaced schema or writes rows the copy would miss.
        QStringList all;
        for (const QString &name : present)
            all << quoted(name);
        pg.exec(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(all.join(u',')));
    }
    qint64 now = 0;
    {
        Query q = pg.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = 'user_version'")
                                 .arg(QLatin1String(kMetaTable)));
        if (q->step())
            now = q->int64(0);
    }
    if (now == Schema::latestVersion())
        return false; // upgraded by another program meanwhile
    if (now != version)
        throw std::runtime_error("PostgreSQL upgrade: the database is at schema " +
                                 std::to_string(now) + ", not " + std::to_string(version));
    for (const Table &table : oldTables)
        if (!present.contains(table.name))
            throw std::runtime_error("PostgreSQL upgrade: the table " + table.name.toStdString() +
                                     " of schema " + std::to_string(version) + " is missing");
    {
        Transaction ft(file);
        WriteAudit::exempt(file.handle()); // a copy of rows, not edits to exchange
        copyOut(pg, present, file);
        ft.commit();
    }
    migrate();

    // Out with the desktop schema's objects (a table's indexes, triggers, identity and the
    // functions taking its rows go with it), in with the latest; the other tables (the
    // server's) stay as they are.
    for (const QString &view : oldViews)
        pg.exec(QStringLiteral("DROP VIEW IF EXISTS %1 CASCADE").arg(quoted(view)));
    for (const Table &table : oldTables)
        pg.exec(QStringLiteral("DROP TABLE %1 CASCADE").arg(quoted(table.name)));
    for (const QString &function : oldFunctions)
        pg.exec(QStringLiteral("DROP FUNCTION IF EXISTS %1 CASCADE").arg(function));
    for (const std::string &s : ddl)
        pg.exec(s.c_str());
    loadTables(pg, file, sqliteTables(file), "PostgreSQL upgrade");
    pg.prepare(QStringLiteral("UPDATE %1 SET value = ?1 WHERE key = 'user_version'")
                   .arg(QLatin1String(kMetaTable)))
        ->bind(1, qint64(file.scalar("PRAGMA user_version")))
        .run();
    t.commit();
    return true;
}

} // namespace Voronka::Core::PgLoad
