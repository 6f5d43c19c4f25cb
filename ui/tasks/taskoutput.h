// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"

#include <QObject>
#include <QPointer>
#include <QTimeZone>

#include <atomic>
#include <memory>

#include <QProgressDialog>

class QPrinter;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BackgroundJob;

// Printing the task list, its PDF and its iCalendar and Excel exports, run in a BackgroundJob (a
// connection of its own, the UI session's clock) behind a progress dialog with Cancel: a
// printout of thousands of tasks or an export of millions never freezes the window. Files
// are written under a hidden name beside the target and moved into place when the run ends
// uncancelled, so a cancel or an error leaves no partial file and the target as it was. Only
// the print dialog stays on the UI thread; the pages are painted to its printer in the worker.
class TaskOutput final : public QObject
{
    Q_OBJECT
public:
    TaskOutput(Core::Session &session, QTimeZone zone, QWidget *dialogParent);
    ~TaskOutput() override;

    // Each starts one run; false when a run is under way.
    bool exportPdf(const QString &path, const Core::TaskFilter &filter, const QString &title);
    bool exportIcs(const QString &path, const Core::TaskFilter &filter);
    bool exportXlsx(const QString &path, const Core::TaskFilter &filter);
    bool print(std::unique_ptr<QPrinter> printer, const Core::TaskFilter &filter,
               const QString &title);

    bool isRunning() const { return m_job != nullptr; }
    void cancel();
    bool wait(int ms); // for the worker (tests); the finished signal still arrives queued
    QProgressDialog *progressDialog() const { return m_dialog; }
    // Of the last run: pages printed (PDF, print) or tasks written (iCalendar).
    qint64 written() const { return m_written; }

signals:
    // error is empty on success and after a cancel.
    void finished(const QString &error, bool cancelled);

private:
    using Count = std::shared_ptr<std::atomic<qint64>>;
    // Writes the filtered tasks to a device, hearing the tasks read (iCalendar, Excel).
    using TaskWriter = std::function<Core::Result<qint64>(
        Core::Session &, const Core::TaskFilter &, QIODevice &, const std::function<bool(qint64)> &)>;
    bool exportTasks(const QString &path, const Core::TaskFilter &filter, const TaskWriter &write);
    // target: the file the run writes (empty for printing); the worker writes staging.
    bool start(const QString &label, const QString &target, const QString &staging,
               std::function<QString(Core::Session &, const std::function<bool(qint64, qint64)> &,
                                     const Count &)>
                   work);
    void done(const QString &error);

    Core::Session &m_session;
    QTimeZone m_zone;
    QWidget *m_dialogParent;
    BackgroundJob *m_job = nullptr;
    QPointer<QProgressDialog> m_dialog;
    Count m_count;
    qint64 m_written = 0;
    QString m_target, m_staging;
};

} // namespace Voronka::Ui
