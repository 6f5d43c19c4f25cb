// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/tasks/attention.h"

#include <QPointer>
#include <QTimeZone>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class AttentionModel;
class BackgroundJob;
class TaskDialog;

// The Tasks section's "Needs attention" mode: open deals without an open task or with a late
// one, for whoever the section's "whose tasks" filter names. "Add task" plans the next step
// in the calendar's task dialog (the deal then leaves the "no open task" list); "Open deal"
// opens the card. The total is counted in the background: over a million deals it is a
// full scan, and the list's first page never waits for it.
class AttentionView final : public QWidget
{
    Q_OBJECT
public:
    enum class Reasons { Both, NoOpenTask, OverdueTask };

    explicit AttentionView(Core::Session &session, QTimeZone zone = QTimeZone::systemTimeZone(),
                           QWidget *parent = nullptr);
    ~AttentionView() override;

    // Whose deals: the section's filter (empty ids and 0: everyone the user may see).
    void setScope(const QList<qint64> &responsibleIds, qint64 departmentId);
    void reload();
    Core::Attention::Filter filter() const;
    Reasons reasons() const;
    void setReasons(Reasons reasons);

    qint64 currentDeal() const;
    bool selectDeal(qint64 dealId);
    // Opens the task dialog for the current deal (non-modal; the list updates on save).
    TaskDialog *addTask();
    void openDeal();

    // -1 while the count runs.
    qint64 total() const { return m_total; }
    bool isCounting() const { return m_countJob != nullptr; }
    bool isLoading() const; // the first page or the count is still being read
    QString summary() const;

    // The reasons choice and the two actions, for the section's filter row (TasksView puts
    // it there and shows it in this mode only).
    QWidget *toolBar() const { return m_bar; }
    AttentionModel *model() const { return m_model; }
    QTreeView *view() const { return m_tree; }

signals:
    void openRecordRequested(Core::EntityKind kind, qint64 id, const QString &title);
    void taskCreated(qint64 taskId); // by addTask(): the section makes it an undo step
    void summaryChanged(const QString &summary);
    void counted(qint64 total);

private:
    void startCount();
    void updateState();

    Core::Session &m_session;
    QTimeZone m_zone;
    QList<qint64> m_responsibleIds;
    qint64 m_departmentId = 0;
    QWidget *m_bar;
    QComboBox *m_reasons;
    QPushButton *m_addTask;
    QPushButton *m_openDeal;
    QLabel *m_error;
    QLabel *m_empty;
    QTreeView *m_tree;
    AttentionModel *m_model;
    BackgroundJob *m_countJob = nullptr;
    qint64 m_total = -1;
    qint64 m_removedWhileCounting = 0;
    QPointer<TaskDialog> m_dialog;
};

} // namespace Voronka::Ui
