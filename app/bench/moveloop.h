// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "options.h"

namespace Voronka::Bench {

// --move-loop N: a writer for crash tests. Moves deals of the biggest pipeline between its
// first two open stages through Board::move, as a drop on the board does, N times (0: until
// killed), one transaction each, and logs every move on standard output, flushed:
//   try deals ID stage_id STAGE    before the move starts
//   ok deals ID stage_id STAGE     after it committed (never before)
//   fail deals ID stage_id STAGE   refused or failed (the message goes to standard error)
// so a log cut anywhere by a kill still names every committed move. Returns an exit code.
int runMoveLoop(const Options &options);

} // namespace Voronka::Bench
