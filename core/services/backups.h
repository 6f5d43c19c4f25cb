// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/origin.h"
#include "core/storage/database.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Voronka::Core {

class Clock;
class Session;

// The keys of the backup schedule in the settings table (Admin::setSetting).
namespace BackupKey {
inline constexpr char kEnabled[] = "backup_enabled";            // 1 or 0; default 1
inline constexpr char kIntervalDays[] = "backup_interval_days"; // 1 daily, 7 weekly; default 1
inline constexpr char kKeep[] = "backup_keep";                  // how many to keep; default 7
inline constexpr char kFolder[] = "backup_folder";              // absolute; empty: defaultFolder()
} // namespace BackupKey

// Scheduled backups of a Voronka file. A backup is named after the file and the local time
// it was made, "crm-2026-03-02-0900.voronka" (with "-2", "-3"... when that name is taken:
// nothing is overwritten), in the schedule's folder; by default a "Backups" folder beside the
// file, so the backups of a file are found (a damaged file's too) without reading it, and
// move with it. Only files with that name whose header is a Voronka database's count as the
// schedule's own: pruning and the "last backup" never touch or count any other file.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Backups)
public:
    struct Schedule
    {
        bool enabled = true;
        int intervalDays = 1;
        int keep = 7;
        QString folder; // empty: defaultFolder(file)
        bool operator==(const Schedule &) const = default;
    };
    struct Entry
    {
        QString path;
        QDateTime madeAt; // local time, from the name
        qint64 size = 0;
    };

    // The schedule stored in the file; defaults for what was never set.
    static Schedule schedule(Database &db);
    // Stores the options that differ (an administrator's call, with history and outbox);
    // refuses an interval or a count out of range and a folder that is not absolute. One
    // transaction, written with `origin` (WriteMode::Undo when the page's undo replays one).
    static Status setSchedule(Session &session, const Schedule &schedule, const Origin &origin);

    static QString defaultFolder(const QString &dbPath);
    static QString folderOf(const Schedule &schedule, const QString &dbPath);

    // The schedule's backups of dbPath in folder, newest first.
    static QList<Entry> list(const QString &folder, const QString &dbPath);
    // Whether a backup is due at `now`: enabled and the newest one is at least the interval's
    // calendar days old (or there is none). A start after days off makes one, not one a day.
    static bool isDue(const Schedule &schedule, const QList<Entry> &existing, const QDateTime &now);
    // A name for a backup made at `now` that no file in folder has.
    static QString freeName(const QString &folder, const QString &dbPath, const QDateTime &now);

    // Makes a backup of db into folder now (Database::backupTo: verified, then renamed into
    // place), then deletes the schedule's oldest backups beyond `keep` and the temporary
    // files of copies that were killed. Returns the new backup's path.
    static Result<QString> backUp(Database &db, const QString &folder, int keep, const Clock &clock,
                                  const Database::Progress &progress = {});
    // Deletes the schedule's backups beyond the newest `keep`; returns how many went.
    static int prune(const QString &folder, const QString &dbPath, int keep);
    // Deletes the temporary files ".NAME.XXXXXX.part" of this file's backups that have not
    // changed for kStalePartMs (a killed copy's; a running one writes all the time).
    static int removeStaleParts(const QString &folder, const QString &dbPath, qint64 nowMs);
    static constexpr qint64 kStalePartMs = 10 * 60 * 1000;

    // Whether path starts as a Voronka database does (SQLite header and application id),
    // read without opening it with SQLite.
    static bool hasVoronkaHeader(const QString &path);
};

} // namespace Voronka::Core
