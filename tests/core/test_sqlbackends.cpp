// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// core/storage's Connection on SQLite and on PostgreSQL (sqlite.h, "On PostgreSQL"): the same
// tests on both. An SQLite file always; the PostgreSQL cluster when the run names one:
// VORONKA_TEST_PG (a postgresql:// URI) or VORONKA_TEST_PG_DIR (the folder scripts/pg-cluster.sh
// started, whose `uri` file holds it). CTest's core-pg test starts a throwaway cluster and runs
// "[pg]" with it (tests/core/CMakeLists.txt); the plain core test runs these on SQLite only.
#include "support/catch.h"
#include "support/pgtest.h"

#include "core/storage/pgschema.h"
#include "core/storage/schema.h"
#include "core/storage/sqldialect.h"
#include "core/storage/sqlite.h"
#include "core/sync/servertables.h"

#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>
#include <stdexcept>
#include <vector>

using namespace Voronka::Core;
namespace ServerSql = Voronka::Core::Sync::ServerSql;

namespace {

using Voronka::Test::pgUri; // the cluster the run names (support/pgtest.h)

// 0: SQLite, 1: PostgreSQL when the run names a cluster.
std::vector<int> backends()
{
    std::vector<int> out{0};
    if (!pgUri().isEmpty())
        out.push_back(1);
    return out;
}

// A fresh database: an SQLite file in a temporary folder, or a schema of its own on the
// PostgreSQL server, dropped at the end (support/pgtest.h).
class TestDb
{
public:
    explicit TestDb(int backend)
        : pg(backend == 1)
    {
        if (pg)
            m_scratch = std::make_unique<Voronka::Test::PgScratch>();
        else
            open()->exec("PRAGMA journal_mode = WAL"); // readers beside a writer, as Database
    }
    std::unique_ptr<Connection> open(int busyTimeoutMs = 5000)
    {
        if (!pg)
            return std::make_unique<Connection>(m_dir.filePath(QStringLiteral("test.db")),
                                                Connection::Mode::Create, busyTimeoutMs);
        return std::make_unique<Connection>(m_scratch->uri(), Connection::Mode::ReadWrite,
                                            busyTimeoutMs);
    }
    // The two spellings of a table where the dialects part (the schema's step 2).
    const char *ddl(const char *sqlite, const char *postgres) const
    {
        return pg ? postgres : sqlite;
    }
    const char *name() const { return pg ? "PostgreSQL" : "SQLite"; }

    const bool pg;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Voronka::Test::PgScratch> m_scratch;
};

template<typename F> int errorCode(F &&f)
{
    try {
        f();
    } catch (const SqlError &e) {
        return e.code();
    }
    return SQLITE_OK;
}

qint64 count(Connection &c, const char *table)
{
    return c.scalar(
        QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)).toUtf8().constData());
}

} // namespace

TEST_CASE("SQLite placeholders become PostgreSQL's outside literals and comments", "[pg]")
{
    using PgDialect::translate;
    CHECK(translate("SELECT ?1 + ?1, ?2").sql == "SELECT $1 + $1, $2");
    CHECK(translate("SELECT ?1 + ?1, ?2").params == 2);
    // A bare ? is one above the largest number so far, as in SQLite.
    CHECK(translate("VALUES(?, ?, ?)").sql == "VALUES($1, $2, $3)");
    CHECK(translate("VALUES(?3, ?, ?1, ?)").sql == "VALUES($3, $4, $1, $5)");
    CHECK(translate("VALUES(?3, ?, ?1, ?)").params == 5);
    CHECK(translate("SELECT 'a?b ''?1''' || ? FROM \"odd?\" -- ?\n/* ?2 */ WHERE x = ?").sql ==
          "SELECT 'a?b ''?1''' || $1 FROM \"odd?\" -- ?\n/* ?2 */ WHERE x = $2");
    CHECK(translate("SELECT 1e5, x1 FROM t").sql == "SELECT 1e5, x1 FROM t");

    const PgDialect::Translated insert = translate("INSERT INTO deals(name) VALUES(?1)");
    CHECK(insert.insertTable == "deals");
    CHECK_FALSE(insert.returning);
    CHECK(translate("insert or ignore into main.tags(a) values(1)").insertTable == "main.tags");
    CHECK(translate("INSERT INTO t(a) VALUES(1) RETURNING a").returning);
    // SQLite's own words that PostgreSQL spells otherwise
    CHECK(translate("INSERT OR IGNORE INTO tags(name) VALUES(?1)").sql ==
          "INSERT INTO tags(name) VALUES($1) ON CONFLICT DO NOTHING");
    CHECK(translate("insert or ignore into t(a) values(1) returning a;").sql ==
          "insert into t(a) values(1) ON CONFLICT DO NOTHING returning a;");
    CHECK(translate("INSERT OR IGNORE INTO t(a) SELECT 'or ignore' FROM u;\n").sql ==
          "INSERT INTO t(a) SELECT 'or ignore' FROM u ON CONFLICT DO NOTHING");
    CHECK(translate("SELECT 1 FROM roles WHERE name = ?1 COLLATE NOCASE ORDER BY name collate "
                    "nocase")
              .sql == "SELECT 1 FROM roles WHERE name = $1 COLLATE voronka_nocase ORDER BY name "
                      "collate voronka_nocase");
    CHECK(translate("SELECT 'COLLATE NOCASE', nocase FROM t").sql ==
          "SELECT 'COLLATE NOCASE', nocase FROM t");
    CHECK(translate("SELECT uid FROM t WHERE uid > coalesce(?1, X'') AND x'0aFF' = y").sql ==
          "SELECT uid FROM t WHERE uid > coalesce($1, '\\x'::bytea) AND '\\x0aFF'::bytea = y");
    CHECK(translate("DELETE FROM search WHERE rowid IN (SELECT ROWID FROM \"rowid\")").sql ==
          "DELETE FROM search WHERE id IN (SELECT id FROM \"rowid\")");
    CHECK(translate("UPDATE t SET a = 1").insertTable.empty());
    // FTS5's MATCH: the tsvector column and the index's own query function (PgSchema).
    CHECK(translate("SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY rowid").sql ==
          "SELECT id FROM search WHERE search.doc @@ voronka_tsquery_search($1) ORDER BY id");
    CHECK(translate("SELECT d.id FROM d WHERE d.id IN (SELECT rowid / 4 FROM search WHERE Search "
                    "match '{name} : (\"a\"*)' AND rowid % 4 = 1)")
              .sql == "SELECT d.id FROM d WHERE d.id IN (SELECT id / 4 FROM search WHERE "
                      "Search.doc @@ voronka_tsquery_search('{name} : (\"a\"*)') AND id % 4 = 1)");
    CHECK(translate("SELECT count(*) FROM tasks t INDEXED BY tasks_open_due WHERE t.x = 1").sql ==
          "SELECT count(*) FROM tasks t WHERE t.x = 1");
    CHECK(translate("SELECT indexed, by_ FROM t").sql == "SELECT indexed, by_ FROM t");
    CHECK(translate("WHERE a IS NOT b.x OR c IS ?1 OR d IS NOT NULL OR e IS null OR f IS NOT "
                    "distinct FROM g OR h is not true")
              .sql == "WHERE a IS DISTINCT FROM b.x OR c IS NOT DISTINCT FROM $1 OR d IS NOT NULL "
                      "OR e IS null OR f IS NOT distinct FROM g OR h is not true");
    CHECK(translate("CREATE TEMP TABLE f(a, PRIMARY KEY(a)) WITHOUT ROWID;INSERT INTO temp.f "
                    "SELECT temp FROM t")
              .sql ==
          "CREATE TEMP TABLE f(a, PRIMARY KEY(a));INSERT INTO pg_temp.f SELECT temp FROM t");
    CHECK(translate("SELECT 'a MATCH b', \"match\" FROM t").sql ==
          "SELECT 'a MATCH b', \"match\" FROM t");

    using K = PgDialect::Control::Kind;
    CHECK(PgDialect::control("BEGIN IMMEDIATE").kind == K::BeginWrite);
    CHECK(PgDialect::control("begin").kind == K::Begin);
    CHECK(PgDialect::control("BEGIN DEFERRED TRANSACTION;").kind == K::Begin);
    CHECK(PgDialect::control("COMMIT").kind == K::Commit);
    CHECK(PgDialect::control("END").kind == K::Commit);
    CHECK(PgDialect::control("ROLLBACK").kind == K::Rollback);
    CHECK(PgDialect::control("ROLLBACK TO mutation").name == "mutation");
    CHECK(PgDialect::control("ROLLBACK TRANSACTION TO SAVEPOINT Mutation").kind == K::RollbackTo);
    CHECK(PgDialect::control("ROLLBACK TRANSACTION TO SAVEPOINT Mutation").name == "mutation");
    CHECK(PgDialect::control("SAVEPOINT board_read").kind == K::Savepoint);
    CHECK(PgDialect::control("RELEASE board_read").kind == K::Release);
    CHECK(PgDialect::control("RELEASE SAVEPOINT board_read").name == "board_read");
    CHECK(PgDialect::control("SELECT 1").kind == K::None);
    CHECK(PgDialect::control("BEGIN; SELECT 1").kind == K::None);

    CHECK(PgDialect::primaryCode("23505") == SQLITE_CONSTRAINT);
    CHECK(PgDialect::primaryCode("23502") == SQLITE_CONSTRAINT);
    CHECK(PgDialect::primaryCode("40001") == SQLITE_BUSY);
    CHECK(PgDialect::primaryCode("55P03") == SQLITE_BUSY);
    CHECK(PgDialect::primaryCode("40P01") == SQLITE_BUSY);
    CHECK(PgDialect::primaryCode("25P02") == SQLITE_ABORT);
    CHECK(PgDialect::primaryCode("53100") == SQLITE_FULL);
    CHECK(PgDialect::primaryCode("42P01") == SQLITE_ERROR);
    CHECK(PgDialect::primaryCode(nullptr) == SQLITE_IOERR);
}

TEST_CASE("Statements bind and read every type on both backends", "[pg]")
{
    TestDb db(GENERATE(from_range(backends())));
    INFO(db.name());
    auto c = db.open();
    c->exec(db.ddl("CREATE TABLE vals(id INTEGER PRIMARY KEY, i BIGINT, d DOUBLE PRECISION, "
                   "t TEXT, b BLOB, n TEXT)",
                   "CREATE TABLE vals(id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                   "i BIGINT, d DOUBLE PRECISION, t TEXT, b BYTEA, n TEXT)"));
    const QString cyrillic = QStringLiteral("Сделка «Ёлка» — 100 ₽, ещё");
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(char(i));
    const qint64 big = -4611686018427387904LL - 5;

    c->prepare("INSERT INTO vals(i, d, t, b, n) VALUES(?1, ?2, ?3, ?4, ?5)")
        ->bindAll(big, 3.25, cyrillic, bytes, nullptr)
        .run();
    CHECK(c->changes() == 1);
    CHECK(c->lastInsertId() == 1);
    {
        Query q = c->prepare("INSERT INTO vals(i, d, t, b, n) VALUES(?1, ?2, ?3, ?4, ?5)");
        q->bind(1, QVariant(qint64(7)));
        q->bind(2, QVariant(0.1));
        q->bind(3, QVariant(QStringLiteral("ok")));
        q->bind(4, QVariant(QByteArray("\0z", 2)));
        q->bind(5, QVariant());
        CHECK_FALSE(q->step()); // an INSERT has no rows, with or without a hidden RETURNING
    }
    CHECK(c->lastInsertId() == 2);

    {
        Query q = c->prepare("SELECT id, i, d, t, b, n FROM vals ORDER BY id");
        REQUIRE(q->step());
        CHECK(q->columnCount() == 6);
        CHECK(q->int64(0) == 1);
        CHECK(q->int64(1) == big);
        CHECK(q->real(2) == 3.25);
        CHECK(q->text(3) == cyrillic);
        CHECK(q->blob(4) == bytes);
        CHECK_FALSE(q->isNull(4));
        CHECK(q->isNull(5));
        CHECK(q->text(5).isNull());
        CHECK(q->value(1).typeId() == QMetaType::LongLong);
        CHECK(q->value(2).typeId() == QMetaType::Double);
        CHECK(q->value(3).typeId() == QMetaType::QString);
        CHECK(q->value(4).typeId() == QMetaType::QByteArray);
        CHECK_FALSE(q->value(5).isValid());
        REQUIRE(q->step());
        CHECK(q->int64(1) == 7);
        CHECK(q->real(2) == 0.1);
        CHECK(q->text(3) == u"ok");
        CHECK(q->blob(4) == QByteArray("\0z", 2));
        CHECK_FALSE(q->step());
    }
    // Conversions as SQLite makes them.
    {
        Query q = c->prepare("SELECT i, d, SUM(i) FROM vals WHERE id = ?1 GROUP BY i, d");
        q->bind(1, 2);
        REQUIRE(q->step());
        CHECK(q->text(0) == u"7");
        CHECK(q->real(0) == 7.0);
        CHECK(q->int64(1) == 0); // 0.1 truncated
        CHECK(q->value(2) == QVariant(qint64(7)));
    }
    // An explicit id is the last insert id; a SELECT leaves changes() alone.
    c->prepare("INSERT INTO vals(id, i) VALUES(10, ?1)")->bind(1, 1).run();
    CHECK(c->lastInsertId() == 10);
    c->exec("UPDATE vals SET n = 'x' WHERE id < 10");
    CHECK(c->changes() == 2);
    CHECK(count(*c, "vals") == 3);
    CHECK(c->changes() == 2);
    c->prepare("DELETE FROM vals WHERE id = ?1")->bind(1, 10).run();
    CHECK(c->changes() == 1);
    // A statement is prepared once and runs again after a reset with new values.
    Query text = c->prepare("SELECT t FROM vals WHERE id = ?1");
    text->bind(1, 1);
    REQUIRE(text->step());
    CHECK(text->text(0) == cyrillic);
    text->reset();
    text->bind(1, 2);
    REQUIRE(text->step());
    CHECK(text->text(0) == u"ok");
}

TEST_CASE("Placeholders keep SQLite's numbering on both backends", "[pg]")
{
    TestDb db(GENERATE(from_range(backends())));
    INFO(db.name());
    auto c = db.open();
    c->exec("CREATE TABLE p(a BIGINT, b BIGINT, c TEXT)");
    c->prepare("INSERT INTO p(a, b, c) VALUES(?1, ?1, ?2)")
        ->bindAll(5, QStringLiteral("it's ?1"))
        .run();
    {
        // ?1 twice, a ? inside a literal and comments, then a bare ? that is ?2.
        Query q = c->prepare("SELECT a + b, c, 'why? ?1 ''?2''' /* ? */ FROM p -- ?3\n"
                             "WHERE a = ?1 AND c = ?");
        q->bindAll(5, QStringLiteral("it's ?1"));
        REQUIRE(q->step());
        CHECK(q->int64(0) == 10);
        CHECK(q->text(1) == u"it's ?1");
        CHECK(q->text(2) == u"why? ?1 '?2'");
        CHECK_FALSE(q->step());
    }
    // Placeholders whose type the statement alone does not tell (PostgreSQL types them from
    // the values bound), also inside a transaction, which the attempt must not abort.
    {
        Transaction t(*c);
        Query q = c->prepare("SELECT CASE WHEN ?1 IS NULL THEN 'none' ELSE 'some' END, ?2 + ?2");
        q->bindAll(nullptr, 21);
        REQUIRE(q->step());
        CHECK(q->text(0) == u"none");
        CHECK(q->int64(1) == 42);
        c->prepare("INSERT INTO p(a, b, c) VALUES(?1, ?2, ?3)")->bindAll(1, 2, "x").run();
        t.commit();
    }
    CHECK(count(*c, "p") == 2);
}

TEST_CASE("Transactions and savepoints behave alike on both backends", "[pg]")
{
    TestDb db(GENERATE(from_range(backends())));
    INFO(db.name());
    auto c = db.open();
    auto other = db.open();
    c->exec("CREATE TABLE t(k TEXT PRIMARY KEY, v BIGINT NOT NULL)");
    auto insert = [&](const char *k, qint64 v) {
        c->prepare("INSERT INTO t(k, v) VALUES(?1, ?2)")->bindAll(k, v).run();
    };

    // An exception rolls the transaction back.
    CHECK_THROWS_AS(
        [&] {
            Transaction t(*c);
            insert("a", 1);
            throw std::runtime_error("boom");
        }(),
        std::runtime_error);
    CHECK(count(*c, "t") == 0);
    {
        Transaction t(*c);
        insert("a", 1);
        CHECK(count(*other, "t") == 0); // not yet committed
        t.commit();
    }
    CHECK(count(*other, "t") == 1);

    // A push: one transaction, a savepoint per mutation, a refused one rolled back to it.
    {
        Transaction t(*c);
        c->exec("SAVEPOINT mutation");
        insert("b", 2);
        c->exec("ROLLBACK TO mutation");
        c->exec("RELEASE mutation");
        c->exec("SAVEPOINT mutation");
        insert("c", 3);
        c->exec("SAVEPOINT inner");
        insert("d", 4);
        c->exec("RELEASE inner");
        c->exec("RELEASE mutation");
        t.commit();
    }
    CHECK(other->scalar("SELECT SUM(v) FROM t") == 1 + 3 + 4);

    // A savepoint outside a transaction begins one; releasing it commits (a read scope).
    c->exec("SAVEPOINT board_read");
    insert("e", 5);
    CHECK(count(*other, "t") == 3);
    c->exec("SAVEPOINT nested");
    c->exec("RELEASE nested");
    CHECK(count(*other, "t") == 3);
    c->exec("RELEASE board_read");
    CHECK(count(*other, "t") == 4);

    // A read transaction is one snapshot: a commit made meanwhile is not seen in it.
    other->exec("BEGIN");
    CHECK(count(*other, "t") == 4);
    insert("f", 6);
    CHECK(count(*other, "t") == 4);
    other->exec("COMMIT");
    CHECK(count(*other, "t") == 5);

    // SQLite's refusals.
    CHECK(errorCode([&] { c->exec("COMMIT"); }) == SQLITE_ERROR);
    CHECK(errorCode([&] { c->exec("ROLLBACK TO nowhere"); }) == SQLITE_ERROR);
    c->exec("BEGIN");
    CHECK(errorCode([&] { c->exec("BEGIN"); }) == SQLITE_ERROR);
    c->exec("ROLLBACK");
}

// The read scopes of board, tasks and attention and Session's batches end their savepoint or
// transaction with execQuietly (a destructor): it ends them as exec() does, and a failed
// statement before it (which aborts a PostgreSQL transaction) leaves no transaction behind.
TEST_CASE("Transactions end quietly alike on both backends", "[pg]")
{
    TestDb db(GENERATE(from_range(backends())));
    INFO(db.name());
    auto c = db.open();
    auto other = db.open();
    c->exec("CREATE TABLE t(k TEXT PRIMARY KEY, v BIGINT NOT NULL)");
    auto insert = [&](const char *k, qint64 v) {
        c->prepare("INSERT INTO t(k, v) VALUES(?1, ?2)")->bindAll(k, v).run();
    };
    const qint64 before = c->totalChanges();
    CHECK_FALSE(c->inTransaction());

    // Releasing the savepoint that began the transaction commits it.
    c->exec("SAVEPOINT board_read");
    CHECK(c->inTransaction());
    insert("a", 1);
    c->execQuietly("RELEASE board_read");
    CHECK_FALSE(c->inTransaction());
    CHECK(count(*other, "t") == 1);
    CHECK(c->totalChanges() == before + 1);

    // A statement failed inside the read scope: the scope still ends, the connection is usable.
    c->exec("SAVEPOINT tasks_read");
    CHECK(errorCode([&] { c->exec("SELECT * FROM no_such_table"); }) == SQLITE_ERROR);
    c->execQuietly("RELEASE tasks_read");
    CHECK_FALSE(c->inTransaction());
    insert("b", 2);
    CHECK(count(*other, "t") == 2);

    // A nested scope whose statement failed: the outer transaction goes on and commits.
    c->beginWrite();
    insert("c", 3);
    c->exec("SAVEPOINT attention_read");
    CHECK(errorCode([&] { insert("a", 9); }) == SQLITE_CONSTRAINT);
    c->execQuietly("RELEASE attention_read");
    CHECK(c->inTransaction());
    insert("d", 4);
    c->commitWrite();
    CHECK(other->scalar("SELECT SUM(v) FROM t") == 1 + 2 + 3 + 4);
    CHECK(c->totalChanges() == before + 4);

    // A quiet ROLLBACK ends a write transaction; with none open it does nothing.
    c->beginWrite();
    insert("e", 5);
    c->execQuietly("ROLLBACK");
    CHECK_FALSE(c->inTransaction());
    c->execQuietly("ROLLBACK");
    CHECK(count(*other, "t") == 4);
}

TEST_CASE("Constraint violations are SQLITE_CONSTRAINT on both backends", "[pg]")
{
    TestDb db(GENERATE(from_range(backends())));
    INFO(db.name());
    auto c = db.open();
    c->exec("CREATE TABLE t(k TEXT PRIMARY KEY, v BIGINT NOT NULL)");
    auto insert = [&](const char *k, const QVariant &v) {
        c->prepare("INSERT INTO t(k, v) VALUES(?1, ?2)")->bindAll(k, v).run();
    };
    insert("a", 1);
    CHECK(errorCode([&] { insert("a", 2); }) == SQLITE_CONSTRAINT);
    CHECK(errorCode([&] { insert("b", QVariant()); }) == SQLITE_CONSTRAINT);
    CHECK(errorCode([&] { c->exec("SELECT * FROM missing"); }) == SQLITE_ERROR);

    // Rolled back to its savepoint, a failed statement leaves the transaction usable.
    {
        Transaction t(*c);
        c->exec("SAVEPOINT mutation");
        CHECK(errorCode([&] { insert("a", 3); }) == SQLITE_CONSTRAINT);
        c->exec("ROLLBACK TO mutation");
        c->exec("RELEASE mutation");
        insert("z", 26);
        t.commit();
    }
    CHECK(count(*c, "t") == 2);

    // Not rolled back, it has aborted a PostgreSQL transaction: the commit says so instead of
    // PostgreSQL's silent rollback. SQLite goes on with the statements that succeeded.
    {
        Transaction t(*c);
        insert("y", 25);
        CHECK(errorCode([&] { insert("a", 4); }) == SQLITE_CONSTRAINT);
        if (db.pg) {
            CHECK(errorCode([&] { insert("x", 24); }) == SQLITE_ABORT);
            CHECK(errorCode([&] { t.commit(); }) == SQLITE_ABORT);
        } else {
            t.commit();
        }
    }
    CHECK(count(*c, "t") == (db.pg ? 2 : 3));
}

TEST_CASE("A second writer waits its busy timeout and is told busy on both backends", "[pg]")
{
    TestDb db(GENERATE(from_range(backends())));
    INFO(db.name());
    auto a = db.open();
    auto b = db.open(50);
    a->exec("CREATE TABLE t(k TEXT PRIMARY KEY)");
    {
        Transaction ta(*a);
        a->exec("INSERT INTO t(k) VALUES('a')");
        CHECK(errorCode([&] { Transaction tb(*b); }) == SQLITE_BUSY);
        CHECK(count(*b, "t") == 0); // readers are not held up
        ta.commit();
    }
    Transaction tb(*b);
    b->exec("INSERT INTO t(k) VALUES('b')");
    tb.commit();
    CHECK(count(*a, "t") == 2);
}

TEST_CASE("The server's tables and statements run alike on both backends", "[pg]")
{
    TestDb db(GENERATE(from_range(backends())));
    INFO(db.name());
    auto c = db.open();
    auto init = [&] {
        Transaction t(*c);
        c->exec(ServerSql::kTables);
        c->prepare(ServerSql::kInitState)->bind(1, "epoch-1").run();
        c->prepare(ServerSql::kInitSecret)
            ->bind(1, QString(QStringLiteral("ab").repeated(32)))
            .run();
        t.commit();
    };
    init();
    init(); // attaching again changes nothing
    CHECK(count(*c, "server_state") == 1);
    // The receipt key is made once: a second attach keeps the first one.
    c->prepare(ServerSql::kInitSecret)->bind(1, QString(QStringLiteral("cd").repeated(32))).run();
    CHECK(count(*c, "server_secret") == 1);
    {
        Query q = c->prepare(ServerSql::kSecret);
        REQUIRE(q->step());
        CHECK(q->text(0) == QStringLiteral("ab").repeated(32));
    }
    CHECK(c->scalar(ServerSql::kMaxSeq) == 0);
    auto nextSeq = [](Connection &conn) {
        Query q = conn.prepare(ServerSql::kNextSeq);
        REQUIRE(q->step());
        return q->int64(0);
    };
    auto append = [&](Connection &conn, qint64 seq, const QString &mutation) {
        conn.prepare(ServerSql::kAppendLog)
            ->bindAll(seq, "deal", QStringLiteral("0190aa"), 2, mutation,
                      QStringLiteral(R"({"name":{"v":"Ёлка","hlc":"1","node":"7"}})"),
                      Q_INT64_C(1772442000000), 1, 2, 3, 2, 3)
            .run();
        conn.prepare(ServerSql::kStoreReceipt)
            ->bindAll(mutation, 2, QStringLiteral("dev"), QStringLiteral("hash-") + mutation,
                      QStringLiteral(R"({"results":[]})"), Q_INT64_C(1772442000000))
            .run();
    };

    // A push as the store makes one: a savepoint per mutation, the refused one gives its seq
    // back, so seqs are gapless.
    {
        Transaction t(*c);
        c->exec("SAVEPOINT mutation");
        CHECK(nextSeq(*c) == 1);
        append(*c, 1, QStringLiteral("m1"));
        c->exec("RELEASE mutation");
        c->exec("SAVEPOINT mutation");
        CHECK(nextSeq(*c) == 2);
        c->exec("ROLLBACK TO mutation");
        c->exec("RELEASE mutation");
        c->exec("SAVEPOINT mutation");
        CHECK(nextSeq(*c) == 2);
        append(*c, 2, QStringLiteral("m3"));
        c->exec("RELEASE mutation");
        t.commit();
    }
    CHECK(c->scalar(ServerSql::kMaxSeq) == 2);
    // A mutation judged again (its first answer was a refusal) replaces its receipt: one row.
    c->prepare(ServerSql::kStoreReceipt)
        ->bindAll("m1", 2, "dev2", "hash-m1", "{\"again\":1}", Q_INT64_C(1772442000001))
        .run();
    CHECK(c->scalar("SELECT count(*) FROM server_receipts WHERE mutation_id = 'm1'") == 1);
    CHECK(c->scalar("SELECT at - 1772442000000 FROM server_receipts WHERE mutation_id = 'm1'") ==
          1);
    {
        Query q = c->prepare(ServerSql::kReceipt);
        q->bind(1, "m3");
        REQUIRE(q->step());
        CHECK(q->int64(0) == 2);
        CHECK(q->text(1) == u"hash-m3");
    }
    {
        Query q = c->prepare(ServerSql::kLogPage);
        q->bindAll(0, 10);
        REQUIRE(q->step());
        CHECK(q->int64(0) == 1);
        CHECK(q->text(3).contains(u"Ёлка"));
        REQUIRE(q->step());
        CHECK(q->int64(0) == 2);
        CHECK(q->text(1) == u"deal");
        CHECK(q->int64(4) == 1);
        CHECK(q->int64(8) == 3);
        CHECK_FALSE(q->step());
    }
    {
        Query q = c->prepare(ServerSql::kAuthor);
        q->bind(1, 2);
        REQUIRE(q->step());
        CHECK(q->int64(0) == 2);
    }
    c->prepare(ServerSql::kSetEpoch)->bind(1, "epoch-2").run();
    {
        Query q = c->prepare(ServerSql::kEpoch);
        REQUIRE(q->step());
        CHECK(q->text(0) == u"epoch-2");
    }

    // Two pushes at once: the second waits for the first's counter and never sees a seq the
    // first may still give back. On PostgreSQL the counter row itself is locked (SYNC.md: a
    // counter row locked FOR UPDATE inside the applying transaction).
    auto a = db.open();
    auto b = db.open(50);
    {
        Transaction ta(*a);
        CHECK(nextSeq(*a) == 3);
        CHECK(errorCode([&] { Transaction tb(*b); }) == SQLITE_BUSY);
        if (db.pg) {
            b->exec("BEGIN");
            CHECK(errorCode([&] {
                      b->scalar("SELECT seq FROM server_state WHERE id = 1 FOR UPDATE");
                  }) == SQLITE_BUSY);
            b->exec("ROLLBACK");
        }
        // ta rolls back: seq 3 was never given out
    }
    {
        Transaction tb(*b);
        CHECK(nextSeq(*b) == 3);
        append(*b, 3, QStringLiteral("m4"));
        tb.commit();
    }
    CHECK(c->scalar(ServerSql::kMaxSeq) == 3);
    if (db.pg) {
        b->exec("BEGIN");
        CHECK(b->scalar("SELECT seq FROM server_state WHERE id = 1 FOR UPDATE") == 3);
        b->exec("ROLLBACK");
    }
}

// The desktop schema's PostgreSQL form (pgschema.h) has every table and column of the SQLite
// schema at the latest version, with a compatible type, nullability and collation, and its
// indexes: the two forms cannot drift apart unnoticed. Then what the form is for: an
// auto-numbered id, a case-blind unique name, a weighted search document.
TEST_CASE("The desktop schema has a PostgreSQL form with every table and column", "[pg]")
{
    if (pgUri().isEmpty())
        return; // PostgreSQL only: CTest's core-pg runs it
    TestDb db(1);
    auto c = db.open();
    PgSchema::create(*c);

    Connection m(QStringLiteral(":memory:"), Connection::Mode::Create);
    for (int v = 1; v <= Schema::latestVersion(); ++v)
        m.exec(Schema::migrationSql(v));

    Query pgColumn = c->prepare(
        "SELECT data_type, is_nullable, coalesce(collation_name, '') FROM "
        "information_schema.columns WHERE table_schema = current_schema() AND table_name = ?1 "
        "AND column_name = ?2");
    Query tables = m.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name "
                             "NOT LIKE 'sqlite!_%' ESCAPE '!' AND name NOT LIKE 'search!_%' "
                             "ESCAPE '!' ORDER BY name");
    int tableCount = 0;
    int columnCount = 0;
    while (tables->step()) {
        const QString table = tables->text(0);
        const bool fts = tables->text(1).contains(QLatin1String("fts5"));
        ++tableCount;
        Query cols = m.prepare("SELECT name, upper(type), \"notnull\", pk FROM "
                               "pragma_table_info(?1)");
        cols->bind(1, table);
        while (cols->step()) {
            const QString column = cols->text(0);
            INFO(table.toStdString() << "." << column.toStdString());
            ++columnCount;
            pgColumn->bind(1, table).bind(2, column);
            REQUIRE(pgColumn->step());
            const QString type = cols->text(1);
            const QString expected = type == QLatin1String("INTEGER") ? QStringLiteral("bigint")
                                     : type == QLatin1String("REAL")
                                         ? QStringLiteral("double precision")
                                     : type == QLatin1String("BLOB") ? QStringLiteral("bytea")
                                     : type.isEmpty() && !fts        ? QStringLiteral("jsonb")
                                                                     : QStringLiteral("text");
            CHECK(pgColumn->text(0) == expected);
            const bool notNull = cols->int64(2) != 0 || (cols->int64(3) != 0 && !fts);
            CHECK((pgColumn->text(1) == QLatin1String("NO")) == notNull);
            const char *collation = nullptr;
            REQUIRE(sqlite3_table_column_metadata(m.handle(), "main", table.toUtf8().constData(),
                                                  column.toUtf8().constData(), nullptr, &collation,
                                                  nullptr, nullptr, nullptr) == SQLITE_OK);
            const bool nocase = !fts && QString::fromUtf8(collation).compare(
                                            QLatin1String("NOCASE"), Qt::CaseInsensitive) == 0;
            CHECK((pgColumn->text(2) == QLatin1String("voronka_nocase")) == nocase);
            pgColumn->reset();
        }
    }
    CHECK(tableCount > 20);
    // No table or column on PostgreSQL that SQLite lacks, but the search table's id and doc.
    // (Views are the aggregates test's, test_pgaggregates.cpp.)
    const qint64 pgColumns = c->scalar(
        "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_schema "
        "= current_schema() AND table_type = 'BASE TABLE')");
    CHECK(pgColumns == columnCount + 2);
    CHECK(c->scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                    "current_schema() AND table_type = 'BASE TABLE'") == tableCount);

    // Every index the migrations made, by name.
    Query indexes = m.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
    Query pgIndex = c->prepare(
        "SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema() AND indexname = ?1");
    while (indexes->step()) {
        INFO(indexes->text(0).toStdString());
        pgIndex->bind(1, indexes->text(0));
        REQUIRE(pgIndex->step());
        CHECK(pgIndex->int64(0) == 1);
        pgIndex->reset();
    }

    // An auto-numbered id, explicit ids still taken, a name unique regardless of case.
    auto tag = [&](const char *uid, const char *name) {
        c->prepare("INSERT INTO tags(uid, name, created_at, updated_at, hlc) VALUES(?1, ?2, 1, "
                   "1, 1)")
            ->bindAll(QByteArray(uid), name)
            .run();
        return c->lastInsertId();
    };
    c->prepare("INSERT INTO tags(id, uid, name, created_at, updated_at, hlc) VALUES(7, ?1, "
               "'Cold', 1, 1, 1)")
        ->bind(1, QByteArray("u0"))
        .run();
    const qint64 first = tag("u1", "Hot");
    CHECK(first > 0);
    CHECK(tag("u2", "Warm") == first + 1);
    CHECK(errorCode([&] { tag("u3", "HOT"); }) == SQLITE_CONSTRAINT);
    CHECK(c->scalar("SELECT id FROM tags WHERE name = 'hot'") == first);

    // The search document: a prefix query, and a column (weight) filter.
    c->exec("INSERT INTO search(id, name, phones, emails, company, extra) VALUES(5, 'Ivan "
            "Petrov', '79001234567', 'ivan@example.com', 'Acme', '')");
    CHECK(c->scalar("SELECT id FROM search WHERE doc @@ to_tsquery('simple', 'petr:*')") == 5);
    CHECK(c->scalar("SELECT count(*) FROM search WHERE doc @@ to_tsquery('simple', "
                    "'acme:*A')") == 0);
    CHECK(c->scalar("SELECT count(*) FROM search WHERE doc @@ to_tsquery('simple', "
                    "'acme:*D')") == 1);
}
