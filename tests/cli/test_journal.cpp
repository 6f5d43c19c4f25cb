// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/records.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {

using Run = Voronka::Test::CliRun;

Run cli(const QStringList &args, const QString &password)
{
    Voronka::Test::CliEnv env;
    env.password = password;
    return Voronka::Test::runCli(args, env);
}

// A database with a deal renamed by the admin, a sign-in by ivan and a failed one, all on
// 2026-03-02 (UTC) and after TempDb's own settings history.
struct JournalDb
{
    TempDb t;
    qint64 ivan = 0, deal = 0;
    JournalDb()
    {
        Admin admin(*t.admin);
        ivan = t.addUser(QStringLiteral("ivan@example.com"),
                         *admin.createRole(QStringLiteral("All"), RoleMatrix::filled(Scope::All)));
        t.clock.advance(60000);
        Records r(*t.admin);
        deal = *r.create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Old")}});
        t.clock.advance(1000);
        REQUIRE(r.update(EntityKind::Deal, deal, {{QStringLiteral("name"), QStringLiteral("New")}})
                    .ok());
        t.db->sql().exec(
            QStringLiteral(
                "INSERT INTO sign_ins(at, email, user_id, machine, os_user, client, result) VALUES"
                "(%1, 'ivan@example.com', %2, 'PC-7', 'ivan', 'desktop', 1),"
                "(%3, 'ghost@example.com', NULL, 'PC-9', 'guest', 'cli', 2)")
                .arg(t.clock.nowMs() + 1000)
                .arg(ivan)
                .arg(t.clock.nowMs() + 2000));
        t.admin.reset();
        t.db.reset();
    }
    QStringList as(const QString &user, const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"), t.path(), QStringLiteral("--user"), user} + rest;
    }
};

QString str(const QJsonArray &a, const char *key)
{
    return a.first().toObject().value(QLatin1String(key)).toString();
}

} // namespace

TEST_CASE("cliJournal_printsOneLinePerEntryNewestFirst")
{
    JournalDb db;
    const QStringList day{QStringLiteral("journal"), QStringLiteral("--from"),
                          QStringLiteral("2026-03-02"), QStringLiteral("--to"),
                          QStringLiteral("2026-03-02")};
    Run r = cli(db.as(QStringLiteral("admin@example.com"), day), QStringLiteral("secret"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.isEmpty());
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == u"2026-03-02T09:01:03Z\tghost@example.com\tsign-in-failed\tsign-in\t\t"
                      u"ghost@example.com\t\t\t\tPC-9 / guest (cli)");
    CHECK(lines[1].startsWith(u"2026-03-02T09:01:02Z\tivan\tsign-in\tsign-in\t"));
    CHECK(lines[2] == QStringLiteral("2026-03-02T09:01:01Z\tAdmin\tchanged\tdeal\t%1\tNew\tName\t"
                                     "Old\tNew\t")
                          .arg(db.deal));

    r = cli(db.as(QStringLiteral("admin@example.com"),
                  day + QStringList{QStringLiteral("--limit"), QStringLiteral("2")}),
            QStringLiteral("secret"));
    REQUIRE(r.code == 0);
    CHECK(r.out.split(u'\n', Qt::SkipEmptyParts) == lines.mid(0, 2));
    CHECK(r.err.contains(u"more entries follow"));
}

TEST_CASE("cliJournal_jsonFiltersByUserAndEntity")
{
    JournalDb db;
    Run r = cli(db.as(QStringLiteral("admin@example.com"),
                      {QStringLiteral("--json"), QStringLiteral("journal"),
                       QStringLiteral("--user"), QStringLiteral("ivan@example.com")}),
                QStringLiteral("secret"));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(a.size() == 1);
    CHECK(str(a, "action") == u"sign-in");
    CHECK(str(a, "user") == u"ivan");
    CHECK(str(a, "detail") == u"PC-7 / ivan (desktop)");
    CHECK(a[0].toObject().value(u"entity_id").isNull());

    r = cli(db.as(QStringLiteral("admin@example.com"),
                  {QStringLiteral("--json"), QStringLiteral("journal"), QStringLiteral("--entity"),
                   QStringLiteral("deal")}),
            QStringLiteral("secret"));
    REQUIRE(r.code == 0);
    a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    REQUIRE(a.size() == 1);
    CHECK(str(a, "entity") == u"deal");
    CHECK(a[0].toObject().value(u"entity_id").toInteger() == db.deal);
    CHECK(str(a, "old") == u"Old");
    CHECK(str(a, "new") == u"New");
    CHECK(str(a, "time") == u"2026-03-02T09:01:01.000Z");
}

TEST_CASE("cliJournal_nonAdminAndBadArguments_refused")
{
    JournalDb db;
    Run r = cli(db.as(QStringLiteral("ivan@example.com"), {QStringLiteral("journal")}),
                QStringLiteral("pw"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"journal requires an administrator"));
    CHECK(r.out.isEmpty());

    r = cli(
        db.as(QStringLiteral("admin@example.com"),
              {QStringLiteral("journal"), QStringLiteral("--entity"), QStringLiteral("planet")}),
        QStringLiteral("secret"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"--entity must be"));
    r = cli(
        db.as(QStringLiteral("admin@example.com"),
              {QStringLiteral("journal"), QStringLiteral("--from"), QStringLiteral("2026-03-05"),
               QStringLiteral("--to"), QStringLiteral("2026-03-01")}),
        QStringLiteral("secret"));
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"--to is before --from"));
    r = cli(db.as(QStringLiteral("admin@example.com"),
                  {QStringLiteral("journal"), QStringLiteral("--user"), QStringLiteral("x@y.z")}),
            QStringLiteral("secret"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"no user with the email x@y.z"));
}
