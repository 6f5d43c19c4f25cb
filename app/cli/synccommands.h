// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "recordcommands.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Voronka::Core {
class Clock;
}

namespace Voronka::Cli {

struct SyncRun
{
    QString db;   // --db: the replica
    QString user; // --user
    bool json = false;
    const Core::Clock &clock;
    // Opens the replica as the acting user (the password read and checked on the file).
    SessionOpener open;
    // The password that opening read, to sign in to the server with: the CLI keeps no token
    // between runs (replicasetup.h).
    std::function<QString()> password;
};

// voronka-cli sync connect URL | now | status
//   connect URL   a new replica at --db of the team server at URL for --user, with progress
//                 on standard error
//   now           settings refreshed when the server's changed, then push and pull
//   status        pending, rejected, conflicts and the last sync, without the network
int runSync(QStringList args, const SyncRun &run, QTextStream &out, QTextStream &err);

} // namespace Voronka::Cli
