// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/importexport/exporter.h"
#include "core/services/recordlist.h"
#include "core/services/records.h"

#include <QBuffer>
#include <QSet>

#include <algorithm>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
using Op = FieldCondition::Op;

// 30 contacts with every kind of value a filter reads, some left empty, made a minute apart
// by carol, bob or the admin; the field values follow the index so counts are checkable.
struct Contacts : TempDb
{
    qint64 carol = 0, bob = 0;
    qint64 score = 0, birthday = 0, level = 0, langs = 0, vip = 0, budget = 0, city = 0;
    QList<qint64> ids;
    Contacts()
    {
        Admin admin(*this->admin);
        auto field = [&](const char *name, FieldType type, QStringList options = {}) {
            return *admin.createFieldDef(FieldDef{
                0, EntityKind::Contact, QString::fromUtf8(name), type, options, {}, 1, 0, false});
        };
        score = field("Score", FieldType::Number);
        birthday = field("Birthday", FieldType::Birthday);
        level =
            field("Level", FieldType::Select, {QStringLiteral("Gold"), QStringLiteral("Silver")});
        langs = field("Languages", FieldType::MultiSelect,
                      {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")});
        vip = field("VIP", FieldType::Flag);
        budget = field("Budget", FieldType::Money);
        city = field("City", FieldType::Text);
        const qint64 role =
            *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::All));
        carol = addUser(QStringLiteral("carol@example.com"), role);
        bob = addUser(QStringLiteral("bob@example.com"), role);
        Records r(*this->admin);
        const QStringList cities{QStringLiteral("Moscow"), QStringLiteral("Kazan"),
                                 QStringLiteral("Novosibirsk")};
        for (int i = 0; i < 30; ++i) {
            Patch p{{QStringLiteral("name"), QStringLiteral("Person %1").arg(i % 7)}};
            if (i % 3 == 1)
                p.insert(QStringLiteral("responsible_id"), carol);
            else if (i % 3 == 2)
                p.insert(QStringLiteral("responsible_id"), bob);
            if (i % 4 == 0)
                p.insert(QStringLiteral("tags"), QStringList{QStringLiteral("VIP")});
            else if (i % 4 == 1)
                p.insert(QStringLiteral("tags"),
                         QStringList{QStringLiteral("Lead"), QStringLiteral("Partner")});
            if (i % 5 != 0)                         // every fifth has no score: NULLs in the sort
                p.insert(cf(score), double(i % 6)); // repeated values: ties broken by id
            p.insert(cf(birthday),
                     QStringLiteral("19%1-0%2-1%3").arg(70 + i).arg(1 + i % 9).arg(i % 10));
            if (i % 2 == 0)
                p.insert(cf(level), i % 4 == 0 ? QStringLiteral("Gold") : QStringLiteral("Silver"));
            if (i % 3 == 0)
                p.insert(cf(langs), QStringList{QStringLiteral("en"), QStringLiteral("ru")});
            else if (i % 3 == 1)
                p.insert(cf(langs), QStringList{QStringLiteral("de")});
            p.insert(cf(vip), i % 6 == 0);
            p.insert(cf(budget), qint64(10000) * i); // minor units: 100.00 × i
            if (i % 7 != 6)
                p.insert(cf(city), cities[i % 3]);
            ids << *r.create(EntityKind::Contact, p);
            clock.advance(60000);
        }
    }
    static QString cf(qint64 id) { return QStringLiteral("cf.%1").arg(id); }
    qint64 sql(const QString &query) { return db->sql().scalar(query.toUtf8().constData()); }
    // The contacts having a field value that satisfies `cond` on v (the stored value).
    qint64 withValue(qint64 field, const QString &cond)
    {
        return sql(QStringLiteral("SELECT count(*) FROM contacts c WHERE deleted = 0 AND "
                                  "EXISTS(SELECT 1 FROM field_values v WHERE v.kind = 2 AND "
                                  "v.entity_id = c.id AND v.field_id = %1 AND %2)")
                       .arg(field)
                       .arg(cond));
    }
};

// Every id the query lists, a page at a time through the keyset cursor.
QList<qint64> allIds(RecordList &list, ListQuery q, int pageSize,
                     QList<QVariant> *sortValues = nullptr)
{
    q.pageSize = pageSize;
    QList<qint64> out;
    ListCursor cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        Result<ListPage> page = list.fetch(q, cursor);
        REQUIRE(page.ok());
        out += page->ids;
        if (sortValues)
            for (const QVariantList &row : page->rows)
                *sortValues << row.value(0);
        if (!page->next.valid())
            break;
        cursor = page->next;
    }
    return out;
}

qint64 filtered(RecordList &list, const RecordFilter &f)
{
    ListQuery q;
    q.filter = f;
    Result<qint64> n = list.count(q);
    REQUIRE(n.ok());
    // The pages hold exactly what the count says.
    CHECK(allIds(list, q, 4).size() == *n);
    return *n;
}

RecordFilter onField(qint64 field, Op op, const QVariant &value, const QVariant &from = {},
                     const QVariant &to = {})
{
    RecordFilter f;
    f.fields << FieldCondition{field, op, value, from, to};
    return f;
}
} // namespace

TEST_CASE("recordList_eachFilterKindMatchesADirectSqlCount")
{
    Contacts t;
    RecordList list(*t.admin, EntityKind::Contact);
    CHECK(filtered(list, {}) == 30);

    RecordFilter who;
    who.responsibleIds = {t.bob, t.carol};
    CHECK(filtered(list, who) ==
          t.sql(QStringLiteral("SELECT count(*) FROM contacts WHERE responsible_id IN (%1, %2)")
                    .arg(t.bob)
                    .arg(t.carol)));
    who.responsibleIds = {t.bob};
    CHECK(filtered(list, who) == 10);

    RecordFilter tags;
    tags.tags = {QStringLiteral("vip"), QStringLiteral("Partner")}; // any of, any case
    CHECK(filtered(list, tags) ==
          t.sql(QStringLiteral("SELECT count(DISTINCT e.entity_id) FROM entity_tags e JOIN tags "
                               "g ON g.id = e.tag_id WHERE e.kind = 2 AND g.name IN ('VIP', "
                               "'Partner')")));

    RecordFilter period;
    period.createdFrom = TempDb::kStart + 5 * 60000;
    period.createdTo = TempDb::kStart + 12 * 60000;
    CHECK(filtered(list, period) ==
          t.sql(QStringLiteral("SELECT count(*) FROM contacts WHERE created_at >= %1 AND "
                               "created_at < %2")
                    .arg(period.createdFrom)
                    .arg(period.createdTo)));
    CHECK(filtered(list, period) == 7);

    CHECK(filtered(list, onField(t.city, Op::Equals, QStringLiteral("kazan"))) ==
          t.withValue(t.city, QStringLiteral("v.value = 'Kazan'")));
    CHECK(filtered(list, onField(t.city, Op::Contains, QStringLiteral("OS"))) ==
          t.withValue(t.city, QStringLiteral("v.value LIKE '%os%'")));
    CHECK(filtered(list, onField(t.score, Op::Range, {}, QStringLiteral("2"), 4)) ==
          t.withValue(t.score, QStringLiteral("v.value BETWEEN 2 AND 4")));
    CHECK(filtered(list, onField(t.score, Op::Equals, QStringLiteral("3"))) ==
          t.withValue(t.score, QStringLiteral("v.value = 3")));
    CHECK(filtered(list, onField(t.birthday, Op::Range, {}, QStringLiteral("1980-01-01"),
                                 QStringLiteral("1989-12-31"))) ==
          t.withValue(t.birthday, QStringLiteral("v.value BETWEEN '1980-01-01' AND '1989-12-31'")));
    CHECK(filtered(list, onField(t.budget, Op::Range, {}, 150000, {})) ==
          t.withValue(t.budget, QStringLiteral("json_extract(v.value, '$.amount') >= 150000")));
    CHECK(filtered(list, onField(t.level, Op::Option, QStringLiteral("Gold"))) ==
          t.withValue(t.level, QStringLiteral("v.value = 'Gold'")));
    CHECK(filtered(list, onField(t.langs, Op::Option, QStringLiteral("ru"))) ==
          t.withValue(t.langs, QStringLiteral("v.value LIKE '%\"ru\"%'")));
    const qint64 vips = filtered(list, onField(t.vip, Op::IsSet, {}));
    CHECK(vips == t.withValue(t.vip, QStringLiteral("v.value = 1")));
    CHECK(vips == 5);
    CHECK(filtered(list, onField(t.vip, Op::NotSet, {})) == 30 - vips);
    CHECK(filtered(list, onField(t.score, Op::NotSet, {})) == 6);

    // Conditions add up: Bob's contacts in Kazan.
    RecordFilter both = onField(t.city, Op::Equals, QStringLiteral("Kazan"));
    both.responsibleIds = {t.bob};
    CHECK(both.activeCount() == 2);
    CHECK(filtered(list, both) ==
          t.sql(QStringLiteral("SELECT count(*) FROM contacts c JOIN field_values v ON v.kind = "
                               "2 AND v.entity_id = c.id AND v.field_id = %1 WHERE v.value = "
                               "'Kazan' AND c.responsible_id = %2")
                    .arg(t.city)
                    .arg(t.bob)));
}

TEST_CASE("recordList_customFieldSortPagesWithoutGapsOrDuplicates")
{
    Contacts t;
    RecordList list(*t.admin, EntityKind::Contact);
    // Page sizes 4 (a page ends where the values do), 5 and 7 (a page holds the last values
    // and the first empty ones).
    for (const auto &[desc, pageSize] :
         {std::pair{false, 4}, std::pair{true, 4}, std::pair{false, 5}, std::pair{true, 7}}) {
        INFO("descending " << desc << ", page size " << pageSize);
        ListQuery q;
        q.sortKey = Contacts::cf(t.score);
        q.descending = desc;
        q.columns = {Contacts::cf(t.score), QStringLiteral("name"), QStringLiteral("tags")};
        QList<QVariant> values;
        const QList<qint64> ids = allIds(list, q, pageSize, &values);
        CHECK(ids.size() == 30);
        CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == 30);
        // Values in order, then the records without one (by id), in both directions: a page
        // boundary falls inside the values, between them and the empty ones, and inside those.
        QList<double> numbers;
        int firstEmpty = -1;
        for (int i = 0; i < values.size(); ++i) {
            if (values[i].isNull()) {
                if (firstEmpty < 0)
                    firstEmpty = i;
                continue;
            }
            CHECK(firstEmpty < 0); // no value after an empty one
            numbers << values[i].toString().toDouble();
        }
        CHECK(numbers.size() == 24);
        CHECK(firstEmpty == 24);
        const QList<qint64> empties = ids.mid(24);
        CHECK(std::is_sorted(empties.begin(), empties.end(),
                             [desc](qint64 a, qint64 b) { return desc ? a > b : a < b; }));
        CHECK(std::is_sorted(numbers.begin(), numbers.end(),
                             [desc](double a, double b) { return desc ? a > b : a < b; }));
    }
    // Name sort with the same names over several pages: the id breaks ties.
    ListQuery byName;
    byName.sortKey = QStringLiteral("name");
    const QList<qint64> ids = allIds(list, byName, 3);
    CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == 30);

    // The extra columns carry text: the tags and a custom field as shown.
    ListQuery cols;
    cols.columns = {QStringLiteral("name"), QStringLiteral("tags"), Contacts::cf(t.budget),
                    QStringLiteral("nonsense")};
    CHECK(list.columnKeys(cols).size() == 3);
    cols.sortKey = QStringLiteral("created");
    cols.pageSize = 2;
    Result<ListPage> page = list.fetch(cols);
    REQUIRE(page.ok());
    CHECK(page->rows[0][1].toString() == u"VIP");
    CHECK(page->rows[1][2].toString().startsWith(u"100.00"));
    QStringList available;
    for (const ListColumn &c : list.availableColumns())
        available << c.key;
    CHECK(available.contains(QStringLiteral("updated")));
    CHECK(available.contains(Contacts::cf(t.langs)));
}

TEST_CASE("recordList_bulkEditsWriteHistoryAndNameRefusedRecords")
{
    Contacts t;
    Admin admin(*t.admin);
    const qint64 own = *admin.createRole(QStringLiteral("Own"), RoleMatrix::filled(Scope::Own));
    const qint64 dave = t.addUser(QStringLiteral("dave@example.com"), own);
    Records r(*t.admin);
    REQUIRE(r.update(EntityKind::Contact, t.ids[0],
                     {{QStringLiteral("responsible_id"), dave},
                      {QStringLiteral("name"), QStringLiteral("Dave's client")}})
                .ok());
    auto as = t.sessionFor(dave);
    RecordList list(*as, EntityKind::Contact);
    const qint64 history = t.sql(QStringLiteral("SELECT count(*) FROM history"));
    const qint64 outbox = t.sql(QStringLiteral("SELECT count(*) FROM outbox"));

    // Dave may edit his own contact only: the other is refused by name, nothing of it written.
    Result<BulkResult> tagged = list.addTags({t.ids[0], t.ids[1]}, {QStringLiteral("Hot")});
    REQUIRE(tagged.ok());
    CHECK(tagged->applied == 1);
    REQUIRE(tagged->refused.size() == 1);
    CHECK(tagged->refused.first().id == t.ids[1]);
    CHECK(tagged->refused.first().name == u"Person 1");
    CHECK(tagged->summary().contains(QStringLiteral("Person 1")));
    CHECK(t.sql(QStringLiteral("SELECT count(*) FROM history")) > history);
    CHECK(t.sql(QStringLiteral("SELECT count(*) FROM outbox")) > outbox);
    CHECK(r.load(EntityKind::Contact, t.ids[1])->value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("Lead"), QStringLiteral("Partner")});

    // The permission scope still applies to the list and to the count with a filter.
    ListQuery q;
    q.filter.tags = {QStringLiteral("Hot"), QStringLiteral("Lead")};
    CHECK(*list.count(q) == 1);
    CHECK(allIds(list, q, 10) == QList<qint64>{t.ids[0]});

    RecordList all(*t.admin, EntityKind::Contact);
    REQUIRE(all.setResponsible({t.ids[2], t.ids[3]}, t.carol)->complete());
    CHECK(r.load(EntityKind::Contact, t.ids[3])
              ->value(QStringLiteral("responsible_id"))
              .toLongLong() == t.carol);
    REQUIRE(all.removeTags({t.ids[0], t.ids[4]}, {QStringLiteral("vip")})->applied == 2);
    CHECK(r.load(EntityKind::Contact, t.ids[4])
              ->value(QStringLiteral("tags"))
              .toStringList()
              .isEmpty());
    REQUIRE(all.setField({t.ids[5]}, Contacts::cf(t.city), QStringLiteral("Omsk"))->complete());
    CHECK(r.load(EntityKind::Contact, t.ids[5])->value(Contacts::cf(t.city)).toString() == u"Omsk");
    Result<BulkResult> bad =
        all.setField({t.ids[5]}, Contacts::cf(t.score), QStringLiteral("lots"));
    REQUIRE(bad.ok());
    CHECK(bad->applied == 0);
    CHECK(bad->refused.first().message.contains(QStringLiteral("Score")));

    REQUIRE(all.remove({t.ids[6], t.ids[7]})->applied == 2);
    CHECK(*all.count({}) == 28);
    CHECK(t.sql(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 1")) == 2);
    CHECK(list.remove({t.ids[8]})->refused.size() == 1);
}

TEST_CASE("exporter_followsTheListFilter")
{
    Contacts t;
    Exporter exporter(*t.admin);
    RecordFilter f;
    f.responsibleIds = {t.bob};
    exporter.setFilter(f);
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    Result<qint64> n = exporter.write(EntityKind::Contact, ExportFormat::Csv, buf);
    REQUIRE(n.ok());
    CHECK(*n == 10);
    CHECK(buf.data().count('\n') == 11);
}

TEST_CASE("recordList_updatedSortPagesNewestChangeFirst")
{
    Contacts t;
    Records r(*t.admin);
    // ids[8] changes first, then ids[3] and ids[17] in the same millisecond: the id breaks
    // their tie. Everything else keeps updated = created.
    t.clock.advance(60000);
    REQUIRE(r.update(EntityKind::Contact, t.ids[8],
                     {{QStringLiteral("position"), QStringLiteral("CEO")}}));
    t.clock.advance(60000);
    REQUIRE(r.update(EntityKind::Contact, t.ids[3],
                     {{QStringLiteral("position"), QStringLiteral("CFO")}}));
    REQUIRE(r.update(EntityKind::Contact, t.ids[17],
                     {{QStringLiteral("position"), QStringLiteral("CTO")}}));
    QList<qint64> expected{t.ids[17], t.ids[3], t.ids[8]};
    for (int i = 29; i >= 0; --i)
        if (!expected.contains(t.ids[i]))
            expected << t.ids[i];

    RecordList list(*t.admin, EntityKind::Contact);
    ListQuery q;
    q.sortKey = QStringLiteral("updated");
    q.descending = true;
    CHECK(allIds(list, q, 4) == expected);
    q.descending = false;
    std::reverse(expected.begin(), expected.end());
    CHECK(allIds(list, q, 7) == expected);
}
