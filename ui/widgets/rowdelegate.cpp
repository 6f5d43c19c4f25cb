// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "rowdelegate.h"

#include <QApplication>

namespace Voronka::Ui {

QStyleOptionViewItem RowDelegate::paintBackground(QPainter *painter,
                                                  const QStyleOptionViewItem &option,
                                                  const QModelIndex &index, QString *text) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    *text = opt.text;
    opt.text.clear();
    opt.state &= ~QStyle::State_HasFocus;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    return opt;
}

} // namespace Voronka::Ui
