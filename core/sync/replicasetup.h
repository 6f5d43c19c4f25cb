// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/sync/httptransport.h"
#include "core/util/result.h"

#include <QUrl>

#include <functional>
#include <memory>

namespace Voronka::Core {
class Clock;
class Database;
} // namespace Voronka::Core

// Making a new desktop a team server's replica from nothing, and keeping its settings in step
// with the server's afterwards.
//
// connect: signs in, downloads the seed (seed.h: the team's users, roles, departments,
// pipelines, stages, fields and options, no record) into the new replica file, records the
// server, its epoch and the replica's node in sync_state, then bootstraps the user's visible
// records through SyncClient. The device id the server knows the replica by is made from the
// replica's node (deviceIdOf), so it needs no storing: every later run signs in as the same
// device. A file that exists and is not empty is refused; on any failure nothing is left at
// the replica's path, so connecting again starts clean.
//
// Where the credentials live between runs: nowhere in the file. The CLI signs in with the
// password on every run (it asks for it anyway, to open the replica as its user) and keeps the
// tokens only for that run; the desktop keeps the refresh token in the OS keychain
// (HttpTransport::tokens/setTokens). So a stolen replica file holds no token.
namespace Voronka::Core::Sync::ReplicaSetup {

// phase: "settings", then each record type ("company", "contact", "deal", "task");
// done: records of that phase received so far.
using Progress = std::function<void(const QString &phase, qint64 done)>;

struct Connected
{
    qint64 userId = 0; // in the replica
    QString epoch;
    qint64 records = 0; // bootstrapped
};

QString deviceIdOf(qint64 node);

Result<Connected> connect(const QUrl &server, const QString &email, const QString &password,
                          const QString &replicaPath, const Clock &clock,
                          const Progress &progress = {});

// The replica's server, signed in as its device (sync_state's url, the file's node).
Result<std::unique_ptr<HttpTransport>> signIn(Database &replica, const QString &email,
                                              const QString &password);

// Asks the server whether its settings changed since the replica's last seed (meta
// sync_settings_version) and, when they did, refreshes the replica's settings tables from a
// new seed in one transaction (Seed::refresh names the tables). True when it refreshed.
Result<bool> refreshSettings(Database &replica, HttpTransport &server);

// A refusal or failure of the server as a person reads it: unreachable, wrong email or
// password, locked out, or what the server said.
Error errorOf(const ProtocolError &e, const QUrl &server);

} // namespace Voronka::Core::Sync::ReplicaSetup
