// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/importexport/csv.h"
#include "core/importexport/importer.h"
#include "core/importexport/importhistory.h"
#include "core/importexport/rowsreader.h"
#include "core/importexport/savedmappings.h"
#include "core/services/admin.h"
#include "core/services/records.h"

#include <QBuffer>
#include <QHostInfo>
#include <QProcess>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {

const QString kName = QStringLiteral("name");

QString str(const QString &s)
{
    return s;
}

// The business records as a user sees them: every record not in the recycle bin with its
// fields, tags, links and custom values (not its clocks or times of change). Two dumps are
// equal when the data is the same.
QString recordsDump(Session &s)
{
    QString out;
    Records r(s);
    for (EntityKind k : {EntityKind::Contact, EntityKind::Company, EntityKind::Deal}) {
        Query q = s.sql().prepare(
            QStringLiteral("SELECT id FROM %1 WHERE deleted = 0 ORDER BY id").arg(entityTable(k)));
        QList<qint64> ids;
        while (q->step())
            ids << q->int64(0);
        for (qint64 id : ids) {
            Result<Record> rec = r.load(k, id);
            REQUIRE(rec.ok());
            QStringList cells;
            for (auto it = rec->cbegin(); it != rec->cend(); ++it)
                if (it.key() != u"stage_entered_at")
                    cells << it.key() + u'=' +
                                 (it.value().typeId() == QMetaType::QStringList
                                      ? it.value().toStringList().join(u',')
                                      : it.value().toString());
            out += entityKey(k) + u' ' + cells.join(u'|') + u'\n';
        }
    }
    return out;
}

ImportMapping mapping(EntityKind kind, const QStringList &headers, const QStringList &targets)
{
    ImportMapping m;
    m.kind = kind;
    m.headers = headers;
    m.targets = targets;
    return m;
}

Result<ImportReport> importRows(Session &s, const ImportMapping &m, const QList<QVariantList> &rows,
                                ImportOptions o = {}, bool dry = false)
{
    RowsReader reader(m.headers, rows);
    Importer importer(s, m, o);
    return dry ? importer.check(reader) : importer.run(reader, QStringLiteral("test.csv"));
}

qint64 count(Session &s, const char *sql)
{
    return s.sql().scalar(sql);
}

const QStringList kContactHeaders{QStringLiteral("ФИО"), QStringLiteral("Телефон"),
                                  QStringLiteral("E-mail"), QStringLiteral("Компания")};

} // namespace

TEST_CASE("guess_russianAndEnglishHeaders", "[importer]")
{
    const QList<FieldDef> none;
    const QStringList ru{QStringLiteral("ФИО"),       QStringLiteral("Моб. телефон"),
                         QStringLiteral("Почта"),     QStringLiteral("Организация"),
                         QStringLiteral("Должность"), QStringLiteral("Ответственный"),
                         QStringLiteral("Теги"),      QStringLiteral("Непонятно")};
    CHECK(ImportMapping::guess(EntityKind::Contact, ru, none).targets ==
          QStringList{kName, QStringLiteral("phones"), QStringLiteral("emails"),
                      QStringLiteral("company"), QStringLiteral("position"),
                      QStringLiteral("responsible"), QStringLiteral("tags"), QString()});
    const QStringList en{QStringLiteral("Full name"), QStringLiteral("Mobile"),
                         QStringLiteral("E-mail"), QStringLiteral("Phone")};
    CHECK(ImportMapping::guess(EntityKind::Contact, en, none).targets ==
          QStringList{kName, QStringLiteral("phones"), QStringLiteral("emails"),
                      QStringLiteral("phones")});
    const QStringList deal{QStringLiteral("Название"),        QStringLiteral("Бюджет"),
                           QStringLiteral("Воронка"),         QStringLiteral("Этап"),
                           QStringLiteral("Компания"),        QStringLiteral("Контакт"),
                           QStringLiteral("Телефон контакта")};
    CHECK(ImportMapping::guess(EntityKind::Deal, deal, none).targets ==
          QStringList{kName, QStringLiteral("budget"), QStringLiteral("pipeline"),
                      QStringLiteral("stage"), QStringLiteral("company.name"),
                      QStringLiteral("contact.name"), QStringLiteral("contact.phones")});
    FieldDef def;
    def.id = 7;
    def.kind = EntityKind::Contact;
    def.name = QStringLiteral("День рождения");
    CHECK(guessTarget(EntityKind::Contact, QStringLiteral("день  рождения"), {def}) ==
          QStringLiteral("cf.7"));
}

TEST_CASE("guess_eachPresetTakesItsSystemsHeaders", "[importer]")
{
    struct Case
    {
        ImportPreset preset;
        EntityKind kind;
        QString header, target;
    };
    const QList<Case> cases{
        {ImportPreset::AmoCrm, EntityKind::Contact, QStringLiteral("Полное имя контакта"), kName},
        {ImportPreset::AmoCrm, EntityKind::Contact, QStringLiteral("Имя"), QString()},
        {ImportPreset::AmoCrm, EntityKind::Deal, QStringLiteral("Этап сделки"),
         QStringLiteral("stage")},
        {ImportPreset::Bitrix24, EntityKind::Contact, QStringLiteral("Отчество"),
         QStringLiteral("name.middle")},
        {ImportPreset::Bitrix24, EntityKind::Deal, QStringLiteral("Направление"),
         QStringLiteral("pipeline")},
        {ImportPreset::HubSpot, EntityKind::Contact, QStringLiteral("Record ID"),
         QStringLiteral("external_id")},
        {ImportPreset::HubSpot, EntityKind::Contact, QStringLiteral("First Name"),
         QStringLiteral("name.first")},
        {ImportPreset::Pipedrive, EntityKind::Deal, QStringLiteral("Deal - Value"),
         QStringLiteral("budget")},
        {ImportPreset::Pipedrive, EntityKind::Contact, QStringLiteral("Person - Phone"),
         QStringLiteral("phones")},
        {ImportPreset::Salesforce, EntityKind::Deal, QStringLiteral("Opportunity Owner"),
         QStringLiteral("responsible")},
        {ImportPreset::Salesforce, EntityKind::Company, QStringLiteral("Billing Street"),
         QStringLiteral("address")},
        {ImportPreset::Google, EntityKind::Contact, QStringLiteral("E-mail 2 - Value"),
         QStringLiteral("emails")},
        {ImportPreset::Google, EntityKind::Contact, QStringLiteral("Phone 1 - Type"), QString()},
        {ImportPreset::Outlook, EntityKind::Contact, QStringLiteral("E-mail 3 Address"),
         QStringLiteral("emails")},
        {ImportPreset::Outlook, EntityKind::Contact, QStringLiteral("Categories"),
         QStringLiteral("tags")},
    };
    for (const Case &c : cases) {
        INFO(presetKey(c.preset).toStdString() << ": " << c.header.toStdString());
        CHECK(guessTarget(c.kind, c.header, {}, c.preset) == c.target);
        CHECK(presetFromKey(presetKey(c.preset)) == c.preset);
    }
    // Without the preset the same header is the general guess (or nothing).
    CHECK(guessTarget(EntityKind::Contact, QStringLiteral("Categories"), {}).isEmpty());
}

TEST_CASE("mapping_savesAndLoadsByHeaderName", "[importer]")
{
    QTemporaryDir dir;
    const ImportMapping m =
        mapping(EntityKind::Contact, kContactHeaders,
                {kName, QStringLiteral("phones"), QString(), QStringLiteral("company")});
    const QString path = dir.filePath(QStringLiteral("m.json"));
    REQUIRE(m.save(path).ok());
    // Another file with the columns in another order and one more.
    Result<ImportMapping> back = ImportMapping::load(
        path, {QStringLiteral("Компания"), QStringLiteral("Лишнее"), QStringLiteral("ФИО")});
    REQUIRE(back.ok());
    CHECK(back->kind == EntityKind::Contact);
    CHECK(back->targets == QStringList{QStringLiteral("company"), QString(), kName});
}

TEST_CASE("check_countsAndErrorsNameRowAndColumn_andWritesNothing", "[importer]")
{
    TempDb t;
    Records(*t.admin)
        .create(EntityKind::Contact,
                {{kName, str(QStringLiteral("Анна"))},
                 {QStringLiteral("emails"), QStringList{QStringLiteral("anna@example.com")}}})
        .value();
    const QString before = Voronka::Test::canonicalDump(*t.db);
    const ImportMapping m = ImportMapping::guess(EntityKind::Contact, kContactHeaders, {});
    QList<QVariantList> rows{
        {QStringLiteral("Иван Петров"), QStringLiteral("8 912 345-67-89"), QString(),
         QStringLiteral("Ромашка")},
        {QStringLiteral("Анна Смирнова"), QString(), QStringLiteral("ANNA@example.com"), QString()},
        {QStringLiteral("Плохой"), QStringLiteral("abc"), QString(), QString()},
        {QString(), QString(), QStringLiteral("x@example.com"), QString()},
        {QStringLiteral("Тот же"), QStringLiteral("+7 (912) 345 67 89"), QString(), QString()},
    };
    for (int i = 0; i < 1201; ++i) // the errors name row 1 207 of a long file
        rows << QVariantList{QStringLiteral("N%1").arg(i), QString(), QString(), QString()};
    rows[1205][1] = QStringLiteral("abc");
    ImportOptions o;
    o.chunkRows = 100;
    Result<ImportReport> r = importRows(*t.admin, m, rows, o, true);
    REQUIRE(r.ok());
    CHECK(r->batchId == 0);
    CHECK(r->rows == 1206);
    CHECK(r->created == 1201);
    CHECK(r->skipped == 2); // the email of Анна, and row 6 repeating row 2's phone
    CHECK(r->failed == 3);
    REQUIRE(r->errors.size() == 3);
    CHECK(r->errors[0].message ==
          QStringLiteral("row 4, column \u00ABТелефон\u00BB: \"abc\" is not a phone number"));
    CHECK(r->errors[0].column == 1);
    CHECK(r->errors[1].row == 5);
    CHECK(r->errors[1].message.contains(QStringLiteral("required")));
    CHECK(r->errors[2].message.startsWith(QStringLiteral("row 1 207, column \u00ABТелефон\u00BB")));
    CHECK(Voronka::Test::canonicalDump(*t.db) == before);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(Importer::failedRowsCsv(*r, kContactHeaders, csv).ok());
    const QList<QStringList> back = parseCsv(csv.data());
    REQUIRE(back.size() == 4);
    CHECK(back[0].last() == u"Error");
    CHECK(back[1].mid(0, 2) == QStringList{QStringLiteral("Плохой"), QStringLiteral("abc")});
    CHECK(back[1].last().contains(QStringLiteral("row 4")));
}

TEST_CASE("import_writesThroughTheWritePathWithOriginImport", "[importer]")
{
    TempDb t;
    const ImportMapping m = ImportMapping::guess(EntityKind::Contact, kContactHeaders, {});
    ImportOptions o;
    o.tag = QStringLiteral("импорт");
    Result<ImportReport> r = importRows(
        *t.admin, m,
        {{QStringLiteral("Иван Петров"), QStringLiteral("8 912 345-67-89"),
          QStringLiteral("ivan@example.com"), QStringLiteral("Ромашка")},
         {QStringLiteral("Пётр Иванов"), QString(), QString(), QStringLiteral("ромашка")}},
        o);
    REQUIRE(r.ok());
    CHECK(r->batchId > 0);
    CHECK(r->created == 2);
    Voronka::Test::requireConsistent(*t.db);
    // One company for both rows, found by its name the second time.
    CHECK(count(*t.admin, "SELECT count(*) FROM companies") == 1);
    CHECK(count(*t.admin, "SELECT count(DISTINCT company_id) FROM contacts") == 1);
    CHECK(count(*t.admin, "SELECT count(*) FROM history WHERE event = 8 AND origin = 3") == 3);
    CHECK(count(*t.admin, "SELECT count(*) FROM history WHERE origin <> 3") == 0);
    CHECK(count(*t.admin, "SELECT count(*) FROM outbox WHERE kind = 2 AND op = 1") == 2);
    CHECK(count(*t.admin, "SELECT count(*) FROM entity_tags e JOIN tags t ON t.id = e.tag_id "
                          "WHERE t.name = 'импорт'") == 3);
    CHECK(count(*t.admin, "SELECT count(*) FROM search WHERE search MATCH '\"ivan\"*'") == 1);
    Result<ImportBatch> b = ImportHistory(*t.admin).batch(r->batchId);
    REQUIRE(b.ok());
    CHECK(b->state == ImportState::Done);
    CHECK(b->rowsDone == 2);
    CHECK(b->created == 2);
    CHECK(b->file == u"test.csv");
    CHECK(count(*t.admin, "SELECT count(*) FROM import_items") == 3);

    // An update leaves its field clocks and an outbox update with origin Import.
    o.onDuplicate = OnDuplicate::Update;
    Result<ImportReport> u = importRows(*t.admin, m,
                                        {{QStringLiteral("Иван Петров-Водкин"), QString(),
                                          QStringLiteral("IVAN@example.com"), QString()}},
                                        o);
    REQUIRE(u.ok());
    CHECK(u->updated == 1);
    CHECK(count(*t.admin, "SELECT count(*) FROM field_clock WHERE kind = 2 AND field = 'name'") ==
          1);
    CHECK(count(*t.admin, "SELECT count(*) FROM outbox WHERE kind = 2 AND op = 2") == 1);
    CHECK(count(*t.admin,
                "SELECT count(*) FROM history WHERE event = 1 AND field = 'name' AND origin = 3") ==
          1);
}

TEST_CASE("options_duplicatesSkipUpdateCreateOnEachKey", "[importer]")
{
    TempDb t;
    Records rec(*t.admin);
    const qint64 co = *rec.create(EntityKind::Company, {{kName, str(QStringLiteral("Ромашка"))}});
    const qint64 anna =
        *rec.create(EntityKind::Contact,
                    {{kName, str(QStringLiteral("Анна"))},
                     {QStringLiteral("phones"), QStringList{QStringLiteral("+7 912 000-11-22")}},
                     {QStringLiteral("emails"), QStringList{QStringLiteral("anna@example.com")}},
                     {QStringLiteral("company_id"), co}});
    const QStringList headers{QStringLiteral("Имя"), QStringLiteral("Телефон"),
                              QStringLiteral("Email"), QStringLiteral("Компания"),
                              QStringLiteral("Должность")};
    const ImportMapping m = ImportMapping::guess(EntityKind::Contact, headers, {});
    struct Case
    {
        int match;
        QVariantList row;
    };
    const QList<Case> cases{
        {MatchEmail,
         {QStringLiteral("X"), QString(), QStringLiteral("Anna@Example.com"), QString(),
          QStringLiteral("CEO")}},
        {MatchPhone,
         {QStringLiteral("X"), QStringLiteral("89120001122"), QString(), QString(),
          QStringLiteral("CEO")}},
        {MatchNameCompany,
         {QStringLiteral("анна"), QString(), QString(), QStringLiteral("РОМАШКА"),
          QStringLiteral("CEO")}},
    };
    for (const Case &c : cases) {
        INFO(c.match);
        for (OnDuplicate on : {OnDuplicate::Skip, OnDuplicate::Update, OnDuplicate::Create}) {
            ImportOptions o;
            o.match = c.match;
            o.onDuplicate = on;
            Result<ImportReport> r = importRows(*t.admin, m, {c.row}, o);
            REQUIRE(r.ok());
            CHECK(r->skipped == (on == OnDuplicate::Skip ? 1 : 0));
            CHECK(r->updated == (on == OnDuplicate::Update ? 1 : 0));
            CHECK(r->created == (on == OnDuplicate::Create ? 1 : 0));
            if (on == OnDuplicate::Update)
                CHECK(rec.load(EntityKind::Contact, anna)
                          ->value(QStringLiteral("position"))
                          .toString() == u"CEO");
            Result<ImportHistory::UndoResult> undo = ImportHistory(*t.admin).undo(r->batchId);
            REQUIRE(undo.ok());
            CHECK(undo->refused.isEmpty());
            CHECK(rec.load(EntityKind::Contact, anna)
                      ->value(QStringLiteral("position"))
                      .toString()
                      .isEmpty());
        }
        // The other keys do not match.
        ImportOptions o;
        o.match = c.match == MatchEmail ? MatchPhone : MatchEmail;
        Result<ImportReport> r = importRows(*t.admin, m, {c.row}, o, true);
        REQUIRE(r.ok());
        CHECK(r->created == 1);
    }

    // An external id matches the record an earlier import brought with it.
    const ImportMapping ext =
        mapping(EntityKind::Contact, {QStringLiteral("ID"), QStringLiteral("Имя")},
                {QStringLiteral("external_id"), kName});
    ImportOptions o;
    o.match = MatchExternal;
    REQUIRE(importRows(*t.admin, ext, {{QStringLiteral("amo-1"), QStringLiteral("Борис")}}, o)
                ->created == 1);
    o.onDuplicate = OnDuplicate::Update;
    Result<ImportReport> again =
        importRows(*t.admin, ext, {{QStringLiteral("amo-1"), QStringLiteral("Борис Б.")}}, o);
    CHECK(again->updated == 1);
    CHECK(count(*t.admin, "SELECT count(*) FROM contacts WHERE name LIKE 'Борис%'") == 1);
}

TEST_CASE("options_defaultResponsibleAndTag", "[importer]")
{
    TempDb t;
    const qint64 manager = t.addUser(QStringLiteral("olga@example.com"), t.admin->actor().roleId);
    const ImportMapping m =
        mapping(EntityKind::Company, {QStringLiteral("Название"), QStringLiteral("Ответственный")},
                {kName, QStringLiteral("responsible")});
    ImportOptions o;
    o.defaultResponsibleId = manager;
    o.tag = QStringLiteral("из Excel");
    Result<ImportReport> r =
        importRows(*t.admin, m,
                   {{QStringLiteral("А"), QString()},
                    {QStringLiteral("Б"), QStringLiteral("Admin")},
                    {QStringLiteral("В"), QStringLiteral("nobody@example.com")}},
                   o);
    REQUIRE(r.ok());
    CHECK(r->created == 2);
    REQUIRE(r->errors.size() == 1);
    CHECK(r->errors[0].message == QStringLiteral("row 4, column \u00ABОтветственный\u00BB: there "
                                                 "is no active user \"nobody@example.com\""));
    CHECK(count(*t.admin, "SELECT responsible_id FROM companies WHERE name = 'А'") == manager);
    CHECK(count(*t.admin, "SELECT responsible_id FROM companies WHERE name = 'Б'") == t.adminId);
    CHECK(count(*t.admin, "SELECT count(*) FROM entity_tags e JOIN tags t ON t.id = e.tag_id "
                          "WHERE t.name = 'из Excel'") == 2);
}

TEST_CASE("permissions_importNeedsTheImportRight", "[importer]")
{
    TempDb t;
    Admin a(*t.admin);
    const qint64 role = *a.createRole(QStringLiteral("Sales"), RoleMatrix::filled(Scope::All));
    const qint64 user = t.addUser(QStringLiteral("sales@example.com"), role);
    auto s = t.sessionFor(user);
    const ImportMapping m = mapping(EntityKind::Contact, {QStringLiteral("Имя")}, {kName});
    const QString before = Voronka::Test::canonicalDump(*t.db);
    Result<ImportReport> refused = importRows(*s, m, {{QStringLiteral("A")}});
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(!importRows(*s, m, {{QStringLiteral("A")}}, {}, true).ok());
    CHECK(Voronka::Test::canonicalDump(*t.db) == before);

    Admin::RoleOptions options;
    options.canImport = true;
    REQUIRE(a.setRoleOptions(role, options).ok());
    s = t.sessionFor(user);
    Result<ImportReport> ok = importRows(*s, m, {{QStringLiteral("A")}});
    REQUIRE(ok.ok());
    CHECK(ok->created == 1);
    // The record rights still apply row by row: a role that may not create contacts.
    RoleMatrix noCreate = RoleMatrix::filled(Scope::All);
    noCreate.set(PermEntity::Contact, PermAction::Create, Scope::None);
    REQUIRE(a.setRoleRights(role, noCreate, options, false).ok());
    s = t.sessionFor(user);
    Result<ImportReport> rowRefused = importRows(*s, m, {{QStringLiteral("B")}});
    REQUIRE(rowRefused.ok());
    CHECK(rowRefused->failed == 1);
    CHECK(rowRefused->errors[0].message.startsWith(QStringLiteral("row 2: You may not create")));
}

TEST_CASE("customFields_eachTypeParsedAndRefusedByColumn", "[importer]")
{
    TempDb t;
    Admin a(*t.admin);
    auto field = [&](const QString &name, FieldType type, QStringList options = {}) {
        FieldDef d;
        d.kind = EntityKind::Contact;
        d.name = name;
        d.type = type;
        d.options = options;
        return *a.createFieldDef(d);
    };
    const qint64 num = field(QStringLiteral("Возраст"), FieldType::Number);
    const qint64 date = field(QStringLiteral("Дата"), FieldType::Date);
    const qint64 flag = field(QStringLiteral("VIP"), FieldType::Flag);
    const qint64 sel = field(QStringLiteral("Сегмент"), FieldType::Select,
                             {QStringLiteral("A"), QStringLiteral("B")});
    const qint64 money = field(QStringLiteral("Оборот"), FieldType::Money);
    t.admin->invalidate();
    const QStringList headers{QStringLiteral("Имя"),     QStringLiteral("Возраст"),
                              QStringLiteral("Дата"),    QStringLiteral("VIP"),
                              QStringLiteral("Сегмент"), QStringLiteral("Оборот")};
    const ImportMapping m =
        ImportMapping::guess(EntityKind::Contact, headers, t.admin->fieldDefs(EntityKind::Contact));
    CHECK(m.targets ==
          QStringList{kName, QStringLiteral("cf.%1").arg(num), QStringLiteral("cf.%1").arg(date),
                      QStringLiteral("cf.%1").arg(flag), QStringLiteral("cf.%1").arg(sel),
                      QStringLiteral("cf.%1").arg(money)});
    Result<ImportReport> r =
        importRows(*t.admin, m,
                   {{QStringLiteral("Хороший"), 42.0, QDate(2026, 1, 5), QStringLiteral("да"),
                     QStringLiteral("B"), QStringLiteral("1 500,50")},
                    {QStringLiteral("Строка дат"), QStringLiteral("7"),
                     QStringLiteral("05.01.2026"), QString(), QString(), QString()},
                    {QStringLiteral("Плохое число"), QStringLiteral("много"), QString(), QString(),
                     QString(), QString()},
                    {QStringLiteral("Плохая дата"), QString(), QStringLiteral("31.02.2026"),
                     QString(), QString(), QString()},
                    {QStringLiteral("Плохой выбор"), QString(), QString(), QString(),
                     QStringLiteral("C"), QString()},
                    {QStringLiteral("Плохой флаг"), QString(), QString(), QStringLiteral("может"),
                     QString(), QString()}});
    REQUIRE(r.ok());
    CHECK(r->created == 2);
    REQUIRE(r->errors.size() == 4);
    CHECK(r->errors[0].message ==
          QStringLiteral("row 4, column \u00ABВозраст\u00BB: \"много\" is not a number"));
    CHECK(r->errors[1].message ==
          QStringLiteral("row 5, column \u00ABДата\u00BB: \"31.02.2026\" is not a date"));
    CHECK(r->errors[2].message ==
          QStringLiteral("row 6, column \u00ABСегмент\u00BB: \"C\" is not one of the choices"));
    CHECK(r->errors[3].column == 3);
    const qint64 id = count(*t.admin, "SELECT id FROM contacts WHERE name = 'Хороший'");
    Result<Record> rec = Records(*t.admin).load(EntityKind::Contact, id);
    CHECK(rec->value(QStringLiteral("cf.%1").arg(num)).toDouble() == 42.0);
    CHECK(rec->value(QStringLiteral("cf.%1").arg(date)).toString() == u"2026-01-05");
    CHECK(rec->value(QStringLiteral("cf.%1").arg(flag)).toBool());
    CHECK(rec->value(QStringLiteral("cf.%1").arg(sel)).toString() == u"B");
    CHECK(rec->value(QStringLiteral("cf.%1").arg(money))
              .toMap()
              .value(QStringLiteral("amount"))
              .toLongLong() == 150050);
    CHECK(count(*t.admin, "SELECT count(*) FROM field_values") == 7);
}

TEST_CASE("deals_createOrLinkTheirContactAndCompany_andStagesByName", "[importer]")
{
    TempDb t;
    Admin a(*t.admin);
    const qint64 pipeline = *a.createPipeline(
        QStringLiteral("Опт"), {{QStringLiteral("Переговоры"), QStringLiteral("#22C55E"), 50}});
    t.admin->invalidate();
    Records rec(*t.admin);
    const qint64 anna =
        *rec.create(EntityKind::Contact,
                    {{kName, str(QStringLiteral("Анна"))},
                     {QStringLiteral("emails"), QStringList{QStringLiteral("anna@example.com")}}});
    const QStringList headers{QStringLiteral("Сделка"),        QStringLiteral("Бюджет"),
                              QStringLiteral("Воронка"),       QStringLiteral("Этап"),
                              QStringLiteral("Компания"),      QStringLiteral("Контакт"),
                              QStringLiteral("Email контакта")};
    const ImportMapping m = ImportMapping::guess(EntityKind::Deal, headers, {});
    REQUIRE(m.targets.last() == u"contact.emails");
    Result<ImportReport> r =
        importRows(*t.admin, m,
                   {{QStringLiteral("Поставка"), QStringLiteral("1 000 000"), QStringLiteral("Опт"),
                     QStringLiteral("переговоры"), QStringLiteral("Ромашка"),
                     QStringLiteral("Анна С."), QStringLiteral("ANNA@example.com")},
                    {QStringLiteral("Монтаж"), 2500.5, QString(), QString(),
                     QStringLiteral("Ромашка"), QStringLiteral("Борис"), QString()},
                    {QStringLiteral("Плохой этап"), QString(), QStringLiteral("Опт"),
                     QStringLiteral("Нет такого"), QStringLiteral("Лютик"), QStringLiteral("Вера"),
                     QString()}});
    REQUIRE(r.ok());
    CHECK(r->created == 2);
    REQUIRE(r->errors.size() == 1);
    CHECK(r->errors[0].message ==
          QStringLiteral("row 4, column \u00ABЭтап\u00BB: there is no stage \"Нет такого\""));
    CHECK(count(*t.admin, "SELECT count(*) FROM companies") == 1); // Лютик was not made
    CHECK(count(*t.admin, "SELECT count(*) FROM contacts") == 2); // Анна linked, Борис made
    const qint64 deal = count(*t.admin, "SELECT id FROM deals WHERE name = 'Поставка'");
    Result<Record> d = rec.load(EntityKind::Deal, deal);
    CHECK(d->value(QStringLiteral("budget")).toLongLong() == 100000000);
    CHECK(d->value(QStringLiteral("pipeline_id")).toLongLong() == pipeline);
    CHECK(d->value(QStringLiteral("contacts")).toList() == QVariantList{anna});
    CHECK(d->value(QStringLiteral("company_id")).toLongLong() ==
          count(*t.admin, "SELECT id FROM companies WHERE name = 'Ромашка'"));
    CHECK(count(*t.admin, "SELECT budget FROM deals WHERE name = 'Монтаж'") == 250050);
    Voronka::Test::requireConsistent(*t.db);
}

TEST_CASE("requiredFields_aLostStageWithoutReasonIsRefused", "[importer]")
{
    TempDb t;
    Admin a(*t.admin);
    REQUIRE(a.createLossReason(QStringLiteral("Дорого")).ok());
    t.admin->invalidate();
    const ImportMapping m =
        mapping(EntityKind::Deal, {QStringLiteral("Название"), QStringLiteral("Этап")},
                {kName, QStringLiteral("stage")});
    const QString lost = t.admin->stage(t.stageOfKind(StageKind::Lost))->name;
    Result<ImportReport> r = importRows(*t.admin, m, {{QStringLiteral("Сделка"), lost}});
    REQUIRE(r.ok());
    CHECK(r->failed == 1);
    CHECK(r->errors[0].message.contains(QStringLiteral("why the deal was lost")));
}

TEST_CASE("undo_returnsTheRecordsToTheirStateBeforeTheImport", "[importer]")
{
    TempDb t;
    Records rec(*t.admin);
    rec.create(EntityKind::Contact,
               {{kName, str(QStringLiteral("Анна"))},
                {QStringLiteral("emails"), QStringList{QStringLiteral("anna@example.com")}},
                {QStringLiteral("tags"), QStringList{QStringLiteral("старый")}}})
        .value();
    const QString before = recordsDump(*t.admin);
    const QStringList headers{QStringLiteral("Имя"), QStringLiteral("Email"),
                              QStringLiteral("Должность"), QStringLiteral("Компания")};
    ImportOptions o;
    o.onDuplicate = OnDuplicate::Update;
    o.tag = QStringLiteral("новый");
    Result<ImportReport> r =
        importRows(*t.admin, ImportMapping::guess(EntityKind::Contact, headers, {}),
                   {{QStringLiteral("Анна Иванова"), QStringLiteral("anna@example.com"),
                     QStringLiteral("CEO"), QStringLiteral("Ромашка")},
                    {QStringLiteral("Борис"), QStringLiteral("boris@example.com"), QString(),
                     QStringLiteral("Ромашка")}},
                   o);
    REQUIRE(r.ok());
    CHECK(r->updated == 1);
    CHECK(r->created == 1);
    CHECK(recordsDump(*t.admin) != before);
    Result<ImportHistory::UndoResult> undo = ImportHistory(*t.admin).undo(r->batchId);
    REQUIRE(undo.ok());
    CHECK(undo->reverted == 3); // Анна back, Борис and Ромашка to the recycle bin
    CHECK(undo->refused.isEmpty());
    CHECK(recordsDump(*t.admin) == before);
    CHECK(count(*t.admin, "SELECT count(*) FROM history WHERE origin = 2") > 0);
    CHECK(ImportHistory(*t.admin).batch(r->batchId)->state == ImportState::Undone);
    CHECK(!ImportHistory(*t.admin).undo(r->batchId).ok()); // once
    Voronka::Test::requireConsistent(*t.db);
}

TEST_CASE("undo_leavesARecordAColleagueChangedSince", "[importer]")
{
    TempDb t;
    const ImportMapping m = mapping(EntityKind::Contact, {QStringLiteral("Имя")}, {kName});
    Result<ImportReport> r =
        importRows(*t.admin, m, {{QStringLiteral("Кира")}, {QStringLiteral("Лев")}});
    REQUIRE(r.ok());
    auto other = t.sessionFor(t.adminId); // a second window or desktop
    const qint64 kira = count(*t.admin, "SELECT id FROM contacts WHERE name = 'Кира'");
    REQUIRE(Records(*other)
                .update(EntityKind::Contact, kira, {{kName, str(QStringLiteral("Кира М."))}})
                .ok());
    Result<ImportHistory::UndoResult> undo = ImportHistory(*t.admin).undo(r->batchId);
    REQUIRE(undo.ok());
    CHECK(undo->reverted == 1);
    REQUIRE(undo->refused.size() == 1);
    CHECK(undo->refused[0].contains(QStringLiteral("Кира М.")));
    CHECK(count(*t.admin, "SELECT deleted FROM contacts WHERE name = 'Кира М.'") == 0);
    CHECK(count(*t.admin, "SELECT deleted FROM contacts WHERE name = 'Лев'") == 1);
}

TEST_CASE("interrupted_aBatchLeftRunningIsMarkedAndCanBeFinishedAndUndone", "[importer]")
{
    TempDb t;
    const QString before = recordsDump(*t.admin);
    const ImportMapping m = mapping(EntityKind::Contact, {QStringLiteral("Имя")}, {kName});
    QList<QVariantList> rows;
    for (int i = 0; i < 10; ++i)
        rows << QVariantList{QStringLiteral("Человек %1").arg(i)};
    ImportOptions o;
    o.chunkRows = 4;
    qint64 batch = 0;
    {
        RowsReader reader(m.headers, rows);
        Importer importer(*t.admin, m, o);
        // The process "dies" after its first chunk: the progress callback stops it and the
        // batch row is put back as a dead process leaves it.
        Result<ImportReport> r =
            importer.run(reader, QStringLiteral("big.csv"), [](double, qint64) { return false; });
        REQUIRE(r.ok());
        CHECK(r->cancelled);
        batch = r->batchId;
        CHECK(ImportHistory(*t.admin).batch(batch)->state == ImportState::Cancelled);
        t.admin->sql().exec(
            QStringLiteral("UPDATE import_batches SET state = 0, finished_at = NULL, "
                           "owner = 'elsewhere:1' WHERE id = %1")
                .arg(batch));
    }
    CHECK(count(*t.admin, "SELECT count(*) FROM contacts") == 4);
    // Another computer's import is alive while it keeps its heartbeat.
    Result<QList<ImportBatch>> list = ImportHistory(*t.admin).list();
    REQUIRE(list.ok());
    CHECK(list->first().state == ImportState::Running);
    CHECK(!ImportHistory(*t.admin).undo(batch).ok());
    t.clock.advance(11 * 60 * 1000);
    list = ImportHistory(*t.admin).list();
    CHECK(list->first().state == ImportState::Interrupted);
    CHECK(list->first().rowsDone == 4);

    RowsReader reader(m.headers, rows);
    Result<ImportReport> done = Importer::resume(*t.admin, batch, reader);
    REQUIRE(done.ok());
    CHECK(done->created == 10);
    CHECK(count(*t.admin, "SELECT count(*) FROM contacts") == 10);
    CHECK(ImportHistory(*t.admin).batch(batch)->state == ImportState::Done);
    REQUIRE(ImportHistory(*t.admin).undo(batch).ok());
    CHECK(recordsDump(*t.admin) == before);
}

TEST_CASE("interrupted_aBatchOfAProcessThatDiedHereIsMarkedAtOnce", "[importer]")
{
    TempDb t;
    const ImportMapping m = mapping(EntityKind::Contact, {QStringLiteral("Имя")}, {kName});
    Result<ImportReport> r = importRows(*t.admin, m, {{QStringLiteral("Ада")}});
    REQUIRE(r.ok());
    // A process of this computer that has ended: its pid is free.
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    REQUIRE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    REQUIRE(gone.waitForFinished());
    t.admin->sql().exec(QStringLiteral("UPDATE import_batches SET state = 0, owner = '%1:%2'")
                            .arg(QHostInfo::localHostName())
                            .arg(pid));
    Result<QList<ImportBatch>> list = ImportHistory(*t.admin).list();
    REQUIRE(list.ok());
    CHECK(list->first().state == ImportState::Interrupted);
    // This process's own running import is alive.
    t.admin->sql().exec(QStringLiteral("UPDATE import_batches SET state = 0, owner = '%1'")
                            .arg(ImportHistory::owner()));
    CHECK(ImportHistory(*t.admin).list()->first().state == ImportState::Running);
}

TEST_CASE("options_recordsTheImporterCannotSeeAreNeverMatched", "[importer]")
{
    TempDb t;
    Admin a(*t.admin);
    const qint64 role = *a.createRole(QStringLiteral("Own"), RoleMatrix::filled(Scope::Own));
    Admin::RoleOptions options;
    options.canImport = true;
    REQUIRE(a.setRoleOptions(role, options).ok());
    const qint64 user = t.addUser(QStringLiteral("own@example.com"), role);
    Records(*t.admin)
        .create(EntityKind::Contact,
                {{kName, str(QStringLiteral("Чужая"))},
                 {QStringLiteral("emails"), QStringList{QStringLiteral("same@example.com")}}})
        .value();
    auto s = t.sessionFor(user);
    const ImportMapping m =
        mapping(EntityKind::Contact, {QStringLiteral("Имя"), QStringLiteral("Email")},
                {kName, QStringLiteral("emails")});
    Result<ImportReport> r =
        importRows(*s, m, {{QStringLiteral("Своя"), QStringLiteral("same@example.com")}});
    REQUIRE(r.ok());
    CHECK(r->skipped == 0);
    CHECK(r->created == 1);
}

TEST_CASE("savedMappings_keptInTheFileByKindAndNameAndNeedTheImportRight", "[importer]")
{
    TempDb t;
    const QStringList headers{QStringLiteral("Имя"), QStringLiteral("Моб."),
                              QStringLiteral("Почта")};
    ImportMapping m = mapping(EntityKind::Contact, headers,
                              {kName, QStringLiteral("phones"), QStringLiteral("emails")});
    SavedMappings saved(*t.admin);
    REQUIRE(saved.save(QStringLiteral("  Выставка  2026 "), m).ok());
    REQUIRE(saved.save(QStringLiteral("Bitrix"), m).ok());
    m.targets[1] = QString(); // saved again under the same name: replaced
    REQUIRE(saved.save(QStringLiteral("Bitrix"), m).ok());
    ImportMapping deals = mapping(EntityKind::Deal, {QStringLiteral("Сделка")}, {kName});
    REQUIRE(saved.save(QStringLiteral("Bitrix"), deals).ok());
    CHECK(saved.save(QString(61, u'x'), m).error().code == Error::Code::Invalid);
    CHECK(count(*t.admin, "SELECT count(*) FROM outbox WHERE kind = 16") == 4);

    Result<QList<SavedMappings::Named>> contacts = saved.list(EntityKind::Contact);
    REQUIRE(contacts.ok());
    REQUIRE(contacts->size() == 2);
    CHECK((*contacts)[0].name == u"Bitrix");
    CHECK((*contacts)[1].name == u"Выставка 2026");
    // Applied to a file with the columns in another order, by header name.
    Result<ImportMapping> applied = ImportMapping::fromJson(
        (*contacts)[0].mapping,
        {QStringLiteral("Почта"), QStringLiteral("Имя"), QStringLiteral("Моб.")});
    REQUIRE(applied.ok());
    CHECK(applied->targets == QStringList{QStringLiteral("emails"), kName, QString()});
    CHECK(saved.list(EntityKind::Deal)->size() == 1);
    CHECK(saved.list(EntityKind::Company)->isEmpty());

    REQUIRE(saved.remove(EntityKind::Contact, QStringLiteral("Bitrix")).ok());
    CHECK(saved.list(EntityKind::Contact)->size() == 1);
    CHECK(saved.remove(EntityKind::Contact, QStringLiteral("Нет такой")).error().code ==
          Error::Code::NotFound);

    // Without the import right: read, but neither saved nor forgotten, and nothing written.
    Admin a(*t.admin);
    auto sales = t.sessionFor(
        t.addUser(QStringLiteral("sales@example.com"),
                  *a.createRole(QStringLiteral("Sales"), RoleMatrix::filled(Scope::All))));
    const QString before = Voronka::Test::canonicalDump(*t.db);
    SavedMappings theirs(*sales);
    CHECK(theirs.list(EntityKind::Contact)->size() == 1);
    CHECK(theirs.save(QStringLiteral("Моя"), m).error().code == Error::Code::Permission);
    CHECK(theirs.remove(EntityKind::Contact, QStringLiteral("Выставка 2026")).error().code ==
          Error::Code::Permission);
    CHECK(Voronka::Test::canonicalDump(*t.db) == before);
    Voronka::Test::requireConsistent(*t.db);
}

namespace {

// What an import leaves in a file: the data (canonicalDataDump, with the records' uids left
// out: the two paths draw them in another order), the history, outbox, field clocks and
// import items without their own ids and clocks, and the search index.
QString importStory(Session &s)
{
    static const QRegularExpression uid(QStringLiteral("\\b[0-9a-f]{32}\\b"));
    static const QRegularExpression hash(QStringLiteral("\\$argon2id\\$[^|]*")); // salted
    // This replica's own sync identity: random per file.
    static const QRegularExpression node(QStringLiteral("== sync_state\n[^\n]*\n"));
    QString out = Voronka::Test::canonicalDataDump(s.db())
                      .replace(uid, QStringLiteral("UID"))
                      .replace(hash, QStringLiteral("HASH"))
                      .remove(node);
    for (const char *sql :
         {"SELECT kind, entity_id, at, user_id, event, field, old_value, new_value, origin FROM "
          "history ORDER BY kind, entity_id, event, field",
          "SELECT kind, entity_id, op, fields FROM outbox ORDER BY kind, entity_id, op",
          "SELECT kind, entity_id, field FROM field_clock ORDER BY kind, entity_id, field",
          "SELECT kind, entity_id, action, before, after, external_id FROM import_items ORDER BY "
          "id",
          "SELECT rowid, name, phones, emails, company, extra FROM search ORDER BY rowid"}) {
        Query q = s.sql().prepare(sql);
        out += QLatin1String(sql) + u'\n';
        while (q->step()) {
            QStringList cells;
            for (int c = 0; c < q->columnCount(); ++c)
                cells << (q->value(c).isNull() ? QStringLiteral("NULL") : q->value(c).toString());
            out += cells.join(u'|') + u'\n';
        }
    }
    return out;
}

} // namespace

TEST_CASE("setBased_writesWhatRecordsCreateWrites", "[importer]")
{
    const QStringList headers{QStringLiteral("ФИО"),    QStringLiteral("Телефон"),
                              QStringLiteral("E-mail"), QStringLiteral("Компания"),
                              QStringLiteral("Теги"),   QStringLiteral("Дата создания"),
                              QStringLiteral("Заметка")};
    const QList<QVariantList> contacts{
        {QStringLiteral("Иван Петров"), QStringLiteral("8 912 345-67-89"),
         QStringLiteral("ivan@example.com"), QStringLiteral("Ромашка"), QStringLiteral("vip, опт"),
         QStringLiteral("2025-11-03"), QStringLiteral("любит чай")},
        {QStringLiteral("Пётр Иванов"), QString(), QString(), QStringLiteral("ромашка"), QString(),
         QString(), QString()},
        {QStringLiteral("Плохая почта"), QString(), QStringLiteral("не почта"), QString(),
         QString(), QString(), QString()},
        {QStringLiteral("Анна Смирнова"), QStringLiteral("+7 495 100-20-30"),
         QStringLiteral("anna@example.com"), QStringLiteral("Лютик"), QString(), QString(),
         QString()},
        {QStringLiteral("Иван Петров"), QStringLiteral("+7 912 000-00-01"),
         QStringLiteral("IVAN@example.com"), QString(), QStringLiteral("новый"), QString(),
         QString()},
        {QString(), QStringLiteral("+7 912 000-00-02"), QString(), QString(), QString(), QString(),
         QString()},
        {QStringLiteral("Ольга Кузнецова"), QStringLiteral("+7 912 000-00-03"),
         QStringLiteral("olga@example.com"), QStringLiteral("Лютик"), QString(), QString(),
         QStringLiteral("перезвонить")}};
    const QList<QVariantList> companies{
        {QStringLiteral("Василёк"), QStringLiteral("+7 812 555-44-33"),
         QStringLiteral("info@vasilek.ru")},
        {QStringLiteral("Ромашка"), QString(), QStringLiteral("hello@romashka.ru")},
        {QString(), QStringLiteral("+7 812 555-44-34"), QString()}};

    struct Run
    {
        TempDb t;
        QList<ImportReport> reports;
        QString before;
    };
    auto importBoth = [&](Run &run, bool perRow) {
        FieldDef note;
        note.kind = EntityKind::Contact;
        note.name = QStringLiteral("Заметка");
        note.type = FieldType::Text;
        REQUIRE(Admin(*run.t.admin).createFieldDef(note).ok());
        run.t.admin->invalidate();
        run.before = Voronka::Test::canonicalDataDump(*run.t.db);
        ImportOptions o;
        o.perRow = perRow;
        o.chunkRows = 3;
        o.tag = QStringLiteral("импорт");
        o.onDuplicate = OnDuplicate::Update; // row 6 updates the record row 2 made
        const ImportMapping m = ImportMapping::guess(EntityKind::Contact, headers,
                                                     run.t.admin->fieldDefs(EntityKind::Contact));
        Result<ImportReport> r = importRows(*run.t.admin, m, contacts, o);
        REQUIRE(r.ok());
        run.reports << *r;
        o.onDuplicate = OnDuplicate::Skip; // "Ромашка" is skipped
        o.match = MatchEmail | MatchPhone | MatchNameCompany;
        const QStringList coHeaders{QStringLiteral("Название"), QStringLiteral("Телефон"),
                                    QStringLiteral("E-mail")};
        r = importRows(*run.t.admin, ImportMapping::guess(EntityKind::Company, coHeaders, {}),
                       companies, o);
        REQUIRE(r.ok());
        run.reports << *r;
        Voronka::Test::requireConsistent(*run.t.db);
    };
    Run reference, setBased;
    importBoth(reference, true);
    importBoth(setBased, false);

    for (int i = 0; i < 2; ++i) {
        const ImportReport &a = reference.reports[i], &b = setBased.reports[i];
        CHECK(std::tuple(a.created, a.updated, a.skipped, a.failed) ==
              std::tuple(b.created, b.updated, b.skipped, b.failed));
        REQUIRE(a.errors.size() == b.errors.size());
        for (qsizetype e = 0; e < a.errors.size(); ++e)
            CHECK(std::tuple(a.errors[e].row, a.errors[e].column, a.errors[e].message) ==
                  std::tuple(b.errors[e].row, b.errors[e].column, b.errors[e].message));
    }
    const ImportReport &first = setBased.reports[0];
    CHECK(first.created == 4);
    CHECK(first.updated == 1);
    CHECK(first.failed == 2);
    CHECK(first.errors.value(0).message ==
          QStringLiteral("row 4, column \u00ABE-mail\u00BB: \"не почта\" is not an email address"));
    CHECK(first.errors.value(1).message == // refused by Records' own rules
          QStringLiteral("row 7, column \u00AB\u0424\u0418\u041E\u00BB: Contact, field \"Name\": "
                         "this field is required."));
    CHECK(std::tuple(setBased.reports[1].created, setBased.reports[1].skipped,
                     setBased.reports[1].failed) == std::tuple(1, 1, 1));

    Session &s = *setBased.t.admin;
    CHECK(importStory(s) == importStory(*reference.t.admin));
    // Found by name, email, company and custom text, as a card save indexes them.
    for (const auto &[match, hits] :
         {std::pair("\"ольга\"*", 1), std::pair("emails:olga*", 1),
          std::pair("company:\"лютик\"", 2), std::pair("\"перезвонить\"", 1),
          std::pair("\"vasilek\"*", 1)})
        CHECK(count(s, QStringLiteral("SELECT count(*) FROM search WHERE search MATCH '%1'")
                           .arg(QString::fromUtf8(match))
                           .toUtf8()
                           .constData()) == hits);
    // Each record's clock is its outbox row's clock.
    CHECK(count(s, "SELECT count(*) FROM contacts c JOIN outbox o ON o.kind = 2 AND o.entity_id "
                   "= c.id AND o.op = 1 WHERE o.hlc = c.hlc") == 4);
    CHECK(count(s, "SELECT count(*) FROM companies") == 3);

    // Undone, the file is as before the imports.
    REQUIRE(ImportHistory(s).undo(setBased.reports[1].batchId).ok());
    REQUIRE(ImportHistory(s).undo(setBased.reports[0].batchId).ok());
    CHECK(Voronka::Test::canonicalDataDump(*setBased.t.db) == setBased.before);
}

TEST_CASE("deals_indexedAtTheChunksEnd_writeWhatRecordsCreateWrites", "[importer]")
{
    // A deal, and the contact and company it links, are made one by one; their search rows are
    // written together when the chunk ends. The file must hold what Records::create writes.
    const QStringList headers{QStringLiteral("Сделка"), QStringLiteral("Бюджет"),
                              QStringLiteral("Компания"), QStringLiteral("Контакт"),
                              QStringLiteral("Телефон контакта")};
    const QList<QVariantList> rows{
        {QStringLiteral("Поставка труб"), QStringLiteral("1 000"), QStringLiteral("Ромашка"),
         QStringLiteral("Анна Смирнова"), QStringLiteral("+7 912 000-00-01")},
        {QStringLiteral("Монтаж"), QStringLiteral("2 500"), QStringLiteral("ромашка"),
         QStringLiteral("Борис Петров"), QString()},
        // Refused after its company and contact were made: they are taken back.
        {QStringLiteral("Минус"), QStringLiteral("-5"), QStringLiteral("Лютик"),
         QStringLiteral("Вера"), QStringLiteral("+7 912 000-00-02")},
        {QStringLiteral("Сервис"), QString(), QStringLiteral("Василёк"),
         QStringLiteral("Анна Смирнова"), QStringLiteral("+7 912 000-00-01")},
        {QStringLiteral("Без связей"), QStringLiteral("10"), QString(), QString(), QString()}};
    struct Run
    {
        TempDb t;
        ImportReport report, second;
        QString before;
    };
    // Again, updating the deals matched by name and company: an update of a match writes
    // what is staged before it, so a row that then fails takes its new links back by a
    // savepoint; a new deal with new links beside it is staged.
    const QList<QVariantList> again{
        {QStringLiteral("Поставка труб"), QStringLiteral("1 500"), QStringLiteral("Ромашка"),
         QStringLiteral("Анна Смирнова"), QStringLiteral("+7 912 000-00-01")},
        {QStringLiteral("Новая"), QStringLiteral("700"), QStringLiteral("Лютик"),
         QStringLiteral("Глеб"), QStringLiteral("+7 912 000-00-09")},
        {QStringLiteral("Монтаж"), QStringLiteral("-1"), QStringLiteral("Ромашка"),
         QStringLiteral("Дина"), QStringLiteral("+7 912 000-00-07")}};
    auto import = [&](Run &run, bool perRow) {
        run.before = Voronka::Test::canonicalDataDump(*run.t.db);
        ImportOptions o;
        o.perRow = perRow;
        o.chunkRows = 2;
        const ImportMapping m = ImportMapping::guess(EntityKind::Deal, headers, {});
        Result<ImportReport> r = importRows(*run.t.admin, m, rows, o);
        REQUIRE(r.ok());
        run.report = *r;
        Voronka::Test::requireConsistent(*run.t.db);
        o.onDuplicate = OnDuplicate::Update;
        o.match = MatchNameCompany;
        r = importRows(*run.t.admin, m, again, o);
        REQUIRE(r.ok());
        run.second = *r;
        Voronka::Test::requireConsistent(*run.t.db);
    };
    Run reference, together;
    import(reference, true);
    import(together, false);
    const ImportReport &a = reference.report, &b = together.report;
    CHECK(std::tuple(a.created, a.updated, a.skipped, a.failed) ==
          std::tuple(b.created, b.updated, b.skipped, b.failed));
    CHECK(std::tuple(b.created, b.failed) == std::tuple(4, 1));
    REQUIRE(a.errors.size() == b.errors.size());
    for (qsizetype e = 0; e < a.errors.size(); ++e)
        CHECK(a.errors[e].message == b.errors[e].message);

    const ImportReport &a2 = reference.second, &b2 = together.second;
    CHECK(std::tuple(a2.created, a2.updated, a2.skipped, a2.failed) ==
          std::tuple(b2.created, b2.updated, b2.skipped, b2.failed));
    CHECK(std::tuple(b2.created, b2.updated, b2.failed) == std::tuple(1, 1, 1));

    Session &s = *together.t.admin;
    CHECK(importStory(s) == importStory(*reference.t.admin));
    CHECK(count(s, "SELECT count(*) FROM companies WHERE name = 'Лютик'") == 1);
    CHECK(count(s, "SELECT count(*) FROM contacts WHERE name = 'Дина'") == 0);
    // Deals by name and company, contacts by phone, as a card save indexes them.
    for (const auto &[match, hits] :
         {std::pair("\"монтаж\"*", 1), std::pair("company:\"ромашка\"", 4),
          std::pair("phones:9120000001*", 1), std::pair("\"вера\"", 0), std::pair("\"сервис\"", 1)})
        CHECK(count(s, QStringLiteral("SELECT count(*) FROM search WHERE search MATCH '%1'")
                           .arg(QString::fromUtf8(match))
                           .toUtf8()
                           .constData()) == hits);
    REQUIRE(ImportHistory(s).undo(b2.batchId).ok());
    REQUIRE(ImportHistory(s).undo(b.batchId).ok());
    CHECK(Voronka::Test::canonicalDataDump(*together.t.db) == together.before);
}
