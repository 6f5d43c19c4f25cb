// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

namespace Voronka::Core::Platform {

// The network file system an existing folder is on ("nfs", "cifs", "smbfs", "fuse", ...),
// empty for a local disk: statfs's f_type on Linux, f_fstypename and MNT_LOCAL on macOS,
// a UNC path or GetDriveTypeW's DRIVE_REMOTE on Windows.
QString networkFileSystem(const QString &existingFolder);

} // namespace Voronka::Core::Platform
