// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

namespace Voronka::Ui {

// The line icons in resources/icons, tinted at load time: the SVG files draw in
// "currentColor" so one drawing serves the light and the dark theme.
class Icons
{
public:
    static QPixmap pixmap(const QString &name, const QColor &color, int size,
                          qreal devicePixelRatio = 1.0);
    static QIcon icon(const QString &name, const QColor &color);
    // Muted when idle, bright when selected: for the dark sidebar.
    static QIcon sidebar(const QString &name);
    static QString forKind(Core::EntityKind kind); // icon name of a record kind
    static QIcon logo();
};

} // namespace Voronka::Ui
