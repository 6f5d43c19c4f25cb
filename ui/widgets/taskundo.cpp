// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskundo.h"

#include "core/services/records.h"

namespace Voronka::Ui {

QString TaskUndo::quoted(const QString &taskText)
{
    QString line = taskText.section(u'\n', 0, 0).trimmed();
    if (line.size() > 40)
        line = line.left(39) + QChar(0x2026);
    return QStringLiteral("«%1»").arg(line);
}

QString TaskUndo::complete(const QString &taskText)
{
    return tr("Complete %1").arg(quoted(taskText));
}

QString TaskUndo::reopen(const QString &taskText)
{
    return tr("Reopen %1").arg(quoted(taskText));
}

QString TaskUndo::move(const QString &taskText, const QString &where)
{
    return tr("Move %1 to %2").arg(quoted(taskText), where);
}

QString TaskUndo::clearDue(const QString &taskText)
{
    return tr("Clear the due date of %1").arg(quoted(taskText));
}

QString TaskUndo::duration(const QString &taskText, int minutes)
{
    return tr("Set %1 to %n minute(s)", nullptr, minutes).arg(quoted(taskText));
}

QString TaskUndo::create(const QString &taskText)
{
    return tr("New task %1").arg(quoted(taskText));
}

RecordsCommand *TaskUndo::created(Core::Session &session, qint64 taskId,
                                  RecordsCommand::Done done)
{
    Core::Result<Core::Record> task = Core::Records(session).load(Core::EntityKind::Task, taskId);
    if (!task)
        return nullptr;
    return new RecordsCommand(session, create(task->value(QStringLiteral("text")).toString()), {},
                              std::move(done), {{Core::EntityKind::Task, taskId}});
}

} // namespace Voronka::Ui
