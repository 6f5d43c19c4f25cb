// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/importexport/importmapping.h"
#include "core/importexport/importmatch.h"
#include "core/importexport/importsource.h"
#include "core/services/session.h"

#include <QIODevice>
#include <QJsonObject>

#include <functional>

namespace Voronka::Core {

enum class OnDuplicate { Skip, Update, Create };

struct ImportOptions
{
    OnDuplicate onDuplicate = OnDuplicate::Skip;
    int match = MatchEmail | MatchPhone | MatchExternal;
    qint64 defaultResponsibleId = 0; // a row without a responsible; 0: the acting user
    QString tag;                     // added to every record the import creates or updates
    int chunkRows = 5000;            // rows per transaction
    // New contacts and companies are checked row by row and written a chunk at a time
    // (Records::stage); true writes each through Records::create instead, the reference the
    // set-based writer is held to. Not kept with the batch.
    bool perRow = false;

    QJsonObject toJson() const;
    static ImportOptions fromJson(const QJsonObject &o);
    // "email,phone,name,external" <-> the bits; an unknown word gives nullopt in parse.
    static std::optional<int> parseMatch(const QString &words);
};

struct ImportRowError
{
    qint64 row = 0;  // ImportRow::number
    int column = -1; // the file's column, -1: the row as a whole
    QString message; // complete: «row 1 207, column «Телефон»: "abc" is not a phone number»
};

struct ImportReport
{
    qint64 batchId = 0; // 0 for a check
    qint64 rows = 0;    // rows read, including any done before a resume
    qint64 created = 0, updated = 0, skipped = 0, failed = 0;
    bool cancelled = false;
    QList<ImportRowError> errors;
    QList<ImportRow> failedRows; // as read, for failedRowsCsv
};

// Reports how far the work is (0..1) and the rows done; returning false cancels.
using ImportProgress = std::function<bool(double progress, qint64 rows)>;

// Imports the rows of one reader as contacts, companies or deals (DESIGN.md "Imports are
// batches"). Every row goes through Records with origin Import, so it is validated, checked
// against the actor's rights and written with history, outbox, field clocks and the search
// index exactly as a card save; rows are written in chunks, one transaction each, the new
// contacts and companies of a chunk set-based (Records::stage). Importing needs the role's
// import right.
class Importer
{
public:
    Importer(Session &s, ImportMapping mapping, ImportOptions options);
    ~Importer();

    // The dry run: the same pipeline, each chunk rolled back, so the counts and errors are
    // exactly what the import would give; nothing is written.
    Result<ImportReport> check(ImportReader &reader, const ImportProgress &progress = {});
    // The import, as a batch of the import history. A cancelled import keeps the chunks
    // written (a batch that can be undone). `file` names the batch.
    Result<ImportReport> run(ImportReader &reader, const QString &file,
                             const ImportProgress &progress = {});
    // Finishes an interrupted batch: the mapping and options it was started with, the file's
    // rows after those already committed.
    static Result<ImportReport> resume(Session &s, qint64 batchId, ImportReader &reader,
                                       const ImportProgress &progress = {});

    // The failed rows in the file's column layout plus an "Error" column, to fix and import
    // again.
    static Status failedRowsCsv(const ImportReport &report, const QStringList &headers,
                                QIODevice &out);
    // "1 207": row numbers as the errors print them.
    static QString rowNumber(qint64 n);

private:
    struct Impl;
    Status allowed() const;
    Result<ImportReport> go(ImportReader &reader, bool write, qint64 batchId, qint64 skipRows,
                            ImportReport report, const ImportProgress &progress);
    std::unique_ptr<Impl> d;
};

} // namespace Voronka::Core
