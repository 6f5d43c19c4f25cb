// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "buildinfo.h"

// The generated header is the one source of versions for every executable (cmake/version.cmake);
// only this file reads it in core, so a new commit recompiles it alone.
#include "app/version.h"

#include <sqlite3.h>

namespace Voronka::Core {

QString BuildInfo::version()
{
    return QStringLiteral(VORONKA_VERSION);
}

QString BuildInfo::versionFull()
{
    return QStringLiteral(VORONKA_VERSION_FULL);
}

QString BuildInfo::gitCommit()
{
    return QStringLiteral(VORONKA_GIT_COMMIT);
}

QString BuildInfo::sqliteVersion()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace Voronka::Core
