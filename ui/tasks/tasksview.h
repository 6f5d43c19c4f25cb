// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/tasks/taskquery.h"
#include "ui/widgets/recordscommand.h"

#include <QPointer>
#include <QTimer>
#include <QTimeZone>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeView;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class AttentionView;
class CompleteBar;
class TaskBoard;
class TaskDialog;
class TaskListModel;
class TaskOutput;

// The Tasks section: the user's tasks grouped by due (a list, or a board whose columns are
// the same groups and where a drop reschedules), or the deals that need attention (no open
// task, or a late one: AttentionView, for the same "whose" filter), the filters (whose tasks, type,
// status, period, text), completing with a result inline and opening the linked deal, contact or
// company (openRecordRequested: the main window's navigation opens it).
class TasksView final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { List, Board, Attention };

    explicit TasksView(Core::Session &session, QTimeZone zone = QTimeZone::systemTimeZone(),
                       QWidget *parent = nullptr);

    void activate();
    // Loaded, and in the attention mode its first page and count are in (screenshots wait).
    bool isLoaded() const;
    void reload();
    Core::TaskFilter filter() const;
    Mode mode() const;
    void setMode(Mode mode); // remembered (QSettings "tasks/mode")
    // The list of one person's ("u:<id>"), a department's ("d:<id>") or everyone's ("all")
    // tasks in one status, any type, any time: what a report's task figure opens. A whose the
    // filter does not offer falls back to everyone the user may see.
    void showTasksOf(const QString &whose, Core::TaskStatus status);
    bool boardMode() const { return mode() == Mode::Board; }
    void setBoardMode(bool board) { setMode(board ? Mode::Board : Mode::List); }
    qint64 currentTask() const;
    bool selectTask(qint64 taskId);
    void completeCurrent();
    // "New task" (Ctrl+N): the task dialog for the user, due at the next full hour. Returns
    // the dialog, open (window-modal), for tests to fill.
    TaskDialog *newTask();
    void reopenCurrent(); // a done or cancelled task is open again: one undo step
    void openCurrentLink();

    // The list as filtered, printed with each client's details (TaskPrinter) or exported to
    // iCalendar or Excel, in the background (TaskOutput: a progress dialog with Cancel; errors
    // show above the list). The *As() actions ask for a printer or a file first. False when
    // an output is under way already.
    bool printTo(std::unique_ptr<QPrinter> printer);
    bool exportPdf(const QString &path);
    bool exportIcs(const QString &path);
    bool exportXlsx(const QString &path);
    void print();
    void exportPdfAs();
    void exportIcsAs();
    void exportXlsxAs();
    TaskOutput *output() const { return m_outputJob; }
    QString printTitle() const;

    TaskListModel *listModel() const { return m_model; }
    QTreeView *listView() const { return m_tree; }
    TaskBoard *board() const { return m_board; }
    AttentionView *attention() const { return m_attention; }
    CompleteBar *completeBar() const { return m_complete; }
    // The section's undo history (an undo scope: Ctrl+Z inside it): completions, board
    // drops and tasks made here.
    QUndoStack *undoStack() const { return m_undo; }

signals:
    void openRecordRequested(Core::EntityKind kind, qint64 id, const QString &title);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpFilters();
    void setUpModeButtons();
    void setUpOutputMenu();
    void setUpList();
    void buildLayout();
    void restoreMode();
    void connectSignals();
    void fitColumns();
    void fillFilters();
    void expandGroups();
    void updateActions();
    void updateModeWidgets();
    void showError(const QString &message);
    void setUpUndo();
    void pushCreated(qint64 taskId);
    RecordsCommand::Done undoDone();

    Core::Session &m_session;
    QTimeZone m_zone;
    bool m_loaded = false;
    // Today, Overdue and the board's buckets are relative to the day they were loaded on: the
    // view loads again when the day changes, at midnight while shown, or when next activated.
    QDate today() const;
    void scheduleDayChange();
    QDate m_loadedDay;
    QTimer *m_dayTimer;
    QLabel *m_title;
    QLabel *m_summary;
    QComboBox *m_responsible;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_period;
    QComboBox *m_link;
    QLineEdit *m_search;
    QToolButton *m_listMode;
    QToolButton *m_boardMode;
    QToolButton *m_attentionMode;
    QPushButton *m_completeAction;
    QPushButton *m_reopenAction;
    QPushButton *m_openLinked;
    QPushButton *m_newTask;
    QPointer<TaskDialog> m_newDialog;
    QToolButton *m_output;
    QLabel *m_error;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    QTreeView *m_tree;
    TaskListModel *m_model;
    TaskBoard *m_board;
    AttentionView *m_attention;
    CompleteBar *m_complete;
    TaskOutput *m_outputJob;
    QUndoStack *m_undo;
    QTimer m_debounce;
};

} // namespace Voronka::Ui
