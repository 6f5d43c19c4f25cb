// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "busytask.h"

#include <QEventLoop>
#include <QProgressDialog>

namespace Voronka::Ui {

QString runBusy(QWidget *parent, const QString &label, const BackgroundJob::Task &task)
{
    QProgressDialog dialog(label, QString(), 0, 0, parent); // no cancel: a restore must finish
    dialog.setObjectName(QStringLiteral("busyDialog"));
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setValue(0);
    BackgroundJob job(task);
    QString error;
    QEventLoop loop;
    QObject::connect(&job, &BackgroundJob::finished, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    job.start();
    loop.exec();
    return error;
}

} // namespace Voronka::Ui
