// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "options.h"
#include "runner.h"

#include "core/importexport/importsource.h"

namespace Voronka::Bench {

// "import N contacts (CSV)": a generated CSV file of N contacts (name, phone, email, position)
// imported into a fresh file through the Importer (mapping guessed from the headers, duplicates
// matched on email and phone, chunks of ImportOptions' rows, history, outbox, search index and the
// import history) next to raw prepared C-API inserts of the same rows into a fresh file with
// the same schema, indexes and search index: the contact row, its search row, its outbox row
// and its history line, as many rows per transaction as the importer
// writes, each chunk's search rows last. Voronka reads the file through
// ImportReader (streamed); the raw side reads and parses it whole with parseCsv. The note gives
// Voronka's peak resident growth (VmHWM, reset before each run).
// "import N contacts (XLSX)": the same rows as a workbook written by the XLSX export, read by
// XlsxReader, against the same raw inserts.
// The row's name: "import 100k contacts (CSV)", "import 1M contacts (XLSX)".
QString importRowName(qint64 rows, Core::ImportFormat format);
RowResult benchImport(const Options &options, qint64 rows,
                      Core::ImportFormat format = Core::ImportFormat::Csv);

} // namespace Voronka::Bench
