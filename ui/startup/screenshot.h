// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

class QWidget;

namespace Voronka::Ui {

class MainWindow;

// Renders the window (any platform, offscreen included) once its current section has
// loaded and laid out, and saves it as PNG. For documentation, CI smoke runs and review.
class Screenshot
{
public:
    static constexpr int kTimeoutMs = 15000;
    static bool capture(MainWindow &window, const QString &path, QString *error);
    // A dialog (the start screen, About): shown, laid out and saved.
    static bool captureDialog(QWidget &dialog, const QString &path, QString *error);

private:
    static bool save(QWidget &widget, const QString &path, QString *error);
};

} // namespace Voronka::Ui
