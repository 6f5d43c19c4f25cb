// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "services/notes.h"
#include "services/records.h"

using namespace Voronka::Core;
using Voronka::Test::requireConsistent;
using Voronka::Test::TempDb;

TEST_CASE("notes_editAndPin_changeTheNoteWithHistoryAndOutbox")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 contact =
        *r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Anna")}});
    const qint64 note = *r.addNote(EntityKind::Contact, contact, QStringLiteral("Called"));
    Notes notes(*t.admin);
    t.clock.advance(1000);
    REQUIRE(notes.edit(note, QStringLiteral("Called twice")).ok());
    REQUIRE(notes.setPinned(note, true).ok());
    Result<NoteInfo> n = notes.note(note);
    REQUIRE(n.ok());
    CHECK(n->text == u"Called twice");
    CHECK(n->pinned);
    CHECK(n->updatedAt == TempDb::kStart + 1000);
    Result<QList<NoteInfo>> pinned = notes.pinned(EntityKind::Contact, contact);
    REQUIRE(pinned.ok());
    REQUIRE(pinned->size() == 1);
    CHECK(pinned->first().id == note);
    // Notes are not a kind Records::history reads, so count the history rows directly.
    CHECK(t.db->sql().scalar("SELECT count(*) FROM history WHERE kind = 5") == 2);
    CHECK(t.db->sql().scalar("SELECT count(*) FROM outbox WHERE kind = 5 AND op = 2") == 2);
    CHECK_FALSE(notes.edit(note, QStringLiteral("   ")).ok());
    requireConsistent(*t.db);
}

TEST_CASE("notes_editByAnotherManager_isRefused")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 contact =
        *r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Anna")}});
    const qint64 note = *r.addNote(EntityKind::Contact, contact, QStringLiteral("Mine"));
    const qint64 role = t.db->sql().scalar("SELECT id FROM roles WHERE is_admin = 0 LIMIT 1");
    const qint64 other = t.addUser(QStringLiteral("m@example.com"), role);
    REQUIRE(
        r.update(EntityKind::Contact, contact, {{QStringLiteral("responsible_id"), other}}).ok());
    auto session = t.sessionFor(other);
    Notes notes(*session);
    Status st = notes.edit(note, QStringLiteral("Theirs"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::Permission);
}

TEST_CASE("history_pagesByIdNewestFirst")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 contact =
        *r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Anna")}});
    for (int i = 0; i < 5; ++i)
        REQUIRE(r.addNote(EntityKind::Contact, contact, QStringLiteral("n%1").arg(i)).ok());
    Result<QList<HistoryEntry>> first = r.history(EntityKind::Contact, contact, 3);
    REQUIRE(first.ok());
    REQUIRE(first->size() == 3);
    Result<QList<HistoryEntry>> rest = r.history(EntityKind::Contact, contact, 3, first->last().id);
    REQUIRE(rest.ok());
    REQUIRE(rest->size() == 2);
    CHECK(rest->first().id < first->last().id);
}
