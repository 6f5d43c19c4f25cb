// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"

#include "core/demo/demo.h"
#include "core/services/integrity.h"
#include "core/storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Voronka::Core;

namespace {
DemoOptions tinyOptions(quint64 seed)
{
    DemoOptions o;
    o.size = DemoOptions::Size::Tiny;
    o.seed = seed;
    o.nowMs = 1772442000000LL;
    o.passwordStrength = Auth::Strength::Fast;
    return o;
}

QStringList dump(Database &db, const char *sql)
{
    QStringList out;
    Query q = db.sql().prepare(sql);
    while (q->step()) {
        QStringList cols;
        for (int i = 0; i < q->columnCount(); ++i)
            cols << q->value(i).toString();
        out << cols.join(u'|');
    }
    return out;
}
} // namespace

TEST_CASE("demo_tiny_isConsistentAndDeterministic")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.voronka")),
                  b = dir.filePath(QStringLiteral("b.voronka"));
    Result<DemoSummary> sa = generateDemo(a, tinyOptions(11));
    REQUIRE(sa.ok());
    CHECK(sa->deals == 200);
    CHECK(sa->contacts == 203); // 200 and 3 real duplicates
    CHECK(sa->tasks == 412);    // 2 per deal and the director's 12 Monday meetings
    CHECK(sa->stageMoves > 200);
    REQUIRE(generateDemo(b, tinyOptions(11)).ok());
    auto da = std::move(Database::open(a)).value();
    auto db = std::move(Database::open(b)).value();
    Result<QStringList> problems = Integrity::check(*da);
    REQUIRE(problems.ok());
    INFO(problems->join(u'\n').toStdString());
    CHECK(problems->isEmpty());
    const char *probe = "SELECT hex(uid), name, budget, stage_id, responsible_id, created_at FROM "
                        "deals ORDER BY id";
    CHECK(dump(*da, probe) == dump(*db, probe));
    CHECK(dump(*da, "SELECT name, phones, emails FROM contacts ORDER BY id") ==
          dump(*db, "SELECT name, phones, emails FROM contacts ORDER BY id"));
    // Roles and users the demo promises.
    CHECK(dump(*da, "SELECT email FROM users ORDER BY id").mid(0, 3) ==
          QStringList{QStringLiteral("admin@example.com"), QStringLiteral("head@example.com"),
                      QStringLiteral("manager1@example.com")});
    CHECK(da->sql().scalar("SELECT count(*) FROM pipelines") == 3);
    CHECK(da->sql().scalar("SELECT count(*) FROM stages") == 24);
    CHECK(da->sql().scalar("SELECT count(*) FROM tasks WHERE due_at > 1772442000000") > 0);
    CHECK(da->sql().scalar("SELECT count(*) FROM tasks WHERE due_at < 1772442000000") > 0);
    CHECK(Auth::login(*da, QStringLiteral("manager1@example.com"), QStringLiteral("demo")).ok());
}

TEST_CASE("demo_differentSeed_differentData")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.voronka")),
                  b = dir.filePath(QStringLiteral("b.voronka"));
    REQUIRE(generateDemo(a, tinyOptions(1)).ok());
    REQUIRE(generateDemo(b, tinyOptions(2)).ok());
    auto da = std::move(Database::open(a)).value();
    auto db = std::move(Database::open(b)).value();
    const char *probe = "SELECT name FROM contacts ORDER BY id";
    CHECK(dump(*da, probe) != dump(*db, probe));
}

TEST_CASE("login_unknownUserAndWrongPassword_lookTheSame")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.voronka"));
    REQUIRE(generateDemo(a, tinyOptions(5)).ok());
    auto d = std::move(Database::open(a)).value();
    Result<UserInfo> wrong =
        Auth::login(*d, QStringLiteral("admin@example.com"), QStringLiteral("nope"));
    Result<UserInfo> unknown =
        Auth::login(*d, QStringLiteral("ghost@example.com"), QStringLiteral("demo"));
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error().message == unknown.error().message);
    CHECK(wrong.error().code == Error::Code::Auth);
    CHECK(Auth::login(*d, QStringLiteral("ADMIN@example.com"), QStringLiteral("demo")).ok());
}

TEST_CASE("demo_whileBeingBuilt_isNotUnderItsName")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.voronka"));
    DemoOptions o = tinyOptions(3);
    int calls = 0;
    QStringList seen;
    o.progress = [&](const QString &, qint64, qint64) {
        ++calls;
        if (QFileInfo::exists(a))
            seen << QStringLiteral("a.voronka");
        seen << QDir(dir.path())
                    .entryList({QStringLiteral(".a.voronka.*.part")}, QDir::Files | QDir::Hidden);
    };
    REQUIRE(generateDemo(a, o).ok());
    REQUIRE(calls > 0);
    CHECK_FALSE(seen.contains(QStringLiteral("a.voronka")));
    CHECK(seen.size() == calls); // one hidden file, every time
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("a.voronka")});
}

// What a new user sees first must look like a real small company's base (issue "A first week
// of real use"): work in working hours, a working day's worth of open tasks per person, a few
// overdue, no deal idle for years, one language per pipeline, no e-mail address shared by
// different people, unique colleagues.
TEST_CASE("demo_looksLikeARealSmallCompany")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.voronka"));
    REQUIRE(generateDemo(path, tinyOptions(7)).ok());
    auto d = std::move(Database::open(path)).value();
    const auto scalar = [&](const char *sql) { return d->sql().scalar(sql); };
    // Day index + 3 is the weekday from Monday = 0 (1970-01-01 was a Thursday); UTC hours.
    CHECK(scalar("SELECT count(*) FROM tasks WHERE (due_at / 86400000 + 3) % 7 >= 5 "
                 "OR due_at % 86400000 < 9 * 3600000 OR due_at % 86400000 >= 18 * 3600000") == 0);
    CHECK(scalar("SELECT count(*) FROM history WHERE field = 'stage_id' AND ("
                 "(at / 86400000 + 3) % 7 >= 5 OR at % 86400000 < 9 * 3600000 "
                 "OR at % 86400000 >= 18 * 3600000)") == 0);
    // now is 1772442000000 (tinyOptions); 301 days before it is 1746435600000.
    CHECK(scalar("SELECT max(n) FROM (SELECT count(*) AS n FROM tasks WHERE status = 0 "
                 "GROUP BY responsible_id, due_at / 86400000)") <= 15);
    const qint64 overdue =
        scalar("SELECT max(n) FROM (SELECT count(*) AS n FROM tasks WHERE status = 0 "
               "AND due_at < 1772442000000 GROUP BY responsible_id)");
    CHECK(overdue >= 1);
    CHECK(overdue <= 4);
    CHECK(scalar("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                 "WHERE d.deleted = 0 AND s.kind = 0 AND d.stage_entered_at < 1746435600000") ==
          0);
    CHECK(scalar("SELECT count(*) FROM deals d JOIN stages s ON s.id = d.stage_id "
                 "WHERE s.kind = 0") >= 50); // a busy board
    // One language per pipeline: Wholesale is London's, the other two Moscow's.
    CHECK(scalar("SELECT count(*) FROM deals d JOIN pipelines p ON p.id = d.pipeline_id "
                 "JOIN users u ON u.id = d.responsible_id JOIN departments dep "
                 "ON dep.id = u.department_id WHERE (p.name = 'Wholesale') <> "
                 "(dep.name = 'Sales London')") == 0);
    CHECK(scalar("SELECT count(*) FROM (SELECT emails FROM contacts GROUP BY emails "
                 "HAVING count(*) > 1 AND emails <> '[]')") <= 3);
    CHECK(scalar("SELECT count(*) - count(DISTINCT name) FROM users") == 0);
    // The director's row in the team calendar is not empty.
    CHECK(scalar("SELECT count(*) FROM tasks t JOIN users u ON u.id = t.responsible_id "
                 "WHERE u.email = 'admin@example.com'") > 0);
}
