// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Voronka::Cli {

// Exit codes: 0 ok, 1 usage error, 2 data or permission error.
enum ExitCode { Success = 0, Usage = 1, DataError = 2 };

// Every command says what went wrong the same way: one line on standard error, then the
// exit code it goes with (usage errors also point at --help).
int usageError(QTextStream &err, const QString &message);
int dataError(QTextStream &err, const QString &message);

// voronka-cli [--db FILE] [--user EMAIL] [--json] COMMAND ...
int run(const QStringList &args);

} // namespace Voronka::Cli
