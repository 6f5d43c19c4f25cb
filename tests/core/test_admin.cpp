// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/records.h"

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
qint64 make(Records &r, EntityKind kind, const QString &name, qint64 responsible,
            QVariantMap extra = {})
{
    extra.insert(kind == EntityKind::Task ? QStringLiteral("text") : QStringLiteral("name"), name);
    extra.insert(QStringLiteral("responsible_id"), responsible);
    Result<qint64> id = r.create(kind, extra);
    INFO((id.ok() ? QString() : id.error().message).toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 responsibleOf(TempDb &t, EntityKind kind, qint64 id)
{
    Query q = t.db->sql().prepare(
        QStringLiteral("SELECT responsible_id FROM %1 WHERE id = ?1").arg(entityTable(kind)));
    q->bind(1, id);
    REQUIRE(q->step());
    return q->int64(0);
}

struct Team
{
    TempDb t;
    qint64 manager = 0; // a role
    qint64 leaver = 0, heir = 0, colleague = 0;
    Team()
    {
        Admin admin(*t.admin);
        manager = *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
        leaver = t.addUser(QStringLiteral("leaver@example.com"), manager);
        heir = t.addUser(QStringLiteral("heir@example.com"), manager);
        colleague = t.addUser(QStringLiteral("colleague@example.com"), manager);
    }
};
} // namespace

TEST_CASE("deactivate_handsOverOpenRecordsInOneStepAndUndoGivesBackWhatWasNotReassignedSince")
{
    Team team;
    TempDb &t = team.t;
    Records r(*t.admin);
    const qint64 openDeal = make(r, EntityKind::Deal, QStringLiteral("Open"), team.leaver);
    const qint64 wonDeal = make(r, EntityKind::Deal, QStringLiteral("Won"), team.leaver,
                                {{QStringLiteral("stage_id"), t.stageOfKind(StageKind::Won)}});
    const qint64 contact = make(r, EntityKind::Contact, QStringLiteral("Ivan"), team.leaver);
    const qint64 company = make(r, EntityKind::Company, QStringLiteral("Acme"), team.leaver);
    const qint64 openTask = make(r, EntityKind::Task, QStringLiteral("Call"), team.leaver);
    const qint64 doneTask = make(r, EntityKind::Task, QStringLiteral("Done"), team.leaver,
                                 {{QStringLiteral("status"), int(TaskStatus::Done)},
                                  {QStringLiteral("result"), QStringLiteral("ok")}});

    Admin admin(*t.admin);
    Result<Admin::Handover> plan = admin.handoverPlan(team.leaver);
    REQUIRE(plan.ok());
    CHECK(plan->deals == QList<qint64>{openDeal});
    CHECK(plan->total() == 4);

    const qint64 outboxBefore = t.db->sql().scalar("SELECT count(*) FROM outbox");
    Result<Admin::Handover> done = admin.deactivateUser(team.leaver, team.heir);
    REQUIRE(done.ok());
    CHECK(done->total() == 4);
    CHECK(responsibleOf(t, EntityKind::Deal, openDeal) == team.heir);
    CHECK(responsibleOf(t, EntityKind::Deal, wonDeal) == team.leaver); // closed deals stay
    CHECK(responsibleOf(t, EntityKind::Contact, contact) == team.heir);
    CHECK(responsibleOf(t, EntityKind::Company, company) == team.heir);
    CHECK(responsibleOf(t, EntityKind::Task, openTask) == team.heir);
    CHECK(responsibleOf(t, EntityKind::Task, doneTask) == team.leaver);
    // Each moved record has its history and outbox rows, plus the user's own change.
    CHECK(t.db->sql().scalar("SELECT count(*) FROM outbox") - outboxBefore == 5);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE field = 'responsible_id' AND "
                             "user_id = 1") == 4);
    CHECK(Auth::login(*t.db, QStringLiteral("leaver@example.com"), QStringLiteral("pw"))
              .error()
              .code == Error::Code::Auth);

    // A colleague takes the contact meanwhile: the undo leaves it with the colleague.
    REQUIRE(Records(*t.admin)
                .update(EntityKind::Contact, contact,
                        {{QStringLiteral("responsible_id"), team.colleague}})
                .ok());
    REQUIRE(admin.reactivateUser(team.leaver, *done).ok());
    CHECK(responsibleOf(t, EntityKind::Deal, openDeal) == team.leaver);
    CHECK(responsibleOf(t, EntityKind::Company, company) == team.leaver);
    CHECK(responsibleOf(t, EntityKind::Task, openTask) == team.leaver);
    CHECK(responsibleOf(t, EntityKind::Contact, contact) == team.colleague);
    CHECK(Auth::login(*t.db, QStringLiteral("leaver@example.com"), QStringLiteral("pw")).ok());
}

TEST_CASE("deactivate_refusesYourselfTheLastAdminAndAnInactiveHeir")
{
    Team team;
    TempDb &t = team.t;
    Admin admin(*t.admin);
    CHECK(admin.deactivateUser(t.adminId, 0).error().code == Error::Code::Invalid);
    // A second admin may be deactivated while the first remains; the first then may not lose
    // the admin role.
    const qint64 admins = t.admin->user(t.adminId).roleId;
    const qint64 second = t.addUser(QStringLiteral("second@example.com"), admins);
    auto secondSession = t.sessionFor(second);
    Admin secondAdmin(*secondSession);
    REQUIRE(admin.deactivateUser(second, 0).ok());
    const UserInfo me = t.admin->user(t.adminId);
    const Status demote =
        admin.updateUser(t.adminId, Admin::UserEdit{me.email, me.name, team.manager, 0});
    REQUIRE_FALSE(demote.ok());
    CHECK(demote.error().field == u"role_id");
    CHECK(admin.setRoleAdmin(admins, false).error().code == Error::Code::Invalid);
    CHECK(admin.deleteRole(admins, team.manager).error().code == Error::Code::Invalid);
    // Handing over to a deactivated user is refused and changes nothing.
    const qint64 before = t.db->sql().scalar("SELECT count(*) FROM history");
    CHECK(admin.deactivateUser(team.leaver, second).error().field == u"handover");
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history") == before);
    // A manager may not deactivate anyone.
    auto managerSession = t.sessionFor(team.heir);
    CHECK(Admin(*managerSession).deactivateUser(team.leaver, 0).error().code ==
          Error::Code::Permission);
}

TEST_CASE("users_editResetPasswordAndProfile")
{
    Team team;
    TempDb &t = team.t;
    Admin admin(*t.admin);
    const qint64 sales = *admin.createDepartment(QStringLiteral("Sales"));
    REQUIRE(admin
                .updateUser(team.heir, {QStringLiteral("Heir@Example.com "),
                                        QStringLiteral("  Anna  Heir "), team.manager, sales})
                .ok());
    const UserInfo u = t.admin->user(team.heir);
    CHECK(u.email == u"heir@example.com");
    CHECK(u.name == u"Anna Heir");
    CHECK(u.departmentId == sales);
    CHECK(admin
              .updateUser(team.heir,
                          {QStringLiteral("leaver@example.com"), u.name, team.manager, sales})
              .error()
              .code == Error::Code::Conflict);
    CHECK(admin.updateUser(team.heir, {QStringLiteral("nope"), u.name, team.manager, sales})
              .error()
              .field == u"email");

    REQUIRE(admin
                .setPassword(team.heir,
                             Auth::hashPassword(QStringLiteral("new-pw"), Auth::Strength::Fast))
                .ok());
    CHECK(Auth::login(*t.db, QStringLiteral("heir@example.com"), QStringLiteral("new-pw")).ok());
    // History says the password changed, never what it is.
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE field = 'password_hash' AND "
                             "(old_value IS NOT NULL OR new_value IS NOT NULL)") == 0);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE field = 'password_hash'") == 1);
    const QString generated = Admin::generatePassword();
    CHECK(generated.size() == 12);
    CHECK(generated != Admin::generatePassword());

    auto me = t.sessionFor(team.heir);
    Admin self(*me);
    REQUIRE(self.updateProfile(
                    {QStringLiteral("Anna"), QStringLiteral("#2f80ed"), QStringLiteral("en"), 30})
                .ok());
    const UserInfo after = me->user(team.heir);
    CHECK(after.name == u"Anna");
    CHECK(after.avatarColor == u"#2F80ED");
    CHECK(after.language == u"en");
    CHECK(after.reminderLeadMin == 30);
    CHECK(self.updateProfile({QStringLiteral("Anna"), QStringLiteral("blue"), {}, 30})
              .error()
              .field == u"avatar_color");
    CHECK(self.changeOwnPassword(QStringLiteral("wrong"), QStringLiteral("abcd"),
                                 Auth::Strength::Fast)
              .error()
              .code == Error::Code::Auth);
    REQUIRE(self.changeOwnPassword(QStringLiteral("new-pw"), QStringLiteral("mine!"),
                                   Auth::Strength::Fast)
                .ok());
    CHECK(Auth::login(*t.db, QStringLiteral("heir@example.com"), QStringLiteral("mine!")).ok());
    // Editing someone else is still an admin's job.
    CHECK(self.updateUser(team.leaver, {QStringLiteral("leaver@example.com"), QStringLiteral("X"),
                                        team.manager, 0})
              .error()
              .code == Error::Code::Permission);
}

TEST_CASE("departmentsAndRoles_renameCloneDeleteMoveTheirMembers")
{
    Team team;
    TempDb &t = team.t;
    Admin admin(*t.admin);
    const qint64 north = *admin.createDepartment(QStringLiteral("North"));
    const qint64 south = *admin.createDepartment(QStringLiteral("South"));
    CHECK(admin.createDepartment(QStringLiteral("north")).error().code == Error::Code::Conflict);
    REQUIRE(admin.setUserDepartment(team.leaver, north).ok());
    REQUIRE(admin.renameDepartment(north, QStringLiteral("North-West")).ok());
    CHECK(admin.renameDepartment(north, QStringLiteral("South")).error().code ==
          Error::Code::Conflict);
    REQUIRE(admin.deleteDepartment(north, south).ok());
    CHECK(t.admin->user(team.leaver).departmentId == south);
    Result<QList<Admin::DepartmentInfo>> deps = admin.departments();
    REQUIRE(deps->size() == 1);
    CHECK(deps->first().members == 1);

    RoleMatrix m = RoleMatrix::filled(Scope::Own);
    m.set(PermEntity::Contact, PermAction::View, Scope::All);
    REQUIRE(admin.setRoleMatrix(team.manager, m).ok());
    Admin::RoleOptions o;
    o.analytics = Scope::Department;
    o.canImport = true;
    REQUIRE(admin.setRoleOptions(team.manager, o).ok());
    Result<qint64> copy = admin.cloneRole(team.manager, QStringLiteral("Senior manager"));
    REQUIRE(copy.ok());
    Result<Admin::RoleInfo> clone = admin.role(*copy);
    CHECK(clone->matrix == m);
    CHECK(clone->options == o);
    CHECK(admin.cloneRole(team.manager, QStringLiteral("manager")).error().code ==
          Error::Code::Conflict);
    REQUIRE(admin.deleteRole(team.manager, *copy).ok());
    CHECK(t.admin->user(team.heir).roleId == *copy);
    CHECK(admin.role(team.manager).error().code == Error::Code::NotFound);
    // The users' sessions see the options.
    auto heir = t.sessionFor(team.heir);
    CHECK(heir->principal().analytics == Scope::Department);
    CHECK(heir->principal().canImport);
}

TEST_CASE("settingsChangedElsewhere_reachAnotherConnectionsSessionOnRefresh")
{
    Team team;
    TempDb &t = team.t;
    Records r(*t.admin);
    make(r, EntityKind::Deal, QStringLiteral("Heir's"), team.heir);
    make(r, EntityKind::Deal, QStringLiteral("Leaver's"), team.leaver);
    Admin admin(*t.admin);
    REQUIRE(admin.setRoleMatrix(team.manager, RoleMatrix::filled(Scope::All)).ok());

    // Another desktop: its own connection to the same file.
    Result<std::unique_ptr<Database>> other = Database::open(t.path());
    REQUIRE(other.ok());
    Session desk(**other, t.clock, Auth::readUser(**other, team.heir));
    const auto visibleDeals = [&] {
        Query q = desk.sql().prepare(
            QStringLiteral("SELECT count(*) FROM deals d WHERE d.deleted = 0 AND %1")
                .arg(Permissions::sqlPredicate(desk.principal(), PermEntity::Deal, PermAction::View,
                                               QStringLiteral("d.responsible_id"))));
        REQUIRE(q->step());
        return q->int64(0);
    };
    CHECK(visibleDeals() == 2);
    CHECK_FALSE(desk.refreshIfStale());

    RoleMatrix own = RoleMatrix::filled(Scope::All);
    own.set(PermEntity::Deal, PermAction::View, Scope::Own);
    REQUIRE(admin.setRoleMatrix(team.manager, own).ok());
    CHECK(desk.refreshIfStale());
    CHECK(visibleDeals() == 1);
    CHECK_FALSE(desk.refreshIfStale());
    // Record edits do not make sessions reload their settings.
    make(r, EntityKind::Contact, QStringLiteral("Someone"), team.heir);
    CHECK_FALSE(desk.refreshIfStale());

    REQUIRE(admin.deactivateUser(team.heir, 0).ok());
    CHECK(desk.refreshIfStale());
    CHECK_FALSE(desk.actor().active);
}

TEST_CASE("tagsAndLossReasons_renameMergeDeleteReorderArchive")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 a =
        make(r, EntityKind::Contact, QStringLiteral("A"), t.adminId,
             {{QStringLiteral("tags"), QStringList{QStringLiteral("vip"), QStringLiteral("hot")}}});
    const qint64 b = make(r, EntityKind::Contact, QStringLiteral("B"), t.adminId,
                          {{QStringLiteral("tags"), QStringList{QStringLiteral("VIP client")}}});
    Admin admin(*t.admin);
    Result<QList<Admin::TagInfo>> tags = admin.tags();
    REQUIRE(tags->size() == 3);
    const auto idOf = [&](const QString &name) {
        const Result<QList<Admin::TagInfo>> all = admin.tags();
        for (const auto &tag : *all)
            if (tag.name == name)
                return tag.id;
        return qint64(0);
    };
    CHECK(admin.renameTag(idOf(QStringLiteral("hot")), QStringLiteral("vip")).error().code ==
          Error::Code::Conflict);
    REQUIRE(admin.mergeTags(idOf(QStringLiteral("VIP client")), idOf(QStringLiteral("vip"))).ok());
    CHECK(r.load(EntityKind::Contact, b)->value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("vip")});
    CHECK(admin.tags()->size() == 2);
    // A merge into a tag the record already has leaves one.
    REQUIRE(admin.deleteTag(idOf(QStringLiteral("hot"))).ok());
    CHECK(r.load(EntityKind::Contact, a)->value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("vip")});
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE kind = 2 AND field = 'tags'") >=
          2);

    const qint64 price = *admin.createLossReason(QStringLiteral("Price"));
    const qint64 timing = *admin.createLossReason(QStringLiteral("Timing"));
    REQUIRE(admin.reorderLossReasons({timing, price}).ok());
    t.admin->invalidate();
    REQUIRE(t.admin->lossReasons().size() == 2);
    CHECK(t.admin->lossReasons().first().id == timing);
    REQUIRE(admin.setLossReasonArchived(price, true).ok());
    CHECK(t.admin->lossReasons().size() == 1);
    REQUIRE(admin.renameLossReason(timing, QStringLiteral("Bad timing")).ok());
    CHECK(t.admin->lossReasons().first().name == u"Bad timing");
}

TEST_CASE("general_validatesEachFieldAndKeepsHistory")
{
    TempDb t;
    Admin admin(*t.admin);
    Admin::General g = Admin::general(*t.db);
    CHECK(g.currency == u"RUB");
    CHECK(g.weekStart == 1);
    g.companyName = QStringLiteral("Рога и копыта");
    g.currency = QStringLiteral("EUR");
    g.timeZone = QStringLiteral("Europe/Moscow");
    g.workStartMin = 8 * 60;
    REQUIRE(admin.setGeneral(g).ok());
    CHECK(Admin::general(*t.db) == g);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE kind = 16") == 4);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM outbox WHERE kind = 16") == 4);

    Admin::General bad = g;
    bad.currency = QStringLiteral("euro");
    CHECK(admin.setGeneral(bad).error().field == QLatin1String(SettingKey::kDefaultCurrency));
    bad = g;
    bad.workEndMin = bad.workStartMin;
    CHECK(admin.setGeneral(bad).error().field == QLatin1String(SettingKey::kWorkEnd));
    bad = g;
    bad.timeZone = QStringLiteral("Mars/Olympus");
    CHECK(admin.setGeneral(bad).error().field == QLatin1String(SettingKey::kTimeZone));
    CHECK(Admin::general(*t.db) == g);
}

TEST_CASE("setRoleRights_writesWhatDiffersInOneStep_andARefusalLeavesTheRole")
{
    Team team;
    TempDb &t = team.t;
    Admin admin(*t.admin);
    RoleMatrix m = RoleMatrix::filled(Scope::Own);
    m.set(PermEntity::Contact, PermAction::View, Scope::All);
    Admin::RoleOptions o;
    o.canImport = true;
    const qint64 before = t.db->sql().scalar("SELECT count(*) FROM history WHERE kind = 8");
    REQUIRE(admin.setRoleRights(team.manager, m, o, false).ok());
    CHECK(admin.role(team.manager)->matrix == m);
    CHECK(admin.role(team.manager)->options == o);
    // The matrix and the import right changed; the unchanged admin flag wrote nothing.
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE kind = 8") - before == 2);

    // Taking the admin flag from the only admin role is refused, and the matrix saved in the
    // same step is not kept either.
    const qint64 admins = t.admin->user(t.adminId).roleId;
    const Status refused = admin.setRoleRights(admins, RoleMatrix::filled(Scope::None), {}, false);
    REQUIRE_FALSE(refused.ok());
    CHECK(admin.role(admins)->admin);
    CHECK(admin.role(admins)->matrix == RoleMatrix::filled(Scope::All));
}
