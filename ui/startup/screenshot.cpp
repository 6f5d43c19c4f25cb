// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "screenshot.h"

#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

namespace Voronka::Ui {

namespace {
// Lets posted events, timers and background jobs' signals run for `ms` on this thread.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

bool Screenshot::capture(MainWindow &window, const QString &path, QString *error)
{
    window.show();
    QDeadlineTimer deadline(kTimeoutMs);
    // Layouts, polish and the first fetches all happen through posted events.
    settle(50);
    while (window.currentWorkspace() && !window.currentWorkspace()->isLoaded() &&
           !deadline.hasExpired())
        settle(20);
    if (window.currentWorkspace() && !window.currentWorkspace()->isLoaded()) {
        if (error)
            *error = QCoreApplication::translate("Voronka::Ui::Screenshot",
                                                 "The view did not finish loading in time.");
        return false;
    }
    settle(100);
    return save(window, path, error);
}

bool Screenshot::captureDialog(QWidget &dialog, const QString &path, QString *error)
{
    dialog.show();
    settle(150);
    return save(dialog, path, error);
}

bool Screenshot::save(QWidget &widget, const QString &path, QString *error)
{
    const QPixmap shot = widget.grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        if (error)
            *error = QCoreApplication::translate("Voronka::Ui::Screenshot", "Could not write %1.")
                         .arg(path);
        return false;
    }
    return true;
}

} // namespace Voronka::Ui
