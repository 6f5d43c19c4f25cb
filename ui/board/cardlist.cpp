// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cardlist.h"

#include "ui/board/boardcolumnmodel.h"
#include "ui/board/boardmime.h"
#include "ui/board/carddelegate.h"
#include "ui/widgets/theme.h"

#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>

#include <algorithm>

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
    setSelectionMode(ExtendedSelection); // Ctrl/Shift-click: several cards move together
    setEditTriggers(NoEditTriggers);
    setMouseTracking(true);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(false); // drawn here, between cards
    setDragDropMode(DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    viewport()->setAutoFillBackground(false);
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

QList<qint64> CardList::selectedDeals() const
{
    QList<int> rows;
    for (const QModelIndex &i : selectionModel()->selectedIndexes())
        rows << i.row();
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> out;
    for (int r : rows)
        out << m_model->idAt(r);
    return out;
}

void CardList::selectRow(int row)
{
    if (m_model->rowCount() == 0)
        return;
    row = qBound(0, row, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(row);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
}

void CardList::startDrag(Qt::DropActions)
{
    const QModelIndex index = currentIndex();
    if (!index.isValid() || !m_model->canMove(index.row()))
        return;
    // The selection moves together, minus the cards this user may not move; the card under
    // the pointer leads even when it was not selected.
    QList<qint64> ids;
    for (qint64 id : selectedDeals()) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && m_model->canMove(row))
            ids << id;
    }
    const Core::BoardCard &card = m_model->cardAt(index.row());
    if (!ids.contains(card.id))
        ids = {card.id};
    const QRect r = visualRect(index).adjusted(0, 0, 0, -CardDelegate::kGap);
    const qreal dpr = devicePixelRatioF();
    QPixmap pm(r.size() * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    {
        QPainter p(&pm);
        p.setOpacity(0.92);
        m_delegate->paintCard(p, QRect(QPoint(0, 0), r.size()), card, true, true);
        if (ids.size() > 1)
            CardDelegate::paintCountBadge(p, QRect(QPoint(0, 0), r.size()), int(ids.size()));
    }
    auto *drag = new QDrag(this);
    drag->setMimeData(BoardMime::encode(ids, m_model->stage().id));
    drag->setPixmap(pm);
    drag->setHotSpot(viewport()->mapFromGlobal(QCursor::pos()) - r.topLeft());
    emit dragStarted(ids, m_model->stage().id);
    const QPointer<CardList> alive(this); // a drop may rebuild the board under the drag
    drag->exec(Qt::MoveAction, Qt::MoveAction);
    if (alive)
        emit dragFinished();
}

void CardList::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        emit neighbourRequested(event->key() == Qt::Key_Left ? -1 : 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (currentIndex().isValid())
            emit openRequested(m_model->idAt(currentIndex().row()));
        return;
    case Qt::Key_Delete:
        if (!selectedDeals().isEmpty())
            emit deleteRequested(selectedDeals());
        return;
    default:
        break;
    }
    QListView::keyPressEvent(event);
}

void CardList::mouseReleaseEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && event->button() == Qt::LeftButton) {
        const QRect card = visualRect(index).adjusted(0, 0, 0, -CardDelegate::kGap);
        const int button = m_delegate->incomingButtonAt(card, event->position().toPoint());
        if (button) {
            emit incomingDecided(m_model->idAt(index.row()), button == 1);
            event->accept();
            return;
        }
    }
    QListView::mouseReleaseEvent(event);
}

void CardList::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid())
        emit openRequested(m_model->idAt(index.row()));
    event->accept();
}

void CardList::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    if (!selectionModel()->isSelected(index))
        selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    emit menuRequested(selectedDeals(), event->globalPos());
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
    QList<qint64> dealIds;
    qint64 fromStage = 0;
    if (!BoardMime::decode(event->mimeData(), dealIds, fromStage)) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::MoveAction);
    event->accept();
    qint64 before = dealBefore(event->position().toPoint());
    // A card dropped before itself goes before the next card not being moved.
    int row = m_model->rowOf(before);
    while (before && dealIds.contains(before))
        before = m_model->idAt(++row);
    if (fromStage == m_model->stage().id && dealIds.size() == 1 &&
        dealBefore(event->position().toPoint()) == dealIds.first())
        return; // dropped onto its own place: nothing to move
    emit cardsDropped(dealIds, fromStage, before);
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
