// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dealmovejob.h"

#include "ui/widgets/backgroundjob.h"

#include <QApplication>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

namespace Voronka::Ui {

qint64 DealMoveJob::threshold = 5000;

Core::Result<DealMoveJob::Outcome> DealMoveJob::work(Core::Session &session, Kind kind,
                                                      qint64 id, Step step, const Outcome &last)
{
    Outcome out{last.removal, {}};
    Core::Result<Core::AdminStep::Footprint> left =
        Core::AdminStep::run(session, last.left, [&]() -> Core::Status {
            Core::PipelineSetup setup(session, step == Step::Delete
                                                   ? Core::Origin::user()
                                                   : Core::Origin::of(Core::WriteMode::Undo));
            if (step == Step::Undo)
                return setup.restoreRemoved(out.removal);
            const qint64 target = last.removal.targetStageId;
            Core::Result<Core::PipelineSetup::Removal> r =
                kind == Kind::Stage ? setup.removeStage(id, target)
                                    : setup.removePipeline(id, target);
            if (!r)
                return r.error();
            out.removal = *r;
            return Core::Ok{};
        });
    if (!left)
        return left.error();
    out.left = *left;
    return out;
}

void DealMoveJob::run(Core::Session &session, Kind kind, qint64 id, Step step,
                      const Outcome &last, qint64 deals, QWidget *context, Done done)
{
    if (deals < threshold) {
        done(work(session, kind, id, step, last));
        return;
    }
    QPointer<QProgressDialog> busy = new QProgressDialog(context);
    busy->setObjectName(QStringLiteral("dealMoveProgress"));
    const bool stage = kind == Kind::Stage;
    busy->setWindowTitle(step == Step::Undo ? (stage ? tr("Bringing the stage back")
                                                     : tr("Bringing the pipeline back"))
                                            : (stage ? tr("Deleting the stage")
                                                     : tr("Deleting the pipeline")));
    busy->setLabelText(tr("Moving %1 deals…").arg(QLocale().toString(deals)));
    busy->setRange(0, 0);
    busy->setCancelButton(nullptr); // one transaction: it finishes or changes nothing
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(0);
    busy->show();

    // The job belongs to the application, not to a window the user might close meanwhile:
    // the move is one transaction that finishes either way, and its end refreshes the session.
    auto result = std::make_shared<Core::Result<Outcome>>(Outcome{});
    auto *job = new BackgroundJob(
        session.db().path(), session.actor(),
        [kind, id, step, last, result](Core::Session &own, const BackgroundJob::Report &) {
            *result = work(own, kind, id, step, last);
            return QString();
        },
        qApp);
    job->setAccess(BackgroundJob::Access::ReadWrite);
    job->setClock(&session.clock());
    QPointer<QWidget> guard(context);
    connect(job, &BackgroundJob::finished, qApp,
            [job, busy, guard, result, done, &session](const QString &error) {
                job->deleteLater();
                if (busy) {
                    busy->close();
                    busy->deleteLater();
                }
                session.invalidate(); // stages and pipelines changed under this connection
                if (!error.isEmpty()) // the worker could not open the file
                    *result = Core::makeError(Core::Error::Code::Storage, error);
                if (guard)
                    done(*result);
            });
    job->start();
}

} // namespace Voronka::Ui
