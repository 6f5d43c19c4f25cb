// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "settingsdelegate.h"

#include "ui/widgets/avatar.h"
#include "ui/widgets/theme.h"

#include <QListView>
#include <QPainter>

namespace Voronka::Ui {

namespace {
constexpr int kPadding = 12;
constexpr int kAvatar = 22;
} // namespace

SettingsDelegate::SettingsDelegate(int avatarColumn, QObject *parent)
    : RowDelegate(parent)
    , m_avatarColumn(avatarColumn)
{
}

void SettingsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QString text;
    const QStyleOptionViewItem opt = paintBackground(painter, option, index, &text);

    const ThemeColors &c = Theme::current();
    const bool selected = opt.state & QStyle::State_Selected;
    QRect r = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    painter->save();
    QFont font = opt.font;
    if (index.column() == m_avatarColumn) {
        const QRect avatar(r.left(), r.center().y() - kAvatar / 2 + 1, kAvatar, kAvatar);
        Avatar::paint(*painter, avatar, text, false,
                      QColor(index.data(AvatarColorRole).toString()));
        r.setLeft(avatar.right() + 10);
        font.setWeight(QFont::Medium);
    }
    painter->setFont(font);
    const QVariant fg = index.data(Qt::ForegroundRole);
    painter->setPen(selected ? c.selectionText : fg.isValid() ? fg.value<QColor>() : c.text);
    const QVariant align = index.data(Qt::TextAlignmentRole);
    const Qt::Alignment alignment =
        align.isValid() ? Qt::Alignment(align.toInt()) : Qt::AlignLeft | Qt::AlignVCenter;
    painter->drawText(r, alignment,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize SettingsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 2 * kPadding;
    if (index.column() == m_avatarColumn)
        s.rwidth() += kAvatar + 10;
    // A list's rows take the list's width: a long name elides rather than scrolls sideways.
    if (qobject_cast<const QListView *>(option.widget))
        s.setWidth(0);
    s.setHeight(qMax(s.height(), 34));
    return s;
}

} // namespace Voronka::Ui
