// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "backgroundjob.h"

#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QElapsedTimer>
#include <QThread>

namespace Voronka::Ui {

BackgroundJob::BackgroundJob(const QString &dbPath, const Core::UserInfo &actor, Work work,
                             QObject *parent)
    : QObject(parent)
    , m_path(dbPath)
    , m_actor(actor)
    , m_work(std::move(work))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

BackgroundJob::BackgroundJob(Task task, QObject *parent)
    : QObject(parent)
    , m_task(std::move(task))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start()
{
    if (m_thread)
        return;
    auto cancel = m_cancel;
    m_thread = QThread::create([this, cancel] {
        QString error;
        // At most ~20 progress signals a second: a queued signal per row would flood the
        // UI thread's event queue.
        QElapsedTimer since;
        since.start();
        const Report report = [&](qint64 done, qint64 total) {
            if (done == total || since.elapsed() >= 50) {
                since.restart();
                QMetaObject::invokeMethod(
                    this, [this, done, total] { emit progress(done, total); },
                    Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        if (m_task) {
            error = m_task(report);
        } else {
            Core::Database::Options o;
            o.readOnly = m_access == Access::ReadOnly;
            Core::Result<std::unique_ptr<Core::Database>> db = Core::Database::open(m_path, o);
            if (!db) {
                error = db.error().message;
            } else {
                const Core::SystemClock system;
                Core::Session session(**db, m_clock ? *m_clock : system, m_actor);
                error = m_work(session, report);
            }
        }
        QMetaObject::invokeMethod(
            this, [this, error] { emit finished(error); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void BackgroundJob::cancel()
{
    m_cancel->store(true);
}

bool BackgroundJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundJob::wait(int ms)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(ms));
}

} // namespace Voronka::Ui
