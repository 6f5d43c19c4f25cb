// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "adminstep.h"

namespace Voronka::Ui {

AdminStep::AdminStep(const QString &text, Call redo, Call undo, Done done)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_done(std::move(done))
{
}

void AdminStep::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    run(m_redo);
}

void AdminStep::undo()
{
    run(m_undo);
}

void AdminStep::run(const Call &call)
{
    const Core::Status st = call();
    if (!st)
        setObsolete(true);
    m_done(st);
}

} // namespace Voronka::Ui
