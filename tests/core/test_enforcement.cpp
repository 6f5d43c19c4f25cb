// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/importexport/exporter.h"
#include "core/importexport/icalendar.h"
#include "core/search/search.h"
#include "core/services/board.h"
#include "core/services/bulkedit.h"
#include "core/services/merge.h"
#include "core/services/notes.h"
#include "core/services/recordlist.h"
#include "core/services/records.h"
#include "core/services/recyclebin.h"
#include "core/tasks/taskquery.h"
#include "core/tasks/teamgrid.h"

#include <QBuffer>
#include <QFile>

#include <algorithm>
#include <functional>
#include <numeric>
#include <set>
#include <stdexcept>

// The enforcement matrix: every service operation, run by a user of each scope (none, own,
// department, all) against records owned by that user, a colleague of the same department and
// an outsider from another one. Allowed cases succeed; refused ones fail with a Permission
// error whose message names the record, and leave every table exactly as it was.

using namespace Voronka::Core;
using Voronka::Test::TempDb;

using Voronka::Test::canonicalDump;

namespace {

enum Owner { Actor = 0, Colleague = 1, Outsider = 2 };
constexpr int kOwners = 3;
constexpr const char *kOwnerNames[kOwners] = {"actor", "colleague", "outsider"};
constexpr Scope kScopes[] = {Scope::None, Scope::Own, Scope::Department, Scope::All};
constexpr const char *kScopeNames[] = {"none", "own", "department", "all"};

struct Entity
{
    EntityKind kind;
    PermEntity perm;
    const char *label;
};
constexpr Entity kEntities[] = {
    {EntityKind::Deal, PermEntity::Deal, "Deal"},
    {EntityKind::Contact, PermEntity::Contact, "Contact"},
    {EntityKind::Company, PermEntity::Company, "Company"},
    {EntityKind::Task, PermEntity::Task, "Task"},
};
constexpr int kKinds = 4;

int indexOf(EntityKind kind)
{
    for (int i = 0; i < kKinds; ++i)
        if (kEntities[i].kind == kind)
            return i;
    return -1;
}

bool inScope(Scope s, int owner)
{
    switch (s) {
    case Scope::All:
        return true;
    case Scope::Department:
        return owner != Outsider;
    case Scope::Own:
        return owner == Actor;
    case Scope::None:
        return false;
    }
    return false;
}

// The role of the actor: every right everywhere except `scope` in one cell.
RoleMatrix allBut(PermEntity e, PermAction a, Scope scope)
{
    RoleMatrix m = RoleMatrix::filled(Scope::All);
    m.set(e, a, scope);
    return m;
}

QString nameKey(EntityKind kind)
{
    return kind == EntityKind::Task ? QStringLiteral("text") : QStringLiteral("name");
}

// What the fixture holds, by id.
struct Ids
{
    qint64 admin = 0, actor = 0, colleague = 0, outsider = 0, role = 0;
    qint64 sales = 0, service = 0; // departments
    qint64 main = 0, second = 0;   // pipelines
    qint64 mainStage[2] = {0, 0};  // the first two open stages of each
    qint64 secondStage[2] = {0, 0};
    qint64 record[kKinds][kOwners] = {};
    QString name[kKinds][kOwners];
    qint64 secondDeal[kOwners] = {};
    QString secondDealName[kOwners];
    qint64 owner(int o) const { return o == Actor ? actor : o == Colleague ? colleague : outsider; }
};

constexpr qint64 kDay = 86400000LL;
constexpr qint64 kTaskDue = TempDb::kStart + kDay + 3600000LL; // 2026-03-03 10:00 UTC

// Built once; each test opens its own copy of the file (cheaper than building it again).
struct Template
{
    QTemporaryDir dir; // outlives the database that wrote it: only the file is kept
    Ids ids;
    QString file = dir.filePath(QStringLiteral("template.voronka"));

    Template()
    {
        TempDb t;
        build(t);
        if (!t.db->backupTo(file))
            throw std::runtime_error("backup");
    }

    static const Template &get()
    {
        static const Template instance;
        return instance;
    }

private:
    void build(TempDb &t)
    {
        Admin admin(*t.admin);
        ids.admin = t.adminId;
        ids.sales = *admin.createDepartment(QStringLiteral("Sales"));
        ids.service = *admin.createDepartment(QStringLiteral("Service"));
        ids.role = *admin.createRole(QStringLiteral("Under test"), RoleMatrix());
        const qint64 staff =
            *admin.createRole(QStringLiteral("Staff"), RoleMatrix::filled(Scope::All));
        ids.actor = t.addUser(QStringLiteral("actor@example.com"), ids.role, ids.sales);
        ids.colleague = t.addUser(QStringLiteral("colleague@example.com"), staff, ids.sales);
        ids.outsider = t.addUser(QStringLiteral("outsider@example.com"), staff, ids.service);
        ids.main = t.admin->pipelines().first().id;
        ids.second = *admin.createPipeline(
            QStringLiteral("Second"), {{QStringLiteral("Talk"), QStringLiteral("#FFFFFF"), 10},
                                       {QStringLiteral("Offer"), QStringLiteral("#FFFFFF"), 50}});
        t.admin->invalidate();
        for (int i = 0; i < 2; ++i) {
            ids.mainStage[i] = t.firstOpenStage(i);
            for (const PipelineInfo &p : t.admin->pipelines())
                if (p.id == ids.second)
                    ids.secondStage[i] = p.stages.at(i).id;
        }

        Records r(*t.admin);
        for (int k = 0; k < kKinds; ++k)
            for (int o = 0; o < kOwners; ++o) {
                const Entity &e = kEntities[k];
                const QString name =
                    QStringLiteral("%1 Quokka %2")
                        .arg(QLatin1String(e.label), QLatin1String(kOwnerNames[o]));
                Patch p{{nameKey(e.kind), name}, {QStringLiteral("responsible_id"), ids.owner(o)}};
                if (e.kind == EntityKind::Task)
                    p.insert(QStringLiteral("due_at"), kTaskDue + o * 60000);
                const Result<qint64> id = r.create(e.kind, p);
                if (!id)
                    throw std::runtime_error(id.error().message.toStdString());
                ids.record[k][o] = *id;
                ids.name[k][o] = name;
                if (e.kind != EntityKind::Task) {
                    // A pinned note: what a card shows above its timeline.
                    const Result<qint64> note = r.addNote(e.kind, *id, QStringLiteral("Pinned"));
                    if (!note || !Notes(*t.admin).setPinned(*note, true))
                        throw std::runtime_error("note");
                }
            }
        for (int o = 0; o < kOwners; ++o) {
            ids.secondDealName[o] =
                QStringLiteral("Second Quokka %1").arg(QLatin1String(kOwnerNames[o]));
            ids.secondDeal[o] =
                *r.create(EntityKind::Deal, {{QStringLiteral("name"), ids.secondDealName[o]},
                                             {QStringLiteral("responsible_id"), ids.owner(o)},
                                             {QStringLiteral("pipeline_id"), ids.second},
                                             {QStringLiteral("stage_id"), ids.secondStage[0]}});
        }
    }
};

// A fresh copy of the fixture with an admin session, and the actor's sessions under a role
// set for the case.
struct World
{
    QTemporaryDir dir;
    ManualClock clock{TempDb::kStart + 3600000LL};
    std::unique_ptr<Database> db;
    std::unique_ptr<Session> admin;
    const Ids &ids = Template::get().ids;
    quint64 seed = 1000;

    World()
    {
        const QString path = dir.filePath(QStringLiteral("case.voronka"));
        REQUIRE(QFile::copy(Template::get().file, path));
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        admin = session(ids.admin);
    }

    std::unique_ptr<Session> session(qint64 user)
    {
        clock.advance(1000);
        return std::make_unique<Session>(*db, clock, Auth::readUser(*db, user), ++seed);
    }

    // The actor signed in under this matrix (and these pipeline caps).
    std::unique_ptr<Session> actorWith(const RoleMatrix &m, const QHash<qint64, Scope> &caps = {})
    {
        Admin a(*admin);
        REQUIRE(a.setRoleMatrix(ids.role, m).ok());
        Admin::RoleOptions options;
        options.pipelineCaps = caps;
        REQUIRE(a.setRoleOptions(ids.role, options).ok());
        return session(ids.actor);
    }

    QString nameOf(EntityKind kind, qint64 id)
    {
        Result<Record> r = Records(*admin).load(kind, id);
        return r ? r->value(nameKey(kind)).toString() : QString();
    }
};

// Runs a write and checks its outcome: allowed ones succeed; refused ones fail with a
// Permission error naming `name`, and nothing in the database changes.
void expectOutcome(World &w, bool allowed, const QString &name, const std::function<Status()> &call)
{
    const QString before = canonicalDump(*w.db);
    const Status st = call();
    INFO("expected " << (allowed ? "allowed" : "refused") << "; got "
                     << (st ? std::string("success") : st.error().message.toStdString()));
    if (allowed) {
        CHECK(st.ok());
        return;
    }
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::Permission);
    CHECK_FALSE(st.error().message.isEmpty());
    if (!name.isEmpty())
        CHECK(st.error().message.contains(name));
    CHECK(canonicalDump(*w.db) == before);
}

template<typename T> Status statusOf(const Result<T> &r)
{
    return r ? Status(Ok{}) : Status(r.error());
}

using IdSet = std::set<qint64>;

template<typename T, typename F> IdSet idsOf(const QList<T> &rows, F id)
{
    IdSet out;
    for (const T &row : rows)
        out.insert(id(row));
    return out;
}

// Runs the body once per scope, each time on a fresh copy of the fixture.
void eachScope(const std::function<void(World &, Scope)> &body)
{
    for (int s = 0; s < 4; ++s) {
        INFO("scope " << kScopeNames[s]);
        World w;
        body(w, kScopes[s]);
    }
}

} // namespace

TEST_CASE("enforcement_readsShowExactlyTheRecordsInScope")
{
    World w;
    const Ids &ids = w.ids;
    for (const Entity &e : kEntities)
        for (int s = 0; s < 4; ++s) {
            const Scope scope = kScopes[s];
            INFO("view of " << e.label << " with scope " << kScopeNames[s]);
            auto as = w.actorWith(allBut(e.perm, PermAction::View, scope));
            const QString before = canonicalDump(*w.db);
            // Whether the actor may see kind k's record of owner o: only e is narrowed.
            const auto visible = [&](int k, int o) {
                return kEntities[k].kind != e.kind || inScope(scope, o);
            };
            const auto expected = [&](int k) {
                IdSet out;
                for (int o = 0; o < kOwners; ++o)
                    if (visible(k, o)) {
                        out.insert(ids.record[k][o]);
                        if (kEntities[k].kind == EntityKind::Deal)
                            out.insert(ids.secondDeal[o]);
                    }
                return out;
            };
            const int deal = indexOf(EntityKind::Deal), task = indexOf(EntityKind::Task);

            // View and open card: the record, its timeline and its pinned notes.
            Records records(*as);
            for (int k = 0; k < kKinds; ++k)
                for (int o = 0; o < kOwners; ++o) {
                    INFO("record " << ids.name[k][o].toStdString());
                    const EntityKind kind = kEntities[k].kind;
                    const qint64 id = ids.record[k][o];
                    const bool may = visible(k, o);
                    const Result<Record> loaded = records.load(kind, id);
                    CHECK(loaded.ok() == may);
                    const Result<QList<HistoryEntry>> history = records.history(kind, id);
                    CHECK(history.ok() == may);
                    if (kind != EntityKind::Task) {
                        const Result<QList<NoteInfo>> pinned = Notes(*as).pinned(kind, id);
                        CHECK(pinned.ok() == may);
                        if (pinned)
                            CHECK(pinned->size() == 1);
                    }
                    for (const Error &err :
                         {loaded ? Error{} : loaded.error(), history ? Error{} : history.error()})
                        if (!may) {
                            CHECK(err.code == Error::Code::Permission);
                            CHECK_FALSE(err.message.isEmpty());
                        }
                }

            // Lists and counts.
            ListQuery dq;
            dq.pageSize = 50;
            const Result<ListPage> deals = RecordList(*as, EntityKind::Deal).fetch(dq);
            REQUIRE(deals.ok());
            CHECK(IdSet(deals->ids.cbegin(), deals->ids.cend()) == expected(deal));
            CHECK(*RecordList(*as, EntityKind::Deal).count(dq) == qint64(expected(deal).size()));
            for (EntityKind kind : {EntityKind::Contact, EntityKind::Company}) {
                RecordList list(*as, kind);
                const Result<ListPage> page = list.fetch(ListQuery{});
                REQUIRE(page.ok());
                CHECK(IdSet(page->ids.cbegin(), page->ids.cend()) == expected(indexOf(kind)));
                CHECK(*list.count(ListQuery{}) == qint64(expected(indexOf(kind)).size()));
                ListQuery searched;
                searched.filter.text = QStringLiteral("quokka");
                CHECK(*list.count(searched) == qint64(expected(indexOf(kind)).size()));
            }
            TaskQuery tasks(*as, QTimeZone::utc());
            IdSet scanned;
            REQUIRE(tasks.scan({}, [&](const TaskRow &r) {
                scanned.insert(r.id);
                return true;
            }));
            CHECK(scanned == expected(task));
            const Result<std::array<qint64, kDueBuckets>> buckets = tasks.counts({});
            REQUIRE(buckets.ok());
            CHECK(std::accumulate(buckets->cbegin(), buckets->cend(), qint64(0)) ==
                  qint64(expected(task).size()));

            // Search over deals, contacts and companies.
            const Result<QList<SearchHit>> hits = Search(*as).find(QStringLiteral("quokka"), 50);
            REQUIRE(hits.ok());
            for (int k = 0; k < kKinds; ++k) {
                if (kEntities[k].kind == EntityKind::Task)
                    continue;
                IdSet found;
                for (const SearchHit &h : *hits)
                    if (h.kind == kEntities[k].kind)
                        found.insert(h.id);
                CHECK(found == expected(k));
            }

            // The board of the main pipeline: cards and per-stage counts.
            const Result<QList<BoardColumn>> board = Board(*as, ids.main).load();
            REQUIRE(board.ok());
            IdSet cards;
            qint64 counted = 0;
            for (const BoardColumn &c : *board) {
                counted += c.count;
                for (const BoardCard &card : c.cards)
                    cards.insert(card.id);
            }
            IdSet mainDeals;
            for (int o = 0; o < kOwners; ++o)
                if (visible(deal, o))
                    mainDeals.insert(ids.record[deal][o]);
            CHECK(cards == mainDeals);
            CHECK(counted == qint64(mainDeals.size()));

            // Team grid and calendar.
            const Result<TeamGridData> grid =
                TeamGrid(*as, QTimeZone::utc()).load(QDate(2026, 3, 2), 7);
            REQUIRE(grid.ok());
            IdSet gridUsers = idsOf(grid->users, [](const TeamGridUser &u) { return u.id; });
            IdSet expectedUsers;
            if (e.kind != EntityKind::Task || scope == Scope::All)
                expectedUsers = {ids.admin, ids.actor, ids.colleague, ids.outsider};
            else if (scope == Scope::Department)
                expectedUsers = {ids.actor, ids.colleague};
            else if (scope == Scope::Own)
                expectedUsers = {ids.actor};
            CHECK(gridUsers == expectedUsers);
            CHECK(grid->total == qint64(expected(task).size()));
            TaskFilter day;
            day.dueFrom = TempDb::kStart;
            day.dueTo = TempDb::kStart + 2 * kDay;
            const Result<QList<TaskRow>> calendar = tasks.dueBetween(day);
            REQUIRE(calendar.ok());
            CHECK(idsOf(*calendar, [](const TaskRow &r) { return r.id; }) == expected(task));
            CHECK(*tasks.countBetween(day) == qint64(expected(task).size()));

            CHECK(canonicalDump(*w.db) == before); // reading writes nothing
        }
}

TEST_CASE("enforcement_exportsNeedBothViewAndExport")
{
    World w;
    const Ids &ids = w.ids;
    struct Run
    {
        EntityKind kind;
        const char *format;
        std::function<Result<qint64>(Session &, QIODevice &)> write;
    };
    const QList<Run> runs{
        {EntityKind::Contact, "CSV",
         [](Session &s, QIODevice &out) {
             return Exporter(s).write(EntityKind::Contact, ExportFormat::Csv, out);
         }},
        {EntityKind::Contact, "vCard",
         [](Session &s, QIODevice &out) {
             return Exporter(s).write(EntityKind::Contact, ExportFormat::VCard, out);
         }},
        {EntityKind::Company, "CSV",
         [](Session &s, QIODevice &out) {
             return Exporter(s).write(EntityKind::Company, ExportFormat::Csv, out);
         }},
        {EntityKind::Deal, "CSV",
         [](Session &s, QIODevice &out) {
             return RecordList(s, EntityKind::Deal).exportCsv({}, {QStringLiteral("name")}, out);
         }},
        {EntityKind::Task, "iCalendar",
         [](Session &s, QIODevice &out) {
             IcalendarWriter::Options o;
             o.zone = QTimeZone::utc();
             o.stampMs = TempDb::kStart;
             return exportTasksIcs(s, {}, out, o);
         }},
    };
    for (const Run &run : runs) {
        const int k = indexOf(run.kind);
        const Entity &e = kEntities[k];
        for (PermAction narrowed : {PermAction::View, PermAction::Export})
            for (int s = 0; s < 4; ++s) {
                const Scope scope = kScopes[s];
                INFO(run.format << " export of " << e.label << ", "
                                << (narrowed == PermAction::View ? "view" : "export") << " scope "
                                << kScopeNames[s] << ", the other right all");
                auto as = w.actorWith(allBut(e.perm, narrowed, scope));
                const QString before = canonicalDump(*w.db);
                QBuffer buf;
                buf.open(QIODevice::WriteOnly);
                const Result<qint64> n = run.write(*as, buf);
                CHECK(canonicalDump(*w.db) == before);
                // CHECK, not REQUIRE: one leaking export must not hide the others.
                if (scope == Scope::None) {
                    CHECK_FALSE(n.ok());
                    if (!n.ok()) {
                        CHECK(n.error().code == Error::Code::Permission);
                        CHECK_FALSE(n.error().message.isEmpty());
                    }
                    CHECK(buf.data().isEmpty());
                    continue;
                }
                CHECK(n.ok());
                if (!n.ok())
                    continue;
                const QString text = QString::fromUtf8(buf.data());
                int written = 0;
                for (int o = 0; o < kOwners; ++o) {
                    INFO("record " << ids.name[k][o].toStdString());
                    CHECK(text.contains(ids.name[k][o]) == inScope(scope, o));
                    written += inScope(scope, o) ? 1 : 0;
                    if (run.kind == EntityKind::Deal) {
                        CHECK(text.contains(ids.secondDealName[o]) == inScope(scope, o));
                        written += inScope(scope, o) ? 1 : 0;
                    }
                }
                CHECK(*n == written);
            }
    }
}

TEST_CASE("enforcement_createOnlyForResponsiblesInScope")
{
    eachScope([](World &w, Scope scope) {
        for (const Entity &e : kEntities) {
            auto as = w.actorWith(allBut(e.perm, PermAction::Create, scope));
            for (int o = 0; o < kOwners; ++o) {
                INFO("create " << e.label << " for the " << kOwnerNames[o]);
                const QString name =
                    QStringLiteral("New %1 for %2")
                        .arg(QLatin1String(e.label), QLatin1String(kOwnerNames[o]));
                expectOutcome(w, inScope(scope, o), name, [&] {
                    return statusOf(Records(*as).create(
                        e.kind, {{nameKey(e.kind), name},
                                 {QStringLiteral("responsible_id"), w.ids.owner(o)}}));
                });
            }
        }
    });
}

TEST_CASE("enforcement_editAndMoveStageOnlyInScope")
{
    const auto patchFor = [](EntityKind kind) -> Patch {
        switch (kind) {
        case EntityKind::Deal:
            return {{QStringLiteral("source"), QStringLiteral("Edited")}};
        case EntityKind::Contact:
            return {{QStringLiteral("position"), QStringLiteral("Edited")}};
        case EntityKind::Company:
            return {{QStringLiteral("address"), QStringLiteral("Edited")}};
        default:
            return {{QStringLiteral("duration_min"), 45}};
        }
    };
    eachScope([&](World &w, Scope scope) {
        const Ids &ids = w.ids;
        for (int k = 0; k < kKinds; ++k) {
            const Entity &e = kEntities[k];
            auto as = w.actorWith(allBut(e.perm, PermAction::Edit, scope));
            for (int o = 0; o < kOwners; ++o) {
                INFO("edit " << ids.name[k][o].toStdString());
                expectOutcome(w, inScope(scope, o), ids.name[k][o], [&] {
                    return Records(*as).update(e.kind, ids.record[k][o], patchFor(e.kind));
                });
                if (e.kind != EntityKind::Deal)
                    continue;
                INFO("move stage of " << ids.name[k][o].toStdString());
                expectOutcome(w, inScope(scope, o), ids.name[k][o], [&] {
                    return Board(*as, ids.main).move(ids.record[k][o], ids.mainStage[1]);
                });
                // Notes on the card are an edit of the record too.
                INFO("add a note to " << ids.name[k][o].toStdString());
                expectOutcome(w, inScope(scope, o), ids.name[k][o], [&] {
                    return statusOf(
                        Records(*as).addNote(e.kind, ids.record[k][o], QStringLiteral("Note")));
                });
            }
        }
    });
}

TEST_CASE("enforcement_bulkEditsApplyInScopeAndNameEveryRefusedRecord")
{
    struct Op
    {
        const char *name;
        PermAction action;
        bool dealsOnly;
        std::function<Result<BulkResult>(Session &, EntityKind, const QList<qint64> &, const Ids &)>
            run;
    };
    const QList<Op> ops{
        {"set a field", PermAction::Edit, false,
         [](Session &s, EntityKind kind, const QList<qint64> &list, const Ids &) {
             const QString key = kind == EntityKind::Deal      ? QStringLiteral("source")
                                 : kind == EntityKind::Contact ? QStringLiteral("position")
                                                               : QStringLiteral("address");
             return BulkEdit(s, kind).setField(list, key, QStringLiteral("Bulk"));
         }},
        {"add a tag", PermAction::Edit, false,
         [](Session &s, EntityKind kind, const QList<qint64> &list, const Ids &) {
             return BulkEdit(s, kind).addTags(list, {QStringLiteral("bulk")});
         }},
        {"set the stage", PermAction::Edit, true,
         [](Session &s, EntityKind, const QList<qint64> &list, const Ids &ids) {
             return RecordList(s, EntityKind::Deal).setStage(list, ids.mainStage[1]);
         }},
        {"delete", PermAction::Delete, false,
         [](Session &s, EntityKind kind, const QList<qint64> &list, const Ids &) {
             return BulkEdit(s, kind).remove(list);
         }},
    };
    for (const Op &op : ops)
        eachScope([&](World &w, Scope scope) {
            const Ids &ids = w.ids;
            for (EntityKind kind : {EntityKind::Deal, EntityKind::Contact, EntityKind::Company}) {
                if (op.dealsOnly && kind != EntityKind::Deal)
                    continue;
                const int k = indexOf(kind);
                INFO("bulk " << op.name << " on " << kEntities[k].label);
                auto as = w.actorWith(allBut(kEntities[k].perm, op.action, scope));
                QList<qint64> allowed, refused;
                for (int o = 0; o < kOwners; ++o)
                    (inScope(scope, o) ? allowed : refused) << ids.record[k][o];
                // The refused records alone: nothing applied, each named, nothing written.
                const QString before = canonicalDump(*w.db);
                const Result<BulkResult> no = op.run(*as, kind, refused, ids);
                REQUIRE(no.ok());
                CHECK(no->applied == 0);
                REQUIRE(no->refused.size() == refused.size());
                for (const BulkResult::Refusal &r : no->refused) {
                    CHECK(refused.contains(r.id));
                    CHECK(r.name == w.nameOf(kind, r.id));
                    CHECK(r.message.contains(r.name));
                    CHECK(no->summary().contains(r.name));
                }
                CHECK(canonicalDump(*w.db) == before);
                // Everything together: the allowed ones are applied.
                QList<qint64> together = allowed + refused;
                // What a list says before the edit runs agrees with what the edit refuses.
                const Result<QList<qint64>> foreseen =
                    BulkEdit(*as, kind).permitted(together, op.action);
                REQUIRE(foreseen.ok());
                CHECK(*foreseen == allowed);
                const Result<BulkResult> mixed = op.run(*as, kind, together, ids);
                REQUIRE(mixed.ok());
                CHECK(mixed->applied == allowed.size());
                CHECK(mixed->refused.size() == refused.size());
            }
        });
}

TEST_CASE("enforcement_deleteRestoreAndTheRecycleBinOnlyInScope")
{
    eachScope([](World &w, Scope scope) {
        const Ids &ids = w.ids;
        for (int k = 0; k < kKinds; ++k) {
            const Entity &e = kEntities[k];
            auto as = w.actorWith(allBut(e.perm, PermAction::Delete, scope));
            for (int o = 0; o < kOwners; ++o) {
                INFO("delete " << ids.name[k][o].toStdString());
                expectOutcome(w, inScope(scope, o), ids.name[k][o],
                              [&] { return Records(*as).remove(e.kind, ids.record[k][o]); });
            }
            // Everything in the bin, then restore with the same scope.
            for (int o = 0; o < kOwners; ++o)
                REQUIRE(Records(*w.admin).remove(e.kind, ids.record[k][o]).ok());
            for (int o = 0; o < kOwners; ++o) {
                INFO("restore " << ids.name[k][o].toStdString());
                const bool bin = e.kind == EntityKind::Contact || e.kind == EntityKind::Company;
                expectOutcome(w, inScope(scope, o), ids.name[k][o], [&] {
                    return bin ? RecycleBin(*as).restore(e.kind, ids.record[k][o])
                               : Records(*as).restore(e.kind, ids.record[k][o]);
                });
            }
            if (e.kind != EntityKind::Contact && e.kind != EntityKind::Company)
                continue;
            // The bin lists what the view right lets through.
            for (int o = 0; o < kOwners; ++o)
                REQUIRE(Records(*w.admin).remove(e.kind, ids.record[k][o]).ok());
            auto viewer = w.actorWith(allBut(e.perm, PermAction::View, scope));
            const Result<BinPage> page = RecycleBin(*viewer).list(e.kind);
            REQUIRE(page.ok());
            IdSet expected;
            for (int o = 0; o < kOwners; ++o)
                if (inScope(scope, o))
                    expected.insert(ids.record[k][o]);
            INFO("recycle bin of " << e.label);
            CHECK(idsOf(page->rows, [](const DeletedRecord &r) { return r.id; }) == expected);
        }
    });
}

TEST_CASE("enforcement_mergeNeedsEditOfTheSurvivorAndDeleteOfTheOther")
{
    eachScope([](World &w, Scope scope) {
        const Ids &ids = w.ids;
        for (EntityKind kind : {EntityKind::Contact, EntityKind::Company}) {
            const int k = indexOf(kind);
            const Entity &e = kEntities[k];
            Records admin(*w.admin);
            // Into each record (the survivor, edit narrowed) a spare of the actor's is merged.
            auto editor = w.actorWith(allBut(e.perm, PermAction::Edit, scope));
            for (int o = 0; o < kOwners; ++o) {
                INFO("merge a spare into " << ids.name[k][o].toStdString());
                const qint64 spare = *admin.create(
                    kind, {{QStringLiteral("name"), QStringLiteral("Spare %1").arg(o)},
                           {QStringLiteral("responsible_id"), ids.actor}});
                expectOutcome(w, inScope(scope, o), ids.name[k][o], [&] {
                    return statusOf(Merge(*editor).merge({kind, ids.record[k][o], spare}));
                });
            }
            // Each record (the loser, delete narrowed) merged into a keeper of the actor's.
            auto deleter = w.actorWith(allBut(e.perm, PermAction::Delete, scope));
            const qint64 keeper =
                *admin.create(kind, {{QStringLiteral("name"), QStringLiteral("Keeper")},
                                     {QStringLiteral("responsible_id"), ids.actor}});
            for (int o = 0; o < kOwners; ++o) {
                INFO("merge " << ids.name[k][o].toStdString() << " into a keeper");
                expectOutcome(w, inScope(scope, o), ids.name[k][o], [&] {
                    return statusOf(Merge(*deleter).merge({kind, keeper, ids.record[k][o]}));
                });
            }
            // Without the view right the pair cannot even be compared.
            auto blind = w.actorWith(allBut(e.perm, PermAction::View, scope));
            for (int o = 0; o < kOwners; ++o) {
                INFO("merge fields of the keeper and " << ids.name[k][o].toStdString());
                const Result<QList<MergeField>> fields =
                    Merge(*blind).fields(kind, keeper, ids.record[k][o]);
                CHECK(fields.ok() == (inScope(scope, Actor) && inScope(scope, o)));
                if (!fields)
                    CHECK(fields.error().code == Error::Code::Permission);
            }
        }
    });
}

TEST_CASE("enforcement_pipelineCapsNarrowTheDealsOfThatPipeline")
{
    // A pipeline may be hidden (None) or limited to the user's own deals (Own); All stands
    // for no cap at all.
    for (Scope scope : {Scope::None, Scope::Own, Scope::All}) {
        INFO("cap " << kScopeNames[int(scope)] << " on the second pipeline");
        World w;
        const Ids &ids = w.ids;
        const int deal = indexOf(EntityKind::Deal);
        QHash<qint64, Scope> caps;
        if (scope != Scope::All)
            caps.insert(ids.second, scope);
        auto as = w.actorWith(RoleMatrix::filled(Scope::All), caps);
        IdSet expected, expectedSecond;
        for (int o = 0; o < kOwners; ++o) {
            expected.insert(ids.record[deal][o]); // the main pipeline is not capped
            if (inScope(scope, o)) {
                expected.insert(ids.secondDeal[o]);
                expectedSecond.insert(ids.secondDeal[o]);
            }
        }
        bool offered = false;
        for (const PipelineInfo &p : as->visiblePipelines())
            offered = offered || p.id == ids.second;
        CHECK(offered == (scope != Scope::None));
        for (int o = 0; o < kOwners; ++o) {
            INFO(ids.secondDealName[o].toStdString());
            CHECK(Records(*as).load(EntityKind::Deal, ids.secondDeal[o]).ok() == inScope(scope, o));
        }
        const Result<ListPage> all = RecordList(*as, EntityKind::Deal).fetch({});
        REQUIRE(all.ok());
        CHECK(IdSet(all->ids.cbegin(), all->ids.cend()) == expected);
        ListQuery second;
        second.pipelineId = ids.second;
        CHECK(*RecordList(*as, EntityKind::Deal).count(second) == qint64(expectedSecond.size()));
        const Result<QList<BoardColumn>> board = Board(*as, ids.second).load();
        REQUIRE(board.ok());
        IdSet cards;
        for (const BoardColumn &c : *board)
            for (const BoardCard &card : c.cards)
                cards.insert(card.id);
        CHECK(cards == expectedSecond);
        const Result<QList<SearchHit>> hits =
            Search(*as).find(QStringLiteral("second quokka"), 50, EntityKind::Deal);
        REQUIRE(hits.ok());
        CHECK(idsOf(*hits, [](const SearchHit &h) { return h.id; }) == expectedSecond);
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        const Result<qint64> exported =
            RecordList(*as, EntityKind::Deal).exportCsv({}, {QStringLiteral("name")}, csv);
        REQUIRE(exported.ok());
        CHECK(*exported == qint64(expected.size()));
        for (int o = 0; o < kOwners; ++o) {
            INFO("move " << ids.secondDealName[o].toStdString());
            expectOutcome(w, inScope(scope, o), ids.secondDealName[o], [&] {
                return Board(*as, ids.second).move(ids.secondDeal[o], ids.secondStage[1]);
            });
        }
    }
}
