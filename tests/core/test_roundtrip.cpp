// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/importexport/exporter.h"
#include "core/importexport/importer.h"
#include "core/importexport/importhistory.h"
#include "core/services/admin.h"
#include "core/services/recordlist.h"
#include "core/services/records.h"
#include "core/util/text.h"

#include <QFile>

// What Voronka exports (CSV, XLSX, vCard) imports into a new file with the same values: the
// importer's guessed mapping reads our own headers, every cell kind converts back.

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {

const QString kName = QStringLiteral("name");

// The same custom fields, by name, in every file of the test: one of each type that holds a
// value a spreadsheet cell can carry.
const QList<QPair<QString, FieldType>> kFields{
    {QStringLiteral("Текст"), FieldType::Text},
    {QStringLiteral("Заметка"), FieldType::TextArea},
    {QStringLiteral("Число"), FieldType::Number},
    {QStringLiteral("Оборот"), FieldType::Money},
    {QStringLiteral("VIP"), FieldType::Flag},
    {QStringLiteral("Дата"), FieldType::Date},
    {QStringLiteral("Встреча"), FieldType::DateTime},
    {QStringLiteral("Сегмент"), FieldType::Select},
    {QStringLiteral("Каналы"), FieldType::MultiSelect},
    {QStringLiteral("Сайт"), FieldType::Url},
    {QStringLiteral("Доп. телефон"), FieldType::Phone},
    {QStringLiteral("Доп. email"), FieldType::Email},
    {QStringLiteral("Адрес доставки"), FieldType::Address},
    {QStringLiteral("День рождения"), FieldType::Birthday},
    {QStringLiteral("Юрлицо"), FieldType::LegalEntity},
};

// A file with the fields of every kind and a second user, as the source and each target are.
struct World : TempDb
{
    qint64 maria = 0;
    QHash<QString, qint64> fields[4]; // by kind, field name -> id

    World()
    {
        Admin a(*admin);
        maria = addUser(QStringLiteral("maria@example.com"),
                        *a.createRole(QStringLiteral("Все"), RoleMatrix::filled(Scope::All)));
        for (EntityKind kind : {EntityKind::Contact, EntityKind::Company, EntityKind::Deal})
            for (const auto &[name, type] : kFields) {
                FieldDef d;
                d.kind = kind;
                d.name = name;
                d.type = type;
                if (type == FieldType::Select || type == FieldType::MultiSelect)
                    d.options = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
                fields[int(kind)].insert(name, *a.createFieldDef(d));
            }
        admin->invalidate();
    }

    // Custom values of every type for a record of `kind`, varied by `i`.
    Patch customValues(EntityKind kind, int i) const
    {
        const auto key = [&](const char *name) {
            return QStringLiteral("cf.%1").arg(fields[int(kind)].value(QString::fromUtf8(name)));
        };
        Patch p;
        p.insert(key("Текст"), QStringLiteral("Текст, с запятой; и \"кавычками\" %1").arg(i));
        p.insert(key("Заметка"), QStringLiteral("Строка один\nстрока два %1").arg(i));
        p.insert(key("Число"), 1234.5 + i);
        p.insert(key("Оборот"), QVariantMap{{QStringLiteral("amount"), 150050 + i},
                                           {QStringLiteral("currency"), QStringLiteral("RUB")}});
        p.insert(key("VIP"), i % 2 == 0);
        p.insert(key("Дата"), QDate(2026, 1, 5).addDays(i));
        p.insert(key("Встреча"),
                 QDateTime(QDate(2026, 3, 5), QTime(9, 30)).addSecs(i * 3600).toMSecsSinceEpoch());
        p.insert(key("Сегмент"), QStringLiteral("B"));
        p.insert(key("Каналы"), QStringList{QStringLiteral("A"), QStringLiteral("C")});
        p.insert(key("Сайт"), QStringLiteral("https://example.com/%1").arg(i));
        p.insert(key("Доп. телефон"), QStringLiteral("+7 495 111-22-3%1").arg(i % 10));
        p.insert(key("Доп. email"), QStringLiteral("extra%1@example.com").arg(i));
        p.insert(key("Адрес доставки"), QStringLiteral("Москва, ул. Ленина, %1").arg(i + 1));
        p.insert(key("День рождения"), QDate(1990, 6, 15).addDays(i));
        p.insert(key("Юрлицо"), QVariantMap{{kName, QStringLiteral("ООО «Ромашка %1»").arg(i)}});
        return p;
    }

    // Companies, contacts and deals with every standard field, tags, both users as
    // responsible, and every custom field; one record of each kind with nothing optional.
    void fill()
    {
        Records r(*admin);
        QList<qint64> companies;
        for (int i = 0; i < 3; ++i) {
            Patch p = customValues(EntityKind::Company, i);
            p.insert(kName, QStringLiteral("Компания «Север» №%1").arg(i));
            p.insert(QStringLiteral("phones"), QStringList{QStringLiteral("+7 812 000-00-0%1").arg(i)});
            p.insert(QStringLiteral("emails"), QStringList{QStringLiteral("office%1@sever.ru").arg(i)});
            p.insert(QStringLiteral("website"), QStringLiteral("https://sever%1.ru").arg(i));
            p.insert(QStringLiteral("address"), QStringLiteral("Санкт-Петербург, Невский, %1").arg(i + 1));
            p.insert(QStringLiteral("tags"), QStringList{QStringLiteral("опт"), QStringLiteral("VIP %1").arg(i)});
            p.insert(QStringLiteral("responsible_id"), i % 2 ? maria : adminId);
            companies << *r.create(EntityKind::Company, p);
            clock.advance(61000);
        }
        REQUIRE(r.create(EntityKind::Company, {{kName, QStringLiteral("Пустая")}}).ok());
        QList<qint64> contacts;
        for (int i = 0; i < 3; ++i) {
            Patch p = customValues(EntityKind::Contact, i);
            p.insert(kName, QStringLiteral("Иванов Иван Иванович %1").arg(i));
            p.insert(QStringLiteral("position"), QStringLiteral("Директор, по продажам"));
            p.insert(QStringLiteral("company_id"), companies[i]);
            p.insert(QStringLiteral("phones"), QStringList{QStringLiteral("+7 912 345-67-8%1").arg(i),
                                                           QStringLiteral("+7 800 100-20-3%1").arg(i)});
            p.insert(QStringLiteral("emails"), QStringList{QStringLiteral("ivan%1@example.com").arg(i),
                                                           QStringLiteral("i%1@sever.ru").arg(i)});
            p.insert(QStringLiteral("tags"), QStringList{QStringLiteral("клиент"), QStringLiteral("горячий")});
            p.insert(QStringLiteral("responsible_id"), i % 2 ? adminId : maria);
            contacts << *r.create(EntityKind::Contact, p);
            clock.advance(61000);
        }
        REQUIRE(r.create(EntityKind::Contact, {{kName, QStringLiteral("Без всего")}}).ok());
        for (int i = 0; i < 3; ++i) {
            Patch p = customValues(EntityKind::Deal, i);
            p.insert(kName, QStringLiteral("Поставка №%1").arg(i));
            p.insert(QStringLiteral("budget"), 12345678 + i);
            p.insert(QStringLiteral("stage_id"), firstOpenStage(i));
            p.insert(QStringLiteral("company_id"), companies[i]);
            p.insert(QStringLiteral("contacts"), QVariantList{contacts[i]});
            p.insert(QStringLiteral("source"), QStringLiteral("Сайт"));
            p.insert(QStringLiteral("close_date"), QDate(2026, 4, 30).addDays(i).toString(Qt::ISODate));
            p.insert(QStringLiteral("tags"), QStringList{QStringLiteral("срочно")});
            p.insert(QStringLiteral("responsible_id"), i % 2 ? maria : adminId);
            Result<qint64> deal = r.create(EntityKind::Deal, p);
            INFO((deal.ok() ? QString() : deal.error().message).toStdString());
            REQUIRE(deal.ok());
            clock.advance(61000);
        }
        REQUIRE(r.create(EntityKind::Deal, {{kName, QStringLiteral("Голая сделка")},
                                            {QStringLiteral("stage_id"), firstOpenStage()}})
                    .ok());
    }
};

// Every live record of `kind` as what a user sees, by name: ids become names (company,
// contacts, responsible, pipeline, stage, custom fields), times of change and clocks left out.
QMap<QString, QMap<QString, QString>> snapshot(World &w, EntityKind kind)
{
    QMap<QString, QMap<QString, QString>> out;
    Records r(*w.admin);
    Query q = w.admin->sql().prepare(
        QStringLiteral("SELECT id FROM %1 WHERE deleted = 0").arg(entityTable(kind)));
    QList<qint64> ids;
    while (q->step())
        ids << q->int64(0);
    const auto nameOf = [&](EntityKind k, qint64 id) {
        Result<Record> rec = r.load(k, id);
        return rec ? rec->value(kName).toString() : QString();
    };
    for (qint64 id : ids) {
        Result<Record> rec = r.load(kind, id);
        REQUIRE(rec.ok());
        QMap<QString, QString> values;
        for (auto it = rec->cbegin(); it != rec->cend(); ++it) {
            const QString &k = it.key();
            const QVariant &v = it.value();
            if (k == u"id" || k == u"uid" || k == u"updated_at" || k == u"hlc" ||
                k == u"author_id" || k == u"stage_entered_at" || k == u"sort_order" ||
                k == u"deleted")
                continue;
            QString text;
            if (v.typeId() == QMetaType::QStringList)
                text = v.toStringList().join(u'|');
            else if (v.typeId() == QMetaType::QVariantList) {
                QStringList names;
                for (const QVariant &c : v.toList())
                    names << nameOf(EntityKind::Contact, c.toLongLong());
                text = names.join(u'|');
            } else if (v.typeId() == QMetaType::QVariantMap) {
                const QVariantMap m = v.toMap();
                QStringList parts;
                for (auto m2 = m.cbegin(); m2 != m.cend(); ++m2)
                    if (!m2.value().toString().isEmpty())
                        parts << m2.key() + u'=' + m2.value().toString();
                text = parts.join(u',');
            } else if (k == u"company_id") {
                text = nameOf(EntityKind::Company, v.toLongLong());
            } else if (k == u"responsible_id") {
                for (const UserInfo &u : w.admin->users())
                    if (u.id == v.toLongLong())
                        text = u.email;
            } else if (k == u"stage_id") {
                const StageInfo *st = w.admin->stage(v.toLongLong());
                text = st ? st->name : QString();
            } else if (k == u"pipeline_id") {
                for (const PipelineInfo &p : w.admin->pipelines())
                    if (p.id == v.toLongLong())
                        text = p.name;
            } else {
                text = v.toString();
            }
            QString key = k;
            if (k.startsWith(QStringLiteral("cf."))) {
                const FieldDef *d = w.admin->fieldDef(k.mid(3).toLongLong());
                REQUIRE(d);
                key = QStringLiteral("cf:") + d->name;
            }
            if (!text.isEmpty())
                values.insert(key, text);
        }
        out.insert(values.value(kName), values);
    }
    return out;
}

QString exportFile(World &w, EntityKind kind, ExportFormat format, const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    Result<qint64> n = 0;
    if (kind == EntityKind::Deal) {
        RecordList list(*w.admin, kind);
        QStringList keys;
        for (const ListColumn &c : list.availableColumns())
            keys << c.key;
        n = format == ExportFormat::Xlsx ? list.exportXlsx(ListQuery{}, keys, file)
                                         : list.exportCsv(ListQuery{}, keys, file);
    } else {
        n = Exporter(*w.admin).write(kind, format, file);
    }
    INFO((n.ok() ? QString() : n.error().message).toStdString());
    REQUIRE(n.ok());
    return path;
}

// Imports a file with the mapping guessed from its headers, as the wizard and the CLI do.
ImportReport importFile(World &w, EntityKind kind, const QString &path)
{
    Result<std::unique_ptr<ImportReader>> reader = ImportReader::open(path);
    REQUIRE(reader.ok());
    const ImportMapping m = ImportMapping::guess(kind, (*reader)->detected().headers,
                                                 w.admin->fieldDefs(kind));
    ImportOptions o;
    o.onDuplicate = OnDuplicate::Create;
    Result<ImportReport> r =
        Importer(*w.admin, m, o).run(**reader, QFileInfo(path).fileName());
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    for (const ImportRowError &e : r->errors)
        UNSCOPED_INFO(e.message.toStdString());
    CHECK(r->failed == 0);
    return *r;
}

void compare(const QMap<QString, QMap<QString, QString>> &want,
             const QMap<QString, QMap<QString, QString>> &got)
{
    CHECK(got.keys() == want.keys());
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const QMap<QString, QString> &a = it.value();
        const QMap<QString, QString> b = got.value(it.key());
        QStringList keys = a.keys() + b.keys();
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys)) {
            INFO(it.key().toStdString() << " / " << k.toStdString());
            CHECK(b.value(k).toStdString() == a.value(k).toStdString());
        }
    }
}

} // namespace

TEST_CASE("roundTrip_csvAndXlsxOfContactsCompaniesAndDealsImportWithTheSameValues", "[roundtrip]")
{
    World source;
    source.fill();
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString suffix = format == ExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
        // Companies first: a contact's and a deal's company is found by name, as the source's.
        World target;
        for (EntityKind kind : {EntityKind::Company, EntityKind::Contact, EntityKind::Deal}) {
            INFO(suffix.toStdString() << " " << entityKey(kind).toStdString());
            const QString path = exportFile(source, kind, format,
                                            source.dir.filePath(entityKey(kind) + u'.' + suffix));
            importFile(target, kind, path);
            compare(snapshot(source, kind), snapshot(target, kind));
        }
        Voronka::Test::requireConsistent(*target.db);
    }
}

TEST_CASE("roundTrip_vcardOfContactsImportsWithWhatACardHolds", "[roundtrip]")
{
    World source;
    source.fill();
    World target;
    importFile(target, EntityKind::Company,
               exportFile(source, EntityKind::Company, ExportFormat::Csv,
                          source.dir.filePath(QStringLiteral("companies.csv"))));
    const ImportReport r =
        importFile(target, EntityKind::Contact,
                   exportFile(source, EntityKind::Contact, ExportFormat::VCard,
                              source.dir.filePath(QStringLiteral("contacts.vcf"))));
    CHECK(r.created == 4);
    // A card holds the name, title, organization, phones (as tel: URIs, digits only), emails
    // and categories; custom fields, the responsible and dates stay behind.
    const auto card = [](QMap<QString, QMap<QString, QString>> records) {
        for (auto &rec : records) {
            QMap<QString, QString> kept;
            for (const char *k : {"name", "position", "company_id", "emails", "tags"})
                if (rec.contains(QLatin1String(k)))
                    kept.insert(QLatin1String(k), rec.value(QLatin1String(k)));
            QStringList phones = rec.value(QStringLiteral("phones")).split(u'|', Qt::SkipEmptyParts);
            for (QString &p : phones)
                p = (p.startsWith(u'+') ? QStringLiteral("+") : QString()) + Text::digitsOnly(p);
            if (!phones.isEmpty())
                kept.insert(QStringLiteral("phones"), phones.join(u'|'));
            rec = kept;
        }
        return records;
    };
    compare(card(snapshot(source, EntityKind::Contact)), card(snapshot(target, EntityKind::Contact)));
    Voronka::Test::requireConsistent(*target.db);
}

TEST_CASE("undo_afterAnImportTheDataIsItsCanonicalDumpBeforeIt", "[roundtrip]")
{
    World source;
    source.fill();
    World target;
    Records(*target.admin)
        .create(EntityKind::Company, {{kName, QStringLiteral("Компания «Север» №1")},
                                      {QStringLiteral("tags"), QStringList{QStringLiteral("свой")}}})
        .value();
    const QString before = Voronka::Test::canonicalDataDump(*target.db);
    const QString path = exportFile(source, EntityKind::Company, ExportFormat::Xlsx,
                                    source.dir.filePath(QStringLiteral("companies.xlsx")));
    Result<std::unique_ptr<ImportReader>> reader = ImportReader::open(path);
    REQUIRE(reader.ok());
    ImportOptions o;
    o.onDuplicate = OnDuplicate::Update;
    o.match = MatchNameCompany;
    o.tag = QStringLiteral("импорт");
    Result<ImportReport> r =
        Importer(*target.admin,
                 ImportMapping::guess(EntityKind::Company, (*reader)->detected().headers,
                                      target.admin->fieldDefs(EntityKind::Company)),
                 o)
            .run(**reader, QStringLiteral("companies.xlsx"));
    REQUIRE(r.ok());
    CHECK(r->created == 3);
    CHECK(r->updated == 1);
    Result<ImportHistory::UndoResult> undo = ImportHistory(*target.admin).undo(r->batchId);
    REQUIRE(undo.ok());
    INFO(undo->refused.join(u'\n').toStdString());
    CHECK(undo->refused.isEmpty());
    CHECK(undo->reverted == 4);
    // The data is as before; what remains is the record of the import and of its undo
    // (history, outbox, field clocks, the batch) and the created records, in the recycle bin.
    CHECK(Voronka::Test::canonicalDataDump(*target.db).toStdString() == before.toStdString());
    Voronka::Test::requireConsistent(*target.db);
}
