// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importcommand.h"

#include "core/importexport/importer.h"
#include "core/importexport/importhistory.h"

namespace Voronka::Ui {

ImportCommand::ImportCommand(Core::Session &session, Core::EntityKind kind, qint64 batchId,
                             qint64 records, Done done)
    : m_session(session)
    , m_batch(batchId)
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
    Core::Result<Core::ImportHistory::UndoResult> r = Core::ImportHistory(m_session).undo(m_batch);
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
