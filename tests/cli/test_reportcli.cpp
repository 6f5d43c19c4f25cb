// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "support/catch.h"

#include "core/analytics/reports.h"
#include "core/services/auth.h"
#include "core/services/session.h"
#include "core/storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Voronka::Core;
using Voronka::Test::runCli;

namespace {

struct DemoCopy
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.voronka"));
    DemoCopy() { REQUIRE(QFile::copy(Voronka::Test::tinyDemo(5), path)); }
    QStringList as(const QString &user, const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} + rest;
    }
};

const QString kAdmin = QStringLiteral("admin@example.com");
const QString kManager = QStringLiteral("manager1@example.com");

QJsonObject json(const Voronka::Test::CliRun &r)
{
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

TEST_CASE("reportCli_funnel_printsTheCoreFiguresAsTableAndJson", "[analytics]")
{
    DemoCopy demo;
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2025-03-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-03-01")};
    const QJsonObject o =
        json(runCli(demo.as(kAdmin, QStringList{QStringLiteral("--json"), QStringLiteral("report"),
                                                QStringLiteral("funnel")} +
                                        period)));
    // The same numbers, computed in this process from the same file.
    Funnel expected;
    {
        auto db = std::move(Database::open(demo.path)).value();
        ManualClock clock(0);
        const qint64 admin =
            db->sql().scalar("SELECT id FROM users WHERE email = 'admin@example.com'");
        Session s(*db, clock, Auth::readUser(*db, admin));
        ReportScope scope;
        scope.from = QDate(2025, 3, 1);
        scope.to = QDate(2026, 3, 2); // --to is a day included
        expected = std::move(Analytics::funnel(s, scope)).value();
    }
    CHECK(o.value(QStringLiteral("pipeline_id")).toInteger() == expected.pipelineId);
    CHECK(
        o.value(QStringLiteral("created")).toObject().value(QStringLiteral("count")).toInteger() ==
        expected.created.count);
    CHECK(o.value(QStringLiteral("won")).toObject().value(QStringLiteral("sum")).toInteger() ==
          expected.won.sum);
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == expected.stages.size());
    REQUIRE(expected.created.count > 0);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        CHECK(row.value(QStringLiteral("stage")).toString() == expected.stages[i].name);
        CHECK(row.value(QStringLiteral("reached"))
                  .toObject()
                  .value(QStringLiteral("count"))
                  .toInteger() == expected.stages[i].reached.count);
    }

    const auto table = runCli(
        demo.as(kAdmin, QStringList{QStringLiteral("report"), QStringLiteral("funnel")} + period));
    REQUIRE(table.code == 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.first().startsWith(QStringLiteral("stage\treached\tsum")));
    CHECK(lines.size() == 1 + expected.stages.size() + 3); // header, stages, created/won/lost
    CHECK(lines.at(1).startsWith(expected.stages.first().name + u'\t' +
                                 QString::number(expected.stages.first().reached.count) + u'\t'));
}

TEST_CASE("reportCli_manager_seesOnlyHimselfAndCannotSetGoals", "[analytics]")
{
    DemoCopy demo;
    const QJsonObject all = json(runCli(demo.as(
        kAdmin, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("managers")})));
    CHECK(all.value(QStringLiteral("rows")).toArray().size() > 1);
    const QJsonObject own =
        json(runCli(demo.as(kManager, {QStringLiteral("--json"), QStringLiteral("report"),
                                       QStringLiteral("managers")})));
    const QJsonArray rows = own.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 1);
    const qint64 manager =
        Voronka::Test::fileValue(
            demo.path, QStringLiteral("SELECT id FROM users WHERE email = 'manager1@example.com'"))
            .toLongLong();
    CHECK(rows.first().toObject().value(QStringLiteral("user_id")).toInteger() == manager);

    const QStringList goal{QStringLiteral("goal"),    QStringLiteral("set"),
                           QStringLiteral("--user"),  QStringLiteral("manager2@example.com"),
                           QStringLiteral("--month"), QStringLiteral("2026-03"),
                           QStringLiteral("--sum"),   QStringLiteral("1500.50"),
                           QStringLiteral("--count"), QStringLiteral("4")};
    const auto refused = runCli(demo.as(kManager, goal));
    CHECK(refused.code == 2);
    CHECK(refused.err.contains(QStringLiteral("only an administrator")));
    const auto set = runCli(demo.as(kAdmin, goal));
    INFO(set.err.toStdString());
    REQUIRE(set.code == 0);
    const QJsonObject plan = json(runCli(
        demo.as(kAdmin, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("plan"),
                         QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-03-31")})));
    const QJsonArray goals = plan.value(QStringLiteral("rows")).toArray();
    REQUIRE(goals.size() == 1);
    const QJsonObject target = goals.first().toObject().value(QStringLiteral("target")).toObject();
    CHECK(target.value(QStringLiteral("sum")).toInteger() == 150050);
    CHECK(target.value(QStringLiteral("count")).toInteger() == 4);
}

TEST_CASE("reportCli_badArguments_exitWithAMessage", "[analytics]")
{
    DemoCopy demo;
    struct Case
    {
        QStringList args;
        int code;
        const char *message;
    };
    const QList<Case> cases{
        {{QStringLiteral("report")}, 1, "report needs one of funnel|summary"},
        {{QStringLiteral("report"), QStringLiteral("pie")}, 1, "report needs one of"},
        {{QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"),
          QStringLiteral("2026-02-31")},
         1,
         "--from must be a date YYYY-MM-DD"},
        {{QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--from"),
          QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-01")},
         1,
         "--to is before --from"},
        {{QStringLiteral("report"), QStringLiteral("losses"), QStringLiteral("--responsible"),
          kAdmin, QStringLiteral("--department"), QStringLiteral("Sales London")},
         1,
         "not both"},
        {{QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--by"),
          QStringLiteral("year")},
         1,
         "--by must be day, week or month"},
        {{QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--pipeline"),
          QStringLiteral("Nope")},
         2,
         "no pipeline named 'Nope'"},
        {{QStringLiteral("report"), QStringLiteral("managers"), QStringLiteral("--responsible"),
          QStringLiteral("ghost@example.com")},
         2,
         "no user with the email ghost@example.com"},
        {{QStringLiteral("report"), QStringLiteral("forecast"), QStringLiteral("--department"),
          QStringLiteral("Nowhere")},
         2,
         "no department named 'Nowhere'"},
        {{QStringLiteral("goal"), QStringLiteral("set"), QStringLiteral("--user"), kAdmin,
          QStringLiteral("--month"), QStringLiteral("2026-13"), QStringLiteral("--sum"),
          QStringLiteral("1")},
         2,
         "YYYY-MM"},
        {{QStringLiteral("goal"), QStringLiteral("set"), QStringLiteral("--user"), kAdmin},
         1,
         "goal set needs --month"},
        {{QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--tag")},
         1,
         "--tag needs a value"},
        {{QStringLiteral("report"), QStringLiteral("funnel"), QStringLiteral("--tag"),
          QStringLiteral("VIP"), QStringLiteral("--tag"), QStringLiteral("Nope")},
         2,
         "no tag named 'Nope'"},
        {{QStringLiteral("report"), QStringLiteral("summary"), QStringLiteral("--by"),
          QStringLiteral("quarter")},
         1,
         "--by must be day, week or month"},
        {{QStringLiteral("report"), QStringLiteral("plan"), QStringLiteral("--by"),
          QStringLiteral("week")},
         1,
         "report plan --by must be month or quarter"},
    };
    for (const Case &c : cases) {
        const auto r = runCli(demo.as(kAdmin, c.args));
        INFO(c.args.join(u' ').toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == c.code);
        CHECK(r.err.contains(QLatin1String(c.message)));
        CHECK(r.out.isEmpty());
    }
    // A department filter that exists narrows the figures to its people.
    const QJsonObject london = json(runCli(demo.as(
        kAdmin, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("managers"),
                 QStringLiteral("--department"), QStringLiteral("Sales London")})));
    const QJsonObject everyone = json(runCli(demo.as(
        kAdmin, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("managers")})));
    CHECK(london.value(QStringLiteral("rows")).toArray().size() <
          everyone.value(QStringLiteral("rows")).toArray().size());
    CHECK_FALSE(london.value(QStringLiteral("rows")).toArray().isEmpty());
}

namespace {

Session adminSession(Database &db, ManualClock &clock)
{
    const qint64 admin = db.sql().scalar("SELECT id FROM users WHERE email = 'admin@example.com'");
    return Session(db, clock, Auth::readUser(db, admin));
}

} // namespace

TEST_CASE("reportCli_tagsAndSource_giveTheCoreScanFigures", "[analytics]")
{
    DemoCopy demo;
    const QString source =
        Voronka::Test::fileValue(demo.path, QStringLiteral("SELECT source FROM deals WHERE "
                                                           "deleted = 0 GROUP BY source ORDER BY "
                                                           "count(*) DESC, source LIMIT 1"))
            .toString();
    REQUIRE_FALSE(source.isEmpty());
    const QStringList args{QStringLiteral("--json"), QStringLiteral("report"),
                           QStringLiteral("funnel"), QStringLiteral("--tag"),
                           QStringLiteral("VIP"),    QStringLiteral("--tag"),
                           QStringLiteral("Repeat")};
    const QJsonObject tagged = json(runCli(demo.as(kAdmin, args)));
    const QJsonObject both =
        json(runCli(demo.as(kAdmin, args + QStringList{QStringLiteral("--source"), source})));
    const QJsonObject all = json(runCli(demo.as(
        kAdmin, {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("funnel")})));
    Funnel expectTagged, expectBoth;
    {
        auto db = std::move(Database::open(demo.path)).value();
        ManualClock clock(0);
        Session s = adminSession(*db, clock);
        ReportScope scope;
        scope.withStageTimes = true; // the command asks for them
        for (const char *name : {"VIP", "Repeat"})
            scope.tagIds << db->sql().scalar(
                QByteArray(QByteArray("SELECT id FROM tags WHERE name = '") + name + "'")
                    .constData());
        expectTagged = std::move(Analytics::funnel(s, scope)).value();
        scope.source = source;
        expectBoth = std::move(Analytics::funnel(s, scope)).value();
    }
    auto count = [](const QJsonObject &o, const char *key) {
        return o.value(QLatin1String(key)).toObject().value(QStringLiteral("count")).toInteger();
    };
    REQUIRE(expectTagged.created.count > 0);
    CHECK(count(tagged, "created") == expectTagged.created.count);
    CHECK(count(tagged, "won") == expectTagged.won.count);
    CHECK(count(both, "created") == expectBoth.created.count);
    CHECK(expectBoth.created.count < expectTagged.created.count);
    CHECK(count(tagged, "created") < count(all, "created"));
    const QJsonArray rows = tagged.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == expectTagged.stages.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        CHECK(row.value(QStringLiteral("reached"))
                  .toObject()
                  .value(QStringLiteral("count"))
                  .toInteger() == expectTagged.stages[i].reached.count);
        CHECK(row.value(QStringLiteral("average_ms")).toInteger() ==
              expectTagged.stages[i].averageMs);
        CHECK(row.value(QStringLiteral("stays")).toInteger() == expectTagged.stages[i].stays);
    }
}

TEST_CASE("reportCli_planByQuarter_sumsTheMonthsGoals", "[analytics]")
{
    DemoCopy demo;
    for (const char *month : {"2026-01", "2026-03"}) {
        const auto set = runCli(demo.as(
            kAdmin, {QStringLiteral("goal"), QStringLiteral("set"), QStringLiteral("--user"),
                     QStringLiteral("manager2@example.com"), QStringLiteral("--month"),
                     QLatin1String(month), QStringLiteral("--sum"), QStringLiteral("1000"),
                     QStringLiteral("--count"), QStringLiteral("2")}));
        INFO(set.err.toStdString());
        REQUIRE(set.code == 0);
    }
    const QStringList period{QStringLiteral("report"), QStringLiteral("plan"),
                             QStringLiteral("--from"), QStringLiteral("2026-01-01"),
                             QStringLiteral("--to"),   QStringLiteral("2026-03-31")};
    const QJsonObject byQuarter = json(runCli(
        demo.as(kAdmin, QStringList{QStringLiteral("--json")} + period +
                            QStringList{QStringLiteral("--by"), QStringLiteral("quarter")})));
    const QJsonArray rows = byQuarter.value(QStringLiteral("rows")).toArray();
    REQUIRE(rows.size() == 1);
    const QJsonObject row = rows.first().toObject();
    CHECK(row.value(QStringLiteral("month")).toString() == u"2026-Q1");
    CHECK(row.value(QStringLiteral("start")).toString() == u"2026-01-01");
    const QJsonObject target = row.value(QStringLiteral("target")).toObject();
    CHECK(target.value(QStringLiteral("sum")).toInteger() == 200000);
    CHECK(target.value(QStringLiteral("count")).toInteger() == 4);
    // By month (the default): January and March apart.
    const QJsonObject byMonth =
        json(runCli(demo.as(kAdmin, QStringList{QStringLiteral("--json")} + period)));
    CHECK(byMonth.value(QStringLiteral("rows")).toArray().size() == 2);
    const auto table = runCli(
        demo.as(kAdmin, period + QStringList{QStringLiteral("--by"), QStringLiteral("quarter")}));
    REQUIRE(table.code == 0);
    CHECK(table.out.startsWith(QStringLiteral("quarter\tuser\t")));
    CHECK(table.out.contains(QStringLiteral("2026-Q1\t")));
}
