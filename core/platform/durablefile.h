// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

namespace Voronka::Core::Platform {

// Flushes a finished file to the disk (fsync; _commit, i.e. FlushFileBuffers, on Windows).
// False when it cannot be opened or the disk refuses; errno says why.
bool flushToDisk(const QString &path);

// Moves a finished file from its temporary name to `to` in the same folder, never replacing
// a file there and never copying: link(2) + unlink(2) on POSIX (rename(2) where the file
// system has no hard links), MoveFileExW with MOVEFILE_WRITE_THROUGH on Windows.
enum class Placed { Done, Exists, Failed };
Placed placeNewFile(const QString &from, const QString &to);

// Whether an OS error code means "no space left" (or "quota exceeded"): errno values on
// POSIX, GetLastError() values on Windows, as sqlite3_system_errno() gives them.
bool isDiskFull(int systemError);

} // namespace Voronka::Core::Platform
