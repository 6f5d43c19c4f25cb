// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/importexport/importhistory.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Voronka::Ui {

class BackgroundJob;

// File → Import history…: every import of this file, newest first (file, kind, who, when,
// state, counts), with "Undo import" for a batch that is done or was cut short, and "Finish"
// for one a crash interrupted (the rest of its file, read again, with the mapping and options
// it started with).
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(Core::Session &session, QWidget *parent = nullptr);

    void reload();
    qint64 selectedBatch() const;
    bool isBusy() const;

signals:
    // A batch was undone or finished: sections read their records again.
    void changed(Core::EntityKind kind);

private:
    void updateButtons();
    void undoSelected();
    void finishSelected();

    Core::Session &m_session;
    QList<Core::ImportBatch> m_batches;
    QTableWidget *m_table;
    QLabel *m_message;
    QProgressBar *m_progress;
    QPushButton *m_undo;
    QPushButton *m_finish;
    QPointer<BackgroundJob> m_job;
};

} // namespace Voronka::Ui
