// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dealmovejob.h"

#include "services/pipelinesetup.h"

#include <QApplication>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace Voronka::Ui {

qint64 DealMoveJob::threshold = 5000;

Core::Result<qint64> DealMoveJob::work(Core::Session &session, Kind kind, qint64 id,
                                       qint64 targetStageId)
{
    Core::PipelineSetup setup(session);
    return kind == Kind::Stage ? setup.deleteStage(id, targetStageId)
                               : setup.deletePipeline(id, targetStageId);
}

void DealMoveJob::run(Core::Session &session, Kind kind, qint64 id, qint64 targetStageId,
                      qint64 deals, QWidget *context, Done done)
{
    if (deals < threshold) {
        done(work(session, kind, id, targetStageId));
        return;
    }
    QPointer<QProgressDialog> busy = new QProgressDialog(context);
    busy->setObjectName(QStringLiteral("dealMoveProgress"));
    busy->setWindowTitle(kind == Kind::Stage ? tr("Deleting the stage")
                                             : tr("Deleting the pipeline"));
    busy->setLabelText(tr("Moving %1 deals…").arg(QLocale().toString(deals)));
    busy->setRange(0, 0);
    busy->setCancelButton(nullptr); // one transaction: it finishes or changes nothing
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(0);
    busy->show();

    const QString path = session.db().path();
    const Core::Clock *clock = &session.clock();
    const Core::UserInfo actor = session.actor();
    QPointer<QWidget> guard(context);
    QThread *thread = QThread::create([=, &session] {
        Core::Result<qint64> result = qint64(0);
        Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(path);
        if (!db) {
            result = db.error();
        } else {
            Core::Session own(**db, *clock, actor);
            result = work(own, kind, id, targetStageId);
        }
        // Posted to the application, not to a window the user might have closed meanwhile.
        QMetaObject::invokeMethod(
            qApp,
            [=, &session] {
                if (busy) {
                    busy->close();
                    busy->deleteLater();
                }
                session.invalidate(); // stages and pipelines changed under this connection
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace Voronka::Ui
