// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"

#include "core/importexport/importsource.h"
#include "core/importexport/xlsxreader.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Voronka::Core;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(VORONKA_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

struct Read
{
    QString openError;
    ImportDetected detected;
    QList<ImportRow> rows;
    QString error;
};

Read readAll(const QString &path, const ImportReadOptions &options = {})
{
    Read out;
    auto reader = ImportReader::open(path, options);
    if (!reader) {
        out.openError = reader.error().message;
        return out;
    }
    out.detected = reader.value()->detected();
    ImportRow row;
    while (reader.value()->next(row))
        out.rows << row;
    out.error = reader.value()->error();
    return out;
}

// Cells written as text: "" is an empty (null) cell.
QVariantList texts(std::initializer_list<const char *> cells)
{
    QVariantList out;
    for (const char *c : cells)
        out << (*c ? QVariant(QString::fromUtf8(c)) : QVariant());
    return out;
}

std::string show(const QVariantList &cells)
{
    QStringList parts;
    for (const QVariant &v : cells)
        parts << (v.isNull() ? QStringLiteral("<null>")
                             : QStringLiteral("%1(%2)").arg(QString::fromLatin1(v.typeName()),
                                                            v.toString()));
    return parts.join(QStringLiteral(" | ")).toStdString();
}

void checkRow(const ImportRow &row, qint64 number, const QVariantList &cells)
{
    INFO("row " << row.number << ": " << show(row.cells));
    CHECK(row.number == number);
    REQUIRE(row.cells.size() == cells.size());
    for (qsizetype i = 0; i < cells.size(); ++i) {
        INFO("cell " << i << " expected " << show({cells.at(i)}));
        CHECK(row.cells.at(i).typeId() == cells.at(i).typeId());
        CHECK(row.cells.at(i) == cells.at(i));
    }
}

const QStringList kRuHeader = {QStringLiteral("Имя"),   QStringLiteral("Телефон"),
                               QStringLiteral("Email"), QStringLiteral("Компания"),
                               QStringLiteral("Город"), QStringLiteral("Комментарий")};

const QList<QVariantList> kRuRows = {
    texts({"Иван Петров", "+7 916 123-45-67", "ivan@example.ru", "ООО Ромашка", "Москва",
           "Позвонить после обеда, обсудить поставку"}),
    texts({"Мария Сидорова", "+7 903 765-43-21", "maria@example.ru", "ИП Сидорова",
           "Санкт-Петербург", "Просила прислать коммерческое предложение"}),
    texts({"Алексей Смирнов", "+7 912 000-11-22", "alex@example.ru", "Уральские окна",
           "Екатеринбург", "Встреча в офисе в четверг"}),
    texts({"Ольга Кузнецова", "", "olga@example.ru", "Сибирский мёд", "Новосибирск",
           "Интересуется оптовыми поставками"}),
    texts({"Дмитрий Волков", "+7 843 555-66-77", "", "Казанские продукты", "Казань",
           "Нужен счёт на оплату до пятницы"}),
};

} // namespace

TEST_CASE("csv_everyEncodingDelimiterAndLineEnd_readsTheSameRows", "[import]")
{
    struct Case
    {
        const char *file;
        QByteArray encoding;
        QChar delimiter;
    };
    const Case cases[] = {
        {"ru-utf8.csv", "UTF-8", u','},
        {"ru-utf8-bom.csv", "UTF-8", u';'},
        {"ru-utf16le-bom.tsv", "UTF-16LE", u'\t'},
        {"ru-utf16be-bom.csv", "UTF-16BE", u';'},
        {"ru-utf16le.csv", "UTF-16LE", u','},
        {"ru-utf16be.csv", "UTF-16BE", u'|'},
        {"ru-windows1251.csv", "windows-1251", u';'},
        {"ru-koi8r.csv", "KOI8-R", u';'},
        {"ru-koi8r-cr.csv", "KOI8-R", u'\t'},
    };
    for (const Case &c : cases) {
        INFO(c.file);
        const Read read = readAll(fixture(c.file));
        REQUIRE(read.openError.isEmpty());
        CHECK(read.error.isEmpty());
        CHECK(read.detected.format == ImportFormat::Csv);
        CHECK(read.detected.encoding == c.encoding);
        CHECK(read.detected.delimiter == c.delimiter);
        CHECK(read.detected.headerRow == 0);
        CHECK(read.detected.headers == kRuHeader);
        REQUIRE(read.rows.size() == kRuRows.size());
        for (qsizetype i = 0; i < kRuRows.size(); ++i)
            checkRow(read.rows.at(i), i + 2, kRuRows.at(i));
    }
}

TEST_CASE("csv_westernCodePages_decodeEveryLetter", "[import]")
{
    const Read cp1252 = readAll(fixture("west-windows1252.csv"));
    REQUIRE(cp1252.openError.isEmpty());
    CHECK(cp1252.detected.encoding == "windows-1252");
    CHECK(cp1252.detected.delimiter == u',');
    CHECK(cp1252.detected.headers ==
          QStringList{QStringLiteral("Name"), QStringLiteral("City"), QStringLiteral("Note")});
    REQUIRE(cp1252.rows.size() == 3);
    checkRow(cp1252.rows.at(0), 2, texts({"José Müller", "Zürich", "Preis 25 € pro Stück"}));
    checkRow(cp1252.rows.at(1), 3,
             texts({"Françoise Lefèvre", "Besançon", "“Très intéressée” par l’offre"}));
    checkRow(cp1252.rows.at(2), 4, texts({"Søren Ødegård", "Århus", "Ring efter kl. 14"}));

    // Latin-1 text without the bytes where Windows-1252 differs decodes the same in both, so
    // the detector may name either; the letters must come out right, and the user's choice wins.
    const QList<QVariantList> latin = {
        texts({"José Müller", "Zürich", "Größe: 3½ × 2"}),
        texts({"Françoise Lefèvre", "Besançon", "Très intéressée, à rappeler"}),
        texts({"Søren Ødegård", "Århus", "Ring efter kl. 14 ©"})};
    const Read detected = readAll(fixture("west-latin1.csv"));
    REQUIRE(detected.openError.isEmpty());
    CHECK((detected.detected.encoding == "ISO-8859-1" ||
           detected.detected.encoding == "windows-1252"));
    CHECK(detected.detected.delimiter == u'|');
    ImportReadOptions options;
    options.encoding = "ISO-8859-1";
    const Read chosen = readAll(fixture("west-latin1.csv"), options);
    CHECK(chosen.detected.encoding == "ISO-8859-1");
    for (const Read *read : {&detected, &chosen}) {
        REQUIRE(read->rows.size() == 3);
        for (qsizetype i = 0; i < 3; ++i)
            checkRow(read->rows.at(i), i + 2, latin.at(i));
    }
}

TEST_CASE("csv_headerBelowTitleLines_isFoundAndRowsNameTheirFirstLine", "[import]")
{
    const Read read = readAll(fixture("title-lines.csv"));
    REQUIRE(read.openError.isEmpty());
    CHECK(read.error.isEmpty());
    CHECK(read.detected.delimiter == u';');
    CHECK(read.detected.headerRow == 2);
    CHECK(read.detected.headers == QStringList{QStringLiteral("Name"), QStringLiteral("Phone"),
                                               QStringLiteral("Note"), QStringLiteral("Amount")});
    REQUIRE(read.rows.size() == 3);
    checkRow(read.rows.at(0), 4,
             texts({"Anna", "+1 555 0100", "First line\nsecond line", "1200,50"}));
    checkRow(read.rows.at(1), 6,
             texts({"Boris", "+1 555 0101", "He said \"call me\"\nlater\ntoday", ""}));
    // The blank line 9 is no row; the quoted delimiter is text.
    checkRow(read.rows.at(2), 10, texts({"Clara; Jr.", "", "plain", "7"}));
}

TEST_CASE("csv_optionsOverrideWhatIsDetected", "[import]")
{
    ImportReadOptions options;
    options.headerRow = 0;
    const Read title = readAll(fixture("title-lines.csv"), options);
    REQUIRE(title.openError.isEmpty());
    CHECK(title.detected.headerRow == 0);
    CHECK(title.detected.headers ==
          QStringList{QStringLiteral("Contacts export 2024-03-01"), QStringLiteral("Column 2"),
                      QStringLiteral("Column 3"), QStringLiteral("Column 4")});
    REQUIRE(title.rows.size() == 4); // the former header is a row now; blank lines are none
    checkRow(title.rows.at(0), 3, texts({"Name", "Phone", "Note", "Amount"}));

    ImportReadOptions semicolon;
    semicolon.delimiter = u';';
    const Read whole = readAll(fixture("ru-utf8.csv"), semicolon);
    CHECK(whole.detected.delimiter == u';');
    CHECK(whole.detected.headers ==
          QStringList{QStringLiteral("Имя,Телефон,Email,Компания,Город,Комментарий")});
    REQUIRE(whole.rows.size() == 5);
    checkRow(whole.rows.at(0), 2,
             texts({"Иван Петров,+7 916 123-45-67,ivan@example.ru,ООО Ромашка,Москва,\"Позвонить "
                    "после обеда, обсудить поставку\""}));
}

TEST_CASE("csv_emptyBinaryOrUnknownEncoding_areClearErrors", "[import]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const auto file = [&](const char *name, const QByteArray &bytes) {
        QFile f(dir.filePath(QLatin1String(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    CHECK(readAll(file("empty.csv", "\xEF\xBB\xBF")).openError ==
          QStringLiteral("empty.csv is empty."));
    CHECK(readAll(file("image.csv",
                       QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20).repeated(50)))
              .openError.startsWith(QStringLiteral("image.csv is not a text file")));
    ImportReadOptions options;
    options.encoding = "no-such-encoding";
    CHECK(
        readAll(fixture("ru-utf8.csv"), options).openError ==
        QStringLiteral("Cannot read ru-utf8.csv: the encoding \"no-such-encoding\" is not known."));
    CHECK(readAll(dir.filePath(QStringLiteral("missing.csv")))
              .openError.endsWith(QStringLiteral("missing.csv does not exist.")));
}

TEST_CASE("csv_unclosedQuote_isAnErrorNamingItsLine", "[import]")
{
    const Read read = readAll(fixture("unclosed-quote.csv"));
    REQUIRE(read.openError.isEmpty());
    REQUIRE(read.rows.size() == 1);
    checkRow(read.rows.at(0), 2, texts({"1", "2"}));
    CHECK(read.error == QStringLiteral("unclosed-quote.csv: line 3: a quote is never closed"));
}

TEST_CASE("csv_fieldsBeyondTheHeader_areReportedNotLostSilently", "[import]")
{
    const Read read = readAll(fixture("extra-fields.csv"));
    CHECK(read.detected.headers == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    REQUIRE(read.rows.size() == 212);
    checkRow(read.rows.at(0), 2, texts({"1", "2"}));
    CHECK(read.rows.at(0).warning.isEmpty());
    checkRow(read.rows.at(211), 213, texts({"9", "9"}));
    CHECK(read.rows.at(211).warning ==
          QStringLiteral("line 213: 3 fields, but the header has 2: the last ones are left out"));
}

TEST_CASE("csv_semicolonsInsideQuotedFields_doNotMakeSemicolonTheDelimiter", "[import]")
{
    // Split at ';', every record falls into two-field pieces that would outvote the header's
    // three; those pieces start their quotes mid-field, so they do not vote.
    const Read read = readAll(fixture("semicolons-in-quotes.csv"));
    REQUIRE(read.openError.isEmpty());
    CHECK(read.detected.delimiter == QChar(u','));
    CHECK(read.detected.headers ==
          QStringList{QStringLiteral("Name"), QStringLiteral("Note"), QStringLiteral("Channels")});
    REQUIRE(read.rows.size() == 3);
    checkRow(read.rows.at(0), 2, texts({"Anna, Ltd", "one; two\nthree", "A; C"}));
    checkRow(read.rows.at(2), 6, texts({"Vera", "seven; eight\nnine", "A; B"}));
}

TEST_CASE("xlsx_everyCellKind_readsTypedValues", "[import]")
{
    ImportReadOptions options;
    options.zone = QTimeZone("Europe/Moscow");
    const Read read = readAll(fixture("workbook.xlsx"), options);
    REQUIRE(read.openError.isEmpty());
    CHECK(read.error.isEmpty());
    CHECK(read.detected.format == ImportFormat::Xlsx);
    CHECK(read.detected.sheets == QStringList{QStringLiteral("Contacts"), QStringLiteral("Deals")});
    CHECK(read.detected.sheet == 0);
    CHECK(read.detected.headerRow == 2); // spreadsheet row 3, below the merged title
    CHECK(read.detected.headers == QStringList{QStringLiteral("Name"), QStringLiteral("Phone"),
                                               QStringLiteral("Amount"), QStringLiteral("Active"),
                                               QStringLiteral("Since"), QStringLiteral("Meeting"),
                                               QStringLiteral("Note")});
    REQUIRE(read.rows.size() == 4);
    const QTimeZone zone("Europe/Moscow");
    checkRow(read.rows.at(0), 4,
             {QStringLiteral("Иван Петров"), QStringLiteral("+7 916"), 1200.5, true,
              QDate(2024, 3, 1), QDateTime(QDate(2024, 3, 1), QTime(14, 30), zone),
              QStringLiteral("inline note")});
    // Serial 60 is Excel's 29 February 1900; 61.75 is 1 March 1900 18:00. A format with "days"
    // in quotes is a number.
    checkRow(read.rows.at(1), 6,
             {QStringLiteral("Maria & Co"), QVariant(), 42.0, QVariant(), QDate(1900, 2, 28),
              QDateTime(QDate(1900, 3, 1), QTime(18, 0), zone), QStringLiteral("#N/A")});
    // A7:A8 and C7:D8 are merged: their top-left values fill the ranges.
    checkRow(read.rows.at(2), 7,
             {QStringLiteral("Group A"), false, -3.0, -3.0, QDate(1900, 1, 1),
              QStringLiteral("18:00"), QVariant()});
    checkRow(read.rows.at(3), 8,
             {QStringLiteral("Group A"), QStringLiteral("rich inline"), -3.0, -3.0,
              QDate(1900, 2, 28), QVariant(), QVariant()});
}

TEST_CASE("xlsx_chosenSheet_isReadWithoutReferencesOrWithAPrefix", "[import]")
{
    ImportReadOptions options;
    options.sheet = 1;
    const Read read = readAll(fixture("workbook.xlsx"), options);
    REQUIRE(read.openError.isEmpty());
    CHECK(read.error.isEmpty());
    CHECK(read.detected.sheet == 1);
    CHECK(read.detected.headerRow == 0);
    CHECK(read.detected.headers ==
          QStringList{QStringLiteral("Deal"), QStringLiteral("Stage"), QStringLiteral("Amount")});
    REQUIRE(read.rows.size() == 2);
    checkRow(read.rows.at(0), 2, {QStringLiteral("Big deal"), QStringLiteral("Won"), 100000.0});
    checkRow(read.rows.at(1), 3, {QStringLiteral("Small deal"), QVariant(), 0.1});

    options.sheet = 2;
    const Read missing = readAll(fixture("workbook.xlsx"), options);
    CHECK(missing.openError == QStringLiteral("workbook.xlsx has no sheet 3: it has 2."));
}

TEST_CASE("xlsx_headerRowChosen_rowsAboveItAreLeftOut", "[import]")
{
    ImportReadOptions options;
    options.headerRow = 0; // the merged title
    const Read read = readAll(fixture("workbook.xlsx"), options);
    REQUIRE(read.openError.isEmpty());
    CHECK(read.detected.headerRow == 0);
    CHECK(read.detected.headers == QStringList(7, QStringLiteral("Contacts report")));
    REQUIRE(read.rows.size() == 5);
    CHECK(read.rows.at(0).number == 3);
    CHECK(read.rows.at(0).cells.at(0) == QVariant(QStringLiteral("Name")));

    options.headerRow = 4; // row 5 is not in the file: the labels are blank
    const Read gap = readAll(fixture("workbook.xlsx"), options);
    REQUIRE(gap.openError.isEmpty());
    CHECK(gap.detected.headers.first() == QStringLiteral("Column 1"));
    REQUIRE(gap.rows.size() == 3);
    CHECK(gap.rows.at(0).number == 6);
}

TEST_CASE("xlsx_1904DateSystem_andIsoDateCells", "[import]")
{
    ImportReadOptions options;
    options.zone = QTimeZone::utc();
    const Read read = readAll(fixture("date1904.xlsx"), options);
    REQUIRE(read.openError.isEmpty());
    CHECK(read.error.isEmpty());
    REQUIRE(read.rows.size() == 3);
    checkRow(read.rows.at(0), 2,
             {QDate(1904, 1, 1), QDateTime(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc())});
    checkRow(read.rows.at(1), 3,
             {QDate(1908, 1, 2), QDateTime(QDate(2024, 3, 1), QTime(10, 15), QTimeZone::utc())});
    checkRow(read.rows.at(2), 4,
             {QDate(2024, 3, 2), QDateTime(QDate(2024, 3, 1), QTime(10, 15), QTimeZone::utc())});

    // A date-time without an offset is a wall-clock time in the chosen zone; one in UTC is
    // the same instant there.
    options.zone = QTimeZone("Europe/Moscow");
    const Read moscow = readAll(fixture("date1904.xlsx"), options);
    REQUIRE(moscow.rows.size() == 3);
    CHECK(moscow.rows.at(1).cells.at(1).toDateTime() ==
          QDateTime(QDate(2024, 3, 1), QTime(10, 15), options.zone));
    CHECK(moscow.rows.at(2).cells.at(1).toDateTime() ==
          QDateTime(QDate(2024, 3, 1), QTime(13, 15), options.zone));
    CHECK(moscow.rows.at(2).cells.at(1).toDateTime().timeZone() == options.zone);
}

TEST_CASE("xlsx_numberFormats_tellDatesFromNumbers", "[import]")
{
    using K = XlsxReader::NumberKind;
    CHECK(XlsxReader::kindOfFormat(14, {}) == K::Date);
    CHECK(XlsxReader::kindOfFormat(22, {}) == K::DateTime);
    CHECK(XlsxReader::kindOfFormat(46, {}) == K::Time);
    CHECK(XlsxReader::kindOfFormat(0, QStringLiteral("General")) == K::Number);
    CHECK(XlsxReader::kindOfFormat(170, QStringLiteral("#,##0.00\" руб.\"")) == K::Number);
    CHECK(XlsxReader::kindOfFormat(170, QStringLiteral("[$-F800]dddd, mmmm dd, yyyy")) == K::Date);
    CHECK(XlsxReader::kindOfFormat(170, QStringLiteral("mmm-yy")) == K::Date);
    CHECK(XlsxReader::kindOfFormat(170, QStringLiteral("h:mm AM/PM")) == K::Time);
    CHECK(XlsxReader::kindOfFormat(170, QStringLiteral("[h]:mm:ss")) == K::Time);
    CHECK(XlsxReader::kindOfFormat(170, QStringLiteral("d/m/yyyy h:mm")) == K::DateTime);
    CHECK(XlsxReader::kindOfFormat(170, QStringLiteral("0.00E+00;[Red]\\-0.00")) == K::Number);
    const QTimeZone utc = QTimeZone::utc();
    CHECK(XlsxReader::fromSerial(59, K::Date, false, utc) == QVariant(QDate(1900, 2, 28)));
    CHECK(XlsxReader::fromSerial(61, K::Date, false, utc) == QVariant(QDate(1900, 3, 1)));
    CHECK(XlsxReader::fromSerial(45352, K::Date, false, utc) == QVariant(QDate(2024, 3, 1)));
    CHECK(XlsxReader::fromSerial(43890, K::Date, true, utc) == QVariant(QDate(2024, 3, 1)));
    CHECK(XlsxReader::fromSerial(-1, K::Date, false, utc) == QVariant(-1.0));
    CHECK(XlsxReader::fromSerial(45352.9999999999, K::DateTime, false, utc) ==
          QVariant(QDateTime(QDate(2024, 3, 2), QTime(0, 0), utc)));
}

TEST_CASE("xlsx_brokenWorkbooks_areClearErrors", "[import]")
{
    const Read broken = readAll(fixture("broken-xml.xlsx"));
    REQUIRE(broken.openError.isEmpty());
    CHECK(broken.rows.isEmpty());
    CHECK(
        broken.error.startsWith(QStringLiteral("broken-xml.xlsx is not a readable Excel workbook: "
                                               "xl/worksheets/sheet1.xml: broken XML at line 1")));

    const Read noWorkbook = readAll(fixture("no-workbook.xlsx"));
    CHECK(noWorkbook.openError ==
          QStringLiteral("no-workbook.xlsx is not an Excel workbook: it has no xl/workbook.xml."));
}

TEST_CASE("vcard21_androidQuotedPrintableAndCharsets", "[import]")
{
    const Read read = readAll(fixture("android-21.vcf"));
    REQUIRE(read.openError.isEmpty());
    CHECK(read.error.isEmpty());
    CHECK(read.detected.format == ImportFormat::VCard);
    CHECK(read.detected.headers ==
          QStringList{
              QStringLiteral("Name"), QStringLiteral("First name"), QStringLiteral("Last name"),
              QStringLiteral("Middle name"), QStringLiteral("Phones"),
              QStringLiteral("Phone types"), QStringLiteral("Emails"),
              QStringLiteral("Email types"), QStringLiteral("Company"),
              QStringLiteral("Department"), QStringLiteral("Position"), QStringLiteral("Birthday"),
              QStringLiteral("Address"), QStringLiteral("Website"), QStringLiteral("Note"),
              QStringLiteral("Tags")});
    REQUIRE(read.rows.size() == 3);
    // The preferred phone first; the photo's unindented base64 lines are skipped.
    checkRow(read.rows.at(0), 1,
             texts({"Иван Петров", "Иван", "Петров", "Иванович",
                    "+7 916 123-45-67\n+7 495 111-22-33", "mobile\nhome", "ivan@example.ru", "home",
                    "", "", "", "", "", "", "Первая строка\nВторая", ""}));
    checkRow(read.rows.at(1), 2,
             texts({"Мария Сидорова", "Мария", "Сидорова", "", "+7 812 000-00-01\n+7 812 000-00-02",
                    "work, fax\n", "", "", "ИП Сидорова", "", "", "", "", "", "", ""}));
    checkRow(read.rows.at(2), 3,
             texts({"only.email@example.com", "", "", "", "+7 999 000-00-00", "mobile",
                    "only.email@example.com", "", "", "", "", "", "", "", "", ""}));
}

TEST_CASE("vcard30_appleItemGroupsLabelsAndPhoto", "[import]")
{
    const Read read = readAll(fixture("apple-30.vcf"));
    REQUIRE(read.openError.isEmpty());
    CHECK(read.error.isEmpty());
    REQUIRE(read.rows.size() == 2);
    checkRow(
        read.rows.at(0), 1,
        texts({"Olga Kuznetsova", "Olga", "Kuznetsova", "",
               "+7 383 555-01-02\n+7 383 555-01-03\n+7 383 555-01-04", "mobile\nwork\nDacha",
               "olga@honey.example\nolga.k@mail.example", "work\nhome", "Siberian Honey, Ltd",
               "Sales", "Head of sales", "--05-17",
               "ul. Lenina 1, kv. 5, Novosibirsk, 630000, Russia", "https://honey.example",
               "Met at the fair\nWants a catalogue; call in May. A long note that Apple folds at "
               "seventy-five octets like every other line.", "Suppliers\nHoney, wholesale"}));
    checkRow(read.rows.at(1), 2,
             texts({"Acme Corp", "", "", "", "+1 555 0199", "main", "", "", "Acme Corp", "", "", "",
                    "", "", "", ""}));
}

TEST_CASE("vcard40_googleUrisPrefAndPartialBirthday", "[import]")
{
    const char *file = GENERATE("google-40.vcf", "google-40-utf16.vcf");
    INFO(file);
    const Read read = readAll(fixture(file));
    REQUIRE(read.openError.isEmpty());
    CHECK(read.error.isEmpty());
    REQUIRE(read.rows.size() == 2);
    QVariantList dmitry = texts(
        {"Dmitry Volkov", "Dmitry", "Volkov", "Sergeevich", "+7 843 555 00 00\n+7-843-555-66-77",
         "work\nmobile", "d.volkov@mail.example\ndmitry@volkov.example", "\nwork", "Kazan Foods",
         "", "Director", "", "Kremlevskaya 1, Kazan, Tatarstan, 420000, Russia\nKazan",
         "https://volkov.example", "Prefers email, not calls.", ""});
    dmitry[11] = QDate(1980, 4, 12);
    checkRow(read.rows.at(0), 1, dmitry);
    checkRow(read.rows.at(1), 2,
             texts({"John Smith", "John", "Smith", "", "", "", "", "", "", "", "", "--0229", "", "",
                    "", ""}));
}

TEST_CASE("vcard_cutShortOrNotAVCard_areClearErrors", "[import]")
{
    const Read cut = readAll(fixture("cut-short.vcf"));
    REQUIRE(cut.openError.isEmpty());
    CHECK(cut.rows.isEmpty());
    CHECK(
        cut.error ==
        QStringLiteral("cut-short.vcf: vCard 1 (line 1) has no END:VCARD: the file is cut short."));

    ImportReadOptions options;
    options.format = ImportFormat::VCard;
    const Read notVCard = readAll(fixture("ru-utf8.csv"), options);
    CHECK(notVCard.openError ==
          QStringLiteral("ru-utf8.csv is not a vCard file: it has no BEGIN:VCARD."));
}
