// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/syncworld.h"

#include "core/services/admin.h"
#include "core/services/notes.h"
#include "core/services/records.h"
#include "core/sync/syncstate.h"
#include "core/sync/wirevalues.h"

#include <QJsonDocument>
#include <QJsonObject>

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

// A tags edit that is back as the server holds them when it is pushed sends nothing: the server
// keeps its value and its clock, and the replica's clock of the tags, stamped by its own edit,
// is read back to be the server's (SYNC.md "How it is proven": the clocks equal the server's).
TEST_CASE("syncTags_tagAddedAndTakenOffBeforeAPush_leavesTheServersClock", "[syncmerge]")
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

    setTags(a, EntityKind::Deal, *made, {QStringLiteral("Cold"), QStringLiteral("VIP")});
    setTags(a, EntityKind::Deal, *made, {QStringLiteral("Cold")});
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());

    CHECK(tagsOf(a, EntityKind::Deal, *made) == QStringList{"Cold"});
    for (Node *n : {&a, &b}) {
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
        CHECK(w.clockMismatches(*n).join(u'\n').toStdString() == "");
        CHECK(n->client->status()->pending == 0);
    }
}

TEST_CASE("syncTags_sameTagAddedByAColleagueMeanwhile_leavesTheColleaguesClock", "[syncmerge]")
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

    setTags(b, EntityKind::Deal, onB, {QStringLiteral("Cold"), QStringLiteral("VIP")});
    requireOk(b.client->syncNow());
    // A adds the same tag, with the name edited in the same step, then pulls B's before pushing:
    // the tags go back as the server has them, the name goes.
    requireOk(Records(*a.user).update(
        EntityKind::Deal, *made,
        {{QStringLiteral("name"), QStringLiteral("Windows, 40 pcs")},
         {QStringLiteral("tags"), QStringList{QStringLiteral("Cold"), QStringLiteral("VIP")}}}));
    requireOk(a.client->pull());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());

    CHECK(tagsOf(a, EntityKind::Deal, *made) == QStringList{"Cold", "VIP"});
    for (Node *n : {&a, &b}) {
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
        CHECK(w.clockMismatches(*n).join(u'\n').toStdString() == "");
        CHECK(n->client->status()->pending == 0);
    }
}

// A push that loses to a colleague's later value takes the server's value from the receipt,
// which carries no clock: the replica's clock of the field is read back to be the server's.
TEST_CASE("syncField_pushLosesToALaterValue_theReplicaTakesTheServersValueAndClock", "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Node &b = w.addReplica(w.seller, 12);
    Result<qint64> made = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(made.ok());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    const QString uid = WireValues(*a.user).uidOf(EntityKind::Deal, *made);
    const qint64 onB = w.replicaId(b, EntityKind::Deal, uid);
    REQUIRE(onB != 0);

    requireOk(Records(*a.user).update(EntityKind::Deal, *made,
                                      {{QStringLiteral("name"), QStringLiteral("Windows, A")}}));
    w.advance(1000);
    requireOk(Records(*b.user).update(EntityKind::Deal, onB,
                                      {{QStringLiteral("name"), QStringLiteral("Windows, B")}}));
    requireOk(b.client->syncNow());
    requireOk(a.client->pull()); // passes over the name: A's edit of it waits
    requireOk(a.client->syncNow());

    CHECK(Records(*a.user).load(EntityKind::Deal, *made)->value(QStringLiteral("name")) ==
          QStringLiteral("Windows, B"));
    for (Node *n : {&a, &b}) {
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
        CHECK(w.clockMismatches(*n).join(u'\n').toStdString() == "");
    }
}

namespace {

QString nameOn(Node &n, qint64 id)
{
    return Records(*n.user).load(EntityKind::Deal, id)->value(QStringLiteral("name")).toString();
}

qint64 conflictsOn(Node &n)
{
    return n.db->sql().scalar("SELECT count(*) FROM conflict_log");
}

} // namespace

// A push applied on the server whose answer is lost, a colleague's later value of the same field,
// then a pull that passes over the field (the push still waits here): the push sent again gets
// the stored receipt of its first time, older than the colleague's value, so the replica reads
// the record back instead of keeping its own value (the server holds the colleague's). What the
// pull passed over is kept in the file: the desktop closed between the pull and the push changes
// nothing.
TEST_CASE("syncField_answerLostThenAColleaguesLaterValuePassedOver_theReplicaReadsItBack",
          "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Node &b = w.addReplica(w.seller, 12);
    Result<qint64> made = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(made.ok());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    const QString uid = WireValues(*a.user).uidOf(EntityKind::Deal, *made);
    const qint64 onB = w.replicaId(b, EntityKind::Deal, uid);
    REQUIRE(onB != 0);

    requireOk(Records(*a.user).update(EntityKind::Deal, *made,
                                      {{QStringLiteral("name"), QStringLiteral("Windows, A")}}));
    a.net->faults.dropResponse = 1;
    CHECK_FALSE(a.client->push().ok()); // applied, the answer lost
    a.net->faults.dropResponse = 0;
    const qint64 applied = w.store->maxSeq();
    w.advance(1000);
    requireOk(Records(*b.user).update(EntityKind::Deal, onB,
                                      {{QStringLiteral("name"), QStringLiteral("Windows, B")}}));
    requireOk(b.client->syncNow());
    REQUIRE(w.store->maxSeq() > applied);
    const qint64 conflictsBefore = conflictsOn(a);
    requireOk(a.client->pull()); // passes over the name: A's edit of it waits
    CHECK(nameOn(a, *made) == u"Windows, A");
    w.reopenReplica(a);
    requireOk(a.client->syncNow());

    CHECK(nameOn(a, *made) == u"Windows, B");
    CHECK(nameOn(b, onB) == u"Windows, B");
    // The server logged the loss for A's user when B's value came; the replica adds none.
    CHECK(conflictsOn(a) == conflictsBefore);
    CHECK(a.db->sql().scalar("SELECT count(*) FROM meta WHERE key LIKE 'sync_passed:%'") == 0);
    for (Node *n : {&a, &b}) {
        requireOk(n->client->syncNow());
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
        CHECK(w.clockMismatches(*n).join(u'\n').toStdString() == "");
        CHECK(n->client->status()->pending == 0);
    }
}

// The same with the colleague's value earlier than the push the server applied: the replica's
// value is the server's, so it stays, without a read back or a conflict of its own.
TEST_CASE("syncField_answerLostAfterAColleaguesEarlierValue_theReplicaKeepsItsOwn", "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Node &b = w.addReplica(w.seller, 12);
    Result<qint64> made = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(made.ok());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    const QString uid = WireValues(*a.user).uidOf(EntityKind::Deal, *made);
    const qint64 onB = w.replicaId(b, EntityKind::Deal, uid);
    REQUIRE(onB != 0);

    requireOk(Records(*b.user).update(EntityKind::Deal, onB,
                                      {{QStringLiteral("name"), QStringLiteral("Windows, B")}}));
    requireOk(b.client->syncNow());
    w.advance(1000);
    requireOk(Records(*a.user).update(EntityKind::Deal, *made,
                                      {{QStringLiteral("name"), QStringLiteral("Windows, A")}}));
    a.net->faults.dropResponse = 1;
    CHECK_FALSE(a.client->push().ok()); // applied over B's value, the answer lost
    a.net->faults.dropResponse = 0;
    const qint64 conflictsBefore = conflictsOn(a);
    requireOk(a.client->pull()); // passes over B's value and A's own
    int readBacks = 0;
    a.net->onBootstrap = [&](const BootstrapPage &) {
        ++readBacks;
    };
    requireOk(a.client->push());
    CHECK(readBacks == 0);
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());

    CHECK(nameOn(a, *made) == u"Windows, A");
    CHECK(nameOn(b, onB) == u"Windows, A");
    CHECK(conflictsOn(a) == conflictsBefore);
    CHECK(a.db->sql().scalar("SELECT count(*) FROM meta WHERE key LIKE 'sync_passed:%'") == 0);
    for (Node *n : {&a, &b}) {
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
        CHECK(w.clockMismatches(*n).join(u'\n').toStdString() == "");
        CHECK(n->client->status()->pending == 0);
    }
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

// A first bootstrap cut off halfway keeps the pages it applied; should the server be restored
// before the replica bootstraps again, the records of those pages that the backup lacks must not
// stay: the epoch of the first page is kept with it, so the next bootstrap sees the restore and
// starts again, pruning what the restored server does not list.
TEST_CASE("syncRestore_firstBootstrapCutOffThenTheServerRestored_leavesNothingOfTheOldServer",
          "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Result<qint64> kept = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Kept")}});
    REQUIRE(kept.ok());
    requireOk(a.client->syncNow());
    const QString backup = w.backupServer();
    w.advance(1000);
    Result<qint64> gone = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Gone")}});
    REQUIRE(gone.ok());
    requireOk(a.client->syncNow());

    Node &v = w.addReplica(w.manager, 12);
    v.net->onBootstrap = [&](const BootstrapPage &p) {
        if (p.entityType == u"task")
            v.net->faults.dropResponse = 1; // the deals are in, the rest is lost
    };
    CHECK_FALSE(v.client->bootstrap().ok());
    CHECK(v.db->sql().scalar("SELECT count(*) FROM deals WHERE name IN ('Kept', 'Gone')") == 2);
    v.net->onBootstrap = {};
    v.net->faults.dropResponse = 0;

    w.restoreServer(backup);
    w.advance(1000);
    requireOk(v.client->bootstrap());
    CHECK(v.db->sql().scalar("SELECT count(*) FROM deals WHERE name = 'Gone'") == 0);
    CHECK(w.replicaDump(v) == w.serverProjection(v.userId));
    // The seller's journal brings it back; the manager's replica has it from then on.
    requireOk(a.client->syncNow());
    requireOk(v.client->syncNow());
    CHECK(v.db->sql().scalar("SELECT count(*) FROM deals WHERE name = 'Gone'") == 1);
    for (Node *n : {&a, &v})
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
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

namespace {

// A deal of Vera's in a backup, then given to the seller, who adds a note to it (the server
// accepts it and signs its receipt); with `takenAway`, the admin gives the deal back to Vera
// afterwards. The server is then restored from the backup, where the deal is Vera's.
struct RestoredAway
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &admin = w.addReplica(w.t.adminId, 12);
    qint64 deal = 0;
    QString dealUid;
    QString backup;

    explicit RestoredAway(bool takenAway = false)
    {
        Result<qint64> made =
            Records(*admin.user)
                .create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")},
                                           {QStringLiteral("responsible_id"), w.outsider}});
        REQUIRE(made.ok());
        deal = *made;
        dealUid = WireValues(*admin.user).uidOf(EntityKind::Deal, deal);
        requireOk(admin.client->syncNow());
        backup = w.backupServer();
        w.advance(1000);
        requireOk(
            Records(*admin.user)
                .update(EntityKind::Deal, deal, {{QStringLiteral("responsible_id"), w.seller}}));
        requireOk(admin.client->syncNow());
        requireOk(seller.client->syncNow());
        const qint64 here = w.replicaId(seller, EntityKind::Deal, dealUid);
        REQUIRE(here);
        REQUIRE(Records(*seller.user)
                    .addNote(EntityKind::Deal, here, QStringLiteral("Bring the contract"))
                    .ok());
        requireOk(seller.client->syncNow());
        REQUIRE(seller.db->sql().scalar("SELECT count(*) FROM outbox WHERE kind = 5 AND "
                                        "state = 1 AND receipt IS NOT NULL") == 1);
        if (takenAway) {
            w.advance(1000);
            requireOk(Records(*admin.user)
                          .update(EntityKind::Deal, deal,
                                  {{QStringLiteral("responsible_id"), w.outsider}}));
            requireOk(admin.client->syncNow());
            requireOk(seller.client->syncNow());
            REQUIRE(seller.db->sql().scalar("SELECT count(*) FROM deals") == 0);
        }
        w.restoreServer(backup);
        w.advance(1000);
    }

    qint64 notesOnServer()
    {
        return w.t.db->sql().scalar("SELECT count(*) FROM notes WHERE text = 'Bring the contract'");
    }

    // The note's mutation as the seller's journal keeps it: the body the server accepted, with
    // the signature of its receipt.
    Mutation keptNote()
    {
        Query q = seller.db->sql().prepare(
            "SELECT receipt FROM outbox WHERE kind = 5 AND receipt IS NOT NULL");
        REQUIRE(q->step());
        const QJsonObject kept = QJsonDocument::fromJson(q->text(0).toUtf8()).object();
        REQUIRE(kept.size() == 1);
        const QJsonObject r = kept.begin().value().toObject();
        Parsed<Mutation> m = parseMutation(r.value(QStringLiteral("body")).toString().toUtf8());
        REQUIRE(std::holds_alternative<Mutation>(m));
        Mutation out = std::get<Mutation>(m);
        out.signature = r.value(QStringLiteral("signature")).toString();
        REQUIRE(out.signature.size() == 64);
        return out;
    }

    // One mutation pushed straight to the restored server as `userId`.
    Receipt pushAs(qint64 userId, const Mutation &m)
    {
        Parsed<PushResponse> answer = w.store->push(
            userId, PushRequest{QStringLiteral("00000000000000aa0000000000000000"), 0, {m}});
        REQUIRE(std::holds_alternative<PushResponse>(answer));
        const PushResponse &resp = std::get<PushResponse>(answer);
        REQUIRE(resp.results.size() == 1);
        return resp.results.first();
    }
};

} // namespace

// The restored server does not show the seller the deal (it was given to him after the backup),
// but the receipt he kept proves it took this very note from him: the note lands at once, and
// nothing waits for the admin's journal.
TEST_CASE("syncRestore_noteOnARecordAColleagueGaveItsAuthorAfterTheBackup_landsOnItsReceipt",
          "[syncmerge]")
{
    RestoredAway r;
    requireOk(r.seller.client->syncNow());
    CHECK(r.notesOnServer() == 1);
    CHECK(r.seller.client->status()->pending == 0);
    CHECK(r.seller.client->status()->rejected == 0);
    CHECK(r.seller.db->sql().scalar("SELECT count(*) FROM conflict_log") == 0);
    // Until the admin's journal gives him the deal again, he sees neither it nor its note.
    CHECK(r.seller.db->sql().scalar("SELECT count(*) FROM deals") == 0);
    CHECK(r.seller.db->sql().scalar("SELECT count(*) FROM notes") == 0);
    CHECK(r.w.replicaDump(r.seller) == r.w.serverProjection(r.seller.userId));
    requireOk(r.admin.client->syncNow());
    r.w.advance(1000);
    requireOk(r.seller.client->syncNow());
    CHECK(r.notesOnServer() == 1);
    CHECK(r.seller.db->sql().scalar("SELECT count(*) FROM notes") == 1);
    CHECK(r.seller.client->status()->pending == 0);
    CHECK(r.seller.client->status()->rejected == 0);
    CHECK(r.seller.db->sql().scalar("SELECT count(*) FROM conflict_log") == 0);
    requireOk(r.admin.client->syncNow());
    for (Node *n : {&r.seller, &r.admin})
        CHECK(r.w.replicaDump(*n) == r.w.serverProjection(n->userId));
}

// Given after the backup and taken away again: the journals replayed (the admin's first, so the
// deal is out of the seller's sight when his comes) leave the deal Vera's, and the note the
// server once took is on it, nothing refused or waiting, also after the wait.
TEST_CASE("syncRestore_noteOnARecordTakenFromItsAuthorAgain_landsOnItsReceipt", "[syncmerge]")
{
    RestoredAway r(true);
    requireOk(r.admin.client->syncNow());
    requireOk(r.seller.client->syncNow());
    CHECK(r.notesOnServer() == 1);
    CHECK(r.seller.client->status()->pending == 0);
    CHECK(r.seller.client->status()->rejected == 0);
    CHECK(r.seller.db->sql().scalar("SELECT count(*) FROM conflict_log") == 0);
    CHECK(r.w.t.db->sql().scalar("SELECT count(*) FROM conflict_log") == 0);
    CHECK(!r.w.visibleTo(r.seller.userId, QStringLiteral("deal"), r.dealUid));
    r.w.advance(qint64(SyncClient::kRepushWaitDays) * 86400 * 1000 + 1000);
    for (Node *n : {&r.seller, &r.admin})
        requireOk(n->client->syncNow());
    CHECK(r.notesOnServer() == 1);
    CHECK(r.seller.db->sql().scalar("SELECT count(*) FROM notes") == 0);
    CHECK(r.admin.db->sql().scalar("SELECT count(*) FROM notes WHERE text = 'Bring the "
                                   "contract'") == 1);
    CHECK(r.seller.db->sql().scalar("SELECT count(*) FROM conflict_log") == 0);
    for (Node *n : {&r.seller, &r.admin})
        CHECK(r.w.replicaDump(*n) == r.w.serverProjection(n->userId));
}

// A signature that does not verify for this mutation id, this author and this body is ignored:
// the mutation is judged as without one, and the answer is the same as without one.
TEST_CASE("syncRestore_aForgedReceipt_isRefusedAsWithoutOne", "[syncmerge]")
{
    RestoredAway r;
    const Mutation kept = r.keptNote();
    Mutation bare = kept;
    bare.signature.clear();
    const QString absent = QStringLiteral("Deal %1 does not exist.").arg(r.dealUid);

    SECTION("another user's receipt")
    {
        // The manager does not see Vera's deal either; the seller's signature is not his.
        const Receipt forged = r.pushAs(r.w.manager, kept);
        CHECK(forged.outcome == Outcome::Rejected);
        CHECK(forged.reason == absent);
        CHECK(forged.signature.isEmpty());
        CHECK(r.pushAs(r.w.manager, bare) == forged);
    }
    SECTION("another body")
    {
        Mutation changed = kept;
        changed.fields[QStringLiteral("text")].value = QStringLiteral("Bring the money");
        const Receipt forged = r.pushAs(r.seller.userId, changed);
        CHECK(forged.outcome == Outcome::Rejected);
        CHECK(forged.reason == absent);
        changed.signature.clear();
        CHECK(r.pushAs(r.seller.userId, changed) == forged);
        CHECK(r.w.t.db->sql().scalar("SELECT count(*) FROM notes WHERE text = 'Bring the "
                                     "money'") == 0);
    }
    SECTION("a tampered signature, then the right one")
    {
        Mutation tampered = kept;
        tampered.signature[0] = tampered.signature[0] == u'0' ? u'1' : u'0';
        const Receipt forged = r.pushAs(r.seller.userId, tampered);
        CHECK(forged.outcome == Outcome::Rejected);
        CHECK(forged.reason == absent);
        CHECK(r.notesOnServer() == 0);
        // The refusal had no effect: the very mutation with its own signature is taken.
        const Receipt taken = r.pushAs(r.seller.userId, kept);
        CHECK(taken.outcome == Outcome::Applied);
        CHECK(taken.serverFields.isEmpty());
        CHECK(taken.signature == kept.signature); // the same key survived the restore
    }
    CHECK(r.notesOnServer() ==
          (r.w.t.db->sql().scalar("SELECT count(*) FROM server_log WHERE entity_type = 'note'")));
}

// Before any restore the server still has the receipt: the signature changes nothing, the
// mutation is answered from its receipt and applied once.
TEST_CASE("syncPush_aReceiptOnAMutationTheServerHas_isAnsweredFromItsReceipt", "[syncmerge]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Result<qint64> deal =
        Records(*seller.user)
            .create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(deal.ok());
    REQUIRE(Records(*seller.user)
                .addNote(EntityKind::Deal, *deal, QStringLiteral("Bring the contract"))
                .ok());
    requireOk(seller.client->syncNow());
    Query q = seller.db->sql().prepare(
        "SELECT receipt, result_seq FROM outbox WHERE kind = 5 AND receipt IS NOT NULL");
    REQUIRE(q->step());
    const qint64 seq = q->int64(1);
    const QJsonObject r =
        QJsonDocument::fromJson(q->text(0).toUtf8()).object().begin().value().toObject();
    Parsed<Mutation> m = parseMutation(r.value(QStringLiteral("body")).toString().toUtf8());
    REQUIRE(std::holds_alternative<Mutation>(m));
    Mutation again = std::get<Mutation>(m);
    again.signature = r.value(QStringLiteral("signature")).toString();
    Parsed<PushResponse> answer = w.store->push(
        w.seller, PushRequest{QStringLiteral("00000000000000aa0000000000000000"), 0, {again}});
    REQUIRE(std::holds_alternative<PushResponse>(answer));
    const Receipt &receipt = std::get<PushResponse>(answer).results.value(0);
    CHECK(receipt.outcome == Outcome::Applied);
    CHECK(receipt.seq == seq);
    CHECK(receipt.signature == again.signature);
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM notes") == 1);
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM server_log WHERE entity_type = 'note'") == 1);
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

namespace {

QStringList noteTexts(Node &n)
{
    QStringList out;
    Query q = n.db->sql().prepare("SELECT text || (CASE pinned WHEN 1 THEN ' *' ELSE '' END) "
                                  "FROM notes ORDER BY text");
    while (q->step())
        out << q->text(0);
    return out;
}

qint64 noteId(Node &n, const QString &text)
{
    Query q = n.db->sql().prepare("SELECT id FROM notes WHERE text = ?1");
    q->bind(1, text);
    return q->step() ? q->int64(0) : 0;
}

} // namespace

TEST_CASE("syncNotes_addedOnTwoReplicasConcurrently_allArriveOnce_editsAndPinsTravel",
          "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Node &b = w.addReplica(w.seller, 12);
    Node &m = w.addReplica(w.manager, 13);
    Result<qint64> deal = Records(*a.user).create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(deal.ok());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    const QString uid = WireValues(*a.user).uidOf(EntityKind::Deal, *deal);
    const qint64 onB = w.replicaId(b, EntityKind::Deal, uid);
    REQUIRE(Records(*a.user).addNote(EntityKind::Deal, *deal, QStringLiteral("Called, no answer")).ok());
    REQUIRE(Records(*b.user).addNote(EntityKind::Deal, onB, QStringLiteral("Sent the offer")).ok());
    REQUIRE(Records(*b.user).addNote(EntityKind::Deal, onB, QStringLiteral("Asked for a discount")).ok());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    requireOk(a.client->syncNow());
    requireOk(m.client->syncNow());
    const QStringList all{"Asked for a discount", "Called, no answer", "Sent the offer"};
    for (Node *n : {&a, &b, &m})
        CHECK(noteTexts(*n) == all);
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM notes") == 3);
    // The author is the seller on every replica, whichever pulled it.
    Query authors = m.db->sql().prepare("SELECT count(*) FROM notes WHERE author_id = ?1");
    authors->bind(1, w.seller);
    REQUIRE(authors->step());
    CHECK(authors->int64(0) == 3);

    // An edit of the text on one device and a pin on the other both arrive.
    requireOk(Notes(*a.user).edit(noteId(a, QStringLiteral("Sent the offer")), QStringLiteral("Sent the offer, 5% off")));
    requireOk(Notes(*b.user).setPinned(noteId(b, QStringLiteral("Sent the offer")), true));
    requireOk(b.client->syncNow());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    requireOk(m.client->syncNow());
    const QStringList edited{"Asked for a discount", "Called, no answer", "Sent the offer, 5% off *"};
    for (Node *n : {&a, &b, &m}) {
        CHECK(noteTexts(*n) == edited);
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
        CHECK(n->client->status()->pending == 0);
    }
    // Nothing was a conflict: notes are records of their own.
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM conflict_log") == 0);
}

TEST_CASE("syncNotes_theServerChecksTheDesktopsRights_andHidesNotesOfHiddenRecords", "[syncmerge]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Result<qint64> deal = Records(*seller.user).create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(deal.ok());
    REQUIRE(Records(*seller.user).addNote(EntityKind::Deal, *deal, QStringLiteral("Mine")).ok());
    requireOk(seller.client->syncNow());
    const QString dealUid = WireValues(*seller.user).uidOf(EntityKind::Deal, *deal);
    const QString noteUid = WireValues(*seller.user).uidOf(EntityKind::Note, noteId(seller, QStringLiteral("Mine")));
    const quint64 hlc = quint64(w.t.clock.nowMs()) << 16;
    const auto push = [&](qint64 user, const QString &mid, Op op, const QString &uid,
                          const QMap<QString, FieldChange> &fields) {
        Parsed<PushResponse> r = w.store->push(
            user, PushRequest{QStringLiteral("00000000000000090000000000000000"), hlc,
                              {Mutation{mid, 1, QStringLiteral("note"), uid, op, fields}}});
        REQUIRE(std::holds_alternative<PushResponse>(r));
        return std::get<PushResponse>(r).results.first();
    };
    const QMap<QString, FieldChange> add{
        {QStringLiteral("entity_type"), FieldChange{QStringLiteral("deal"), hlc, 0}},
        {QStringLiteral("entity_uid"), FieldChange{dealUid, hlc, 0}},
        {QStringLiteral("text"), FieldChange{QStringLiteral("Sneaked in"), hlc, 0}}};
    // The manager sees the seller's deal but may not edit it: no note from him (the desktop's
    // rule). Vera does not see it: to her it does not exist.
    const Receipt manager = push(w.manager, QStringLiteral("000000000000000000000000000000a1"), Op::Create,
                                 QStringLiteral("0000000000000000000000000000aaa1"), add);
    CHECK(manager.outcome == Outcome::Rejected);
    CHECK(manager.reason.contains(u"may not add notes"));
    const Receipt vera = push(w.outsider, QStringLiteral("000000000000000000000000000000a2"), Op::Create,
                              QStringLiteral("0000000000000000000000000000aaa2"), add);
    CHECK(vera.outcome == Outcome::Rejected);
    CHECK(vera.reason.contains(u"does not exist"));
    // Nor may the manager edit the seller's note, nor Vera see it.
    const QMap<QString, FieldChange> text{{QStringLiteral("text"), FieldChange{QStringLiteral("Changed"), hlc + (quint64(1000) << 16), 0}}};
    CHECK(push(w.manager, QStringLiteral("000000000000000000000000000000a3"), Op::Set, noteUid, text).outcome == Outcome::Rejected);
    CHECK(push(w.outsider, QStringLiteral("000000000000000000000000000000a4"), Op::Set, noteUid, text).reason.contains(u"does not exist"));
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM notes") == 1);
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM notes WHERE text = 'Mine'") == 1);
    // Vera's pulls and bootstraps never carry it.
    Result<PullPage> page = w.store->pull(w.outsider, 0, 100);
    REQUIRE(page.ok());
    CHECK(page->changes.isEmpty());
    Result<BootstrapPage> boot = w.store->bootstrap(w.outsider, QStringLiteral("note"), {}, 0);
    REQUIRE(boot.ok());
    CHECK(boot->records.isEmpty());
    Result<BootstrapPage> his = w.store->bootstrap(w.manager, QStringLiteral("note"), {}, 0);
    REQUIRE(his.ok());
    CHECK(his->records.size() == 1);
}

TEST_CASE("syncNotes_recordGrantedOrEvicted_bringsOrTakesItsNotes_andABootstrapHasThem",
          "[syncmerge]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &vera = w.addReplica(w.outsider, 12);
    Node &admin = w.addReplica(w.t.adminId, 13);
    Result<qint64> deal = Records(*seller.user).create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(deal.ok());
    REQUIRE(Records(*seller.user).addNote(EntityKind::Deal, *deal, QStringLiteral("First")).ok());
    REQUIRE(Records(*seller.user).addNote(EntityKind::Deal, *deal, QStringLiteral("Second")).ok());
    requireOk(seller.client->syncNow());
    requireOk(vera.client->syncNow());
    requireOk(admin.client->syncNow());
    CHECK(noteTexts(vera).isEmpty());
    CHECK(noteTexts(admin) == QStringList{"First", "Second"});
    // The admin gives the deal to Vera: she gets it with its notes, the seller loses both.
    const QString uid = WireValues(*seller.user).uidOf(EntityKind::Deal, *deal);
    requireOk(Records(*admin.user).update(EntityKind::Deal, w.replicaId(admin, EntityKind::Deal, uid),
                                          {{QStringLiteral("responsible_id"), w.outsider}}));
    // A note the seller writes meanwhile is refused with the deal, and kept in the conflict log.
    REQUIRE(Records(*seller.user).addNote(EntityKind::Deal, *deal, QStringLiteral("Late")).ok());
    requireOk(admin.client->syncNow());
    requireOk(vera.client->syncNow());
    requireOk(seller.client->pull());
    CHECK(noteTexts(vera) == QStringList{"First", "Second"});
    CHECK(noteTexts(seller).isEmpty());
    CHECK(seller.db->sql().scalar("SELECT count(*) FROM conflict_log WHERE local_value = '\"Late\"'") == 1);
    // A replica that joins later has them from its bootstrap.
    Node &late = w.addReplica(w.outsider, 14);
    requireOk(late.client->bootstrap());
    CHECK(noteTexts(late) == QStringList{"First", "Second"});
    for (Node *n : {&seller, &vera, &admin, &late}) {
        requireOk(n->client->syncNow());
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
    }
}

namespace {

qint64 column(Node &n, const char *sql, qint64 id)
{
    Query q = n.db->sql().prepare(sql);
    q->bind(1, id);
    return q->step() ? q->int64(0) : -1;
}

QString uidOf(Node &n, EntityKind kind, qint64 id)
{
    return WireValues(*n.user).uidOf(kind, id);
}

} // namespace

TEST_CASE("syncTaskLink_travelsByUid_andResolvesToTheOtherReplicasRecord", "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Node &b = w.addReplica(w.seller, 12);
    Result<qint64> deal = Records(*a.user).create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")}});
    REQUIRE(deal.ok());
    Result<qint64> task = Records(*a.user).create(
        EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call back")},
                           {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                           {QStringLiteral("entity_id"), *deal}});
    REQUIRE(task.ok());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    const qint64 taskOnB = w.replicaId(b, EntityKind::Task, uidOf(a, EntityKind::Task, *task));
    REQUIRE(taskOnB != 0);
    CHECK(column(b, "SELECT entity_kind FROM tasks WHERE id = ?1", taskOnB) == int(EntityKind::Deal));
    CHECK(column(b, "SELECT entity_id FROM tasks WHERE id = ?1", taskOnB) ==
          w.replicaId(b, EntityKind::Deal, uidOf(a, EntityKind::Deal, *deal)));
    // Linked to a contact instead on the other device: the link moves on the first one too.
    Result<qint64> contact = Records(*b.user).create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Ann")}});
    REQUIRE(contact.ok());
    requireOk(Records(*b.user).update(EntityKind::Task, taskOnB,
                                      {{QStringLiteral("entity_kind"), int(EntityKind::Contact)},
                                       {QStringLiteral("entity_id"), *contact}}));
    requireOk(b.client->syncNow());
    requireOk(a.client->syncNow());
    CHECK(column(a, "SELECT entity_kind FROM tasks WHERE id = ?1", *task) == int(EntityKind::Contact));
    CHECK(column(a, "SELECT entity_id FROM tasks WHERE id = ?1", *task) ==
          w.replicaId(a, EntityKind::Contact, uidOf(b, EntityKind::Contact, *contact)));
    Query s = w.t.db->sql().prepare("SELECT t.entity_kind, c.name FROM tasks t JOIN contacts c ON "
                                    "c.id = t.entity_id WHERE t.text = 'Call back'");
    REQUIRE(s->step());
    CHECK(s->int64(0) == int(EntityKind::Contact));
    CHECK(s->text(1) == u"Ann");
    CHECK(a.client->status()->rejected == 0);
    CHECK(b.client->status()->rejected == 0);
}

TEST_CASE("syncHiddenReference_isHeldByUid_restoredWhenGranted_andNothingHiddenLeaks", "[syncmerge]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &admin = w.addReplica(w.t.adminId, 12);
    Records r(*admin.user);
    // Vera's company, contact and deal: the seller may not see them.
    const qint64 secret = *r.create(EntityKind::Company, {{QStringLiteral("name"), QStringLiteral("Secret Ltd")},
                                                          {QStringLiteral("responsible_id"), w.outsider}});
    const qint64 hiddenContact = *r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Hidden Person")},
                                                                 {QStringLiteral("responsible_id"), w.outsider}});
    const qint64 hiddenDeal = *r.create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Hidden deal")},
                                                           {QStringLiteral("responsible_id"), w.outsider}});
    const qint64 own = *r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Own Person")},
                                                       {QStringLiteral("responsible_id"), w.seller}});
    // The seller's deal refers to them, and his task is linked to Vera's deal.
    const qint64 deal = *r.create(EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")},
                                                     {QStringLiteral("responsible_id"), w.seller},
                                                     {QStringLiteral("company_id"), secret},
                                                     {QStringLiteral("contacts"), QVariantList{hiddenContact, own}}});
    const qint64 task = *r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Ask Vera")},
                                                     {QStringLiteral("responsible_id"), w.seller},
                                                     {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                                                     {QStringLiteral("entity_id"), hiddenDeal}});
    requireOk(admin.client->syncNow());
    requireOk(seller.client->syncNow());
    const qint64 dealHere = w.replicaId(seller, EntityKind::Deal, uidOf(admin, EntityKind::Deal, deal));
    const qint64 taskHere = w.replicaId(seller, EntityKind::Task, uidOf(admin, EntityKind::Task, task));
    REQUIRE((dealHere && taskHere));
    // Nothing of the hidden records is in the seller's file: null references, uids held aside.
    CHECK(seller.db->sql().scalar("SELECT count(*) FROM companies") == 0);
    CHECK(seller.db->sql().scalar("SELECT count(*) FROM contacts") == 1);
    CHECK(seller.db->sql().scalar("SELECT count(*) FROM deals") == 1);
    CHECK(seller.db->sql().scalar("SELECT count(*) FROM meta WHERE value LIKE '%Secret%' OR "
                                  "value LIKE '%Hidden%'") == 0);
    CHECK(column(seller, "SELECT count(*) FROM deals WHERE company_id IS NULL AND id = ?1", dealHere) == 1);
    CHECK(column(seller, "SELECT entity_kind FROM tasks WHERE id = ?1", taskHere) == 0);
    CHECK(seller.client->status()->conflicts == 0);
    CHECK(w.replicaDump(seller) == w.serverProjection(w.seller));

    // His edits keep the references on the server: a rename, and one more contact.
    const qint64 added = *Records(*seller.user).create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("New Person")}});
    Result<Record> before = Records(*seller.user).load(EntityKind::Deal, dealHere);
    REQUIRE(before.ok());
    QVariantList contacts = before->value(QStringLiteral("contacts")).toList();
    contacts << added;
    requireOk(Records(*seller.user).update(EntityKind::Deal, dealHere,
                                           {{QStringLiteral("name"), QStringLiteral("Windows 2")},
                                            {QStringLiteral("contacts"), contacts}}));
    requireOk(seller.client->syncNow());
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM deals WHERE name = 'Windows 2' AND "
                               "company_id IS NOT NULL") == 1);
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM deal_contacts dc JOIN contacts c ON "
                               "c.id = dc.contact_id WHERE c.name IN ('Hidden Person', "
                               "'Own Person', 'New Person')") == 3);
    CHECK(w.replicaDump(seller) == w.serverProjection(w.seller));

    // Granted later: the references come back.
    requireOk(admin.client->syncNow());
    for (const auto &[kind, id] : {std::pair{EntityKind::Company, secret},
                                   std::pair{EntityKind::Contact, hiddenContact},
                                   std::pair{EntityKind::Deal, hiddenDeal}})
        requireOk(r.update(kind, id, {{QStringLiteral("responsible_id"), w.seller}}));
    requireOk(admin.client->syncNow());
    requireOk(seller.client->syncNow());
    CHECK(column(seller, "SELECT company_id FROM deals WHERE id = ?1", dealHere) ==
          w.replicaId(seller, EntityKind::Company, uidOf(admin, EntityKind::Company, secret)));
    CHECK(column(seller, "SELECT count(*) FROM deal_contacts WHERE deal_id = ?1", dealHere) == 3);
    CHECK(column(seller, "SELECT entity_id FROM tasks WHERE id = ?1", taskHere) ==
          w.replicaId(seller, EntityKind::Deal, uidOf(admin, EntityKind::Deal, hiddenDeal)));
    CHECK(seller.db->sql().scalar("SELECT count(*) FROM meta WHERE key LIKE 'sync_ref:%'") == 0);
    CHECK(w.replicaDump(seller) == w.serverProjection(w.seller));
    CHECK(seller.client->status()->pending == 0);
}

// The first contact is the deal's main one: an edit of the contacts a user sees leaves the one he
// does not see where the server had it, not appended after his.
TEST_CASE("syncHiddenReference_editOfADealsContacts_keepsTheHiddenContactAtItsPlace", "[syncmerge]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &admin = w.addReplica(w.t.adminId, 12);
    Records r(*admin.user);
    const auto person = [&](const char *name, qint64 responsible) {
        Result<qint64> id =
            r.create(EntityKind::Contact, {{QStringLiteral("name"), QLatin1String(name)},
                                           {QStringLiteral("responsible_id"), responsible}});
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 hidden = person("Hidden Main", w.outsider);
    const qint64 own = person("Own Person", w.seller);
    const qint64 other = person("Other Hidden", w.outsider);
    const qint64 deal = *r.create(EntityKind::Deal,
                                  {{QStringLiteral("name"), QStringLiteral("Windows")},
                                   {QStringLiteral("responsible_id"), w.seller},
                                   {QStringLiteral("contacts"), QVariantList{hidden, own, other}}});
    requireOk(admin.client->syncNow());
    requireOk(seller.client->syncNow());
    const qint64 dealHere =
        w.replicaId(seller, EntityKind::Deal, uidOf(admin, EntityKind::Deal, deal));
    REQUIRE(dealHere);
    const qint64 ownHere =
        w.replicaId(seller, EntityKind::Contact, uidOf(admin, EntityKind::Contact, own));
    const qint64 added =
        *Records(*seller.user)
             .create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("New Person")}});
    // He puts his new contact before the one he sees.
    requireOk(Records(*seller.user)
                  .update(EntityKind::Deal, dealHere,
                          {{QStringLiteral("contacts"), QVariantList{added, ownHere}}}));
    requireOk(seller.client->syncNow());
    const auto serverOrder = [&] {
        QStringList names;
        Query q =
            w.t.db->sql().prepare("SELECT c.name FROM deal_contacts dc JOIN contacts c ON c.id = "
                                  "dc.contact_id WHERE dc.deal_id = ?1 ORDER BY dc.position");
        q->bind(1, deal);
        while (q->step())
            names << q->text(0);
        return names;
    };
    CHECK(serverOrder() == QStringList{"Hidden Main", "New Person", "Own Person", "Other Hidden"});
    CHECK(w.replicaDump(seller) == w.serverProjection(w.seller));
    // Without the one he saw, the hidden ones keep the first places.
    requireOk(Records(*seller.user)
                  .update(EntityKind::Deal, dealHere,
                          {{QStringLiteral("contacts"), QVariantList{added}}}));
    requireOk(seller.client->syncNow());
    CHECK(serverOrder() == QStringList{"Hidden Main", "New Person", "Other Hidden"});
    requireOk(admin.client->syncNow());
    Result<Record> onAdmin = Records(*admin.user).load(EntityKind::Deal, deal);
    REQUIRE(onAdmin.ok());
    CHECK(onAdmin->value(QStringLiteral("contacts")).toList().first().toLongLong() == hidden);
    CHECK(w.replicaDump(seller) == w.serverProjection(w.seller));
}

namespace {

QStringList channelsOf(Node &n, const QString &field, qint64 id)
{
    Result<Record> r = Records(*n.user).load(EntityKind::Deal, id);
    REQUIRE(r.ok());
    QStringList out = r->value(field).toStringList();
    out.sort();
    return out;
}

} // namespace

TEST_CASE("syncMultiselect_concurrentEditsOnTwoDevices_mergePerOption", "[syncmerge]")
{
    SyncWorld w;
    Node &a = w.addReplica(w.seller, 11);
    Node &b = w.addReplica(w.seller, 12);
    const QString field = w.channelsField;
    Result<qint64> deal = Records(*a.user).create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")},
                           {field, QStringList{QStringLiteral("Phone")}}});
    REQUIRE(deal.ok());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    const qint64 onB = w.replicaId(b, EntityKind::Deal, WireValues(*a.user).uidOf(EntityKind::Deal, *deal));
    REQUIRE(channelsOf(b, field, onB) == QStringList{"Phone"});

    // A adds Mail; B at the same time removes Phone and adds Visit.
    requireOk(Records(*a.user).update(EntityKind::Deal, *deal, {{field, QStringList{"Phone", "Mail"}}}));
    requireOk(Records(*b.user).update(EntityKind::Deal, onB, {{field, QStringList{"Visit"}}}));
    requireOk(a.client->syncNow());
    // B pulls while its edit waits: A's option joins, B's removal and addition stay.
    requireOk(b.client->pull());
    CHECK(channelsOf(b, field, onB) == QStringList{"Mail", "Visit"});
    requireOk(b.client->syncNow());
    requireOk(a.client->syncNow());
    const QStringList both{"Mail", "Visit"};
    CHECK(channelsOf(a, field, *deal) == both);
    CHECK(channelsOf(b, field, onB) == both);
    // One device adds Phone while the other removes Visit: both apply.
    requireOk(Records(*a.user).update(EntityKind::Deal, *deal, {{field, QStringList{"Mail", "Visit", "Phone"}}}));
    requireOk(Records(*b.user).update(EntityKind::Deal, onB, {{field, QStringList{"Mail"}}}));
    requireOk(b.client->syncNow());
    requireOk(a.client->syncNow());
    requireOk(b.client->syncNow());
    CHECK(channelsOf(a, field, *deal) == QStringList{"Mail", "Phone"});
    CHECK(channelsOf(b, field, onB) == QStringList{"Mail", "Phone"});
    for (Node *n : {&a, &b}) {
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
        CHECK(n->client->status()->pending == 0);
    }
    // Merged elements are nobody's lost value.
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM conflict_log") == 0);
}

TEST_CASE("syncTask_reassignedAway_isEvictedFromTheReplica", "[syncmerge]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Result<qint64> task = Records(*seller.user).create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")}});
    REQUIRE(task.ok());
    requireOk(seller.client->syncNow());
    Node &admin = w.addReplica(w.t.adminId, 12);
    requireOk(admin.client->syncNow());
    requireOk(Records(*admin.user).update(EntityKind::Task, w.replicaId(admin, EntityKind::Task, uidOf(seller, EntityKind::Task, *task)),
                                          {{QStringLiteral("responsible_id"), w.outsider}}));
    requireOk(admin.client->syncNow());
    requireOk(seller.client->syncNow());
    CHECK(seller.db->sql().scalar("SELECT count(*) FROM tasks") == 0);
}
