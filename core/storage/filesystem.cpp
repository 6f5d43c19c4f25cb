// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "filesystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_LINUX)
#include <sys/vfs.h>
#endif

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
#if defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (native.startsWith(QLatin1String("\\\\")))
        return QStringLiteral("smb");                        // a UNC path: \\server\share
    const std::wstring root = native.left(3).toStdWString(); // "C:\"
    return GetDriveTypeW(root.c_str()) == DRIVE_REMOTE ? QStringLiteral("smb") : QString();
#elif defined(Q_OS_MACOS)
    struct statfs fs;
    if (statfs(QFile::encodeName(existingFolder(path)).constData(), &fs) != 0)
        return {};
    const QString type = QString::fromLatin1(fs.f_fstypename);
    static const QStringList remote{QStringLiteral("nfs"),     QStringLiteral("smbfs"),
                                    QStringLiteral("afpfs"),   QStringLiteral("webdav"),
                                    QStringLiteral("macfuse"), QStringLiteral("osxfuse"),
                                    QStringLiteral("cifs")};
    return remote.contains(type) ? type : QString();
#elif defined(Q_OS_LINUX)
    struct statfs fs;
    if (statfs(QFile::encodeName(existingFolder(path)).constData(), &fs) != 0)
        return {};
    // f_type magic numbers from linux/magic.h and the file systems' sources.
    switch (static_cast<unsigned long>(fs.f_type) & 0xFFFFFFFFUL) {
    case 0x6969UL:
        return QStringLiteral("nfs");
    case 0x517BUL:
        return QStringLiteral("smb");
    case 0xFF534D42UL:
        return QStringLiteral("cifs");
    case 0xFE534D42UL:
        return QStringLiteral("smb2");
    case 0x65735546UL:
        return QStringLiteral("fuse");
    case 0x564CUL:
        return QStringLiteral("ncp");
    case 0x01021997UL:
        return QStringLiteral("9p");
    case 0x00C36400UL:
        return QStringLiteral("ceph");
    case 0x6B414653UL:
    case 0x5346414FUL:
        return QStringLiteral("afs");
    case 0x73757245UL:
        return QStringLiteral("coda");
    case 0x01161970UL:
        return QStringLiteral("gfs2");
    case 0x7461636FUL:
        return QStringLiteral("ocfs2");
    case 0x0BD00BD0UL:
        return QStringLiteral("lustre");
    default:
        return {};
    }
#else
    Q_UNUSED(path);
    return {};
#endif
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
