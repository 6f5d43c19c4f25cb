// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>

namespace Voronka::Cli {

// The acting user's password: VORONKA_PASSWORD, else a prompt on the terminal without echo,
// else one line of standard input (scripts piping it in).
QString readPassword(const QString &prompt);

} // namespace Voronka::Cli
