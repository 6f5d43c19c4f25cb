// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "carddelegate.h"

#include "ui/board/boardcolumnmodel.h"
#include "core/util/clock.h"
#include "ui/widgets/avatar.h"
#include "ui/widgets/money.h"
#include "ui/widgets/theme.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace Voronka::Ui {

namespace {
constexpr int kPad = 12;
constexpr int kAvatar = 24;

QColor warningColor(const ThemeColors &c)
{
    return c.dark ? QColor(0xf0, 0xb4, 0x29) : QColor(0xb2, 0x6a, 0x00);
}

QColor tint(const QColor &color, const ThemeColors &c)
{
    QColor t = color;
    t.setAlphaF(c.dark ? 0.18 : 0.11);
    return t;
}

// A rounded chip with text; returns its width, or 0 when it does not fit in `maxWidth`.
int chip(QPainter &p, int x, int y, int maxWidth, const QString &text, const QColor &fg,
         const QColor &bg)
{
    const QFontMetrics fm(p.font());
    const int w = fm.horizontalAdvance(text) + 12;
    if (w > maxWidth)
        return 0;
    const QRect r(x, y, w, 18);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(r, 4, 4);
    p.setPen(fg);
    p.drawText(r, Qt::AlignCenter, text);
    return w;
}
} // namespace

CardDelegate::CardDelegate(const Core::Clock &clock, const Core::StageInfo &stage, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_clock(clock)
    , m_stage(stage)
{
}

// The idle marker is never dropped: the long form where it fits beside the tags, the days
// alone (still in the warning colour) where it does not.
QString CardDelegate::idleText(int idleDays, const QFontMetrics &fm, int room)
{
    const QString full = tr("Idle %Ln d", "days in the stage past its threshold", idleDays);
    if (fm.horizontalAdvance(full) + 12 <= room)
        return full;
    return tr("%Ln d", "idle days on a narrow card", idleDays);
}

int CardDelegate::idleDays(const Core::BoardCard &card) const
{
    if (m_stage.idleDays <= 0 || m_stage.kind == Core::StageKind::Won ||
        m_stage.kind == Core::StageKind::Lost || card.stageEnteredAt <= 0)
        return 0;
    constexpr qint64 kDay = 86400000;
    const qint64 days = (m_clock.nowMs() - card.stageEnteredAt) / kDay;
    return days > m_stage.idleDays ? int(days) : 0;
}

static QFont smallFont(const QFont &base)
{
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    return small;
}

void CardDelegate::incomingButtons(const QRect &cardRect, const QFont &font, QRect *accept,
                                   QRect *decline) const
{
    const QRect inner = cardRect.adjusted(kPad, 10, -kPad, -10);
    const QFontMetrics fm(smallFont(font));
    const int h = 22, y = inner.bottom() - h + 2;
    const int wd = fm.horizontalAdvance(tr("Decline")) + 18;
    const int wa = fm.horizontalAdvance(tr("Accept")) + 18;
    *decline = QRect(inner.right() + 1 - wd, y, wd, h);
    *accept = QRect(decline->left() - 6 - wa, y, wa, h);
}

int CardDelegate::incomingButtonAt(const QRect &cardRect, const QPoint &pos) const
{
    if (m_stage.kind != Core::StageKind::Incoming)
        return 0;
    QRect accept, decline;
    incomingButtons(cardRect, QFont(), &accept, &decline);
    return accept.contains(pos) ? 1 : decline.contains(pos) ? 2 : 0;
}

void CardDelegate::paintCountBadge(QPainter &p, const QRect &rect, int count)
{
    const ThemeColors &c = Theme::current();
    QFont f = p.font();
    f.setBold(true);
    p.save();
    p.setFont(f);
    p.setRenderHint(QPainter::Antialiasing);
    const QString text = QString::number(count);
    const int d = qMax(24, QFontMetrics(f).horizontalAdvance(text) + 12);
    const QRect badge(rect.right() - d + 4, rect.top() - 4, d, 24);
    p.setPen(QPen(c.surface, 2));
    p.setBrush(c.accent);
    p.drawRoundedRect(QRectF(badge), 12, 12);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, text);
    p.restore();
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.rect.width() > 0 ? option.rect.width() : 240, kCardHeight + kGap};
}

CardDelegate::TaskState CardDelegate::taskState(const Core::BoardCard &card) const
{
    if (card.hasOverdueTask)
        return TaskState::Overdue;
    if (card.nextTaskDue == 0)
        return m_stage.kind == Core::StageKind::Open ? TaskState::Missing : TaskState::None;
    const QDate due = QDateTime::fromMSecsSinceEpoch(card.nextTaskDue).date();
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date();
    return due == today ? TaskState::Today : TaskState::Planned;
}

void CardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const auto card = index.data(BoardColumnModel::CardRole).value<Core::BoardCard>();
    const QRect rect = option.rect.adjusted(0, 0, 0, -kGap);
    paintCard(*p, rect, card, option.state & QStyle::State_MouseOver,
              option.state & QStyle::State_Selected);
}

void CardDelegate::paintCard(QPainter &p, const QRect &rect, const Core::BoardCard &card,
                             bool hovered, bool selected) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    paintFrame(p, rect, hovered, selected);
    const QRect inner = rect.adjusted(kPad, 10, -kPad, -10);
    const QFont base = p.font();
    paintDetails(p, inner, card, base);
    const QFont small = smallFont(base);
    p.setFont(small);
    if (m_stage.kind == Core::StageKind::Incoming)
        paintIncomingButtons(p, rect, base); // an unaccepted lead: the decision is all to do
    else
        paintBottomRow(p, inner, card, small);
    p.restore();
}

// The card's body, with a soft shadow in the light theme.
void CardDelegate::paintFrame(QPainter &p, const QRect &rect, bool hovered, bool selected) const
{
    const ThemeColors &c = Theme::current();
    if (!c.dark) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(16, 24, 40, 14));
        p.drawRoundedRect(QRectF(rect).adjusted(0.5, 1.5, -0.5, 1.5), 8, 8);
    }
    p.setPen(QPen(selected ? c.accent : hovered ? c.scroll : c.border, 1));
    p.setBrush(c.surface);
    p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

// The name beside the responsible's avatar, the budget, the company and main contact.
void CardDelegate::paintDetails(QPainter &p, const QRect &inner, const Core::BoardCard &card,
                                const QFont &base) const
{
    const ThemeColors &c = Theme::current();
    const QRect avatar(inner.right() - kAvatar + 1, inner.top(), kAvatar, kAvatar);
    Avatar::paint(p, avatar, card.responsibleName, false);
    QFont bold = base;
    bold.setWeight(QFont::DemiBold);
    p.setFont(bold);
    p.setPen(c.text);
    const QFontMetrics bfm(bold);
    const QRect nameRect(inner.left(), inner.top(), inner.width() - kAvatar - 8, bfm.height());
    p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
               bfm.elidedText(card.name, Qt::ElideRight, nameRect.width()));

    // Budget.
    p.setFont(base);
    const QFontMetrics fm(base);
    int y = nameRect.bottom() + 4;
    p.setPen(card.budget ? c.text : c.muted);
    p.drawText(QRect(inner.left(), y, nameRect.width(), fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               card.budget ? Money::format(card.budget, card.currency) : tr("No budget"));
    y += fm.height() + 2;

    // Company and main contact.
    QStringList who;
    if (!card.company.isEmpty())
        who << card.company;
    if (!card.contact.isEmpty())
        who << card.contact;
    p.setPen(c.muted);
    p.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(who.isEmpty() ? tr("No contact") : who.join(QStringLiteral(" · ")),
                             Qt::ElideRight, inner.width()));
}

void CardDelegate::paintIncomingButtons(QPainter &p, const QRect &rect, const QFont &base) const
{
    const ThemeColors &c = Theme::current();
    QRect accept, decline;
    incomingButtons(rect, base, &accept, &decline);
    p.setPen(Qt::NoPen);
    p.setBrush(c.accent);
    p.drawRoundedRect(QRectF(accept), 5, 5);
    p.setPen(Qt::white);
    p.drawText(accept, Qt::AlignCenter, tr("Accept"));
    p.setPen(QPen(c.border, 1));
    p.setBrush(c.surface);
    p.drawRoundedRect(QRectF(decline).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    p.setPen(c.text);
    p.drawText(decline, Qt::AlignCenter, tr("Decline"));
}

// The next task's state and the idle marker as chips on the right, tags on the left.
void CardDelegate::paintBottomRow(QPainter &p, const QRect &inner, const Core::BoardCard &card,
                                  const QFont &small) const
{
    const ThemeColors &c = Theme::current();
    const int rowY = inner.bottom() - 17;
    int right = inner.right() + 1;
    QString state;
    QColor stateColor;
    switch (taskState(card)) {
    case TaskState::Overdue:
        state = tr("Overdue");
        stateColor = c.danger;
        break;
    case TaskState::Today:
        state = tr("Today");
        stateColor = c.accent;
        break;
    case TaskState::Missing:
        state = tr("No task");
        stateColor = warningColor(c);
        break;
    case TaskState::Planned:
        state = QLocale().toString(QDateTime::fromMSecsSinceEpoch(card.nextTaskDue).date(),
                                   tr("d MMM", "date of the next task on a card"));
        stateColor = c.muted;
        break;
    case TaskState::None:
        break;
    }
    if (!state.isEmpty()) {
        const QFontMetrics sfm(small);
        const int w = sfm.horizontalAdvance(state) + 12;
        right -= w;
        chip(p, right, rowY, w, state, stateColor, tint(stateColor, c));
        right -= 6;
    }
    if (const int idle = idleDays(card)) {
        const QFontMetrics sfm(small);
        const QString text = idleText(idle, sfm, right - inner.left() - 40);
        const int w = sfm.horizontalAdvance(text) + 12;
        right -= w;
        chip(p, right, rowY, w, text, warningColor(c), tint(warningColor(c), c));
        right -= 6;
    }
    int x = inner.left();
    const QColor tagBg = c.dark ? c.hover : QColor(0xee, 0xf1, 0xf6);
    for (const QString &tag : card.tags) {
        const int w = chip(p, x, rowY, right - x, tag, c.muted, tagBg);
        if (!w)
            break;
        x += w + 4;
    }
}

} // namespace Voronka::Ui
