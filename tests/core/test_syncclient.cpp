// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/syncworld.h"

#include "core/services/notes.h"
#include "core/services/records.h"
#include "core/sync/conflictlog.h"
#include "core/sync/syncstate.h"
#include "core/sync/wirevalues.h"

using namespace Voronka::Core;
using namespace Voronka::Core::Sync;
using Voronka::Test::SyncWorld;

namespace {

const QString kName = QStringLiteral("name");

using Node = SyncWorld::Node;

qint64 newDeal(Node &n, const QString &name)
{
    Result<qint64> id = Records(*n.user).create(EntityKind::Deal, {{kName, name}});
    REQUIRE(id.ok());
    return *id;
}

QString uidOf(Node &n, EntityKind kind, qint64 id)
{
    return WireValues(*n.user).uidOf(kind, id);
}

QString nameOf(Node &n, qint64 id)
{
    Query q = n.db->sql().prepare("SELECT name FROM deals WHERE id = ?1");
    q->bind(1, id);
    return q->step() ? q->text(0) : QString();
}

qint64 count(Node &n, const char *sql)
{
    return n.db->sql().scalar(sql);
}

void requireOk(const Status &st)
{
    if (!st)
        FAIL(st.error().message.toStdString());
}

} // namespace

TEST_CASE("syncClient_pushThenPull_bringsTheReplicasOfOneDepartmentTogether", "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &manager = w.addReplica(w.manager, 12);
    Node &vera = w.addReplica(w.outsider, 13);
    const qint64 id = newDeal(seller, QStringLiteral("Windows"));
    CHECK(seller.client->status()->pending == 1);
    requireOk(seller.client->syncNow());
    CHECK(seller.client->status()->pending == 0);
    CHECK(count(seller, "SELECT result_seq FROM outbox WHERE kind = 1") == 1);
    const qint64 outboxBefore = count(manager, "SELECT count(*) FROM outbox");
    requireOk(manager.client->syncNow());
    requireOk(vera.client->syncNow());
    CHECK(w.replicaId(manager, EntityKind::Deal, uidOf(seller, EntityKind::Deal, id)) != 0);
    CHECK(count(vera, "SELECT count(*) FROM deals") == 0);
    // Pulled changes leave no outbox rows behind.
    CHECK(count(manager, "SELECT count(*) FROM outbox") == outboxBefore);
    for (Node *n : {&seller, &manager, &vera})
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
    CHECK(seller.client->status()->lastSyncAt == seller.clock->nowMs());
}

TEST_CASE("syncClient_lostAnswer_isRetriedWithTheSameIdsAndAppliedOnce", "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    newDeal(seller, QStringLiteral("Windows"));
    seller.net->faults.dropResponse = 1;
    CHECK_FALSE(seller.client->push().ok());
    CHECK(w.store->maxSeq() == 1); // applied, the answer lost
    CHECK(seller.client->status()->pending == 1);
    seller.net->faults.dropResponse = 0;
    requireOk(seller.client->push());
    CHECK(w.store->maxSeq() == 1);
    CHECK(count(seller, "SELECT state FROM outbox WHERE kind = 1") == 1);
    CHECK(count(seller, "SELECT result_seq FROM outbox WHERE kind = 1") == 1);
}

TEST_CASE("syncClient_pendingLocalField_keepsItsValueWhenAPullBringsAnother", "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &admin = w.addReplica(w.t.adminId, 12);
    const qint64 id = newDeal(seller, QStringLiteral("Windows"));
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    const QString uid = uidOf(seller, EntityKind::Deal, id);
    const qint64 adminsId = w.replicaId(admin, EntityKind::Deal, uid);
    REQUIRE(Records(*admin.user)
                .update(EntityKind::Deal, adminsId, {{kName, QStringLiteral("Admin's")}})
                .ok());
    requireOk(admin.client->push());
    w.advance(1000);
    REQUIRE(Records(*seller.user)
                .update(EntityKind::Deal, id,
                        {{kName, QStringLiteral("Seller's")}, {QStringLiteral("budget"), 700}})
                .ok());
    requireOk(seller.client->pull());
    CHECK(nameOf(seller, id) == u"Seller's"); // pending here: kept
    // The later edit wins on the server too, and both replicas end with it.
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    CHECK(nameOf(seller, id) == u"Seller's");
    CHECK(nameOf(admin, adminsId) == u"Seller's");
    CHECK(w.replicaDump(admin) == w.serverProjection(w.t.adminId));
}

TEST_CASE("syncClient_supersededEdit_takesTheServersValueAndLogsTheConflict", "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11, -3600 * 1000); // an hour behind
    Node &admin = w.addReplica(w.t.adminId, 12);
    const qint64 id = newDeal(seller, QStringLiteral("Windows"));
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    const qint64 adminsId =
        w.replicaId(admin, EntityKind::Deal, uidOf(seller, EntityKind::Deal, id));
    // Both edit offline; the admin's clock is later and his push goes first.
    w.advance(1000);
    REQUIRE(Records(*admin.user)
                .update(EntityKind::Deal, adminsId, {{kName, QStringLiteral("Admin's")}})
                .ok());
    REQUIRE(Records(*seller.user)
                .update(EntityKind::Deal, id, {{kName, QStringLiteral("Seller's")}})
                .ok());
    requireOk(admin.client->push());
    requireOk(seller.client->push());
    CHECK(nameOf(seller, id) == u"Admin's");
    CHECK(seller.client->status()->conflicts == 1);
    Query q = seller.db->sql().prepare(
        "SELECT c.field, c.local_value, c.server_value, u.email FROM conflict_log c LEFT JOIN "
        "users u ON u.id = c.by_id");
    REQUIRE(q->step());
    CHECK(q->text(0) == kName);
    CHECK(q->text(1) == u"\"Seller's\"");
    CHECK(q->text(2) == u"\"Admin's\"");
    CHECK(q->text(3) == u"admin@example.com"); // whose value won, for the conflicts view
    CHECK(seller.client->status()->pending == 0);
}

TEST_CASE("syncClient_rejectedEdit_keepsTheReasonAndPutsTheServersRecordBack", "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &admin = w.addReplica(w.t.adminId, 12);
    const qint64 id = newDeal(seller, QStringLiteral("Windows"));
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    const qint64 adminsId =
        w.replicaId(admin, EntityKind::Deal, uidOf(seller, EntityKind::Deal, id));
    // The admin gives the deal to Vera while the seller edits it offline.
    REQUIRE(
        Records(*admin.user)
            .update(EntityKind::Deal, adminsId, {{QStringLiteral("responsible_id"), w.outsider}})
            .ok());
    requireOk(admin.client->push());
    REQUIRE(
        Records(*seller.user).update(EntityKind::Deal, id, {{kName, QStringLiteral("Mine")}}).ok());
    requireOk(seller.client->push());
    CHECK(seller.client->status()->rejected == 1);
    CHECK(count(seller, "SELECT count(*) FROM outbox WHERE state = 2 AND reason LIKE '%does not "
                        "exist%'") == 1);
    // Not the seller's to see any more: gone from his file, the lost value kept in the log.
    CHECK(count(seller, "SELECT count(*) FROM deals") == 0);
    CHECK(count(seller, "SELECT count(*) FROM conflict_log WHERE local_value = '\"Mine\"'") >= 1);
    requireOk(seller.client->syncNow());
    CHECK(w.replicaDump(seller) == w.serverProjection(w.seller));
}

TEST_CASE("syncClient_reassignedAway_isEvictedFromTheReplica_notPutInTheRecycleBin", "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &manager = w.addReplica(w.manager, 12);
    Node &admin = w.addReplica(w.t.adminId, 13);
    const qint64 id = newDeal(seller, QStringLiteral("Windows"));
    REQUIRE(Records(*seller.user)
                .update(EntityKind::Deal, id,
                        {{QStringLiteral("tags"), QStringList{QStringLiteral("VIP")}}})
                .ok());
    for (Node *n : {&seller, &manager, &admin})
        requireOk(n->client->syncNow());
    const QString uid = uidOf(seller, EntityKind::Deal, id);
    REQUIRE(w.replicaId(manager, EntityKind::Deal, uid) != 0);
    REQUIRE(Records(*admin.user)
                .update(EntityKind::Deal, w.replicaId(admin, EntityKind::Deal, uid),
                        {{QStringLiteral("responsible_id"), w.outsider}})
                .ok());
    requireOk(admin.client->syncNow());
    const qint64 outboxBefore = count(manager, "SELECT count(*) FROM outbox");
    for (Node *n : {&seller, &manager}) {
        requireOk(n->client->pull());
        CHECK(count(*n, "SELECT count(*) FROM deals") == 0); // not in the bin either
        CHECK(count(*n, "SELECT count(*) FROM entity_tags WHERE kind = 1") == 0);
        CHECK(count(*n, "SELECT count(*) FROM history WHERE kind = 1") == 0);
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
    }
    CHECK(count(manager, "SELECT count(*) FROM outbox") == outboxBefore);
    // Vera's new replica gets it by bootstrap.
    Node &vera = w.addReplica(w.outsider, 14);
    requireOk(vera.client->bootstrap());
    CHECK(w.replicaId(vera, EntityKind::Deal, uid) != 0);
    CHECK(w.replicaDump(vera) == w.serverProjection(w.outsider));
    CHECK(readSyncState(*vera.db)->lastPulledSeq == w.store->maxSeq());
}

TEST_CASE("syncClient_pageThatCannotBeApplied_leavesTheCursorAndTheDataAsTheyWere", "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &admin = w.addReplica(w.t.adminId, 12);
    const qint64 a = newDeal(seller, QStringLiteral("A"));
    const qint64 b = newDeal(seller, QStringLiteral("B"));
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    const qint64 cursor = readSyncState(*seller.db)->lastPulledSeq;
    for (qint64 id : {a, b})
        REQUIRE(
            Records(*admin.user)
                .update(EntityKind::Deal,
                        w.replicaId(admin, EntityKind::Deal, uidOf(seller, EntityKind::Deal, id)),
                        {{kName, QStringLiteral("Renamed")}})
                .ok());
    requireOk(admin.client->push());
    // Writing deal B fails in the seller's file (as a full disk would).
    seller.db->sql().exec(
        QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE UPDATE OF name ON deals "
                       "WHEN OLD.id = %1 BEGIN SELECT RAISE(ABORT, 'disk "
                       "trouble'); END")
            .arg(b));
    CHECK_FALSE(seller.client->pull().ok());
    CHECK(readSyncState(*seller.db)->lastPulledSeq == cursor);
    CHECK(nameOf(seller, a) == u"A"); // the page's first change went with the rest
    seller.db->sql().exec("DROP TRIGGER temp.refuse");
    requireOk(seller.client->pull());
    CHECK(nameOf(seller, a) == u"Renamed");
    CHECK(nameOf(seller, b) == u"Renamed");
    CHECK(readSyncState(*seller.db)->lastPulledSeq == w.store->maxSeq());
}

TEST_CASE("syncClient_clockFarAhead_restampsTheUnackedRowsAndIsAccepted", "[syncclient]")
{
    SyncWorld w;
    Node &ahead = w.addReplica(w.seller, 11, 2 * 86400 * 1000); // two days ahead
    const qint64 id = newDeal(ahead, QStringLiteral("Windows"));
    requireOk(ahead.client->push());
    CHECK(ahead.client->status()->pending == 0);
    CHECK(count(ahead, "SELECT hlc >> 16 FROM outbox") <= w.t.clock.nowMs() + 1);
    REQUIRE(
        Records(*ahead.user).update(EntityKind::Deal, id, {{kName, QStringLiteral("Doors")}}).ok());
    requireOk(ahead.client->syncNow());
    CHECK(w.replicaDump(ahead) == w.serverProjection(w.seller));
}

namespace {

// The network of one client: the server's answers to the pushes numbered in `lost` (from 1) go
// nowhere after the server applied them.
class LosingTransport final : public Transport
{
public:
    explicit LosingTransport(Transport &inner)
        : m_inner(inner)
    {
    }
    QSet<int> lost;

    Parsed<PushResponse> push(const PushRequest &request) override
    {
        Parsed<PushResponse> answer = m_inner.push(request);
        if (lost.contains(++m_pushes))
            return ProtocolError{0, QStringLiteral("unreachable"), QStringLiteral("lost"), {}};
        return answer;
    }
    Parsed<PullPage> pull(qint64 since, int limit) override { return m_inner.pull(since, limit); }
    Parsed<PullPage> pull(const PullRequest &request) override { return m_inner.pull(request); }
    Parsed<BootstrapPage> bootstrap(const QString &entityType, const QString &after,
                                    qint64 snapshot) override
    {
        return m_inner.bootstrap(entityType, after, snapshot);
    }

private:
    Transport &m_inner;
    int m_pushes = 0;
};

} // namespace

// An edit of a field whose clock came from the server keeps that clock's node (the write path
// stamps only the hlc): restamped after a clock_skew refusal all the same, its push applied with
// the answer lost, then a pull that passes over the field (so it does not bring the server's
// clock), the push sent again is acked with the clock the server holds.
TEST_CASE("syncClient_clockFarAhead_answerLostAfterTheRestamp_theFieldKeepsTheServersClock",
          "[syncclient]")
{
    SyncWorld w;
    Node &b = w.addReplica(w.seller, 12);
    Node &ahead = w.addReplica(w.seller, 11, 2 * 86400 * 1000); // two days ahead
    const qint64 onB = newDeal(b, QStringLiteral("Windows"));
    requireOk(b.client->syncNow());
    requireOk(ahead.client->syncNow());
    const qint64 id = w.replicaId(ahead, EntityKind::Deal, uidOf(b, EntityKind::Deal, onB));
    REQUIRE(id != 0);
    w.advance(1000);
    REQUIRE(
        Records(*ahead.user).update(EntityKind::Deal, id, {{kName, QStringLiteral("Doors")}}).ok());

    LosingTransport lossy(*ahead.net);
    lossy.lost = {2}; // the clock_skew refusal comes; the answer to the restamped push is lost
    Result<std::unique_ptr<SyncClient>> client =
        SyncClient::open(*ahead.db, *ahead.clock, lossy, ahead.userId);
    REQUIRE(client.ok());
    CHECK_FALSE((*client)->push().ok());
    CHECK(w.store->maxSeq() == 2); // applied, the answer lost
    requireOk((*client)->pull());  // passes over the name: its push waits here
    requireOk((*client)->syncNow());

    CHECK(nameOf(ahead, id) == u"Doors");
    CHECK(w.replicaDump(ahead) == w.serverProjection(w.seller));
    CHECK(w.clockMismatches(ahead).join(u'\n').toStdString() == "");
}

namespace {

QString noteText(Node &n, qint64 noteId)
{
    Query q = n.db->sql().prepare("SELECT text FROM notes WHERE id = ?1");
    q->bind(1, noteId);
    return q->step() ? q->text(0) : QString();
}

ConflictEntry entryFor(Node &n, const QString &field)
{
    Result<QList<ConflictEntry>> entries = ConflictLog(*n.user).unseen();
    REQUIRE(entries.ok());
    for (const ConflictEntry &e : *entries)
        if (e.kind == EntityKind::Note && e.field == field)
            return e;
    FAIL("no unseen note entry for " << field.toStdString());
    return {};
}

} // namespace

TEST_CASE("syncConflicts_keepMineOfANotesText_writesItAgainThroughNotes", "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11, -3600 * 1000); // an hour behind
    Node &admin = w.addReplica(w.t.adminId, 12);
    const qint64 deal = newDeal(seller, QStringLiteral("Windows"));
    Result<qint64> note =
        Records(*seller.user).addNote(EntityKind::Deal, deal, QStringLiteral("Call on Monday"));
    REQUIRE(note.ok());
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    const qint64 adminsNote =
        w.replicaId(admin, EntityKind::Note, uidOf(seller, EntityKind::Note, *note));
    REQUIRE(adminsNote);
    // Both edit the text offline; the admin's clock is later and his push goes first.
    w.advance(1000);
    requireOk(Notes(*admin.user).edit(adminsNote, QStringLiteral("Call on Tuesday")));
    requireOk(Notes(*seller.user).edit(*note, QStringLiteral("Call on Monday at 10")));
    requireOk(admin.client->syncNow());
    requireOk(seller.client->syncNow());
    CHECK(noteText(seller, *note) == u"Call on Tuesday");
    const ConflictEntry e = entryFor(seller, QStringLiteral("text"));
    CHECK(e.recordName == u"Call on Tuesday");
    CHECK(e.mine.toString() == u"Call on Monday at 10");

    requireOk(ConflictLog(*seller.user).keepMine(e.id));
    CHECK(noteText(seller, *note) == u"Call on Monday at 10");
    CHECK(seller.client->status()->pending == 1);
    CHECK(ConflictLog(*seller.user).unseen()->isEmpty());
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    CHECK(noteText(admin, adminsNote) == u"Call on Monday at 10");
    for (Node *n : {&seller, &admin})
        CHECK(w.replicaDump(*n) == w.serverProjection(n->userId));
}

TEST_CASE("syncConflicts_keepMineOfARefusedNote_namesItWhileItsRecordIsGone_thenAddsItAgain",
          "[syncclient]")
{
    SyncWorld w;
    Node &seller = w.addReplica(w.seller, 11);
    Node &admin = w.addReplica(w.t.adminId, 12);
    const qint64 deal = newDeal(seller, QStringLiteral("Windows"));
    requireOk(seller.client->syncNow());
    requireOk(admin.client->syncNow());
    const qint64 adminsDeal =
        w.replicaId(admin, EntityKind::Deal, uidOf(seller, EntityKind::Deal, deal));
    // The admin gives the deal to Vera while the seller adds a note to it offline.
    requireOk(Records(*admin.user)
                  .update(EntityKind::Deal, adminsDeal,
                          {{QStringLiteral("responsible_id"), w.outsider}}));
    requireOk(admin.client->syncNow());
    REQUIRE(Records(*seller.user)
                .addNote(EntityKind::Deal, deal, QStringLiteral("Bring the contract"))
                .ok());
    requireOk(seller.client->syncNow());
    CHECK(count(seller, "SELECT count(*) FROM notes") == 0);
    CHECK(count(seller, "SELECT count(*) FROM deals") == 0);
    const ConflictEntry e = entryFor(seller, QStringLiteral("text"));
    CHECK(e.refused);
    // Its deal is gone too: keeping it cannot be done, and the error says which note.
    const Status st = ConflictLog(*seller.user).keepMine(e.id);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::NotFound);
    CHECK(st.error().message.contains(QStringLiteral("Bring the contract")));

    // The deal comes back to him: keeping his note adds it again.
    requireOk(
        Records(*admin.user)
            .update(EntityKind::Deal, adminsDeal, {{QStringLiteral("responsible_id"), w.seller}}));
    requireOk(admin.client->syncNow());
    requireOk(seller.client->syncNow());
    const qint64 back =
        w.replicaId(seller, EntityKind::Deal, uidOf(admin, EntityKind::Deal, adminsDeal));
    REQUIRE(back);
    CHECK(entryFor(seller, QStringLiteral("text")).recordName == u"Bring the contract");
    requireOk(ConflictLog(*seller.user).keepMine(e.id));
    CHECK(ConflictLog(*seller.user).unseen()->isEmpty()); // every entry of the refused note
    Query q = seller.db->sql().prepare("SELECT entity_kind, entity_id, author_id FROM notes WHERE "
                                       "text = 'Bring the contract'");
    REQUIRE(q->step());
    CHECK(q->int64(0) == int(EntityKind::Deal));
    CHECK(q->int64(1) == back);
    CHECK(q->int64(2) == w.seller);
    requireOk(seller.client->syncNow());
    CHECK(w.t.db->sql().scalar("SELECT count(*) FROM notes WHERE text = 'Bring the contract'") ==
          1);
    CHECK(w.replicaDump(seller) == w.serverProjection(w.seller));
}
