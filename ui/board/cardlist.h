// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QListView>

namespace Voronka::Ui {

class BoardColumnModel;
class CardDelegate;

// The cards of one column: drags a card out (only when the user may edit the deal) and
// takes drops between cards, showing where the card will land.
class CardList final : public QListView
{
    Q_OBJECT
public:
    CardList(BoardColumnModel *model, CardDelegate *delegate, QWidget *parent = nullptr);

    // The deal a drop at `pos` (viewport coordinates) goes before; 0: the end of the stage.
    qint64 dealBefore(const QPoint &pos) const;

signals:
    // A drag of the card began (the user may move it); the drop follows through the drop target.
    void dragStarted(qint64 dealId, qint64 fromStageId);
    // The drag is over, dropped or not: the drop zones go away.
    void dragFinished();
    void cardDropped(qint64 dealId, qint64 fromStageId, qint64 beforeDealId);
    // A dragged card hovers at this global position: the board scrolls near its edges.
    void dragHovered(const QPoint &globalPos);
    // Double click or Enter on a card: the deal's card should open.
    void openRequested(qint64 dealId);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int dropRow(const QPoint &pos) const;
    void fetchWhenNearEnd();

    BoardColumnModel *m_model;
    CardDelegate *m_delegate;
    int m_dropRow = -1; // where the drop indicator is drawn while a card hovers
};

} // namespace Voronka::Ui
