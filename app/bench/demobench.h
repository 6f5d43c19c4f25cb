// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "options.h"
#include "runner.h"

#include "core/demo/demo.h"

namespace Voronka::Bench {

// The demo's "today": fixed, so every generated file is the same file.
qint64 demoNowMs();
Core::DemoOptions demoOptions(Core::DemoOptions::Size size, quint64 seed);

// --make-demo: writes a demo database and prints its summary. Returns an exit code.
int makeDemo(const Options &options);

// Records per second of generateDemo (a tiny demo in a temporary directory) against raw
// prepared inserts of the same rows into a file made by Database::create.
RowResult benchDemoRate(const Options &options);

} // namespace Voronka::Bench
