// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/syncworld.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/sync/syncstate.h"
#include "core/sync/wirevalues.h"

// Sync of what does not simply overwrite: tags merged per element, a task's link, notes, and
// the server's answers that make a replica start again (SYNC.md "Rules", "Restore").

using namespace Voronka::Core;
using namespace Voronka::Core::Sync;
using Voronka::Test::SyncWorld;

namespace {

using Node = SyncWorld::Node;

void requireOk(const Status &st)
{
    if (!st)
        FAIL(st.error().message.toStdString());
}

QStringList tagsOf(Node &n, EntityKind kind, qint64 id)
{
    Result<Record> r = Records(*n.user).load(kind, id);
    REQUIRE(r.ok());
    QStringList tags = r->value(QStringLiteral("tags")).toStringList();
    tags.sort();
    return tags;
}

void setTags(Node &n, EntityKind kind, qint64 id, const QStringList &tags)
{
    requireOk(Records(*n.user).update(kind, id, {{QStringLiteral("tags"), tags}}));
}

} // namespace

TEST_CASE("syncTags_concurrentEditsOnTwoDevices_mergePerTag", "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Node &b = w.addReplica(w.seller, 12);
    Result<qint64> made = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")},
                           {QStringLiteral("tags"), QStringList{QStringLiteral("Cold")}}});
    REQUIRE(made.ok());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    const QString uid = WireValues(*a.user).uidOf(EntityKind::Deal, *made);
    const qint64 onB = w.replicaId(b, EntityKind::Deal, uid);
    REQUIRE(onB != 0);

    setTags(a, EntityKind::Deal, *made, {QStringLiteral("Cold"), QStringLiteral("VIP")});
    setTags(b, EntityKind::Deal, onB, {QStringLiteral("Wholesale")});
    requireOk(a.client->syncNow());
    // B pulls while its own edit waits: the server's new tag joins, B's removal stays.
    requireOk(b.client->pull());
    CHECK(tagsOf(b, EntityKind::Deal, onB) == QStringList{"VIP", "Wholesale"});
    requireOk(b.client->syncNow());
    requireOk(a.client->syncNow());

    const QStringList both{"VIP", "Wholesale"};
    CHECK(tagsOf(a, EntityKind::Deal, *made) == both);
    CHECK(tagsOf(b, EntityKind::Deal, onB) == both);
    for (Node *n : {&a, &b})
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
}

TEST_CASE("syncTags_removalAfterAnAckedAdd_isNotUndoneByAStaleBase", "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Result<qint64> made =
        Records(*a.user).create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("X")}});
    REQUIRE(made.ok());
    requireOk(a.client->push());
    setTags(a, EntityKind::Deal, *made, {QStringLiteral("VIP")});
    requireOk(a.client->push()); // acked, not pulled back yet
    setTags(a, EntityKind::Deal, *made, {});
    requireOk(a.client->syncNow());
    CHECK(tagsOf(a, EntityKind::Deal, *made).isEmpty());
    CHECK(w.replicaDump(a) == w.serverProjection(a.userId));
}

TEST_CASE("syncRestore_serverRestoredFromABackup_replicasRepushTheirAckedJournal", "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Node &b = w.addReplica(w.manager, 12);
    Result<qint64> early = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Early")}});
    REQUIRE(early.ok());
    requireOk(a.client->syncNow());
    const QString backup = w.backupServer();
    w.advance(1000);
    Result<qint64> late = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Late")}});
    REQUIRE(late.ok());
    requireOk(Records(*a.user).update(
        EntityKind::Deal, *early, {{QStringLiteral("name"), QStringLiteral("Early, renamed")}}));
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    CHECK(w.serverProjection(b.userId).size() == 2);

    const QString before = w.store->epoch();
    w.restoreServer(backup);
    CHECK(w.store->epoch() != before);
    CHECK(w.serverProjection(a.userId).size() == 1); // the backup lacks the later changes
    w.advance(1000);
    requireOk(a.client->syncNow()); // 409 epoch_changed: re-push, re-bootstrap
    requireOk(b.client->syncNow());
    CHECK(w.serverProjection(a.userId).size() == 2);
    for (Node *n : {&a, &b})
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
    // Nothing applied twice: the early create was answered as a duplicate.
    CHECK(w.t.db->sql().scalar("SELECT count(*) - count(DISTINCT mutation_id) FROM server_log") ==
          0);
    CHECK(a.client->status()->pending == 0);
}

TEST_CASE("syncRestore_aResyncLeftUnfinishedBeforeTheRestore_stillRepushesTheJournal",
          "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    const QString backup = w.backupServer();
    Result<qint64> late = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("After the backup")}});
    REQUIRE(late.ok());
    requireOk(a.client->syncNow());
    // A role change's resync was cut off before its bootstrap finished: the replica goes
    // straight to a bootstrap, without the pull that would have said the server was restored.
    a.db->sql().exec("INSERT INTO meta(key, value) VALUES('sync_resync', 1)");
    w.restoreServer(backup);
    REQUIRE(w.serverProjection(a.userId).isEmpty());
    w.advance(1000);
    requireOk(a.client->syncNow());
    CHECK(w.serverProjection(a.userId).size() == 1); // the deal is on the server again
    CHECK(w.replicaDump(a) == w.serverProjection(a.userId));
    CHECK(w.store->epoch() == readSyncState(*a.db)->epoch);
    // Its acked row names the seq of the new server's log row of it.
    Query q = a.db->sql().prepare(
        "SELECT o.result_seq FROM outbox o WHERE o.state = 1 AND o.kind = 1 AND o.result_seq > 0");
    REQUIRE(q->step());
    Query log = w.t.db->sql().prepare("SELECT entity_type FROM server_log WHERE seq = ?1");
    log->bind(1, q->int64(0));
    REQUIRE(log->step());
    CHECK(log->text(0) == QStringLiteral("deal"));
}

TEST_CASE("syncResync_roleNarrowed_replicaDropsWhatItMayNoLongerSeeAndKeepsItsOutbox",
          "[syncmerge]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &manager = w.addReplica(w.manager, 12);
    Result<qint64> deal =
        Records(*seller.user)
            .create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(deal.ok());
    requireOk(seller.client->syncNow());
    requireOk(manager.client->syncNow());
    REQUIRE(w.replicaDump(manager).size() == 1);
    Result<qint64> own =
        Records(*manager.user)
            .create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Mine")}});
    REQUIRE(own.ok());
    // The manager's role now sees only his own deals: no record changed, so no log row says so.
    requireOk(Admin(*w.t.admin).setUserRole(w.manager, w.narrowRole));
    requireOk(manager.client->syncNow()); // 409 resync_required
    CHECK(manager.client->status()->pending == 0);
    CHECK(w.replicaDump(manager) == w.serverProjection(w.manager));
    CHECK(w.serverProjection(w.manager).size() == 1); // his contact, pushed on the way
    // The next pull carries the new hash and is not refused again.
    requireOk(manager.client->syncNow());
}

TEST_CASE("syncPull_cursorPastTheServersLastSeq_isAnsweredGone_andTheReplicaBootstraps",
          "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    (void)Records(*a.user).create(EntityKind::Deal,
                                  {{QStringLiteral("name"), QStringLiteral("X")}});
    requireOk(a.client->syncNow());
    Parsed<PullPage> gone =
        w.store->pullChecked(w.seller, PullRequest{w.store->maxSeq() + 5, 10, {}, {}});
    REQUIRE(std::holds_alternative<ProtocolError>(gone));
    CHECK(std::get<ProtocolError>(gone).status == 410);
    a.db->sql().exec("UPDATE sync_state SET last_pulled_seq = 999 WHERE id = 1");
    requireOk(a.client->syncNow());
    CHECK(a.db->sql().scalar("SELECT last_pulled_seq FROM sync_state WHERE id = 1") ==
          w.store->maxSeq());
    CHECK(w.replicaDump(a) == w.serverProjection(a.userId));
}

TEST_CASE("syncPull_recordTheReplicasRulesRefuse_isSetAsideAndTheCursorMovesOn", "[syncmerge]")
{
    SyncWorld w;
    REQUIRE(w.t.db->sql().scalar("SELECT count(*) FROM loss_reasons WHERE deleted = 0") == 0);
    Node &seller = w.addReplica(w.seller, 11);
    Node &admin = w.addReplica(w.t.adminId, 12);
    Result<qint64> a =
        Records(*seller.user)
            .create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("A")}});
    Result<qint64> b =
        Records(*seller.user)
            .create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("B")}});
    REQUIRE((a.ok() && b.ok()));
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    const QString uidA = WireValues(*seller.user).uidOf(EntityKind::Deal, *a);
    const QString uidB = WireValues(*seller.user).uidOf(EntityKind::Deal, *b);
    // The seller's file has a rule the server lacks: a lost deal needs a loss reason.
    Session sellerAdmin(*seller.db, *seller.clock, Auth::readUser(*seller.db, w.t.adminId));
    REQUIRE(Admin(sellerAdmin).createLossReason(QStringLiteral("Price")).ok());
    requireOk(Records(*admin.user)
                  .update(EntityKind::Deal, w.replicaId(admin, EntityKind::Deal, uidA),
                          {{QStringLiteral("stage_id"), w.t.stageOfKind(StageKind::Lost)}}));
    requireOk(Records(*admin.user)
                  .update(EntityKind::Deal, w.replicaId(admin, EntityKind::Deal, uidB),
                          {{QStringLiteral("name"), QStringLiteral("B2")}}));
    requireOk(admin.client->push());

    requireOk(seller.client->pull());
    CHECK(seller.db->sql().scalar("SELECT last_pulled_seq FROM sync_state WHERE id = 1") ==
          w.store->maxSeq());
    CHECK(seller.db->sql().scalar("SELECT count(*) FROM deals WHERE name = 'B2'") == 1);
    Query q = seller.db->sql().prepare("SELECT entity_id, field FROM conflict_log WHERE seen = 0");
    REQUIRE(q->step());
    CHECK(q->int64(0) == *a);
    CHECK(q->text(1) == u"loss_reason_id");
}
