// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Voronka::Core {
class Clock;
class Session;
} // namespace Voronka::Core

namespace Voronka::Ui {

// The one way the UI runs work off its thread. Long reads over a million rows (the duplicate
// scan, exports, counts), the few long writes (moving every deal of a deleted stage) and work
// on files (backups) run here: in a worker thread, on a connection of its own to the same
// file, as the same user, so the UI thread never waits for them. Progress and the end arrive
// as signals on the UI thread; cancel() asks the work to stop at its next progress report.
// Destroying the job cancels and waits: a job that must finish even when the window that
// started it closes is parented to the application.
class BackgroundJob final : public QObject
{
    Q_OBJECT
public:
    // The work reports progress through `report` (returning false once cancelled) and returns
    // an empty string or the error message to show.
    using Report = std::function<bool(qint64 done, qint64 total)>;
    using Work = std::function<QString(Core::Session &session, const Report &report)>;

    BackgroundJob(const QString &dbPath, const Core::UserInfo &actor, Work work,
                  QObject *parent = nullptr);
    // Work on files rather than through a session (verifying or restoring a backup, which
    // needs the file closed): the worker opens no database.
    using Task = std::function<QString(const Report &report)>;
    explicit BackgroundJob(Task task, QObject *parent = nullptr);
    ~BackgroundJob() override;

    // A read opens the worker's connection read-only, so a slip cannot change the file; work
    // that writes asks for ReadWrite (call before start()). Either way the worker's session
    // goes through the services, the one write path.
    enum class Access { ReadOnly, ReadWrite };
    void setAccess(Access access) { m_access = access; }
    // The worker's session reads the time from `clock` (which must outlive the job; call
    // before start()), so a job agrees with the UI's session on "now" (overdue, today);
    // the system clock when not set.
    void setClock(const Core::Clock *clock) { m_clock = clock; }
    void start();
    void cancel();
    bool isRunning() const;
    bool isCancelled() const { return m_cancel->load(); }
    // Waits for the worker (tests).
    bool wait(int ms);

signals:
    void progress(qint64 done, qint64 total);
    // error is empty on success; also emitted after a cancel.
    void finished(const QString &error);

private:
    QString m_path;
    Core::UserInfo m_actor;
    Work m_work;
    Task m_task;
    const Core::Clock *m_clock = nullptr;
    Access m_access = Access::ReadOnly;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace Voronka::Ui
