// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dropzone.h"

#include "ui/board/boardmime.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace Voronka::Ui {

DropZone::DropZone(const QColor &color, QWidget *parent)
    : QWidget(parent)
    , m_color(color)
{
    setAcceptDrops(true);
    setMinimumHeight(56);
}

void DropZone::setStage(qint64 stageId, const QString &text)
{
    m_stageId = stageId;
    m_text = text;
    setAccessibleName(text);
    update();
}

QSize DropZone::sizeHint() const
{
    return {220, 56};
}

void DropZone::setHovered(bool hovered)
{
    if (hovered == m_hovered)
        return;
    m_hovered = hovered;
    update();
}

void DropZone::dragEnterEvent(QDragEnterEvent *event)
{
    if (!m_stageId || !event->mimeData()->hasFormat(QString::fromLatin1(BoardMime::type()))) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    setHovered(true);
}

void DropZone::dragLeaveEvent(QDragLeaveEvent *event)
{
    setHovered(false);
    event->accept();
}

void DropZone::dropEvent(QDropEvent *event)
{
    setHovered(false);
    QList<qint64> dealIds;
    qint64 fromStage = 0;
    if (!m_stageId || !BoardMime::decode(event->mimeData(), dealIds, fromStage)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit cardsDropped(dealIds, fromStage, m_stageId);
}

void DropZone::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1, 1, -1, -1);
    QColor fill = m_color;
    fill.setAlpha(m_hovered ? 235 : 40);
    QColor edge = m_color;
    edge.setAlpha(m_hovered ? 255 : 170);
    p.setPen(QPen(edge, 1.5, m_hovered ? Qt::SolidLine : Qt::DashLine));
    p.setBrush(fill);
    p.drawRoundedRect(box, 10, 10);
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    p.setFont(f);
    p.setPen(m_hovered ? QColor(Qt::white) : m_color.darker(115));
    p.drawText(box, Qt::AlignCenter, m_text);
}

} // namespace Voronka::Ui
