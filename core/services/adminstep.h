// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/session.h"
#include "core/util/result.h"

#include <QHash>

#include <functional>

namespace Voronka::Core {

// One run of a settings undo step (a rename, a matrix, a stage deleted...) as one transaction
// with compare-and-set, for every settings change at once.
//
// Why this form: the steps are Admin, PipelineSetup and FieldSetup calls of every shape, and
// writing a probe beside each of fifty of them would drift. Every write they make leaves an
// outbox row naming the record and the columns it wrote (the write path guarantees it, the
// tests' update hook checks it), so the outbox rows a run appended ARE the footprint of the
// run. (Records a step moves, a handover's deals, are compared by the step itself, record by
// record.) After each run the footprint's columns are read again, in the same transaction, as
// text; before the next run (its undo, or a redo after an undo) the same columns are read in
// that run's transaction and compared. Values, not field clocks: the page's own later steps
// and their undos change the clocks but put the values back, and only a value someone else
// left differently is a reason to refuse.
class AdminStep
{
public:
    struct Footprint
    {
        // "kind:id" -> the columns the run wrote, as text.
        QHash<QString, QString> rows;
        bool operator==(const Footprint &) const = default;
    };

    // Runs `step` as one transaction: first compares what `expected` lists with the file and
    // refuses (Error::Code::Conflict, naming the first record that differs, writing nothing)
    // when something differs; otherwise runs the step and returns the footprint it left. A
    // refused or failed step rolls back whole. Inside a caller's batch it joins it.
    static Result<Footprint> run(Session &s, const Footprint &expected,
                                 const std::function<Status()> &step);

    // The record a footprint key names, for messages: "Stage «Negotiation»".
    static QString describe(Session &s, const QString &key);
};

} // namespace Voronka::Core
