// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

#include <optional>

namespace Voronka::Core::Platform {

// Byte-range locks on an open file (fd: QFile::handle()), advisory on POSIX (fcntl F_SETLK,
// held per process: closing any descriptor of the file drops them all) and mandatory on
// Windows (LockFileEx). Both reach other computers through NFS/SMB when the share supports
// it, which is what core/storage/lockcanary.h checks. Never waits.
bool tryLockBytes(int fd, qint64 start, qint64 count);
void unlockBytes(int fd, qint64 start, qint64 count);

// Whether a file may be removed while this program still has it open (POSIX: the name goes,
// the open file stays; Windows refuses, as Qt opens files without FILE_SHARE_DELETE).
#if defined(Q_OS_WIN)
inline constexpr bool kOpenFilesRemovable = false;
#else
inline constexpr bool kOpenFilesRemovable = true;
#endif

// What makes a file itself, whatever its name: the device and inode (POSIX) or the volume
// serial number and file index (Windows).
struct FileId
{
    quint64 device = 0;
    quint64 index = 0;
    bool operator==(const FileId &) const = default;
};
std::optional<FileId> fileId(const QString &path);
std::optional<FileId> fileId(int fd);

} // namespace Voronka::Core::Platform
