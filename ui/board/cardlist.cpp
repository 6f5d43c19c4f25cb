// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardlist.h"

#include "board/boardcolumnmodel.h"
#include "board/boardmime.h"
#include "board/carddelegate.h"
#include "widgets/theme.h"

#include <QDrag>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>

namespace Voronka::Ui {

namespace {
constexpr int kPrefetchPx = 400; // fetch the next page this close to the end
}

CardList::CardList(BoardColumnModel *model, CardDelegate *delegate, QWidget *parent)
    : QListView(parent)
    , m_model(model)
    , m_delegate(delegate)
{
    setModel(model);
    setItemDelegate(delegate);
    setUniformItemSizes(true); // every card has the same height: no measuring
    setVerticalScrollMode(ScrollPerPixel);
    verticalScrollBar()->setSingleStep(24);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(SingleSelection);
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // drawn here, between cards
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    viewport()->setAutoFillBackground(false);
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(index.data(BoardColumnModel::IdRole).toLongLong());
    });
    setAutoFillBackground(false);
    setStyleSheet(QString()); // the column paints the background
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &CardList::fetchWhenNearEnd);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &CardList::fetchWhenNearEnd);
}

void CardList::fetchWhenNearEnd()
{
    const QScrollBar *bar = verticalScrollBar();
    if (bar->maximum() - bar->value() < kPrefetchPx && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

int CardList::dropRow(const QPoint &pos) const
{
    const int rows = m_model->rowCount();
    const QModelIndex at = indexAt(pos);
    if (!at.isValid())
        return rows;
    const QRect r = visualRect(at);
    return pos.y() < r.center().y() ? at.row() : at.row() + 1;
}

qint64 CardList::dealBefore(const QPoint &pos) const
{
    return m_model->idAt(dropRow(pos));
}

void CardList::startDrag(Qt::DropActions)
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() || !m_model->canMove(index.row()))
        return;
    const Core::BoardCard &card = m_model->cardAt(index.row());
    const QRect r = visualRect(index).adjusted(0, 0, 0, -CardDelegate::kGap);
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(r.size() * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setOpacity(0.92);
        m_delegate->paintCard(p, QRect(QPoint(0, 0), r.size()), card, true, true);
    }
    auto *drag = new QDrag(this);
    drag->setMimeData(BoardMime::encode(card.id, m_model->stage().id));
    drag->setPixmap(pm);
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - r.topLeft());
    emit dragStarted(card.id, m_model->stage().id);
    const QPointer<CardList> alive(this); // a drop may rebuild the board under the drag
    drag->exec(Qt::MoveAction, Qt::MoveAction);
    if (alive)
        emit dragFinished();
}

void CardList::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasFormat(QString::fromLatin1(BoardMime::type()))) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    m_dropRow = dropRow(event->position().toPoint());
    viewport()->update();
}

void CardList::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(QString::fromLatin1(BoardMime::type()))) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    emit dragHovered(viewport()->mapToGlobal(event->position().toPoint()));
    const int row = dropRow(event->position().toPoint());
    if (row != m_dropRow) {
        m_dropRow = row;
        viewport()->update();
    }
}

void CardList::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropRow = -1;
    viewport()->update();
    event->accept();
}

void CardList::dropEvent(QDropEvent *event)
{
    m_dropRow = -1;
    viewport()->update();
    qint64 dealId = 0, fromStage = 0;
    if (!BoardMime::decode(event->mimeData(), dealId, fromStage)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    const qint64 before = dealBefore(event->position().toPoint());
    // Dropped onto its own place: nothing to move.
    if (before == dealId)
        return;
    emit cardDropped(dealId, fromStage, before);
}

void CardList::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_model->rowCount() == 0) {
        QPainter p(viewport());
        const ThemeColors &c = Theme::current();
        const QRect box(4, 0, viewport()->width() - 8, 64);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(m_dropRow >= 0 ? c.accent : c.scroll, 1, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        p.setPen(c.muted);
        p.drawText(box, Qt::AlignCenter, tr("No deals"));
        return;
    }
    if (m_dropRow < 0)
        return;
    int y = 0;
    if (m_dropRow < m_model->rowCount())
        y = visualRect(m_model->index(m_dropRow)).top() - CardDelegate::kGap / 2;
    else if (m_model->rowCount() > 0)
        y = visualRect(m_model->index(m_model->rowCount() - 1)).bottom() - CardDelegate::kGap / 2;
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::current().accent);
    p.drawRoundedRect(QRectF(2, qMax(0, y - 1), viewport()->width() - 4, 3), 1.5, 1.5);
}

} // namespace Voronka::Ui
