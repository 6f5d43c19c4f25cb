// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordscommand.h"

#include "core/services/session.h"

#include <algorithm>

namespace Voronka::Ui {

namespace {

// What undo puts back: the values a user or an automation changes, not bookkeeping.
bool restorable(const QString &key)
{
    static const QStringList skip{QStringLiteral("id"),        QStringLiteral("created_at"),
                                  QStringLiteral("updated_at"), QStringLiteral("author_id"),
                                  QStringLiteral("hlc"),       QStringLiteral("uid"),
                                  QStringLiteral("completed_at")};
    return !skip.contains(key);
}

// The keys whose values differ, each side's value (a custom value absent on one side is
// cleared there).
void diff(const Core::Record &before, const Core::Record &after, Core::Patch &from,
          Core::Patch &to)
{
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (restorable(it.key()) && before.value(it.key()) != it.value()) {
            from.insert(it.key(), before.value(it.key()));
            to.insert(it.key(), it.value());
        }
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (restorable(it.key()) && !after.contains(it.key())) {
            from.insert(it.key(), it.value());
            to.insert(it.key(), QVariant());
        }
    // The stage's entry time follows the stage; alone it is no change.
    const QString kEntered = QStringLiteral("stage_entered_at");
    if (to.size() == 1 && to.contains(kEntered)) {
        from.clear();
        to.clear();
    }
}

QList<qint64> tasksCreatedOn(Core::Records &records, qint64 dealId, qint64 sinceHistoryId)
{
    QList<qint64> out;
    if (Core::Result<QList<Core::HistoryEntry>> h =
            records.history(Core::EntityKind::Deal, dealId, 50))
        for (const Core::HistoryEntry &e : *h)
            if (e.id > sinceHistoryId && e.event == Core::HistoryEvent::TaskCreated)
                out << e.newValue.toLongLong();
    return out;
}

} // namespace

RecordsCommand::Snapshot RecordsCommand::take(Core::Session &session,
                                              const QList<RecordRef> &refs)
{
    Snapshot s;
    Core::Records records(session);
    for (const RecordRef &ref : refs) {
        s.refs << ref;
        Core::Result<Core::Record> r = records.load(ref.kind, ref.id);
        s.records << (r ? *r : Core::Record());
        qint64 last = 0;
        if (ref.kind == Core::EntityKind::Deal)
            if (Core::Result<QList<Core::HistoryEntry>> h = records.history(ref.kind, ref.id, 1);
                h && !h->isEmpty())
                last = h->first().id;
        s.lastHistoryIds << last;
    }
    return s;
}

RecordsCommand::RecordsCommand(Core::Session &session, const QString &text,
                               const Snapshot &before, Done done,
                               const QList<RecordRef> &created)
    : QUndoCommand(text)
    , m_session(session)
    , m_done(std::move(done))
{
    Core::Records records(session);
    QList<RecordRef> born = created;
    for (int i = 0; i < before.refs.size(); ++i) {
        const RecordRef ref = before.refs.at(i);
        const Core::Record &was = before.records.at(i);
        if (was.isEmpty())
            continue;
        Core::Result<Core::Record> now = records.load(ref.kind, ref.id);
        if (!now)
            continue;
        Core::Records::Step step{ref.kind, ref.id, {}, {}};
        diff(was, *now, step.expect, step.to);
        if (!step.to.isEmpty())
            m_steps << step;
        if (ref.kind == Core::EntityKind::Deal)
            for (qint64 task : tasksCreatedOn(records, ref.id, before.lastHistoryIds.at(i)))
                born << RecordRef{Core::EntityKind::Task, task};
    }
    const QString kDeleted = QStringLiteral("deleted");
    for (const RecordRef &ref : std::as_const(born))
        m_steps << Core::Records::Step{ref.kind, ref.id, {{kDeleted, true}}, {{kDeleted, false}}};
    if (m_steps.isEmpty())
        setObsolete(true);
}

void RecordsCommand::undo()
{
    run(false);
}

void RecordsCommand::redo()
{
    if (m_first) {
        m_first = false;
        return;
    }
    run(true);
}

void RecordsCommand::run(bool forward)
{
    QList<Core::Records::Step> steps;
    for (const Core::Records::Step &s : std::as_const(m_steps))
        steps << Core::Records::Step{s.kind, s.id, forward ? s.expect : s.to,
                                     forward ? s.to : s.expect};
    // Undo runs the records' own changes backwards: a created task goes before its deal
    // moves back, as it came after it.
    if (!forward)
        std::reverse(steps.begin(), steps.end());
    Core::Records records(m_session, Core::Origin::of(Core::WriteMode::Undo));
    Core::Result<Core::Records::StepsDone> r = records.applySteps(steps);
    QString message;
    if (!r)
        message = r.error().message;
    else if (!r->refused.isEmpty())
        message = tr("Changed by someone else since, so left as it is: %1.")
                      .arg(r->refused.join(QStringLiteral(", ")));
    if (m_done)
        m_done(steps, message);
}

QList<qint64> RecordsCommand::stagesOf(const QList<Core::Records::Step> &steps)
{
    const QString kStage = QStringLiteral("stage_id");
    QList<qint64> out;
    for (const Core::Records::Step &s : steps)
        for (const Core::Patch *p : {&s.expect, &s.to})
            if (const qint64 stage = p->value(kStage).toLongLong(); stage && !out.contains(stage))
                out << stage;
    return out;
}

} // namespace Voronka::Ui
