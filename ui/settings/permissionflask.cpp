// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "permissionflask.h"

#include "ui/widgets/theme.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

namespace Voronka::Ui {

namespace {
constexpr int kSegments = 4;
constexpr int kTubeWidth = 14;
constexpr int kSegmentHeight = 5;
constexpr int kGap = 2;
constexpr int kTubeHeight = kSegments * kSegmentHeight + (kSegments + 1) * kGap;
} // namespace

PermissionFlask::PermissionFlask(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_Hover);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    describe();
}

QString PermissionFlask::levelName(Core::Scope level)
{
    switch (level) {
    case Core::Scope::None:
        return tr("None");
    case Core::Scope::Own:
        return tr("Own");
    case Core::Scope::Department:
        return tr("Department");
    case Core::Scope::All:
        return tr("All");
    }
    return {};
}

QColor PermissionFlask::levelColor(Core::Scope level, bool dark)
{
    switch (level) {
    case Core::Scope::None:
        return dark ? QColor(0xEB, 0x6F, 0x6F) : QColor(0xD6, 0x45, 0x45);
    case Core::Scope::Own:
        return dark ? QColor(0xF2, 0xB2, 0x4A) : QColor(0xE0, 0x8E, 0x1B);
    case Core::Scope::Department:
        return dark ? QColor(0x5B, 0xA8, 0xF5) : QColor(0x2F, 0x80, 0xED);
    case Core::Scope::All:
        return dark ? QColor(0x4C, 0xC7, 0x7E) : QColor(0x27, 0xAE, 0x60);
    }
    return {};
}

void PermissionFlask::setLevel(Core::Scope level)
{
    if (m_level == level)
        return;
    m_level = level;
    describe();
    update();
}

void PermissionFlask::setForceAll(bool on)
{
    m_forceAll = on;
    setEnabled(!on);
    describe();
    update();
}

void PermissionFlask::setCellName(const QString &name)
{
    m_cellName = name;
    setAccessibleName(name);
    describe();
}

QSize PermissionFlask::sizeHint() const
{
    int text = 0;
    for (int i = 0; i < 4; ++i)
        text = std::max(text, fontMetrics().horizontalAdvance(levelName(Core::Scope(i))));
    return {8 + kTubeWidth + 8 + text + 8, std::max(kTubeHeight + 8, fontMetrics().height() + 8)};
}

void PermissionFlask::describe()
{
    const QString level = levelName(m_forceAll ? Core::Scope::All : m_level);
    setToolTip(m_forceAll ? tr("%1: %2 (an administrator has every right)").arg(m_cellName, level)
                          : tr("%1: %2. Click, scroll or press the arrow keys to change.")
                                .arg(m_cellName, level));
    setAccessibleDescription(level);
}

void PermissionFlask::step(int delta, bool wrap)
{
    int next = int(m_level) + delta;
    if (wrap)
        next = (next + kSegments) % kSegments;
    next = std::clamp(next, 0, kSegments - 1);
    if (next == int(m_level))
        return;
    setLevel(Core::Scope(next));
    QAccessibleValueChangeEvent ev(this, levelName(m_level));
    QAccessible::updateAccessibility(&ev);
    emit levelEdited(m_level);
    emit highlighted();
}

void PermissionFlask::paintEvent(QPaintEvent *)
{
    const ThemeColors &c = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Core::Scope shown = m_forceAll ? Core::Scope::All : m_level;
    const bool live = isEnabled();
    const QRect r = rect();
    if (hasFocus() || underMouse()) {
        p.setPen(hasFocus() ? QPen(c.accent, 1.5) : Qt::NoPen);
        p.setBrush(c.hover);
        p.drawRoundedRect(QRectF(r).adjusted(1, 1, -1, -1), 5, 5);
    }
    QColor fill = levelColor(shown, c.dark);
    if (!live)
        fill = c.muted;
    const QRectF tube(8, (r.height() - kTubeHeight) / 2.0, kTubeWidth, kTubeHeight);
    p.setPen(QPen(live ? fill : c.border, 1.2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(tube, 3.5, 3.5);
    // The segments fill from the bottom, one per level: none keeps a single red one so an
    // empty flask never reads as "not loaded yet".
    p.setPen(Qt::NoPen);
    for (int i = 0; i < kSegments; ++i) {
        const QRectF seg(tube.left() + kGap,
                         tube.bottom() - kGap - (i + 1) * kSegmentHeight - i * kGap,
                         kTubeWidth - 2 * kGap, kSegmentHeight);
        const bool filled = i <= int(shown);
        QColor segColor = fill;
        if (!filled) {
            segColor = c.border;
            segColor.setAlphaF(0.45F);
        }
        p.setBrush(segColor);
        p.drawRoundedRect(seg, 1.5, 1.5);
    }
    p.setPen(live && shown != Core::Scope::None ? c.text : c.muted);
    const QRect text(int(tube.right()) + 8, 0, r.width() - int(tube.right()) - 10, r.height());
    p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, levelName(shown));
}

void PermissionFlask::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton)
        step(+1, true);
    else if (event->button() == Qt::RightButton)
        step(-1, true);
    event->accept();
}

void PermissionFlask::wheelEvent(QWheelEvent *event)
{
    const int dy = event->angleDelta().y();
    if (dy != 0)
        step(dy > 0 ? +1 : -1, false);
    event->accept();
}

void PermissionFlask::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Plus:
        step(+1, false);
        break;
    case Qt::Key_Down:
    case Qt::Key_Minus:
        step(-1, false);
        break;
    case Qt::Key_Space:
        step(+1, true);
        break;
    case Qt::Key_0:
    case Qt::Key_1:
    case Qt::Key_2:
    case Qt::Key_3:
        step(event->key() - Qt::Key_0 - int(m_level), false);
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
        // Along the row, as in a table: the next or previous cell takes the focus.
        focusNextPrevChild(event->key() == Qt::Key_Right);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void PermissionFlask::enterEvent(QEnterEvent *event)
{
    QWidget::enterEvent(event);
    emit highlighted();
}

void PermissionFlask::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    emit highlighted();
    update();
}

void PermissionFlask::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void PermissionFlask::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        describe();
}

} // namespace Voronka::Ui
