// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/widgets/rowdelegate.h"

namespace Voronka::Ui {

// Paints a record-list cell (contacts, companies, deals): padded, elided text; an avatar
// before a person's or company's name; the cell's colour (ListTableModel::ColorRole, a deal's
// stage) as a dot before its text; the model's alignment (money on the right); secondary
// columns muted; a dash for an empty value so an empty cell never looks like a glitch.
class ListDelegate : public RowDelegate
{
    Q_OBJECT
public:
    enum class Avatars { None, Round, Square };
    explicit ListDelegate(Avatars avatars, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Avatars m_avatars;
};

} // namespace Voronka::Ui
