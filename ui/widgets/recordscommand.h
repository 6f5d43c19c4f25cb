// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/records.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <functional>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

struct RecordRef
{
    Core::EntityKind kind = Core::EntityKind::None;
    qint64 id = 0;
    bool operator==(const RecordRef &o) const { return kind == o.kind && id == o.id; }
};

// The one undo model for changes to records (deals, contacts, companies, tasks): a user
// action — a board drop, a card save, a bulk edit, an inline edit, a calendar drag, a task
// completed, a restore from the recycle bin — becomes one step holding each record's values
// before and after. undo() and redo() are one Records::applySteps call each (origin Undo): one
// transaction however many records it touches, compare-and-set, so a record a colleague (or
// another window, or the CLI) changed since is named and left as it is while the rest go back.
// Records the action created (a quick add, the tasks a stage's automations made) go to the
// recycle bin on undo and come back on redo.
//
// Made after the action happened: take a Snapshot before it, build the command after it and
// push it; the first redo() (QUndoStack::push) does nothing.
class RecordsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Ui::RecordsCommand)

public:
    struct Snapshot
    {
        QList<RecordRef> refs;
        QList<Core::Record> records; // load()'s form; empty where it could not be read
        QList<qint64> lastHistoryIds;
    };
    static Snapshot take(Core::Session &session, const QList<RecordRef> &refs);

    // steps: what the step put into which records (for views to read again: a board the
    // stages in `expect` and `to`); message: empty, or what the step refused or why it
    // failed, naming the records.
    using Done = std::function<void(const QList<Core::Records::Step> &steps,
                                    const QString &message)>;
    // The stages the deals of these steps left or entered.
    static QList<qint64> stagesOf(const QList<Core::Records::Step> &steps);

    // Reads the records of `before` again and keeps what differs; `created`: records the
    // action made. Tasks the stage automations created on a deal since `before` are found in
    // its history and added to them. Nothing changed: the command is obsolete.
    RecordsCommand(Core::Session &session, const QString &text, const Snapshot &before,
                   Done done, const QList<RecordRef> &created = {});

    void undo() override;
    void redo() override;

    int recordCount() const { return int(m_steps.size()); }
    const QList<Core::Records::Step> &steps() const { return m_steps; }

private:
    void run(bool forward);

    Core::Session &m_session;
    QList<Core::Records::Step> m_steps; // forward: expect = before, to = after
    Done m_done;
    bool m_first = true;
};

} // namespace Voronka::Ui
