// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importcommand.h"

#include "core/importexport/importer.h"
#include "core/importexport/importhistory.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/widgets/backgroundjob.h"

#include <QEventLoop>
#include <QProgressDialog>

namespace Voronka::Ui {

Core::Result<Core::ImportHistory::UndoResult> undoImport(Core::Session &session, qint64 batchId,
                                                         QWidget *window)
{
    auto out = std::make_shared<Core::ImportHistory::UndoResult>();
    BackgroundJob job(session.db().path(), session.actor(),
                      [batchId, out](Core::Session &s, const BackgroundJob::Report &) -> QString {
                          Core::Result<Core::ImportHistory::UndoResult> r =
                              Core::ImportHistory(s).undo(batchId);
                          if (!r)
                              return r.error().message;
                          *out = *r;
                          return {};
                      });
    job.setAccess(BackgroundJob::Access::ReadWrite);
    job.setClock(&session.clock());
    // No cancel: an undo is one transaction, stopping it halfway would undo nothing anyway.
    QProgressDialog dialog(ImportCommand::tr("Undoing the import…"), QString(), 0, 0, window);
    dialog.setObjectName(QStringLiteral("importUndoBusy"));
    dialog.setWindowModality(window ? Qt::WindowModal : Qt::ApplicationModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setValue(0);
    QString error;
    QEventLoop loop;
    QObject::connect(&job, &BackgroundJob::finished, &loop, [&](const QString &e) {
        error = e;
        loop.quit();
    });
    job.start();
    loop.exec();
    if (!error.isEmpty())
        return Core::makeError(Core::Error::Code::Invalid, error);
    return *out;
}

ImportCommand::ImportCommand(Core::Session &session, Core::EntityKind kind, qint64 batchId,
                             qint64 records, QWidget *window, Done done)
    : m_session(session)
    , m_batch(batchId)
    , m_window(window)
    , m_done(std::move(done))
{
    setText(describe(kind, records));
}

QString ImportCommand::describe(Core::EntityKind kind, qint64 records)
{
    const QString n = Core::Importer::rowNumber(records);
    const int plural = int(qMin<qint64>(records, 1000000));
    switch (kind) {
    case Core::EntityKind::Company:
        return tr("Import of %1 company(s)", nullptr, plural).arg(n);
    case Core::EntityKind::Deal:
        return tr("Import of %1 deal(s)", nullptr, plural).arg(n);
    default:
        return tr("Import of %1 contact(s)", nullptr, plural).arg(n);
    }
}

void ImportCommand::undo()
{
    Core::Result<Core::ImportHistory::UndoResult> r = undoImport(m_session, m_batch, m_window);
    QString message;
    if (!r)
        message = r.error().message;
    else if (!r->refused.isEmpty())
        message = tr("%n record(s) changed since the import and were left as they are: %1", nullptr,
                     int(r->refused.size()))
                      .arg(r->refused.join(QStringLiteral(", ")));
    setObsolete(true);
    if (m_done)
        m_done(message);
}

} // namespace Voronka::Ui
