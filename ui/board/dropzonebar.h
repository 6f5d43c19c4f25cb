// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;

namespace Voronka::Ui {

class DropZone;

// The strip along the bottom of the board shown only while cards are dragged: zones for the
// pipeline's Won and Lost stages (whose columns are usually hidden, so a deal can be closed
// from wherever it is), for the recycle bin, and for each other pipeline (the deals go to
// its first stage).
class DropZoneBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DropZoneBar(QWidget *parent = nullptr);

    // The current pipeline's system stages and the other pipelines; a zone without its
    // stage stays hidden. canDelete: the Delete zone shows only for a user who may delete.
    void setTargets(const Core::StageInfo &won, const Core::StageInfo &lost,
                    const QList<Core::PipelineInfo> &otherPipelines, bool canDelete);
    DropZone *won() const { return m_won; }
    DropZone *lost() const { return m_lost; }
    DropZone *trash() const { return m_delete; }
    QList<DropZone *> pipelineZones() const { return m_pipelines; }

signals:
    void cardsDropped(const QList<qint64> &dealIds, qint64 fromStageId, qint64 target);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QHBoxLayout *m_layout;
    DropZone *m_won;
    DropZone *m_lost;
    DropZone *m_delete;
    QList<DropZone *> m_pipelines;
};

} // namespace Voronka::Ui
