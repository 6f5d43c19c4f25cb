// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/services/integrity.h"
#include "core/services/recordlist.h"
#include "core/services/records.h"

using namespace Voronka::Core;
using Voronka::Test::requireConsistent;
using Voronka::Test::TempDb;

namespace {
const QString kName = QStringLiteral("name");

qint64 count(TempDb &t, const char *sql)
{
    return t.db->sql().scalar(sql);
}

} // namespace

TEST_CASE("createContact_writesRowOutboxAndSearchInOneGo")
{
    TempDb t;
    Records r(*t.admin);
    Result<qint64> id =
        r.create(EntityKind::Contact,
                 {{kName, QStringLiteral("  Иван   Петров ")},
                  {QStringLiteral("phones"), QStringList{QStringLiteral("+7 (912) 345-67-89")}},
                  {QStringLiteral("emails"), QStringLiteral("ivan@example.com; ivan@example.com")},
                  {QStringLiteral("tags"), QStringList{QStringLiteral("VIP"), QStringLiteral("vip"),
                                                       QStringLiteral("Опт")}}});
    REQUIRE(id.ok());
    Result<Record> rec = r.load(EntityKind::Contact, *id);
    REQUIRE(rec.ok());
    CHECK(rec->value(kName).toString() == u"Иван Петров");
    CHECK(rec->value(QStringLiteral("phones")).toStringList() ==
          QStringList{QStringLiteral("+7 (912) 345-67-89")});
    CHECK(rec->value(QStringLiteral("emails")).toStringList() ==
          QStringList{QStringLiteral("ivan@example.com")});
    CHECK(rec->value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("VIP"), QStringLiteral("Опт")});
    CHECK(rec->value(QStringLiteral("responsible_id")).toLongLong() == t.adminId);
    CHECK(count(t, "SELECT count(*) FROM contacts WHERE created_at = 1772442000000 AND author_id = "
                   "1 AND hlc > 0") == 1);
    CHECK(count(t, "SELECT count(*) FROM outbox WHERE kind = 2 AND op = 1") == 1);
    CHECK(count(t, "SELECT count(*) FROM search WHERE search MATCH '{phones} : \"9123456789\"'") ==
          1);
    requireConsistent(*t.db);
}

TEST_CASE("updateContact_recordsHistoryOutboxAndFieldClocks")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 id = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Anna")}});
    t.clock.advance(60'000);
    REQUIRE(r.update(EntityKind::Contact, id,
                     {{kName, QStringLiteral("Anna Smith")},
                      {QStringLiteral("position"), QStringLiteral("CEO")}})
                .ok());
    Result<QList<HistoryEntry>> h = r.history(EntityKind::Contact, id);
    REQUIRE(h.ok());
    REQUIRE(h->size() == 2);
    QMap<QString, HistoryEntry> byField;
    for (const auto &e : *h)
        byField.insert(e.field, e);
    CHECK(byField.value(kName).oldValue.toString() == u"Anna");
    CHECK(byField.value(kName).newValue.toString() == u"Anna Smith");
    CHECK(byField.value(kName).userId == t.adminId);
    CHECK(byField.value(kName).at == TempDb::kStart + 60'000);
    CHECK(byField.value(QStringLiteral("position")).oldValue.isNull());
    CHECK(
        count(
            t,
            "SELECT count(*) FROM outbox WHERE kind = 2 AND op = 2 AND fields = 'name,position'") ==
        1);
    CHECK(count(t, "SELECT count(*) FROM field_clock WHERE kind = 2") == 2);
    // An update that changes nothing writes nothing.
    const qint64 outboxBefore = count(t, "SELECT count(*) FROM outbox");
    REQUIRE(r.update(EntityKind::Contact, id, {{kName, QStringLiteral(" Anna  Smith ")}}).ok());
    CHECK(count(t, "SELECT count(*) FROM outbox") == outboxBefore);
    requireConsistent(*t.db);
}

TEST_CASE("validation_errorsNameTheRecordAndFieldAndSaveNothing")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 id = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Boris")}});
    const qint64 outboxBefore = count(t, "SELECT count(*) FROM outbox");

    Status bad =
        r.update(EntityKind::Contact, id,
                 {{kName, QStringLiteral("Boris B")},
                  {QStringLiteral("emails"), QStringList{QStringLiteral("boris-at-example")}}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == u"emails");
    CHECK(bad.error().message.contains(u"Boris"));
    CHECK(bad.error().message.contains(u"boris-at-example"));
    CHECK(r.load(EntityKind::Contact, id)->value(kName).toString() == u"Boris"); // nothing saved
    CHECK(count(t, "SELECT count(*) FROM outbox") == outboxBefore);

    CHECK(r.create(EntityKind::Contact, {{kName, QStringLiteral("   ")}}).error().field == u"name");
    CHECK(r.create(EntityKind::Contact,
                   {{kName, QStringLiteral("X")}, {QStringLiteral("phones"), QStringLiteral("12")}})
              .error()
              .field == u"phones");
    CHECK(r.create(EntityKind::Contact,
                   {{kName, QStringLiteral("X")}, {QStringLiteral("company_id"), 999}})
              .error()
              .field == u"company_id");
    CHECK(r.create(EntityKind::Contact,
                   {{kName, QStringLiteral("X")}, {QStringLiteral("shoe_size"), 42}})
              .error()
              .field == u"shoe_size");
    CHECK(r.create(EntityKind::Deal, {{kName, QStringLiteral("D")}, {QStringLiteral("budget"), -5}})
              .error()
              .field == u"budget");
    CHECK(r.create(EntityKind::Deal, {{kName, QStringLiteral("D")},
                                      {QStringLiteral("currency"), QStringLiteral("rubles")}})
              .error()
              .field == u"currency");
    CHECK(r.create(EntityKind::Deal, {{kName, QStringLiteral("D")},
                                      {QStringLiteral("close_date"), QStringLiteral("31.02.2026")}})
              .error()
              .field == u"close_date");
    CHECK(count(t, "SELECT count(*) FROM contacts") == 1);
    CHECK(count(t, "SELECT count(*) FROM deals") == 0);
}

TEST_CASE("deal_defaultsToFirstStageAndMovesWithHistory")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 company = *r.create(EntityKind::Company, {{kName, QStringLiteral("Acme")}});
    const qint64 contact = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Carl")}});
    Result<qint64> deal =
        r.create(EntityKind::Deal, {{kName, QStringLiteral("Big order")},
                                    {QStringLiteral("budget"), 1500000},
                                    {QStringLiteral("company_id"), company},
                                    {QStringLiteral("contacts"), QVariantList{contact}}});
    REQUIRE(deal.ok());
    Record d = *r.load(EntityKind::Deal, *deal);
    CHECK(d.value(QStringLiteral("stage_id")).toLongLong() == t.firstOpenStage(0));
    CHECK(d.value(QStringLiteral("currency")).toString() == u"RUB");
    CHECK(d.value(QStringLiteral("contacts")).toList() == QVariantList{contact});

    t.clock.advance(3'600'000);
    REQUIRE(r.update(EntityKind::Deal, *deal, {{QStringLiteral("stage_id"), t.firstOpenStage(1)}})
                .ok());
    CHECK(count(t, "SELECT count(*) FROM history WHERE event = 2 AND kind = 1") == 1);
    CHECK(count(t, "SELECT stage_entered_at FROM deals") == TempDb::kStart + 3'600'000);
    // The company's name is searchable on the deal, and follows a rename.
    CHECK(count(t, "SELECT count(*) FROM search WHERE search MATCH '{company} : acme*'") == 1);
    REQUIRE(r.update(EntityKind::Company, company, {{kName, QStringLiteral("Globex")}}).ok());
    CHECK(count(t, "SELECT count(*) FROM search WHERE search MATCH '{company} : globex*'") == 1);
    requireConsistent(*t.db);
}

TEST_CASE("deal_lostNeedsReasonAndRequiredFieldsBlockTheStage")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 reason = *admin.createLossReason(QStringLiteral("Too expensive"));
    FieldDef contract;
    contract.kind = EntityKind::Deal;
    contract.name = QStringLiteral("Contract no.");
    contract.type = FieldType::Text;
    contract.requiredFromStageId = t.firstOpenStage(1);
    const qint64 fid = *admin.createFieldDef(contract);
    Records r(*t.admin);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("Deal")}});

    Status blocked =
        r.update(EntityKind::Deal, deal, {{QStringLiteral("stage_id"), t.firstOpenStage(2)}});
    REQUIRE_FALSE(blocked.ok());
    CHECK(blocked.error().field == QStringLiteral("cf.%1").arg(fid));
    CHECK(blocked.error().message.contains(u"Contract no."));
    CHECK(r.load(EntityKind::Deal, deal)->value(QStringLiteral("stage_id")).toLongLong() ==
          t.firstOpenStage(0));
    // Won is after every stage: also blocked.
    CHECK_FALSE(r.update(EntityKind::Deal, deal,
                         {{QStringLiteral("stage_id"), t.stageOfKind(StageKind::Won)}})
                    .ok());
    REQUIRE(r.update(EntityKind::Deal, deal,
                     {{QStringLiteral("stage_id"), t.firstOpenStage(2)},
                      {QStringLiteral("cf.%1").arg(fid), QStringLiteral("D-17")}})
                .ok());
    // Clearing a required field in a stage that needs it is refused too.
    CHECK_FALSE(
        r.update(EntityKind::Deal, deal, {{QStringLiteral("cf.%1").arg(fid), QString()}}).ok());

    Status lost = r.update(EntityKind::Deal, deal,
                           {{QStringLiteral("stage_id"), t.stageOfKind(StageKind::Lost)}});
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().field == u"loss_reason_id");
    REQUIRE(r.update(EntityKind::Deal, deal,
                     {{QStringLiteral("stage_id"), t.stageOfKind(StageKind::Lost)},
                      {QStringLiteral("loss_reason_id"), reason}})
                .ok());
    requireConsistent(*t.db);
}

TEST_CASE("task_linkCompletionAndResultRule")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("Deal")}});
    Result<qint64> task =
        r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call back")},
                                    {QStringLiteral("due_at"), TempDb::kStart + 86'400'000},
                                    {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                                    {QStringLiteral("entity_id"), deal}});
    REQUIRE(task.ok());
    CHECK(count(t, "SELECT count(*) FROM history WHERE kind = 1 AND event = 6") == 1);
    CHECK(r.load(EntityKind::Task, *task)->value(QStringLiteral("type_id")).toLongLong() > 0);
    CHECK(r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("x")},
                                      {QStringLiteral("entity_kind"), 1}})
              .error()
              .field == u"entity_id");
    CHECK(r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("x")},
                                      {QStringLiteral("entity_kind"), 1},
                                      {QStringLiteral("entity_id"), 999}})
              .error()
              .field == u"entity_id");

    REQUIRE(Admin(*t.admin).setSetting(QStringLiteral("task_result_required"), 1).ok());
    Status noResult =
        r.update(EntityKind::Task, *task, {{QStringLiteral("status"), int(TaskStatus::Done)}});
    REQUIRE_FALSE(noResult.ok());
    CHECK(noResult.error().field == u"result");
    t.clock.advance(5'000);
    REQUIRE(r.update(EntityKind::Task, *task,
                     {{QStringLiteral("status"), int(TaskStatus::Done)},
                      {QStringLiteral("result"), QStringLiteral("Agreed")}})
                .ok());
    CHECK(count(t, "SELECT completed_at FROM tasks") == TempDb::kStart + 5'000);
    CHECK(count(t, "SELECT count(*) FROM history WHERE kind = 1 AND event = 7") == 1);
    requireConsistent(*t.db);
}

TEST_CASE("deleteAndRestore_tombstoneHistoryAndSearch")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 id = *r.create(EntityKind::Company, {{kName, QStringLiteral("Initech")}});
    REQUIRE(r.remove(EntityKind::Company, id).ok());
    CHECK(count(t, "SELECT deleted FROM companies") == 1);
    CHECK(count(t, "SELECT count(*) FROM search") == 0);
    CHECK(r.update(EntityKind::Company, id, {{kName, QStringLiteral("X")}}).error().code ==
          Error::Code::NotFound);
    REQUIRE(r.restore(EntityKind::Company, id).ok());
    CHECK(count(t, "SELECT count(*) FROM search") == 1);
    CHECK(count(t, "SELECT count(*) FROM history WHERE event IN (3, 4)") == 2);
    requireConsistent(*t.db);
}

TEST_CASE("customFields_typedValuesRoundTripAndAreSearchable")
{
    TempDb t;
    Admin admin(*t.admin);
    FieldDef industry{0,
                      EntityKind::Company,
                      QStringLiteral("Industry"),
                      FieldType::Select,
                      {QStringLiteral("Retail"), QStringLiteral("Logistics")},
                      {},
                      0,
                      0,
                      false};
    FieldDef founded{
        0, EntityKind::Company, QStringLiteral("Founded"), FieldType::Date, {}, {}, 0, 0, false};
    FieldDef locked{
        0, EntityKind::Company, QStringLiteral("Rating"), FieldType::Number, {}, {}, 0, 0, true};
    const qint64 i = *admin.createFieldDef(industry), f = *admin.createFieldDef(founded),
                 l = *admin.createFieldDef(locked);
    Records r(*t.admin);
    const qint64 id = *r.create(EntityKind::Company,
                                {{kName, QStringLiteral("Umbrella")},
                                 {QStringLiteral("cf.%1").arg(i), QStringLiteral("Logistics")},
                                 {QStringLiteral("cf.%1").arg(f), QStringLiteral("1999-12-31")}});
    Record rec = *r.load(EntityKind::Company, id);
    CHECK(rec.value(QStringLiteral("cf.%1").arg(i)).toString() == u"Logistics");
    CHECK(rec.value(QStringLiteral("cf.%1").arg(f)).toString() == u"1999-12-31");
    CHECK(count(t, "SELECT count(*) FROM search WHERE search MATCH '{extra} : logist*'") == 1);
    CHECK(r.update(EntityKind::Company, id,
                   {{QStringLiteral("cf.%1").arg(i), QStringLiteral("Mining")}})
              .error()
              .field == QStringLiteral("cf.%1").arg(i));

    // Read-only fields: admins may set them, others may not.
    const qint64 role = *admin.createRole(QStringLiteral("All"), RoleMatrix::filled(Scope::All));
    auto user = t.sessionFor(t.addUser(QStringLiteral("u@example.com"), role));
    CHECK(Records(*user)
              .update(EntityKind::Company, id, {{QStringLiteral("cf.%1").arg(l), 5}})
              .error()
              .code == Error::Code::Permission);
    CHECK(r.update(EntityKind::Company, id, {{QStringLiteral("cf.%1").arg(l), 5}}).ok());
    requireConsistent(*t.db);
}

TEST_CASE("birthdayValidation_takesTodayFromTheSessionClock")
{
    TempDb t;
    const qint64 born = *Admin(*t.admin).createFieldDef(
        {0, EntityKind::Contact, QStringLiteral("Born"), FieldType::Birthday, {}, {}, 0, 0, false});
    const QString key = QStringLiteral("cf.%1").arg(born);
    // Noon UTC keeps the local date the same in any time zone; the machine's own date is
    // years later, so a check against it would take the 11th.
    t.clock.set(QDateTime(QDate(2001, 1, 10), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
    Records r(*t.admin);
    const qint64 id = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Newborn")}});
    const Status tomorrow =
        r.update(EntityKind::Contact, id, {{key, QStringLiteral("2001-01-11")}});
    REQUIRE_FALSE(tomorrow.ok());
    CHECK(tomorrow.error().field == key);
    CHECK(tomorrow.error().message.contains(u"future"));
    CHECK(r.update(EntityKind::Contact, id, {{key, QStringLiteral("2001-01-10")}}).ok());
    t.clock.advance(24 * 3600 * 1000);
    CHECK(r.update(EntityKind::Contact, id, {{key, QStringLiteral("2001-01-11")}}).ok());
    CHECK(r.load(EntityKind::Contact, id)->value(key).toString() == u"2001-01-11");
}

TEST_CASE("moneyField_loadedValueFedBackToUpdate_isUnchanged")
{
    TempDb t;
    const qint64 fid = *Admin(*t.admin).createFieldDef(
        {0, EntityKind::Deal, QStringLiteral("Advance"), FieldType::Money, {}, {}, 0, 0, false});
    const QString key = QStringLiteral("cf.%1").arg(fid);
    Records r(*t.admin);
    // In minor units, as the budget: 1 250 050 kopecks are 12 500.50 roubles.
    const qint64 deal =
        *r.create(EntityKind::Deal,
                  {{kName, QStringLiteral("Windows")},
                   {QStringLiteral("budget"), 1250050},
                   {key, QVariantMap{{QStringLiteral("amount"), 1250050},
                                     {QStringLiteral("currency"), QStringLiteral("usd")}}}});
    const Record loaded = *r.load(EntityKind::Deal, deal);
    const QVariantMap money = loaded.value(key).toMap();
    CHECK(money.value(QStringLiteral("amount")).toLongLong() == 1250050);
    CHECK(money.value(QStringLiteral("currency")).toString() == u"USD");
    CHECK(loaded.value(QStringLiteral("budget")).toLongLong() == 1250050);
    const qint64 historyBefore = count(t, "SELECT count(*) FROM history");

    // Every loaded value goes back as it came: nothing changes, no history is written.
    REQUIRE(r.update(EntityKind::Deal, deal,
                     {{key, loaded.value(key)},
                      {QStringLiteral("budget"), loaded.value(QStringLiteral("budget"))}})
                .ok());
    CHECK(r.load(EntityKind::Deal, deal)->value(key) == loaded.value(key));
    CHECK(count(t, "SELECT count(*) FROM history") == historyBefore);

    // A bare amount is minor units in roubles; a fraction of a kopeck is refused, naming the
    // field; an amount that came back through JSON (a double) reads the same.
    REQUIRE(r.update(EntityKind::Deal, deal, {{key, 990}}).ok());
    CHECK(r.load(EntityKind::Deal, deal)->value(key).toMap() ==
          QVariantMap{{QStringLiteral("amount"), 990},
                      {QStringLiteral("currency"), QStringLiteral("RUB")}});
    Status bad = r.update(EntityKind::Deal, deal, {{key, QStringLiteral("12.5")}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == key);
    CHECK(bad.error().message.contains(u"Advance"));
    REQUIRE(r.update(EntityKind::Deal, deal,
                     {{key, QVariantMap{{QStringLiteral("amount"), 1250050.0},
                                        {QStringLiteral("currency"), QStringLiteral("USD")}}}})
                .ok());
    CHECK(r.load(EntityKind::Deal, deal)->value(key) == loaded.value(key));
    requireConsistent(*t.db);
}

TEST_CASE("batch_oneBadRecordRollsBackAloneAndNotesWork")
{
    TempDb t;
    Records r(*t.admin);
    t.admin->beginBatch();
    CHECK(r.create(EntityKind::Contact, {{kName, QStringLiteral("Good 1")}}).ok());
    CHECK_FALSE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Bad")},
                                               {QStringLiteral("emails"), QStringLiteral("nope")}})
                    .ok());
    CHECK(r.create(EntityKind::Contact, {{kName, QStringLiteral("Good 2")}}).ok());
    REQUIRE(t.admin->commitBatch().ok());
    CHECK(count(t, "SELECT count(*) FROM contacts") == 2);
    const qint64 c = count(t, "SELECT min(id) FROM contacts");
    REQUIRE(r.addNote(EntityKind::Contact, c, QStringLiteral("Prefers email")).ok());
    CHECK(r.addNote(EntityKind::Contact, c, QStringLiteral("  ")).error().field == u"text");
    CHECK(count(t, "SELECT count(*) FROM history WHERE event = 5") == 1);
    requireConsistent(*t.db);
}

TEST_CASE("recordList_pagesWithKeysetCursorAndFilters")
{
    TempDb t;
    Records r(*t.admin);
    t.admin->beginBatch();
    for (int i = 0; i < 450; ++i)
        REQUIRE(r.create(EntityKind::Contact,
                         {{kName, QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'))}})
                    .ok());
    REQUIRE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Zoe Quartz")}}).ok());
    REQUIRE(t.admin->commitBatch().ok());
    RecordList list(*t.admin, EntityKind::Contact);
    ListQuery q;
    q.pageSize = 200;
    QStringList names;
    ListCursor cursor;
    int pages = 0;
    do {
        Result<ListPage> page = list.fetch(q, cursor);
        REQUIRE(page.ok());
        for (const auto &row : page->rows)
            names << row.first().toString();
        cursor = page->next;
        ++pages;
    } while (cursor.valid());
    CHECK(pages == 3);
    CHECK(names.size() == 451);
    QStringList sorted = names;
    sorted.sort();
    CHECK(names == sorted);
    q.descending = true;
    CHECK(list.fetch(q)->rows.first().first().toString() == u"Zoe Quartz");
    q.sortKey = QStringLiteral("created");
    CHECK(list.fetch(q)->rows.first().first().toString() == u"Zoe Quartz");
    q.filter.text = QStringLiteral("quar");
    CHECK(list.fetch(q)->rows.size() == 1);
    CHECK(*list.count(q) == 1);
    q.filter.text.clear();
    CHECK(*list.count(q) == 451);
}

TEST_CASE("batch_aWriteFailingMidwayRollsTheWholeBatchBack")
{
    TempDb t;
    Records r(*t.admin);
    // A storage failure after the company row is written but before its outbox entry.
    t.db->sql().exec("CREATE TEMP TRIGGER fail_company_outbox AFTER INSERT ON main.outbox "
                     "WHEN NEW.kind = 3 BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    t.admin->beginBatch();
    REQUIRE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Before")}}).ok());
    Result<qint64> broken =
        r.create(EntityKind::Company, {{kName, QStringLiteral("Half-written")}});
    REQUIRE_FALSE(broken.ok());
    // The message names the file; it never carries SQLite's own text.
    CHECK(broken.error().message.contains(u"test.voronka"));
    CHECK_FALSE(broken.error().message.contains(u"simulated disk failure"));
    Status st = t.admin->commitBatch();
    REQUIRE_FALSE(st.ok());
    CHECK(count(t, "SELECT count(*) FROM contacts") == 0);
    CHECK(count(t, "SELECT count(*) FROM companies") == 0);
    // Outside a batch the same failure rolls back just that change.
    REQUIRE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Alone")}}).ok());
    CHECK_FALSE(r.create(EntityKind::Company, {{kName, QStringLiteral("Half")}}).ok());
    CHECK(count(t, "SELECT count(*) FROM companies") == 0);
    CHECK(count(t, "SELECT count(*) FROM contacts") == 1);
}
