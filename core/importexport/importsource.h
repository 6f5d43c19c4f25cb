// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>

#include <memory>

namespace Voronka::Core {

// The seam between reading a file and importing it. A reader (CSV/TSV, XLSX, vCard) turns a
// file of any origin into a header and a stream of rows; the importer (mapping, duplicates,
// checks, the batched write) sees only this, so a new format is one more reader and nothing
// else changes.
//
// Rows are streamed: a million-row file is never held in memory. The wizard's preview reads
// the first rows of one reader; the check and the import open the file again with the options
// the user settled on (everything detected is shown and may be overridden).

enum class ImportFormat { Auto, Csv, Xlsx, VCard };

struct ImportReadOptions
{
    ImportFormat format = ImportFormat::Auto; // Auto: from the content, then the extension
    QByteArray encoding;                      // CSV: a codec name; empty: detected
    QChar delimiter;                          // CSV: ',' ';' '\t' '|'; null: detected
    int headerRow = -1;                       // index of the header among the file's rows; -1: detected
    int sheet = 0;                            // XLSX: index of the sheet
    QTimeZone zone = QTimeZone::systemTimeZone(); // XLSX date-times are read in it
};

// What the reader found (or was told), for the preview to show and change.
struct ImportDetected
{
    ImportFormat format = ImportFormat::Auto;
    QByteArray encoding; // CSV
    QChar delimiter;     // CSV
    int headerRow = 0;
    QStringList sheets; // XLSX: every sheet's name, in workbook order
    int sheet = 0;
    QStringList headers; // one per column; a blank header reads "Column N"
};

struct ImportRow
{
    // The row's number as the user finds it in the file: the spreadsheet row, the CSV line
    // the record starts on, the vCard's ordinal. Errors name it ("row 1 207").
    qint64 number = 0;
    // One cell per header column, missing trailing cells null. A cell is null (empty), a
    // QString, a double (an XLSX number), a bool, a QDate or a QDateTime (XLSX dates). Several
    // values of one column (a vCard's phones) are one string, one value a line.
    QVariantList cells;
    // Empty, or what the reader had to leave out of this row (a CSV record with more filled
    // fields than the header has columns). The row is still read; the importer may report it.
    QString warning;
};

class ImportReader
{
public:
    virtual ~ImportReader() = default;

    // Opens and detects; an error names the file and what is wrong with it ("not an Excel
    // workbook: …", "line 12: a quote is never closed"), never aborts, whatever the bytes.
    static Result<std::unique_ptr<ImportReader>> open(const QString &path,
                                                       const ImportReadOptions &options = {});

    virtual const ImportDetected &detected() const = 0;
    // The next row after the header; false at the end of the file or on an error (error()).
    virtual bool next(ImportRow &row) = 0;
    // Empty at a clean end; else what stopped the reading, naming the row.
    virtual QString error() const = 0;
    // How far the reading is, 0 to 1, for progress bars.
    virtual double progress() const = 0;
};

} // namespace Voronka::Core
