// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "backups.h"

#include "core/services/admin.h"
#include "core/storage/schema.h"
#include "core/util/clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace Voronka::Core {

namespace {
const QString kStamp = QStringLiteral("yyyy-MM-dd-HHmm");

// "crm-2026-03-02-0900.voronka", "crm-2026-03-02-0900-2.voronka"
QRegularExpression namePattern(const QString &dbPath)
{
    return QRegularExpression(
        QStringLiteral("^%1-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d+))?\\.voronka$")
            .arg(QRegularExpression::escape(QFileInfo(dbPath).completeBaseName())));
}

// ".crm-2026-03-02-0900.voronka.a1B2c3.part": Database::backupTo's temporary file.
QRegularExpression partPattern(const QString &dbPath)
{
    return QRegularExpression(
        QStringLiteral("^\\.%1-\\d{4}-\\d{2}-\\d{2}-\\d{4}(?:-\\d+)?\\.voronka\\.[^.]+\\.part$")
            .arg(QRegularExpression::escape(QFileInfo(dbPath).completeBaseName())));
}

struct Named
{
    Backups::Entry entry;
    int number = 1;
};

QList<Named> named(const QString &folder, const QString &dbPath)
{
    QList<Named> out;
    const QRegularExpression pattern = namePattern(dbPath);
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : files) {
        const QRegularExpressionMatch m = pattern.match(f.fileName());
        if (!m.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(m.captured(1), kStamp);
        if (!at.isValid() || !Backups::hasVoronkaHeader(f.absoluteFilePath()))
            continue;
        out.append({{f.absoluteFilePath(), at, f.size()},
                    m.captured(2).isEmpty() ? 1 : m.captured(2).toInt()});
    }
    std::sort(out.begin(), out.end(), [](const Named &a, const Named &b) {
        if (a.entry.madeAt != b.entry.madeAt)
            return a.entry.madeAt > b.entry.madeAt;
        return a.number > b.number;
    });
    return out;
}

int intSetting(Database &db, const char *key, int fallback)
{
    const QVariant v = db.setting(QString::fromLatin1(key));
    bool ok = false;
    const int n = v.toInt(&ok);
    return v.isValid() && ok ? n : fallback;
}
} // namespace

Backups::Schedule Backups::schedule(Database &db)
{
    Schedule s;
    s.enabled = intSetting(db, BackupKey::kEnabled, 1) != 0;
    s.intervalDays = intSetting(db, BackupKey::kIntervalDays, s.intervalDays);
    s.keep = intSetting(db, BackupKey::kKeep, s.keep);
    s.folder = db.setting(QString::fromLatin1(BackupKey::kFolder)).toString();
    return s;
}

Status Backups::setSchedule(Session &session, const Schedule &schedule, const Origin &origin)
{
    if (schedule.intervalDays < 1 || schedule.intervalDays > 365)
        return makeError(
            Error::Code::Invalid,
            tr("Backups are made every 1 to 365 days, not every %1.").arg(schedule.intervalDays),
            QString(), QString::fromLatin1(BackupKey::kIntervalDays));
    if (schedule.keep < 1 || schedule.keep > 1000)
        return makeError(Error::Code::Invalid,
                         tr("Keep 1 to 1000 backups, not %1.").arg(schedule.keep), QString(),
                         QString::fromLatin1(BackupKey::kKeep));
    if (!schedule.folder.isEmpty() && QDir::isRelativePath(schedule.folder))
        return makeError(Error::Code::Invalid,
                         tr("The backup folder %1 is not a full path.").arg(schedule.folder),
                         QString(), QString::fromLatin1(BackupKey::kFolder));
    const Schedule before = Backups::schedule(session.db());
    QList<std::pair<QString, QVariant>> changed;
    const auto set = [&changed](const char *key, const QVariant &value) {
        changed.append({QString::fromLatin1(key), value});
    };
    if (before.enabled != schedule.enabled)
        set(BackupKey::kEnabled, schedule.enabled ? 1 : 0);
    if (before.intervalDays != schedule.intervalDays)
        set(BackupKey::kIntervalDays, schedule.intervalDays);
    if (before.keep != schedule.keep)
        set(BackupKey::kKeep, schedule.keep);
    if (before.folder != schedule.folder)
        set(BackupKey::kFolder, schedule.folder);
    return Admin(session, origin).setSettings(changed);
}

QString Backups::defaultFolder(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("Backups"));
}

QString Backups::folderOf(const Schedule &schedule, const QString &dbPath)
{
    return schedule.folder.isEmpty() ? defaultFolder(dbPath) : schedule.folder;
}

QList<Backups::Entry> Backups::list(const QString &folder, const QString &dbPath)
{
    QList<Entry> out;
    for (const Named &n : named(folder, dbPath))
        out << n.entry;
    return out;
}

bool Backups::isDue(const Schedule &schedule, const QList<Entry> &existing, const QDateTime &now)
{
    if (!schedule.enabled)
        return false;
    if (existing.isEmpty())
        return true;
    // Calendar days, not 24-hour periods: a daily backup made at 9:05 yesterday is due at
    // 9:00 today.
    return existing.first().madeAt.date().daysTo(now.date()) >= schedule.intervalDays;
}

QString Backups::freeName(const QString &folder, const QString &dbPath, const QDateTime &now)
{
    const QDir dir(folder);
    const QString base =
        QStringLiteral("%1-%2").arg(QFileInfo(dbPath).completeBaseName(), now.toString(kStamp));
    QString name = dir.filePath(base + QStringLiteral(".voronka"));
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = dir.filePath(base + QStringLiteral("-%1.voronka").arg(n));
    return name;
}

Result<QString> Backups::backUp(Database &db, const QString &folder, int keep, const Clock &clock,
                                const Database::Progress &progress)
{
    if (!QDir().mkpath(folder))
        return makeError(
            Error::Code::Storage,
            tr("Cannot make the backup folder %1.").arg(QDir::toNativeSeparators(folder)));
    removeStaleParts(folder, db.path(), clock.nowMs());
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(clock.nowMs());
    QString out;
    Status done = Ok{};
    do {
        out = freeName(folder, db.path(), now);
        done = db.backupTo(out, progress);
        // Conflict: another desktop took the name meanwhile; the next one is free.
    } while (!done && done.error().code == Error::Code::Conflict && QFileInfo::exists(out));
    if (!done)
        return done.error();
    prune(folder, db.path(), keep);
    return out;
}

int Backups::prune(const QString &folder, const QString &dbPath, int keep)
{
    const QList<Named> all = named(folder, dbPath);
    int removed = 0;
    for (qsizetype i = qMax(keep, 1); i < all.size(); ++i)
        if (QFile::remove(all[i].entry.path))
            ++removed;
    return removed;
}

int Backups::removeStaleParts(const QString &folder, const QString &dbPath, qint64 nowMs)
{
    const QRegularExpression pattern = partPattern(dbPath);
    int removed = 0;
    const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &f : files)
        if (pattern.match(f.fileName()).hasMatch() &&
            nowMs - f.lastModified().toMSecsSinceEpoch() >= kStalePartMs &&
            QFile::remove(f.absoluteFilePath()))
            ++removed;
    return removed;
}

bool Backups::hasVoronkaHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return false;
    // The application id: a big-endian integer at offset 68 of the header.
    return qFromBigEndian<qint32>(header.constData() + 68) == Schema::kApplicationId;
}

} // namespace Voronka::Core
