// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/importexport/csv.h"
#include "core/importexport/exporter.h"
#include "core/importexport/importsource.h"
#include "core/importexport/taskexport.h"
#include "core/importexport/xlsxwriter.h"
#include "core/services/admin.h"
#include "core/services/recordlist.h"
#include "core/services/records.h"

#include <QBuffer>
#include <QFile>

#include <quazip.h>
#include <quazipfile.h>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {

const QString kName = QStringLiteral("name");
const QTimeZone kMoscow(QByteArrayLiteral("Europe/Moscow"));

struct Sheet
{
    QStringList headers;
    QList<QVariantList> rows;
};

Sheet readBack(const QString &path)
{
    ImportReadOptions o;
    o.zone = kMoscow;
    Result<std::unique_ptr<ImportReader>> reader = ImportReader::open(path, o);
    INFO((reader.ok() ? QString() : reader.error().message).toStdString());
    REQUIRE(reader.ok());
    Sheet s;
    s.headers = (*reader)->detected().headers;
    ImportRow row;
    while ((*reader)->next(row))
        s.rows << row.cells;
    CHECK((*reader)->error().isEmpty());
    return s;
}

QByteArray part(const QString &path, const QString &name)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    REQUIRE(zip.setCurrentFile(name));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

qint64 field(Session &s, EntityKind kind, const QString &name, FieldType type)
{
    FieldDef d;
    d.kind = kind;
    d.name = name;
    d.type = type;
    return *Admin(s).createFieldDef(d);
}

} // namespace

TEST_CASE("exportXlsx_contactsAreTypedCellsWithTheCsvColumns", "[xlsx]")
{
    TempDb t;
    const qint64 num = field(*t.admin, EntityKind::Contact, QStringLiteral("Возраст"),
                             FieldType::Number);
    const qint64 money = field(*t.admin, EntityKind::Contact, QStringLiteral("Оборот"),
                               FieldType::Money);
    const qint64 day = field(*t.admin, EntityKind::Contact, QStringLiteral("Дата"), FieldType::Date);
    const qint64 when = field(*t.admin, EntityKind::Contact, QStringLiteral("Встреча"),
                              FieldType::DateTime);
    t.admin->invalidate();
    const qint64 meeting = QDateTime(QDate(2026, 3, 5), QTime(9, 30), kMoscow).toMSecsSinceEpoch();
    Records r(*t.admin);
    REQUIRE(r.create(
        EntityKind::Contact,
        {{kName, QStringLiteral("=SUM(A1)")},
         {QStringLiteral("phones"), QStringList{QStringLiteral("+7 912 345-67-89")}},
         {QStringLiteral("tags"), QStringList{QStringLiteral("VIP")}},
         {QStringLiteral("cf.%1").arg(num), 42.5},
         {QStringLiteral("cf.%1").arg(money),
          QVariantMap{{QStringLiteral("amount"), 150050}, {QStringLiteral("currency"), QStringLiteral("USD")}}},
         {QStringLiteral("cf.%1").arg(day), QDate(2026, 1, 5)},
         {QStringLiteral("cf.%1").arg(when), meeting}})
                .ok());

    const QString path = t.dir.filePath(QStringLiteral("contacts.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    Exporter exporter(*t.admin);
    exporter.setTimeZone(kMoscow);
    Result<qint64> n = exporter.write(EntityKind::Contact, ExportFormat::Xlsx, file);
    file.close();
    REQUIRE(n.ok());
    CHECK(*n == 1);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    REQUIRE(Exporter(*t.admin).write(EntityKind::Contact, ExportFormat::Csv, csv).ok());
    const QStringList csvHeader = parseCsv(csv.data()).first();

    const Sheet sheet = readBack(path);
    CHECK(sheet.headers == csvHeader);
    REQUIRE(sheet.rows.size() == 1);
    const QVariantList &row = sheet.rows.first();
    const auto cell = [&](const QString &header) { return row.value(sheet.headers.indexOf(header)); };
    // Text stays text, even when it looks like a formula: no apostrophe is needed in a cell.
    CHECK(cell(QStringLiteral("Name")) == QVariant(QStringLiteral("=SUM(A1)")));
    CHECK(cell(QStringLiteral("Phones")).toString() == u"+7 912 345-67-89");
    CHECK(cell(QStringLiteral("Возраст")).typeId() == QMetaType::Double);
    CHECK(cell(QStringLiteral("Возраст")).toDouble() == 42.5);
    CHECK(cell(QStringLiteral("Оборот")).typeId() == QMetaType::Double);
    CHECK(cell(QStringLiteral("Оборот")).toDouble() == 1500.5);
    CHECK(cell(QStringLiteral("Дата")) == QVariant(QDate(2026, 1, 5)));
    // Times are Excel dates in the user's zone: 09:30 in Moscow reads back as the same instant.
    CHECK(cell(QStringLiteral("Встреча")).typeId() == QMetaType::QDateTime);
    CHECK(cell(QStringLiteral("Встреча")).toDateTime().toMSecsSinceEpoch() == meeting);
    CHECK(cell(QStringLiteral("Created")).toDateTime().toMSecsSinceEpoch() == TempDb::kStart);

    // The header is bold and frozen; the money format shows its currency; columns are sized.
    const QByteArray xml = part(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK(xml.contains(R"(state="frozen")"));
    CHECK(xml.contains(R"(ySplit="1")"));
    CHECK(xml.contains("<cols>"));
    const QByteArray styles = part(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains("<b/>"));
    CHECK(styles.contains("#,##0.00 &quot;USD&quot;"));
    CHECK(styles.contains("yyyy-mm-dd hh:mm"));
}

TEST_CASE("exportXlsx_dealsBudgetIsANumberAndDatesAreDates", "[xlsx]")
{
    TempDb t;
    Records r(*t.admin);
    REQUIRE(r.create(EntityKind::Deal, {{kName, QStringLiteral("Поставка")},
                                        {QStringLiteral("budget"), 1234567},
                                        {QStringLiteral("close_date"), QStringLiteral("2026-04-30")},
                                        {QStringLiteral("stage_id"), t.firstOpenStage()}})
                .ok());
    RecordList list(*t.admin, EntityKind::Deal);
    const QStringList keys{kName, QStringLiteral("budget"), QStringLiteral("stage"),
                           QStringLiteral("close_date"), QStringLiteral("created")};
    const QString path = t.dir.filePath(QStringLiteral("deals.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    Result<qint64> n = list.exportXlsx(ListQuery{}, keys, file, {}, kMoscow);
    file.close();
    REQUIRE(n.ok());
    CHECK(*n == 1);
    const Sheet sheet = readBack(path);
    CHECK(sheet.headers == QStringList{QStringLiteral("Name"), QStringLiteral("Budget"),
                                       QStringLiteral("Currency"), QStringLiteral("Stage"),
                                       QStringLiteral("Close date"), QStringLiteral("Created")});
    REQUIRE(sheet.rows.size() == 1);
    const QVariantList &row = sheet.rows.first();
    CHECK(row[1].typeId() == QMetaType::Double);
    CHECK(row[1].toDouble() == 12345.67);
    CHECK(row[2].toString() == u"RUB");
    CHECK(row[3].toString() == t.admin->stage(t.firstOpenStage())->name);
    CHECK(row[4] == QVariant(QDate(2026, 4, 30)));
    CHECK(row[5].toDateTime().toMSecsSinceEpoch() == TempDb::kStart);
}

TEST_CASE("exportXlsx_refusedWithoutTheExportRightAndAFailedDeviceIsNamed", "[xlsx]")
{
    TempDb t;
    Admin admin(*t.admin);
    RoleMatrix noExport = RoleMatrix::filled(Scope::All);
    noExport.set(PermEntity::Deal, PermAction::Export, Scope::None);
    noExport.set(PermEntity::Company, PermAction::Export, Scope::None);
    auto user = t.sessionFor(t.addUser(QStringLiteral("n@example.com"),
                                       *admin.createRole(QStringLiteral("No"), noExport)));
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    Result<qint64> deals = RecordList(*user, EntityKind::Deal).exportXlsx(ListQuery{}, {kName}, buf);
    REQUIRE(!deals.ok());
    CHECK(deals.error().code == Error::Code::Permission);
    Result<qint64> companies = Exporter(*user).write(EntityKind::Company, ExportFormat::Xlsx, buf);
    REQUIRE(!companies.ok());
    CHECK(companies.error().code == Error::Code::Permission);
    CHECK(buf.data().isEmpty());

    // A device that takes nothing: the error says the export could not be written.
    REQUIRE(Records(*t.admin).create(EntityKind::Company, {{kName, QStringLiteral("Ромашка")}}).ok());
    QBuffer closed;
    closed.open(QIODevice::ReadOnly);
    Result<qint64> failed = Exporter(*t.admin).write(EntityKind::Company, ExportFormat::Xlsx, closed);
    REQUIRE(!failed.ok());
    CHECK(failed.error().message.startsWith(QStringLiteral("Could not write the export")));
}

TEST_CASE("exportTasksXlsx_dueIsADateTimeOrADateForAllDayAndNeedsTheRight", "[xlsx]")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 due = QDateTime(QDate(2026, 3, 10), QTime(14, 0), kMoscow).toMSecsSinceEpoch();
    REQUIRE(r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Позвонить")},
                                        {QStringLiteral("due_at"), due},
                                        {QStringLiteral("duration_min"), 30}})
                .ok());
    // All-day tasks are stored at 23:59 local of their day.
    const qint64 allDay =
        QDateTime(QDate(2026, 3, 11), QTime(23, 59), kMoscow).toMSecsSinceEpoch();
    REQUIRE(r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Отчёт")},
                                        {QStringLiteral("due_at"), allDay},
                                        {QStringLiteral("all_day"), true}})
                .ok());
    const QString path = t.dir.filePath(QStringLiteral("tasks.xlsx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    Result<qint64> n = exportTasksXlsx(*t.admin, TaskFilter{}, file, kMoscow);
    file.close();
    REQUIRE(n.ok());
    CHECK(*n == 2);
    const Sheet sheet = readBack(path);
    REQUIRE(sheet.rows.size() == 2);
    const int dueColumn = int(sheet.headers.indexOf(QStringLiteral("Due")));
    const int duration = int(sheet.headers.indexOf(QStringLiteral("Duration, min")));
    CHECK(sheet.rows[0].value(0).toString() == u"Позвонить");
    CHECK(sheet.rows[0].value(dueColumn).toDateTime().toMSecsSinceEpoch() == due);
    CHECK(sheet.rows[0].value(duration) == QVariant(30.0));
    CHECK(sheet.rows[1].value(dueColumn) == QVariant(QDate(2026, 3, 11)));

    RoleMatrix noExport = RoleMatrix::filled(Scope::All);
    noExport.set(PermEntity::Task, PermAction::Export, Scope::None);
    auto user = t.sessionFor(t.addUser(
        QStringLiteral("n@example.com"), *Admin(*t.admin).createRole(QStringLiteral("No"), noExport)));
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    Result<qint64> refused = exportTasksXlsx(*user, TaskFilter{}, buf);
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(buf.data().isEmpty());
}
