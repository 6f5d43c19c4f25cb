// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/services/admin.h"
#include "core/services/entityspec.h"
#include "core/services/fieldsetup.h"
#include "core/services/notes.h"
#include "core/services/records.h"

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
    const qint64 role =
        *Admin(*t.admin).createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
    const qint64 other = t.addUser(QStringLiteral("m@example.com"), role);
    REQUIRE(
        r.update(EntityKind::Contact, contact, {{QStringLiteral("responsible_id"), other}}).ok());
    auto session = t.sessionFor(other);
    Notes notes(*session);
    Status st = notes.edit(note, QStringLiteral("Theirs"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::Permission);
    CHECK(st.error().message.contains(QStringLiteral("author")));
    CHECK(notes.setPinned(note, true).ok()); // may edit the contact, so may pin its notes
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

TEST_CASE("tags_whenManagersMayNotCreate_onlyExistingTagsAreAccepted")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 role =
        *Admin(*t.admin).createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
    const qint64 manager = t.addUser(QStringLiteral("m@example.com"), role);
    const qint64 contact = *r.create(EntityKind::Contact,
                                     {{QStringLiteral("name"), QStringLiteral("Anna")},
                                      {QStringLiteral("tags"), QStringList{QStringLiteral("VIP")}},
                                      {QStringLiteral("responsible_id"), manager}});
    REQUIRE(Admin(*t.admin).setSetting(QLatin1String(kTagsManagersMayCreate), 0).ok());
    auto session = t.sessionFor(manager);
    Records asManager(*session);
    Status st = asManager.update(
        EntityKind::Contact, contact,
        {{QStringLiteral("tags"), QStringList{QStringLiteral("VIP"), QStringLiteral("New")}}});
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().field == u"tags");
    CHECK(st.error().message.contains(QStringLiteral("New")));
    CHECK(t.db->sql().scalar("SELECT count(*) FROM tags") == 1);
    // An existing tag is fine, and admins still create new ones.
    REQUIRE(r.create(EntityKind::Contact,
                     {{QStringLiteral("name"), QStringLiteral("Boris")},
                      {QStringLiteral("tags"), QStringList{QStringLiteral("Fresh")}}})
                .ok());
    CHECK(asManager
              .update(EntityKind::Contact, contact,
                      {{QStringLiteral("tags"),
                        QStringList{QStringLiteral("VIP"), QStringLiteral("Fresh")}}})
              .ok());
    REQUIRE(Admin(*t.admin).setSetting(QLatin1String(kTagsManagersMayCreate), 1).ok());
    CHECK(asManager
              .update(EntityKind::Contact, contact,
                      {{QStringLiteral("tags"), QStringList{QStringLiteral("Brand new")}}})
              .ok());
}

TEST_CASE("fieldSetup_editReorderArchive_keepsValuesAndRefusesTypeChange")
{
    TempDb t;
    Admin admin(*t.admin);
    FieldDef a{0,
               EntityKind::Contact,
               QStringLiteral("Size"),
               FieldType::Select,
               {QStringLiteral("S"), QStringLiteral("M")},
               {},
               0,
               0,
               false};
    const qint64 size = *admin.createFieldDef(a);
    FieldDef b{0,    EntityKind::Contact, QStringLiteral("Note"), FieldType::Text, {}, {}, 0, 0,
               false};
    const qint64 note = *admin.createFieldDef(b);
    Records r(*t.admin);
    const qint64 contact =
        *r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Anna")},
                                        {QStringLiteral("cf.%1").arg(size), QStringLiteral("M")}});
    FieldSetup setup(*t.admin);
    FieldDef edited = *t.admin->fieldDef(size);
    edited.name = QStringLiteral("Shirt size");
    edited.options = {QStringLiteral("M"), QStringLiteral("S"), QStringLiteral("L")};
    edited.group = QStringLiteral("Profile");
    edited.readOnly = true;
    REQUIRE(setup.update(edited).ok());
    const FieldDef *now = t.admin->fieldDef(size);
    REQUIRE(now);
    CHECK(now->name == u"Shirt size");
    CHECK(now->options.size() == 3);
    CHECK(now->group == u"Profile");
    CHECK(now->readOnly);
    edited.type = FieldType::Text;
    Status st = setup.update(edited);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().field == u"type");

    REQUIRE(setup.move(note, -1).ok());
    CHECK(setup.list(EntityKind::Contact)->first().id == note);

    REQUIRE(setup.setArchived(size, true).ok());
    CHECK(setup.list(EntityKind::Contact)->size() == 1);
    CHECK(setup.list(EntityKind::Contact, true)->size() == 1);
    CHECK_FALSE(r.load(EntityKind::Contact, contact)->contains(QStringLiteral("cf.%1").arg(size)));
    REQUIRE(setup.setArchived(size, false).ok());
    CHECK(
        r.load(EntityKind::Contact, contact)->value(QStringLiteral("cf.%1").arg(size)).toString() ==
        u"M");
}
