// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/backups.h"

#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace Voronka::Core {
class Clock;
class Session;
} // namespace Voronka::Core

namespace Voronka::Ui {

class BackgroundJob;

// Backups of the open file in the desktop: the schedule's (one at start when due, a missed
// one included, then a check every hour), File → Back up now and Back up to…, and the
// Backups page's. Each copy runs off the UI thread (BackgroundJob) with progress; one at a
// time. It remembers the last backup folder of each file on this computer (QSettings), for
// the offer to restore a file too damaged to read its own settings.
class BackupController final : public QObject
{
    Q_OBJECT
public:
    BackupController(Core::Session &session, const Core::Clock &clock, QObject *parent);
    ~BackupController() override;

    // Runs a due backup now and checks again every hour.
    void startSchedule();
    // Starts a backup when one is due and none runs; true when it started.
    bool runIfDue();
    // A backup into the schedule's folder now, pruned as the schedule's are; false when one
    // is already running.
    bool backUpNow();
    // A backup to this exact path (File → Back up to…), not counted by the schedule.
    bool backUpTo(const QString &path);
    bool isRunning() const;
    void cancel();
    // Waits for the running copy (tests).
    bool wait(int ms);

    Core::Backups::Schedule schedule() const;
    QString folder() const;
    // The folder the last backups of dbPath went to on this computer; the default folder
    // beside the file when none is remembered.
    static QString rememberedFolder(const QString &dbPath);
    static void rememberFolder(const QString &dbPath, const QString &folder);

signals:
    void started();
    void progress(qint64 done, qint64 total);
    // error is empty on success; path is the new backup.
    void finished(const QString &path, const QString &error);

private:
    bool run(const QString &target, bool scheduled);

    Core::Session &m_session;
    const Core::Clock &m_clock;
    QTimer *m_timer;
    QPointer<BackgroundJob> m_job;
};

} // namespace Voronka::Ui
