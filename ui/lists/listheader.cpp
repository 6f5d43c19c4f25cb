// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "listheader.h"

#include "ui/lists/recordlistmodel.h"
#include "ui/widgets/theme.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Voronka::Ui {

namespace {
constexpr int kPadding = 12;
constexpr int kArrow = 10;

void drawChevron(QPainter &p, QPointF center, bool up, const QColor &color)
{
    QPainterPath path;
    const qreal w = 3.5, h = 2.2;
    if (up) {
        path.moveTo(center.x() - w, center.y() + h / 2);
        path.lineTo(center.x(), center.y() - h / 2 - 0.5);
        path.lineTo(center.x() + w, center.y() + h / 2);
    } else {
        path.moveTo(center.x() - w, center.y() - h / 2);
        path.lineTo(center.x(), center.y() + h / 2 + 0.5);
        path.lineTo(center.x() + w, center.y() - h / 2);
    }
    p.setPen(QPen(color, 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
}
} // namespace

ListHeader::ListHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(false);
    setMouseTracking(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setMinimumSectionSize(60);
    // The header flips no indicator by itself: only sortable columns request a sort, so the
    // indicator can never land on a column the list cannot order by.
    setSortIndicatorShown(false);
    connect(this, &QHeaderView::sectionClicked, this, &ListHeader::onClicked);
}

bool ListHeader::sortable(int logicalIndex) const
{
    return model() && model()
                          ->headerData(logicalIndex, Qt::Horizontal, RecordListModel::SortableRole)
                          .toBool();
}

void ListHeader::onClicked(int logicalIndex)
{
    if (!sortable(logicalIndex))
        return;
    const auto *m = qobject_cast<const RecordListModel *>(model());
    Qt::SortOrder order = Qt::AscendingOrder;
    if (m && m->sortColumn() == logicalIndex)
        order = m->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    emit sortRequested(logicalIndex, order);
    viewport()->update();
}

QSize ListHeader::sectionSizeFromContents(int logicalIndex) const
{
    // Measured with the demibold font the titles are painted in.
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    const QFontMetrics fm(f);
    const QString text =
        model() ? model()->headerData(logicalIndex, Qt::Horizontal).toString() : QString();
    const int arrow = sortable(logicalIndex) ? kArrow + 4 : 0;
    return {2 * kPadding + fm.horizontalAdvance(text) + arrow + 2, fm.height() + 18};
}

void ListHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    const ThemeColors &c = Theme::current();
    painter->save();
    painter->fillRect(rect, m_hover == logicalIndex && sortable(logicalIndex)
                                ? c.alternate.darker(c.dark ? 80 : 102)
                                : c.header);
    painter->setPen(c.border);
    painter->drawLine(rect.bottomLeft(), rect.bottomRight());
    if (logicalIndex > 0 && visualIndex(logicalIndex) > 0) {
        const int margin = rect.height() / 4;
        painter->drawLine(rect.left(), rect.top() + margin, rect.left(), rect.bottom() - margin);
    }

    const auto *m = qobject_cast<const RecordListModel *>(model());
    const bool active = m && m->sortColumn() == logicalIndex;
    const bool canSort = sortable(logicalIndex);
    QFont f = font();
    f.setWeight(QFont::DemiBold);
    painter->setFont(f);
    painter->setPen(active ? c.text : c.headerText);
    const QRect textRect = rect.adjusted(kPadding, 0, -(kPadding + (canSort ? kArrow + 4 : 0)), 0);
    const QString text =
        model() ? model()->headerData(logicalIndex, Qt::Horizontal).toString() : QString();
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(f).elidedText(text, Qt::ElideRight, textRect.width()));

    if (canSort) {
        painter->setRenderHint(QPainter::Antialiasing);
        const int textWidth = QFontMetrics(f).horizontalAdvance(text);
        const qreal x = qMin(textRect.left() + textWidth + 4 + kArrow / 2.0,
                             qreal(rect.right() - kPadding - kArrow / 2.0));
        const QPointF center(x, rect.center().y() + 0.5);
        if (active) {
            drawChevron(*painter, center, m->sortOrder() == Qt::AscendingOrder, c.accent);
        } else {
            QColor faint = c.headerText;
            faint.setAlpha(m_hover == logicalIndex ? 200 : 90);
            drawChevron(*painter, center - QPointF(0, 3), true, faint);
            drawChevron(*painter, center + QPointF(0, 3), false, faint);
        }
    }
    painter->restore();
}

void ListHeader::mouseMoveEvent(QMouseEvent *event)
{
    QHeaderView::mouseMoveEvent(event);
    const int hover = logicalIndexAt(event->position().toPoint());
    if (hover != m_hover) {
        m_hover = hover;
        viewport()->update();
    }
}

void ListHeader::leaveEvent(QEvent *event)
{
    m_hover = -1;
    viewport()->update();
    QHeaderView::leaveEvent(event);
}

} // namespace Voronka::Ui
