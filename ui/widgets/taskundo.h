// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/widgets/recordscommand.h"

#include <QCoreApplication>
#include <QString>

namespace Voronka::Ui {

// The names of the tasks' and the calendar's undo steps, as the Edit menu shows them
// ("Undo Complete «Call Anna»").
struct TaskUndo
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::TaskUndo)

public:
    // A task's text as a step names it: its first line, shortened.
    static QString quoted(const QString &taskText);
    static QString complete(const QString &taskText);
    static QString reopen(const QString &taskText);
    // where: a day ("12 May"), a day and time, or a due group ("Tomorrow").
    static QString move(const QString &taskText, const QString &where);
    static QString clearDue(const QString &taskText);
    static QString duration(const QString &taskText, int minutes);
    static QString create(const QString &taskText);
    // The step of a task just made ("New task «…»"; undo moves it to the recycle bin), or
    // nullptr when the task cannot be read.
    static RecordsCommand *created(Core::Session &session, qint64 taskId,
                                   RecordsCommand::Done done);
};

} // namespace Voronka::Ui
