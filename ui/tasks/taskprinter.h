// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

class QPagedPaintDevice;
class QPrinter;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The task list as filtered, printed the way Mini-CRM printed it: grouped by due, each task
// with its client's card (name, phones, company) and the last completed task for that
// client. Printing goes to any paged device (the print dialog's QPrinter, or a PDF file).
// Nothing here touches widgets or pixmaps, so TaskOutput runs it in a worker thread (Qt
// allows QPainter on QPrinter, QPdfWriter and QTextDocument there).
class TaskPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::TaskPrinter)
public:
    static constexpr int kMaxRows = 2000; // per due group: a printout, not an export
    // Hears (done, total) rows or pages; returning false stops the work (a cancel).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    TaskPrinter(Core::Session &session, QTimeZone zone = QTimeZone::systemTimeZone());

    Core::Result<QString> html(const Core::TaskFilter &filter, const QString &title,
                               const Progress &progress = {});
    // Lays `html` out at the device's resolution (so 9 pt prints as 9 pt) and paints it page
    // by page with a page number; returns the number of pages.
    Core::Result<int> paint(QPagedPaintDevice &device, const QString &html, const QString &where,
                            const Progress &progress = {});
    Core::Status print(QPrinter &printer, const Core::TaskFilter &filter, const QString &title);
    // A PDF without any dialog (A4 portrait); the file appears only when complete.
    Core::Result<int> exportPdf(const QString &path, const Core::TaskFilter &filter,
                                const QString &title, const Progress &htmlProgress = {},
                                const Progress &pageProgress = {});

private:
    Core::Session &m_session;
    QTimeZone m_zone;
};

} // namespace Voronka::Ui
