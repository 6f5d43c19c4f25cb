// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QtGlobal>

namespace Voronka::Core {

// Why a write happens. The write path decides from the mode alone what a change checks and
// leaves behind (DESIGN.md "Every write carries its origin"):
//
//   mode        rights checked   automations run   history   outbox   field clocks
//   User        yes              yes               yes       yes      own clock
//   Automation  no (the move     (chained: a loop  yes       yes      own clock
//               that ran it was)  guard stops it)
//   Undo        yes              no                yes       yes      own clock
//   Import      yes              no                yes       yes      own clock
//   SyncApply   no (the server   no                yes       no       the author's clock
//               checked), yes on
//               the server itself
//   Migration   no               no                no        no       own clock
//
// Migrations write only rows every copy of a file derives alike (uids from stable keys), so
// two files migrated apart agree without exchanging anything.
// Stored in history.origin: the numbers never change.
enum class WriteMode { User = 0, Automation = 1, Undo = 2, Import = 3, SyncApply = 4, Migration = 5 };

struct Origin
{
    WriteMode mode = WriteMode::User;
    // Who: named in history and whose rights apply. 0: the session's user.
    qint64 actorId = 0;
    // When, in ms since the epoch. 0: now, by the session's clock, read when the change begins.
    qint64 atMs = 0;
    // SyncApply: the hybrid clock the change was made at on its author's machine; the file's
    // clock observes it, so what is written here afterwards orders after it.
    qint64 hlc = 0;
    // SyncApply on the team server: the pushing user's rights are checked against the stored
    // record by the same checks a desktop edit passes (core/sync/serverstore.h).
    bool serverChecks = false;

    static Origin user() { return {}; }
    static Origin serverApply(qint64 actorId, qint64 hlc)
    {
        return Origin{WriteMode::SyncApply, actorId, 0, hlc, true};
    }
    static Origin of(WriteMode mode, qint64 actorId = 0)
    {
        return Origin{mode, actorId, 0, 0, false};
    }

    bool checksRights() const
    {
        return mode == WriteMode::User || mode == WriteMode::Undo || mode == WriteMode::Import ||
               serverChecks;
    }
    bool runsAutomations() const
    {
        return mode == WriteMode::User || mode == WriteMode::Automation;
    }
    bool writesOutbox() const
    {
        return mode != WriteMode::SyncApply && mode != WriteMode::Migration;
    }
    bool writesHistory() const { return mode != WriteMode::Migration; }
};

} // namespace Voronka::Core
