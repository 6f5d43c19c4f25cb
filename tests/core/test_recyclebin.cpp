// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/services/admin.h"
#include "core/services/merge.h"
#include "core/services/records.h"
#include "core/services/recyclebin.h"

using namespace Voronka::Core;
using Voronka::Test::requireConsistent;
using Voronka::Test::TempDb;

namespace {
const QString kName = QStringLiteral("name");
}

TEST_CASE("recycleBin_listsNewestDeletionFirstInPagesAndRestores")
{
    TempDb t;
    Records r(*t.admin);
    QList<qint64> ids;
    for (const char *n : {"A", "B", "C"})
        ids << *r.create(EntityKind::Contact, {{kName, QString::fromLatin1(n)}});
    REQUIRE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Alive")}}).ok());
    for (qint64 id : std::as_const(ids)) {
        t.clock.advance(1000);
        REQUIRE(r.remove(EntityKind::Contact, id).ok());
    }
    RecycleBin bin(*t.admin);
    Result<BinPage> first = bin.list(EntityKind::Contact, 2);
    REQUIRE(first.ok());
    REQUIRE(first->rows.size() == 2);
    CHECK(first->rows[0].name == u"C");
    CHECK(first->rows[1].name == u"B");
    CHECK(first->rows[0].deletedBy == u"Admin");
    CHECK(first->rows[0].deletedAt == TempDb::kStart + 3000);
    Result<BinPage> second = bin.list(EntityKind::Contact, 2, first->nextAt, first->nextId);
    REQUIRE(second->rows.size() == 1);
    CHECK(second->rows[0].name == u"A");
    CHECK(second->nextId == 0);

    REQUIRE(bin.restore(EntityKind::Contact, ids[1]).ok());
    CHECK(bin.list(EntityKind::Contact)->rows.size() == 2);
    CHECK(!r.load(EntityKind::Contact, ids[1])->value(QStringLiteral("deleted")).toBool());
    CHECK(bin.list(EntityKind::Task).error().code == Error::Code::Invalid);
}

TEST_CASE("recycleBin_dealsAreListedWithTheirPipelineInTheViewersScopeRestoredAndPurged")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 c = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Anna")}});
    const qint64 gone =
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("Gone")},
                                     {QStringLiteral("contacts"), QVariantList{c}}});
    const qint64 back = *r.create(EntityKind::Deal, {{kName, QStringLiteral("Back")}});
    Admin admin(*t.admin);
    RoleMatrix own = RoleMatrix::filled(Scope::Own);
    const qint64 sellerId = t.addUser(QStringLiteral("s@example.com"),
                                      *admin.createRole(QStringLiteral("Own"), own));
    const qint64 theirs =
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("Theirs")},
                                     {QStringLiteral("responsible_id"), sellerId}});
    for (qint64 id : {gone, back, theirs}) {
        t.clock.advance(1000);
        REQUIRE(r.remove(EntityKind::Deal, id).ok());
    }
    RecycleBin bin(*t.admin);
    Result<BinPage> page = bin.list(EntityKind::Deal);
    REQUIRE(page.ok());
    REQUIRE(page->rows.size() == 3);
    CHECK(page->rows[0].name == u"Theirs");
    const qint64 pipeline = r.load(EntityKind::Deal, theirs)->value(QStringLiteral("pipeline_id")).toLongLong();
    QString pipelineName;
    for (const PipelineInfo &p : t.admin->pipelines())
        if (p.id == pipeline)
            pipelineName = p.name;
    CHECK(!pipelineName.isEmpty());
    CHECK(page->rows[0].detail == pipelineName); // where the deal was
    // A seller sees only their own deals in the bin.
    auto seller = t.sessionFor(sellerId);
    Result<BinPage> theirsOnly = RecycleBin(*seller).list(EntityKind::Deal);
    REQUIRE(theirsOnly->rows.size() == 1);
    CHECK(theirsOnly->rows[0].id == theirs);

    REQUIRE(bin.restore(EntityKind::Deal, back).ok());
    CHECK(!r.load(EntityKind::Deal, back)->value(QStringLiteral("deleted")).toBool());
    REQUIRE(bin.purge(EntityKind::Deal, gone).ok());
    Connection &sql = t.db->sql();
    CHECK(sql.scalar("SELECT count(*) FROM deals WHERE name = 'Gone'") == 0);
    CHECK(sql.scalar("SELECT count(*) FROM deal_contacts") == 0);
    CHECK(r.load(EntityKind::Contact, c).ok()); // the contact stays
    CHECK(bin.list(EntityKind::Deal)->rows.size() == 1);
    requireConsistent(*t.db);
}

TEST_CASE("purge_adminOnlyRemovesTheRecordAndItsLinks")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 co = *r.create(EntityKind::Company, {{kName, QStringLiteral("Gone Inc")}});
    const qint64 c = *r.create(EntityKind::Contact,
                               {{kName, QStringLiteral("Gone")},
                                {QStringLiteral("company_id"), co},
                                {QStringLiteral("tags"), QStringList{QStringLiteral("x")}}});
    const qint64 keep = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Keep")}});
    const qint64 deal =
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("D")},
                                     {QStringLiteral("company_id"), co},
                                     {QStringLiteral("contacts"), QVariantList{c, keep}}});
    const qint64 task =
        *r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                     {QStringLiteral("entity_kind"), int(EntityKind::Contact)},
                                     {QStringLiteral("entity_id"), c}});
    REQUIRE(r.addNote(EntityKind::Contact, c, QStringLiteral("n")).ok());
    RecycleBin bin(*t.admin);
    CHECK(bin.purge(EntityKind::Contact, c).error().code == Error::Code::Invalid); // not deleted
    REQUIRE(r.remove(EntityKind::Contact, c).ok());

    Admin admin(*t.admin);
    auto user = t.sessionFor(
        t.addUser(QStringLiteral("u@example.com"),
                  *admin.createRole(QStringLiteral("All"), RoleMatrix::filled(Scope::All))));
    CHECK(RecycleBin(*user).purge(EntityKind::Contact, c).error().code == Error::Code::Permission);

    REQUIRE(bin.purge(EntityKind::Contact, c).ok());
    Connection &sql = t.db->sql();
    CHECK(sql.scalar("SELECT count(*) FROM contacts WHERE name = 'Gone'") == 0);
    CHECK(sql.scalar("SELECT count(*) FROM entity_tags WHERE kind = 2") == 0);
    CHECK(sql.scalar("SELECT count(*) FROM notes") == 0);
    CHECK(
        sql.scalar(QStringLiteral("SELECT count(*) FROM history WHERE kind = 2 AND entity_id = %1")
                       .arg(c)
                       .toUtf8()) == 0);
    CHECK(r.load(EntityKind::Deal, deal)->value(QStringLiteral("contacts")).toList() ==
          QVariantList{keep});
    CHECK(r.load(EntityKind::Task, task)->value(QStringLiteral("entity_kind")).toLongLong() == 0);
    CHECK(bin.list(EntityKind::Contact)->rows.isEmpty());
    requireConsistent(*t.db);

    REQUIRE(r.remove(EntityKind::Company, co).ok());
    REQUIRE(bin.purge(EntityKind::Company, co).ok());
    CHECK(r.load(EntityKind::Deal, deal)->value(QStringLiteral("company_id")).isNull());
    requireConsistent(*t.db);
}

TEST_CASE("undoMerge_refusedOnceTheLoserIsPurged")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 s = *r.create(EntityKind::Contact, {{kName, QStringLiteral("A")}});
    const qint64 l = *r.create(EntityKind::Contact, {{kName, QStringLiteral("A")}});
    Result<MergeSummary> m = Merge(*t.admin).merge({EntityKind::Contact, s, l, {}, true, true});
    REQUIRE(m.ok());
    REQUIRE(RecycleBin(*t.admin).purge(EntityKind::Contact, l).ok());
    CHECK(Merge(*t.admin).undo(m->mergeId).error().code == Error::Code::NotFound);
}

TEST_CASE("deleteAndRestore_refuseAUserWithoutTheRightEvenWhenNothingWouldChange")
{
    TempDb t;
    Admin admin(*t.admin);
    RoleMatrix m = RoleMatrix::filled(Scope::All);
    m.set(PermEntity::Contact, PermAction::Delete, Scope::None);
    auto user =
        t.sessionFor(t.addUser(QStringLiteral("u@example.com"),
                               *admin.createRole(QStringLiteral("No delete"), m)));
    Records asAdmin(*t.admin);
    const qint64 binned =
        *asAdmin.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Binned")}});
    const qint64 live =
        *asAdmin.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Live")}});
    REQUIRE(asAdmin.remove(EntityKind::Contact, binned).ok());

    Records asUser(*user);
    const Status again = asUser.remove(EntityKind::Contact, binned);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().code == Error::Code::Permission);
    const Status restoreLive = asUser.restore(EntityKind::Contact, live);
    REQUIRE_FALSE(restoreLive.ok());
    CHECK(restoreLive.error().code == Error::Code::Permission);
    // The administrator may, and nothing changes.
    CHECK(asAdmin.remove(EntityKind::Contact, binned).ok());
    CHECK(asAdmin.restore(EntityKind::Contact, live).ok());
}
