// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// A change to one deal made on the board (a move, a quick add, a delete), kept as the
// deal's state before and after plus the tasks its stage's automations created, so undo
// puts back exactly what was there and redo the result — through the write path, in
// restoring mode (no automations run again), each with its own history entry.
//
// Made after the change happened: the first redo() (QUndoStack::push) does nothing.
class DealChangeCommand final : public QUndoCommand
{
public:
    enum class Kind { Edit, Create, Delete };
    using Reload = std::function<void(const QList<qint64> &stageIds, const QString &error)>;

    // Reads the deal as it is now and its newest history id: take it before the change.
    struct Snapshot
    {
        Core::Record record;
        qint64 lastHistoryId = 0;
        bool ok = false;
    };
    static Snapshot take(Core::Session &session, qint64 dealId);

    // before: taken ahead of the change; the state after it is read now.
    DealChangeCommand(Core::Session &session, qint64 dealId, Kind kind, const Snapshot &before,
                      const QString &text, Reload reload, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

    QList<qint64> createdTasks() const { return m_tasks; }

private:
    Core::Patch diff(const Core::Record &from, const Core::Record &to) const;
    bool apply(const Core::Patch &patch, QString *error);
    bool begin(QString *error);
    void step(bool forward);

    Core::Session &m_session;
    qint64 m_dealId;
    Kind m_kind;
    Core::Record m_before;
    Core::Record m_after;
    QList<qint64> m_tasks; // created by automations in the change
    Reload m_reload;
    bool m_first = true;
};

} // namespace Voronka::Ui
