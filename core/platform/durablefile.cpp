// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "durablefile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <cstdio>
#include <unistd.h>
#endif

namespace Voronka::Core::Platform {

#if defined(Q_OS_WIN)
namespace {
// ERROR_DISK_QUOTA_EXCEEDED, which MinGW's headers lack.
constexpr int kDiskQuotaExceeded = 1295;
} // namespace
#endif

bool flushToDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
#if defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

Placed placeNewFile(const QString &from, const QString &to)
{
#if defined(Q_OS_WIN)
    // Without MOVEFILE_REPLACE_EXISTING or MOVEFILE_COPY_ALLOWED: a rename on one volume only.
    if (::MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                      reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                      MOVEFILE_WRITE_THROUGH))
        return Placed::Done;
    return QFileInfo::exists(to) ? Placed::Exists : Placed::Failed;
#else
    const QByteArray source = QFile::encodeName(from), target = QFile::encodeName(to);
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return Placed::Done;
    }
    if (errno == EEXIST || QFileInfo::exists(to))
        return Placed::Exists;
    // A file system without hard links (FAT, some shares): rename(2) within the folder, which
    // never copies. It could replace a file that appeared in this instant; nothing else here
    // writes final names.
    if (::rename(source.constData(), target.constData()) == 0)
        return Placed::Done;
    return Placed::Failed;
#endif
}

bool isDiskFull(int systemError)
{
#if defined(Q_OS_WIN)
    return systemError == ERROR_DISK_FULL || systemError == ERROR_HANDLE_DISK_FULL ||
           systemError == kDiskQuotaExceeded;
#else
    return systemError == ENOSPC || systemError == EDQUOT;
#endif
}

} // namespace Voronka::Core::Platform
