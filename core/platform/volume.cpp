// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "volume.h"

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

namespace Voronka::Core::Platform {

#if defined(Q_OS_WIN)

QString networkFileSystem(const QString &existingFolder)
{
    const QString native = QDir::toNativeSeparators(QFileInfo(existingFolder).absoluteFilePath());
    // \\?\ and \\.\ are long and device paths on this computer; \\?\UNC\ is a share.
    if (native.startsWith(QLatin1String("\\\\?\\UNC\\"), Qt::CaseInsensitive) ||
        (native.startsWith(QLatin1String("\\\\")) && !native.startsWith(QLatin1String("\\\\?\\")) &&
         !native.startsWith(QLatin1String("\\\\.\\"))))
        return QStringLiteral("smb"); // \\server\share
    // The volume's root: "C:\", or the folder a volume is mounted on.
    wchar_t root[MAX_PATH + 1] = {};
    if (!GetVolumePathNameW(reinterpret_cast<const wchar_t *>(native.utf16()), root, MAX_PATH))
        return {};
    if (GetDriveTypeW(root) != DRIVE_REMOTE)
        return {};
    // A mapped drive: the redirector names its file system ("NFS" for Client for NFS);
    // an SMB share answers with the server's own ("NTFS"), so it is named as a share.
    wchar_t type[MAX_PATH + 1] = {};
    if (GetVolumeInformationW(root, nullptr, 0, nullptr, nullptr, nullptr, type, MAX_PATH) &&
        QString::fromWCharArray(type).compare(QLatin1String("NFS"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("nfs");
    return QStringLiteral("smb");
}

#elif defined(Q_OS_MACOS)

QString networkFileSystem(const QString &existingFolder)
{
    struct statfs fs;
    if (statfs(QFile::encodeName(existingFolder).constData(), &fs) != 0)
        return {};
    const QString type = QString::fromLatin1(fs.f_fstypename);
    static const QStringList remote{QStringLiteral("nfs"),     QStringLiteral("smbfs"),
                                    QStringLiteral("afpfs"),   QStringLiteral("webdav"),
                                    QStringLiteral("macfuse"), QStringLiteral("osxfuse"),
                                    QStringLiteral("cifs"),    QStringLiteral("ftp")};
    if (remote.contains(type))
        return type;
    // Any other file system the kernel does not call local (a third-party network client).
    return (fs.f_flags & MNT_LOCAL) ? QString() : type;
}

#elif defined(Q_OS_LINUX)

QString networkFileSystem(const QString &existingFolder)
{
    struct statfs fs;
    if (statfs(QFile::encodeName(existingFolder).constData(), &fs) != 0)
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
}

#else

QString networkFileSystem(const QString &)
{
    return {};
}

#endif

} // namespace Voronka::Core::Platform
