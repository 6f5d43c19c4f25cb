// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "workspaceregistry.h"

#include <algorithm>

namespace Voronka::Ui {

const QStringList &WorkspaceRegistry::knownIds()
{
    static const QStringList ids{
        QStringLiteral("deals"),    QStringLiteral("tasks"),     QStringLiteral("calendar"),
        QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("analytics"),
        QStringLiteral("settings"),
    };
    return ids;
}

void WorkspaceRegistry::add(const QString &id, WorkspaceFactory factory)
{
    Q_ASSERT(knownIds().contains(id));
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&](const Entry &e) { return e.id == id; }),
                    m_entries.end());
    m_entries.push_back({id, std::move(factory)});
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return knownIds().indexOf(a.id) < knownIds().indexOf(b.id);
    });
}

bool WorkspaceRegistry::has(const QString &id) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry &e) { return e.id == id; });
}

QStringList WorkspaceRegistry::ids() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.id;
    return out;
}

std::vector<std::unique_ptr<Workspace>> WorkspaceRegistry::create(Core::Session &session) const
{
    std::vector<std::unique_ptr<Workspace>> out;
    for (const Entry &e : m_entries)
        out.push_back(e.factory(session));
    return out;
}

} // namespace Voronka::Ui
