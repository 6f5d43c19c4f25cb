// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"

#include "core/fields/fieldtypes.h"
#include "core/importexport/csv.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Voronka::Core;

TEST_CASE("uuidv7_isTimeOrderedVersion7AndRoundTrips")
{
    IdGenerator gen(7);
    const QByteArray a = gen.next(1000), b = gen.next(2000);
    REQUIRE(a.size() == 16);
    CHECK((static_cast<unsigned char>(a[6]) >> 4) == 7);
    CHECK((static_cast<unsigned char>(a[8]) & 0xC0) == 0x80);
    CHECK(a < b);
    const QString text = uuidToString(a);
    CHECK(text.size() == 36);
    CHECK(uuidFromString(text) == a);
    CHECK(uuidFromString(u"not-a-uuid").isEmpty());
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(gen.next(5000));
    CHECK(seen.size() == 1000);
}

TEST_CASE("uuidv7_sameSeed_sameIds")
{
    IdGenerator a(99), b(99);
    CHECK(a.next(123) == b.next(123));
}

TEST_CASE("hlc_isMonotonicWhenTheWallClockGoesBack")
{
    Hlc h;
    const qint64 x = h.next(10'000);
    const qint64 y = h.next(9'000);
    const qint64 z = h.next(10'000);
    CHECK(y > x);
    CHECK(z > y);
    h.observe(z + 100);
    CHECK(h.next(1) > z + 100);
    CHECK(Hlc::physicalMs(x) == 10'000);
}

TEST_CASE("phones_normalizeToDigitsWithNationalPart")
{
    CHECK(Text::digitsOnly(u"+7 (912) 345-67-89") == u"79123456789");
    CHECK(Text::phoneSearchTerms(u"+7 (912) 345-67-89") ==
          QStringList{QStringLiteral("79123456789"), QStringLiteral("9123456789"),
                      QStringLiteral("123456789"), QStringLiteral("23456789"),
                      QStringLiteral("3456789"), QStringLiteral("456789"),
                      QStringLiteral("56789")});
    CHECK(Text::phoneSearchTerms(u"123-45") == QStringList{QStringLiteral("12345")});
    CHECK(Text::phoneSearchTerms(u"12-34-56") ==
          QStringList{QStringLiteral("123456"), QStringLiteral("23456")});
    CHECK(Text::phoneQuery(u"8 (912) 345-67-89") == u"9123456789");
    CHECK(Text::phoneQuery(u"345-67") == u"34567");
    CHECK(Text::looksLikeEmail(u"a.b@example.com"));
    CHECK_FALSE(Text::looksLikeEmail(u"a.b@"));
    CHECK(Text::looksLikeUrl(u"https://example.com/path"));
    CHECK(Text::looksLikeUrl(u"пример.рф"));
    CHECK_FALSE(Text::looksLikeUrl(u"not a url"));
}

TEST_CASE("jsonArrays_writtenAndReadAsQJsonDocumentDoes")
{
    // The direct path for plain strings and QJsonDocument for the rest give the same text.
    const QList<QStringList> lists{
        {QStringLiteral("+7 912 345-67-89")},
        {QStringLiteral("ivan@example.com"), QStringLiteral("Ромашка, опт")},
        {QString()},
        {QStringLiteral("a\",\"b")},
        {QStringLiteral("back\\slash"), QStringLiteral("tab\there")},
        {QStringLiteral("line\nbreak"), QStringLiteral("\x01")},
        {QStringLiteral("emoji \U0001F600"), QString(QChar(0xD800)) + u'x'},
        {QStringLiteral("[\"x\"]"), QStringLiteral("\",\"")}};
    for (const QStringList &items : lists) {
        const QString expected = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
        CHECK(Text::joinJsonArray(items) == expected);
        QStringList parsed;
        for (const auto &v : QJsonDocument::fromJson(expected.toUtf8()).array())
            parsed << v.toString();
        CHECK(Text::splitJsonArray(expected) == parsed);
    }
    CHECK(Text::joinJsonArray({}).isEmpty());
    // Other spellings of an array are read by the parser.
    CHECK(Text::splitJsonArray(QStringLiteral("[ \"a\" , \"b\" ]")) ==
          QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(Text::splitJsonArray(QStringLiteral("[\"a\",1,\"b\"]")) ==
          QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")});
    CHECK(Text::splitJsonArray(QStringLiteral("[\"a\"],[\"b\"]")).isEmpty());
}

TEST_CASE("fieldTypes_validateEveryTypeAndNameTheField")
{
    FieldDef def;
    def.id = 5;
    def.name = QStringLiteral("Budget note");
    const QString label = QStringLiteral("Deal «X»");
    const QDate today(2026, 3, 2);

    auto ok = [&](FieldType t, const QVariant &in) {
        def.type = t;
        Result<QVariant> r = normalizeFieldValue(def, in, label, today);
        INFO("type " << int(t) << " input " << in.toString().toStdString());
        REQUIRE(r.ok());
        return *r;
    };
    auto bad = [&](FieldType t, const QVariant &in) {
        def.type = t;
        Result<QVariant> r = normalizeFieldValue(def, in, label, today);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().field == u"cf.5");
        CHECK(r.error().message.contains(u"Budget note"));
        CHECK(r.error().message.contains(label));
    };
    CHECK(ok(FieldType::Text, QStringLiteral("  two  words ")).toString() == u"two words");
    CHECK(ok(FieldType::TextArea, QStringLiteral("line1\nline2")).toString() == u"line1\nline2");
    CHECK(ok(FieldType::Number, QStringLiteral("3,5")).toDouble() == 3.5);
    bad(FieldType::Number, QStringLiteral("abc"));
    CHECK(ok(FieldType::Money, QStringLiteral("1 500,25")).toString().contains(u"150025"));
    bad(FieldType::Money, QStringLiteral("-3"));
    CHECK(ok(FieldType::Flag, true).toLongLong() == 1);
    CHECK(ok(FieldType::Flag, QStringLiteral("no")).toLongLong() == 0);
    bad(FieldType::Flag, QStringLiteral("maybe"));
    CHECK(ok(FieldType::Date, QStringLiteral("2026-02-28")).toString() == u"2026-02-28");
    bad(FieldType::Date, QStringLiteral("2026-02-30"));
    bad(FieldType::Birthday, QStringLiteral("2999-01-01"));
    bad(FieldType::Birthday, QStringLiteral("2026-03-03")); // the day after the given today
    CHECK(ok(FieldType::Birthday, QStringLiteral("2026-03-02")).toString() == u"2026-03-02");
    CHECK(ok(FieldType::DateTime, QStringLiteral("2026-03-01T10:00:00Z")).toLongLong() ==
          1772359200000LL);
    bad(FieldType::DateTime, QStringLiteral("tomorrow"));
    def.options = QStringList{QStringLiteral("A"), QStringLiteral("B")};
    CHECK(ok(FieldType::Select, QStringLiteral("B")).toString() == u"B");
    bad(FieldType::Select, QStringLiteral("C"));
    CHECK(ok(FieldType::MultiSelect, QStringList{QStringLiteral("A"), QStringLiteral("B")})
              .toString() == u"[\"A\",\"B\"]");
    bad(FieldType::MultiSelect, QStringList{QStringLiteral("A"), QStringLiteral("Z")});
    // As JSON reads a list back (an undo step's values): the same choices, not nothing.
    CHECK(ok(FieldType::MultiSelect, QVariantList{QStringLiteral("A"), QStringLiteral("B")})
              .toString() == u"[\"A\",\"B\"]");
    bad(FieldType::MultiSelect, QVariantList{QStringLiteral("Z")});
    CHECK(ok(FieldType::Url, QStringLiteral("example.com")).toString() == u"example.com");
    bad(FieldType::Url, QStringLiteral("not a url"));
    CHECK(ok(FieldType::Phone, QStringLiteral("+7 912 000-00-00")).toString() ==
          u"+7 912 000-00-00");
    bad(FieldType::Phone, QStringLiteral("12"));
    bad(FieldType::Email, QStringLiteral("nobody"));
    CHECK(ok(FieldType::Address, QStringLiteral("Москва, Тверская 1")).toString() ==
          u"Москва, Тверская 1");
    const QVariant le = ok(FieldType::LegalEntity,
                           QVariantMap{{QStringLiteral("name"), QStringLiteral("ООО «Ромашка»")},
                                       {QStringLiteral("taxId"), QStringLiteral("7701234567")}});
    def.type = FieldType::LegalEntity;
    CHECK(fieldValueText(def, le) == u"ООО «Ромашка», 7701234567");
    bad(FieldType::LegalEntity, QVariantMap{{QStringLiteral("taxId"), QStringLiteral("77")}});
    // Empty input clears the value.
    def.type = FieldType::Text;
    CHECK_FALSE(normalizeFieldValue(def, QString(), label, today)->isValid());
}

TEST_CASE("csv_quotesWhatNeedsItAndParsesBack")
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CsvWriter w(buf);
    const QList<QStringList> rows = {
        {QStringLiteral("Name"), QStringLiteral("Budget"), QStringLiteral("Note")},
        {QStringLiteral("ООО «Вектор», филиал"), QStringLiteral("-1500.50"),
         QStringLiteral("line one\nline \"two\"")},
        {QStringLiteral("=HYPERLINK(\"x\")"), QString(), QStringLiteral(" padded ")},
    };
    for (const QStringList &r : rows)
        w.writeRow(r);
    REQUIRE(w.ok());
    const QByteArray out = buf.data();
    CHECK(out.startsWith("\xEF\xBB\xBF"));
    CHECK(out.contains("\r\n"));
    CHECK(out.contains("\"ООО «Вектор», филиал\""));
    CHECK(out.contains(",-1500.50,"));
    const QList<QStringList> back = parseCsv(out);
    REQUIRE(back.size() == 3);
    CHECK(back[0] == rows[0]);
    CHECK(back[1] == rows[1]);
    CHECK(back[2][0] == QStringLiteral("'=HYPERLINK(\"x\")"));
    CHECK(back[2][1].isEmpty());
    CHECK(back[2][2] == QStringLiteral(" padded "));
}

TEST_CASE("csv_neutralisesTabAndCrLeadingCellsAndDropsNul")
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CsvWriter w(buf);
    const QString nul(QChar(u'\0'));
    w.writeRow({QStringLiteral("\t=cmd|' /C calc'!A0"), QStringLiteral("\r=1+1"),
                QStringLiteral("a") + nul + QStringLiteral("b"), nul + QStringLiteral("=2+2"),
                QStringLiteral("-42")});
    REQUIRE(w.ok());
    const QByteArray out = buf.data();
    CHECK_FALSE(out.contains('\0'));
    const QList<QStringList> back = parseCsv(out);
    REQUIRE(back.size() == 1);
    REQUIRE(back[0].size() == 5);
    CHECK(back[0][0] == QStringLiteral("'\t=cmd|' /C calc'!A0"));
    CHECK(back[0][1] == QStringLiteral("'\r=1+1"));
    CHECK(back[0][2] == QStringLiteral("ab"));
    CHECK(back[0][3] == QStringLiteral("'=2+2"));
    CHECK(back[0][4] == QStringLiteral("-42"));
}

TEST_CASE("csv_phonesAndNumbersStayAsTheyAreWhileFormulasAreDefused")
{
    struct Cell
    {
        const char *in, *out;
    };
    const Cell c = GENERATE(Cell{"+7 912 345-67-89", "+7 912 345-67-89"},
                            Cell{"+1 (555) 010-0199; +44 20 7946 0958",
                                 "+1 (555) 010-0199; +44 20 7946 0958"},
                            Cell{"-12.5", "-12.5"}, Cell{"+7 900 CALL NOW", "'+7 900 CALL NOW"},
                            Cell{"+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
                            Cell{"-2+3+cmd", "'-2+3+cmd"}, Cell{"=1+1", "'=1+1"},
                            Cell{"@SUM(1)", "'@SUM(1)"}, Cell{"+A1", "'+A1"},
                            Cell{"-1:2", "'-1:2"});
    CAPTURE(c.in);
    CHECK(CsvWriter::quoted(QString::fromUtf8(c.in)) == QString::fromUtf8(c.out));
}
