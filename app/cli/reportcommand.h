// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "journalcommand.h"

namespace Voronka::Cli {

// voronka-cli report funnel|summary|managers|plan|losses|forecast [--pipeline NAME]
//   [--from YYYY-MM-DD --to YYYY-MM-DD] [--responsible EMAIL | --department NAME]
//   [--by day|week|month]
// `args` are the words after "report". The figures the Analytics section shows, as the acting
// user's analytics scope allows: a table (tab-separated, a header line first) or, with
// --json, an object. --from/--to are local days, both included. Returns the exit code.
int runReport(QStringList args, bool json, QTextStream &out, QTextStream &err,
              const AdminSessionOpener &open);

// voronka-cli goal set --user EMAIL --month YYYY-MM --sum N [--count N]
int runGoal(QStringList args, bool json, QTextStream &out, QTextStream &err,
            const AdminSessionOpener &open);

} // namespace Voronka::Cli
