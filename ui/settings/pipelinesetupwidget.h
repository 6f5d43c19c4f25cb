// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/pipelinesetup.h"
#include "ui/settings/dealmovejob.h"
#include "ui/widgets/admincommand.h"

#include <QWidget>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QToolButton;
class QUndoStack;

namespace Voronka::Ui {

class StageListWidget;

// The admin's pipeline setup: pipelines on the left, the selected pipeline's stages in the
// middle, the selected stage's settings and automations on the right. Every edit is one core
// call made at once (there is no OK to forget); a refusal is shown under the panels, naming
// the stage or pipeline. Renames, colours, probabilities, idle days and the order of stages
// and pipelines, additions, deletions (with the deals they move) and automations go on the
// undo stack. The board's dialog and the Settings page both show it; changed()
// tells the board to reload when its dialog closes.
class PipelineSetupWidget final : public QWidget
{
    Q_OBJECT
public:
    PipelineSetupWidget(Core::Session &session, qint64 pipelineId, QWidget *parent = nullptr)
        : PipelineSetupWidget(session, pipelineId, nullptr, parent)
    {
    }
    // With the stack of a host (a Settings page, whose header has Undo and Redo) the steps go
    // there and the widget shows no Undo and Redo of its own.
    PipelineSetupWidget(Core::Session &session, qint64 pipelineId, QUndoStack *hostUndo,
                        QWidget *parent);

    bool changed() const { return m_changed; }
    qint64 pipelineId() const { return m_pipelineId; }
    StageListWidget *stageList() const { return m_stages; }
    QUndoStack *undoStack() const { return m_undo; }

private:
    QWidget *pipelinePanel();
    QWidget *stagePanel();
    QWidget *detailPanel();
    QFormLayout *stageForm(QWidget *panel);
    void createAutomationList(QWidget *panel);
    QHBoxLayout *automationButtons(QWidget *panel);
    void connectStageForm();
    void connectAutomationList();
    QToolButton *toolButton(const char *objectName, const QString &icon, const QString &tip);

    void reloadPipelines(qint64 selectId);
    void reloadStages(qint64 selectStageId, bool recount = false);
    void showStage();
    void reloadAutomations();
    // Shows a core refusal (false) or records the change (true).
    bool report(const Core::Status &status);
    // Runs a change now and keeps it on the undo stack; `shown` reloads what it touched.
    // mergeKey: steps with the same key in a row merge into one (a spin box's steps).
    void change(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo,
                std::function<void()> shown, const QString &mergeKey = {});
    // The same, returning what the first run reported (a dialog that stays open on a refusal).
    Core::Status tryChange(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo,
                           std::function<void()> shown, const QString &mergeKey = {});
    // Shows the stage's pipeline and selects the stage (after an undo elsewhere).
    void revealStage(qint64 stageId);
    QList<qint64> openStageOrder() const;

    void addPipeline();
    void deletePipeline();
    void movePipeline(int delta);
    void addStage();
    void deleteStage();
    // Deletes a stage or a pipeline as an undoable step, moving its deals to `target`.
    void pushRemoval(DealMoveJob::Kind kind, qint64 id, qint64 target, qint64 deals,
                     const QString &text);
    void chooseColor();
    void recolor(qint64 stageId, const QString &color);
    void editAutomation(qint64 automationId);
    Core::Status addAutomation(const Core::StageAutomation &automation, const QString &stageName);
    void deleteAutomation();

    Core::Session &m_session;
    QUndoStack *m_undo;
    Core::PipelineSetup m_setup;
    qint64 m_pipelineId;
    bool m_changed = false;
    bool m_filling = false;
    qint64 m_formStageId = 0;
    QHash<qint64, qint64> m_dealCounts; // live deals per stage of the shown pipeline

    QListWidget *m_pipelines = nullptr;
    QToolButton *m_deletePipeline = nullptr;
    QToolButton *m_pipelineUp = nullptr;
    QToolButton *m_pipelineDown = nullptr;
    QLabel *m_stagesTitle = nullptr;
    StageListWidget *m_stages = nullptr;
    QToolButton *m_stageUp = nullptr;
    QToolButton *m_stageDown = nullptr;
    QToolButton *m_deleteStage = nullptr;
    QLabel *m_stageTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QToolButton *m_color = nullptr;
    QSpinBox *m_probability = nullptr;
    QSpinBox *m_idleDays = nullptr;
    QLabel *m_kindHint = nullptr;
    QListWidget *m_automations = nullptr;
    QLabel *m_noAutomations = nullptr;
    QPushButton *m_editAutomation = nullptr;
    QPushButton *m_deleteAutomation = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace Voronka::Ui
