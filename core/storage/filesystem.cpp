// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "filesystem.h"

#include "core/platform/volume.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

namespace Voronka::Core::Filesystem {

namespace {

// The nearest existing folder holding path (itself when it is a folder).
QString existingFolder(const QString &path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    while (!QFileInfo(dir).isDir() && !QDir(dir).isRoot() && !dir.isEmpty())
        dir = QFileInfo(dir).absolutePath();
    return dir;
}

// A folder name that a synchronising client creates and names after itself.
QString serviceOfFolder(const QString &name)
{
    struct Known
    {
        const char *prefix;
        const char *service;
        bool exact;
    };
    // "Dropbox (Company)", "OneDrive - Company", "GoogleDrive-me@example.com" (macOS
    // CloudStorage): the service's name starts the folder's.
    static const Known known[] = {
        {"Dropbox", "Dropbox", false},
        {"OneDrive", "OneDrive", false},
        {"Google Drive", "Google Drive", false},
        {"GoogleDrive", "Google Drive", false},
        {"My Drive", "Google Drive", true},
        {"Mobile Documents", "iCloud Drive", true},
        {"iCloud Drive", "iCloud Drive", true},
        {"iCloudDrive", "iCloud Drive", true},
        {"Yandex.Disk", "Yandex.Disk", false},
        {"YandexDisk", "Yandex.Disk", false},
        {"pCloud Drive", "pCloud", false},
        {"pCloudDrive", "pCloud", false},
        {"Box", "Box", true},
        {"Box Sync", "Box", true},
        {"Box-Box", "Box", true},
        {"MEGA", "MEGA", true},
        {"MEGAsync", "MEGA", true},
        {"Nextcloud", "Nextcloud", true},
        {"ownCloud", "ownCloud", true},
        {"Mail.Ru Cloud", "Mail.ru Cloud", false},
    };
    for (const Known &k : known) {
        const QLatin1String prefix(k.prefix);
        if (k.exact ? name == prefix : name.startsWith(prefix, Qt::CaseInsensitive))
            return QLatin1String(k.service);
    }
    return {};
}

// Files a client keeps in the root of the folder it synchronises.
QString serviceOfMarkers(const QDir &dir)
{
    if (dir.exists(QStringLiteral(".dropbox")) || dir.exists(QStringLiteral(".dropbox.cache")))
        return QStringLiteral("Dropbox");
    if (dir.exists(QStringLiteral(".tmp.drivedownload")) ||
        dir.exists(QStringLiteral(".tmp.driveupload")))
        return QStringLiteral("Google Drive");
    if (!dir.entryList({QStringLiteral(".sync_*.db"), QStringLiteral("._sync_*.db")},
                       QDir::Files | QDir::Hidden)
             .isEmpty())
        return QStringLiteral("Nextcloud");
    return {};
}

} // namespace

QString cloudService(const QString &path)
{
    const QString folder = existingFolder(path);
    // Names: the whole path, existing or not (macOS keeps every File Provider folder under
    // Library/CloudStorage).
    const QStringList parts =
        QDir::fromNativeSeparators(QFileInfo(path).absoluteFilePath()).split(u'/');
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) { // the file's own name does not count
        if (parts.at(i) == u"CloudStorage" && i > 0 && parts.at(i - 1) == u"Library") {
            // Every folder here is a File Provider's; an unknown one is named as it is.
            const QString next = i + 2 < parts.size() ? parts.at(i + 1) : parts.at(i);
            const QString known = serviceOfFolder(next);
            return known.isEmpty() ? next : known;
        }
        if (const QString s = serviceOfFolder(parts.at(i)); !s.isEmpty())
            return s;
    }
    // Markers: every existing folder up to the root.
    for (QDir dir(folder);;) {
        if (const QString s = serviceOfMarkers(dir); !s.isEmpty())
            return s;
        if (dir.isRoot() || !dir.cdUp())
            break;
    }
    return {};
}

QString networkFileSystem(const QString &path)
{
    return Platform::networkFileSystem(existingFolder(path));
}

FileLocation locate(const QString &path)
{
    if (QString service = cloudService(path); !service.isEmpty())
        return {FileLocation::Kind::Cloud, std::move(service)};
    if (QString fs = networkFileSystem(path); !fs.isEmpty())
        return {FileLocation::Kind::Network, std::move(fs)};
    return {};
}

} // namespace Voronka::Core::Filesystem
