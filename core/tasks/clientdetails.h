// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

#include <QStringList>

namespace Voronka::Core {

class Session;

// What a printed task list says about the client a task is for (Mini-CRM printed the
// client's card under each task): the name, phones, company (a deal's main contact too),
// and the last completed task for that client with its result.
struct ClientDetails
{
    EntityKind kind = EntityKind::None;
    qint64 id = 0;
    bool visible = false; // false: the viewer may not see the record; only the name is known
    QString name;
    QStringList phones;
    QString company;
    QString contact; // a deal's main contact
    QString lastDoneText;
    QString lastDoneResult;
    qint64 lastDoneAt = 0; // 0: no completed task for this client
};

class ClientDetailsReader
{
public:
    explicit ClientDetailsReader(Session &s)
        : m_s(s)
    {
    }
    // Permission-filtered: a record the viewer may not see comes back with visible false.
    Result<ClientDetails> read(EntityKind kind, qint64 id);

private:
    Session &m_s;
};

} // namespace Voronka::Core
