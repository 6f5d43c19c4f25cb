// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "listdelegate.h"

#include "ui/lists/listtablemodel.h"
#include "ui/widgets/avatar.h"
#include "ui/widgets/theme.h"

#include <QPainter>

namespace Voronka::Ui {

namespace {
constexpr int kPadding = 12;
constexpr int kAvatar = 24;
constexpr int kDot = 8;

bool isSecondary(const QString &key)
{
    return key == u"created" || key == u"updated" || key == u"responsible";
}
} // namespace

ListDelegate::ListDelegate(Avatars avatars, QObject *parent)
    : RowDelegate(parent)
    , m_avatars(avatars)
{
}

void ListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QString text;
    const QStyleOptionViewItem opt = paintBackground(painter, option, index, &text);

    const ThemeColors &c = Theme::current();
    const QString key = index.data(ListTableModel::ColumnKeyRole).toString();
    const bool selected = opt.state & QStyle::State_Selected;
    QRect r = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    painter->save();
    if (key == u"name" && m_avatars != Avatars::None) {
        const QRect avatar(r.left(), r.center().y() - kAvatar / 2 + 1, kAvatar, kAvatar);
        Avatar::paint(*painter, avatar, text, m_avatars == Avatars::Square);
        r.setLeft(avatar.right() + 10);
    }
    QFont f = opt.font;
    if (key == u"name")
        f.setWeight(QFont::Medium);
    painter->setFont(f);
    painter->setPen(selected ? c.selectionText : (isSecondary(key) ? c.muted : c.text));
    const QVariant dot = index.data(ListTableModel::ColorRole);
    if (dot.isValid()) {
        const QColor color = dot.value<QColor>();
        const QPen pen = painter->pen();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(color.isValid() ? color : c.muted);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QRectF(r.left(), r.center().y() - kDot / 2.0 + 1, kDot, kDot));
        r.setLeft(r.left() + kDot + 8);
        painter->setPen(pen);
    }
    const QVariant given = index.data(Qt::TextAlignmentRole);
    const Qt::Alignment align =
        given.isValid() ? Qt::Alignment(given.toInt()) : (Qt::AlignLeft | Qt::AlignVCenter);
    if (text.isEmpty()) {
        painter->setPen(c.muted);
        painter->drawText(r, align, QStringLiteral("—"));
    } else {
        painter->drawText(r, align,
                          painter->fontMetrics().elidedText(text, Qt::ElideRight, r.width()));
    }
    painter->restore();
}

QSize ListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 2 * kPadding;
    const QString key = index.data(ListTableModel::ColumnKeyRole).toString();
    if (key == u"name" && m_avatars != Avatars::None)
        s.rwidth() += kAvatar + 10;
    if (index.data(ListTableModel::ColorRole).isValid())
        s.rwidth() += kDot + 8;
    return s;
}

} // namespace Voronka::Ui
