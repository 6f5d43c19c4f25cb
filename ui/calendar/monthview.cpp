// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "monthview.h"

#include "ui/widgets/dates.h"
#include "ui/widgets/tasktypeicon.h"
#include "ui/widgets/theme.h"

#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace Voronka::Ui {

namespace {
constexpr int kWeeks = 6;
constexpr int kChipHeight = 18;
constexpr int kDayNumberHeight = 22;
} // namespace

MonthView::MonthView(QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_zone(std::move(zone))
{
    setObjectName(QStringLiteral("calendarMonthView"));
    setMouseTracking(true);
}

QDate MonthView::gridStart(QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    return first.addDays(1 - first.dayOfWeek());
}

void MonthView::setMonth(QDate anyDayOfMonth)
{
    m_month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    update();
}

void MonthView::setTasks(const QList<Core::TaskRow> &tasks, const QHash<QDate, int> &totals)
{
    m_tasks = tasks;
    m_totals = totals;
    m_dragIndex = -1;
    update();
}

void MonthView::setToday(QDate today)
{
    m_today = today;
    update();
}

QRect MonthView::dayRect(QDate day) const
{
    const qint64 n = firstShown().daysTo(day);
    if (n < 0 || n >= kWeeks * 7)
        return {};
    const int w = width() / 7, h = (height() - headerHeight()) / kWeeks;
    return {int(n % 7) * w, headerHeight() + int(n / 7) * h, w, h};
}

QDate MonthView::dayAt(const QPoint &p) const
{
    const int w = std::max(1, width() / 7), h = std::max(1, (height() - headerHeight()) / kWeeks);
    if (p.y() < headerHeight())
        return {};
    const int col = std::clamp(p.x() / w, 0, 6),
              row = std::clamp((p.y() - headerHeight()) / h, 0, kWeeks - 1);
    return firstShown().addDays(row * 7 + col);
}

QList<MonthView::Chip> MonthView::layoutChips() const
{
    QList<Chip> chips;
    QHash<qint64, QList<int>> perDay; // day offset -> task indexes, in due order
    const QDate start = firstShown();
    for (int i = 0; i < m_tasks.size(); ++i)
        if (m_tasks[i].dueAt)
            perDay[start.daysTo(QDateTime::fromMSecsSinceEpoch(*m_tasks[i].dueAt, m_zone).date())]
                << i;
    for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
        const QDate day = start.addDays(it.key());
        const QRect cell = dayRect(day);
        if (cell.isEmpty())
            continue;
        const int fits = std::max(0, (cell.height() - kDayNumberHeight - 2) / (kChipHeight + 2));
        const QList<int> &tasks = it.value();
        const int total = std::max(int(tasks.size()), m_totals.value(day));
        const int shown =
            std::min(int(tasks.size()), total <= fits ? total : std::max(0, fits - 1));
        for (int k = 0; k < shown; ++k)
            chips.append(
                {tasks[k],
                 QRect(cell.left() + 3, cell.top() + kDayNumberHeight + k * (kChipHeight + 2),
                       cell.width() - 6, kChipHeight),
                 day, 0});
        if (shown < total)
            chips.append(
                {-1,
                 QRect(cell.left() + 3, cell.top() + kDayNumberHeight + shown * (kChipHeight + 2),
                       cell.width() - 6, kChipHeight),
                 day, total - shown});
    }
    return chips;
}

QRect MonthView::chipRect(qint64 taskId) const
{
    for (const Chip &c : layoutChips())
        if (c.index >= 0 && m_tasks[c.index].id == taskId)
            return c.rect;
    return {};
}

int MonthView::moreOn(QDate day) const
{
    for (const Chip &c : layoutChips())
        if (c.index < 0 && c.day == day)
            return c.more;
    return 0;
}

const MonthView::Chip *MonthView::chipAt(const QList<Chip> &chips, const QPoint &p) const
{
    for (const Chip &c : chips)
        if (c.rect.contains(p))
            return &c;
    return nullptr;
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const ThemeColors &c = Theme::current();
    p.fillRect(rect(), c.surface);
    const QLocale locale;
    const int w = width() / 7;
    for (int d = 1; d <= 7; ++d) {
        p.setPen(d >= 6 ? c.muted : c.text);
        p.drawText(QRect((d - 1) * w, 0, w, headerHeight()), Qt::AlignCenter,
                   locale.dayName(d, QLocale::ShortFormat));
    }
    const QDate start = firstShown();
    for (int n = 0; n < kWeeks * 7; ++n) {
        const QDate day = start.addDays(n);
        const QRect cell = dayRect(day);
        if (day == m_today) {
            QColor tint = c.accent;
            tint.setAlpha(c.dark ? 36 : 22);
            p.fillRect(cell, tint);
        } else if (day.dayOfWeek() >= 6) {
            p.fillRect(cell, c.alternate);
        }
        p.setPen(c.border);
        p.drawRect(cell.adjusted(0, 0, -1, -1));
        QFont f = font();
        f.setBold(day == m_today);
        p.setFont(f);
        p.setPen(day == m_today ? c.accent : (day.month() == m_month.month() ? c.text : c.muted));
        p.drawText(cell.adjusted(6, 2, -6, 0), Qt::AlignTop | Qt::AlignRight,
                   day.day() == 1 ? locale.toString(day, QStringLiteral("d MMM"))
                                  : QString::number(day.day()));
    }
    for (const Chip &chip : layoutChips()) {
        p.setFont(font());
        if (chip.index < 0) {
            p.setPen(c.accent);
            p.drawText(chip.rect.adjusted(4, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       tr("+%n more", nullptr, chip.more));
            continue;
        }
        const Core::TaskRow &t = m_tasks[chip.index];
        const bool done = t.status != Core::TaskStatus::Open;
        QColor base(t.typeColor);
        if (!base.isValid())
            base = c.accent;
        QColor fill = base;
        fill.setAlpha(done ? 35 : (c.dark ? 90 : 55));
        const bool dragged = m_dragMoved && chip.index == m_dragIndex;
        QPainterPath path;
        path.addRoundedRect(QRectF(chip.rect), 3, 3);
        p.fillPath(path, dragged ? QColor(fill.red(), fill.green(), fill.blue(), 20) : fill);
        p.fillRect(QRect(chip.rect.left(), chip.rect.top() + 1, 3, chip.rect.height() - 2), base);
        QFont cf = font();
        cf.setStrikeOut(done);
        p.setFont(cf);
        p.setPen(done ? c.muted : c.text);
        QString label = t.text;
        if (!t.allDay)
            label = Dates::time(QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone).time()) + u' ' +
                    label;
        QRect textRect = chip.rect.adjusted(6, 0, -2, 0);
        const int iconSize = std::min(14, chip.rect.height() - 2);
        if (iconSize >= 10 && textRect.width() >= 4 * iconSize) {
            TaskTypeIcon::paint(&p,
                                QRectF(textRect.left(),
                                       chip.rect.top() + (chip.rect.height() - iconSize) / 2.0,
                                       iconSize, iconSize),
                                t.typeIcon, done ? c.muted : base);
            textRect.setLeft(textRect.left() + iconSize + 3);
        }
        p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, textRect.width()));
    }
    if (m_dragMoved && m_dropDay.isValid()) {
        p.setPen(QPen(c.accent, 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(dayRect(m_dropDay).adjusted(1, 1, -2, -2));
    }
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    m_dragIndex = -1;
    m_dragMoved = false;
    if (event->button() != Qt::LeftButton)
        return;
    const QList<Chip> chips = layoutChips();
    const Chip *chip = chipAt(chips, event->position().toPoint());
    if (!chip)
        return;
    if (chip->index < 0) {
        emit dayRequested(chip->day);
        return;
    }
    m_dragIndex = chip->index;
    m_pressPos = event->position().toPoint();
}

void MonthView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragIndex < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint pos = event->position().toPoint();
    if (!m_dragMoved && (pos - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragMoved = true;
    m_dropDay = dayAt(pos);
    update();
}

void MonthView::mouseReleaseEvent(QMouseEvent *event)
{
    const int index = m_dragIndex;
    const bool moved = m_dragMoved;
    m_dragIndex = -1;
    m_dragMoved = false;
    update();
    if (event->button() != Qt::LeftButton || index < 0 || !moved || !m_dropDay.isValid())
        return;
    const Core::TaskRow &t = m_tasks[index];
    const QDateTime was = QDateTime::fromMSecsSinceEpoch(*t.dueAt, m_zone);
    if (was.date() != m_dropDay)
        emit moveRequested(t.id, QDateTime(m_dropDay, was.time(), m_zone), t.allDay);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const QList<Chip> chips = layoutChips();
    if (const Chip *chip = chipAt(chips, pos)) {
        if (chip->index >= 0)
            emit openRequested(m_tasks[chip->index].id);
        return;
    }
    const QDate day = dayAt(pos);
    if (day.isValid())
        emit createRequested(QDateTime(day, QTime(9, 0), m_zone), false);
}

} // namespace Voronka::Ui
