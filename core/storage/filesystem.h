// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

namespace Voronka::Core {

// Where a database file lives, as far as safe writing goes (DESIGN.md "Data rules"): a local
// disk, a network share that several computers open at once (shared-file mode), or a folder a
// cloud service synchronises by copying files, which damages a database written meanwhile.
struct FileLocation
{
    enum class Kind { Local, Network, Cloud };
    Kind kind = Kind::Local;
    QString name; // the file system ("nfs", "cifs", "fuse") or the service ("Dropbox")
};

namespace Filesystem {

// The location of path (a file, or one about to be made). The cloud check comes first: a
// synchronised folder may sit on any kind of disk.
FileLocation locate(const QString &path);

// The cloud service synchronising path's folder, empty when none: known folder names on the
// way up ("Dropbox", "OneDrive - Company", "Mobile Documents", ...) and marker files a
// service leaves in its root (".dropbox").
QString cloudService(const QString &path);

// The network file system path is on ("nfs", "smbfs", "fuse", ...), empty for a local disk.
QString networkFileSystem(const QString &path);

} // namespace Filesystem

} // namespace Voronka::Core
