// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportfixture.h"

#include "core/analytics/activity.h"
#include "core/analytics/drill.h"
#include "core/analytics/goals.h"

using namespace Voronka::Core;
using namespace Voronka::Test::ReportFixture;
using namespace Voronka::Test;

TEST_CASE("funnel_handBuiltWeek_countsEachDealUpToItsFurthestStage", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    Result<Funnel> fn = Analytics::funnel(*f.t.admin, f.march());
    REQUIRE(fn.ok());
    REQUIRE(fn->stages.size() == 4);
    const FunnelStage &a = fn->stages[0], &b = fn->stages[1], &c = fn->stages[2],
                      &w = fn->stages[3];
    CHECK((a.stageId == f.a && b.stageId == f.b && c.stageId == f.c && w.stageId == f.won));
    // Furthest: d1 Won, d2 A, d3 C, d4 A (lost from A), d5 B.
    CHECK(a.reached == Amount{5, 10500});
    CHECK(b.reached == Amount{3, 4500});
    CHECK(c.reached == Amount{2, 4000});
    CHECK(w.reached == Amount{1, 1000});
    CHECK(a.entered == Amount{4, 10000});
    CHECK(b.entered == Amount{3, 4500});
    CHECK(c.entered == Amount{1, 3000});
    CHECK(w.entered == Amount{1, 1000});
    CHECK(a.toNext == Approx(60.0));
    CHECK(b.toNext == Approx(200.0 / 3));
    CHECK(c.toNext == Approx(50.0));
    CHECK(w.toNext == Approx(100.0));
    CHECK(a.toWon == Approx(20.0));
    CHECK(b.toWon == Approx(100.0 / 3));
    CHECK(c.toWon == Approx(50.0));
    CHECK((a.dropOff == 2 && b.dropOff == 1 && c.dropOff == 1 && w.dropOff == 0));
    CHECK(fn->created == Amount{5, 10500});
    CHECK(fn->won == Amount{1, 1000});
    CHECK(fn->lost == Amount{1, 4000});
    CHECK(fn->averageCycleMs == 2 * kDay);

    // Mar 4 alone: the win and the loss, nobody created.
    ReportScope day = f.march();
    day.from = QDate(2026, 3, 4);
    day.to = QDate(2026, 3, 5);
    fn = Analytics::funnel(*f.t.admin, day);
    REQUIRE(fn.ok());
    CHECK(fn->created == Amount{});
    CHECK(fn->won == Amount{1, 1000});
    CHECK(fn->lost == Amount{1, 4000});
    CHECK(fn->stages[0].entered == Amount{});
    CHECK(fn->stages[3].entered == Amount{1, 1000});
    CHECK(fn->stages[0].toNext == 0.0);
}

TEST_CASE("drill_handBuiltWeek_listsExactlyTheDealsANumberCounts", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    auto ids = [&](Session &s, const ReportScope &scope, Drill d) {
        Result<QList<qint64>> r = Analytics::drill(s, scope, d);
        INFO((r.ok() ? QString() : r.error().message).toStdString());
        REQUIRE(r.ok());
        QList<qint64> out = *r;
        std::sort(out.begin(), out.end());
        return out;
    };
    using W = Drill::What;
    Session &admin = *f.t.admin;
    const ReportScope march = f.march();
    CHECK(ids(admin, march, {W::Created}) == QList<qint64>{f.d1, f.d2, f.d3, f.d4, f.d5});
    CHECK(ids(admin, march, {W::Won}) == QList<qint64>{f.d1});
    CHECK(ids(admin, march, {W::Lost}) == QList<qint64>{f.d4});
    Drill otherReason{W::Lost};
    otherReason.reasonId = 0;
    CHECK(ids(admin, march, otherReason).isEmpty());
    // Reached B: the deals whose furthest stage is B, C or Won — d1, d3, d5 (3 in the funnel).
    Drill reachedB{W::Reached, f.b};
    CHECK(ids(admin, march, reachedB) == QList<qint64>{f.d1, f.d3, f.d5});
    Drill enteredC{W::Entered, f.c};
    CHECK(ids(admin, march, enteredC) == QList<qint64>{f.d3});
    Drill openA{W::Open, f.a};
    CHECK(ids(admin, march, openA) == QList<qint64>{f.d2});
    // Forecast for March: d5 (Mar 31) is open and due; d1 is won; d2 closes in April.
    CHECK(ids(admin, march, {W::Forecast}) == QList<qint64>{f.d5});
    Drill undated{W::Forecast};
    undated.noCloseDate = true;
    CHECK(ids(admin, march, undated) == QList<qint64>{f.d3});
    // Open deals without an open task: d5 has none, d2 has t1 and d3 has t3.
    CHECK(ids(admin, march, {W::WithoutOpenTask}) == QList<qint64>{f.d5});

    // One manager's numbers, in every pipeline (the per-manager report's scope).
    ReportScope m2 = march;
    m2.responsibleId = f.m2;
    CHECK(ids(admin, m2, {W::Created}) == QList<qint64>{f.d3, f.d4});
    m2.pipelineId = 0;
    CHECK(ids(admin, m2, {W::Lost}) == QList<qint64>{f.d4});

    // A manager whose analytics right is his own sees his own deals only, whatever he asks.
    auto s1 = f.t.sessionFor(f.m1);
    CHECK(ids(*s1, march, {W::Created}) == QList<qint64>{f.d1, f.d2, f.d5});
    CHECK(ids(*s1, m2, {W::Created}).isEmpty());

    // Cancelled through the progress callback: an error, no partial list.
    Result<QList<qint64>> cancelled =
        Analytics::drill(admin, march, {W::Created}, [](qint64) { return false; });
    CHECK(cancelled.ok()); // fewer rows than one report step: finished before being asked
}

TEST_CASE("drill_tinyDemo_everyNumberOpensAListOfThatLength", "[analytics]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.voronka"));
    REQUIRE(generateDemo(path, tinyDemo()).ok());
    auto db = std::move(Database::open(path)).value();
    ManualClock clock(TempDb::kStart);
    const qint64 headId = db->sql().scalar("SELECT id FROM users WHERE email = 'head@example.com'");
    Session s(*db, clock, Auth::readUser(*db, headId));
    ReportScope scope;
    scope.from = QDate(2020, 1, 1);
    scope.to = QDate(2027, 1, 1);
    scope.pipelineId = s.pipelines().first().id;
    auto length = [&](const ReportScope &r, const Drill &d) {
        Result<QList<qint64>> ids = Analytics::drill(s, r, d);
        REQUIRE(ids.ok());
        return qint64(ids->size());
    };
    using W = Drill::What;
    Result<Funnel> fn = Analytics::funnel(s, scope);
    REQUIRE(fn.ok());
    CHECK(length(scope, {W::Created}) == fn->created.count);
    CHECK(length(scope, {W::Won}) == fn->won.count);
    CHECK(length(scope, {W::Lost}) == fn->lost.count);
    for (const FunnelStage &st : fn->stages) {
        CHECK(length(scope, {W::Reached, st.stageId}) == st.reached.count);
        CHECK(length(scope, {W::Entered, st.stageId}) == st.entered.count);
    }
    Result<Dashboard> d = Analytics::dashboard(s, scope);
    REQUIRE(d.ok());
    for (const StageTotal &st : d->openByStage)
        CHECK(length(scope, {W::Open, st.stageId}) == st.open.count);
    CHECK(length(scope, {W::WithoutOpenTask}) == d->dealsWithoutOpenTask);
    Result<QList<ManagerRow>> managers = Analytics::managers(s, scope);
    REQUIRE(managers.ok());
    REQUIRE(managers->size() > 1);
    for (const ManagerRow &m : *managers) {
        ReportScope one = scope;
        one.responsibleId = m.userId;
        CHECK(length(one, {W::Won}) == m.won.count);
        CHECK(length(one, {W::Open}) == m.open.count);
    }
    Result<QList<LossRow>> losses = Analytics::losses(s, scope);
    REQUIRE(losses.ok());
    for (const LossRow &l : *losses) {
        Drill lost{W::Lost};
        lost.reasonId = l.reasonId;
        CHECK(length(scope, lost) == l.lost.count);
    }
}

TEST_CASE("goals_headSetsHisDepartmentsRemovalIsUndoneBySettingAgain", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    const QString march = QStringLiteral("2026-03");
    auto head = f.t.sessionFor(f.head);
    auto m1 = f.t.sessionFor(f.m1);
    // Who may set whose goal, as the Set goal dialog offers it.
    CHECK(Analytics::maySetGoal(*f.t.admin, f.t.admin->user(f.m1)));
    CHECK(Analytics::maySetGoal(*head, head->user(f.m2)));
    CHECK_FALSE(Analytics::maySetGoal(*m1, m1->user(f.m1)));
    QList<qint64> people;
    for (const UserInfo &u : Analytics::goalPeople(*head))
        people << u.id;
    std::sort(people.begin(), people.end());
    CHECK(people == QList<qint64>{f.m1, f.m2, f.head});
    CHECK(Analytics::goalPeople(*m1).isEmpty());

    Result<std::optional<Analytics::Goal>> g = Analytics::goal(*head, f.m2, march);
    REQUIRE((g.ok() && g->has_value()));
    CHECK(((*g)->sum == 3000 && (*g)->count == 1));
    CHECK(Analytics::removeGoal(*m1, f.m2, march).error().code == Error::Code::Permission);
    REQUIRE(Analytics::removeGoal(*head, f.m2, march));
    g = Analytics::goal(*head, f.m2, march);
    REQUIRE(g.ok());
    CHECK_FALSE(g->has_value());
    Result<QList<PlanRow>> plan = Analytics::planProgress(*f.t.admin, f.march());
    REQUIRE(plan.ok());
    CHECK(plan->size() == 1); // m1's alone
    CHECK(f.t.db->sql().scalar("SELECT count(*) FROM outbox WHERE kind = 17 AND op = 3") == 1);
    // Setting it again brings the same record back.
    REQUIRE(Analytics::setGoal(*head, f.m2, march, 3000, 1, Origin::of(WriteMode::Undo)));
    plan = Analytics::planProgress(*f.t.admin, f.march());
    REQUIRE(plan.ok());
    CHECK(plan->size() == 2);
    CHECK(f.t.db->sql().scalar("SELECT count(*) FROM goals") == 2);
    REQUIRE(Analytics::removeGoal(*head, f.m2, QStringLiteral("2026-05"))); // none: nothing
}

TEST_CASE("funnel_handBuiltWeek_averagesTheStaysThatEndedInThePeriod", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    ReportScope march = f.march();
    // Without asking, the funnel reads the aggregates only: no stage times.
    Result<Funnel> fn = Analytics::funnel(*f.t.admin, march);
    REQUIRE(fn.ok());
    for (const FunnelStage &st : fn->stages)
        CHECK((st.stays == 0 && st.averageMs == 0));
    march.withStageTimes = true;
    fn = Analytics::funnel(*f.t.admin, march);
    REQUIRE(fn.ok());
    const FunnelStage &a = fn->stages[0], &b = fn->stages[1], &c = fn->stages[2],
                      &w = fn->stages[3];
    // A: d1 and d3 left after a day, d4 (lost) after two; d2 is still there and not counted.
    CHECK(a.stays == 3);
    CHECK(a.averageMs == 4 * kDay / 3);
    // B: d1 won after a day, d3 moved to C after two; d5 is still there.
    CHECK(b.stays == 2);
    CHECK(b.averageMs == 3 * kDay / 2);
    // C: only d3, still there. Won: nobody left it.
    CHECK((c.stays == 0 && c.averageMs == 0));
    CHECK((w.stays == 0 && w.averageMs == 0));

    // A stay counts in the period it ended in: Mar 4 holds d1 leaving B and d4 leaving A.
    ReportScope day = march;
    day.from = QDate(2026, 3, 4);
    day.to = QDate(2026, 3, 5);
    fn = Analytics::funnel(*f.t.admin, day);
    REQUIRE(fn.ok());
    CHECK((fn->stages[0].stays == 1 && fn->stages[0].averageMs == 2 * kDay));
    CHECK((fn->stages[1].stays == 1 && fn->stages[1].averageMs == kDay));

    // The manager's scope: m1's deals only (d1's stays in A and B).
    auto s1 = f.t.sessionFor(f.m1);
    fn = Analytics::funnel(*s1, march);
    REQUIRE(fn.ok());
    CHECK((fn->stages[0].stays == 1 && fn->stages[0].averageMs == kDay));
    CHECK((fn->stages[1].stays == 1 && fn->stages[1].averageMs == kDay));

    // A deal in the recycle bin counts nowhere.
    REQUIRE(Records(*f.t.admin).remove(EntityKind::Deal, f.d4));
    fn = Analytics::funnel(*f.t.admin, march);
    REQUIRE(fn.ok());
    CHECK((fn->stages[0].stays == 2 && fn->stages[0].averageMs == kDay));
}

TEST_CASE("summary_handBuiltWeek_bucketsByDayWeekAndMonth", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    ReportScope s = f.march();
    s.from = QDate(2026, 3, 2);
    s.to = QDate(2026, 3, 9);
    Result<QList<SummaryBucket>> days = Analytics::summary(*f.t.admin, s, Granularity::Day);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 7);
    CHECK(days->at(0).start == QDate(2026, 3, 2));
    CHECK(days->at(0).created == Amount{4, 10000});
    CHECK(days->at(1).created == Amount{});
    CHECK(days->at(2).won == Amount{1, 1000});
    CHECK(days->at(2).lost == Amount{1, 4000});
    CHECK(days->at(5).created == Amount{1, 500});

    s.from = QDate(2026, 3, 1); // a Sunday: its week's bucket starts there
    s.to = QDate(2026, 3, 15);
    Result<QList<SummaryBucket>> weeks = Analytics::summary(*f.t.admin, s, Granularity::Week);
    REQUIRE(weeks.ok());
    REQUIRE(weeks->size() == 3);
    CHECK(weeks->at(0).start == QDate(2026, 3, 1));
    CHECK(weeks->at(0).created == Amount{});
    CHECK(weeks->at(1).start == QDate(2026, 3, 2));
    CHECK(weeks->at(1).created == Amount{5, 10500});
    CHECK(weeks->at(1).won == Amount{1, 1000});
    CHECK(weeks->at(1).lost == Amount{1, 4000});
    CHECK(weeks->at(2).start == QDate(2026, 3, 9));

    s.to = QDate(2026, 5, 1);
    Result<QList<SummaryBucket>> months = Analytics::summary(*f.t.admin, s, Granularity::Month);
    REQUIRE(months.ok());
    REQUIRE(months->size() == 2);
    CHECK(months->at(0).created == Amount{5, 10500});
    CHECK(months->at(1).start == QDate(2026, 4, 1));
    CHECK(months->at(1).created == Amount{});
}

TEST_CASE("activity_handBuiltWeek_countsContactsCompaniesAndTasksInTheSummarysBuckets",
          "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    // Mar 7 (the fixture's clock): m1 adds a contact and a company, the admin a contact of m2's.
    Records r(*f.t.admin);
    REQUIRE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Ann")}, {kResponsible, f.m1}}));
    REQUIRE(r.create(EntityKind::Company, {{kName, QStringLiteral("Acme")}, {kResponsible, f.m1}}));
    REQUIRE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Bob")}, {kResponsible, f.m2}}));
    ReportScope s = f.march();
    s.from = QDate(2026, 3, 2);
    s.to = QDate(2026, 3, 9);
    Result<QList<ActivityBucket>> days = Analytics::activity(*f.t.admin, s, Granularity::Day);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 7);
    CHECK(days->at(0).start == QDate(2026, 3, 2));
    CHECK(days->at(0).tasksCreated == 3);
    CHECK(days->at(0).tasksDone == 0);
    CHECK(days->at(5).start == QDate(2026, 3, 7));
    CHECK(days->at(5).tasksDone == 1);
    CHECK(days->at(5).contactsCreated == 2);
    CHECK(days->at(5).companiesCreated == 1);

    // The same bucket starts as the summary's, a Sunday start included.
    s.from = QDate(2026, 3, 1);
    s.to = QDate(2026, 3, 15);
    Result<QList<ActivityBucket>> weeks = Analytics::activity(*f.t.admin, s, Granularity::Week);
    Result<QList<SummaryBucket>> summary = Analytics::summary(*f.t.admin, s, Granularity::Week);
    REQUIRE((weeks.ok() && summary.ok()));
    REQUIRE(weeks->size() == summary->size());
    for (qsizetype i = 0; i < weeks->size(); ++i)
        CHECK(weeks->at(i).start == summary->at(i).start);
    CHECK(weeks->at(1).tasksCreated == 3);
    CHECK(weeks->at(1).contactsCreated == 2);

    // One person's; and a manager reading his own whatever he asks.
    s.responsibleId = f.m2;
    weeks = Analytics::activity(*f.t.admin, s, Granularity::Week);
    REQUIRE(weeks.ok());
    CHECK(weeks->at(1).tasksCreated == 1);
    CHECK(weeks->at(1).contactsCreated == 1);
    CHECK(weeks->at(1).companiesCreated == 0);
    auto m1 = f.t.sessionFor(f.m1);
    s.responsibleId = 0;
    weeks = Analytics::activity(*m1, s, Granularity::Week);
    REQUIRE(weeks.ok());
    CHECK(weeks->at(1).tasksCreated == 2);
    CHECK(weeks->at(1).tasksDone == 1);
    CHECK(weeks->at(1).contactsCreated == 1);
}

TEST_CASE("managers_handBuiltWeek_countDealsTasksNotesAndMoves", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    Result<QList<ManagerRow>> rows = Analytics::managers(*f.t.admin, f.march());
    REQUIRE(rows.ok());
    CHECK(rows->size() == 4); // admin, m1, m2, head
    const ManagerRow *m1 = find(*rows, f.m1), *m2 = find(*rows, f.m2);
    REQUIRE(m1);
    REQUIRE(m2);
    CHECK(m1->open == Amount{2, 2500});
    CHECK(m1->won == Amount{1, 1000});
    CHECK(m1->lost == Amount{});
    CHECK(m1->conversion == Approx(100.0));
    CHECK(m1->averageWon == 1000);
    CHECK(m1->tasksDone == 1);
    CHECK(m1->tasksOverdue == 1);
    CHECK(m1->notesAdded == 1);
    CHECK(m1->stageMoves == 2);
    CHECK(m2->open == Amount{1, 3000});
    CHECK(m2->won == Amount{});
    CHECK(m2->lost == Amount{1, 4000});
    CHECK(m2->conversion == 0.0);
    CHECK(m2->tasksDone == 0);
    CHECK(m2->tasksOverdue == 0);
    CHECK(m2->notesAdded == 0);
    CHECK(m2->stageMoves == 3);
}

TEST_CASE("lossesAndForecast_handBuiltWeek_groupByReasonMonthAndManager", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    Result<QList<LossRow>> losses = Analytics::losses(*f.t.admin, f.march());
    REQUIRE(losses.ok());
    REQUIRE(losses->size() == 1);
    CHECK(losses->first().reasonId == f.reason);
    CHECK(losses->first().lost == Amount{1, 4000});
    CHECK(losses->first().share == Approx(100.0));
    CHECK_FALSE(losses->first().name.isEmpty());

    ReportScope s = f.march();
    s.to = QDate(2026, 5, 1);
    Result<QList<ForecastRow>> fc = Analytics::forecast(*f.t.admin, s);
    REQUIRE(fc.ok());
    REQUIRE(fc->size() == 3);
    CHECK((fc->at(0).month == QDate(2026, 3, 1) && fc->at(0).responsibleId == f.m1));
    CHECK(fc->at(0).open == Amount{1, 500});
    CHECK(fc->at(0).weighted == 250); // B: 50 %
    CHECK((fc->at(1).month == QDate(2026, 4, 1) && fc->at(1).responsibleId == f.m1));
    CHECK(fc->at(1).weighted == 400); // A: 20 % of 2000
    CHECK((!fc->at(2).month.isValid() && fc->at(2).responsibleId == f.m2));
    CHECK(fc->at(2).weighted == 2400); // C: 80 % of 3000, no close date
    fc = Analytics::forecast(*f.t.admin, f.march());
    REQUIRE(fc.ok());
    CHECK(fc->size() == 2); // April's deal is out of the period
}

TEST_CASE("dashboardAndPlan_handBuiltWeek_tilesAndWhereYouShouldBe", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    Result<Dashboard> d = Analytics::dashboard(*f.t.admin, f.march());
    REQUIRE(d.ok());
    CHECK(d->pipelineId == f.pipeline);
    REQUIRE(d->openByStage.size() == 4);
    CHECK(d->openByStage[0].kind == StageKind::Incoming);
    CHECK(d->openByStage[0].open == Amount{});
    CHECK(d->openByStage[1].open == Amount{1, 2000});
    CHECK(d->openByStage[2].open == Amount{1, 500});
    CHECK(d->openByStage[3].open == Amount{1, 3000});
    CHECK(d->won == Amount{1, 1000});
    CHECK(d->plan == Amount{3, 8000});
    CHECK(d->incoming == Amount{});
    CHECK(d->dealsWithoutOpenTask == 1); // d5; d2 and d3 have open tasks
    CHECK(d->overdueTasks == 1);
    CHECK(d->tasksDoneToday == 1);
    CHECK(d->forecastThisMonth == 250);

    Result<QList<PlanRow>> plan = Analytics::planProgress(*f.t.admin, f.march());
    REQUIRE(plan.ok());
    REQUIRE(plan->size() == 2);
    const PlanRow *m1 = find(*plan, f.m1), *m2 = find(*plan, f.m2);
    REQUIRE((m1 && m2));
    CHECK(m1->month == u"2026-03");
    CHECK(m1->target == Amount{2, 5000});
    CHECK(m1->won == Amount{1, 1000});
    CHECK(m1->expectedSum == 5000 * 7 / 31); // 7 of March's 31 days gone by tonight
    CHECK(m1->expectedCount == 0);
    CHECK(m1->progress == Approx(20.0));
    CHECK(m2->won == Amount{});
    CHECK(m2->expectedSum == 3000 * 7 / 31);
}

TEST_CASE("planProgress_byQuarter_sumsTheMonthsGoalsOverTheQuartersDays", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    REQUIRE(Analytics::setGoal(*f.t.admin, f.m1, QStringLiteral("2026-01"), 700, 1));
    REQUIRE(Analytics::setGoal(*f.t.admin, f.m1, QStringLiteral("2026-04"), 1000, 1));
    ReportScope s = f.march();
    s.from = QDate(2026, 2, 15); // touches Q1 and Q2
    s.to = QDate(2026, 5, 1);
    Result<QList<PlanRow>> plan = Analytics::planProgress(*f.t.admin, s, PlanPeriod::Quarter);
    REQUIRE(plan.ok());
    REQUIRE(plan->size() == 3); // Q1: m1, m2; Q2: m1
    const PlanRow &q1m1 = plan->at(0), &q1m2 = plan->at(1), &q2m1 = plan->at(2);
    CHECK((q1m1.userId == f.m1 && q1m2.userId == f.m2 && q2m1.userId == f.m1));
    CHECK(q1m1.month == u"2026-Q1");
    CHECK(q1m1.start == QDate(2026, 1, 1));
    CHECK(q1m1.target == Amount{3, 5700}); // January's and March's goals
    CHECK(q1m1.won == Amount{1, 1000});
    // By tonight (Mar 7) 31 + 28 + 7 = 66 of the quarter's 90 days are gone.
    CHECK(q1m1.expectedSum == 5700 * 66 / 90);
    CHECK(q1m1.expectedCount == 3 * 66 / 90);
    CHECK(q1m1.progress == Approx(100.0 * 1000 / 5700));
    CHECK(q1m2.target == Amount{1, 3000});
    CHECK(q2m1.month == u"2026-Q2");
    CHECK(q2m1.start == QDate(2026, 4, 1));
    CHECK(q2m1.target == Amount{1, 1000});
    CHECK(q2m1.won == Amount{});
    CHECK(q2m1.expectedSum == 0); // not begun

    // By month the same call gives each month's goal alone, as planProgress(s, r) does.
    Result<QList<PlanRow>> months = Analytics::planProgress(*f.t.admin, s, PlanPeriod::Month);
    Result<QList<PlanRow>> plain = Analytics::planProgress(*f.t.admin, s);
    REQUIRE((months.ok() && plain.ok()));
    REQUIRE(months->size() == 3); // March: m1, m2; April: m1 (February has no goal)
    CHECK(months->at(0).month == u"2026-03");
    CHECK(months->at(0).target == Amount{2, 5000});
    CHECK(months->at(0).start == QDate(2026, 3, 1));
    REQUIRE(plain->size() == months->size());
    for (qsizetype i = 0; i < plain->size(); ++i)
        CHECK((plain->at(i).month == months->at(i).month &&
               plain->at(i).target == months->at(i).target &&
               plain->at(i).expectedSum == months->at(i).expectedSum));
}

TEST_CASE("reports_managerWithOwnScope_seesOnlyHisFigures", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    auto s1 = f.t.sessionFor(f.m1);
    Result<QList<ManagerRow>> rows = Analytics::managers(*s1, f.march());
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().userId == f.m1);
    Result<Funnel> fn = Analytics::funnel(*s1, f.march());
    REQUIRE(fn.ok());
    CHECK(fn->created == Amount{3, 3500}); // d1, d2, d5
    CHECK(fn->stages[0].reached == Amount{3, 3500});
    CHECK(fn->lost == Amount{});
    // Asking for a colleague gives nothing, not his figures.
    ReportScope other = f.march();
    other.responsibleId = f.m2;
    fn = Analytics::funnel(*s1, other);
    REQUIRE(fn.ok());
    CHECK(fn->created == Amount{});
    Result<QList<LossRow>> losses = Analytics::losses(*s1, f.march());
    REQUIRE(losses.ok());
    CHECK(losses->isEmpty());
    Result<QList<PlanRow>> plan = Analytics::planProgress(*s1, f.march());
    REQUIRE(plan.ok());
    REQUIRE(plan->size() == 1);
    CHECK(plan->first().userId == f.m1);

    // The head sees the department: both managers and herself, not the admin.
    auto h = f.t.sessionFor(f.head);
    rows = Analytics::managers(*h, f.march());
    REQUIRE(rows.ok());
    CHECK(rows->size() == 3);
    CHECK_FALSE(find(*rows, f.t.adminId));
}

TEST_CASE("setGoal_managerRefusedHeadAndAdminWriteThroughTheWritePath", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    Fixture f(backend);
    auto s1 = f.t.sessionFor(f.m1);
    Status refused = Analytics::setGoal(*s1, f.m1, QStringLiteral("2026-04"), 100, 1);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(refused.error().message.contains(QStringLiteral("m1")));
    auto h = f.t.sessionFor(f.head);
    CHECK_FALSE(Analytics::setGoal(*h, f.t.adminId, QStringLiteral("2026-04"), 100, 1).ok());
    REQUIRE(Analytics::setGoal(*h, f.m2, QStringLiteral("2026-04"), 700, 2));
    CHECK_FALSE(Analytics::setGoal(*f.t.admin, f.m2, QStringLiteral("2026-13"), 1, 1).ok());
    CHECK_FALSE(Analytics::setGoal(*f.t.admin, f.m2, QStringLiteral("2026-04"), -1, 1).ok());

    Connection &sql = f.t.db->sql();
    CHECK(sql.scalar("SELECT target_amount FROM goals WHERE month = '2026-04'") == 700);
    const qint64 id = sql.scalar("SELECT id FROM goals WHERE month = '2026-04'");
    const QByteArray where = " WHERE kind = 17 AND entity_id = " + QByteArray::number(id);
    auto count = [&](const char *table) {
        return sql.scalar(
            QByteArray(QByteArray("SELECT count(*) FROM ") + table + where).constData());
    };
    CHECK(count("outbox") == 1);
    CHECK(count("history") == 2);
    // A change is one more history row and outbox entry; the same value writes nothing.
    REQUIRE(Analytics::setGoal(*f.t.admin, f.m2, QStringLiteral("2026-04"), 900, 2));
    REQUIRE(Analytics::setGoal(*f.t.admin, f.m2, QStringLiteral("2026-04"), 900, 2));
    CHECK(sql.scalar("SELECT target_amount FROM goals WHERE month = '2026-04'") == 900);
    CHECK(count("outbox") == 2);
    CHECK(count("history") == 3);
}

TEST_CASE("reports_tinyDemo_areConsistent", "[analytics]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.voronka"));
    REQUIRE(generateDemo(path, tinyDemo()).ok());
    auto db = std::move(Database::open(path)).value();
    ManualClock clock(TempDb::kStart);
    const qint64 adminId =
        db->sql().scalar("SELECT id FROM users WHERE email = 'admin@example.com'");
    Session s(*db, clock, Auth::readUser(*db, adminId));
    ReportScope year;
    year.from = QDate(2020, 1, 1); // the demo's whole history
    year.to = QDate(2027, 1, 1);

    Amount wonAll, createdAll;
    for (const PipelineInfo &p : s.pipelines()) {
        ReportScope scope = year;
        scope.pipelineId = p.id;
        Result<Funnel> fn = Analytics::funnel(s, scope);
        REQUIRE(fn.ok());
        REQUIRE_FALSE(fn->stages.isEmpty());
        CHECK(fn->stages.first().reached.count <= fn->created.count);
        for (qsizetype i = 0; i < fn->stages.size(); ++i) {
            const FunnelStage &st = fn->stages[i];
            CHECK((st.toNext >= 0 && st.toNext <= 100 && st.toWon >= 0 && st.toWon <= 100));
            if (i + 1 < fn->stages.size())
                CHECK(st.reached.count - st.dropOff == fn->stages[i + 1].reached.count);
        }
        wonAll.count += fn->won.count;
        wonAll.sum += fn->won.sum;
        createdAll.count += fn->created.count;
        createdAll.sum += fn->created.sum;
    }
    CHECK(createdAll.count == db->sql().scalar("SELECT count(*) FROM deals WHERE deleted = 0"));
    CHECK(wonAll.count > 0);

    // Summary buckets add up to the funnels' totals; so do the managers' rows.
    Result<QList<SummaryBucket>> weeks = Analytics::summary(s, year, Granularity::Week);
    REQUIRE(weeks.ok());
    Amount created, won;
    for (const SummaryBucket &b : *weeks) {
        created.count += b.created.count;
        created.sum += b.created.sum;
        won.count += b.won.count;
        won.sum += b.won.sum;
    }
    CHECK(created == createdAll);
    CHECK(won == wonAll);
    Result<QList<ManagerRow>> rows = Analytics::managers(s, year);
    REQUIRE(rows.ok());
    Amount managersWon, managersOpen;
    for (const ManagerRow &m : *rows) {
        managersWon.count += m.won.count;
        managersWon.sum += m.won.sum;
        managersOpen.count += m.open.count;
        CHECK((m.conversion >= 0 && m.conversion <= 100));
    }
    CHECK(managersWon == wonAll);
    Result<Dashboard> d = Analytics::dashboard(s, year);
    REQUIRE(d.ok());
    qint64 openInPipeline = 0;
    for (const StageTotal &st : d->openByStage)
        openInPipeline += st.open.count;
    CHECK(openInPipeline <= managersOpen.count);
    CHECK(openInPipeline ==
          db->sql().scalar(QStringLiteral("SELECT count(*) FROM deals d JOIN stages s ON s.id = "
                                          "d.stage_id WHERE d.deleted = 0 AND s.kind IN (0, 3) "
                                          "AND d.pipeline_id = %1")
                               .arg(d->pipelineId)
                               .toUtf8()
                               .constData()));
}

// Overdue is "open and due before now": the aggregate holds whole days, so today's part is
// read from the open tasks themselves. The days are the team's (a day offset in force).
TEST_CASE("overdue_countsEarlierDaysFromTheAggregateAndTodayUpToNow", "[analytics][pg]")
{
    const Backend backend = GENERATE(from_range(backends()));
    INFO(nameOf(backend));
    TempDb t(backend);                                         // 09:00 UTC
    REQUIRE(Aggregates::setDayOffsetMs(*t.db, 3 * 3600000LL)); // 12:00 there
    Records r(*t.admin);
    constexpr qint64 kHour = 3600000;
    const qint64 now = t.clock.nowMs();
    auto task = [&](qint64 due, bool done = false) {
        Result<qint64> id =
            r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                        {QStringLiteral("due_at"), due}});
        REQUIRE(id.ok());
        if (done)
            REQUIRE(r.update(EntityKind::Task, *id,
                             {{QStringLiteral("status"), int(TaskStatus::Done)}}));
    };
    task(now - 30 * kHour);      // two days ago there: overdue
    task(now - 11 * kHour);      // 01:00 today there: overdue
    task(now - 1 * kHour);       // earlier today: overdue
    task(now + 1 * kHour);       // later today: not yet
    task(now + 13 * kHour);      // tomorrow there
    task(now - 5 * kHour, true); // done: never overdue
    const QHash<qint64, qint64> overdue = Analytics::overdueByPerson(*t.admin, ReportScope{});
    CHECK(overdue.value(t.adminId) == 3);
    Result<Dashboard> d = Analytics::dashboard(*t.admin, ReportScope{});
    REQUIRE(d.ok());
    CHECK(d->overdueTasks == 3);
    CHECK(d->tasksDoneToday == 1);
    t.clock.advance(2 * kHour); // the later one falls due
    CHECK(Analytics::overdueByPerson(*t.admin, ReportScope{}).value(t.adminId) == 4);
}
