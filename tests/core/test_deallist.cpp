// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/importexport/csv.h"
#include "core/services/recordlist.h"
#include "core/services/records.h"

#include <QBuffer>
#include <QSet>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
const QString kName = QStringLiteral("name");

// The deals list as the Deals page opens it: newest first, the name column first.
ListQuery dealQuery()
{
    ListQuery q;
    q.sortKey = QStringLiteral("created");
    q.descending = true;
    q.columns = {kName, QStringLiteral("responsible"), QStringLiteral("budget"),
                 QStringLiteral("stage")};
    return q;
}

QStringList names(const ListPage &page)
{
    QStringList out;
    for (const QVariantList &r : page.rows)
        out << r.at(0).toString();
    return out;
}

// Every row of the query, read a page at a time through the keyset cursor.
ListPage allPages(RecordList &list, ListQuery q, int pageSize)
{
    q.pageSize = pageSize;
    ListPage out;
    ListCursor cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        Result<ListPage> page = list.fetch(q, cursor);
        REQUIRE(page.ok());
        out.ids += page->ids;
        out.rows += page->rows;
        out.facts += page->facts;
        if (!page->next.valid())
            break;
        cursor = page->next;
    }
    return out;
}

struct Deals : TempDb
{
    qint64 pipeline = 0;
    qint64 field = 0;
    qint64 carol = 0, bob = 0;
    QList<qint64> ids;
    Deals()
    {
        Admin admin(*this->admin);
        field = *admin.createFieldDef(FieldDef{
            0, EntityKind::Deal, QStringLiteral("Region"), FieldType::Text, {}, {}, 1, 0, false});
        const qint64 role =
            *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::All));
        carol = addUser(QStringLiteral("carol@example.com"), role);
        bob = addUser(QStringLiteral("bob@example.com"), role);
        pipeline = this->admin->pipelines().first().id;
        Records r(*this->admin);
        struct D
        {
            const char *name;
            qint64 budget;
            int stage;
            qint64 who;
            const char *region; // nullptr: no value
            const char *source;
        };
        const QList<D> deals{{"Delta", 400, 2, bob, "North", "web"},
                             {"Alpha", 100, 0, carol, nullptr, nullptr},
                             {"Echo", 100, 1, bob, "East", "call"},
                             {"Charlie", 300, 0, carol, "West", "web"},
                             {"Bravo", 200, 1, 0, nullptr, "call"}};
        for (const D &d : deals) {
            Patch p{{kName, QString::fromUtf8(d.name)},
                    {QStringLiteral("budget"), d.budget},
                    {QStringLiteral("stage_id"), firstOpenStage(d.stage)}};
            if (d.who)
                p.insert(QStringLiteral("responsible_id"), d.who);
            if (d.region)
                p.insert(QStringLiteral("cf.%1").arg(field), QString::fromUtf8(d.region));
            if (d.source)
                p.insert(QStringLiteral("source"), QString::fromUtf8(d.source));
            ids << *r.create(EntityKind::Deal, p);
            clock.advance(60000);
        }
    }
};
} // namespace

TEST_CASE("dealList_sortsByEveryColumnWithAStableTiebreak")
{
    Deals t;
    RecordList list(*t.admin, EntityKind::Deal);
    ListQuery q = dealQuery();
    q.pipelineId = t.pipeline;
    const QString region = QStringLiteral("cf.%1").arg(t.field);
    q.columns << region;
    auto sorted = [&](const QString &key, bool desc) {
        q.sortKey = key;
        q.descending = desc;
        return names(allPages(list, q, 2));
    };
    auto sl = [](const char *s) {
        return QString::fromLatin1(s);
    };
    CHECK(sorted(QStringLiteral("created"), true) ==
          QStringList{sl("Bravo"), sl("Charlie"), sl("Echo"), sl("Alpha"), sl("Delta")});
    CHECK(sorted(QStringLiteral("name"), false) ==
          QStringList{sl("Alpha"), sl("Bravo"), sl("Charlie"), sl("Delta"), sl("Echo")});
    // Equal budgets fall back to the id, in the sort's direction.
    CHECK(sorted(QStringLiteral("budget"), false) ==
          QStringList{sl("Alpha"), sl("Echo"), sl("Bravo"), sl("Charlie"), sl("Delta")});
    CHECK(sorted(QStringLiteral("budget"), true) ==
          QStringList{sl("Delta"), sl("Charlie"), sl("Bravo"), sl("Echo"), sl("Alpha")});
    CHECK(sorted(QStringLiteral("stage"), false) ==
          QStringList{sl("Alpha"), sl("Charlie"), sl("Echo"), sl("Bravo"), sl("Delta")});
    // Bravo's responsible is its author, "Admin": capitals sort before "bob" and "carol".
    CHECK(sorted(QStringLiteral("responsible"), false) ==
          QStringList{sl("Bravo"), sl("Delta"), sl("Echo"), sl("Alpha"), sl("Charlie")});
    CHECK(sorted(QStringLiteral("responsible"), true) ==
          QStringList{sl("Charlie"), sl("Alpha"), sl("Echo"), sl("Delta"), sl("Bravo")});
    CHECK(sorted(QStringLiteral("source"), false) ==
          QStringList{sl("Alpha"), sl("Echo"), sl("Bravo"), sl("Delta"), sl("Charlie")});
    // A custom field: the deals with a value in order, then those without one, in both
    // directions (as the contacts list sorts).
    CHECK(sorted(region, false) ==
          QStringList{sl("Echo"), sl("Delta"), sl("Charlie"), sl("Alpha"), sl("Bravo")});
    CHECK(sorted(region, true) ==
          QStringList{sl("Charlie"), sl("Delta"), sl("Echo"), sl("Bravo"), sl("Alpha")});

    q.sortKey = QStringLiteral("name");
    q.descending = false;
    const ListPage page = *list.fetch(q);
    const QVariantList first = page.rows.first();
    CHECK(first.at(1).toString() == u"carol");
    CHECK(first.at(2).toLongLong() == 100);
    CHECK(first.at(3).toLongLong() == t.firstOpenStage(0));
    CHECK(page.facts.first().stageId == t.firstOpenStage(0));
    CHECK(page.facts.first().pipelineId == t.pipeline);
    CHECK(page.facts.first().responsibleId == t.carol);
    CHECK(page.facts.first().currency == u"RUB");
    CHECK(first.at(4).isNull());
    CHECK(page.fieldValues.first().isEmpty());
    const QVariantList delta = page.rows.at(3);
    CHECK(delta.at(4).toString() == u"North");
    CHECK(page.fieldValues.at(3).value(t.field).toString() == u"North");
    CHECK(*list.count(q) == 5);
}

TEST_CASE("dealList_pagesHaveNoDuplicatesOrGaps")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 field = *Admin(*t.admin).createFieldDef(FieldDef{
        0, EntityKind::Deal, QStringLiteral("Region"), FieldType::Text, {}, {}, 1, 0, false});
    const QString region = QStringLiteral("cf.%1").arg(field);
    // Many equal budgets, names and regions: the id tiebreak must carry the cursor across
    // them; a fifth of the deals have no region (a page holds the last values and the first
    // empty ones).
    for (int i = 0; i < 57; ++i) {
        Patch p{{kName, QStringLiteral("Deal %1").arg(i % 7)},
                {QStringLiteral("budget"), (i % 5) * 1000},
                {QStringLiteral("stage_id"), t.firstOpenStage(i % 3)},
                {QStringLiteral("source"),
                 i % 4 ? QVariant(QStringLiteral("s%1").arg(i % 3)) : QVariant()}};
        if (i % 5 != 2)
            p.insert(region, QStringLiteral("r%1").arg(i % 4));
        *r.create(EntityKind::Deal, p);
    }
    RecordList list(*t.admin, EntityKind::Deal);
    for (const QString &key :
         {QStringLiteral("created"), QStringLiteral("name"), QStringLiteral("budget"),
          QStringLiteral("stage"), QStringLiteral("source"), QStringLiteral("responsible"), region})
        for (bool desc : {false, true}) {
            ListQuery q = dealQuery();
            q.sortKey = key;
            q.descending = desc;
            const QList<qint64> a = allPages(list, q, 1000).ids;
            const QList<qint64> b = allPages(list, q, 5).ids;
            REQUIRE(a.size() == 57);
            INFO(key.toStdString() << (desc ? " desc" : " asc"));
            CHECK(a == b);
            CHECK(QSet<qint64>(b.cbegin(), b.cend()).size() == 57);
        }
}

TEST_CASE("dealList_ownScopeSeesOnlyOwnDealsAndFiltersApply")
{
    Deals t;
    Admin admin(*t.admin);
    const qint64 own = *admin.createRole(QStringLiteral("Own"), RoleMatrix::filled(Scope::Own));
    const qint64 dave = t.addUser(QStringLiteral("dave@example.com"), own);
    Records r(*t.admin);
    *r.create(EntityKind::Deal,
              {{kName, QStringLiteral("Dave's")}, {QStringLiteral("responsible_id"), dave}});
    auto as = t.sessionFor(dave);
    RecordList list(*as, EntityKind::Deal);
    ListQuery q = dealQuery();
    q.sortKey = QStringLiteral("budget");
    CHECK(names(allPages(list, q, 10)) == QStringList{QStringLiteral("Dave's")});
    CHECK(*list.count(q) == 1);

    RecordList all(*t.admin, EntityKind::Deal);
    q.filter.source = QStringLiteral("web");
    CHECK(*all.count(q) == 2);
    q.filter = {};
    q.filter.responsibleIds = {t.bob};
    q.sortKey = QStringLiteral("name");
    q.descending = false;
    CHECK(names(allPages(all, q, 10)) ==
          QStringList{QStringLiteral("Delta"), QStringLiteral("Echo")});
    // Another pipeline's deals stay out of this pipeline's list and show in "all pipelines".
    const qint64 other = *admin.createPipeline(
        QStringLiteral("Other"), {{QStringLiteral("New"), QStringLiteral("#888888")}});
    qint64 otherStage = 0;
    for (const auto &p : t.admin->pipelines())
        if (p.id == other)
            otherStage = p.stages.first().id;
    *r.create(EntityKind::Deal,
              {{kName, QStringLiteral("Far")}, {QStringLiteral("stage_id"), otherStage}});
    ListQuery mine = dealQuery();
    mine.pipelineId = t.pipeline;
    CHECK(*all.count(mine) == 6);
    mine.pipelineId = 0;
    CHECK(*all.count(mine) == 7);
    mine.sortKey = QStringLiteral("stage");
    mine.descending = true;
    CHECK(names(allPages(all, mine, 3)).first() == u"Far");
}

TEST_CASE("dealList_bulkEditsApplyWhatPassesAndNameWhatIsRefused")
{
    Deals t;
    Admin admin(*t.admin);
    const qint64 contract = *admin.createFieldDef(FieldDef{0,
                                                           EntityKind::Deal,
                                                           QStringLiteral("Contract"),
                                                           FieldType::Text,
                                                           {},
                                                           {},
                                                           2,
                                                           t.firstOpenStage(2),
                                                           false});
    Records r(*t.admin);
    REQUIRE(r.update(EntityKind::Deal, t.ids[1],
                     {{QStringLiteral("cf.%1").arg(contract), QStringLiteral("K-7")}})
                .ok());
    RecordList list(*t.admin, EntityKind::Deal);
    const qint64 historyBefore = t.db->sql().scalar("SELECT count(*) FROM history");

    // Alpha has its contract; Charlie does not and stays where it was.
    Result<BulkResult> moved = list.setStage({t.ids[1], t.ids[3]}, t.firstOpenStage(2));
    REQUIRE(moved.ok());
    CHECK(moved->applied == 1);
    REQUIRE(moved->refused.size() == 1);
    CHECK(moved->refused.first().id == t.ids[3]);
    CHECK(moved->refused.first().message.contains(QStringLiteral("Charlie")));
    CHECK(moved->refused.first().message.contains(QStringLiteral("Contract")));
    CHECK(moved->summary().contains(QStringLiteral("Charlie")));
    CHECK(r.load(EntityKind::Deal, t.ids[1])->value(QStringLiteral("stage_id")).toLongLong() ==
          t.firstOpenStage(2));
    CHECK(r.load(EntityKind::Deal, t.ids[3])->value(QStringLiteral("stage_id")).toLongLong() ==
          t.firstOpenStage(0));
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE event = 2") == 1);

    REQUIRE(list.setResponsible({t.ids[0], t.ids[1]}, t.carol)->complete());
    CHECK(
        r.load(EntityKind::Deal, t.ids[0])->value(QStringLiteral("responsible_id")).toLongLong() ==
        t.carol);

    REQUIRE(list.addTags({t.ids[0], t.ids[2]}, {QStringLiteral("VIP")})->applied == 2);
    CHECK(r.load(EntityKind::Deal, t.ids[2])->value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("VIP")});
    REQUIRE(list.removeTags({t.ids[2]}, {QStringLiteral("vip")})->applied == 1);
    CHECK(
        r.load(EntityKind::Deal, t.ids[2])->value(QStringLiteral("tags")).toStringList().isEmpty());

    const QString region = QStringLiteral("cf.%1").arg(t.field);
    REQUIRE(list.setField({t.ids[0], t.ids[4]}, region, QStringLiteral("South"))->applied == 2);
    CHECK(r.load(EntityKind::Deal, t.ids[4])->value(region).toString() == u"South");
    Result<BulkResult> bad =
        list.setField({t.ids[0]}, QStringLiteral("budget"), QStringLiteral("lots"));
    REQUIRE(bad.ok());
    CHECK(bad->applied == 0);
    CHECK(bad->refused.first().message.contains(QStringLiteral("Delta")));

    REQUIRE(list.remove({t.ids[0], t.ids[4]})->applied == 2);
    CHECK(*list.count(dealQuery()) == 3);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM deals WHERE deleted = 1") == 2);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history") > historyBefore);

    // A manager limited to own deals gets the others refused, by name.
    const qint64 own = *admin.createRole(QStringLiteral("Own"), RoleMatrix::filled(Scope::Own));
    const qint64 dave = t.addUser(QStringLiteral("dave@example.com"), own);
    auto as = t.sessionFor(dave);
    Result<BulkResult> denied = RecordList(*as, EntityKind::Deal).setResponsible({t.ids[2]}, dave);
    REQUIRE(denied.ok());
    CHECK(denied->applied == 0);
    CHECK(denied->refused.size() == 1);
}

TEST_CASE("dealList_exportsTheSelectionAsCsvAndRefusesWithoutTheRight")
{
    Deals t;
    RecordList list(*t.admin, EntityKind::Deal);
    ListQuery q = dealQuery();
    q.sortKey = QStringLiteral("name");
    q.descending = false;
    q.onlyIds = {t.ids[0], t.ids[1], t.ids[4]};
    const QString region = QStringLiteral("cf.%1").arg(t.field);
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    Result<qint64> n = list.exportCsv(
        q,
        {QStringLiteral("name"), QStringLiteral("budget"), QStringLiteral("responsible"), region},
        buf);
    REQUIRE(n.ok());
    CHECK(*n == 3);
    const QList<QStringList> rows = parseCsv(buf.data());
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == QStringList{QStringLiteral("Name"), QStringLiteral("Budget"),
                                 QStringLiteral("Currency"), QStringLiteral("Responsible"),
                                 QStringLiteral("Region")});
    CHECK(rows[1] == QStringList{QStringLiteral("Alpha"), QStringLiteral("1.00"),
                                 QStringLiteral("RUB"), QStringLiteral("carol"), QString()});
    CHECK(rows[2] == QStringList{QStringLiteral("Bravo"), QStringLiteral("2.00"),
                                 QStringLiteral("RUB"), QStringLiteral("Admin"), QString()});
    CHECK(rows[3] == QStringList{QStringLiteral("Delta"), QStringLiteral("4.00"),
                                 QStringLiteral("RUB"), QStringLiteral("bob"),
                                 QStringLiteral("North")});

    // All filtered deals when nothing is selected.
    q.onlyIds.clear();
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    CHECK(*list.exportCsv(q, {QStringLiteral("name")}, all) == 5);

    Admin admin(*t.admin);
    RoleMatrix m = RoleMatrix::filled(Scope::All);
    m.set(PermEntity::Deal, PermAction::Export, Scope::None);
    const qint64 role = *admin.createRole(QStringLiteral("No export"), m);
    const qint64 eve = t.addUser(QStringLiteral("eve@example.com"), role);
    auto as = t.sessionFor(eve);
    RecordList theirs(*as, EntityKind::Deal);
    CHECK_FALSE(theirs.mayExport());
    QBuffer none;
    none.open(QIODevice::WriteOnly);
    Result<qint64> refused = theirs.exportCsv(q, {QStringLiteral("name")}, none);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(refused.error().message.contains(QStringLiteral("export")));
    CHECK(none.data().isEmpty());
}

TEST_CASE("recordList_dealsTakeFieldConditionsAndContactsASelection")
{
    Deals t;
    RecordList deals(*t.admin, EntityKind::Deal);
    ListQuery q = dealQuery();
    q.sortKey = kName;
    q.descending = false;
    q.filter.fields << FieldCondition{
        t.field, FieldCondition::Op::Equals, QStringLiteral("North"), {}, {}};
    CHECK(names(allPages(deals, q, 10)) == QStringList{QStringLiteral("Delta")});
    CHECK(*deals.count(q) == 1);
    q.filter.fields = {FieldCondition{t.field, FieldCondition::Op::NotSet, {}, {}, {}}};
    CHECK(names(allPages(deals, q, 10)) ==
          QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo")});

    Records r(*t.admin);
    QList<qint64> people;
    for (const char *name : {"Ann", "Boris", "Clara"})
        people << *r.create(EntityKind::Contact, {{kName, QString::fromLatin1(name)}});
    RecordList contacts(*t.admin, EntityKind::Contact);
    ListQuery selection;
    selection.onlyIds = {people[2], people[0]};
    const Result<ListPage> page = contacts.fetch(selection);
    REQUIRE(page.ok());
    CHECK(page->ids == QList<qint64>{people[0], people[2]});
    CHECK(*contacts.count(selection) == 2);
}
