// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// The workbook's parts around a sheet: relationships, the sheet list, shared strings and the
// number formats that make a number a date.
#include "xlsxreader.h"

#include "xlsxxml.h"

#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::ImportReader)
};

// A cell holds at most 32 767 characters in Excel; far more is allowed, but not without end.
constexpr qsizetype kMaxCellChars = 8 * 1024 * 1024;
// Shared strings are held in memory; a workbook beyond this is refused rather than exhausting it.
constexpr qint64 kMaxSharedStringBytes = 256 * 1024 * 1024;

// A zip part name from a relationship target, relative to the part that holds it.
QString resolveTarget(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'));
    parts.removeLast();
    for (const QString &piece : target.split(QLatin1Char('/'))) {
        if (piece == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
        } else if (piece != QLatin1String(".") && !piece.isEmpty()) {
            parts << piece;
        }
    }
    return parts.join(QLatin1Char('/'));
}

} // namespace

using XlsxXml::attribute;
using XlsxXml::isTrue;

XlsxReader::NumberKind XlsxReader::kindOfFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return NumberKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return NumberKind::Time;
    if (id == 22)
        return NumberKind::DateTime;
    if (code.isEmpty())
        return NumberKind::Number;
    bool date = false;
    bool time = false;
    bool minutes = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == u'"') { // literal text
            const qsizetype end = code.indexOf(QLatin1Char('"'), i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'[') { // [Red], [$-419], or elapsed time [h] [mm] [ss]
            const qsizetype end = code.indexOf(QLatin1Char(']'), i + 1);
            const QString inner = code.mid(i + 1, (end < 0 ? code.size() : end) - i - 1).toLower();
            static const QRegularExpression elapsed(QStringLiteral("^(h+|m+|s+)$"));
            if (elapsed.match(inner).hasMatch())
                time = true;
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') { // an escaped or padding character
            ++i;
        } else if (c == u';') { // only the first (positive) section decides
            break;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            minutes = true;
        }
    }
    if (minutes && !time)
        date = true;
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return NumberKind::Number;
}

QVariant XlsxReader::fromSerial(double serial, NumberKind kind, bool date1904,
                                const QTimeZone &zone)
{
    // 2958465 is 9999-12-31, Excel's last day.
    if (kind == NumberKind::Number || !std::isfinite(serial) || serial < 0 || serial >= 2958466)
        return serial;
    qint64 days = qint64(std::floor(serial));
    qint64 ms = std::llround((serial - double(days)) * 86400000.0);
    if (ms >= 86400000) {
        ++days;
        ms -= 86400000;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days < 60) // Excel counts a 29 February 1900 that never was: serial 60
        date = QDate(1899, 12, 31).addDays(days);
    else if (days == 60)
        date = QDate(1900, 2, 28);
    else
        date = QDate(1899, 12, 30).addDays(days);
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(ms));
    switch (kind) {
    case NumberKind::Date:
        return date;
    case NumberKind::Time:
        if (days == 0)
            return time.toString(time.second() == 0 ? QStringLiteral("HH:mm")
                                                    : QStringLiteral("HH:mm:ss"));
        [[fallthrough]];
    case NumberKind::DateTime:
        return QDateTime(date, time, zone);
    case NumberKind::Number:
        break;
    }
    return serial;
}
bool XlsxReader::readXmlPart(const QString &part,
                             const std::function<bool(QXmlStreamReader &)> &parse, QString *error)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive)) {
        *error = fail(part, Tr::tr("the part is missing"));
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fail(part,
                      Tr::tr("the part cannot be unpacked (zip error %1)").arg(file.getZipError()));
        return false;
    }
    QXmlStreamReader xml(&file);
    if (!parse(xml) && error->isEmpty() && !xml.hasError())
        xml.raiseError(Tr::tr("unexpected content"));
    if (!error->isEmpty())
        return false;
    if (xml.hasError()) {
        *error = fail(part, XlsxXml::error(xml));
        return false;
    }
    file.close();
    if (file.getZipError() != 0) {
        *error = fail(part, Tr::tr("the part is damaged (zip error %1)").arg(file.getZipError()));
        return false;
    }
    return true;
}

bool XlsxReader::readRelationships(const QString &part, QHash<QString, QString> &targets,
                                   QHash<QString, QString> &types, QString *error)
{
    // A part that has no relationships has no .rels file.
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    const QString rels = part.left(slash + 1) + QLatin1String("_rels/") + part.mid(slash + 1) +
                         QLatin1String(".rels");
    if (!m_zip->setCurrentFile(rels, QuaZip::csInsensitive))
        return true;
    return readXmlPart(
        rels,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd() && !xml.hasError()) {
                if (xml.readNext() == QXmlStreamReader::StartElement &&
                    xml.name() == QLatin1String("Relationship")) {
                    const QString id = attribute(xml, QLatin1String("Id"));
                    const QString target = attribute(xml, QLatin1String("Target"));
                    if (attribute(xml, QLatin1String("TargetMode")) == QLatin1String("External"))
                        continue;
                    targets.insert(id, resolveTarget(part, target));
                    types.insert(
                        attribute(xml, QLatin1String("Type")).section(QLatin1Char('/'), -1), id);
                    if (targets.size() > 100000)
                        break;
                }
            }
            return true;
        },
        error);
}

bool XlsxReader::readWorkbook(const QString &part, QStringList &sheetIds, QString *error)
{
    return readXmlPart(
        part,
        [&](QXmlStreamReader &xml) {
            while (!xml.atEnd() && !xml.hasError()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("workbookPr")) {
                    m_date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
                } else if (xml.name() == QLatin1String("sheet") && sheetIds.size() < 100000) {
                    m_detected.sheets << attribute(xml, QLatin1String("name"));
                    sheetIds << XlsxXml::relationshipId(xml);
                }
            }
            return true;
        },
        error);
}

bool XlsxReader::readText(QXmlStreamReader &xml, QString &out)
{
    out.clear();
    int depth = 1;
    int skipDepth = 0; // inside <rPh>: phonetic guide text, not part of the value
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (skipDepth == 0 && xml.name() == QLatin1String("rPh"))
                skipDepth = depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == skipDepth)
                skipDepth = 0;
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (skipDepth == 0) {
                out += xml.text();
                if (out.size() > kMaxCellChars) {
                    xml.raiseError(Tr::tr("a text of more than %1 characters").arg(kMaxCellChars));
                    return false;
                }
            }
            break;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    return depth == 0;
}

bool XlsxReader::readSharedStrings(const QString &part, QString *error)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return true; // a workbook without text cells has none
    return readXmlPart(
        part,
        [&](QXmlStreamReader &xml) {
            QString text;
            bool ok = true;
            while (ok && !xml.atEnd() && !xml.hasError()) {
                if (xml.readNext() != QXmlStreamReader::StartElement ||
                    xml.name() != QLatin1String("si"))
                    continue;
                ok = readText(xml, text);
                m_strings += text.toUtf8();
                m_stringEnds << m_strings.size();
                if (m_strings.size() > kMaxSharedStringBytes) {
                    xml.raiseError(Tr::tr("the shared strings are larger than 256 MB"));
                    ok = false;
                }
            }
            return true;
        },
        error);
}

bool XlsxReader::readStyles(const QString &part, QString *error)
{
    if (!m_zip->setCurrentFile(part, QuaZip::csInsensitive))
        return true; // no styles: every number is a number
    QHash<int, QString> formats;
    bool ok = readXmlPart(
        part,
        [&](QXmlStreamReader &xml) {
            bool inCellXfs = false;
            while (!xml.atEnd() && !xml.hasError()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("cellXfs"))
                    inCellXfs = false;
                if (token != QXmlStreamReader::StartElement)
                    continue;
                if (xml.name() == QLatin1String("numFmt")) {
                    formats.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                                   attribute(xml, QLatin1String("formatCode")));
                } else if (xml.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == QLatin1String("xf") &&
                           m_styleKinds.size() < 1000000) {
                    const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                    m_styleKinds << kindOfFormat(id, formats.value(id));
                }
            }
            return true;
        },
        error);
    return ok;
}

} // namespace Voronka::Core
