// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "xlsxreader.h"

#include "headerguess.h"
#include "xlsxxml.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::ImportReader)
};

// Rows looked at for the header.
constexpr int kSampleRows = 50;
// Excel's own limits: a sheet has 16 384 columns and 1 048 576 rows.
constexpr int kMaxColumns = 16384;
constexpr qint64 kMaxRows = 1048576;
constexpr qsizetype kMaxMerges = 1000000;

// "BC12" → column 54 (zero-based) and row 12; false when malformed or beyond Excel's limits.
bool parseReference(QStringView ref, int &column, qint64 &row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < ref.size() && ref.at(i).isLetter() && ref.at(i).unicode() < 128) {
        col = col * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        if (col > kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    bool ok = false;
    const qint64 r = ref.mid(i).toLongLong(&ok);
    if (!ok || r < 1 || r > kMaxRows)
        return false;
    column = int(col - 1);
    row = r;
    return true;
}

} // namespace

XlsxReader::XlsxReader() = default;
XlsxReader::~XlsxReader()
{
    m_xml.setDevice(nullptr);
    if (m_sheet)
        m_sheet->close();
}

QString XlsxReader::fail(const QString &part, const QString &what) const
{
    return Tr::tr("%1 is not a readable Excel workbook: %2: %3").arg(m_name, part, what);
}

bool XlsxReader::scanMerges(QString *error)
{
    if (!m_zip->setCurrentFile(m_sheetPart, QuaZip::csInsensitive)) {
        *error = fail(m_sheetPart, Tr::tr("the part is missing"));
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = fail(m_sheetPart,
                      Tr::tr("the part cannot be unpacked (zip error %1)").arg(file.getZipError()));
        return false;
    }
    // <mergeCells> follows <sheetData>: find it in the bytes, then read the rest from there.
    QByteArray tail;
    QByteArray carry;
    bool found = false;
    for (;;) {
        const QByteArray block = file.read(1024 * 1024);
        if (block.isEmpty())
            break;
        if (found) {
            tail += block;
            if (tail.size() > 64 * 1024 * 1024)
                break;
            continue;
        }
        const QByteArray window = carry + block;
        const qsizetype at = window.indexOf("mergeCells");
        if (at >= 0) {
            found = true;
            tail = window.mid(at);
        } else {
            carry = window.right(16);
        }
    }
    if (!found)
        return true;
    static const QRegularExpression mergeCell(
        QStringLiteral("<(?:[\\w.-]+:)?mergeCell\\s[^>]*?\\bref\\s*=\\s*[\"']([A-Za-z]+\\d+)(?::(["
                       "A-Za-z]+\\d+))?[\"']"));
    const QString text = QString::fromLatin1(tail);
    for (auto it = mergeCell.globalMatch(text); it.hasNext() && m_merges.size() < kMaxMerges;) {
        const auto match = it.next();
        Merge merge;
        int c2 = 0;
        qint64 r2 = 0;
        if (!parseReference(match.capturedView(1), merge.left, merge.top))
            continue;
        if (match.capturedView(2).isEmpty() || !parseReference(match.capturedView(2), c2, r2))
            continue;
        merge.right = std::max(merge.left, c2);
        merge.bottom = std::max(merge.top, r2);
        merge.left = std::min(merge.left, c2);
        merge.top = std::min(merge.top, r2);
        m_merges << merge;
    }
    std::stable_sort(m_merges.begin(), m_merges.end(),
                     [](const Merge &a, const Merge &b) { return a.top < b.top; });
    return true;
}

bool XlsxReader::openSheet(QString *error)
{
    if (!m_zip->setCurrentFile(m_sheetPart, QuaZip::csInsensitive)) {
        *error = fail(m_sheetPart, Tr::tr("the part is missing"));
        return false;
    }
    QuaZipFileInfo64 info;
    if (m_zip->getCurrentFileInfo(&info))
        m_sheetSize = qint64(info.uncompressedSize);
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::ReadOnly)) {
        *error =
            fail(m_sheetPart,
                 Tr::tr("the part cannot be unpacked (zip error %1)").arg(m_sheet->getZipError()));
        return false;
    }
    m_xml.setDevice(m_sheet.get());
    return true;
}

QString XlsxReader::sharedString(qsizetype index) const
{
    const qint64 begin = index == 0 ? 0 : m_stringEnds.at(index - 1);
    return QString::fromUtf8(m_strings.constData() + begin, m_stringEnds.at(index) - begin);
}

bool XlsxReader::readCell(RawRow &row, int &column)
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView ref = attributes.value(QLatin1String("r"));
    int col = column + 1;
    qint64 refRow = 0;
    if (!ref.isEmpty() && !parseReference(ref, col, refRow))
        col = column + 1;
    if (col >= kMaxColumns) {
        m_xml.raiseError(Tr::tr("row %1: a cell beyond the last column").arg(row.number));
        return false;
    }
    column = col;
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    bool hasValue = false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::EndElement)
            break; // </c>
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == QLatin1String("v") || m_xml.name() == QLatin1String("is")) {
            if (!readText(m_xml, value))
                return false;
            hasValue = true;
        } else {
            m_xml.skipCurrentElement(); // <f>, <extLst>
        }
    }
    if (!hasValue || value.isEmpty())
        return true;
    QVariant cell;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_stringEnds.size()) {
            m_xml.raiseError(Tr::tr("row %1: cell %2 refers to a shared string that does not exist")
                                 .arg(row.number)
                                 .arg(ref.toString()));
            return false;
        }
        cell = sharedString(index);
    } else if (type == QLatin1String("b")) {
        cell = XlsxXml::isTrue(value.trimmed());
    } else if (type == QLatin1String("inlineStr") || type == QLatin1String("str") ||
               type == QLatin1String("e")) {
        cell = value;
    } else if (type == QLatin1String("d")) { // ISO 8601 (strict workbooks)
        const QString iso = value.trimmed();
        const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!iso.contains(QLatin1Char('T')) && QDate::fromString(iso, Qt::ISODate).isValid())
            cell = QDate::fromString(iso, Qt::ISODate);
        else if (!dt.isValid())
            cell = value;
        else if (dt.timeSpec() == Qt::LocalTime) // no offset: a wall-clock time in the zone
            cell = QDateTime(dt.date(), dt.time(), m_zone);
        else
            cell = dt.toTimeZone(m_zone);
    } else {
        bool ok = false;
        const double number = value.trimmed().toDouble(&ok);
        if (!ok)
            cell = value;
        else
            cell = fromSerial(number,
                              style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style)
                                                                        : NumberKind::Number,
                              m_date1904, m_zone);
    }
    if (row.cells.size() <= column)
        row.cells.resize(column + 1);
    row.cells[column] = cell;
    return true;
}

bool XlsxReader::readRawRow(RawRow &row)
{
    if (m_done)
        return false;
    while (!m_xml.atEnd()) {
        const auto token = m_xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::EndElement && m_xml.name() == QLatin1String("sheetData"))
            break; // what follows holds no cells
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (m_xml.name() == QLatin1String("sheetData")) {
            m_inSheetData = true;
            continue;
        }
        if (!m_inSheetData || m_xml.name() != QLatin1String("row"))
            continue;
        bool ok = false;
        const qint64 number = XlsxXml::attribute(m_xml, QLatin1String("r")).toLongLong(&ok);
        row.number = ok && number > m_lastRow && number <= kMaxRows ? number : m_lastRow + 1;
        m_lastRow = row.number;
        row.cells.clear();
        int column = -1;
        while (!m_xml.atEnd()) {
            const auto inner = m_xml.readNext();
            if (inner == QXmlStreamReader::EndElement)
                return true; // </row>
            if (inner == QXmlStreamReader::Invalid)
                break;
            if (inner != QXmlStreamReader::StartElement)
                continue;
            if (m_xml.name() == QLatin1String("c")) {
                if (!readCell(row, column))
                    break;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        break;
    }
    m_done = true;
    if (m_xml.hasError()) {
        m_error = fail(m_sheetPart, XlsxXml::error(m_xml));
    } else if (m_sheet->getZipError() != 0) {
        m_error = fail(m_sheetPart,
                       Tr::tr("the part is damaged (zip error %1)").arg(m_sheet->getZipError()));
    }
    return false;
}

void XlsxReader::applyMerges(RawRow &row)
{
    while (m_nextMerge < m_merges.size() && m_merges.at(m_nextMerge).top <= row.number)
        m_activeMerges << m_nextMerge++;
    for (qsizetype i = 0; i < m_activeMerges.size();) {
        Merge &merge = m_merges[m_activeMerges.at(i)];
        if (merge.bottom < row.number) {
            m_activeMerges.removeAt(i);
            continue;
        }
        if (merge.top == row.number && merge.left < row.cells.size())
            merge.value = row.cells.at(merge.left);
        if (!merge.value.isNull()) {
            const int right = std::min(merge.right, kMaxColumns - 1);
            if (row.cells.size() <= right)
                row.cells.resize(right + 1);
            for (int c = merge.left; c <= right; ++c) {
                if (row.cells.at(c).isNull())
                    row.cells[c] = merge.value;
            }
        }
        ++i;
    }
}

bool XlsxReader::toImportRow(RawRow &raw, ImportRow &row)
{
    applyMerges(raw);
    const qsizetype n = m_detected.headers.size();
    row.number = raw.number;
    row.warning.clear();
    for (qsizetype i = n; i < raw.cells.size(); ++i) {
        if (!raw.cells.at(i).isNull()) {
            row.warning = Tr::tr("row %1: a value beyond the header's %2 columns is left out")
                              .arg(raw.number)
                              .arg(n);
            break;
        }
    }
    raw.cells.resize(n);
    row.cells = std::move(raw.cells);
    return std::any_of(row.cells.cbegin(), row.cells.cend(),
                       [](const QVariant &v) { return !v.isNull(); });
}

namespace {
QString cellText(const QVariant &v)
{
    // For the header guess: anything but text reads as a value.
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QString)
        return v.toString();
    return QStringLiteral("0");
}
} // namespace

Result<std::unique_ptr<ImportReader>> XlsxReader::open(const QString &path,
                                                       const ImportReadOptions &options)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    XlsxReader &r = *reader;
    r.m_path = path;
    r.m_name = QFileInfo(path).fileName();
    r.m_zone = options.zone;
    r.m_detected.format = ImportFormat::Xlsx;
    r.m_zip = std::make_unique<QuaZip>(path);
    if (!r.m_zip->open(QuaZip::mdUnzip))
        return makeError(
            Error::Code::Invalid,
            Tr::tr("%1 is not an Excel workbook: it is not a zip archive, or a damaged one.")
                .arg(r.m_name));
    QString error;
    QHash<QString, QString> targets;
    QHash<QString, QString> types;
    if (!r.readRelationships(QStringLiteral(""), targets, types, &error))
        return makeError(Error::Code::Invalid, error);
    const QString workbook = targets.value(types.value(QStringLiteral("officeDocument")),
                                           QStringLiteral("xl/workbook.xml"));
    if (!r.m_zip->setCurrentFile(workbook, QuaZip::csInsensitive))
        return makeError(
            Error::Code::Invalid,
            Tr::tr("%1 is not an Excel workbook: it has no %2.").arg(r.m_name, workbook));
    QStringList sheetIds;
    targets.clear();
    types.clear();
    if (!r.readWorkbook(workbook, sheetIds, &error) ||
        !r.readRelationships(workbook, targets, types, &error))
        return makeError(Error::Code::Invalid, error);
    if (sheetIds.isEmpty())
        return makeError(Error::Code::Invalid, Tr::tr("%1 has no sheets.").arg(r.m_name));
    if (options.sheet < 0 || options.sheet >= sheetIds.size())
        return makeError(Error::Code::Invalid, Tr::tr("%1 has no sheet %2: it has %3.")
                                                   .arg(r.m_name)
                                                   .arg(options.sheet + 1)
                                                   .arg(sheetIds.size()));
    r.m_detected.sheet = options.sheet;
    r.m_sheetPart = targets.value(sheetIds.at(options.sheet));
    if (r.m_sheetPart.isEmpty())
        return makeError(
            Error::Code::Invalid,
            r.fail(workbook,
                   Tr::tr("sheet \"%1\" has no part").arg(r.m_detected.sheets.at(options.sheet))));
    const QString base = workbook.left(workbook.lastIndexOf(QLatin1Char('/')) + 1);
    const QString strings = targets.value(types.value(QStringLiteral("sharedStrings")),
                                          base + QLatin1String("sharedStrings.xml"));
    const QString styles =
        targets.value(types.value(QStringLiteral("styles")), base + QLatin1String("styles.xml"));
    if (!r.readSharedStrings(strings, &error) || !r.readStyles(styles, &error) ||
        !r.scanMerges(&error) || !r.openSheet(&error))
        return makeError(Error::Code::Invalid, error);

    // The first rows, to find the header; they are kept and handed out first.
    std::deque<RawRow> sample;
    QList<QStringList> texts;
    RawRow raw;
    while (int(sample.size()) < kSampleRows && r.readRawRow(raw)) {
        QStringList text;
        for (const QVariant &v : std::as_const(raw.cells))
            text << cellText(v);
        texts << text;
        sample.push_back(std::move(raw));
    }
    // An error after the first rows is reported once they are read, naming where it stopped.
    if (!r.m_error.isEmpty() && sample.empty())
        return makeError(Error::Code::Invalid, r.m_error);
    // The rows up to the header, the header among them when it has cells.
    qsizetype consumed = 0;
    bool haveHeader = false;
    if (options.headerRow >= 0) {
        r.m_detected.headerRow = options.headerRow;
        while (consumed < qsizetype(sample.size()) &&
               sample.at(size_t(consumed)).number - 1 <= options.headerRow)
            ++consumed;
        haveHeader =
            consumed > 0 && sample.at(size_t(consumed - 1)).number - 1 == options.headerRow;
    } else if (!sample.empty()) {
        consumed = ImportHeader::guess(texts) + 1;
        haveHeader = true;
        r.m_detected.headerRow = int(sample.at(size_t(consumed - 1)).number - 1);
    }
    // They pass through the merges too: a merge may start above the header.
    RawRow header;
    for (qsizetype i = 0; i < consumed; ++i) {
        header = std::move(sample.front());
        sample.pop_front();
        r.applyMerges(header);
    }
    // A header given beyond the sample: the rows up to it are skipped.
    while (options.headerRow >= 0 && sample.empty() && !haveHeader && r.readRawRow(raw)) {
        if (raw.number - 1 > options.headerRow) {
            sample.push_back(std::move(raw));
            break;
        }
        r.applyMerges(raw);
        if (raw.number - 1 == options.headerRow) {
            header = std::move(raw);
            haveHeader = true;
        }
    }
    QStringList labels;
    if (haveHeader) {
        for (const QVariant &v : std::as_const(header.cells))
            labels << (v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate)
                                                      : v.toString());
    }
    const int width =
        std::max<int>(int(labels.size()), ImportHeader::bodyWidth(texts.mid(consumed)));
    r.m_detected.headers = ImportHeader::labels(labels, width);
    r.m_pending = std::move(sample);
    return std::unique_ptr<ImportReader>(std::move(reader));
}

bool XlsxReader::next(ImportRow &row)
{
    RawRow raw;
    for (;;) {
        if (!m_pending.empty()) {
            raw = std::move(m_pending.front());
            m_pending.pop_front();
        } else if (!readRawRow(raw)) {
            return false;
        }
        if (toImportRow(raw, row))
            return true;
    }
    return false;
}

double XlsxReader::progress() const
{
    if (m_done && m_pending.empty())
        return 1.0;
    return m_sheetSize > 0 && m_sheet ? std::min(1.0, double(m_sheet->pos()) / double(m_sheetSize))
                                      : 0.0;
}

} // namespace Voronka::Core
