// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "tasks/taskquery.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QTimeZone>

class QPrinter;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The task list as filtered, printed the way Mini-CRM printed it: grouped by due, each task
// with its client's card (name, phones, company) and the last completed task for that
// client. Printing goes to any QPrinter (the print dialog's, or a PDF file).
class TaskPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::TaskPrinter)
public:
    static constexpr int kMaxRows = 2000; // a printout, not an export

    TaskPrinter(Core::Session &session, QTimeZone zone = QTimeZone::systemTimeZone());

    Core::Result<QString> html(const Core::TaskFilter &filter, const QString &title);
    Core::Status print(QPrinter &printer, const Core::TaskFilter &filter, const QString &title);
    // A PDF without any dialog (A4 portrait).
    Core::Status exportPdf(const QString &path, const Core::TaskFilter &filter,
                           const QString &title);

private:
    Core::Session &m_session;
    QTimeZone m_zone;
};

} // namespace Voronka::Ui
