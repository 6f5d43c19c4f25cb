// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>

class QPainter;

namespace Voronka::Ui {

// The task type icons (phone, meeting, email, letter, ...), drawn with QPainter on a 24-unit
// grid in the type's colour: line work with a light fill, so they stay readable at 16 px and
// need no SVG per colour. The names are core's (Admin::taskTypeIcons()); an unknown or empty
// name draws the plain "task" icon.
class TaskTypeIcon
{
public:
    static QStringList names();
    static QString label(const QString &name); // for the picker's tooltips
    static void paint(QPainter *p, const QRectF &rect, const QString &name, const QColor &color);
    static QPixmap pixmap(const QString &name, const QColor &color, int size,
                          qreal devicePixelRatio = 1.0);
    static QIcon icon(const QString &name, const QColor &color); // cached per name and colour
};

} // namespace Voronka::Ui
