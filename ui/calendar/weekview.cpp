// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "weekview.h"

#include "ui/calendar/overlappacking.h"

#include "ui/widgets/dates.h"
#include "ui/widgets/tasktypeicon.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QLocale>
#include <QMap>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <utility>

namespace Voronka::Ui {

namespace {
constexpr int kDayNameHeight = 30;
constexpr int kAllDayRowHeight = 22;
constexpr int kMaxAllDayRows = 3;
constexpr int kMinBlockMinutes = 30; // a task with no duration still gets a readable block
constexpr int kEdge = 6;             // the grab zone of a block's bottom edge, in pixels

int snapped(int minutes)
{
    const int s = WeekView::kSnapMinutes;
    return std::clamp((minutes + s / 2) / s * s, 0, 24 * 60 - s);
}

// The time without "AM"/"PM" for a block too narrow for both: the hour grid beside it says
// which half of the day it is. The same as Dates::time in a 24-hour language.
QString compactTime(QTime t)
{
    QString format = Dates::timeFormat();
    format.remove(QLatin1String("AP"), Qt::CaseInsensitive);
    format.remove(QLatin1Char('A'), Qt::CaseInsensitive);
    return QLocale().toString(t, format.trimmed());
}

QColor typeColor(const Core::TaskRow &t)
{
    const QColor c(t.typeColor);
    return c.isValid() ? c : Theme::current().accent;
}
} // namespace

WeekView::WeekView(QTimeZone zone, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_zone(std::move(zone))
{
    setObjectName(QStringLiteral("calendarWeekView"));
    viewport()->setObjectName(QStringLiteral("calendarWeekViewport"));
    viewport()->setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::NoFrame);
    verticalScrollBar()->setSingleStep(kHourHeight / 4);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        layoutBlocks();
        viewport()->update();
    });
}

void WeekView::setDays(QDate first, int count)
{
    m_first = first;
    m_count = std::max(1, count);
    layoutBlocks();
    viewport()->update();
}

void WeekView::setTasks(const QList<Core::TaskRow> &tasks)
{
    m_tasks = tasks;
    m_indexOf.clear();
    for (int i = 0; i < m_tasks.size(); ++i)
        m_indexOf.insert(m_tasks[i].id, i);
    m_drag = DragKind::None;
    m_dragIndex = -1;
    updateScrollBar();
    layoutBlocks();
    viewport()->update();
}

void WeekView::setToday(QDate today)
{
    m_today = today;
    viewport()->update();
}

void WeekView::scrollToHour(int hour)
{
    // Before the first layout the range is still empty: remember the hour until it is not.
    m_scrollHour = hour;
    updateScrollBar();
}

void WeekView::scrollToBusiest()
{
    // Not laid out yet: how many hours fit is not known; the first resize does it.
    m_busiestPending = !isVisible();
    if (m_busiestPending)
        return;
    const int visibleHours =
        std::clamp((viewport()->height() - headerHeight()) / kHourHeight, 1, 24);
    // Open tasks weigh: what is still to do matters more than a pile of finished ones.
    int perHour[24] = {};
    for (const Core::TaskRow &t : std::as_const(m_tasks))
        if (!t.allDay && t.dueAt)
            perHour[QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone).time().hour()] +=
                t.status == Core::TaskStatus::Open ? 10 : 1;
    int best = 8, bestCount = -1;
    for (int h = 0; h + visibleHours <= 24; ++h) {
        int n = 0;
        for (int k = h; k < h + visibleHours; ++k)
            n += perHour[k];
        if (n > bestCount || (n == bestCount && std::abs(h - 8) < std::abs(best - 8))) {
            best = h;
            bestCount = n;
        }
    }
    scrollToHour(best);
}

int WeekView::allDayRows() const
{
    int most = 0;
    QHash<int, int> perDay;
    for (const Core::TaskRow &t : m_tasks)
        if (t.allDay && t.dueAt)
            most = std::max(
                most,
                ++perDay[m_first.daysTo(QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone).date())]);
    return std::clamp(most, 1, kMaxAllDayRows);
}

int WeekView::headerHeight() const
{
    return kDayNameHeight + allDayRows() * kAllDayRowHeight + 6;
}

int WeekView::gutter() const
{
    const QFontMetrics fm = fontMetrics();
    const int hours = std::max(fm.horizontalAdvance(Dates::time(QTime(10, 0))),
                               fm.horizontalAdvance(Dates::time(QTime(22, 0))));
    return std::max({52, fm.horizontalAdvance(tr("all day")) + 14, hours + 14});
}

int WeekView::columnWidth() const
{
    return std::max(1, (viewport()->width() - gutter()) / m_count);
}

int WeekView::columnX(int day) const
{
    return gutter() + day * columnWidth();
}

int WeekView::dayAt(int x) const
{
    return std::clamp((x - gutter()) / columnWidth(), 0, m_count - 1);
}

bool WeekView::inAllDayRow(int y) const
{
    return y >= kDayNameHeight && y < headerHeight();
}

QTime WeekView::timeAt(int y) const
{
    const int minutes = (y - headerHeight() + verticalScrollBar()->value()) * 60 / kHourHeight;
    const int m = std::clamp(minutes / kSnapMinutes * kSnapMinutes, 0, 24 * 60 - kSnapMinutes);
    return QTime(m / 60, m % 60);
}

QPoint WeekView::pointAt(QDate day, QTime time) const
{
    const int minutes = time.hour() * 60 + time.minute();
    return {columnX(int(m_first.daysTo(day))) + columnWidth() / 2,
            headerHeight() + minutes * kHourHeight / 60 - verticalScrollBar()->value()};
}

QPoint WeekView::allDayPointAt(QDate day) const
{
    return {columnX(int(m_first.daysTo(day))) + columnWidth() / 2, kDayNameHeight + 4};
}

QRect WeekView::taskRect(qint64 taskId) const
{
    const int index = m_indexOf.value(taskId, -1);
    for (const Block &b : m_blocks)
        if (b.index == index)
            return b.rect;
    return {};
}

void WeekView::updateScrollBar()
{
    const int gridHeight = 24 * kHourHeight;
    const int visible = std::max(0, viewport()->height() - headerHeight());
    verticalScrollBar()->setRange(0, std::max(0, gridHeight - visible));
    verticalScrollBar()->setPageStep(visible);
    if (m_scrollHour >= 0 && visible > 0) {
        verticalScrollBar()->setValue(m_scrollHour * kHourHeight);
        m_scrollHour = -1;
    }
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBar();
    if (m_busiestPending && isVisible())
        scrollToBusiest();
    layoutBlocks();
}

void WeekView::layoutBlocks()
{
    m_blocks.clear();
    m_more.clear();
    if (!m_first.isValid())
        return;
    const int width = columnWidth();
    QList<QList<int>> timed(m_count), allDay(m_count);
    for (int i = 0; i < m_tasks.size(); ++i) {
        const Core::TaskRow &t = m_tasks[i];
        if (!t.dueAt)
            continue;
        const qint64 day = m_first.daysTo(QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone).date());
        if (day < 0 || day >= m_count)
            continue;
        (t.allDay ? allDay : timed)[int(day)] << i;
    }
    for (int d = 0; d < m_count; ++d) {
        const int x = columnX(d);
        const QList<int> &chips = allDay[d];
        const int rows = allDayRows();
        for (int k = 0; k < chips.size() && k < rows; ++k) {
            if (k == rows - 1 && chips.size() > rows)
                break; // the last row says "+N more" instead
            m_blocks.append({chips[k], QRect(x + 2, kDayNameHeight + k * kAllDayRowHeight + 1,
                                             width - 4, kAllDayRowHeight - 2)});
        }
        layoutDay(d, timed[d]);
    }
}

int WeekView::minBlockWidth() const
{
    // The block's text insets (7 + 4) around a start time and the first letter of a word:
    // "9:00 C…" still says when, and which of the hour's tasks it is with the type's colour.
    // Two fit side by side in a day of the week at 1440 pixels, in either language.
    const QFontMetrics fm = fontMetrics();
    return fm.horizontalAdvance(compactTime(QTime(9, 0)) + QStringLiteral(" C…")) + 11;
}

QFont WeekView::chipFont() const
{
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

int WeekView::chipWidth() const
{
    return QFontMetrics(chipFont()).horizontalAdvance(QStringLiteral("+99")) + 8;
}

void WeekView::layoutDay(int day, const QList<int> &timed)
{
    const int x = columnX(day) + 2;
    const int room = columnWidth() - 4;
    const int top = headerHeight() - verticalScrollBar()->value();
    QList<Interval> spans;
    for (int i : timed) {
        const QTime s = QDateTime::fromMSecsSinceEpoch(*m_tasks[i].dueAt, m_zone).time();
        const int start = s.hour() * 60 + s.minute();
        const int length = std::max(kMinBlockMinutes, m_tasks[i].durationMin);
        spans.append({start, std::min(24 * 60, start + length)});
    }
    // A cluster with more tasks side by side than fit keeps a strip at its right for the
    // "+N" chips, so a chip never covers a block: it is packed again into the narrower room.
    const int chip = chipWidth();
    const int narrow = std::max(1, room - chip - 2);
    const QList<Placement> wide = packOverlaps(spans, room / minBlockWidth());
    const QList<Placement> tight = packOverlaps(spans, narrow / minBlockWidth());
    QSet<int> overflowing;
    for (const Placement &p : wide)
        if (p.hidden)
            overflowing.insert(p.cluster);
    QMap<QPair<int, int>, int> chips; // (cluster, hour) → index into m_more
    for (int k = 0; k < spans.size(); ++k) {
        const bool strip = overflowing.contains(wide[k].cluster);
        const Placement &p = strip ? tight[k] : wide[k];
        const int y1 = top + spans[k].start * kHourHeight / 60;
        if (p.hidden) {
            const int hour = spans[k].start / 60;
            const auto key = qMakePair(p.cluster, hour);
            auto it = chips.constFind(key);
            if (it == chips.constEnd()) {
                const int h = std::min(kHourHeight / 2, QFontMetrics(chipFont()).height() + 6);
                it = chips.insert(key, int(m_more.size()));
                m_more.append(
                    {QRect(x + room - chip, y1 + 1, chip, h - 2), m_first.addDays(day), hour, 0});
            }
            ++m_more[*it].count;
            continue;
        }
        const int w = (strip ? narrow : room) / p.columns;
        const int y2 = top + spans[k].end * kHourHeight / 60;
        m_blocks.append({timed[k], QRect(x + p.column * w, y1 + 1, w - 2, y2 - y1 - 2)});
    }
}

int WeekView::moreAt(const QPoint &p) const
{
    if (p.y() < headerHeight())
        return -1; // scrolled under the header
    for (int i = 0; i < m_more.size(); ++i)
        if (m_more[i].rect.contains(p))
            return i;
    return -1;
}

const WeekView::Block *WeekView::blockAt(const QPoint &p) const
{
    // Later blocks paint on top, so they are hit first.
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it) {
        const bool allDay = m_tasks[it->index].allDay;
        if (!allDay && p.y() < headerHeight())
            continue; // scrolled under the header
        if (it->rect.contains(p))
            return &*it;
    }
    return nullptr;
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing);
    const ThemeColors &c = Theme::current();
    p.fillRect(viewport()->rect(), c.surface);
    p.save();
    p.setClipRect(QRect(0, headerHeight(), viewport()->width(), viewport()->height()));
    paintGrid(p);
    for (const Block &b : std::as_const(m_blocks))
        if (!m_tasks[b.index].allDay && !(m_dragMoved && b.index == m_dragIndex))
            paintBlock(p, m_tasks[b.index], b.rect, false);
    for (const MoreChip &m : std::as_const(m_more)) {
        QPainterPath path;
        path.addRoundedRect(QRectF(m.rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p.fillPath(path, c.alternate);
        p.setPen(c.border);
        p.drawPath(path);
        p.setFont(chipFont());
        p.setPen(c.accent);
        p.drawText(m.rect, Qt::AlignCenter, tr("+%1").arg(m.count));
    }
    p.restore();
    paintHeader(p);
    for (const Block &b : std::as_const(m_blocks))
        if (m_tasks[b.index].allDay && !(m_dragMoved && b.index == m_dragIndex))
            paintBlock(p, m_tasks[b.index], b.rect, false);
    // The dragged task where it would land.
    if (m_dragMoved && m_dragIndex >= 0) {
        Core::TaskRow t = m_tasks[m_dragIndex];
        const int day = int(m_first.daysTo(m_dropDay));
        QRect r;
        if (m_drag == DragKind::Move && m_dropAllDay) {
            r = QRect(columnX(day) + 2, kDayNameHeight + 1, columnWidth() - 4,
                      kAllDayRowHeight - 2);
        } else {
            const QPoint top = pointAt(m_dropDay, m_dropTime);
            const int length = std::max(
                kMinBlockMinutes, m_drag == DragKind::Resize ? m_dropDuration : t.durationMin);
            r = QRect(columnX(day) + 2, top.y() + 1, columnWidth() - 4,
                      length * kHourHeight / 60 - 2);
            if (m_drag == DragKind::Resize)
                t.durationMin = m_dropDuration;
        }
        paintBlock(p, t, r, true);
    }
}

void WeekView::paintHeader(QPainter &p)
{
    const ThemeColors &c = Theme::current();
    const int h = headerHeight();
    p.fillRect(QRect(0, 0, viewport()->width(), h), c.surface);
    const QLocale locale;
    for (int d = 0; d < m_count; ++d) {
        const QDate day = m_first.addDays(d);
        const QRect col(columnX(d), 0, columnWidth(), h);
        if (day.dayOfWeek() >= 6)
            p.fillRect(col, c.alternate);
        QFont f = font();
        const bool today = day == m_today;
        f.setBold(today);
        p.setFont(f);
        p.setPen(today ? c.accent : c.text);
        const QString label = QStringLiteral("%1 %2").arg(
            locale.dayName(day.dayOfWeek(), QLocale::ShortFormat), QString::number(day.day()));
        p.drawText(col.adjusted(0, 0, 0, -(h - kDayNameHeight)), Qt::AlignCenter, label);
        if (today)
            p.fillRect(QRect(col.left() + 6, kDayNameHeight - 3, col.width() - 12, 3), c.accent);
        p.setPen(c.border);
        p.drawLine(col.topLeft(), col.bottomLeft());
        // "+N more" where the all-day row overflows.
        int n = 0;
        for (const Core::TaskRow &t : m_tasks)
            if (t.allDay && t.dueAt &&
                QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone).date() == day)
                ++n;
        const int rows = allDayRows();
        if (n > rows) {
            p.setFont(font());
            p.setPen(c.muted);
            p.drawText(QRect(col.left() + 6, kDayNameHeight + (rows - 1) * kAllDayRowHeight,
                             col.width() - 12, kAllDayRowHeight),
                       Qt::AlignVCenter | Qt::AlignLeft, tr("+%n more", nullptr, n - rows + 1));
        }
    }
    p.setFont(font());
    p.setPen(c.muted);
    p.drawText(QRect(0, kDayNameHeight, gutter() - 6, kAllDayRowHeight),
               Qt::AlignRight | Qt::AlignVCenter, tr("all day"));
    p.setPen(c.border);
    p.drawLine(0, h - 1, viewport()->width(), h - 1);
}

void WeekView::paintGrid(QPainter &p)
{
    const ThemeColors &c = Theme::current();
    const int top = headerHeight() - verticalScrollBar()->value();
    for (int d = 0; d < m_count; ++d) {
        const QDate day = m_first.addDays(d);
        const QRect col(columnX(d), top, columnWidth(), 24 * kHourHeight);
        if (day == m_today) {
            QColor tint = c.accent;
            tint.setAlpha(c.dark ? 16 : 18);
            p.fillRect(col, tint);
        } else if (day.dayOfWeek() >= 6) {
            p.fillRect(col, c.alternate);
        }
        p.setPen(c.border);
        p.drawLine(col.topLeft(), col.bottomLeft());
    }
    QColor half = c.border;
    half.setAlpha(90);
    for (int h = 0; h < 24; ++h) {
        const int y = top + h * kHourHeight;
        p.setPen(c.border);
        p.drawLine(gutter(), y, viewport()->width(), y);
        p.setPen(half);
        p.drawLine(gutter(), y + kHourHeight / 2, viewport()->width(), y + kHourHeight / 2);
        if (h > 0) {
            p.setPen(c.muted);
            p.drawText(QRect(0, y - 8, gutter() - 8, 16), Qt::AlignRight | Qt::AlignVCenter,
                       Dates::time(QTime(h, 0)));
        }
    }
}

void WeekView::paintBlock(QPainter &p, const Core::TaskRow &t, const QRect &r, bool ghost)
{
    const ThemeColors &c = Theme::current();
    const bool done = t.status != Core::TaskStatus::Open;
    QColor base = typeColor(t);
    QColor fill = base;
    fill.setAlpha(done ? 40 : (c.dark ? 90 : 60));
    if (ghost)
        fill.setAlpha(150);
    QPainterPath path;
    path.addRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.fillPath(path, fill);
    p.fillRect(QRect(r.left(), r.top() + 1, 3, r.height() - 2), base);
    if (ghost) {
        p.setPen(QPen(base, 1.5, Qt::DashLine));
        p.drawPath(path);
    }
    QFont f = font();
    f.setStrikeOut(done);
    p.setFont(f);
    p.setPen(done ? c.muted : c.text);
    QRect text = r.adjusted(7, 2, -4, -2);
    // The type's icon before the text where the block has room for both; a narrow block
    // keeps its time readable instead.
    const int iconSize = std::min(14, p.fontMetrics().height());
    const int room = iconSize + 4 + p.fontMetrics().horizontalAdvance(QStringLiteral("00:00 …"));
    if (text.width() >= room && text.height() >= iconSize) {
        const int y = text.top() + (p.fontMetrics().lineSpacing() - iconSize) / 2;
        TaskTypeIcon::paint(&p, QRectF(text.left(), std::max(text.top(), y), iconSize, iconSize),
                            t.typeIcon, done ? c.muted : base);
        text.setLeft(text.left() + iconSize + 4);
    }
    // Lines: the time, the text, the linked client. A narrow block shows only the start time
    // so the text keeps its room; every line is elided, never broken mid-word.
    const QFontMetrics fm = p.fontMetrics();
    const int lineHeight = fm.lineSpacing();
    const int rows = std::max(1, text.height() / lineHeight);
    QString when;
    if (!t.allDay && t.dueAt) {
        const QDateTime s = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone);
        const QString start = Dates::time(s.time());
        const QString span =
            start + QStringLiteral("–") + Dates::time(s.addSecs(qint64(t.durationMin) * 60).time());
        // On a line of its own the time takes what fits; before the text it leaves a word
        // room, down to the time without "AM"/"PM" in a narrow block.
        const int fits =
            text.width() - (rows == 1 ? fm.horizontalAdvance(QStringLiteral(" Call…")) : 0);
        if (t.durationMin > 0 && fm.horizontalAdvance(span) <= fits)
            when = span;
        else if (fm.horizontalAdvance(start) <= fits)
            when = start;
        else
            when = compactTime(s.time());
    }
    const auto line = [&](int row, int count, const QString &s) {
        const QRect box(text.left(), text.top() + row * lineHeight, text.width(),
                        count * lineHeight);
        if (count == 1)
            p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(s, Qt::ElideRight, box.width()));
        else
            p.drawText(box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, s);
    };
    if (rows == 1) {
        line(0, 1, when.isEmpty() ? t.text : when + u' ' + t.text);
        return;
    }
    int row = 0;
    if (!when.isEmpty())
        line(row++, 1, when);
    const bool client = !t.linkName.isEmpty() && rows - row >= 2;
    const int textRows = rows - row - (client ? 1 : 0);
    line(row, textRows, t.text);
    if (client)
        line(rows - 1, 1, t.linkName);
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QAbstractScrollArea::mousePressEvent(event);
    const QPoint pos = event->position().toPoint();
    const Block *b = blockAt(pos);
    m_drag = DragKind::None;
    m_dragIndex = -1;
    m_dragMoved = false;
    m_pressedMore = b ? -1 : moreAt(pos);
    if (!b)
        return;
    const Core::TaskRow &t = m_tasks[b->index];
    m_dragIndex = b->index;
    m_pressPos = pos;
    m_drag = !t.allDay && pos.y() >= b->rect.bottom() - kEdge ? DragKind::Resize : DragKind::Move;
    if (t.allDay) {
        m_pressOffsetMin = 0;
    } else {
        const QTime s = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone).time();
        const int pressMin =
            (pos.y() - headerHeight() + verticalScrollBar()->value()) * 60 / kHourHeight;
        m_pressOffsetMin = pressMin - (s.hour() * 60 + s.minute());
    }
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == DragKind::None || !(event->buttons() & Qt::LeftButton)) {
        const Block *b = blockAt(pos);
        viewport()->setCursor(b && !m_tasks[b->index].allDay && pos.y() >= b->rect.bottom() - kEdge
                                  ? Qt::SizeVerCursor
                                  : Qt::ArrowCursor);
        return;
    }
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragMoved = true;
    const Core::TaskRow &t = m_tasks[m_dragIndex];
    const int pointerMin =
        (pos.y() - headerHeight() + verticalScrollBar()->value()) * 60 / kHourHeight;
    if (m_drag == DragKind::Move) {
        m_dropDay = m_first.addDays(dayAt(pos.x()));
        m_dropAllDay = inAllDayRow(pos.y());
        const int start = snapped(pointerMin - m_pressOffsetMin);
        m_dropTime = t.allDay && !m_dropAllDay ? QTime(9, 0) : QTime(start / 60, start % 60);
        if (t.allDay && !m_dropAllDay) {
            const int s = snapped(pointerMin);
            m_dropTime = QTime(s / 60, s % 60);
        }
    } else {
        const QDateTime s = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone);
        m_dropDay = s.date();
        m_dropTime = s.time();
        const int startMin = s.time().hour() * 60 + s.time().minute();
        const int length = (pointerMin - startMin + kSnapMinutes / 2) / kSnapMinutes * kSnapMinutes;
        m_dropDuration = std::clamp(length, kSnapMinutes, 24 * 60 - startMin);
    }
    viewport()->update();
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    // A click on a "+N" chip: pressed and released on the same one.
    const int pressedMore = std::exchange(m_pressedMore, -1);
    if (event->button() == Qt::LeftButton && pressedMore >= 0 &&
        moreAt(event->position().toPoint()) == pressedMore) {
        const MoreChip m = m_more[pressedMore];
        emit moreRequested(m.day, m.hour);
        return;
    }
    if (event->button() != Qt::LeftButton || m_drag == DragKind::None)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    const DragKind kind = m_drag;
    const bool moved = m_dragMoved;
    const int index = m_dragIndex;
    m_drag = DragKind::None;
    m_dragMoved = false;
    m_dragIndex = -1;
    viewport()->update();
    if (!moved || index < 0)
        return;
    const Core::TaskRow &t = m_tasks[index];
    if (kind == DragKind::Resize) {
        if (m_dropDuration != t.durationMin)
            emit resizeRequested(t.id, m_dropDuration);
        return;
    }
    // All-day tasks are stored at 23:59 of their day (TaskRow::dueAt).
    const QDateTime start(m_dropDay, m_dropAllDay ? QTime(23, 59) : m_dropTime, m_zone);
    if (!t.dueAt || start.toMSecsSinceEpoch() != *t.dueAt || m_dropAllDay != t.allDay)
        emit moveRequested(t.id, start, m_dropAllDay);
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || pos.x() < gutter() || pos.y() < kDayNameHeight)
        return;
    if (const Block *b = blockAt(pos)) {
        emit openRequested(m_tasks[b->index].id);
        return;
    }
    if (moreAt(pos) >= 0)
        return; // the click already listed the hour
    const QDate day = m_first.addDays(dayAt(pos.x()));
    if (inAllDayRow(pos.y()))
        emit createRequested(QDateTime(day, QTime(23, 59), m_zone), true);
    else
        emit createRequested(QDateTime(day, timeAt(pos.y()), m_zone), false);
}

bool WeekView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Block *b = blockAt(help->pos())) {
            const Core::TaskRow &t = m_tasks[b->index];
            QString tip = t.text;
            if (!t.typeName.isEmpty())
                tip = t.typeName + QStringLiteral(": ") + tip;
            if (!t.responsibleName.isEmpty())
                tip += u'\n' + t.responsibleName;
            if (!t.linkName.isEmpty())
                tip += u'\n' + t.linkName;
            QToolTip::showText(help->globalPos(), tip, viewport());
        } else if (const int more = moreAt(help->pos()); more >= 0) {
            const MoreChip &m = m_more[more];
            QToolTip::showText(
                help->globalPos(),
                tr("%n more task(s) from %1: click to list the hour", nullptr, m.count)
                    .arg(Dates::time(QTime(m.hour, 0))),
                viewport());
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace Voronka::Ui
