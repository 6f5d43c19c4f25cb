// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <variant>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Cli {

// voronka-cli user list|add|set|deactivate|reactivate|passwd ...
// voronka-cli role list|show|set|clone ...
// voronka-cli department list|add|rename ...
// Every change goes through core's Admin service: the same checks and history as the
// settings dialog.
struct AdminRequest
{
    QString noun; // user, role, department
    QString verb;
    QStringList words;               // the positional arguments after the verb
    QHash<QString, QString> options; // "--name" -> its value
    QStringList flags;               // "--generate", ...
    bool json = false;               // --json may also follow the command
};

// Parses the words after the noun; a usage message when they are wrong.
std::variant<AdminRequest, QString> parseAdmin(const QString &noun, QStringList args);
// Runs it as the session's user (who must be an administrator); the exit code (0 or 2)
// after printing any error to err as one line naming the user, role or field.
int runAdmin(Core::Session &s, const AdminRequest &request, bool json, QTextStream &out,
             QTextStream &err);

} // namespace Voronka::Cli
