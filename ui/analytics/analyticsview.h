// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "reportpage.h"
#include "ui/mainwindow/workspace.h"

#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLayout;
class QStackedWidget;
class QTimer;
class QToolButton;
class QUndoStack;

namespace Voronka::Ui {

class DashboardPage;
class PeriodPicker;
class PlanPage;

// The Analytics section: the dashboard and the reports, under one row of filters they share
// (period, whose figures — me, a department, a person, everyone, as far as the role's
// analytics right reaches — and pipeline). The page shown reads its figures in a background
// job whenever a filter changes or it comes into view; the others read when next shown.
// A click on a number opens the deals or tasks behind it in their section (the list opener).
class AnalyticsView final : public QWidget
{
    Q_OBJECT
public:
    explicit AnalyticsView(Core::Session &session, QWidget *parent = nullptr);
    ~AnalyticsView() override;

    void activate();
    bool isLoaded() const;
    // The rights or the people changed: the choices are rebuilt and the page read again.
    void settingsChanged();
    void setListOpener(Workspace::ListOpener opener) { m_opener = std::move(opener); }

    QList<ReportPage *> pages() const { return m_pages; }
    ReportPage *currentPage() const;
    bool showPage(const QString &id);
    PeriodPicker *periodPicker() const { return m_period; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *pipelineBox() const { return m_pipeline; }
    DashboardPage *dashboard() const;
    PlanPage *plan() const;
    QUndoStack *undoStack() const { return m_undo; }
    // The filters as the reports read them.
    ReportContext context() const;

    // The current page's table as CSV, or the page as PNG or PDF (by the file's suffix);
    // the error names the file when it cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr);
    // Runs the drill of a number and opens its list (tests wait on listOpened()).
    void openTarget(const DrillTarget &target);
    // Sets a goal as one undoable step (the Set goal dialog's OK).
    void setGoal(qint64 userId, const QString &month, qint64 sum, qint64 count);
    QString lastMessage() const;
    // Cancels the reading under way (the Cancel beside its progress); the page keeps the
    // figures it showed.
    void cancelReading();
    bool isReading() const { return !m_job.isNull(); }

signals:
    void loaded();
    void listOpened(const Voronka::Ui::Workspace::ListRequest &request);

private:
    QLayout *buildHeader();
    void fillScopes();
    void fillPipelines();
    void reload();
    void pageChosen(int index);
    void chooseExportFile(const QString &suffix);
    void printPage();
    void openGoalDialog(qint64 userId, const QString &month);
    void showMessage(const QString &text);

    Core::Session &m_session;
    QList<ReportPage *> m_pages;
    QStackedWidget *m_stack;
    QButtonGroup *m_tabs;
    PeriodPicker *m_period;
    QComboBox *m_scope;
    QComboBox *m_pipeline;
    QWidget *m_pageTools; // the shown page's own controls
    QToolButton *m_export;
    QToolButton *m_print;
    QLabel *m_message;
    QWidget *m_busy; // progress and Cancel while a page reads for longer than a moment
    QTimer *m_busyDelay;
    QUndoStack *m_undo;
    QPointer<BackgroundJob> m_job;
    QPointer<BackgroundJob> m_drillJob;
    QSet<ReportPage *> m_stale; // read under other filters than those shown now
    Workspace::ListOpener m_opener;
    bool m_activated = false;
    bool m_loaded = false;
};

} // namespace Voronka::Ui
