// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "services/board.h"

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

    CardDelegate(const Core::Clock &clock, bool openStage, QObject *parent = nullptr);

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The card alone, for the drag pixmap.
    void paintCard(QPainter &p, const QRect &rect, const Core::BoardCard &card, bool hovered,
                   bool selected) const;

private:
    enum class TaskState { None, Planned, Today, Overdue, Missing };
    TaskState taskState(const Core::BoardCard &card) const;

    const Core::Clock &m_clock;
    bool m_openStage;
};

} // namespace Voronka::Ui
