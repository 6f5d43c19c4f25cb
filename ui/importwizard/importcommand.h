// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/importexport/importhistory.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

class QWidget;

namespace Voronka::Ui {

// The import history's undo of a batch, off the UI thread (a batch may hold a million
// records): the window waits behind a window-modal busy dialog and keeps painting.
Core::Result<Core::ImportHistory::UndoResult> undoImport(Core::Session &session, qint64 batchId,
                                                         QWidget *window);

// A whole import as one step on its section's undo stack ("Undo Import of 1 204 contacts").
// Undo is the import history's undo of the batch: created records to the recycle bin, updated
// ones back to their earlier values, a record changed since left as it is and named.
//
// There is no redo: core cannot re-apply a batch it undid (the file may have changed or gone),
// so the command makes itself obsolete on undo and the stack drops it. Importing again is the
// way back. Pushed after the import; the first redo() does nothing.
class ImportCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::ImportCommand)

public:
    // message: empty, or what the undo refused or why it failed.
    using Done = std::function<void(const QString &message)>;
    ImportCommand(Core::Session &session, Core::EntityKind kind, qint64 batchId, qint64 records,
                  QWidget *window, Done done);

    static QString describe(Core::EntityKind kind, qint64 records);
    qint64 batchId() const { return m_batch; }

    void undo() override;
    void redo() override {}

private:
    Core::Session &m_session;
    qint64 m_batch;
    QWidget *m_window;
    Done m_done;
};

} // namespace Voronka::Ui
