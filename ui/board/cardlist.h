// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QListView>

namespace Voronka::Ui {

class BoardColumnModel;
class CardDelegate;

// The cards of one column: drags the selected cards out (those the user may edit) and takes
// drops between cards, showing where they will land. Keys: arrows move the selection (left
// and right to the neighbouring column), Enter opens the deal, Delete deletes the selection.
class CardList final : public QListView
{
    Q_OBJECT
public:
    CardList(BoardColumnModel *model, CardDelegate *delegate, QWidget *parent = nullptr);

    // The deal a drop at `pos` (viewport coordinates) goes before; 0: the end of the stage.
    qint64 dealBefore(const QPoint &pos) const;
    // The selected deals in board order (the current one when nothing is selected).
    QList<qint64> selectedDeals() const;
    // Selects the card of this row (clamped), makes it current and scrolls to it.
    void selectRow(int row);

signals:
    // A drag of cards began (the user may move them); the drop follows through the target.
    void dragStarted(const QList<qint64> &dealIds, qint64 fromStageId);
    // The drag is over, dropped or not: the drop zones go away.
    void dragFinished();
    void cardsDropped(const QList<qint64> &dealIds, qint64 fromStageId, qint64 beforeDealId);
    // Keyboard and mouse requests the board acts on.
    void neighbourRequested(int direction); // -1 left, +1 right
    void openRequested(qint64 dealId); // Enter or a double click: the deal's card opens
    void deleteRequested(const QList<qint64> &dealIds);
    void menuRequested(const QList<qint64> &dealIds, const QPoint &globalPos);
    void incomingDecided(qint64 dealId, bool accepted); // the Accept/Decline buttons
    // A dragged card hovers at this global position: the board scrolls near its edges.
    void dragHovered(const QPoint &globalPos);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    int dropRow(const QPoint &pos) const;
    void fetchWhenNearEnd();

    BoardColumnModel *m_model;
    CardDelegate *m_delegate;
    int m_dropRow = -1; // where the drop indicator is drawn while a card hovers
};

} // namespace Voronka::Ui
