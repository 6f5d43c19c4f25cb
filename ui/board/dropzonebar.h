// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"

#include <QWidget>

namespace Voronka::Ui {

class DropZone;

// The strip along the bottom of the board shown only while a card is dragged: drop zones for
// the pipeline's Won and Lost stages, whose columns are usually hidden, so a deal can be
// closed from wherever it is.
class DropZoneBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DropZoneBar(QWidget *parent = nullptr);

    // The system stages of the current pipeline; a zone without its stage stays hidden.
    void setStages(const Core::StageInfo &won, const Core::StageInfo &lost);
    DropZone *won() const { return m_won; }
    DropZone *lost() const { return m_lost; }

signals:
    void cardDropped(qint64 dealId, qint64 fromStageId, qint64 toStageId);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    DropZone *m_won;
    DropZone *m_lost;
};

} // namespace Voronka::Ui
