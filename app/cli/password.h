// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

#include <optional>

namespace Voronka::Cli {

// The acting user's password: VORONKA_PASSWORD, else a prompt on the terminal without echo,
// else one line of standard input (scripts piping it in).
QString readPassword(const QString &prompt);

// A password being set for someone (user add, user passwd): VORONKA_NEW_PASSWORD, else a
// prompt on the terminal asked twice; nullopt (and `problem` says why) when neither is there
// or the two entries differ. Never standard input: that is what --password-stdin asks for.
std::optional<QString> readNewPassword(const QString &prompt, QString &problem);

// One line of standard input, read through the same stream as readPassword's, so a script
// may pipe the acting user's password and then the new one.
QString readStdinLine();

} // namespace Voronka::Cli
