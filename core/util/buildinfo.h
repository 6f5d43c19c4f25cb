// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

namespace Voronka::Core {

// What this build is and runs on, for the About box and bug reports.
class BuildInfo
{
public:
    static QString version();       // "0.1.0"
    static QString versionFull();   // the version, and `git describe` from a checkout
    static QString gitCommit();     // the full commit id, or empty outside a checkout
    static QString sqliteVersion(); // the SQLite library in use (sqlite3_libversion())
};

} // namespace Voronka::Core
