// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "options.h"
#include "runner.h"

#include <QStringList>

namespace Voronka::Bench {

qint64 residentKb(); // VmRSS from /proc/self/status; 0 when unknown

// Resident memory is measured in a fresh child process per side (this program with
// --memory-probe): in the bench process the other side's connection, caches and the earlier
// rows would be counted too.
RowResult benchMemory(const Options &options, const QStringList &prefixes);

// The child: opens the file, loads the first contacts page, runs the searches, prints VmRSS
// in kB on stdout. Returns an exit code.
int memoryProbe(const Options &options);

} // namespace Voronka::Bench
