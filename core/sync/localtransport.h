// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/sync/transport.h"

namespace Voronka::Core::Sync {

class ServerStore;

// The team server in the same process: calls go straight to a ServerStore as one
// authenticated user, structs in and out (no JSON). What the simulation and the engine's
// tests sync through; a lost call is the fault injector's business, not this one's.
class LocalTransport final : public Transport
{
public:
    LocalTransport(ServerStore &store, qint64 userId)
        : m_store(store)
        , m_userId(userId)
    {
    }

    Parsed<PushResponse> push(const PushRequest &request) override;
    Parsed<PullPage> pull(qint64 since, int limit) override;
    Parsed<PullPage> pull(const PullRequest &request) override;
    Parsed<BootstrapPage> bootstrap(const QString &entityType, const QString &after,
                                    qint64 snapshot) override;

private:
    ServerStore &m_store;
    qint64 m_userId;
};

} // namespace Voronka::Core::Sync
