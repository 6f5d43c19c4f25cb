// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "options.h"
#include "runner.h"

#include <QList>

namespace Voronka::Bench {

// "backup": Database::backupTo of the file next to the same work on the C API (VACUUM INTO a
// temporary file, fsync, quick_check and the application id on the copy, rename), each in a
// fresh process of its own, so the peak resident memory of each side ("backup peak memory")
// is its own and not the bench's open database. The sides alternate, at most 3 pairs.
QList<RowResult> benchBackup(const Options &options);

// The child: one backup of options.db into the folder options.backupOut by options.probeSide;
// prints the milliseconds, the peak resident kB and the copy's size. Returns an exit code.
int backupProbe(const Options &options);

} // namespace Voronka::Bench
