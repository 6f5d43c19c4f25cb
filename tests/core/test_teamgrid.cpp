// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/tasks/taskquery.h"
#include "core/tasks/teamgrid.h"

#include <QDateTime>

#include <QRegularExpression>

#include <random>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
const QTimeZone kZone("Europe/Moscow");
const QDate kFirst(2026, 3, 2);
constexpr int kDays = 30;

struct Made
{
    qint64 user;
    qint64 due;
    int status;
    qint64 type;
    EntityKind kind;
    qint64 link;
};

struct Client
{
    EntityKind kind;
    qint64 id;
};

// Three users, two deals, two contacts and a company; 500 tasks over 40 days, a third of
// them on no record, the rest spread over the records.
struct Fixture
{
    TempDb t;
    QList<qint64> users;
    QList<qint64> types;
    QList<Client> clients;
    QList<Made> made;
    // What each client's filter takes in: itself, and a company's contacts and deals, a
    // contact's deals.
    QMap<QPair<int, qint64>, QList<QPair<int, qint64>>> related;

    Fixture()
    {
        Admin admin(*t.admin);
        users = {t.adminId, t.addUser(QStringLiteral("a@example.com"), 0),
                 t.addUser(QStringLiteral("b@example.com"), 0)};
        Result<QList<TaskTypeInfo>> all = TaskQuery(*t.admin).types();
        REQUIRE(all.ok());
        for (const TaskTypeInfo &i : *all)
            types << i.id;
        Records r(*t.admin);
        auto make = [&](EntityKind kind, const char *name) {
            const qint64 id =
                *r.create(kind, {{QStringLiteral("name"), QString::fromLatin1(name)}});
            clients << Client{kind, id};
        };
        make(EntityKind::Deal, "Boiler for the school");
        make(EntityKind::Deal, "Windows");
        make(EntityKind::Contact, "Ivan Petrov");
        make(EntityKind::Contact, "Olga Smirnova");
        make(EntityKind::Company, "Teplo LLC");
        // The company has Ivan and the Windows deal; Olga is on the Boiler deal. A client's
        // grid counts what belongs to it too.
        const qint64 boiler = clients[0].id, windows = clients[1].id, ivan = clients[2].id,
                     olga = clients[3].id, teplo = clients[4].id;
        REQUIRE(r.update(EntityKind::Contact, ivan, {{QStringLiteral("company_id"), teplo}}));
        REQUIRE(r.update(EntityKind::Deal, windows, {{QStringLiteral("company_id"), teplo}}));
        REQUIRE(
            r.update(EntityKind::Deal, boiler, {{QStringLiteral("contacts"), QVariantList{olga}}}));
        for (const Client &c : clients)
            related[{int(c.kind), c.id}] << qMakePair(int(c.kind), c.id);
        related[{int(EntityKind::Company), teplo}] << qMakePair(int(EntityKind::Contact), ivan)
                                                   << qMakePair(int(EntityKind::Deal), windows);
        related[{int(EntityKind::Contact), olga}] << qMakePair(int(EntityKind::Deal), boiler);
        std::mt19937 rng(11);
        t.admin->beginBatch();
        const qint64 start = QDate(2026, 2, 28).startOfDay(kZone).toMSecsSinceEpoch();
        for (int i = 0; i < 500; ++i) {
            Made m{users[int(rng() % users.size())],
                   start + qint64(rng() % (40 * 24 * 60)) * 60000,
                   int(rng() % 3),
                   types[int(rng() % types.size())],
                   EntityKind::None,
                   0};
            Patch p{{QStringLiteral("text"), QStringLiteral("t%1").arg(i)},
                    {QStringLiteral("due_at"), m.due},
                    {QStringLiteral("responsible_id"), m.user},
                    {QStringLiteral("status"), m.status},
                    {QStringLiteral("type_id"), m.type}};
            if (m.status == int(TaskStatus::Done))
                p.insert(QStringLiteral("result"), QStringLiteral("r"));
            if (const int c = int(rng() % (clients.size() + 2)); c < clients.size()) {
                m.kind = clients[c].kind;
                m.link = clients[c].id;
                p.insert(QStringLiteral("entity_kind"), int(m.kind));
                p.insert(QStringLiteral("entity_id"), m.link);
            }
            Result<qint64> id = r.create(EntityKind::Task, p);
            REQUIRE(id.ok());
            made << m;
        }
        REQUIRE(t.admin->commitBatch().ok());
    }

    bool matches(const Made &m, const TeamGridFilter &f) const
    {
        return (f.statuses.isEmpty() || f.statuses.contains(TaskStatus(m.status))) &&
               (f.typeIds.isEmpty() || f.typeIds.contains(m.type)) &&
               (f.linkKind == EntityKind::None ||
                (f.linkId ? related.value({int(f.linkKind), f.linkId})
                                .contains(qMakePair(int(m.kind), m.link))
                          : m.kind == f.linkKind));
    }

    // Every cell of the grid against a count over what was made.
    void check(const TeamGridFilter &f)
    {
        Result<TeamGridData> g = TeamGrid(*t.admin, kZone).load(kFirst, kDays, f);
        REQUIRE(g.ok());
        REQUIRE(g->users.size() == users.size());
        qint64 total = 0;
        int max = 0;
        for (int row = 0; row < g->users.size(); ++row)
            for (int day = 0; day < kDays; ++day) {
                const qint64 from = kFirst.addDays(day).startOfDay(kZone).toMSecsSinceEpoch();
                const qint64 to = kFirst.addDays(day + 1).startOfDay(kZone).toMSecsSinceEpoch();
                int direct = 0;
                for (const Made &m : made)
                    direct +=
                        m.user == g->users[row].id && m.due >= from && m.due < to && matches(m, f);
                INFO("user " << g->users[row].id << ", day " << day);
                CHECK(g->counts[row][day] == direct);
                total += direct;
                max = std::max(max, direct);
            }
        CHECK(g->total == total);
        CHECK(g->max == max);
    }
};
} // namespace

TEST_CASE("teamGrid_clientFilterCountsMatchADirectCountForEveryCell")
{
    Fixture fx;
    for (const Client &c : fx.clients) {
        TeamGridFilter f;
        f.linkKind = c.kind;
        f.linkId = c.id;
        INFO("client " << int(c.kind) << ":" << c.id);
        fx.check(f);
        f.statuses = {TaskStatus::Open};
        fx.check(f);
        f.typeIds = {fx.types.first()};
        fx.check(f);
        f.statuses.clear();
        fx.check(f);
    }
    // A record with no tasks: an empty grid, every user still a row.
    TeamGridFilter none;
    none.linkKind = EntityKind::Company;
    none.linkId = 999999;
    fx.check(none);
    // By kind only (no record), and no client at all.
    TeamGridFilter deals;
    deals.linkKind = EntityKind::Deal;
    fx.check(deals);
    fx.check({});
}

TEST_CASE("teamGrid_aClientFilterReadsTheClientsTasksThroughTheEntityIndex")
{
    TempDb t;
    TeamGridFilter f;
    f.statuses = {TaskStatus::Open};
    f.linkKind = EntityKind::Contact;
    f.linkId = 42;
    Query q = t.admin->sql().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + TeamGrid::sql(f));
    QStringList plan;
    while (q->step())
        plan << q->text(3);
    INFO(plan.join(u'\n').toStdString());
    // The contact's own tasks and those of its deals: one index look-up each.
    CHECK(plan.filter(QStringLiteral("SEARCH x USING INDEX tasks_entity")).size() == 2);
    CHECK(plan.filter(QStringLiteral("tasks_responsible_due")).isEmpty());
    CHECK(plan.filter(QStringLiteral("SCAN t")).isEmpty());
    CHECK(plan.filter(QStringLiteral("SCAN x")).isEmpty());

    // A company: its own, its contacts' and its deals' tasks, found through their indexes.
    f.linkKind = EntityKind::Company;
    Query c = t.admin->sql().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + TeamGrid::sql(f));
    plan.clear();
    while (c->step())
        plan << c->text(3);
    INFO(plan.join(u'\n').toStdString());
    CHECK(plan.filter(QStringLiteral("SEARCH x USING INDEX tasks_entity")).size() == 3);
    CHECK(plan.filter(QStringLiteral("contacts_company")).size() == 1);
    CHECK(plan.filter(QStringLiteral("deals_company")).size() == 1);
    // Nothing read in full: the only scans are of the day and user lists.
    CHECK(plan.filter(QRegularExpression(QStringLiteral("^SCAN (t|x|c|d|dc)( |$)"))).isEmpty());
}
