// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "recordcommands.h"

#include <QStringList>
#include <QTextStream>

namespace Voronka::Cli {

// voronka-cli import contacts|companies|deals FILE [--format csv|xlsx|vcf] [--encoding E]
//   [--delimiter C] [--sheet N] [--mapping FILE.json | --preset NAME]
//   [--on-duplicate skip|update|create] [--match email,phone,name,external]
//   [--responsible EMAIL] [--tag TAG] [--failed-rows FILE.csv] [--save-mapping FILE.json]
//   [--dry-run]
// voronka-cli import list | undo ID | finish ID FILE
// Everything goes through core's Importer and ImportHistory. Returns the exit code: 2 when
// the file cannot be read (the message names the row) or the user may not import.
int runImport(QStringList args, bool json, QTextStream &out, QTextStream &err,
              const SessionOpener &open);

} // namespace Voronka::Cli
