// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "removalcommand.h"

namespace Voronka::Ui {

RemovalCommand::RemovalCommand(Core::Session &session, DealMoveJob::Kind kind, qint64 id,
                               qint64 targetStageId, qint64 deals, const QString &text,
                               QWidget *context, Shown shown)
    : m_deals(deals)
    , m_session(session)
    , m_kind(kind)
    , m_id(id)
    , m_context(context)
    , m_shown(std::move(shown))
    , m_state(std::make_shared<State>())
{
    setText(text);
    m_state->last.removal.targetStageId = targetStageId;
}

void RemovalCommand::redo()
{
    run(m_state->ran ? DealMoveJob::Step::Redo : DealMoveJob::Step::Delete);
}

void RemovalCommand::run(DealMoveJob::Step step)
{
    if (m_state->refused) {
        setObsolete(true);
        return m_shown(*m_state->refused, QString());
    }
    auto state = m_state;
    auto ranHere = std::make_shared<bool>(false);
    Shown shown = m_shown;
    const qint64 deals = step == DealMoveJob::Step::Delete ? m_deals : state->last.removal.deals.size();
    DealMoveJob::run(
        m_session, m_kind, m_id, step, state->last, deals, m_context,
        [state, ranHere, shown, step](const Core::Result<DealMoveJob::Outcome> &done) {
            *ranHere = true;
            state->ran = true;
            if (!done) {
                state->refused = done.error();
                return shown(done.error(), QString());
            }
            state->last = *done;
            shown(Core::Ok{}, step == DealMoveJob::Step::Undo
                                  ? Core::PipelineSetup::leftNote(done->removal)
                                  : QString());
        });
    // Refused at once: the stack drops the step instead of replaying what cannot apply.
    if (*ranHere && state->refused)
        setObsolete(true);
}

} // namespace Voronka::Ui
