// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dropzonebar.h"

#include "ui/board/dropzone.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QPainter>

namespace Voronka::Ui {

DropZoneBar::DropZoneBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_won(new DropZone(QColor(0x2f, 0xa8, 0x4f), this))
    , m_lost(new DropZone(QColor(0xd6, 0x3b, 0x3b), this))
    , m_delete(new DropZone(QColor(0x6b, 0x72, 0x80), this))
{
    setObjectName(QStringLiteral("dropZones"));
    m_won->setObjectName(QStringLiteral("dropZoneWon"));
    m_lost->setObjectName(QStringLiteral("dropZoneLost"));
    m_delete->setObjectName(QStringLiteral("dropZoneDelete"));
    m_delete->setStage(DropZone::kDelete, tr("Delete"));
    m_layout->setContentsMargins(12, 10, 12, 10);
    m_layout->setSpacing(12);
    m_layout->addWidget(m_won, 2);
    m_layout->addWidget(m_lost, 2);
    m_layout->addWidget(m_delete, 1);
    for (DropZone *zone : {m_won, m_lost, m_delete})
        connect(zone, &DropZone::cardsDropped, this, &DropZoneBar::cardsDropped);
}

void DropZoneBar::setTargets(const Core::StageInfo &won, const Core::StageInfo &lost,
                             const QList<Core::PipelineInfo> &otherPipelines, bool canDelete)
{
    m_won->setStage(won.id, stageDisplayName(won));
    m_lost->setStage(lost.id, stageDisplayName(lost));
    m_won->setVisible(won.id != 0);
    m_lost->setVisible(lost.id != 0);
    m_delete->setVisible(canDelete);
    qDeleteAll(m_pipelines);
    m_pipelines.clear();
    // Another pipeline takes the deals into its first working stage.
    for (const Core::PipelineInfo &p : otherPipelines) {
        qint64 first = 0;
        for (const Core::StageInfo &s : p.stages)
            if (s.kind == Core::StageKind::Open) {
                first = s.id;
                break;
            }
        if (!first)
            continue;
        auto *zone = new DropZone(QColor(0x3b, 0x82, 0xf6), this);
        zone->setObjectName(QStringLiteral("dropZonePipeline_") + QString::number(p.id));
        zone->setStage(first, QStringLiteral("→ ") + p.name);
        zone->setToolTip(tr("Move to the pipeline «%1»").arg(p.name));
        m_layout->insertWidget(m_layout->count() - 1, zone, 2);
        connect(zone, &DropZone::cardsDropped, this, &DropZoneBar::cardsDropped);
        m_pipelines << zone;
    }
}

void DropZoneBar::paintEvent(QPaintEvent *)
{
    const ThemeColors &c = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor background = c.surface;
    background.setAlpha(245); // the columns show through faintly: the bar floats over them
    p.setPen(QPen(c.border, 1));
    p.setBrush(background);
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 14, 14);
}

} // namespace Voronka::Ui
