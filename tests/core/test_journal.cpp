// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/importexport/csv.h"
#include "core/services/journal.h"
#include "core/services/records.h"

#include <QBuffer>
#include <QSet>

#include <sqlite3.h>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {

const QString kName = QStringLiteral("name");

struct Fixture
{
    TempDb t;
    qint64 userId = 0;
    Fixture()
    {
        Admin admin(*t.admin);
        userId =
            t.addUser(QStringLiteral("ivan@example.com"),
                      *admin.createRole(QStringLiteral("All"), RoleMatrix::filled(Scope::All)));
    }
    void signIn(qint64 at, qint64 user, int result, const QString &email = {})
    {
        Query q = t.db->sql().prepare(
            "INSERT INTO sign_ins(at, email, user_id, machine, os_user, client, result) "
            "VALUES(?1, ?2, ?3, 'PC-7', 'ivan', 'desktop', ?4)");
        q->bind(1, at);
        q->bind(2, email.isEmpty() ? QStringLiteral("ivan@example.com") : email);
        if (user)
            q->bind(3, user);
        else
            q->bind(3, nullptr);
        q->bind(4, result);
        q->run();
    }
    void history(qint64 at, qint64 user, EntityKind kind, qint64 entity, HistoryEvent event)
    {
        Query q = t.db->sql().prepare("INSERT INTO history(kind, entity_id, at, user_id, event, "
                                      "field, old_value, new_value) VALUES(?1, ?2, ?3, ?4, ?5, "
                                      "'name', 'a', 'b')");
        q->bindAll(int(kind), entity, at, user, int(event));
        q->run();
    }
    QList<JournalEntry> all(const JournalFilter &f = {})
    {
        Result<JournalPage> p = Journal(*t.admin).page(f, {}, 100000);
        REQUIRE(p.ok());
        CHECK(!p->next.valid());
        return p->entries;
    }
};

} // namespace

TEST_CASE("journal_mergesSignInsAndHistoryNewestFirst")
{
    Fixture f;
    // Admin::initialize and createUser wrote settings history already; start after them.
    const qint64 t0 = TempDb::kStart + 60000;
    f.t.clock.set(t0);
    Records r(*f.t.admin);
    const qint64 deal = *r.create(
        EntityKind::Deal, {{kName, QStringLiteral("Big deal")}, {QStringLiteral("budget"), 100}});
    f.t.clock.advance(1000);
    f.signIn(f.t.clock.nowMs(), f.userId, 1);
    f.t.clock.advance(1000);
    REQUIRE(r.update(EntityKind::Deal, deal, {{QStringLiteral("stage_id"), f.t.firstOpenStage(1)}})
                .ok());
    f.t.clock.advance(1000);
    f.signIn(f.t.clock.nowMs(), 0, 2, QStringLiteral("nobody@example.com"));

    JournalFilter since;
    since.fromMs = t0;
    const QList<JournalEntry> e = f.all(since);
    REQUIRE(e.size() == 3);
    CHECK(e[0].action == JournalAction::SignInFailed);
    CHECK(e[0].userName == u"nobody@example.com");
    CHECK(e[0].detail == u"PC-7 / ivan (desktop)");
    CHECK(e[1].action == JournalAction::MovedStage);
    CHECK(e[1].kind == EntityKind::Deal);
    CHECK(e[1].entityId == deal);
    CHECK(e[1].recordName == u"Big deal");
    CHECK(e[1].userName == u"Admin");
    CHECK(e[1].oldValue == f.t.admin->stage(f.t.firstOpenStage(0))->name);
    CHECK(e[1].newValue == f.t.admin->stage(f.t.firstOpenStage(1))->name);
    CHECK(e[2].action == JournalAction::SignedIn);
    CHECK(e[2].userName == u"ivan");
    CHECK(e[2].at == t0 + 1000);
}

TEST_CASE("journal_filtersByUserEntityActionAndPeriod")
{
    Fixture f;
    const qint64 t0 = TempDb::kStart + 60000;
    f.history(t0 + 1, f.userId, EntityKind::Deal, 1, HistoryEvent::FieldChanged);
    f.history(t0 + 2, f.t.adminId, EntityKind::Contact, 2, HistoryEvent::Deleted);
    f.history(t0 + 3, f.userId, EntityKind::Contact, 3, HistoryEvent::Restored);
    f.history(t0 + 4, f.t.adminId, EntityKind::Stage, f.t.firstOpenStage(),
              HistoryEvent::FieldChanged);
    f.signIn(t0 + 5, f.userId, 1);
    f.signIn(t0 + 6, f.t.adminId, 3, QStringLiteral("admin@example.com"));
    f.signIn(t0 + 7, f.userId, 2);

    JournalFilter byUser;
    byUser.userId = f.userId;
    byUser.fromMs = t0;
    QList<JournalEntry> e = f.all(byUser);
    REQUIRE(e.size() == 4);
    for (const JournalEntry &x : e)
        CHECK(x.userId == f.userId);

    JournalFilter contacts;
    contacts.kind = EntityKind::Contact;
    e = f.all(contacts);
    REQUIRE(e.size() == 2);
    CHECK(e[0].entityId == 3);
    CHECK(e[1].entityId == 2);

    JournalFilter stages; // a settings kind: read through history_entity
    stages.kind = EntityKind::Stage;
    stages.fromMs = t0;
    e = f.all(stages);
    REQUIRE(e.size() == 1);
    CHECK(e[0].recordName == f.t.admin->stage(f.t.firstOpenStage())->name);

    JournalFilter signIns;
    signIns.signInsOnly = true;
    CHECK(f.all(signIns).size() == 3);

    JournalFilter failed;
    failed.action = JournalAction::SignInFailed;
    e = f.all(failed);
    REQUIRE(e.size() == 2);
    CHECK(e[0].action == JournalAction::SignInFailed);
    CHECK(e[1].action == JournalAction::SignInLockedOut);

    JournalFilter deleted;
    deleted.action = JournalAction::Deleted;
    e = f.all(deleted);
    REQUIRE(e.size() == 1);
    CHECK(e[0].entityId == 2);

    JournalFilter period; // [from, to)
    period.fromMs = t0 + 2;
    period.toMs = t0 + 6;
    e = f.all(period);
    REQUIRE(e.size() == 4);
    CHECK(e.first().at == t0 + 5);
    CHECK(e.last().at == t0 + 2);

    JournalFilter dealsNoSignIns; // an entity kind leaves the sign-ins out
    dealsNoSignIns.kind = EntityKind::Deal;
    dealsNoSignIns.userId = f.userId;
    e = f.all(dealsNoSignIns);
    REQUIRE(e.size() == 1);
    CHECK(e[0].source == JournalEntry::Source::History);
}

TEST_CASE("journal_pagesWithoutGapsOrDuplicatesAcrossEqualTimes")
{
    Fixture f;
    const qint64 t0 = TempDb::kStart + 60000;
    // Five instants, each with history rows and sign-ins, so page ends fall inside a time and
    // between the two sources.
    int expected = 0;
    for (int i = 0; i < 5; ++i) {
        for (int k = 0; k < 7; ++k, ++expected)
            f.history(t0 + i * 10, k % 2 ? f.userId : f.t.adminId, EntityKind::Deal, k,
                      HistoryEvent::FieldChanged);
        for (int k = 0; k < 3; ++k, ++expected)
            f.signIn(t0 + i * 10, f.userId, 1);
    }
    JournalFilter since;
    since.fromMs = t0;
    const QList<JournalEntry> whole = f.all(since);
    REQUIRE(whole.size() == expected);

    for (int size : {1, 3, 4, 7, 10, 49}) {
        Journal j(*f.t.admin);
        QList<JournalEntry> paged;
        QSet<QPair<int, qint64>> seen;
        JournalCursor cursor;
        do {
            Result<JournalPage> p = j.page(since, cursor, size);
            REQUIRE(p.ok());
            CHECK(p->entries.size() <= size);
            for (const JournalEntry &e : p->entries) {
                CHECK(!seen.contains({int(e.source), e.id}));
                seen.insert({int(e.source), e.id});
            }
            paged += p->entries;
            cursor = p->next;
        } while (cursor.valid());
        REQUIRE(paged.size() == whole.size());
        for (int i = 0; i < whole.size(); ++i) {
            CHECK(paged[i].source == whole[i].source);
            CHECK(paged[i].id == whole[i].id);
        }
    }
    // At one instant the sign-ins come first, then history, each newest id first.
    CHECK(whole[0].source == JournalEntry::Source::SignIn);
    CHECK(whole[3].source == JournalEntry::Source::History);
    CHECK(whole[3].id > whole[4].id);
}

TEST_CASE("journal_nonAdmin_refused")
{
    Fixture f;
    auto ivan = f.t.sessionFor(f.userId);
    Journal j(*ivan);
    Result<JournalPage> p = j.page({});
    REQUIRE(!p.ok());
    CHECK(p.error().code == Error::Code::Permission);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    Result<qint64> n = j.exportCsv({}, out);
    REQUIRE(!n.ok());
    CHECK(n.error().code == Error::Code::Permission);
    CHECK(out.data().isEmpty());
}

TEST_CASE("journal_exportCsv_writesEveryFilteredEntryPageByPage")
{
    Fixture f;
    const qint64 t0 = TempDb::kStart + 60000;
    for (int i = 0; i < 5; ++i)
        f.history(t0 + i, f.userId, EntityKind::Deal, 77, HistoryEvent::FieldChanged);
    f.signIn(t0 + 10, f.userId, 1);
    JournalFilter since;
    since.fromMs = t0;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    Result<qint64> n = Journal(*f.t.admin).exportCsv(since, out, 2);
    REQUIRE(n.ok());
    CHECK(*n == 6);
    const QList<QStringList> rows = parseCsv(out.data());
    REQUIRE(rows.size() == 7);
    CHECK(rows[0] == Journal::csvHeader());
    CHECK(rows[1] == QStringList{QStringLiteral("2026-03-02T09:01:00Z"), QStringLiteral("ivan"),
                                 QStringLiteral("Sign-in"), QString(),
                                 QStringLiteral("ivan@example.com"), QStringLiteral("Signed in"),
                                 QString(), QString(), QString(),
                                 QStringLiteral("PC-7 / ivan (desktop)")});
    CHECK(rows[2] == QStringList{QStringLiteral("2026-03-02T09:01:00Z"), QStringLiteral("ivan"),
                                 QStringLiteral("Deal"), QStringLiteral("77"), QString(),
                                 QStringLiteral("Changed"), QStringLiteral("Name"),
                                 QStringLiteral("a"), QStringLiteral("b"), QString()});
}

TEST_CASE("journal_firstPage_walksTheTimeIndexesWithoutSorting")
{
    Fixture f;
    // Enough deal history for the deal filter to walk history_at; contacts have none, so
    // their filter reads history_entity and sorts nothing but the contacts' rows.
    f.t.db->sql().exec("BEGIN");
    for (int i = 0; i < 10001; ++i)
        f.history(TempDb::kStart + i, f.userId, EntityKind::Deal, i, HistoryEvent::FieldChanged);
    f.t.db->sql().exec("COMMIT");
    std::vector<std::string> ran;
    sqlite3_trace_v2(
        f.t.db->sql().handle(), SQLITE_TRACE_STMT,
        [](unsigned, void *ctx, void *, void *x) -> int {
            const std::string sql = static_cast<const char *>(x);
            if (sql.find("FROM history h") != std::string::npos ||
                sql.find("FROM sign_ins") != std::string::npos)
                static_cast<std::vector<std::string> *>(ctx)->push_back(sql);
            return 0;
        },
        &ran);
    JournalFilter user;
    user.userId = f.userId;
    JournalFilter deals;
    deals.kind = EntityKind::Deal;
    deals.fromMs = TempDb::kStart;
    deals.toMs = TempDb::kStart + 1000;
    JournalFilter contacts;
    contacts.kind = EntityKind::Contact;
    JournalFilter merged;
    merged.action = JournalAction::Merged;
    for (const JournalFilter &filter : {JournalFilter{}, user, deals, contacts, merged}) {
        Result<JournalPage> first = Journal(*f.t.admin).page(filter, {}, 50);
        REQUIRE(first.ok());
        REQUIRE(Journal(*f.t.admin).page(filter, {TempDb::kStart, 0, 5}, 50).ok());
    }
    sqlite3_trace_v2(f.t.db->sql().handle(), 0, nullptr, nullptr);
    // History and sign-ins twice for three filters, history alone twice for contacts and for
    // an action no sign-in has.
    REQUIRE(ran.size() == 14);
    for (const std::string &sql : ran) {
        INFO(sql);
        QString plan;
        Query q = f.t.db->sql().prepare(QStringLiteral("EXPLAIN QUERY PLAN ") +
                                        QString::fromStdString(sql));
        while (q->step())
            plan += q->text(3) + u'\n';
        INFO(plan.toStdString());
        const bool history = sql.find("FROM history") != std::string::npos;
        const bool byUser = sql.find("user_id = ?1") != std::string::npos;
        if (sql.find("INDEXED BY history_entity") != std::string::npos) {
            CHECK(plan.contains(u"history_entity (kind=?)"));
            continue;
        }
        CHECK(!plan.contains(u"TEMP B-TREE"));
        const bool byAction = sql.find("INDEXED BY history_event") != std::string::npos;
        const QString index =
            history ? (byUser     ? QStringLiteral("history_user")
                       : byAction ? QStringLiteral("history_event")
                                  : QStringLiteral("history_at"))
                    : (byUser ? QStringLiteral("sign_ins_user") : QStringLiteral("sign_ins_at"));
        CHECK(plan.contains(index));
    }
    CHECK(std::count_if(ran.begin(), ran.end(), [](const std::string &s) {
              return s.find("INDEXED BY history_entity") != std::string::npos;
          }) == 2);
}

TEST_CASE("journal_noteAndTaskEvents_showTheirText")
{
    Fixture f;
    f.t.clock.advance(60000);
    const qint64 t0 = f.t.clock.nowMs();
    Records r(*f.t.admin);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("D")}});
    REQUIRE(r.addNote(EntityKind::Deal, deal, QStringLiteral("Called, will pay Friday")).ok());
    JournalFilter notes;
    notes.action = JournalAction::NoteAdded;
    notes.fromMs = t0;
    const QList<JournalEntry> e = f.all(notes);
    REQUIRE(e.size() == 1);
    CHECK(e[0].recordName == u"D");
    CHECK(e[0].field.isEmpty());
    CHECK(e[0].newValue == u"Called, will pay Friday");
}

TEST_CASE("journal_deletedUser_keepsTheirName")
{
    Fixture f;
    const qint64 t0 = TempDb::kStart + 60000;
    f.history(t0, f.userId, EntityKind::Deal, 1, HistoryEvent::FieldChanged);
    Voronka::Test::writeBehindTheWritePath(
        f.t.db->sql(), QStringLiteral("UPDATE users SET deleted = 1 WHERE id = %1").arg(f.userId));
    f.t.admin->invalidate();
    JournalFilter since;
    since.fromMs = t0;
    const QList<JournalEntry> e = f.all(since);
    REQUIRE(e.size() == 1);
    CHECK(e[0].userName == u"ivan");
}
