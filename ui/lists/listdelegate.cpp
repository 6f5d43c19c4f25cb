// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "listdelegate.h"

#include "lists/recordlistmodel.h"
#include "widgets/avatar.h"
#include "widgets/theme.h"

#include <QPainter>

namespace Voronka::Ui {

namespace {
constexpr int kPadding = 12;
constexpr int kAvatar = 24;
} // namespace

ListDelegate::ListDelegate(bool squareAvatars, QObject *parent)
    : RowDelegate(parent)
    , m_squareAvatars(squareAvatars)
{
}

void ListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QString text;
    const QStyleOptionViewItem opt = paintBackground(painter, option, index, &text);

    const ThemeColors &c = Theme::current();
    const QString key = index.data(RecordListModel::ColumnKeyRole).toString();
    const bool selected = opt.state & QStyle::State_Selected;
    QRect r = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    painter->save();
    if (key == u"name") {
        const QRect avatar(r.left(), r.center().y() - kAvatar / 2 + 1, kAvatar, kAvatar);
        Avatar::paint(*painter, avatar, text, m_squareAvatars);
        r.setLeft(avatar.right() + 10);
        QFont f = opt.font;
        f.setWeight(QFont::Medium);
        painter->setFont(f);
        painter->setPen(selected ? c.selectionText : c.text);
    } else {
        painter->setFont(opt.font);
        const bool secondary = key == u"created" || key == u"responsible";
        painter->setPen(selected ? c.selectionText : (secondary ? c.muted : c.text));
    }
    if (text.isEmpty()) {
        painter->setPen(c.muted);
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("—"));
    } else {
        const QString elided = painter->fontMetrics().elidedText(text, Qt::ElideRight, r.width());
        painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, elided);
    }
    painter->restore();
}

QSize ListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.rwidth() += 2 * kPadding;
    if (index.data(RecordListModel::ColumnKeyRole).toString() == u"name")
        s.rwidth() += kAvatar + 10;
    return s;
}

} // namespace Voronka::Ui
