// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QStringList>

namespace Voronka::Cli {

// Exit codes: 0 ok, 1 usage error, 2 data or permission error.
enum ExitCode { Success = 0, Usage = 1, DataError = 2 };

// voronka-cli [--db FILE] [--user EMAIL] [--json] COMMAND ...
int run(const QStringList &args);

} // namespace Voronka::Cli
