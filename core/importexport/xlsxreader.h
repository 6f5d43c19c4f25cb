// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "importsource.h"

#include <QHash>
#include <QXmlStreamReader>

#include <deque>
#include <functional>

class QuaZip;
class QuaZipFile;

namespace Voronka::Core {

// An Excel workbook (.xlsx), one sheet read as a stream of rows. The zip parts are read with
// QuaZip and parsed with QXmlStreamReader as they decompress: a sheet is never held in memory,
// only the shared strings are (packed as UTF-8 in one buffer: Excel puts every text cell
// there). Merged cells are listed after the sheet's data, so the sheet part is scanned once
// for them before its rows are read (bytes only, no XML parse); the top-left value is then
// repeated into every cell of the range in the rows read.
//
// Cells: a shared, inline or formula string is a QString, a boolean a bool, an error its text
// ("#N/A"), a number a double; a number whose format shows a date is a QDate, one that shows
// a date and a time a QDateTime in the options' zone, one that shows a time only (a serial
// below 1) the time as text ("14:30"). Dates follow the workbook's 1900 system (with Excel's
// 29 February 1900, serial 60, read as the 28th) or its 1904 system.
class XlsxReader final : public ImportReader
{
public:
    static Result<std::unique_ptr<ImportReader>> open(const QString &path,
                                                      const ImportReadOptions &options);
    ~XlsxReader() override;

    const ImportDetected &detected() const override { return m_detected; }
    bool next(ImportRow &row) override;
    QString error() const override { return m_error; }
    double progress() const override;

    enum class NumberKind : quint8 { Number, Date, DateTime, Time };
    // What a number format shows (exposed for tests).
    static NumberKind kindOfFormat(int id, const QString &code);
    // An Excel serial as a date, date-time or time text; out of range: the number itself.
    static QVariant fromSerial(double serial, NumberKind kind, bool date1904,
                               const QTimeZone &zone);

private:
    struct RawRow
    {
        qint64 number = 0;
        QVariantList cells;
    };
    struct Merge
    {
        qint64 top = 0;
        qint64 bottom = 0;
        int left = 0;
        int right = 0;
        QVariant value;
    };

    XlsxReader();
    QString fail(const QString &part, const QString &what) const;
    bool readXmlPart(const QString &part, const std::function<bool(QXmlStreamReader &)> &parse,
                     QString *error);
    bool readRelationships(const QString &part, QHash<QString, QString> &targets,
                           QHash<QString, QString> &types, QString *error);
    bool readWorkbook(const QString &part, QStringList &sheetIds, QString *error);
    bool readSharedStrings(const QString &part, QString *error);
    bool readStyles(const QString &part, QString *error);
    bool scanMerges(QString *error);
    bool openSheet(QString *error);
    // The next <row> of the sheet; false at its end or on an error (m_error).
    bool readRawRow(RawRow &row);
    bool readCell(RawRow &row, int &column);
    // The text of the current element's content, skipping phonetic runs (<rPh>).
    static bool readText(QXmlStreamReader &xml, QString &out);
    QString sharedString(qsizetype index) const;
    void applyMerges(RawRow &row);
    bool toImportRow(RawRow &raw, ImportRow &row);

    ImportDetected m_detected;
    QString m_path;
    QString m_name;
    QString m_sheetPart;
    QTimeZone m_zone;
    bool m_date1904 = false;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    qint64 m_sheetSize = 0;
    QXmlStreamReader m_xml;
    QByteArray m_strings; // shared strings, UTF-8, one after the other
    QList<qint64> m_stringEnds;
    QList<NumberKind> m_styleKinds; // by cellXfs index (a cell's s attribute)
    QList<Merge> m_merges;          // by top row
    qsizetype m_nextMerge = 0;
    QList<qsizetype> m_activeMerges;
    std::deque<RawRow> m_pending; // rows read while detecting the header
    qint64 m_lastRow = 0;
    bool m_inSheetData = false;
    bool m_done = false;
    QString m_error;
};

} // namespace Voronka::Core
