// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "util/result.h"

#include <QUndoCommand>

#include <functional>

namespace Voronka::Ui {

// One settings change as an undo step: redo and undo are calls to core (Admin) through the
// write path. Made after the change happened, so the first redo() (QUndoStack::push) does
// nothing. A step core refuses (someone changed the record since) reports why and leaves the
// stack, so the next Undo does not try it again.
class AdminStep final : public QUndoCommand
{
public:
    using Call = std::function<Core::Status()>;
    using Done = std::function<void(const Core::Status &status)>;

    AdminStep(const QString &text, Call redo, Call undo, Done done);

    void redo() override;
    void undo() override;

private:
    void run(const Call &call);

    Call m_redo;
    Call m_undo;
    Done m_done;
    bool m_first = true;
};

} // namespace Voronka::Ui
