// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/importexport/csv.h"
#include "core/importexport/exporter.h"
#include "core/services/records.h"

#include <QBuffer>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
const QString kName = QStringLiteral("name");

QByteArray exported(Session &s, EntityKind kind, ExportFormat f, qint64 *count = nullptr)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    Result<qint64> n = Exporter(s).write(kind, f, buf);
    REQUIRE(n.ok());
    if (count)
        *count = *n;
    return buf.data();
}
} // namespace

TEST_CASE("vcardEscapeAndFold_followRfc6350")
{
    CHECK(Exporter::vcardEscape(u"a,b;c\\d\r\ne\nf") == u"a\\,b\\;c\\\\d\\ne\\nf");
    const QByteArray line = QStringLiteral("NOTE:").toUtf8() + QString(100, QChar(u'ж')).toUtf8();
    const QByteArray folded = Exporter::vcardFold(line);
    QByteArray joined;
    const QList<QByteArray> parts = folded.split('\n');
    for (const QByteArray &p : parts) {
        if (p.isEmpty())
            continue;
        REQUIRE(p.endsWith('\r'));
        CHECK(p.size() - 1 <= 75);
        const QByteArray body = p.chopped(1);
        joined += body.startsWith(' ') ? body.mid(1) : body;
        // every physical line is valid UTF-8 on its own
        CHECK(QString::fromUtf8(body).toUtf8() == body);
    }
    CHECK(joined == line);
    CHECK(Exporter::vcardFold("FN:x") == "FN:x\r\n");
}

TEST_CASE("exportContacts_csvHasColumnsCustomFieldsAndOnlyVisibleRows")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 f = *admin.createFieldDef(
        {0, EntityKind::Contact, QStringLiteral("Source"), FieldType::Text, {}, {}, 0, 0, false});
    Records r(*t.admin);
    const qint64 co = *r.create(EntityKind::Company, {{kName, QStringLiteral("Ромашка")}});
    const Result<qint64> anna =
        r.create(EntityKind::Contact,
                 {{kName, QStringLiteral("Анна, \"Мила\"")},
                  {QStringLiteral("company_id"), co},
                  {QStringLiteral("phones"), QStringList{QStringLiteral("+7 912 345-67-89"),
                                                         QStringLiteral("8 800 100 20 30")}},
                  {QStringLiteral("tags"), QStringList{QStringLiteral("VIP"), QStringLiteral("b")}},
                  {QStringLiteral("cf.%1").arg(f), QStringLiteral("=cmd")}});
    REQUIRE(anna.ok());
    const qint64 gone = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Deleted")}});
    REQUIRE(r.remove(EntityKind::Contact, gone).ok());
    qint64 n = 0;
    const QList<QStringList> rows =
        parseCsv(exported(*t.admin, EntityKind::Contact, ExportFormat::Csv, &n));
    CHECK(n == 1);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].first() == u"Name");
    CHECK(rows[0].last() == u"Source");
    const QStringList &row = rows[1];
    CHECK(row[0] == u"Анна, \"Мила\"");
    CHECK(row[2] == u"Ромашка");
    // A leading "+" followed only by digits and phone punctuation cannot act as a formula:
    // the phones are written as they are and read back unchanged.
    CHECK(row[3] == u"+7 912 345-67-89; 8 800 100 20 30");
    CHECK(row[6] == u"b, VIP");
    CHECK(row.last() == u"'=cmd");

    const QList<QStringList> companies =
        parseCsv(exported(*t.admin, EntityKind::Company, ExportFormat::Csv));
    REQUIRE(companies.size() == 2);
    CHECK(companies[1][0] == u"Ромашка");
}

TEST_CASE("export_refusedWithoutTheExportRightAndFilteredByScope")
{
    TempDb t;
    Admin admin(*t.admin);
    RoleMatrix noExport = RoleMatrix::filled(Scope::All);
    noExport.set(PermEntity::Contact, PermAction::Export, Scope::None);
    auto user = t.sessionFor(t.addUser(QStringLiteral("n@example.com"),
                                       *admin.createRole(QStringLiteral("No"), noExport)));
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    Result<qint64> refused = Exporter(*user).write(EntityKind::Contact, ExportFormat::Csv, buf);
    REQUIRE(!refused.ok());
    CHECK(refused.error().code == Error::Code::Permission);
    CHECK(refused.error().message.contains(QStringLiteral("export")));
    CHECK(buf.data().isEmpty());
    CHECK(!Exporter(*user).allowed(EntityKind::Contact));
    CHECK(Exporter(*user).allowed(EntityKind::Company));

    RoleMatrix ownExport = RoleMatrix::filled(Scope::All);
    ownExport.set(PermEntity::Contact, PermAction::Export, Scope::Own);
    const qint64 ownId = t.addUser(QStringLiteral("o@example.com"),
                                   *admin.createRole(QStringLiteral("Own"), ownExport));
    auto own = t.sessionFor(ownId);
    REQUIRE(Records(*own).create(EntityKind::Contact, {{kName, QStringLiteral("Mine")}}).ok());
    REQUIRE(
        Records(*t.admin).create(EntityKind::Contact, {{kName, QStringLiteral("Theirs")}}).ok());
    qint64 n = 0;
    exported(*own, EntityKind::Contact, ExportFormat::VCard, &n);
    CHECK(n == 1);
}

TEST_CASE("exportVcard_cardsCarryEscapedValuesUidAndTel")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 co = *r.create(EntityKind::Company, {{kName, QStringLiteral("Ромашка; ООО")}});
    const qint64 id =
        *r.create(EntityKind::Contact,
                  {{kName, QStringLiteral("Петров Иван Сергеевич")},
                   {QStringLiteral("company_id"), co},
                   {QStringLiteral("position"), QStringLiteral("Директор, CEO")},
                   {QStringLiteral("phones"), QStringList{QStringLiteral("+7 (912) 345-67-89")}},
                   {QStringLiteral("emails"), QStringList{QStringLiteral("ivan@example.ru")}}});
    REQUIRE(
        r.addNote(EntityKind::Contact, id, QStringLiteral("строка 1\nстрока 2; с запятой, и \\"))
            .ok());
    const QString text =
        QString::fromUtf8(exported(*t.admin, EntityKind::Contact, ExportFormat::VCard));
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCARD\r\nVERSION:4.0\r\nUID:urn:uuid:")));
    CHECK(text.contains(QStringLiteral("\r\nFN:Петров Иван Сергеевич\r\n")));
    CHECK(text.contains(QStringLiteral("\r\nN:Петров;Иван;Сергеевич;;\r\n")));
    CHECK(
        text.contains(QStringLiteral("\r\nTEL;VALUE=uri;TYPE=voice;PREF=1:tel:+79123456789\r\n")));
    CHECK(text.contains(QStringLiteral("\r\nORG:Ромашка\\; ООО\r\n")));
    CHECK(text.contains(QStringLiteral("\r\nTITLE:Директор\\, CEO\r\n")));
    CHECK(text.contains(QStringLiteral("NOTE:строка 1\\nстрока 2\\; с запятой\\, и \\\\")));
    CHECK(text.endsWith(QStringLiteral("END:VCARD\r\n")));
    QBuffer none;
    CHECK(Exporter(*t.admin).write(EntityKind::Company, ExportFormat::VCard, none).error().code ==
          Error::Code::Invalid);
}
