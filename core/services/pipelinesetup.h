// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/automation/stageautomation.h"
#include "core/services/session.h"

namespace Voronka::Core {

// The admin's setup of pipelines, their stages and the stages' automations, as the board's
// setup dialog edits them. Like Admin (which creates pipelines and automations): every call
// requires an admin, validates, writes in one transaction with history and outbox, and
// refreshes the session caches.
//
// Open stages are the admin's; every other kind (Won, Lost, Incoming, and any kind a newer
// version adds) is fixed: it may be renamed and recolored, never deleted or reordered.
class PipelineSetup
{
public:
    // origin: why its changes happen (WriteMode::Undo when an undo step replays one); history
    // records it.
    explicit PipelineSetup(Session &s, const Origin &origin = {})
        : m_s(s)
        , m_origin(origin)
    {
    }

    static bool isFixed(StageKind kind) { return kind != StageKind::Open; }

    // A new open stage at `index` among the pipeline's open stages (clamped; -1 = last).
    Result<qint64> createStage(qint64 pipelineId, int index, const QString &name,
                               const QString &color, int probability = 0);
    Status renameStage(qint64 stageId, const QString &name);
    Status setStageColor(qint64 stageId, const QString &color); // "#RRGGBB"
    Status setStageProbability(qint64 stageId, int percent);    // 0..100, open stages
    Status setStageIdleDays(qint64 stageId, int days);          // 0 = never idle
    // The pipeline's open stages in their new order; every open stage exactly once.
    Status reorderStages(qint64 pipelineId, const QList<qint64> &openStageIds);

    struct DealCount
    {
        qint64 active = 0;
        qint64 inRecycleBin = 0;
    };
    DealCount stageDealCount(qint64 stageId);
    DealCount pipelineDealCount(qint64 pipelineId);
    // Live deals per stage of the pipeline, from the board's index (cheap at 330k deals).
    QHash<qint64, qint64> activeDealCounts(qint64 pipelineId);

    // Deletes an open stage (not the pipeline's last one). Its deals, those in the recycle
    // bin too, move to `targetStageId` (any pipeline) with a stage-move history entry each;
    // fields required from it become required from the next stage; its automations are
    // deleted and other stages' moves into it point at the target. Returns the deals moved.
    // The move is the admin's restructuring, not a sale progressing: the target's automations
    // do not run and its required fields are not asked for (the deals' next move asks).
    Result<qint64> deleteStage(qint64 stageId, qint64 targetStageId);

    // What a deletion did, kept by its undo step: restoreRemoved puts it back. Stages, the
    // pipeline and automations are tombstoned, not erased, so the undo brings back the very
    // records (same ids and uids, so a synced copy sees a restore, not a new stage).
    struct Removal
    {
        struct Deal
        {
            qint64 id = 0;
            qint64 stageId = 0;
            qint64 pipelineId = 0;
            qint64 enteredAt = 0;
        };
        qint64 pipelineId = 0; // the pipeline deleted; 0 when a stage was
        qint64 targetStageId = 0;
        qint64 movedAt = 0;     // the stage_entered_at the moved deals got
        QList<qint64> stages;   // deleted, in their order
        QList<Deal> deals;      // moved, as they were
        QList<qint64> automations;                    // deleted with the stages
        QList<std::pair<qint64, QString>> retargeted; // moves into a stage: their params before
        QList<std::pair<qint64, qint64>> required;    // field defs: required from this stage before
        QStringList left; // after an undo: the deals moved since, left where they are
    };
    Result<Removal> removeStage(qint64 stageId, qint64 targetStageId);
    Result<Removal> removePipeline(qint64 pipelineId, qint64 targetStageId);
    // The undo of removeStage/removePipeline, one transaction: the stages (and the pipeline)
    // come back as they were with their automations and required fields, and their deals move
    // back with the time they had entered their stage. A deal moved since (it is no longer
    // where the deletion put it) stays, named in `removal.left`; the rest go back.
    Status restoreRemoved(Removal &removal);
    // "2 deals moved since stayed where they are: «A», «B»." (empty when none).
    static QString leftNote(const Removal &removal);

    Status renamePipeline(qint64 pipelineId, const QString &name);
    Status reorderPipelines(const QList<qint64> &pipelineIds); // every pipeline exactly once
    // Deletes a pipeline (not the last one) with its stages; its deals move to a stage of
    // another pipeline. Returns the deals moved.
    Result<qint64> deletePipeline(qint64 pipelineId, qint64 targetStageId);

    // The undo and redo of createStage: the stage leaves (tombstoned) or comes back at `index`
    // among the open stages, the others taking the positions that makes. Withdrawing is
    // refused while deals, automations or required fields are tied to the stage: deleteStage
    // decides where they go.
    Status withdrawStage(qint64 stageId);
    Status restoreStage(qint64 stageId, int index);
    // The same for Admin::createPipeline: the pipeline and its stages leave (returned, for the
    // redo) or come back.
    Result<QList<qint64>> withdrawPipeline(qint64 pipelineId);
    Status restorePipeline(qint64 pipelineId, const QList<qint64> &stageIds);

    QList<StageAutomation> automations(qint64 stageId);
    Status updateAutomation(const StageAutomation &automation); // by automation.id
    Status deleteAutomation(qint64 automationId);
    // The undo of deleteAutomation (and the redo of a creation undone): the same automation
    // comes back, while its stage is there.
    Status restoreAutomation(qint64 automationId);
    // What the automation editor offers: task types in the admin's order, existing tags.
    QList<Session::Named> taskTypes();
    QStringList tagNames();

private:
    Status requireAdmin();
    Result<const StageInfo *> stageFor(qint64 stageId);
    Status setStageColumn(qint64 stageId, const QString &column, const QVariant &value);
    Status setColumn(EntityKind kind, qint64 id, const QString &column, const QVariant &value);
    Status checkTarget(const QString &what, qint64 targetStageId, qint64 excludedPipeline,
                       qint64 excludedStage);
    DealCount countDeals(const char *column, qint64 id);
    // The set-based part of both deletes: moves every deal matching `column = id`.
    void moveDeals(Change &c, const char *column, qint64 id, Removal &r);
    void dropStageRows(Change &c, qint64 stageId, qint64 requiredNext, Removal &r);
    // The undo's parts: deals back where they were, a restored stage's position kept free.
    QStringList moveBack(Change &c, const Removal &r);
    void placeRestored(Change &c, qint64 stageId);
    void rewritePositions(Change &c, EntityKind kind, const QList<qint64> &ids, int base);
    Status checkBare(qint64 stageId, const QString &name);
    void setDeleted(Change &c, EntityKind kind, qint64 id, bool deleted);
    // One column of a row with its history and outbox, in a running change.
    void writeColumn(Change &c, EntityKind kind, qint64 id, const QString &column,
                     const QVariant &old, const QVariant &value);
    // Open stages in this order from the pipeline's first position, Won and Lost after them.
    void placeStages(Change &c, const PipelineInfo &p, QList<qint64> open);
    Session &m_s;
    Origin m_origin;
};

} // namespace Voronka::Core
