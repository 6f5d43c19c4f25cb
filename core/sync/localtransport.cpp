// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "localtransport.h"

#include "core/sync/serverstore.h"

namespace Voronka::Core::Sync {

namespace {

template<typename T> Parsed<T> answer(Result<T> r)
{
    if (r.ok())
        return std::move(r).value();
    const bool storage = r.error().code == Error::Code::Storage;
    return ProtocolError{storage ? 503 : 400,
                         storage ? QStringLiteral("storage") : QStringLiteral("bad_request"),
                         r.error().message,
                         {}};
}

} // namespace

Parsed<PushResponse> LocalTransport::push(const PushRequest &request)
{
    return m_store.push(m_userId, request);
}

Parsed<PullPage> LocalTransport::pull(qint64 since, int limit)
{
    return m_store.pullChecked(m_userId, PullRequest{since, limit, {}, {}});
}

Parsed<PullPage> LocalTransport::pull(const PullRequest &request)
{
    return m_store.pullChecked(m_userId, request);
}

Parsed<BootstrapPage> LocalTransport::bootstrap(const QString &entityType, const QString &after,
                                                qint64 snapshot)
{
    return answer(m_store.bootstrap(m_userId, entityType, after, snapshot));
}

} // namespace Voronka::Core::Sync
