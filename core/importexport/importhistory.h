// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/importexport/importmapping.h"
#include "core/services/session.h"

namespace Voronka::Core {

struct ImportOptions;
struct ImportReport;

// Stored in import_batches.state: the numbers never change.
enum class ImportState { Running = 0, Done = 1, Cancelled = 2, Interrupted = 3, Undone = 4 };
QString importStateKey(ImportState s); // "running", "done", ...

struct ImportBatch
{
    qint64 id = 0;
    QString file;
    EntityKind kind = EntityKind::None;
    qint64 userId = 0;
    QString userName;
    qint64 startedAt = 0, finishedAt = 0; // ms; finishedAt 0 while running
    ImportState state = ImportState::Running;
    qint64 rowsDone = 0, created = 0, updated = 0, skipped = 0, failed = 0;
    QString mapping, options; // JSON
};

// The import history of a file: one batch per import, what it did to each record, and the
// undo of a whole batch. Local to the file (never synced).
class ImportHistory
{
public:
    explicit ImportHistory(Session &s)
        : m_s(s)
    {
    }

    // Newest first. A batch left running by a process that is gone is marked interrupted
    // first.
    Result<QList<ImportBatch>> list();
    Result<ImportBatch> batch(qint64 id);
    // Running batches whose process is gone (on this computer) or silent for 10 minutes
    // become interrupted; how many.
    Result<int> markInterrupted();

    struct UndoResult
    {
        int reverted = 0;
        QStringList refused; // records changed since the import, left as they are
    };
    // Records the batch created go to the recycle bin, records it updated get their earlier
    // values back, through Records with origin Undo and compare-and-set: a record changed
    // since the import is left and named. The batch is then undone.
    Result<UndoResult> undo(qint64 id);

    // For the importer.
    Result<qint64> begin(const QString &file, const ImportMapping &mapping,
                         const ImportOptions &options);
    // Inside a chunk's transaction: the rows done and counts so far.
    void progress(qint64 id, qint64 rowsDone, const ImportReport &r);
    Status finish(qint64 id, ImportState state, const ImportReport &r);
    // An interrupted batch taken up again by this process (Importer::resume).
    Result<ImportBatch> claim(qint64 id);

    static QString owner(); // "host:pid" of this process

private:
    Session &m_s;
};

} // namespace Voronka::Core
