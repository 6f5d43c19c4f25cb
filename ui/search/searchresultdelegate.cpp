// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "searchresultdelegate.h"

#include "ui/search/searchresultsmodel.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

#include <QPainter>

namespace Voronka::Ui {

namespace {
constexpr int kIconBox = 32;
constexpr int kMargin = 8;
} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    const ThemeColors &c = Theme::current();
    const bool selected = option.state & QStyle::State_Selected;
    const bool hover = option.state & QStyle::State_MouseOver;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect row = option.rect.adjusted(4, 2, -4, -2);
    if (selected || hover) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? c.selection : c.alternate);
        painter->drawRoundedRect(row, 6, 6);
    }

    const auto kind = Core::EntityKind(index.data(SearchResultsModel::KindRole).toInt());
    const QRect box(row.left() + kMargin, row.center().y() - kIconBox / 2 + 1, kIconBox, kIconBox);
    QColor tint = c.accent;
    tint.setAlpha(c.dark ? 60 : 28);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tint);
    painter->drawRoundedRect(box, 7, 7);
    const QPixmap icon =
        Icons::pixmap(Icons::forKind(kind), c.accent, 18, painter->device()->devicePixelRatioF());
    painter->drawPixmap(box.center() - QPoint(9, 9) + QPoint(1, 1), icon);

    const QRect text(box.right() + 12, row.top() + 5, row.right() - box.right() - 12 - kMargin,
                     row.height() - 10);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics subMetrics(option.font);
    const QString title = index.data(SearchResultsModel::TitleRole).toString();
    const QString subtitle = index.data(SearchResultsModel::SubtitleRole).toString();
    const QString kindName = Core::entityName(kind);
    const int lineGap = 2;
    const int block = titleMetrics.height() + lineGap + subMetrics.height();
    const int top = text.top() + (text.height() - block) / 2;

    painter->setFont(titleFont);
    painter->setPen(selected ? c.selectionText : c.text);
    painter->drawText(QRect(text.left(), top, text.width(), titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, text.width()));

    painter->setFont(option.font);
    painter->setPen(c.muted);
    const QString second =
        subtitle.isEmpty() ? kindName : kindName + QStringLiteral(" · ") + subtitle;
    painter->drawText(QRect(text.left(), top + titleMetrics.height() + lineGap, text.width(),
                            subMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      subMetrics.elidedText(second, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int lines = QFontMetrics(option.font).height() * 2 + 2;
    return {320, qMax(kIconBox, lines) + 16};
}

} // namespace Voronka::Ui
