// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/board.h"

#include <QFontMetrics>
#include <QStyledItemDelegate>

namespace Voronka::Core {
class Clock;
}

namespace Voronka::Ui {

// Paints a deal card: painting instead of a widget per card keeps a column of hundreds of
// loaded cards as cheap as a list.
class CardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kCardHeight = 100;
    static constexpr int kGap = 8;

    // The stage decides what a card shows: the task state in working stages, an idle marker
    // after the stage's threshold, Accept/Decline buttons in Incoming.
    CardDelegate(const Core::Clock &clock, const Core::StageInfo &stage, QObject *parent = nullptr);
    void setStage(const Core::StageInfo &stage) { m_stage = stage; }

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The card alone, for the drag pixmap.
    void paintCard(QPainter &p, const QRect &rect, const Core::BoardCard &card, bool hovered,
                   bool selected) const;
    // "3" in a bubble on the card's corner: the drag pixmap of several cards.
    static void paintCountBadge(QPainter &p, const QRect &rect, int count);
    // On an Incoming card: 1 over Accept, 2 over Decline, 0 elsewhere.
    int incomingButtonAt(const QRect &cardRect, const QPoint &pos) const;
    // Whole days the deal has sat in its stage past the stage's idle threshold; 0: not idle.
    int idleDays(const Core::BoardCard &card) const;
    // What the idle chip says in `room` pixels: never nothing.
    static QString idleText(int idleDays, const QFontMetrics &fm, int room);

private:
    enum class TaskState { None, Planned, Today, Overdue, Missing };
    TaskState taskState(const Core::BoardCard &card) const;

    void paintFrame(QPainter &p, const QRect &rect, bool hovered, bool selected) const;
    void paintDetails(QPainter &p, const QRect &inner, const Core::BoardCard &card,
                      const QFont &base) const;
    void paintIncomingButtons(QPainter &p, const QRect &rect, const QFont &base) const;
    void paintBottomRow(QPainter &p, const QRect &inner, const Core::BoardCard &card,
                        const QFont &small) const;
    void incomingButtons(const QRect &cardRect, const QFont &font, QRect *accept,
                         QRect *decline) const;

    const Core::Clock &m_clock;
    Core::StageInfo m_stage;
};

} // namespace Voronka::Ui
