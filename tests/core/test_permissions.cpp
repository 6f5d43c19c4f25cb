// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/permissions/permissions.h"
#include "core/services/records.h"
#include "core/storage/database.h"

#include <random>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
Principal principal(qint64 user, qint64 dept, Scope s, bool admin = false)
{
    return Principal{user, dept, admin, RoleMatrix::filled(s)};
}
} // namespace

TEST_CASE("roleMatrix_encodesAndDecodes")
{
    RoleMatrix m;
    m.set(PermEntity::Deal, PermAction::Edit, Scope::Own);
    m.set(PermEntity::Task, PermAction::Export, Scope::All);
    const QString text = m.encode();
    CHECK(text.size() == kPermEntities * kPermActions);
    CHECK(RoleMatrix::decode(text) == m);
    CHECK(RoleMatrix::decode(QStringLiteral("9x")).get(PermEntity::Deal, PermAction::View) ==
          Scope::None);
}

TEST_CASE("can_everyScopeAgainstEveryOwnership")
{
    // user 1 in department 10; user 2 in department 10; user 3 in department 20.
    const Ownership mine{1, 10}, colleague{2, 10}, other{3, 20}, nobody{0, 0};
    struct Row
    {
        Scope scope;
        bool mine, colleague, other, nobody;
    };
    const Row table[] = {
        {Scope::None, false, false, false, false},
        {Scope::Own, true, false, false, false},
        {Scope::Department, true, true, false, false},
        {Scope::All, true, true, true, true},
    };
    for (const Row &r : table) {
        INFO("scope " << int(r.scope));
        const Principal p = principal(1, 10, r.scope);
        for (int e = 0; e < kPermEntities; ++e)
            for (int a = 0; a < kPermActions; ++a) {
                CHECK(Permissions::can(p, PermEntity(e), PermAction(a), mine) == r.mine);
                CHECK(Permissions::can(p, PermEntity(e), PermAction(a), colleague) == r.colleague);
                CHECK(Permissions::can(p, PermEntity(e), PermAction(a), other) == r.other);
                CHECK(Permissions::can(p, PermEntity(e), PermAction(a), nobody) == r.nobody);
            }
    }
}

TEST_CASE("can_adminSeesEverythingWhateverTheMatrix")
{
    const Principal p = principal(1, 0, Scope::None, true);
    CHECK(Permissions::can(p, PermEntity::Deal, PermAction::Delete, Ownership{7, 3}));
    CHECK(Permissions::sqlPredicate(p, PermEntity::Deal, PermAction::View, QStringLiteral("x")) ==
          u"TRUE");
}

TEST_CASE("can_departmentScopeWithoutDepartment_actsAsOwn")
{
    const Principal p = principal(1, 0, Scope::Department);
    CHECK(Permissions::can(p, PermEntity::Contact, PermAction::View, Ownership{1, 0}));
    CHECK_FALSE(Permissions::can(p, PermEntity::Contact, PermAction::View, Ownership{2, 0}));
}

TEST_CASE("can_matrixCellsAreIndependent")
{
    RoleMatrix m;
    m.set(PermEntity::Deal, PermAction::View, Scope::All);
    m.set(PermEntity::Deal, PermAction::Edit, Scope::Own);
    const Principal p{5, 0, false, m};
    const Ownership others{6, 0};
    CHECK(Permissions::can(p, PermEntity::Deal, PermAction::View, others));
    CHECK_FALSE(Permissions::can(p, PermEntity::Deal, PermAction::Edit, others));
    CHECK_FALSE(Permissions::can(p, PermEntity::Contact, PermAction::View, others));
}

TEST_CASE("sqlPredicate_agreesWithCan_onTenThousandRandomCases")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 d1 = *admin.createDepartment(QStringLiteral("North"));
    const qint64 d2 = *admin.createDepartment(QStringLiteral("South"));
    const qint64 role = *admin.createRole(QStringLiteral("Any"), RoleMatrix());
    QList<qint64> users{t.adminId};
    for (int i = 0; i < 9; ++i)
        users << t.addUser(QStringLiteral("u%1@example.com").arg(i), role,
                           i % 3 == 0 ? 0 : (i % 3 == 1 ? d1 : d2));
    t.admin->invalidate();

    std::mt19937_64 rng(20260302);
    int agreed = 0;
    for (int i = 0; i < 10000; ++i) {
        RoleMatrix m;
        for (int e = 0; e < kPermEntities; ++e)
            for (int a = 0; a < kPermActions; ++a)
                m.set(PermEntity(e), PermAction(a), Scope(rng() % 4));
        const qint64 actor = users[int(rng() % users.size())];
        Principal p{actor, t.admin->user(actor).departmentId, rng() % 20 == 0, m};
        const PermEntity e = PermEntity(rng() % kPermEntities);
        const PermAction a = PermAction(rng() % kPermActions);
        const qint64 responsible = rng() % 8 == 0 ? 0 : users[int(rng() % users.size())];

        const bool byCan = Permissions::can(p, e, a, t.admin->ownershipOf(responsible));
        const QString pred = Permissions::sqlPredicate(p, e, a, QStringLiteral("r.responsible_id"));
        Query q = t.db->sql().prepare(
            QStringLiteral("SELECT coalesce((%1), 0) FROM (SELECT ?1 AS responsible_id) r")
                .arg(pred));
        if (responsible)
            q->bind(1, responsible);
        else
            q->bind(1, nullptr);
        REQUIRE(q->step());
        const bool bySql = q->int64(0) != 0;
        INFO("case " << i << " predicate " << pred.toStdString() << " responsible " << responsible);
        REQUIRE(byCan == bySql);
        ++agreed;
    }
    CHECK(agreed == 10000);
}

TEST_CASE("departmentChangedOnAnotherDesktop_singleCheckAndListPredicateAgree")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 role =
        *admin.createRole(QStringLiteral("Team"), RoleMatrix::filled(Scope::Department));
    const qint64 north = *admin.createDepartment(QStringLiteral("North"));
    const qint64 south = *admin.createDepartment(QStringLiteral("South"));
    const qint64 viewer = t.addUser(QStringLiteral("viewer@example.com"), role, north);
    const qint64 colleague = t.addUser(QStringLiteral("colleague@example.com"), role, north);
    const qint64 deal = *Records(*t.admin).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Shared")},
                           {QStringLiteral("responsible_id"), colleague}});

    // The viewer on another desktop: its own connection, its settings loaded before the move.
    Result<std::unique_ptr<Database>> other = Database::open(t.path());
    REQUIRE(other.ok());
    Session desk(**other, t.clock, Auth::readUser(**other, viewer));
    const auto byCan = [&] {
        return Permissions::can(desk.principal(), PermEntity::Deal, PermAction::View,
                                desk.ownershipOf(colleague));
    };
    const auto byList = [&] {
        Query q = desk.sql().prepare(
            QStringLiteral("SELECT count(*) FROM deals d WHERE d.id = ?1 AND %1")
                .arg(Permissions::sqlPredicate(desk.principal(), PermEntity::Deal, PermAction::View,
                                               QStringLiteral("d.responsible_id"))));
        q->bind(1, deal);
        REQUIRE(q->step());
        return q->int64(0) == 1;
    };
    const auto renamed = [&] {
        return Records(desk).update(EntityKind::Deal, deal,
                                    {{QStringLiteral("name"), QStringLiteral("Renamed")}});
    };
    CHECK(byCan());
    CHECK(byList());

    REQUIRE(admin.setUserDepartment(colleague, south).ok());
    // Before the desk reloads its settings, and after: the list, the check and the write path
    // give the same answer.
    CHECK_FALSE(byList());
    CHECK_FALSE(byCan());
    CHECK(renamed().error().code == Error::Code::Permission);
    CHECK(desk.refreshIfStale());
    CHECK_FALSE(byList());
    CHECK_FALSE(byCan());

    REQUIRE(admin.setUserDepartment(colleague, north).ok());
    CHECK(byList());
    CHECK(byCan());
    CHECK(renamed().ok());
}

TEST_CASE("writePath_enforcesScopes")
{
    TempDb t;
    Admin admin(*t.admin);
    RoleMatrix m = RoleMatrix::filled(Scope::Own);
    m.set(PermEntity::Contact, PermAction::View, Scope::All);
    m.set(PermEntity::Contact, PermAction::Delete, Scope::None);
    const qint64 role = *admin.createRole(QStringLiteral("Manager"), m);
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), role);
    const qint64 bob = t.addUser(QStringLiteral("bob@example.com"), role);
    auto as = t.sessionFor(alice);
    Records r(*as);

    Result<qint64> own =
        r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Mine")}});
    REQUIRE(own.ok());
    // Own scope: cannot create a record for someone else.
    Result<qint64> forBob =
        r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("For Bob")},
                                       {QStringLiteral("responsible_id"), bob}});
    REQUIRE_FALSE(forBob.ok());
    CHECK(forBob.error().code == Error::Code::Permission);

    const qint64 bobs = *Records(*t.admin).create(
        EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Bob's")},
                              {QStringLiteral("responsible_id"), bob}});
    CHECK(r.load(EntityKind::Contact, bobs).ok()); // view: all
    Status edit =
        r.update(EntityKind::Contact, bobs, {{QStringLiteral("name"), QStringLiteral("Hijacked")}});
    REQUIRE_FALSE(edit.ok());
    CHECK(edit.error().code == Error::Code::Permission);
    CHECK(Records(*t.admin).load(EntityKind::Contact, bobs)->value(QStringLiteral("name")) ==
          QStringLiteral("Bob's"));
    CHECK(r.update(EntityKind::Contact, *own, {{QStringLiteral("name"), QStringLiteral("Mine 2")}})
              .ok());
    CHECK(r.remove(EntityKind::Contact, *own).error().code == Error::Code::Permission);

    // Deals: own scope for view too.
    const qint64 bobDeal = *Records(*t.admin).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Bob deal")},
                           {QStringLiteral("responsible_id"), bob}});
    CHECK(r.load(EntityKind::Deal, bobDeal).error().code == Error::Code::Permission);
}

TEST_CASE("admin_settingsNeedAnAdminAndLeaveHistory")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 role = *admin.createRole(QStringLiteral("Viewer"), RoleMatrix::filled(Scope::Own));
    const qint64 user = t.addUser(QStringLiteral("v@example.com"), role);
    auto as = t.sessionFor(user);
    CHECK(Admin(*as).createDepartment(QStringLiteral("X")).error().code == Error::Code::Permission);
    CHECK(Admin(*as).setUserActive(t.adminId, false).error().code == Error::Code::Permission);

    RoleMatrix wider = RoleMatrix::filled(Scope::All);
    REQUIRE(admin.setRoleMatrix(role, wider).ok());
    CHECK(t.sessionFor(user)->principal().matrix == wider);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE kind = 8 AND field = 'matrix'") ==
          1);

    CHECK(admin.setUserActive(t.adminId, false).error().code == Error::Code::Invalid);
    REQUIRE(admin.setUserActive(user, false).ok());
    CHECK(Auth::login(*t.db, QStringLiteral("v@example.com"), QStringLiteral("pw")).error().code ==
          Error::Code::Auth);
    REQUIRE(admin.setUserActive(user, true).ok());
    CHECK(Auth::login(*t.db, QStringLiteral("v@example.com"), QStringLiteral("pw")).ok());
    CHECK(admin.setUserActive(9999, true).error().code == Error::Code::NotFound);
    CHECK(admin
              .createUser(QStringLiteral("V@example.com"), QStringLiteral("Dup"),
                          QStringLiteral("h"), role, 0)
              .error()
              .code == Error::Code::Conflict);
}

TEST_CASE("sqlPredicate_withPipelineCaps_agreesWithCan_onTenThousandRandomCases")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 d1 = *admin.createDepartment(QStringLiteral("North"));
    const qint64 role = *admin.createRole(QStringLiteral("Any"), RoleMatrix());
    QList<qint64> users{t.adminId};
    for (int i = 0; i < 6; ++i)
        users << t.addUser(QStringLiteral("u%1@example.com").arg(i), role, i % 2 ? d1 : 0);
    QList<qint64> pipelines{t.admin->pipelines().first().id};
    for (int i = 0; i < 2; ++i)
        pipelines << *admin.createPipeline(QStringLiteral("P%1").arg(i),
                                           {{QStringLiteral("S"), QStringLiteral("#FFFFFF"), 10}});
    t.admin->invalidate();

    std::mt19937_64 rng(20261206);
    for (int i = 0; i < 10000; ++i) {
        RoleMatrix m;
        for (int e = 0; e < kPermEntities; ++e)
            for (int a = 0; a < kPermActions; ++a)
                m.set(PermEntity(e), PermAction(a), Scope(rng() % 4));
        const qint64 actor = users[int(rng() % users.size())];
        Principal p{actor, t.admin->user(actor).departmentId, rng() % 20 == 0, m};
        for (qint64 pid : std::as_const(pipelines))
            if (rng() % 2)
                p.pipelineCaps.insert(pid, Scope(rng() % 2)); // hidden or own
        const PermAction a = PermAction(rng() % kPermActions);
        const qint64 responsible = rng() % 8 == 0 ? 0 : users[int(rng() % users.size())];
        const qint64 pipeline = pipelines[int(rng() % pipelines.size())];

        const bool byCan = Permissions::can(p, PermEntity::Deal, a,
                                            t.admin->ownershipOf(responsible, pipeline));
        const QString pred = Permissions::sqlPredicate(p, PermEntity::Deal, a,
                                                       QStringLiteral("r.responsible_id"));
        Query q = t.db->sql().prepare(
            QStringLiteral("SELECT coalesce((%1), 0) FROM (SELECT ?1 AS responsible_id, ?2 AS "
                           "pipeline_id) r")
                .arg(pred));
        if (responsible)
            q->bind(1, responsible);
        else
            q->bind(1, nullptr);
        q->bind(2, pipeline);
        REQUIRE(q->step());
        INFO("case " << i << " predicate " << pred.toStdString());
        REQUIRE(byCan == (q->int64(0) != 0));
    }
}

TEST_CASE("pipelineCaps_hideAPipelineAndLimitAnotherToOwnDeals")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 role = *admin.createRole(QStringLiteral("Seller"), RoleMatrix::filled(Scope::All));
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), role);
    const qint64 bob = t.addUser(QStringLiteral("bob@example.com"), role);
    const qint64 sales = t.admin->pipelines().first().id;
    const qint64 vip = *admin.createPipeline(QStringLiteral("VIP"),
                                             {{QStringLiteral("Talk"), QStringLiteral("#FFFFFF"), 10}});
    t.admin->invalidate();
    const qint64 vipStage = t.admin->stageOfKind(vip, StageKind::Open);
    Records r(*t.admin);
    const auto deal = [&](const char *name, qint64 who, qint64 stage) {
        QVariantMap v{{QStringLiteral("name"), QLatin1String(name)},
                      {QStringLiteral("responsible_id"), who}};
        if (stage)
            v.insert(QStringLiteral("stage_id"), stage);
        return *r.create(EntityKind::Deal, v);
    };
    const qint64 bobSales = deal("Bob sales", bob, 0);
    const qint64 aliceSales = deal("Alice sales", alice, 0);
    const qint64 bobVip = deal("Bob VIP", bob, vipStage);

    Admin::RoleOptions options;
    options.pipelineCaps.insert(sales, Scope::Own);
    options.pipelineCaps.insert(vip, Scope::None);
    REQUIRE(admin.setRoleOptions(role, options).ok());
    CHECK(admin.role(role)->options.pipelineCaps == options.pipelineCaps);

    auto as = t.sessionFor(alice);
    Records ar(*as);
    CHECK(ar.load(EntityKind::Deal, aliceSales).ok());
    CHECK(ar.load(EntityKind::Deal, bobSales).error().code == Error::Code::Permission);
    CHECK(ar.load(EntityKind::Deal, bobVip).error().code == Error::Code::Permission);
    // Moving her own deal into the hidden pipeline is refused and leaves it where it was.
    const Status moved = ar.update(EntityKind::Deal, aliceSales,
                                   {{QStringLiteral("pipeline_id"), vip},
                                    {QStringLiteral("stage_id"), vipStage}});
    REQUIRE_FALSE(moved.ok());
    CHECK(moved.error().code == Error::Code::Permission);
    CHECK(Records(*t.admin).load(EntityKind::Deal, aliceSales)->value(QStringLiteral("pipeline_id")) ==
          sales);

    const Result<Admin::Preview> preview =
        admin.preview(alice, RoleMatrix::filled(Scope::All), options);
    REQUIRE(preview.ok());
    CHECK(preview->deals == 1);
    // A pipeline deleted since: its cap is ignored rather than hiding another.
    CHECK(Session::decodePipelineCaps(QStringLiteral("{\"00ff\": 0}"), {}).isEmpty());
}
