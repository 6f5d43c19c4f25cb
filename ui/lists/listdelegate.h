// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "widgets/rowdelegate.h"

namespace Voronka::Ui {

// Paints a record-list cell: padded, elided text; an avatar before the name; secondary
// columns muted; a dash for an empty value so an empty cell never looks like a glitch.
class ListDelegate final : public RowDelegate
{
    Q_OBJECT
public:
    ListDelegate(bool squareAvatars, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_squareAvatars;
};

} // namespace Voronka::Ui
