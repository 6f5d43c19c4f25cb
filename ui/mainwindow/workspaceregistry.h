// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/mainwindow/workspace.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

using WorkspaceFactory = std::function<std::unique_ptr<Workspace>(Core::Session &)>;

// Which sections this build has. Sections register a factory; the sidebar shows them in the
// product's fixed order, whatever order they registered in.
class WorkspaceRegistry
{
public:
    // Every section id of the product, in sidebar order, including ones not built yet.
    static const QStringList &knownIds();

    void add(const QString &id, WorkspaceFactory factory);
    bool has(const QString &id) const;
    QStringList ids() const; // registered, in sidebar order
    std::vector<std::unique_ptr<Workspace>> create(Core::Session &session) const;

private:
    struct Entry
    {
        QString id;
        WorkspaceFactory factory;
    };
    std::vector<Entry> m_entries;
};

} // namespace Voronka::Ui
