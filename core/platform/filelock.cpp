// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "filelock.h"

#include <QDir>
#include <QFile>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Voronka::Core::Platform {

#if defined(Q_OS_WIN)

namespace {

// Qt gives a C runtime descriptor made over its native handle (_open_osfhandle).
HANDLE nativeHandle(int fd)
{
    return reinterpret_cast<HANDLE>(_get_osfhandle(fd));
}

OVERLAPPED at(qint64 start)
{
    OVERLAPPED o = {};
    o.Offset = DWORD(quint64(start) & 0xFFFFFFFFu);
    o.OffsetHigh = DWORD(quint64(start) >> 32);
    return o;
}

std::optional<FileId> idOf(HANDLE h)
{
    BY_HANDLE_FILE_INFORMATION info = {};
    if (h == INVALID_HANDLE_VALUE || !GetFileInformationByHandle(h, &info))
        return std::nullopt;
    return FileId{quint64(info.dwVolumeSerialNumber),
                  (quint64(info.nFileIndexHigh) << 32) | quint64(info.nFileIndexLow)};
}

} // namespace

bool tryLockBytes(int fd, qint64 start, qint64 count)
{
    OVERLAPPED o = at(start);
    return LockFileEx(nativeHandle(fd), LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0,
                      DWORD(count), 0, &o) != FALSE;
}

void unlockBytes(int fd, qint64 start, qint64 count)
{
    OVERLAPPED o = at(start);
    UnlockFileEx(nativeHandle(fd), 0, DWORD(count), 0, &o);
}

std::optional<FileId> fileId(const QString &path)
{
    // No access asked: reads the metadata of a file others hold open, or of a folder
    // (FILE_FLAG_BACKUP_SEMANTICS).
    const QString native = QDir::toNativeSeparators(path);
    HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(native.utf16()), 0,
                           FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return std::nullopt;
    const std::optional<FileId> id = idOf(h);
    CloseHandle(h);
    return id;
}

std::optional<FileId> fileId(int fd)
{
    return idOf(nativeHandle(fd));
}

#else

namespace {

bool setLock(int fd, short type, qint64 start, qint64 count)
{
    struct flock l = {};
    l.l_type = type;
    l.l_whence = SEEK_SET;
    l.l_start = off_t(start);
    l.l_len = off_t(count);
    return ::fcntl(fd, F_SETLK, &l) == 0;
}

} // namespace

bool tryLockBytes(int fd, qint64 start, qint64 count)
{
    return setLock(fd, F_WRLCK, start, count);
}

void unlockBytes(int fd, qint64 start, qint64 count)
{
    setLock(fd, F_UNLCK, start, count);
}

std::optional<FileId> fileId(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileId{quint64(st.st_dev), quint64(st.st_ino)};
}

std::optional<FileId> fileId(int fd)
{
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return std::nullopt;
    return FileId{quint64(st.st_dev), quint64(st.st_ino)};
}

#endif

} // namespace Voronka::Core::Platform
