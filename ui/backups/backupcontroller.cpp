// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "backupcontroller.h"

#include "core/services/session.h"
#include "core/util/clock.h"
#include "ui/widgets/backgroundjob.h"

#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace Voronka::Ui {

namespace {
const QString kFolders = QStringLiteral("backups/folders"); // file path → backup folder
constexpr int kCheckEveryMs = 60 * 60 * 1000;
} // namespace

BackupController::BackupController(Core::Session &session, const Core::Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("backupController"));
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &BackupController::runIfDue);
}

BackupController::~BackupController()
{
    // The job's thread reads the file through its own connection; it stops at its next
    // progress report and is waited for by its destructor.
    if (m_job)
        m_job->cancel();
}

void BackupController::startSchedule()
{
    rememberFolder(m_session.db().path(), folder());
    runIfDue();
    m_timer->start();
}

Core::Backups::Schedule BackupController::schedule() const
{
    return Core::Backups::schedule(m_session.db());
}

QString BackupController::folder() const
{
    return Core::Backups::folderOf(schedule(), m_session.db().path());
}

bool BackupController::runIfDue()
{
    if (isRunning())
        return false;
    const Core::Backups::Schedule s = schedule();
    const QString path = m_session.db().path();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
    if (!Core::Backups::isDue(s, Core::Backups::list(Core::Backups::folderOf(s, path), path), now))
        return false;
    return run(QString(), true);
}

bool BackupController::backUpNow()
{
    return run(QString(), true);
}

bool BackupController::backUpTo(const QString &path)
{
    return run(path, false);
}

bool BackupController::isRunning() const
{
    return m_job && m_job->isRunning();
}

void BackupController::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool BackupController::wait(int ms)
{
    return !m_job || m_job->wait(ms);
}

bool BackupController::run(const QString &target, bool scheduled)
{
    if (isRunning())
        return false;
    const Core::Backups::Schedule s = schedule();
    const QString folder = Core::Backups::folderOf(s, m_session.db().path());
    const int keep = s.keep;
    const Core::Clock *clock = &m_clock;
    // Written by the worker before it returns; read once `finished` has arrived.
    auto made = std::make_shared<QString>(target);
    BackgroundJob::Work work = [=](Core::Session &session, const BackgroundJob::Report &report) {
        if (!scheduled) {
            const Core::Status st = session.db().backupTo(target, report);
            return st ? QString() : st.error().message;
        }
        const Core::Result<QString> r =
            Core::Backups::backUp(session.db(), folder, keep, *clock, report);
        if (!r)
            return r.error().message;
        *made = *r;
        return QString();
    };
    if (m_job)
        m_job->deleteLater();
    m_job = new BackgroundJob(m_session.db().path(), m_session.actor(), std::move(work), this);
    m_job->setClock(&m_clock);
    connect(m_job, &BackgroundJob::progress, this, &BackupController::progress);
    const QString dbPath = m_session.db().path();
    connect(m_job, &BackgroundJob::finished, this,
            [this, made, scheduled, folder, dbPath](const QString &error) {
                if (error.isEmpty() && scheduled)
                    rememberFolder(dbPath, folder);
                emit finished(error.isEmpty() ? *made : QString(), error);
            });
    m_job->start();
    emit started();
    return true;
}

QString BackupController::rememberedFolder(const QString &dbPath)
{
    const QString key = QFileInfo(dbPath).absoluteFilePath();
    const QString folder = QSettings().value(kFolders).toMap().value(key).toString();
    return folder.isEmpty() ? Core::Backups::defaultFolder(dbPath) : folder;
}

void BackupController::rememberFolder(const QString &dbPath, const QString &folder)
{
    QSettings settings;
    QVariantMap folders = settings.value(kFolders).toMap();
    folders.insert(QFileInfo(dbPath).absoluteFilePath(), folder);
    settings.setValue(kFolders, folders);
}

} // namespace Voronka::Ui
