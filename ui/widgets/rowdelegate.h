// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QStyledItemDelegate>

namespace Voronka::Ui {

// What the list delegates share (records, deals, settings): the style draws a cell's
// background, alternate row and selection, and the delegate draws its text itself — padded,
// elided, in the theme's colours — so every list reads alike.
class RowDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    // Draws the cell without its text and without a focus frame (the whole row is the
    // selection); returns the initialised option, its text moved to `text`.
    QStyleOptionViewItem paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QModelIndex &index, QString *text) const;
};

} // namespace Voronka::Ui
