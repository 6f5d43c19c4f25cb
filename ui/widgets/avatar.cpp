// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "avatar.h"

#include "ui/widgets/theme.h"

#include <QPainter>
#include <QPainterPath>

#include <iterator>

namespace Voronka::Ui {

Avatar::Avatar(QWidget *parent)
    : QWidget(parent)
{
    setFixedSize(sizeHint());
}

void Avatar::setName(const QString &name)
{
    m_name = name;
    setToolTip(name);
    update();
}

void Avatar::setColor(const QColor &color)
{
    m_color = color;
    update();
}

QString Avatar::initials(const QString &name)
{
    QString out;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts)) {
        const QChar c = word.at(0);
        if (c.isLetterOrNumber())
            out += c.toUpper();
        if (out.size() == 2)
            break;
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QColor Avatar::colorFor(const QString &name)
{
    // Muted hues that keep white initials readable in both themes.
    static const QColor palette[] = {
        QColor(0x5b, 0x7c, 0xe6), QColor(0x3f, 0xa7, 0x8b), QColor(0xd9, 0x7b, 0x3c),
        QColor(0x9b, 0x6b, 0xd6), QColor(0xd4, 0x5d, 0x79), QColor(0x3c, 0x9c, 0xc4),
        QColor(0x7d, 0x8f, 0x3a), QColor(0xc2, 0x8f, 0x2c), QColor(0x6f, 0x7b, 0x91),
    };
    return palette[qHash(name) % std::size(palette)];
}

void Avatar::paint(QPainter &p, const QRect &rect, const QString &name, bool square,
                   const QColor &color)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color.isValid() ? color : colorFor(name));
    if (square)
        p.drawRoundedRect(rect, rect.width() / 4.0, rect.width() / 4.0);
    else
        p.drawEllipse(rect);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(qMax(8, rect.height() * 2 / 5));
    p.setFont(f);
    p.setPen(Qt::white);
    const QString text = square ? initials(name).left(1) : initials(name);
    p.drawText(rect, Qt::AlignCenter, text);
    p.restore();
}

void Avatar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(p, rect(), m_name, false, m_color);
}

} // namespace Voronka::Ui
