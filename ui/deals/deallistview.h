// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/recordlist.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QFrame;
class QHBoxLayout;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BackgroundJob;
class RecordListModel;
class RecordBulkBar;
class RecycleBinDialog;

// The deals as a table: the columns the user picked (remembered per user), sorting by a
// header click, edits in place, and for a selection the record lists' bulk bar (with the
// stage move first) and the CSV export. Every change goes through core; what core
// refuses is shown with its message, deal by deal.
class DealListView final : public QWidget
{
    Q_OBJECT
public:
    explicit DealListView(Core::Session &session, QWidget *parent = nullptr);

    void activate();
    bool isLoaded() const;
    RecordListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The board's pipeline (0: all pipelines) and filter; the list follows them.
    void setScope(qint64 pipelineId, const Core::RecordFilter &filter);
    // Just these deals, under a banner naming them ("Won — March 2026: 12 deals") with a way
    // back to the board's scope: what a report's number opens. The next setScope ends it.
    void showSelection(const QList<qint64> &ids, const QString &title);
    bool showsSelection() const;
    void addHeaderWidget(QWidget *widget);
    void setColumnKeys(const QStringList &keys); // and remembers them for this user

    QList<qint64> selectedIds() const;
    // The deals' recycle bin (Recycle bin in the header): restoring is a step of this list.
    RecycleBinDialog *openRecycleBin();
    // The bulk edits of the selection, as the bar's menus run them.
    void bulkSetStage(qint64 stageId);
    void bulkSetResponsible(qint64 userId);
    void bulkAddTag(const QString &tag);
    void bulkRemoveTag(const QString &tag);
    void bulkSetField(const QString &key, const QVariant &value);
    void bulkDelete(); // after the user confirmed
    // Writes the selection (or, with nothing selected, every deal of the list) to a CSV file
    // (an Excel workbook when the name ends in .xlsx),
    // in a BackgroundJob with its own connection (a whole pipeline is 330k rows) while a
    // progress dialog shows; exportFinished() reports the end. False when it cannot start.
    bool exportTo(const QString &path);
    bool isExporting() const;
    // The list's undo history: each bulk edit and each edit in place is one step.
    QUndoStack *undoStack() const { return m_undo; }
    // The message of the last bulk edit, undo or export; empty when all went well.
    QString lastReport() const { return m_lastReport; }

signals:
    void pipelineRequested(qint64 pipelineId);
    // "Show all deals" under a report's selection: the list goes back to the board's scope.
    void selectionCleared();
    void exportFinished(bool ok, const QString &message);

private:
    void buildHeader();
    void buildSelectionBanner();
    void buildBar();
    void buildTable();
    void connectModel();
    void sortBy(int section);
    void buildColumnMenu();
    void buildStageMenu();
    void moveToStage(const QList<qint64> &ids, qint64 stageId, const Core::Patch &extra);
    void updateSelectionBar();
    void updateCount();
    void fitColumns();
    void chooseExportFile();
    void showExportError(const QString &message);
    QString settingsKey(const QString &what) const;
    bool eventFilter(QObject *watched, QEvent *event) override;

    Core::Session &m_session;
    RecordListModel *m_model;
    QHBoxLayout *m_header;
    QLabel *m_title;
    QComboBox *m_pipelines;
    QLabel *m_count;
    QToolButton *m_columnsButton;
    QMenu *m_columnsMenu;
    QToolButton *m_exportButton;
    QToolButton *m_binButton;
    QPointer<RecycleBinDialog> m_bin;
    QToolButton *m_stageButton;
    QMenu *m_stageMenu;
    RecordBulkBar *m_bar;
    QTableView *m_table;
    QLabel *m_empty;
    QFrame *m_selection;
    QLabel *m_selectionText;
    QUndoStack *m_undo;
    QString m_lastReport;
    QPointer<BackgroundJob> m_exportJob;
    bool m_activated = false;
};

} // namespace Voronka::Ui
