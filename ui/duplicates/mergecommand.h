// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/merge.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// A merge of two contacts or companies as a step of its section's undo stack ("Undo merge of
// «A» into «B»", Ctrl+Z). Made after the merge ran (the first redo does nothing). undo() is
// Core::Merge::undo with origin Undo — one transaction, refused naming the record when a
// later merge is not undone yet or a field the merge set on the survivor was changed since;
// redo() merges again with the same choices, giving the step a new handle.
class MergeCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::MergeCommand)

public:
    // message: empty, or why the step could not run (the command then turns obsolete).
    using Done = std::function<void(bool undone, const QString &message)>;
    MergeCommand(Core::Session &session, const Core::MergePlan &plan, qint64 mergeId,
                 const QString &loserName, const QString &survivorName, Done done);

    void undo() override;
    void redo() override;

    qint64 mergeId() const { return m_mergeId; }
    const Core::MergePlan &plan() const { return m_plan; }

private:
    Core::Session &m_session;
    Core::MergePlan m_plan;
    qint64 m_mergeId;
    Done m_done;
    bool m_first = true;
};

} // namespace Voronka::Ui
