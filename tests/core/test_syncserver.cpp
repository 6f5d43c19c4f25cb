// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/records.h"
#include "core/sync/serverstore.h"
#include "core/sync/syncstate.h"
#include "core/sync/wirevalues.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Voronka::Core;
using namespace Voronka::Core::Sync;
using Voronka::Test::TempDb;

namespace {

const QString kName = QStringLiteral("name");
const QString kBudget = QStringLiteral("budget");

QString hex32(quint64 high, quint64 low)
{
    return QStringLiteral("%1%2")
        .arg(high, 16, 16, QLatin1Char('0'))
        .arg(low, 16, 16, QLatin1Char('0'));
}

// A device whose node is `node` (ServerStore::nodeOfDevice reads the first 16 hex digits).
QString device(qint64 node)
{
    return hex32(quint64(node), 0xd0d0);
}

// The team server's store on a temporary file: an admin, and in department Sales a manager
// (sees the department's deals, edits only his own) and a seller; Vera of Service is outside.
struct Server
{
    TempDb t;
    std::unique_ptr<ServerStore> store;
    qint64 manager = 0, seller = 0, outsider = 0;
    quint64 nextId = 1;
    quint64 clientSeq = 1;

    Server()
    {
        Admin a(*t.admin);
        const qint64 sales = *a.createDepartment(QStringLiteral("Sales"));
        const qint64 service = *a.createDepartment(QStringLiteral("Service"));
        RoleMatrix m = RoleMatrix::filled(Scope::Own);
        m.set(PermEntity::Deal, PermAction::View, Scope::Department);
        const qint64 role = *a.createRole(QStringLiteral("Manager"), m);
        manager = t.addUser(QStringLiteral("manager@example.com"), role, sales);
        seller = t.addUser(QStringLiteral("seller@example.com"), role, sales);
        outsider = t.addUser(QStringLiteral("vera@example.com"), role, service);
        Result<std::unique_ptr<ServerStore>> s = ServerStore::attach(*t.db, t.clock);
        REQUIRE(s.ok());
        store = std::move(s).value();
    }

    quint64 hlc(qint64 offsetMs, int counter = 0) const
    {
        return quint64(t.clock.nowMs() + offsetMs) << 16 | quint64(counter);
    }
    QString uidOf(EntityKind kind, qint64 id) { return WireValues(*t.admin).uidOf(kind, id); }
    QString newUid() { return hex32(0x018f000000000000ULL, nextId++); }

    Mutation mutation(const QString &uid, Op op, const QMap<QString, FieldChange> &fields)
    {
        return Mutation{hex32(0xabcdULL, nextId++),
                        qint64(clientSeq++),
                        QStringLiteral("deal"),
                        uid,
                        op,
                        fields};
    }
    Mutation createDeal(const QString &uid, const QString &name, quint64 at, qint64 responsible)
    {
        const qint64 stage = t.firstOpenStage();
        return mutation(
            uid, Op::Create,
            {{kName, {name, at, 0}},
             {QStringLiteral("pipeline_id"),
              {uidOf(EntityKind::Pipeline, t.admin->stage(stage)->pipelineId), at, 0}},
             {QStringLiteral("stage_id"), {uidOf(EntityKind::Stage, stage), at, 0}},
             {QStringLiteral("responsible_id"), {uidOf(EntityKind::User, responsible), at, 0}}});
    }
    Mutation set(const QString &uid, const QString &field, const QJsonValue &v, quint64 at,
                 qint64 baseSeq = 0)
    {
        return mutation(uid, Op::Set, {{field, {v, at, baseSeq}}});
    }

    PushResponse push(qint64 user, qint64 node, const QList<Mutation> &ms)
    {
        Parsed<PushResponse> r = store->push(user, PushRequest{device(node), hlc(0), ms});
        if (const ProtocolError *e = std::get_if<ProtocolError>(&r))
            FAIL("push refused: " << e->code.toStdString() << ": " << e->message.toStdString());
        return std::get<PushResponse>(r);
    }
    Receipt pushOne(qint64 user, qint64 node, const Mutation &m)
    {
        return push(user, node, {m}).results.at(0);
    }

    // A deal of `responsible` created over the wire by the admin; its uid.
    QString deal(qint64 responsible, const QString &name = QStringLiteral("Windows"))
    {
        const QString uid = newUid();
        const Receipt r = pushOne(t.adminId, 1, createDeal(uid, name, hlc(-60000), responsible));
        REQUIRE(r.outcome == Outcome::Applied);
        return uid;
    }
    QVariant column(const QString &uid, const QString &col)
    {
        Query q =
            t.db->sql().prepare(QStringLiteral("SELECT %1 FROM deals WHERE uid = ?1").arg(col));
        q->bind(1, QByteArray::fromHex(uid.toLatin1()));
        return q->step() ? q->value(0) : QVariant();
    }
    qint64 count(const char *sql) { return t.db->sql().scalar(sql); }
};

} // namespace

TEST_CASE("syncServer_createdDeal_keepsTheDevicesUidAndWritesThroughTheRules", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller, QStringLiteral("Windows"));
    CHECK(s.column(uid, kName).toString() == u"Windows");
    CHECK(s.column(uid, QStringLiteral("responsible_id")).toLongLong() == s.seller);
    // Records' validation applies: a deal without a name is refused, nothing is written.
    Mutation bad = s.createDeal(s.newUid(), QString(), s.hlc(0), s.seller);
    const Receipt r = s.pushOne(s.t.adminId, 1, bad);
    CHECK(r.outcome == Outcome::Rejected);
    CHECK(r.reason.contains(u"required"));
    CHECK(s.count("SELECT count(*) FROM deals") == 1);
    CHECK(s.store->maxSeq() == 1);
}

TEST_CASE("syncServer_repeatedMutationId_returnsTheStoredReceiptAndAppliesOnce", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller);
    const Mutation m = s.set(uid, kBudget, 150000, s.hlc(0));
    const PushResponse first = s.push(s.seller, 7, {m});
    REQUIRE(first.results.at(0).outcome == Outcome::Applied);
    const qint64 seqAfter = s.store->maxSeq();
    const qint64 historyAfter = s.count("SELECT count(*) FROM history");

    const PushResponse again = s.push(s.seller, 7, {m});
    CHECK(again.results == first.results);
    CHECK(s.store->maxSeq() == seqAfter);
    CHECK(s.count("SELECT count(*) FROM history") == historyAfter);

    // The same id with another body is refused as a whole, and nothing of it is applied.
    Mutation other = m;
    other.fields[kBudget].value = 999;
    const Parsed<PushResponse> refused = s.store->push(
        s.seller, PushRequest{device(7),
                              s.hlc(0),
                              {s.set(uid, kName, QStringLiteral("x"), s.hlc(5)), other}});
    const ProtocolError *e = std::get_if<ProtocolError>(&refused);
    REQUIRE(e);
    CHECK(e->status == 409);
    CHECK(e->code == u"mutation_conflict");
    CHECK(e->path == u"mutations[1].mutation_id");
    CHECK(s.column(uid, kBudget).toLongLong() == 150000);
    CHECK(s.column(uid, kName).toString() == u"Windows");
    CHECK(s.store->maxSeq() == seqAfter);
    // Another user replaying the id is refused the same way.
    CHECK(std::holds_alternative<ProtocolError>(
        s.store->push(s.manager, PushRequest{device(8), s.hlc(0), {m}})));
}

// A refusal had no effect: the author's same id comes again with the record's values now (a
// replica sends a refused row again after a restore) and is judged as any mutation. Another
// user's replay of it is still a reused id.
TEST_CASE("syncServer_refusedMutationId_isJudgedAgainWithAnotherBody", "[syncserver]")
{
    Server s;
    const QString uid = s.newUid();
    Mutation m = s.set(uid, kBudget, 150000, s.hlc(0));
    REQUIRE(s.pushOne(s.seller, 7, m).outcome == Outcome::Rejected);
    REQUIRE(s.pushOne(s.seller, 7, s.createDeal(uid, QStringLiteral("Windows"), s.hlc(1), s.seller))
                .outcome == Outcome::Applied);
    m.fields[kBudget].value = 175000;
    m.fields[kBudget].hlc = s.hlc(2);
    const Receipt taken = s.pushOne(s.seller, 7, m);
    CHECK(taken.outcome == Outcome::Applied);
    CHECK(!taken.signature.isEmpty());
    CHECK(s.column(uid, kBudget).toLongLong() == 175000);
    // Taken now: the id is used, another body of it is refused.
    m.fields[kBudget].value = 1;
    CHECK(std::holds_alternative<ProtocolError>(
        s.store->push(s.seller, PushRequest{device(7), s.hlc(0), {m}})));
    CHECK(std::holds_alternative<ProtocolError>(
        s.store->push(s.manager, PushRequest{device(8), s.hlc(0), {m}})));
    CHECK(s.column(uid, kBudget).toLongLong() == 175000);
}

TEST_CASE("syncServer_sameField_laterClockWinsAndEqualClocksGoToTheHigherNode", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller);
    REQUIRE(
        s.pushOne(s.seller, 5, s.set(uid, kName, QStringLiteral("Five"), s.hlc(1000))).outcome ==
        Outcome::Applied);
    // An older clock loses, and the receipt carries the value that won.
    const Mutation olderEdit = s.set(uid, kName, QStringLiteral("Nine old"), s.hlc(500));
    const Receipt older = s.pushOne(s.seller, 9, olderEdit);
    CHECK(older.outcome == Outcome::Superseded);
    CHECK(older.serverFields.value(kName).toString() == u"Five");
    CHECK(s.pushOne(s.seller, 9, olderEdit) == older); // replayed: the same receipt, values too
    CHECK(s.column(uid, kName).toString() == u"Five");
    // The same clock: the higher node wins, the lower loses.
    CHECK(s.pushOne(s.seller, 9, s.set(uid, kName, QStringLiteral("Nine"), s.hlc(1000))).outcome ==
          Outcome::Applied);
    CHECK(s.pushOne(s.seller, 7, s.set(uid, kName, QStringLiteral("Seven"), s.hlc(1000))).outcome ==
          Outcome::Superseded);
    CHECK(s.column(uid, kName).toString() == u"Nine");
    // A later clock wins whatever the node.
    CHECK(
        s.pushOne(s.seller, 2, s.set(uid, kName, QStringLiteral("Two"), s.hlc(1000, 1))).outcome ==
        Outcome::Applied);
    CHECK(s.column(uid, kName).toString() == u"Two");
}

TEST_CASE("syncServer_concurrentEditsOfDifferentFields_areBothKept", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller);
    const qint64 base = s.store->maxSeq();
    // Both devices edited offline from the same state; the later push carries the older clock.
    CHECK(s.pushOne(s.seller, 3, s.set(uid, kBudget, 5000, s.hlc(2000), base)).outcome ==
          Outcome::Applied);
    CHECK(s.pushOne(s.seller, 4, s.set(uid, kName, QStringLiteral("Doors"), s.hlc(1000), base))
              .outcome == Outcome::Applied);
    CHECK(s.column(uid, kBudget).toLongLong() == 5000);
    CHECK(s.column(uid, kName).toString() == u"Doors");
    CHECK(s.count("SELECT count(*) FROM conflict_log") == 0);
}

TEST_CASE("syncServer_editAfterDelete_doesNotResurrect_undeleteIsExplicit", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller);
    CHECK(s.pushOne(s.seller, 3, s.mutation(uid, Op::Delete, {})).outcome == Outcome::Applied);
    CHECK(s.column(uid, QStringLiteral("deleted")).toInt() == 1);
    // An edit with a later clock than the delete: superseded, the record stays deleted.
    const Receipt edit =
        s.pushOne(s.seller, 4, s.set(uid, kName, QStringLiteral("Back?"), s.hlc(60000)));
    CHECK(edit.outcome == Outcome::Superseded);
    CHECK(edit.serverFields.value(QStringLiteral("deleted")).toBool());
    CHECK(s.column(uid, QStringLiteral("deleted")).toInt() == 1);
    CHECK(s.column(uid, kName).toString() == u"Windows");
    // An undelete older than the delete loses; a newer one brings it back.
    Mutation oldUndelete =
        s.mutation(uid, Op::Undelete, {{QStringLiteral("deleted"), {false, s.hlc(-1000), 0}}});
    CHECK(s.pushOne(s.seller, 4, oldUndelete).outcome == Outcome::Superseded);
    CHECK(s.column(uid, QStringLiteral("deleted")).toInt() == 1);
    Mutation undelete =
        s.mutation(uid, Op::Undelete, {{QStringLiteral("deleted"), {false, s.hlc(70000), 0}}});
    CHECK(s.pushOne(s.seller, 4, undelete).outcome == Outcome::Applied);
    CHECK(s.column(uid, QStringLiteral("deleted")).toInt() == 0);
}

TEST_CASE("syncServer_seq_isGaplessAndInCommitOrder_rejectionsTakeNone", "[syncserver]")
{
    Server s;
    const QString a = s.deal(s.seller, QStringLiteral("A"));
    const QString b = s.deal(s.manager, QStringLiteral("B"));
    const PushResponse batch =
        s.push(s.seller, 3,
               {s.set(a, kBudget, 100, s.hlc(10)), s.set(b, kBudget, 200, s.hlc(11)), // b: not his
                s.set(a, kName, QStringLiteral("A2"), s.hlc(12)),
                s.set(s.newUid(), kName, QStringLiteral("?"), s.hlc(13))});
    REQUIRE(batch.results.size() == 4);
    CHECK(batch.results[0].seq == 3);
    CHECK(batch.results[1].outcome == Outcome::Rejected);
    CHECK(batch.results[1].seq == 0);
    CHECK(batch.results[2].seq == 4);
    CHECK(batch.results[3].outcome == Outcome::Rejected);
    CHECK(batch.maxSeq == 4);
    CHECK(s.column(b, kBudget).toLongLong() == 0); // the rejected mutation left nothing
    CHECK(s.pushOne(s.manager, 4, s.set(b, kBudget, 300, s.hlc(14))).seq == 5);
    Result<PullPage> all = s.store->pull(s.t.adminId, 0, 100);
    REQUIRE(all.ok());
    QList<qint64> seqs;
    for (const PulledChange &c : all->changes)
        seqs << c.seq;
    CHECK(seqs == QList<qint64>{1, 2, 3, 4, 5});
    CHECK(s.count("SELECT count(*) FROM server_log") == 5);
    CHECK(s.count("SELECT max(seq) - min(seq) + 1 FROM server_log") == 5);
    // Paged: the cursor continues where the page stopped.
    Result<PullPage> first = s.store->pull(s.t.adminId, 0, 2);
    REQUIRE(first.ok());
    CHECK(first->hasMore);
    CHECK(first->next == 2);
    CHECK(s.store->pull(s.t.adminId, first->next, 100)->changes.first().seq == 3);
}

TEST_CASE("syncServer_managerEditingAnotherUsersDeal_isRefused_andHiddenRecordsNeverPulled",
          "[syncserver]")
{
    Server s;
    const QString sellers = s.deal(s.seller, QStringLiteral("Seller's"));
    const QString veras = s.deal(s.outsider, QStringLiteral("Vera's"));
    // He sees his department's deal but may edit only his own: the desktop's rule, refused.
    const Receipt edit = s.pushOne(s.manager, 5, s.set(sellers, kBudget, 1, s.hlc(0)));
    CHECK(edit.outcome == Outcome::Rejected);
    CHECK(edit.reason.contains(u"may not edit"));
    CHECK(s.column(sellers, kBudget).toLongLong() == 0);
    // Outside his visibility a deal answers exactly as one that does not exist.
    const Receipt hidden = s.pushOne(s.manager, 5, s.set(veras, kBudget, 1, s.hlc(0)));
    const QString unknownUid = s.newUid();
    const Receipt missing = s.pushOne(s.manager, 5, s.set(unknownUid, kBudget, 1, s.hlc(0)));
    CHECK(hidden.outcome == Outcome::Rejected);
    CHECK(QString(hidden.reason).replace(veras, unknownUid) == missing.reason);
    CHECK(s.column(veras, kBudget).toLongLong() == 0);
    // Giving his own new deal to Vera is refused too (he may not create deals for others).
    CHECK(s.pushOne(s.manager, 5,
                    s.createDeal(s.newUid(), QStringLiteral("Gift"), s.hlc(0), s.outsider))
              .outcome == Outcome::Rejected);
    // Vera edits her deal; the manager's pull never carries it, the seller's deal it does.
    REQUIRE(s.pushOne(s.outsider, 6, s.set(veras, kName, QStringLiteral("Vera's 2"), s.hlc(1)))
                .outcome == Outcome::Applied);
    Result<PullPage> page = s.store->pull(s.manager, 0, 100);
    REQUIRE(page.ok());
    QStringList uids;
    for (const PulledChange &c : page->changes)
        uids << c.uid;
    CHECK(uids.contains(sellers));
    CHECK_FALSE(uids.contains(veras));
    CHECK(page->next == s.store->maxSeq());
    Result<PullPage> hers = s.store->pull(s.outsider, 0, 100);
    CHECK(hers->changes.size() == 2); // her deal's creation and her edit
}

TEST_CASE("syncServer_olderBaseSeqAndDifferentValue_logsTheConflictForTheLoser", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller);
    const qint64 seen = s.store->maxSeq(); // both saw the deal as created
    // The manager's role cannot edit it; the admin and the seller both edit the name offline.
    const Receipt sellers = s.pushOne(
        s.seller, 3, s.set(uid, kName, QStringLiteral("Seller's name"), s.hlc(1000), seen));
    REQUIRE(sellers.outcome == Outcome::Applied);
    // The admin's edit is later by clock, made without seeing the seller's: it wins, and the
    // seller is told his value lost.
    const Receipt admins = s.pushOne(
        s.t.adminId, 4, s.set(uid, kName, QStringLiteral("Admin's name"), s.hlc(2000), seen));
    REQUIRE(admins.outcome == Outcome::Applied);
    {
        Query q = s.t.db->sql().prepare("SELECT field, local_value, server_value, user_id, by_id, "
                                        "server_seq, seen FROM conflict_log ORDER BY id");
        REQUIRE(q->step());
        CHECK(q->text(0) == kName);
        CHECK(q->text(1) == u"\"Seller's name\"");
        CHECK(q->text(2) == u"\"Admin's name\"");
        CHECK(q->int64(3) == s.seller);
        CHECK(q->int64(4) == s.t.adminId);
        CHECK(q->int64(5) == admins.seq);
        CHECK(q->int64(6) == 0);
        CHECK_FALSE(q->step());
    }
    // A late push with an older clock loses: its author is told.
    const Receipt late = s.pushOne(
        s.seller, 3, s.set(uid, kName, QStringLiteral("Seller again"), s.hlc(1500), seen));
    CHECK(late.outcome == Outcome::Superseded);
    CHECK(s.count("SELECT count(*) FROM conflict_log WHERE user_id = (SELECT id FROM users WHERE "
                  "email = 'seller@example.com') AND local_value = '\"Seller again\"'") == 1);
    // An edit made after seeing the winner is no conflict.
    CHECK(
        s.pushOne(s.seller, 3, s.set(uid, kName, QStringLiteral("Agreed"), s.hlc(3000), admins.seq))
            .outcome == Outcome::Applied);
    CHECK(s.count("SELECT count(*) FROM conflict_log") == 2);
}

TEST_CASE("syncServer_clockFarAhead_isRefusedWithTheServersTime", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller);
    const Parsed<PushResponse> r = s.store->push(
        s.seller, PushRequest{device(3),
                              s.hlc(0),
                              {s.set(uid, kName, QStringLiteral("Future"), s.hlc(121000))}});
    const ProtocolError *e = std::get_if<ProtocolError>(&r);
    REQUIRE(e);
    CHECK(e->status == 409);
    CHECK(e->code == u"clock_skew");
    CHECK(e->message.contains(QString::number(s.t.clock.nowMs())));
    CHECK(
        s.pushOne(s.seller, 3, s.set(uid, kName, QStringLiteral("Soon"), s.hlc(119000))).outcome ==
        Outcome::Applied);
}

TEST_CASE("syncServer_tags_mergePerElement", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller);
    const QString tags = QStringLiteral("tags");
    REQUIRE(s.pushOne(s.seller, 3,
                      s.mutation(uid, Op::TagAdd,
                                 {{tags, {QJsonArray{QStringLiteral("VIP")}, s.hlc(10), 0}}}))
                .outcome == Outcome::Applied);
    REQUIRE(s.pushOne(s.seller, 4,
                      s.mutation(uid, Op::TagAdd,
                                 {{tags, {QJsonArray{QStringLiteral("Wholesale")}, s.hlc(5), 0}}}))
                .outcome == Outcome::Applied);
    REQUIRE(s.pushOne(s.seller, 4,
                      s.mutation(uid, Op::TagRemove,
                                 {{tags, {QJsonArray{QStringLiteral("VIP")}, s.hlc(6), 0}}}))
                .outcome == Outcome::Applied);
    Result<Record> r =
        Records(*s.t.admin)
            .load(EntityKind::Deal, s.column(uid, QStringLiteral("id")).toLongLong());
    REQUIRE(r.ok());
    CHECK(r->value(tags).toStringList() == QStringList{QStringLiteral("Wholesale")});
}

TEST_CASE("replicaNode_aCopiedReplicaTakesANewNode_theOriginalKeepsItsOwn", "[syncserver]")
{
    TempDb t;
    Result<qint64> first = replicaNode(*t.db);
    REQUIRE(first.ok());
    CHECK(*first > 0);
    CHECK(*replicaNode(*t.db) == *first);
    // Not a replica yet: a copy records its identity and keeps the node (a shared file opened
    // under another path must not churn it).
    const QString shared = t.dir.filePath(QStringLiteral("shared.voronka"));
    REQUIRE(t.db->backupTo(shared).ok());
    {
        Result<std::unique_ptr<Database>> copy = Database::open(shared);
        REQUIRE(copy.ok());
        CHECK(*replicaNode(**copy) == *first);
    }
    t.db->sql().exec("UPDATE sync_state SET server_url = 'https://crm.example.com' WHERE id = 1");
    const QString copied = t.dir.filePath(QStringLiteral("copy.voronka"));
    REQUIRE(t.db->backupTo(copied).ok());
    Result<std::unique_ptr<Database>> copy = Database::open(copied);
    REQUIRE(copy.ok());
    const qint64 copyNode = *replicaNode(**copy);
    CHECK(copyNode != *first);
    CHECK(*replicaNode(**copy) == copyNode); // and keeps it from then on
    CHECK(*replicaNode(*t.db) == *first);
    CHECK(readSyncState(**copy)->serverUrl == u"https://crm.example.com");
}

namespace {

QList<PulledChange> changesOf(Server &s, qint64 user, qint64 since = 0)
{
    Result<PullPage> page = s.store->pull(user, since, 1000);
    REQUIRE(page.ok());
    return page->changes;
}

QString textOf(const QList<PulledChange> &changes)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{[&] {
                                 QJsonArray a;
                                 for (const PulledChange &c : changes)
                                     a << c.fields;
                                 return a;
                             }()})
                                 .toJson());
}

} // namespace

TEST_CASE("syncServer_reassignment_evictsForTheOldViewerAndGrantsTheNewAtTheSameSeq",
          "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller, QStringLiteral("Windows"));
    const QString responsible = QStringLiteral("responsible_id");
    const Receipt moved = s.pushOne(
        s.t.adminId, 1, s.set(uid, responsible, s.uidOf(EntityKind::User, s.outsider), s.hlc(10)));
    REQUIRE(moved.outcome == Outcome::Applied);

    const QList<PulledChange> hers = changesOf(s, s.outsider);
    REQUIRE(hers.size() == 1); // the creation was not hers to see
    CHECK(hers[0].kind == PullKind::Grant);
    CHECK(hers[0].seq == moved.seq);
    CHECK(hers[0].uid == uid);
    // A grant is the full record with its clocks.
    CHECK(hers[0].fields.value(kName).toObject().value(QStringLiteral("v")).toString() ==
          u"Windows");
    CHECK(hers[0].fields.value(responsible).toObject().value(QStringLiteral("v")).toString() ==
          s.uidOf(EntityKind::User, s.outsider));
    CHECK(hers[0].fields.contains(QStringLiteral("deleted")));
    CHECK(hers[0].fields.contains(QStringLiteral("stage_id")));
    CHECK(hers[0].fields.value(kName).toObject().value(QStringLiteral("hlc")).toString() != u"0");

    for (qint64 viewer : {s.seller, s.manager}) {
        // A replica that has the deal from before drops it at the move; the creation is not
        // carried any more, since the deal is no longer theirs to see.
        CHECK(changesOf(s, viewer, 0).size() == 1);
        const QList<PulledChange> his = changesOf(s, viewer, moved.seq - 1);
        REQUIRE(his.size() == 1);
        CHECK(his[0].kind == PullKind::Evict);
        CHECK(his[0].seq == moved.seq);
        CHECK(his[0].uid == uid);
        CHECK(his[0].fields.isEmpty());
    }
    // What Vera writes now never reaches the seller.
    REQUIRE(s.pushOne(s.outsider, 6, s.set(uid, kName, QStringLiteral("Vera's secret"), s.hlc(20)))
                .outcome == Outcome::Applied);
    CHECK_FALSE(textOf(changesOf(s, s.seller)).contains(u"secret"));
    CHECK(changesOf(s, s.seller, moved.seq).isEmpty());
    CHECK(changesOf(s, s.outsider, moved.seq).size() == 1);
}

TEST_CASE("syncServer_recordHiddenAgain_isNeverGrantedWithValuesWrittenWhileHidden", "[syncserver]")
{
    Server s;
    const QString uid = s.deal(s.seller, QStringLiteral("Windows"));
    const QString responsible = QStringLiteral("responsible_id");
    REQUIRE(s.pushOne(s.t.adminId, 1,
                      s.set(uid, responsible, s.uidOf(EntityKind::User, s.outsider), s.hlc(10)))
                .outcome == Outcome::Applied);
    const qint64 sellerSaw = s.store->maxSeq();
    // Out of the seller's sight: renamed, then given back to him.
    REQUIRE(
        s.pushOne(s.outsider, 6, s.set(uid, kName, QStringLiteral("Renamed"), s.hlc(20))).outcome ==
        Outcome::Applied);
    REQUIRE(s.pushOne(s.t.adminId, 1,
                      s.set(uid, responsible, s.uidOf(EntityKind::User, s.seller), s.hlc(30)))
                .outcome == Outcome::Applied);
    // Vera saw it only between the two moves, and sees it no longer: neither the grant nor her
    // own rename is carried, only the evict.
    const QList<PulledChange> hers = changesOf(s, s.outsider);
    REQUIRE(hers.size() == 1);
    CHECK(hers[0].kind == PullKind::Evict);
    CHECK(hers[0].uid == uid);
    // The seller is granted it back as it is now, renamed (he may see it now).
    const QList<PulledChange> his = changesOf(s, s.seller, sellerSaw);
    REQUIRE(his.size() == 1);
    CHECK(his[0].kind == PullKind::Grant);
    CHECK(his[0].fields.value(kName).toObject().value(QStringLiteral("v")).toString() ==
          u"Renamed");
}

TEST_CASE("syncServer_bootstrap_pagesTheUsersVisibleRecordsByUidFromOneSnapshot", "[syncserver]")
{
    Server s;
    QStringList sellers;
    for (int i = 0; i < 5; ++i)
        sellers << s.deal(s.seller, QStringLiteral("Deal %1").arg(i));
    const QString veras = s.deal(s.outsider, QStringLiteral("Vera's"));
    sellers << s.deal(s.seller, QStringLiteral("Last"));
    std::sort(sellers.begin(), sellers.end());

    Result<BootstrapPage> first = s.store->bootstrap(s.seller, QStringLiteral("deal"), {}, 0, 2);
    REQUIRE(first.ok());
    const qint64 snapshot = first->snapshot;
    CHECK(snapshot == s.store->maxSeq());
    QStringList got;
    BootstrapPage page = *first;
    int pages = 1;
    for (;;) {
        for (const BootstrapRecord &r : page.records) {
            got << r.uid;
            CHECK(r.fields.value(kName).toObject().contains(QStringLiteral("hlc")));
        }
        if (!page.hasMore)
            break;
        // A change after the snapshot does not move it.
        s.pushOne(s.seller, 3, s.set(sellers.first(), kBudget, 10 * pages, s.hlc(pages)));
        Result<BootstrapPage> next =
            s.store->bootstrap(s.seller, QStringLiteral("deal"), page.after, snapshot, 2);
        REQUIRE(next.ok());
        CHECK(next->snapshot == snapshot);
        page = *next;
        ++pages;
    }
    CHECK(got == sellers);
    CHECK_FALSE(got.contains(veras));
    CHECK(pages == 4);
    // Vera's own bootstrap has hers alone; an unknown type is refused.
    Result<BootstrapPage> hers = s.store->bootstrap(s.outsider, QStringLiteral("deal"), {}, 0);
    REQUIRE(hers.ok());
    REQUIRE(hers->records.size() == 1);
    CHECK(hers->records[0].uid == veras);
    CHECK_FALSE(hers->hasMore);
    CHECK_FALSE(s.store->bootstrap(s.seller, QStringLiteral("users"), {}, 0).ok());
}
