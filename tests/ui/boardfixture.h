// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "uifixture.h"

#include <QPoint>

#include <functional>

class QMessageBox;
class QMimeData;
class QWidget;

namespace Voronka::Ui {
class BoardView;
class CardList;
} // namespace Voronka::Ui

namespace Voronka::Test {

// A UiFixture with deals placed in stages, and the board's remembered settings cleared.
struct BoardFixture : UiFixture
{
    BoardFixture();
    qint64 addDeal(const QString &name, qint64 stage, qint64 budget, double order,
                   qint64 responsible = 0);
    qint64 stageOf(qint64 deal);
};

Ui::CardList *cardsOf(Ui::BoardView &view, qint64 stage);
QPoint centerOfRow(Ui::CardList *list, int row);

// Drives a drag with the mouse: a real press and move on the card, which makes the view
// check the user's right and start a QDrag. The offscreen platform's QDrag::exec returns at
// once without a drag loop (its platform drag is a stub), so the drop half cannot come from
// the mouse: it is delivered to the target as the drag enter, move and drop events the
// platform would send, carrying the mime data built by BoardMime::encode exactly as
// CardList::startDrag builds it. Returns whether the drop reached the target list.
bool dragCard(Ui::CardList *from, const QPoint &fromPos, Ui::CardList *to, const QPoint &toPos);
// The same, with the drop going to any widget that takes cards (a drop zone); `during` runs
// while the drag is under way, before QDrag::exec returns. Returns whether the drop was
// accepted.
bool dragCardOnto(Ui::CardList *from, const QPoint &fromPos, QWidget *target,
                  const std::function<void()> &during = {});

QMessageBox *errorBox(QWidget *view);

} // namespace Voronka::Test
