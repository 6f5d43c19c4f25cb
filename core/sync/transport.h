// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/sync/protocol.h"

// What a sync client needs from the team server, whatever carries the calls: in one process
// for the deterministic simulation and the tests, HTTP (with its tokens) for the real thing.
// The client engine sees only this, so the simulation exercises the very code a desktop runs.
// Every answer is already read by the strict readers of protocol.h: a broken or hostile
// server gives a ProtocolError, never a crash. A lost request or answer is a ProtocolError
// with status 0 ("unreachable"); the client retries with the same mutation ids.
namespace Voronka::Core::Sync {

class Transport
{
public:
    virtual ~Transport() = default;
    virtual Parsed<PushResponse> push(const PushRequest &request) = 0;
    virtual Parsed<PullPage> pull(qint64 since, int limit) = 0;
    // A pull that names what the replica knows of the server (protocol.h PullRequest), so the
    // server can tell it to start again. A transport that cannot carry those pulls unchecked.
    virtual Parsed<PullPage> pull(const PullRequest &request)
    {
        return pull(request.since, request.limit);
    }
    virtual Parsed<BootstrapPage> bootstrap(const QString &entityType, const QString &after,
                                            qint64 snapshot) = 0;
};

} // namespace Voronka::Core::Sync
