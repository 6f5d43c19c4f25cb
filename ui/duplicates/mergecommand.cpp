// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "mergecommand.h"

namespace Voronka::Ui {

MergeCommand::MergeCommand(Core::Session &session, const Core::MergePlan &plan, qint64 mergeId,
                           const QString &loserName, const QString &survivorName, Done done)
    : m_session(session)
    , m_plan(plan)
    , m_mergeId(mergeId)
    , m_done(std::move(done))
{
    setText(tr("merge of «%1» into «%2»").arg(loserName, survivorName));
}

void MergeCommand::undo()
{
    const Core::Status st =
        Core::Merge(m_session, Core::Origin::of(Core::WriteMode::Undo)).undo(m_mergeId);
    if (!st)
        setObsolete(true);
    if (m_done)
        m_done(true, st ? QString() : st.error().message);
}

void MergeCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    Core::Result<Core::MergeSummary> done =
        Core::Merge(m_session, Core::Origin::of(Core::WriteMode::Undo)).merge(m_plan);
    if (done)
        m_mergeId = done->mergeId;
    else
        setObsolete(true);
    if (m_done)
        m_done(false, done ? QString() : done.error().message);
}

} // namespace Voronka::Ui
