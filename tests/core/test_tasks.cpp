// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/admin.h"
#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "core/tasks/attention.h"
#include "core/tasks/taskquery.h"
#include "core/tasks/teamgrid.h"

#include <QDateTime>

#include <random>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
// TempDb's clock is Monday 2026-03-02 09:00 UTC = 12:00 in Moscow (UTC+3, no DST).
const QTimeZone kZone("Europe/Moscow");

qint64 local(int day, int h, int m = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(h, m), kZone).toMSecsSinceEpoch();
}

qint64 task(Records &r, const QString &text, std::optional<qint64> due, int status = 0,
            qint64 responsible = 0)
{
    Patch p{{QStringLiteral("text"), text}, {QStringLiteral("status"), status}};
    if (due)
        p.insert(QStringLiteral("due_at"), *due);
    if (status == int(TaskStatus::Done))
        p.insert(QStringLiteral("result"), QStringLiteral("ok"));
    if (responsible)
        p.insert(QStringLiteral("responsible_id"), responsible);
    Result<qint64> id = r.create(EntityKind::Task, p);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

QStringList texts(const TaskPage &p)
{
    QStringList out;
    for (const TaskRow &row : p.rows)
        out << row.text;
    return out;
}
} // namespace

TEST_CASE("taskQuery_groupsByDueBucketInTheLocalZone")
{
    TempDb t;
    Records r(*t.admin);
    task(r, QStringLiteral("late"), local(2, 10));             // open, 10:00 < 12:00 now
    task(r, QStringLiteral("done today"), local(2, 10), 1);    // closed: stays in Today
    task(r, QStringLiteral("later today"), local(2, 18));      //
    task(r, QStringLiteral("tomorrow"), local(3, 0, 30));      // 21:30 UTC on the 2nd
    task(r, QStringLiteral("wednesday"), local(4, 9));         //
    task(r, QStringLiteral("sunday"), local(8, 23, 59));       //
    task(r, QStringLiteral("next monday"), local(9, 0));       //
    task(r, QStringLiteral("next sunday"), local(15, 23));     //
    task(r, QStringLiteral("in two weeks"), local(16, 0));     //
    task(r, QStringLiteral("someday"), std::nullopt);          //
    task(r, QStringLiteral("last week"), local(1, 9), 1);      // closed, before today
    task(r, QStringLiteral("last week open"), local(1, 9), 0); // overdue

    TaskQuery q(*t.admin, kZone);
    Result<std::array<qint64, kDueBuckets>> n = q.counts({});
    REQUIRE(n.ok());
    CHECK((*n)[int(DueBucket::Overdue)] == 2);
    CHECK((*n)[int(DueBucket::Today)] == 2);
    CHECK((*n)[int(DueBucket::Tomorrow)] == 1);
    CHECK((*n)[int(DueBucket::ThisWeek)] == 2);
    CHECK((*n)[int(DueBucket::NextWeek)] == 2);
    CHECK((*n)[int(DueBucket::Later)] == 1);
    CHECK((*n)[int(DueBucket::NoDate)] == 1);
    CHECK((*n)[int(DueBucket::Earlier)] == 1);

    Result<QList<TaskGroup>> g = q.groups({});
    REQUIRE(g.ok());
    REQUIRE(g->size() == kDueBuckets);
    CHECK(texts(g->at(int(DueBucket::Overdue)).first) ==
          QStringList{QStringLiteral("last week open"), QStringLiteral("late")});
    CHECK(texts(g->at(int(DueBucket::ThisWeek)).first) ==
          QStringList{QStringLiteral("wednesday"), QStringLiteral("sunday")});
    for (const TaskGroup &group : *g)
        for (const TaskRow &row : group.first.rows)
            CHECK(row.bucket == group.bucket); // SQL and C++ agree on every row

    // The same moment seen from UTC: "tomorrow" (21:30 UTC) is still today there.
    Result<std::array<qint64, kDueBuckets>> utc = TaskQuery(*t.admin, QTimeZone::utc()).counts({});
    REQUIRE(utc.ok());
    CHECK((*utc)[int(DueBucket::Tomorrow)] == 0);
}

TEST_CASE("dueBounds_onASundayTheComingDaysAreNextWeek")
{
    // Sunday 2026-03-08 12:00 in Moscow: tomorrow is Monday, this week has nothing left.
    const DueBounds b = DueBounds::at(local(8, 12), kZone);
    CHECK(b.bucketOf(local(9, 10), TaskStatus::Open) == DueBucket::Tomorrow);
    CHECK(b.bucketOf(local(10, 10), TaskStatus::Open) == DueBucket::NextWeek);
    CHECK(b.bucketOf(local(15, 23), TaskStatus::Open) == DueBucket::NextWeek);
    CHECK(b.bucketOf(local(16, 0), TaskStatus::Open) == DueBucket::Later);
    CHECK(b.targetDay(DueBucket::NextWeek) == QDate(2026, 3, 10));
    CHECK(b.targetDay(DueBucket::Later) == QDate(2026, 3, 16));
    // A Wednesday: the rest of this week, then Monday to Sunday of the next.
    const DueBounds w = DueBounds::at(local(4, 12), kZone);
    CHECK(w.bucketOf(local(7, 10), TaskStatus::Open) == DueBucket::ThisWeek);
    CHECK(w.bucketOf(local(9, 0), TaskStatus::Open) == DueBucket::NextWeek);
    CHECK(w.targetDay(DueBucket::NextWeek) == QDate(2026, 3, 9));
    CHECK(w.targetDay(DueBucket::Later) == QDate(2026, 3, 16));
}

TEST_CASE("taskQuery_pagesByKeysetWithoutGapsOrRepeats")
{
    TempDb t;
    Records r(*t.admin);
    for (int i = 0; i < 7; ++i)
        task(r, QStringLiteral("t%1").arg(i), local(20, 9 + i % 3)); // equal dues tie on id
    TaskQuery q(*t.admin, kZone);
    QStringList seen;
    TaskCursor after;
    int pages = 0;
    do {
        Result<TaskPage> p = q.page({}, DueBucket::Later, after, 3);
        REQUIRE(p.ok());
        seen += texts(*p);
        after = p->next;
        ++pages;
    } while (after.valid());
    CHECK(pages == 3);
    CHECK(seen.size() == 7);
    CHECK(QSet<QString>(seen.cbegin(), seen.cend()).size() == 7);
}

TEST_CASE("taskQuery_filtersCombineAndRespectPermissions")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 role =
        *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), role);
    const qint64 bob = t.addUser(QStringLiteral("bob@example.com"), role);
    const qint64 meeting =
        *admin.createTaskType(QStringLiteral("Visit"), {}, QStringLiteral("#ff0000"));
    Records r(*t.admin);
    task(r, QStringLiteral("alice call"), local(3, 10), 0, alice);
    task(r, QStringLiteral("bob call"), local(3, 10), 0, bob);
    const qint64 deal =
        *r.create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Big deal")}});
    REQUIRE(
        r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Visit, the client")},
                                    {QStringLiteral("type_id"), meeting},
                                    {QStringLiteral("responsible_id"), alice},
                                    {QStringLiteral("entity_kind"), 1},
                                    {QStringLiteral("entity_id"), deal}})
            .ok());

    auto as = t.sessionFor(alice);
    TaskQuery aq(*as, kZone);
    Result<std::array<qint64, kDueBuckets>> mine = aq.counts({});
    REQUIRE(mine.ok());
    CHECK((*mine)[int(DueBucket::Tomorrow)] == 1); // bob's task is not visible
    CHECK((*mine)[int(DueBucket::NoDate)] == 1);
    TaskFilter f;
    f.responsibleIds = {bob};
    CHECK((*aq.counts(f))[int(DueBucket::Tomorrow)] == 0); // asking for bob's does not help

    TaskQuery q(*t.admin, kZone);
    f = {};
    f.typeIds = {meeting};
    Result<TaskPage> p = q.page(f, DueBucket::NoDate);
    REQUIRE(p.ok());
    REQUIRE(p->rows.size() == 1);
    CHECK(p->rows[0].typeName == QStringLiteral("Visit"));
    CHECK(p->rows[0].typeColor == QStringLiteral("#ff0000"));
    CHECK(p->rows[0].linkKind == EntityKind::Deal);
    CHECK(p->rows[0].linkName == QStringLiteral("Big deal"));
    CHECK(!p->rows[0].responsibleName.isEmpty());
    f = {};
    f.text = QStringLiteral("CALL");
    CHECK((*q.counts(f))[int(DueBucket::Tomorrow)] == 2);
    f.text = QStringLiteral("100%_");
    CHECK((*q.counts(f))[int(DueBucket::Tomorrow)] == 0); // LIKE wildcards are literal
    f = {};
    f.linkKind = EntityKind::Deal;
    f.linkId = deal;
    CHECK((*q.counts(f))[int(DueBucket::NoDate)] == 1);
    f.statuses = {TaskStatus::Done};
    CHECK((*q.counts(f))[int(DueBucket::NoDate)] == 0);
}

TEST_CASE("taskQuery_completeNeedsTheResultWhenTheSettingIsOn")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 id = task(r, QStringLiteral("Call Ivan about the contract"), local(3, 10));
    TaskQuery q(*t.admin, kZone);
    CHECK_FALSE(q.resultRequired());
    REQUIRE(Admin(*t.admin).setSetting(QLatin1String(kTaskResultRequired), 1).ok());
    CHECK(q.resultRequired());
    Status st = q.complete(id, QStringLiteral("  "));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().field == QStringLiteral("result"));
    CHECK(st.error().message.contains(QStringLiteral("Call Ivan about the contract")));
    CHECK(q.task(id)->status == TaskStatus::Open);
    REQUIRE(q.complete(id, QStringLiteral("Signed")).ok());
    Result<TaskRow> row = q.task(id);
    CHECK(row->status == TaskStatus::Done);
    CHECK(row->result == QStringLiteral("Signed"));
    CHECK(row->completedAt == TempDb::kStart);
}

TEST_CASE("taskQuery_moveToBucketKeepsTheTimeAndRecordsHistory")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 id = task(r, QStringLiteral("Call"), local(2, 8, 45)); // overdue
    TaskQuery q(*t.admin, kZone);
    REQUIRE(q.moveToBucket(id, DueBucket::Tomorrow).ok());
    CHECK(*q.task(id)->dueAt == local(3, 8, 45));
    CHECK(q.task(id)->bucket == DueBucket::Tomorrow);
    Result<QList<HistoryEntry>> h = r.history(EntityKind::Task, id);
    REQUIRE(h.ok());
    REQUIRE(!h->isEmpty());
    const HistoryEntry &e = h->first();
    CHECK(e.field == QStringLiteral("due_at"));
    CHECK(e.oldValue.toLongLong() == local(2, 8, 45));
    CHECK(e.newValue.toLongLong() == local(3, 8, 45));

    REQUIRE(q.moveToBucket(id, DueBucket::NextWeek).ok());
    CHECK(*q.task(id)->dueAt == local(9, 8, 45)); // next Monday
    REQUIRE(q.moveToBucket(id, DueBucket::Later).ok());
    CHECK(*q.task(id)->dueAt == local(16, 8, 45)); // the Monday after
    REQUIRE(q.moveToBucket(id, DueBucket::NoDate).ok());
    CHECK(!q.task(id)->dueAt);
    REQUIRE(q.moveToBucket(id, DueBucket::Today).ok());
    CHECK(*q.task(id)->dueAt == local(2, 9)); // no time to keep: 09:00
    CHECK_FALSE(q.moveToBucket(id, DueBucket::Overdue).ok());

    // Rescheduling with a duration change is a plain update with history too.
    REQUIRE(
        r.update(EntityKind::Task, id,
                 {{QStringLiteral("due_at"), local(5, 15)}, {QStringLiteral("duration_min"), 90}})
            .ok());
    h = r.history(EntityKind::Task, id);
    QStringList fields;
    for (const HistoryEntry &x : *h)
        fields << x.field;
    CHECK(fields.count(QStringLiteral("due_at")) == 6);
    CHECK(fields.contains(QStringLiteral("duration_min")));
}

TEST_CASE("teamGrid_countsMatchADirectCountForEveryCell")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 dept = *admin.createDepartment(QStringLiteral("Sales"));
    const qint64 role =
        *admin.createRole(QStringLiteral("Head"), RoleMatrix::filled(Scope::Department));
    const qint64 head = t.addUser(QStringLiteral("head@example.com"), role, dept);
    const qint64 m1 = t.addUser(QStringLiteral("m1@example.com"), role, dept);
    const qint64 other = t.addUser(QStringLiteral("other@example.com"), role);
    const QList<qint64> users{t.adminId, head, m1, other};
    Records r(*t.admin);
    std::mt19937 rng(7);
    struct Made
    {
        qint64 user;
        qint64 due;
        int status;
    };
    QList<Made> made;
    t.admin->beginBatch();
    for (int i = 0; i < 400; ++i) {
        const qint64 u = users[int(rng() % users.size())];
        const qint64 due = local(1, 0) + qint64(rng() % (40 * 24 * 60)) * 60000; // 40 days
        const int status = int(rng() % 3);
        Patch p{{QStringLiteral("text"), QStringLiteral("x")},
                {QStringLiteral("due_at"), due},
                {QStringLiteral("responsible_id"), u},
                {QStringLiteral("status"), status}};
        if (status == 1)
            p.insert(QStringLiteral("result"), QStringLiteral("r"));
        REQUIRE(r.create(EntityKind::Task, p).ok());
        made << Made{u, due, status};
    }
    REQUIRE(t.admin->commitBatch().ok());

    auto check = [&](Session &s, const TeamGridFilter &f, const QList<qint64> &expectUsers) {
        Result<TeamGridData> g = TeamGrid(s, kZone).load(QDate(2026, 3, 2), 30, f);
        REQUIRE(g.ok());
        QList<qint64> ids;
        for (const TeamGridUser &u : g->users)
            ids << u.id;
        std::sort(ids.begin(), ids.end());
        CHECK(ids == expectUsers);
        qint64 total = 0;
        for (int row = 0; row < g->users.size(); ++row)
            for (int day = 0; day < 30; ++day) {
                const qint64 from =
                    QDate(2026, 3, 2).addDays(day).startOfDay(kZone).toMSecsSinceEpoch();
                const qint64 to =
                    QDate(2026, 3, 2).addDays(day + 1).startOfDay(kZone).toMSecsSinceEpoch();
                int direct = 0;
                for (const Made &m : made)
                    direct += m.user == g->users[row].id && m.due >= from && m.due < to &&
                              (f.statuses.isEmpty() || f.statuses.contains(TaskStatus(m.status)));
                CHECK(g->counts[row][day] == direct);
                total += direct;
            }
        CHECK(g->total == total);
    };
    QList<qint64> all = users;
    std::sort(all.begin(), all.end());
    check(*t.admin, {}, all);
    TeamGridFilter open;
    open.statuses = {TaskStatus::Open};
    check(*t.admin, open, all);
    auto hs = t.sessionFor(head);
    QList<qint64> department{head, m1};
    std::sort(department.begin(), department.end());
    check(*hs, {}, department); // the head sees only the department's people
}

TEST_CASE("teamGrid_splitsDaysAtLocalMidnightAcrossDaylightSaving")
{
    TempDb t;
    Records r(*t.admin);
    const QTimeZone berlin("Europe/Berlin"); // DST starts 2026-03-29
    auto at = [&](int month, int day, int h, int m) {
        return QDateTime(QDate(2026, month, day), QTime(h, m), berlin).toMSecsSinceEpoch();
    };
    task(r, QStringLiteral("a"), at(3, 28, 23, 30));
    task(r, QStringLiteral("b"), at(3, 29, 0, 15));
    task(r, QStringLiteral("c"), at(3, 30, 23, 59));
    task(r, QStringLiteral("d"), at(3, 31, 0, 0));
    Result<TeamGridData> g = TeamGrid(*t.admin, berlin).load(QDate(2026, 3, 28), 4);
    REQUIRE(g.ok());
    REQUIRE(g->users.size() == 1);
    CHECK(g->counts[0] == QList<int>{1, 1, 1, 1});
}

TEST_CASE("attention_findsDealsWithoutOpenTasksAndWithOverdueOnes")
{
    TempDb t;
    Records r(*t.admin);
    auto deal = [&](const char *name) {
        return *r.create(EntityKind::Deal, {{QStringLiteral("name"), QLatin1String(name)}});
    };
    const qint64 idle = deal("idle");
    const qint64 late = deal("late");
    const qint64 fine = deal("fine");
    const qint64 closed = deal("closed");
    auto link = [&](qint64 d, qint64 due, int status) {
        Patch p{{QStringLiteral("text"), QStringLiteral("t")},
                {QStringLiteral("due_at"), due},
                {QStringLiteral("status"), status},
                {QStringLiteral("entity_kind"), 1},
                {QStringLiteral("entity_id"), d}};
        if (status == 1)
            p.insert(QStringLiteral("result"), QStringLiteral("r"));
        REQUIRE(r.create(EntityKind::Task, p).ok());
    };
    link(idle, TempDb::kStart - 1000, 1); // only a done task
    link(late, TempDb::kStart - 1000, 0);
    link(fine, TempDb::kStart + 1000, 0);
    REQUIRE(r.update(EntityKind::Deal, closed,
                     {{QStringLiteral("stage_id"), t.stageOfKind(StageKind::Won)}})
                .ok());
    Attention a(*t.admin);
    Result<Attention::Deals> none = a.deals(Attention::Kind::NoOpenTask);
    REQUIRE(none.ok());
    CHECK(none->count == 1);
    CHECK(none->ids == QList<qint64>{idle});
    Result<Attention::Deals> overdue = a.deals(Attention::Kind::OverdueTask);
    REQUIRE(overdue.ok());
    CHECK(overdue->ids == QList<qint64>{late});
}

TEST_CASE("attention_pagesByKeysetWithReasonsScopeAndPermissions")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 dept = *admin.createDepartment(QStringLiteral("Sales"));
    const qint64 role = *admin.createRole(QStringLiteral("Own"), RoleMatrix::filled(Scope::Own));
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), role, dept);
    const qint64 bob = t.addUser(QStringLiteral("bob@example.com"), role);
    Records r(*t.admin);
    // 7 deals: even ones have no task, odd ones an open task 3 days late; alice holds the
    // first four, bob the rest; one more deal with a future task never shows.
    QList<qint64> deals;
    for (int i = 0; i < 7; ++i) {
        const qint64 d =
            *r.create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("D%1").arg(i)},
                                         {QStringLiteral("budget"), 1000 * i},
                                         {QStringLiteral("responsible_id"), i < 4 ? alice : bob}});
        deals << d;
        if (i % 2)
            REQUIRE(r.create(EntityKind::Task,
                             {{QStringLiteral("text"), QStringLiteral("late")},
                              {QStringLiteral("due_at"), TempDb::kStart - 3 * 86400000LL},
                              {QStringLiteral("entity_kind"), 1},
                              {QStringLiteral("entity_id"), d}})
                        .ok());
    }
    const qint64 fine =
        *r.create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("fine")}});
    REQUIRE(r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("soon")},
                                        {QStringLiteral("due_at"), TempDb::kStart + 1000},
                                        {QStringLiteral("entity_kind"), 1},
                                        {QStringLiteral("entity_id"), fine}})
                .ok());

    Attention a(*t.admin);
    Attention::Filter both;
    REQUIRE(a.count(both).ok());
    CHECK(*a.count(both) == 7);
    CHECK(*a.count(both, 5) == 5); // the cap stops counting

    // Keyset pages of 3, newest first, cover every deal exactly once.
    QList<qint64> seen;
    qint64 after = 0;
    for (int guard = 0; guard < 5; ++guard) {
        Result<QList<Attention::Row>> p = a.page(both, after, 3);
        REQUIRE(p.ok());
        if (p->isEmpty())
            break;
        for (const Attention::Row &row : *p)
            seen << row.id;
        after = p->last().id;
    }
    QList<qint64> expected(deals.crbegin(), deals.crend());
    CHECK(seen == expected);

    Result<QList<Attention::Row>> first = a.page(both, 0, 1);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 1);
    CHECK(first->at(0).name == QStringLiteral("D6"));
    CHECK(first->at(0).overdueSince == 0); // no open task
    CHECK(first->at(0).budget == 6000);
    CHECK(first->at(0).responsibleId == bob);
    CHECK(!first->at(0).stageName.isEmpty());
    Result<QList<Attention::Row>> late = a.page(both, deals[6], 1);
    REQUIRE(late.ok());
    REQUIRE(late->size() == 1);
    CHECK(late->at(0).overdueSince == TempDb::kStart - 3 * 86400000LL);

    Result<std::optional<Attention::Row>> one = a.find(both, deals[2]);
    REQUIRE(one.ok());
    REQUIRE(one->has_value());
    CHECK((*one)->name == QStringLiteral("D2"));
    CHECK(!a.find(both, fine)->has_value());

    // A caller that stops wanting the answer interrupts the scan.
    Attention stopped(*t.admin, [] { return false; });
    CHECK(!stopped.count(both).ok());
    CHECK(a.count(both).ok()); // the connection is usable again

    Attention::Filter none;
    none.overdueTask = false;
    CHECK(*a.count(none) == 4);
    Attention::Filter overdue;
    overdue.noOpenTask = false;
    CHECK(*a.count(overdue) == 3);
    Attention::Filter nothing;
    nothing.noOpenTask = nothing.overdueTask = false;
    CHECK(*a.count(nothing) == 0);

    Attention::Filter bobs;
    bobs.responsibleIds = {bob};
    CHECK(*a.count(bobs) == 3);
    Attention::Filter sales;
    sales.departmentId = dept;
    CHECK(*a.count(sales) == 4);

    // Own scope: alice sees her four deals whatever the filter asks for.
    std::unique_ptr<Session> as = t.sessionFor(alice);
    Attention mine(*as);
    CHECK(*mine.count(both) == 4);
    CHECK(*mine.count(bobs) == 0);
    Result<QList<Attention::Row>> hers = mine.page(both, 0, 50);
    REQUIRE(hers.ok());
    CHECK(hers->size() == 4);
    CHECK(hers->at(0).id == deals[3]);
}

TEST_CASE("teamGrid_countsEachCellFromTheCoveringIndex")
{
    TempDb t;
    TeamGridFilter f;
    f.statuses = {TaskStatus::Open};
    f.typeIds = {1};
    Query q = t.admin->sql().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + TeamGrid::sql(f));
    QStringList plan;
    while (q->step())
        plan << q->text(3);
    INFO(plan.join(u'\n').toStdString());
    CHECK(plan.filter(QStringLiteral("USING COVERING INDEX tasks_responsible_due")).size() == 1);
    CHECK(plan.filter(QStringLiteral("TEMP B-TREE")).isEmpty());
}

TEST_CASE("taskQuery_dueBetweenListsADaysTasksInOrder")
{
    TempDb t;
    Records r(*t.admin);
    task(r, QStringLiteral("late"), local(3, 17));
    task(r, QStringLiteral("early"), local(3, 8));
    task(r, QStringLiteral("next day"), local(4, 0));
    task(r, QStringLiteral("undated"), std::nullopt);
    TaskFilter f;
    f.dueFrom = local(3, 0);
    f.dueTo = local(4, 0);
    Result<QList<TaskRow>> rows = TaskQuery(*t.admin, kZone).dueBetween(f);
    REQUIRE(rows.ok());
    QStringList names;
    for (const TaskRow &row : *rows)
        names << row.text;
    CHECK(names == QStringList{QStringLiteral("early"), QStringLiteral("late")});
}
