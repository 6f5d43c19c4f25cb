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

// Opens the database as the acting administrator: the session, or an exit code after the
// error was printed.
using AdminSessionOpener = std::function<std::variant<int, Core::Session *>()>;

// voronka-cli journal [--user EMAIL] [--entity KIND|sign-ins] [--action KEY]
//                     [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
// `args` are the words after "journal". Text: one tab-separated line per entry, newest first;
// --json: an array of objects. Returns the exit code.
int runJournal(QStringList args, bool json, QTextStream &out, QTextStream &err,
               const AdminSessionOpener &open);

} // namespace Voronka::Cli
