// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>
#include <variant>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Cli {

// Opens the database as the acting user: the session, or an exit code after the error was
// printed.
using SessionOpener = std::function<std::variant<int, Core::Session *>()>;

// True for deal, contact, company and task: the commands runRecord handles.
bool isRecordCommand(const QString &command);

// voronka-cli deal|contact|company|task add|set|move|delete|restore ...
//   add --field NAME=VALUE...          set ID --field NAME=VALUE...
//   deal move ID --stage NAME [--pipeline NAME] [--field NAME=VALUE...]
//   delete ID | restore ID
// Every change goes through Records (a stage move through Board::move), so the acting user's
// rights and every rule of the app apply. Prints the record's id, or with --json the record
// as Records::load gives it. Returns the exit code.
int runRecord(const QString &command, QStringList args, bool json, QTextStream &out,
              QTextStream &err, const SessionOpener &open);

} // namespace Voronka::Cli
