// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "flowlayout.h"

#include <QHBoxLayout>
#include <QSpacerItem>
#include <QWidget>

#include <algorithm>

namespace Voronka::Ui {

FlowLayout::FlowLayout(QWidget *parent, int hSpacing, int vSpacing)
    : QLayout(parent)
    , m_hSpacing(hSpacing)
    , m_vSpacing(vSpacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    m_items.append({new QWidgetItem(widget), std::max(0, stretch), false});
    invalidate();
}

void FlowLayout::addStretch(int stretch)
{
    m_items.append({new QSpacerItem(0, 0, QSizePolicy::Expanding, QSizePolicy::Minimum),
                    std::max(1, stretch), true});
    invalidate();
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append({item, 0, item->spacerItem() != nullptr});
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index).item : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index).item;
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item; one line high (the height follows heightForWidth).
    QSize size;
    for (const Entry &e : m_items)
        if (!e.spacer && !e.item->isEmpty())
            size = size.expandedTo(e.item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    int width = 0;
    int height = 0;
    int shown = 0;
    for (const Entry &e : m_items) {
        if (e.spacer || e.item->isEmpty())
            continue;
        const QSize hint = e.item->sizeHint();
        width += hint.width() + (shown++ > 0 ? m_hSpacing : 0);
        height = std::max(height, hint.height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

QWidget *FlowLayout::group(QWidget *parent, const QList<QWidget *> &widgets, int spacing)
{
    auto *box = new QWidget(parent);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(spacing);
    for (QWidget *w : widgets)
        row->addWidget(w);
    return box;
}

int FlowLayout::lineCount(int width) const
{
    int lines = 0;
    arrange(QRect(0, 0, width, 0), false, &lines);
    return lines;
}

int FlowLayout::arrange(const QRect &rect, bool apply, int *lineCountOut) const
{
    const QMargins m = contentsMargins();
    const QRect area = rect.marginsRemoved(m);
    const int available = std::max(1, area.width());
    // An item takes its preferred width; one that stretches (a search field) only its minimum,
    // growing from there with what the line has left.
    const auto widthOf = [available](const Entry &e) {
        if (e.spacer)
            return 0;
        const int minimum = e.item->minimumSize().width();
        const int hint = e.stretch > 0 ? minimum : std::max(e.item->sizeHint().width(), minimum);
        return std::min(hint, std::max(available, minimum));
    };

    // Lines of visible items, filled greedily in order; `used` and `items` are the current
    // line's width and item count (stretches aside).
    QList<QList<const Entry *>> lines(1);
    int used = 0;
    int items = 0;
    for (const Entry &e : m_items) {
        if (!e.spacer && e.item->isEmpty())
            continue;
        const int w = widthOf(e);
        if (!e.spacer && items > 0 && used + m_hSpacing + w > available) {
            lines.append(QList<const Entry *>());
            used = 0;
            items = 0;
        }
        if (e.spacer && items == 0 && lines.size() > 1)
            continue; // a wrapped line starts at the left
        lines.last().append(&e);
        if (!e.spacer)
            used += (items++ > 0 ? m_hSpacing : 0) + w;
    }

    int y = area.top();
    int drawn = 0;
    for (const QList<const Entry *> &line : lines) {
        QList<int> widths;
        int lineHeight = 0;
        int content = 0;
        int shown = 0;
        int itemStretch = 0;
        int spacerStretch = 0;
        for (const Entry *e : line) {
            const int w = widthOf(*e);
            widths.append(w);
            if (e->spacer) {
                spacerStretch += e->stretch;
                continue;
            }
            content += w + (shown++ > 0 ? m_hSpacing : 0);
            lineHeight = std::max(lineHeight, e->item->sizeHint().height());
            itemStretch += e->stretch;
        }
        if (shown == 0)
            continue;
        // What is left goes to the stretching items up to their maximum width, and the rest
        // to the stretches.
        const int extra = std::max(0, available - content);
        int given = 0;
        for (int i = 0; i < line.size() && itemStretch > 0; ++i) {
            const Entry *e = line.at(i);
            if (e->spacer || e->stretch == 0)
                continue;
            const int room = std::max(0, e->item->maximumSize().width() - widths.at(i));
            const int share = std::min(extra * e->stretch / itemStretch, room);
            widths[i] += share;
            given += share;
        }
        for (int i = 0; i < line.size() && spacerStretch > 0; ++i)
            if (line.at(i)->spacer)
                widths[i] += (extra - given) * line.at(i)->stretch / spacerStretch;
        if (apply) {
            int x = area.left();
            int placed = 0;
            for (int i = 0; i < line.size(); ++i) {
                const Entry *e = line.at(i);
                if (e->spacer) {
                    x += widths.at(i);
                    continue;
                }
                if (placed++ > 0)
                    x += m_hSpacing;
                const int h = std::min(lineHeight, e->item->sizeHint().height());
                e->item->setGeometry(
                    QRect(x, y + (lineHeight - h) / 2, widths.at(i), std::max(h, 0)));
                x += widths.at(i);
            }
        }
        y += lineHeight + m_vSpacing;
        ++drawn;
    }
    if (lineCountOut)
        *lineCountOut = drawn;
    const int height = drawn > 0 ? y - m_vSpacing - area.top() : 0;
    return height + m.top() + m.bottom();
}

} // namespace Voronka::Ui
