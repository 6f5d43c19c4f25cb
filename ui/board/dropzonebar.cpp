// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dropzonebar.h"

#include "board/boardcolumnwidget.h"
#include "board/dropzone.h"
#include "widgets/theme.h"

#include <QHBoxLayout>
#include <QPainter>

namespace Voronka::Ui {

DropZoneBar::DropZoneBar(QWidget *parent)
    : QWidget(parent)
    , m_won(new DropZone(QColor(0x2f, 0xa8, 0x4f), this))
    , m_lost(new DropZone(QColor(0xd6, 0x3b, 0x3b), this))
{
    setObjectName(QStringLiteral("dropZones"));
    m_won->setObjectName(QStringLiteral("dropZoneWon"));
    m_lost->setObjectName(QStringLiteral("dropZoneLost"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(12);
    layout->addWidget(m_won, 1);
    layout->addWidget(m_lost, 1);
    for (DropZone *zone : {m_won, m_lost})
        connect(zone, &DropZone::cardDropped, this, &DropZoneBar::cardDropped);
}

void DropZoneBar::setStages(const Core::StageInfo &won, const Core::StageInfo &lost)
{
    m_won->setStage(won.id, BoardColumnWidget::displayName(won));
    m_lost->setStage(lost.id, BoardColumnWidget::displayName(lost));
    m_won->setVisible(won.id != 0);
    m_lost->setVisible(lost.id != 0);
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
