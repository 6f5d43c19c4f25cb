// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QColor>
#include <QString>

class QApplication;

namespace Voronka::Ui {

// The colours the custom-painted parts (sidebar, list delegates, avatars, icons) need beyond
// what QPalette names. Kept beside the palette so both themes are described in one place.
struct ThemeColors
{
    bool dark = false;
    QColor window, surface, alternate, text, muted, border, accent, accentText;
    QColor selection, selectionText, header, headerText;
    QColor sidebar, sidebarText, sidebarHover, sidebarSelected, sidebarSelectedText;
    QColor field, danger, scroll, hover;
};

class Theme
{
public:
    enum class Mode { Light, Dark };

    static bool parse(const QString &text, Mode &mode);
    static ThemeColors colorsFor(Mode mode);
    // Fusion, the palette, the application font and the style sheet for the named widgets.
    static void apply(QApplication &app, Mode mode);
    // The colours of the theme last applied (light until apply() is called).
    static const ThemeColors &current();

private:
    static QString styleSheet(const ThemeColors &c);
};

} // namespace Voronka::Ui
