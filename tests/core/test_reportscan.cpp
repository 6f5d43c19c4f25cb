// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportfixture.h"

#include "core/analytics/drill.h"
#include "core/services/auth.h"

using namespace Voronka::Core;
using namespace Voronka::Test::ReportFixture;
using Voronka::Test::TempDb;

namespace {

// Tags d1, d2 and d4 "VIP" and gives d3 the source "Сайт", through the write path; the
// aggregates do not move (tags and source are not what they count).
struct Tagged : Fixture
{
    qint64 vip = 0;
    Tagged()
    {
        Records r(*t.admin);
        for (qint64 d : {d1, d2, d4})
            REQUIRE(r.update(EntityKind::Deal, d,
                             {{QStringLiteral("tags"), QStringList{QStringLiteral("VIP")}}}));
        REQUIRE(
            r.update(EntityKind::Deal, d3, {{QStringLiteral("source"), QStringLiteral("Сайт")}}));
        vip = t.db->sql().scalar("SELECT id FROM tags WHERE name = 'VIP'");
        REQUIRE(vip);
    }
};

void requireSameFunnel(const Funnel &a, const Funnel &b)
{
    CHECK(a.pipelineId == b.pipelineId);
    CHECK(a.created == b.created);
    CHECK(a.won == b.won);
    CHECK(a.lost == b.lost);
    CHECK(a.averageCycleMs == b.averageCycleMs);
    REQUIRE(a.stages.size() == b.stages.size());
    for (qsizetype i = 0; i < a.stages.size(); ++i) {
        const FunnelStage &x = a.stages[i], &y = b.stages[i];
        INFO("stage " << x.name.toStdString());
        CHECK(x.stageId == y.stageId);
        CHECK(x.reached == y.reached);
        CHECK(x.entered == y.entered);
        CHECK(x.toNext == y.toNext);
        CHECK(x.toWon == y.toWon);
        CHECK(x.dropOff == y.dropOff);
        CHECK(x.averageMs == y.averageMs);
        CHECK(x.stays == y.stays);
    }
}

// Every report of the scan path equals the aggregate path's, field by field; the stays the
// funnels' stage times were over.
qint64 requireSameReports(Session &s, ReportScope plain, ReportScope filtered)
{
    qint64 stays = 0;
    for (const PipelineInfo &p : s.pipelines()) {
        plain.pipelineId = filtered.pipelineId = p.id;
        Result<Funnel> x = Analytics::funnel(s, plain), y = Analytics::funnel(s, filtered);
        REQUIRE((x.ok() && y.ok()));
        requireSameFunnel(*x, *y);
        for (const FunnelStage &st : x->stages)
            stays += st.stays;
    }
    plain.pipelineId = filtered.pipelineId = 0; // the funnel shows the first pipeline
    Result<Funnel> dx = Analytics::funnel(s, plain), dy = Analytics::funnel(s, filtered);
    REQUIRE((dx.ok() && dy.ok()));
    requireSameFunnel(*dx, *dy);
    Result<QList<SummaryBucket>> sx = Analytics::summary(s, plain, Granularity::Week),
                                 sy = Analytics::summary(s, filtered, Granularity::Week);
    REQUIRE((sx.ok() && sy.ok()));
    REQUIRE(sx->size() == sy->size());
    for (qsizetype i = 0; i < sx->size(); ++i)
        CHECK((sx->at(i).start == sy->at(i).start && sx->at(i).created == sy->at(i).created &&
               sx->at(i).won == sy->at(i).won && sx->at(i).lost == sy->at(i).lost));
    Result<QList<ManagerRow>> mx = Analytics::managers(s, plain),
                              my = Analytics::managers(s, filtered);
    REQUIRE((mx.ok() && my.ok()));
    REQUIRE(mx->size() == my->size());
    for (qsizetype i = 0; i < mx->size(); ++i)
        CHECK((mx->at(i).userId == my->at(i).userId && mx->at(i).open == my->at(i).open &&
               mx->at(i).won == my->at(i).won && mx->at(i).lost == my->at(i).lost &&
               mx->at(i).tasksDone == my->at(i).tasksDone));
    Result<QList<LossRow>> lx = Analytics::losses(s, plain), ly = Analytics::losses(s, filtered);
    REQUIRE((lx.ok() && ly.ok()));
    REQUIRE(lx->size() == ly->size());
    for (qsizetype i = 0; i < lx->size(); ++i)
        CHECK((lx->at(i).reasonId == ly->at(i).reasonId && lx->at(i).lost == ly->at(i).lost));
    Result<QList<ForecastRow>> fx = Analytics::forecast(s, plain),
                               fy = Analytics::forecast(s, filtered);
    REQUIRE((fx.ok() && fy.ok()));
    REQUIRE(fx->size() == fy->size());
    for (qsizetype i = 0; i < fx->size(); ++i)
        CHECK((fx->at(i).month == fy->at(i).month &&
               fx->at(i).responsibleId == fy->at(i).responsibleId &&
               fx->at(i).open == fy->at(i).open && fx->at(i).weighted == fy->at(i).weighted));
    return stays;
}

} // namespace

TEST_CASE("reportScan_tagOnEveryDeal_givesTheAggregatesNumbers", "[analytics]")
{
    for (quint64 seed : {7u, 19u, 31u}) {
        INFO("seed " << seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.voronka"));
        DemoOptions o = tinyDemo();
        o.seed = seed;
        REQUIRE(generateDemo(path, o).ok());
        auto db = std::move(Database::open(path)).value();
        // A tag every deal (the recycle bin's too) carries, and one none does, written behind
        // the write path on purpose: the fixture, not a user's edit.
        Voronka::Test::writeBehindTheWritePath(
            db->sql(), QStringLiteral("INSERT INTO tags(uid, name, created_at, updated_at, hlc) "
                                      "VALUES(randomblob(16), 'everyone', 0, 0, 0), "
                                      "(randomblob(16), 'nobody', 0, 0, 0);"
                                      "INSERT INTO entity_tags(kind, entity_id, tag_id) SELECT "
                                      "1, id, (SELECT id FROM tags WHERE name = 'everyone') "
                                      "FROM deals"));
        const qint64 everyone = db->sql().scalar("SELECT id FROM tags WHERE name = 'everyone'");
        const qint64 nobody = db->sql().scalar("SELECT id FROM tags WHERE name = 'nobody'");
        ManualClock clock(TempDb::kStart);
        const qint64 adminId =
            db->sql().scalar("SELECT id FROM users WHERE email = 'admin@example.com'");
        Session s(*db, clock, Auth::readUser(*db, adminId));
        ReportScope plain;
        plain.from = QDate(2020, 1, 1);
        plain.to = QDate(2027, 1, 1);
        plain.withStageTimes = true;
        ReportScope filtered = plain;
        filtered.tagIds = {nobody, everyone};
        CHECK(requireSameReports(s, plain, filtered) > 0);
        // A narrower period and a manager of the demo.
        plain.from = QDate(2026, 1, 1);
        plain.to = QDate(2026, 3, 1);
        plain.responsibleId =
            db->sql().scalar("SELECT id FROM users WHERE email = 'manager1@example.com'");
        filtered.from = plain.from;
        filtered.to = plain.to;
        filtered.responsibleId = plain.responsibleId;
        requireSameReports(s, plain, filtered);
        // The scratch rows do not outlive the report.
        CHECK(db->sql().scalar("SELECT count(*) FROM temp.analytics_scan") == 0);
    }
}

TEST_CASE("reportScan_tagOnSomeDeals_countsOnlyThem", "[analytics]")
{
    Tagged f;
    ReportScope s = f.march();
    s.tagIds = {f.vip};
    s.withStageTimes = true;
    Result<Funnel> fn = Analytics::funnel(*f.t.admin, s);
    REQUIRE(fn.ok());
    // d1 (won), d2 (still in A), d4 (lost from A).
    CHECK(fn->created == Amount{3, 7000});
    CHECK(fn->stages[0].reached == Amount{3, 7000});
    CHECK(fn->stages[1].reached == Amount{1, 1000});
    CHECK(fn->stages[2].reached == Amount{1, 1000});
    CHECK(fn->stages[3].reached == Amount{1, 1000});
    CHECK(fn->stages[0].entered == Amount{3, 7000});
    CHECK(fn->stages[1].entered == Amount{1, 1000});
    CHECK(fn->stages[2].entered == Amount{});
    CHECK(fn->stages[0].toNext == Approx(100.0 / 3));
    CHECK(fn->won == Amount{1, 1000});
    CHECK(fn->lost == Amount{1, 4000});
    CHECK(fn->averageCycleMs == 2 * kDay);
    // A: d1 a day, d4 two; B: d1 a day.
    CHECK((fn->stages[0].stays == 2 && fn->stages[0].averageMs == 3 * kDay / 2));
    CHECK((fn->stages[1].stays == 1 && fn->stages[1].averageMs == kDay));

    Result<QList<ManagerRow>> rows = Analytics::managers(*f.t.admin, s);
    REQUIRE(rows.ok());
    const ManagerRow *m1 = find(*rows, f.m1), *m2 = find(*rows, f.m2);
    REQUIRE((m1 && m2));
    CHECK(m1->open == Amount{1, 2000}); // d2; d5 has no tag
    CHECK(m1->won == Amount{1, 1000});
    CHECK(m2->open == Amount{}); // d3 has no tag
    CHECK(m2->lost == Amount{1, 4000});
    CHECK(m1->tasksDone == 1); // activity is the user's whole
    CHECK(m2->stageMoves == 3);

    Result<QList<LossRow>> losses = Analytics::losses(*f.t.admin, s);
    REQUIRE(losses.ok());
    REQUIRE(losses->size() == 1);
    CHECK(losses->first().lost == Amount{1, 4000});

    Result<QList<SummaryBucket>> days = Analytics::summary(*f.t.admin, s, Granularity::Day);
    REQUIRE(days.ok());
    CHECK(days->at(1).created == Amount{3, 7000}); // Mar 2 (Mar 1 is the first bucket)
    CHECK(days->at(3).won == Amount{1, 1000});
    CHECK(days->at(3).lost == Amount{1, 4000});
    CHECK(days->at(6).created == Amount{}); // d5, untagged

    s.to = QDate(2026, 5, 1);
    Result<QList<ForecastRow>> fc = Analytics::forecast(*f.t.admin, s);
    REQUIRE(fc.ok());
    REQUIRE(fc->size() == 1); // d2 in April
    CHECK((fc->first().month == QDate(2026, 4, 1) && fc->first().responsibleId == f.m1));
    CHECK(fc->first().weighted == 400);

    // The source, alone and with the tag (both must hold).
    ReportScope bySource = f.march();
    bySource.source = QStringLiteral("Сайт");
    fn = Analytics::funnel(*f.t.admin, bySource);
    REQUIRE(fn.ok());
    CHECK(fn->created == Amount{1, 3000});
    CHECK(fn->stages[2].reached == Amount{1, 3000});
    CHECK(fn->stages[3].reached == Amount{});
    bySource.tagIds = {f.vip};
    fn = Analytics::funnel(*f.t.admin, bySource);
    REQUIRE(fn.ok());
    CHECK(fn->created == Amount{});

    // The viewer's scope still applies: m1 sees his tagged deals only (d1, d2).
    auto s1 = f.t.sessionFor(f.m1);
    s.to = QDate(2026, 4, 1);
    fn = Analytics::funnel(*s1, s);
    REQUIRE(fn.ok());
    CHECK(fn->created == Amount{2, 3000});
    CHECK(fn->lost == Amount{});
}

TEST_CASE("drill_tagAndSource_listTheDealsTheFilteredNumbersCount", "[analytics]")
{
    Tagged f;
    ReportScope s = f.march();
    s.tagIds = {f.vip};
    auto ids = [&](const ReportScope &scope, Drill d) {
        Result<QList<qint64>> r = Analytics::drill(*f.t.admin, scope, d);
        REQUIRE(r.ok());
        QList<qint64> out = *r;
        std::sort(out.begin(), out.end());
        return out;
    };
    CHECK(ids(s, {Drill::What::Created}) == QList<qint64>{f.d1, f.d2, f.d4});
    CHECK(ids(s, {Drill::What::Reached, f.b}) == QList<qint64>{f.d1});
    s.tagIds.clear();
    s.source = QStringLiteral("Сайт");
    CHECK(ids(s, {Drill::What::Created}) == QList<qint64>{f.d3});
    s.source = QStringLiteral("O'Hara"); // quoted, not SQL
    CHECK(ids(s, {Drill::What::Created}).isEmpty());
}

TEST_CASE("reportScan_progressAndCancel", "[analytics]")
{
    Tagged f;
    ReportScope s = f.march();
    s.tagIds = {f.vip};
    QList<std::pair<qint64, qint64>> calls;
    Result<Funnel> fn = Analytics::funnel(*f.t.admin, s, [&](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    });
    REQUIRE(fn.ok());
    REQUIRE(calls.size() == 2); // before the first chunk and after it
    CHECK(calls.first() == std::pair<qint64, qint64>{0, 3});
    CHECK(calls.last() == std::pair<qint64, qint64>{3, 3});

    // Cancelled at the start or after the chunk: an error of its own, no figures.
    for (int stopAt : {0, 1}) {
        int seen = 0;
        Result<QList<LossRow>> l =
            Analytics::losses(*f.t.admin, s, [&](qint64, qint64) { return seen++ < stopAt; });
        REQUIRE_FALSE(l.ok());
        CHECK(l.error().code == Error::Code::Cancelled);
        CHECK_FALSE(l.error().message.isEmpty());
    }
    // The next report starts from empty scratch rows.
    fn = Analytics::funnel(*f.t.admin, s);
    REQUIRE(fn.ok());
    CHECK(fn->created == Amount{3, 7000});

    // Without a deal filter the aggregates answer, and progress is never called.
    calls.clear();
    REQUIRE(Analytics::funnel(*f.t.admin, f.march(), [&](qint64 done, qint64 total) {
                calls.append({done, total});
                return true;
            }).ok());
    CHECK(calls.isEmpty());
}

TEST_CASE("reportScan_readOnlyConnection_filtersToo", "[analytics]")
{
    Tagged f;
    Database::Options o;
    o.readOnly = true;
    Result<std::unique_ptr<Database>> db = Database::open(f.t.db->path(), o);
    REQUIRE(db.ok());
    Session s(**db, f.t.clock, Auth::readUser(**db, f.t.adminId));
    ReportScope scope = f.march();
    scope.tagIds = {f.vip};
    Result<Funnel> fn = Analytics::funnel(s, scope);
    INFO((fn.ok() ? QString() : fn.error().message).toStdString());
    REQUIRE(fn.ok());
    CHECK(fn->created == Amount{3, 7000});
}
