// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/syncworld.h"

#include "core/services/records.h"
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
