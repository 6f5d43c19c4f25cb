#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
"""Writes the import readers' fixture files (tests/core/test_importreaders.cpp).

The files are committed; run this only to change them: python3 make_fixtures.py
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# The Cyrillic table, written in every Unicode and Cyrillic encoding (KOI8-R has no
# guillemets or dashes, so the text keeps to letters, digits and ASCII punctuation).
RU_HEADER = ["Имя", "Телефон", "Email", "Компания", "Город", "Комментарий"]
RU_ROWS = [
    ["Иван Петров", "+7 916 123-45-67", "ivan@example.ru", "ООО Ромашка", "Москва",
     "Позвонить после обеда, обсудить поставку"],
    ["Мария Сидорова", "+7 903 765-43-21", "maria@example.ru", "ИП Сидорова", "Санкт-Петербург",
     "Просила прислать коммерческое предложение"],
    ["Алексей Смирнов", "+7 912 000-11-22", "alex@example.ru", "Уральские окна", "Екатеринбург",
     "Встреча в офисе в четверг"],
    ["Ольга Кузнецова", "", "olga@example.ru", "Сибирский мёд", "Новосибирск",
     "Интересуется оптовыми поставками"],
    ["Дмитрий Волков", "+7 843 555-66-77", "", "Казанские продукты", "Казань",
     "Нужен счёт на оплату до пятницы"],
]

# The Western table: Windows-1252 has the euro sign and curly quotes, Latin-1 does not.
WEST_HEADER = ["Name", "City", "Note"]
WEST_ROWS_1252 = [
    ["José Müller", "Zürich", "Preis 25 € pro Stück"],
    ["Françoise Lefèvre", "Besançon", "“Très intéressée” par l’offre"],
    ["Søren Ødegård", "Århus", "Ring efter kl. 14"],
]
WEST_ROWS_LATIN1 = [
    ["José Müller", "Zürich", "Größe: 3½ × 2"],
    ["Françoise Lefèvre", "Besançon", "Très intéressée, à rappeler"],
    ["Søren Ødegård", "Århus", "Ring efter kl. 14 ©"],
]


def csv_text(header, rows, sep, eol):
    def quote(cell):
        if any(c in cell for c in (sep, '"', "\n", "\r")):
            return '"' + cell.replace('"', '""') + '"'
        return cell
    return "".join(sep.join(quote(c) for c in row) + eol for row in [header] + rows)


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def csv_fixtures():
    write("ru-utf8.csv", csv_text(RU_HEADER, RU_ROWS, ",", "\n").encode("utf-8"))
    write("ru-utf8-bom.csv", b"\xef\xbb\xbf" + csv_text(RU_HEADER, RU_ROWS, ";", "\r\n").encode("utf-8"))
    write("ru-utf16le-bom.tsv", csv_text(RU_HEADER, RU_ROWS, "\t", "\r\n").encode("utf-16"))  # LE + BOM
    write("ru-utf16be-bom.csv", b"\xfe\xff" + csv_text(RU_HEADER, RU_ROWS, ";", "\n").encode("utf-16-be"))
    write("ru-utf16le.csv", csv_text(RU_HEADER, RU_ROWS, ",", "\r\n").encode("utf-16-le"))
    write("ru-utf16be.csv", csv_text(RU_HEADER, RU_ROWS, "|", "\n").encode("utf-16-be"))
    write("ru-windows1251.csv", csv_text(RU_HEADER, RU_ROWS, ";", "\r\n").encode("cp1251"))
    write("ru-koi8r.csv", csv_text(RU_HEADER, RU_ROWS, ";", "\n").encode("koi8_r"))
    write("ru-koi8r-cr.csv", csv_text(RU_HEADER, RU_ROWS, "\t", "\r").encode("koi8_r"))
    write("west-windows1252.csv", csv_text(WEST_HEADER, WEST_ROWS_1252, ",", "\r").encode("cp1252"))
    write("west-latin1.csv", csv_text(WEST_HEADER, WEST_ROWS_LATIN1, "|", "\r\n").encode("latin-1"))
    # A report as spreadsheets save it: a title, a blank line, then the table; a note with
    # line breaks (each line end style) and quotes inside; Excel's trailing delimiters.
    title = (
        "Contacts export 2024-03-01;;;\r\n"
        ";;;\r\n"
        "Name;Phone;Note;Amount\r\n"
        "Anna;+1 555 0100;\"First line\r\nsecond line\";1200,50\r\n"
        "Boris;+1 555 0101;\"He said \"\"call me\"\"\nlater\rtoday\";\r\n"
        "\r\n"
        "\"Clara; Jr.\";;plain;7\r\n"
    )
    write("title-lines.csv", title.encode("utf-8"))
    write("unclosed-quote.csv", b"a,b\n1,2\n3,\"never closed\n4,5\n")
    # A trailing delimiter is no column; a filled field beyond the header, past the rows
    # looked at for the header, is.
    write("extra-fields.csv", b"a,b\n1,2,\n" + b"".join(b"%d,x\n" % i for i in range(210)) + b"9,9,extra\n")


# --- XLSX, parts written by hand -------------------------------------------------------

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def entry(name, date):
    """A zip entry with a fixed date, deflated as Excel writes them."""
    info = zipfile.ZipInfo(name, date)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def xlsx(name, sheets, shared=None, styles=None, date1904=False):
    """sheets: list of (name, sheet xml). shared: list of <si> inner xml."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ['<?xml version="1.0" encoding="UTF-8"?><workbook %s %s>' % (NS, RNS)]
    wb.append('<workbookPr%s/>' % (' date1904="1"' if date1904 else ''))
    wb.append('<sheets>')
    for i, (sheet_name, _) in enumerate(sheets):
        wb.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (sheet_name, i + 1, i + 10))
    wb.append('</sheets></workbook>')
    wrels = ['<?xml version="1.0" encoding="UTF-8"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    for i in range(len(sheets)):
        # Sheets listed in reverse file order: the workbook's order decides, not the names.
        wrels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>'
                     % (i + 10, len(sheets) - i))
    if shared is not None:
        wrels.append('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="/xl/sharedStrings.xml"/>')
    if styles is not None:
        wrels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wrels.append('</Relationships>')
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as z:
        for info_name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels),
                                ("xl/workbook.xml", "".join(wb)),
                                ("xl/_rels/workbook.xml.rels", "".join(wrels))]:
            z.writestr(entry(info_name, (2024, 1, 1, 0, 0, 0)), data)
        if shared is not None:
            sst = '<?xml version="1.0" encoding="UTF-8"?><sst %s count="%d" uniqueCount="%d">%s</sst>' % (
                NS, len(shared), len(shared), "".join("<si>%s</si>" % s for s in shared))
            z.writestr(entry("xl/sharedStrings.xml", (2024, 1, 1, 0, 0, 0)), sst)
        if styles is not None:
            z.writestr(entry("xl/styles.xml", (2024, 1, 1, 0, 0, 0)), styles)
        for i, (_, xml) in enumerate(sheets):
            z.writestr(entry("xl/worksheets/sheet%d.xml" % (len(sheets) - i), (2024, 1, 1, 0, 0, 0)), xml)


STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet %s>'
          '<numFmts count="4">'
          '<numFmt numFmtId="164" formatCode="dd\\.mm\\.yyyy"/>'
          '<numFmt numFmtId="165" formatCode="[$-419]yyyy\\-mm\\-dd\\ hh:mm"/>'
          '<numFmt numFmtId="166" formatCode="0.00&quot; days&quot;"/>'
          '<numFmt numFmtId="167" formatCode="[Red]#,##0.00;[Blue]\\-#,##0.00"/>'
          '</numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
          '<cellXfs count="8">'
          '<xf numFmtId="0"/>'      # 0 general
          '<xf numFmtId="14"/>'     # 1 built-in date
          '<xf numFmtId="22"/>'     # 2 built-in date-time
          '<xf numFmtId="164"/>'    # 3 custom date
          '<xf numFmtId="165"/>'    # 4 custom date-time
          '<xf numFmtId="166"/>'    # 5 number with "days" in quotes
          '<xf numFmtId="167"/>'    # 6 number with colours
          '<xf numFmtId="20"/>'     # 7 built-in time
          '</cellXfs></styleSheet>') % NS

SHARED = [
    "<t>Name</t>", "<t>Phone</t>", "<t>Amount</t>", "<t>Active</t>", "<t>Since</t>",
    "<t>Meeting</t>", "<t>Note</t>",
    # 7: rich text runs, and a phonetic guide that is not part of the text
    '<r><rPr><b/></rPr><t>Иван</t></r><r><t xml:space="preserve"> Петров</t></r><rPh sb="0" eb="1"><t>イワン</t></rPh>',
    "<t>Maria &amp; Co</t>",   # 8
    "<t>Contacts report</t>",  # 9
    "<t>Group A</t>",          # 10
    "<t>Deal</t>",             # 11
    "<t>Stage</t>",            # 12
]


def sheet(rows_xml, merges=None, prefix=""):
    p = prefix + ":" if prefix else ""
    ns = ('xmlns:%s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' % prefix) if prefix else NS
    out = ['<?xml version="1.0" encoding="UTF-8"?><%sworksheet %s %s>' % (p, ns, RNS),
           '<%sdimension ref="A1:F9"/><%ssheetData>' % (p, p), rows_xml, '</%ssheetData>' % p]
    if merges:
        out.append('<%smergeCells count="%d">' % (p, len(merges)))
        out.extend('<%smergeCell ref="%s"/>' % (p, m) for m in merges)
        out.append('</%smergeCells>' % p)
    out.append('<%spageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' % p)
    out.append('<%sconditionalFormatting sqref="A1:B2"><%scfRule type="expression" priority="1"/></%sconditionalFormatting>' % (p, p, p))
    out.append('</%sworksheet>' % p)
    return "".join(out)


def xlsx_fixtures():
    contacts = sheet(
        # A title merged over the table, a blank row left out, then the header on row 3.
        '<row r="1"><c r="A1" t="s"><v>9</v></c></row>'
        '<row r="3">' + "".join('<c r="%s3" t="s"><v>%d</v></c>' % (col, i)
                                for i, col in enumerate("ABCDEFG")) + '</row>'
        # Row 4: rich shared string, a formula string, a number, true, a date, a date-time, a note.
        '<row r="4"><c r="A4" t="s"><v>7</v></c><c r="B4" t="str"><f>"+7 "&amp;"916"</f><v>+7 916</v></c>'
        '<c r="C4"><v>1200.5</v></c><c r="D4" t="b"><v>1</v></c><c r="E4" s="1"><v>45352</v></c>'
        '<c r="F4" s="2"><v>45352.604166666664</v></c><c r="G4" t="inlineStr"><is><t>inline note</t></is></c></row>'
        # Row 6 (row 5 missing): gaps in the references (B, D missing), false, custom formats.
        '<row r="6"><c r="A6" t="s"><v>8</v></c><c r="C6" s="5"><v>42</v></c>'
        '<c r="E6" s="3"><v>60</v></c><c r="F6" s="4"><v>61.75</v></c><c r="G6" t="e"><v>#N/A</v></c></row>'
        # Rows 7-8: a merged block A7:A8 and C7:D8; cells in row 8 of the block are empty.
        '<row r="7"><c r="A7" t="s"><v>10</v></c><c r="B7" t="b"><v>0</v></c><c r="C7" s="6"><v>-3</v></c>'
        '<c r="E7" s="1"><v>1</v></c><c r="F7" s="7"><v>0.75</v></c></row>'
        '<row r="8"><c r="A8"/><c r="B8" t="inlineStr"><is><r><t>rich</t></r><r><t> inline</t></r></is></c>'
        '<c r="C8"/><c r="E8" s="1"><v>59</v></c></row>'
        '<row r="9" spans="1:7"></row>',
        merges=["A1:G1", "A7:A8", "C7:D8"])
    deals = sheet(
        # No r attributes at all, a namespace prefix, a number that is a whole number.
        '<x:row><x:c t="s"><x:v>11</x:v></x:c><x:c t="s"><x:v>12</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>'
        '<x:row><x:c t="inlineStr"><x:is><x:t>Big deal</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Won</x:t></x:is></x:c><x:c><x:v>100000</x:v></x:c></x:row>'
        '<x:row><x:c t="inlineStr"><x:is><x:t>Small deal</x:t></x:is></x:c><x:c/><x:c><x:v>0.1</x:v></x:c></x:row>',
        prefix="x")
    xlsx("workbook.xlsx", [("Contacts", contacts), ("Deals", deals)], shared=SHARED, styles=STYLES)

    # The 1904 date system (old Mac Excel): serial 0 is 1 January 1904.
    mac = sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Date</t></is></c><c r="B1" t="inlineStr"><is><t>When</t></is></c></row>'
        '<row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2" s="2"><v>43890.5</v></c></row>'
        '<row r="3"><c r="A3" s="3"><v>1462</v></c><c r="B3" t="d"><v>2024-03-01T10:15:00</v></c></row>'
        '<row r="4"><c r="A4" t="d"><v>2024-03-02</v></c><c r="B4" t="d"><v>2024-03-01T10:15:00Z</v></c></row>')
    xlsx("date1904.xlsx", [("Sheet1", mac)], styles=STYLES, date1904=True)
    # Broken: a sheet whose XML stops in the middle, and a zip without a workbook.
    broken = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Name</t></is></c></row><row r="2"><c r="A2"')
    xlsx("broken-xml.xlsx", [("Sheet1", broken)])
    with zipfile.ZipFile(os.path.join(HERE, "no-workbook.xlsx"), "w") as z:
        z.writestr(entry("hello.txt", (2024, 1, 1, 0, 0, 0)), "not a workbook")


# --- vCard -------------------------------------------------------------------------------

ANDROID_21 = (
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;=D0=98=D0=B2=D0=B0=D0=BD;=D0=98=D0=B2=D0=B0=D0=BD=D0=BE=D0=B2=D0=B8=D1=87;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2\r\n"
    "TEL;HOME:+7 495 111-22-33\r\n"
    "TEL;CELL;PREF:+7 916 123-45-67\r\n"
    "EMAIL;HOME:ivan@example.ru\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=80=D0=B2=D0=B0=D1=8F =D1=81=D1=82=D1=80=D0=BE=D0=BA=D0=B0=\r\n"
    "=0D=0A=D0=92=D1=82=D0=BE=D1=80=D0=B0=D1=8F\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof\r\n"
    "Hh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwh\r\n"
    "MjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAAB\r\n"
    "\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:=D1=E8=E4=EE=F0=EE=E2=E0;=CC=E0=F0=E8=FF;;;\r\n"
    "ORG;CHARSET=windows-1251:" + "ИП Сидорова".encode("cp1251").decode("latin-1") + "\r\n"
    "TEL;WORK;FAX:+7 812 000-00-01\r\n"
    "TEL;VOICE:+7 812 000-00-02\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "TEL;CELL:+7 999 000-00-00\r\n"
    "EMAIL;INTERNET:only.email@example.com\r\n"
    "END:VCARD\r\n"
)

APPLE_30 = (
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.2//EN\r\n"
    "N:Kuznetsova;Olga;;;\r\n"
    "FN:Olga Kuznetsova\r\n"
    "ORG:Siberian Honey\\, Ltd;Sales;\r\n"
    "TITLE:Head of sales\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:olga@honey.example\r\n"
    "EMAIL;type=INTERNET;type=HOME:olga.k@mail.example\r\n"
    "item1.TEL;type=pref:+7 383 555-01-02\r\n"
    "item1.X-ABLabel:_$!<Mobile>!$_\r\n"
    "TEL;type=WORK;type=VOICE:+7 383 555-01-03\r\n"
    "item2.TEL:+7 383 555-01-04\r\n"
    "item2.X-ABLabel:Dacha\r\n"
    "item3.ADR;type=HOME;type=pref:;;ul. Lenina 1\\, kv. 5;Novosibirsk;;630000;Russia\r\n"
    "item3.X-ABADR:ru\r\n"
    "item4.URL;type=pref:https://honey.example\r\n"
    "item4.X-ABLabel:_$!<HomePage>!$_\r\n"
    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-05-17\r\n"
    "NOTE:Met at the fair\\nWants a catalogue\\; call in May. A long note that Apple fol\r\n"
    " ds at seventy-five octets like every other line.\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQN\r\n"
    " DAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwL\r\n"
    " DBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIy\r\n"
    "X-ABUID:5AD380FD-B2DE-4261-BA99-DE1D1DB52FBE\\:ABPerson\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "N:;;;;\r\n"
    "ORG:Acme Corp;\r\n"
    "TEL;type=MAIN:+1 555 0199\r\n"
    "END:VCARD\r\n"
)

GOOGLE_40 = (
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "FN:Dmitry Volkov\n"
    "N:Volkov;Dmitry;Sergeevich;Dr.;\n"
    "TEL;TYPE=\"cell,voice\";VALUE=uri:tel:+7-843-555-66-77\n"
    "TEL;TYPE=work;PREF=1:+7 843 555 00 00\n"
    "EMAIL;TYPE=work:dmitry@volkov.example\n"
    "EMAIL;PREF=1:d.volkov@mail.example\n"
    "ORG:Kazan Foods\n"
    "TITLE:Director\n"
    "BDAY:19800412\n"
    "ADR;TYPE=work;LABEL=\"Kremlevskaya 1\\nKazan\":;;Kremlevskaya 1;Kazan;Tatarstan;420000;Russia\n"
    "ADR;TYPE=home:;;;Kazan;;;\n"
    "URL:https://volkov.example\n"
    "NOTE:Prefers email\\, not calls.\n"
    "END:VCARD\n"
    "BEGIN:VCARD\n"
    "VERSION:4.0\n"
    "N:Smith;John;;;\n"
    "BDAY:--0229\n"
    "END:VCARD\n"
)


def vcard_fixtures():
    # ASCII but for one windows-1251 value, written as its bytes.
    write("android-21.vcf", ANDROID_21.encode("latin-1"))
    write("apple-30.vcf", APPLE_30.encode("utf-8"))
    write("google-40.vcf", GOOGLE_40.encode("utf-8"))
    # Windows tools save vCards as UTF-16 with a BOM now and then.
    write("google-40-utf16.vcf", GOOGLE_40.replace("\n", "\r\n").encode("utf-16"))
    write("cut-short.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut\r\n")


if __name__ == "__main__":
    csv_fixtures()
    xlsx_fixtures()
    vcard_fixtures()
