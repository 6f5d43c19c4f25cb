// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/services/merge.h"
#include "core/services/records.h"

using namespace Voronka::Core;
using Voronka::Test::requireConsistent;
using Voronka::Test::TempDb;

namespace {
const QString kName = QStringLiteral("name");

QStringList rows(TempDb &t, const QString &sql, qint64 a = 0)
{
    QStringList out;
    Query q = t.db->sql().prepare(sql);
    if (sql.contains(QStringLiteral("?1")))
        q->bind(1, a);
    while (q->step()) {
        QStringList cells;
        for (int i = 0; i < q->columnCount(); ++i)
            cells << q->value(i).toString();
        out << cells.join(u'|');
    }
    return out;
}

// Everything a merge touches, as text: the record as loaded, its stored custom values and
// tags, and every row that points at it.
QStringList snapshot(TempDb &t, EntityKind kind, qint64 id)
{
    Record r = *Records(*t.admin).load(kind, id);
    QStringList out;
    for (auto it = r.cbegin(); it != r.cend(); ++it)
        out << it.key() + u'=' + it.value().toStringList().join(u',') + it.value().toString();
    const int k = int(kind);
    out << rows(t,
                QStringLiteral("SELECT field_id, value FROM field_values WHERE kind = %1 AND "
                               "entity_id = ?1 ORDER BY field_id")
                    .arg(k),
                id)
        << rows(t,
                QStringLiteral("SELECT tag_id FROM entity_tags WHERE kind = %1 AND entity_id "
                               "= ?1 ORDER BY tag_id")
                    .arg(k),
                id)
        << rows(t,
                QStringLiteral("SELECT 'task', id FROM tasks WHERE entity_kind = %1 AND "
                               "entity_id = ?1 ORDER BY id")
                    .arg(k),
                id)
        << rows(t,
                QStringLiteral("SELECT 'note', id FROM notes WHERE entity_kind = %1 AND "
                               "entity_id = ?1 ORDER BY id")
                    .arg(k),
                id);
    if (kind == EntityKind::Contact)
        out << rows(t,
                    QStringLiteral("SELECT 'deal', deal_id, position FROM deal_contacts WHERE "
                                   "contact_id = ?1 ORDER BY deal_id"),
                    id);
    else
        out << rows(t, QStringLiteral("SELECT 'deal', id FROM deals WHERE company_id = ?1"), id)
            << rows(t, QStringLiteral("SELECT 'contact', id FROM contacts WHERE company_id = ?1"),
                    id);
    return out;
}

QStringList historyIds(TempDb &t, EntityKind kind, qint64 id)
{
    return rows(t,
                QStringLiteral("SELECT id FROM history WHERE kind = %1 AND entity_id = ?1 "
                               "ORDER BY id")
                    .arg(int(kind)),
                id);
}

QList<qint64> dealContacts(Records &r, qint64 deal)
{
    QList<qint64> out;
    for (const QVariant &v :
         r.load(EntityKind::Deal, deal)->value(QStringLiteral("contacts")).toList())
        out << v.toLongLong();
    return out;
}
} // namespace

TEST_CASE("mergeContacts_movesEveryLinkAndUndoRestoresBothExactly")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 text = *admin.createFieldDef(
        {0, EntityKind::Contact, QStringLiteral("Source"), FieldType::Text, {}, {}, 0, 0, false});
    const qint64 money = *admin.createFieldDef(
        {0, EntityKind::Contact, QStringLiteral("Credit"), FieldType::Money, {}, {}, 0, 0, false});
    const qint64 multi = *admin.createFieldDef({0,
                                                EntityKind::Contact,
                                                QStringLiteral("Interests"),
                                                FieldType::MultiSelect,
                                                {QStringLiteral("A"), QStringLiteral("B")},
                                                {},
                                                0,
                                                0,
                                                false});
    const qint64 born = *admin.createFieldDef(
        {0, EntityKind::Contact, QStringLiteral("Born"), FieldType::Birthday, {}, {}, 0, 0, false});
    const QString cfText = QStringLiteral("cf.%1").arg(text),
                  cfMoney = QStringLiteral("cf.%1").arg(money),
                  cfMulti = QStringLiteral("cf.%1").arg(multi),
                  cfBorn = QStringLiteral("cf.%1").arg(born);
    Records r(*t.admin);
    const qint64 coA = *r.create(EntityKind::Company, {{kName, QStringLiteral("Ромашка")}});
    const qint64 coB = *r.create(EntityKind::Company, {{kName, QStringLiteral("Лютик")}});
    const qint64 s =
        *r.create(EntityKind::Contact,
                  {{kName, QStringLiteral("Иван Петров")},
                   {QStringLiteral("company_id"), coA},
                   {QStringLiteral("phones"), QStringList{QStringLiteral("+7 912 345-67-89")}},
                   {QStringLiteral("emails"), QStringList{QStringLiteral("ivan@example.ru")}},
                   {QStringLiteral("tags"), QStringList{QStringLiteral("VIP")}},
                   {cfText, QStringLiteral("сайт")},
                   {cfBorn, QStringLiteral("1980-05-01")}});
    const qint64 l = *r.create(
        EntityKind::Contact,
        {{kName, QStringLiteral("Петров Иван")},
         {QStringLiteral("company_id"), coB},
         {QStringLiteral("position"), QStringLiteral("CEO")},
         {QStringLiteral("phones"),
          QStringList{QStringLiteral("8 (912) 345 67 89"), QStringLiteral("+7 900 111-22-33")}},
         {QStringLiteral("emails"),
          QStringList{QStringLiteral("IVAN@example.ru"), QStringLiteral("boss@example.ru")}},
         {QStringLiteral("tags"), QStringList{QStringLiteral("Опт")}},
         {cfText, QStringLiteral("выставка")},
         {cfMoney, QVariantMap{{QStringLiteral("amount"), 150000},
                               {QStringLiteral("currency"), QStringLiteral("RUB")}}},
         {cfMulti, QStringList{QStringLiteral("B")}}});
    const qint64 x = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Third")}});
    t.clock.advance(60'000);
    REQUIRE(r.update(EntityKind::Contact, l, {{QStringLiteral("position"), QStringLiteral("CTO")}})
                .ok());
    const qint64 d1 = *r.create(EntityKind::Deal, {{kName, QStringLiteral("D1")},
                                                   {QStringLiteral("contacts"), QVariantList{l}}});
    const qint64 d2 =
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("D2")},
                                     {QStringLiteral("contacts"), QVariantList{s, l}}});
    const qint64 d3 =
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("D3")},
                                     {QStringLiteral("contacts"), QVariantList{l, x}}});
    const qint64 task =
        *r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                     {QStringLiteral("entity_kind"), int(EntityKind::Contact)},
                                     {QStringLiteral("entity_id"), l}});
    const qint64 note = *r.addNote(EntityKind::Contact, l, QStringLiteral("Likes tea"));

    const QStringList beforeS = snapshot(t, EntityKind::Contact, s);
    const QStringList beforeL = snapshot(t, EntityKind::Contact, l);
    const QStringList histS = historyIds(t, EntityKind::Contact, s);
    const QStringList histL = historyIds(t, EntityKind::Contact, l);
    REQUIRE(histL.size() >= 3); // position change, task created, note added
    const QList<qint64> d1Before = dealContacts(r, d1), d2Before = dealContacts(r, d2),
                        d3Before = dealContacts(r, d3);

    Merge m(*t.admin);
    Result<QList<MergeField>> fields = m.fields(EntityKind::Contact, s, l);
    REQUIRE(fields.ok());
    const auto field = [&](const QString &key) {
        for (const MergeField &f : *fields)
            if (f.key == key)
                return f;
        return MergeField{};
    };
    CHECK(field(QStringLiteral("position")).fromLoser); // the survivor has none
    CHECK(!field(kName).fromLoser);
    CHECK(field(QStringLiteral("company_id")).loserText == u"Лютик");
    CHECK(field(cfMoney).fromLoser);

    const qint64 outboxBefore = t.db->sql().scalar("SELECT count(*) FROM outbox");
    t.clock.advance(60'000);
    MergePlan plan;
    plan.kind = EntityKind::Contact;
    plan.survivorId = s;
    plan.loserId = l;
    plan.takeFromLoser.insert(QStringLiteral("company_id"), true);
    plan.takeFromLoser.insert(cfBorn, false);
    Result<MergeSummary> done = m.merge(plan);
    REQUIRE(done.ok());
    CHECK(done->deals == 3);
    CHECK(done->tasks == 1);
    CHECK(done->notes == 1);
    CHECK(done->historyEntries == histL.size());

    Record merged = *r.load(EntityKind::Contact, s);
    CHECK(merged.value(kName).toString() == u"Иван Петров");
    CHECK(merged.value(QStringLiteral("company_id")).toLongLong() == coB);
    CHECK(merged.value(QStringLiteral("position")).toString() == u"CTO");
    CHECK(merged.value(QStringLiteral("phones")).toStringList() ==
          QStringList{QStringLiteral("+7 912 345-67-89"), QStringLiteral("+7 900 111-22-33")});
    CHECK(merged.value(QStringLiteral("emails")).toStringList() ==
          QStringList{QStringLiteral("ivan@example.ru"), QStringLiteral("boss@example.ru")});
    CHECK(merged.value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("VIP"), QStringLiteral("Опт")});
    CHECK(merged.value(cfText).toString() == u"сайт");
    CHECK(merged.value(cfBorn).toString() == u"1980-05-01");
    CHECK(merged.value(cfMoney).toMap().value(QStringLiteral("amount")).toLongLong() ==
          150000); // minor units, in and out of Records
    CHECK(merged.value(cfMulti).toStringList() == QStringList{QStringLiteral("B")});
    CHECK(r.load(EntityKind::Contact, l)->value(QStringLiteral("deleted")).toBool());

    // Every link moved: deals (the survivor takes the loser's place), the task, the note.
    CHECK(dealContacts(r, d1) == QList<qint64>{s});
    CHECK(dealContacts(r, d2) == QList<qint64>{s});
    CHECK(dealContacts(r, d3) == (QList<qint64>{s, x}));
    CHECK(r.load(EntityKind::Task, task)->value(QStringLiteral("entity_id")).toLongLong() == s);
    CHECK(t.db->sql().scalar(
              QStringLiteral("SELECT entity_id FROM notes WHERE id = %1").arg(note).toUtf8()) == s);
    // Every history entry of the loser now belongs to the survivor.
    const QStringList histAfter = historyIds(t, EntityKind::Contact, s);
    for (const QString &h : histL)
        CHECK(histAfter.contains(h));
    CHECK(t.db->sql().scalar(QStringLiteral("SELECT count(*) FROM history WHERE kind = 2 AND "
                                            "event = 9 AND entity_id IN (%1, %2)")
                                 .arg(s)
                                 .arg(l)
                                 .toUtf8()) == 2);
    // Outbox rows for every changed row: 3 deals, task, note, survivor update, loser delete.
    CHECK(t.db->sql().scalar(QStringLiteral("SELECT count(DISTINCT kind * 1000000 + entity_id) "
                                            "FROM outbox WHERE id > %1")
                                 .arg(outboxBefore)
                                 .toUtf8()) >= 7);
    requireConsistent(*t.db);
    REQUIRE(m.undoable(EntityKind::Contact, s)->value(0) == done->mergeId);

    t.clock.advance(60'000);
    REQUIRE(m.undo(done->mergeId).ok());
    CHECK(snapshot(t, EntityKind::Contact, s) == beforeS);
    CHECK(snapshot(t, EntityKind::Contact, l) == beforeL);
    CHECK(dealContacts(r, d1) == d1Before);
    CHECK(dealContacts(r, d2) == d2Before);
    CHECK(dealContacts(r, d3) == d3Before);
    const QStringList histLAfter = historyIds(t, EntityKind::Contact, l);
    for (const QString &h : histL)
        CHECK(histLAfter.contains(h));
    for (const QString &h : histS)
        CHECK(historyIds(t, EntityKind::Contact, s).contains(h));
    CHECK(m.undo(done->mergeId).error().code == Error::Code::Conflict);
    CHECK(m.undoable(EntityKind::Contact, s)->isEmpty());
    requireConsistent(*t.db);
}

TEST_CASE("mergeCompanies_relinksDealsAndContactsAndUndoes")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 s = *r.create(EntityKind::Company, {{kName, QStringLiteral("Initech")}});
    const qint64 l = *r.create(EntityKind::Company,
                               {{kName, QStringLiteral("Initech LLC")},
                                {QStringLiteral("website"), QStringLiteral("initech.com")}});
    const qint64 c = *r.create(
        EntityKind::Contact, {{kName, QStringLiteral("Bill")}, {QStringLiteral("company_id"), l}});
    const qint64 d = *r.create(EntityKind::Deal,
                               {{kName, QStringLiteral("TPS")}, {QStringLiteral("company_id"), l}});
    const QStringList beforeS = snapshot(t, EntityKind::Company, s);
    const QStringList beforeL = snapshot(t, EntityKind::Company, l);
    Merge m(*t.admin);
    Result<MergeSummary> done = m.merge({EntityKind::Company, s, l, {}, true, true});
    REQUIRE(done.ok());
    CHECK(done->deals == 1);
    CHECK(done->contacts == 1);
    CHECK(r.load(EntityKind::Contact, c)->value(QStringLiteral("company_id")).toLongLong() == s);
    CHECK(r.load(EntityKind::Deal, d)->value(QStringLiteral("company_id")).toLongLong() == s);
    CHECK(r.load(EntityKind::Company, s)->value(QStringLiteral("website")).toString() ==
          u"initech.com");
    requireConsistent(*t.db);
    REQUIRE(m.undo(done->mergeId).ok());
    CHECK(snapshot(t, EntityKind::Company, s) == beforeS);
    CHECK(snapshot(t, EntityKind::Company, l) == beforeL);
    requireConsistent(*t.db);
}

TEST_CASE("merge_refusedWithoutRightsAndUndoRefusedAfterPurge")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 s = *r.create(EntityKind::Contact, {{kName, QStringLiteral("A")}});
    const qint64 l = *r.create(EntityKind::Contact, {{kName, QStringLiteral("A")}});
    Admin admin(*t.admin);
    RoleMatrix viewer;
    viewer.set(PermEntity::Contact, PermAction::View, Scope::All);
    viewer.set(PermEntity::Contact, PermAction::Edit, Scope::All);
    auto user = t.sessionFor(t.addUser(QStringLiteral("v@example.com"),
                                       *admin.createRole(QStringLiteral("Viewer"), viewer)));
    Result<MergeSummary> refused = Merge(*user).merge({EntityKind::Contact, s, l, {}, true, true});
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(Merge(*t.admin).merge({EntityKind::Contact, s, s, {}, true, true}).error().code ==
          Error::Code::Invalid);
    CHECK(!r.load(EntityKind::Contact, l)->value(QStringLiteral("deleted")).toBool());
}

TEST_CASE("mergeUndo_fromTheHistoryEntry_restoresBothRecordsNewestFirst")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 a =
        *r.create(EntityKind::Contact, {{kName, QStringLiteral("Anna Berg")},
                                        {QStringLiteral("position"), QStringLiteral("CFO")}});
    const qint64 b =
        *r.create(EntityKind::Contact,
                  {{kName, QStringLiteral("A. Berg")},
                   {QStringLiteral("emails"), QStringList{QStringLiteral("anna@example.com")}}});
    const qint64 c = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Berg Anna")}});
    const qint64 deal =
        *r.create(EntityKind::Deal, {{kName, QStringLiteral("Audit")},
                                     {QStringLiteral("contacts"), QVariantList{b}}});
    const QStringList beforeA = snapshot(t, EntityKind::Contact, a);
    const QStringList beforeB = snapshot(t, EntityKind::Contact, b);
    Merge m(*t.admin);
    t.clock.advance(60'000);
    REQUIRE(m.merge({EntityKind::Contact, a, b, {}, true, true}).ok());
    t.clock.advance(60'000);
    const QStringList afterFirst = snapshot(t, EntityKind::Contact, a);
    REQUIRE(m.merge({EntityKind::Contact, a, c, {}, true, true}).ok());

    // The undo handle is the Merged entry of the survivor's timeline, as a card shows it.
    QList<qint64> merges;
    Result<QList<HistoryEntry>> history = r.history(EntityKind::Contact, a);
    REQUIRE(history.ok());
    for (const HistoryEntry &e : *history)
        if (e.event == HistoryEvent::Merged && e.field == u"merge")
            merges << e.id;
    REQUIRE(merges.size() == 2); // newest first
    const qint64 first = merges[1], second = merges[0];

    // The older merge waits for the newer: the message names the record and the later merge.
    Status refused = m.canUndo(first);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Conflict);
    CHECK(refused.error().message.contains(u"Anna Berg"));
    CHECK(refused.error().message.contains(u"Berg Anna"));
    CHECK(m.undo(first).error().message == refused.error().message);
    CHECK(snapshot(t, EntityKind::Contact, a) != beforeA); // nothing was undone

    REQUIRE(m.canUndo(second).ok());
    REQUIRE(m.undo(second).ok());
    CHECK(snapshot(t, EntityKind::Contact, a) == afterFirst);
    CHECK_FALSE(r.load(EntityKind::Contact, c)->value(QStringLiteral("deleted")).toBool());
    CHECK(m.canUndo(second).error().code == Error::Code::Conflict); // already undone

    REQUIRE(m.canUndo(first).ok());
    REQUIRE(m.undo(first).ok());
    CHECK(snapshot(t, EntityKind::Contact, a) == beforeA);
    CHECK(snapshot(t, EntityKind::Contact, b) == beforeB);
    CHECK(dealContacts(r, deal) == QList<qint64>{b});
    requireConsistent(*t.db);
}

TEST_CASE("mergeUndo_survivorMergedIntoAnotherLater_isRefusedNamingThatMerge")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 a = *r.create(EntityKind::Company, {{kName, QStringLiteral("Initech")}});
    const qint64 b = *r.create(EntityKind::Company, {{kName, QStringLiteral("Initech LLC")}});
    const qint64 d = *r.create(EntityKind::Company, {{kName, QStringLiteral("Initrode")}});
    Merge m(*t.admin);
    const qint64 first = m.merge({EntityKind::Company, a, b, {}, true, true})->mergeId;
    const qint64 second = m.merge({EntityKind::Company, d, a, {}, true, true})->mergeId;
    Status refused = m.canUndo(first);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"\u00ABInitech\u00BB"));
    CHECK(refused.error().message.contains(u"Initrode"));
    REQUIRE(m.undo(second).ok());
    REQUIRE(m.undo(first).ok());
    CHECK_FALSE(r.load(EntityKind::Company, b)->value(QStringLiteral("deleted")).toBool());
    requireConsistent(*t.db);
}

TEST_CASE("mergeUndo_aFieldTheMergeSetChangedSince_isRefusedNamingItAndKept")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 s = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Anna")}});
    const qint64 l = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Anna S.")},
                                                    {QStringLiteral("position"),
                                                     QStringLiteral("Director")}});
    Result<MergeSummary> m = Merge(*t.admin).merge({EntityKind::Contact, s, l, {}, true, true});
    REQUIRE(m.ok());
    REQUIRE(r.load(EntityKind::Contact, s)->value(QStringLiteral("position")).toString() ==
            u"Director");

    SECTION("no field edited since (a task added to it is no edit): undone")
    {
        REQUIRE(r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                            {QStringLiteral("due_at"), TempDb::kStart},
                                            {QStringLiteral("entity_kind"), int(EntityKind::Contact)},
                                            {QStringLiteral("entity_id"), s}})
                    .ok());
        const qint64 mark = t.db->sql().scalar("SELECT max(id) FROM history");
        CHECK(Merge(*t.admin, Origin::of(WriteMode::Undo)).undo(m->mergeId).ok());
        CHECK(!r.load(EntityKind::Contact, l)->value(QStringLiteral("deleted")).toBool());
        // Every history row the undo wrote says so.
        CHECK(t.db->sql().scalar(QStringLiteral("SELECT count(*) FROM history WHERE id > %1 AND "
                                                "origin <> 2")
                                     .arg(mark)
                                     .toUtf8()
                                     .constData()) == 0);
    }
    SECTION("the position edited since: refused, nothing written")
    {
        REQUIRE(r.update(EntityKind::Contact, s, {{QStringLiteral("position"),
                                                   QStringLiteral("CEO")}})
                    .ok());
        const QStringList edited = snapshot(t, EntityKind::Contact, s);
        const Status st = Merge(*t.admin).undo(m->mergeId);
        REQUIRE(!st.ok());
        CHECK(st.error().code == Error::Code::Conflict);
        CHECK(st.error().message ==
              u"Contact «Anna» was changed by someone else since the merge (position); left as "
              u"it is.");
        CHECK(Merge(*t.admin).canUndo(m->mergeId).error().message == st.error().message);
        CHECK(snapshot(t, EntityKind::Contact, s) == edited);
        CHECK(r.load(EntityKind::Contact, l)->value(QStringLiteral("deleted")).toBool());
    }
}
