// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dealundo.h"

#include "services/records.h"
#include "services/session.h"

namespace Voronka::Ui {

namespace {
const QString kStage = QStringLiteral("stage_id");

// What undo puts back: the values a user or an automation can change, not bookkeeping.
bool restorable(const QString &key)
{
    static const QStringList skip{QStringLiteral("id"),         QStringLiteral("deleted"),
                                  QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("author_id"),  QStringLiteral("hlc"),
                                  QStringLiteral("uid")};
    return !skip.contains(key);
}
} // namespace

DealChangeCommand::Snapshot DealChangeCommand::take(Core::Session &session, qint64 dealId)
{
    Snapshot s;
    Core::Records records(session);
    Core::Result<Core::Record> r = records.load(Core::EntityKind::Deal, dealId);
    if (!r)
        return s;
    s.record = *r;
    Core::Result<QList<Core::HistoryEntry>> h = records.history(Core::EntityKind::Deal, dealId, 1);
    if (h && !h->isEmpty())
        s.lastHistoryId = h->first().id;
    s.ok = true;
    return s;
}

DealChangeCommand::DealChangeCommand(Core::Session &session, qint64 dealId, Kind kind,
                                     const Snapshot &before, const QString &text, Reload reload,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_session(session)
    , m_dealId(dealId)
    , m_kind(kind)
    , m_before(before.record)
    , m_reload(std::move(reload))
{
    Core::Records records(session);
    if (Core::Result<Core::Record> after = records.load(Core::EntityKind::Deal, dealId))
        m_after = *after;
    // Tasks the change created on the deal (its stage's automations): undo takes them away.
    if (Core::Result<QList<Core::HistoryEntry>> h =
            records.history(Core::EntityKind::Deal, dealId, 50)) {
        for (const Core::HistoryEntry &e : *h)
            if (e.id > before.lastHistoryId && e.event == Core::HistoryEvent::TaskCreated)
                m_tasks << e.newValue.toLongLong();
    }
    if (m_after.isEmpty())
        setObsolete(true);
}

Core::Patch DealChangeCommand::diff(const Core::Record &from, const Core::Record &to) const
{
    Core::Patch patch;
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        if (restorable(it.key()) && from.value(it.key()) != it.value())
            patch.insert(it.key(), it.value());
    // A custom value that was empty before is absent from the record: clear it.
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        if (restorable(it.key()) && !to.contains(it.key()))
            patch.insert(it.key(), QVariant());
    if (patch.contains(kStage))
        patch.insert(QStringLiteral("stage_entered_at"),
                     to.value(QStringLiteral("stage_entered_at")));
    else
        patch.remove(QStringLiteral("stage_entered_at"));
    return patch;
}

bool DealChangeCommand::apply(const Core::Patch &patch, QString *error)
{
    Core::Records records(m_session);
    records.setRestoring(true);
    Core::Status st = Core::Status(Core::Ok{});
    if (!patch.isEmpty())
        st = records.update(Core::EntityKind::Deal, m_dealId, patch);
    if (!st) {
        *error = st.error().message;
        return false;
    }
    return true;
}

bool DealChangeCommand::begin(QString *error)
{
    try {
        m_session.beginBatch();
        return true;
    } catch (const std::exception &e) { // the file is locked by another program for too long
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

void DealChangeCommand::undo()
{
    step(false);
}

void DealChangeCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    step(true);
}

// Back (undo) or forward (redo), in one transaction: the deal and its tasks go together.
void DealChangeCommand::step(bool forward)
{
    const Core::Record &from = forward ? m_before : m_after;
    const Core::Record &to = forward ? m_after : m_before;
    QString error;
    if (!begin(&error)) {
        if (m_reload)
            m_reload({}, error);
        return;
    }
    Core::Records records(m_session);
    auto check = [&error](const Core::Status &st) {
        if (!st)
            error = st.error().message;
        return st.ok();
    };
    // Forward a created deal lives and a deleted one goes; back the other way round.
    const bool dealLives = (m_kind == Kind::Create) == forward;
    bool ok = true;
    if (m_kind == Kind::Edit)
        ok = apply(diff(from, to), &error);
    else
        ok = check(dealLives ? records.restore(Core::EntityKind::Deal, m_dealId)
                             : records.remove(Core::EntityKind::Deal, m_dealId));
    // The automations' tasks follow the change; one already gone stays gone.
    for (qint64 task : std::as_const(m_tasks))
        if (ok)
            (void)(forward ? records.restore(Core::EntityKind::Task, task)
                           : records.remove(Core::EntityKind::Task, task));
    if (!ok)
        m_session.rollbackBatch();
    else
        check(m_session.commitBatch());
    if (m_reload)
        m_reload({from.value(kStage).toLongLong(), to.value(kStage).toLongLong()}, error);
}

} // namespace Voronka::Ui
