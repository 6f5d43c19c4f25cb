// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
//
// Every undoable settings action as an AdminCommand step: done, undone and redone, each way one
// transaction with origin Undo in the history, each leaving the settings exactly as they were
// before it (undo) or after it (redo); and an undo that refuses to overwrite what a colleague
// changed since, naming it.
#include "support/catch.h"
#include "support/commits.h"
#include "uifixture.h"

#include "core/services/admin.h"
#include "core/services/backups.h"
#include "core/services/fieldsetup.h"
#include "core/services/pipelinesetup.h"
#include "core/services/records.h"
#include "core/storage/database.h"
#include "ui/settings/dealmovejob.h"
#include "ui/settings/departmentspage.h"
#include "ui/settings/movedealsdialog.h"
#include "ui/settings/pipelinespage.h"
#include "ui/settings/removalcommand.h"
#include "ui/settings/pipelinesetupwidget.h"
#include "ui/settings/rolespage.h"
#include "ui/settings/stagelistwidget.h"
#include "ui/widgets/admincommand.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QToolButton>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <sqlite3.h>

#include <functional>
#include <utility>

using namespace Voronka;
using Voronka::Core::Origin;
using Voronka::Core::Status;
using Voronka::Test::Commits;
using Voronka::Test::UiFixture;

namespace {

// The settings as a user sees them, as text: the live rows of every settings table plus the
// owner and stage of every record (what a handover or a stage change moves). Ids, uids,
// clocks and times are left out and references are written as the referenced row's name, so a
// row deleted and made again under a new id (the undo of a deletion) reads as it did. Users
// are never deleted: undoing a creation deactivates, so only active users are listed.
QString settingsState(Core::Database &db)
{
    static const QStringList tables{
        QStringLiteral("departments"), QStringLiteral("roles"),       QStringLiteral("users"),
        QStringLiteral("pipelines"),   QStringLiteral("stages"),      QStringLiteral("tags"),
        QStringLiteral("loss_reasons"), QStringLiteral("task_types"), QStringLiteral("field_defs"),
        QStringLiteral("stage_automations"), QStringLiteral("settings"), QStringLiteral("deals"),
        QStringLiteral("contacts"),    QStringLiteral("tasks"),       QStringLiteral("entity_tags")};
    static const QStringList skip{QStringLiteral("id"),         QStringLiteral("uid"),
                                  QStringLiteral("created_at"), QStringLiteral("updated_at"),
                                  QStringLiteral("hlc"),        QStringLiteral("author_id"),
                                  QStringLiteral("stage_entered_at")};
    static const QHash<QString, QString> refs{
        {QStringLiteral("role_id"), QStringLiteral("roles")},
        {QStringLiteral("department_id"), QStringLiteral("departments")},
        {QStringLiteral("pipeline_id"), QStringLiteral("pipelines")},
        {QStringLiteral("stage_id"), QStringLiteral("stages")},
        {QStringLiteral("required_from_stage_id"), QStringLiteral("stages")},
        {QStringLiteral("responsible_id"), QStringLiteral("users")},
        {QStringLiteral("loss_reason_id"), QStringLiteral("loss_reasons")},
        {QStringLiteral("tag_id"), QStringLiteral("tags")}};
    const auto nameOf = [&db](const QString &table, const QVariant &id) {
        if (id.isNull())
            return QStringLiteral("-");
        Core::Query q =
            db.sql().prepare(QStringLiteral("SELECT name FROM %1 WHERE id = ?1").arg(table));
        q->bind(1, id.toLongLong());
        const QString name = q->step() ? q->text(0) : QStringLiteral("?");
        q->reset();
        return name;
    };
    QStringList out;
    for (const QString &table : tables) {
        const QString where = table == u"users"         ? QStringLiteral(" WHERE deleted = 0 AND active = 1")
                              : table == u"entity_tags" ? QString()
                                                        : QStringLiteral(" WHERE deleted = 0");
        QStringList columns;
        {
            Core::Query info =
                db.sql().prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
            while (info->step())
                columns << info->text(1);
        }
        Core::Query q = db.sql().prepare(
            QStringLiteral("SELECT %1 FROM %2%3").arg(columns.join(u','), table, where));
        QStringList rows;
        while (q->step()) {
            QStringList cells;
            for (int c = 0; c < columns.size(); ++c) {
                const QString &col = columns.at(c);
                if (skip.contains(col))
                    continue;
                const QVariant v = q->value(c);
                cells << col + u'=' +
                             (refs.contains(col) ? nameOf(refs.value(col), v)
                              : v.isNull()       ? QStringLiteral("NULL")
                                                 : v.toString());
            }
            rows << cells.join(u'|');
        }
        rows.sort();
        out << table + u':' << rows;
    }
    return out.join(u'\n');
}

qint64 maxId(Core::Database &db, const char *table)
{
    return db.sql().scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1")
                               .arg(QLatin1String(table))
                               .toUtf8()
                               .constData());
}

qint64 countAfter(Core::Database &db, const QString &sql, qint64 after)
{
    Core::Query q = db.sql().prepare(sql);
    q->bind(1, after);
    const qint64 n = q->step() ? q->int64(0) : 0;
    q->reset();
    return n;
}

template<typename T> Status ok(const Core::Result<T> &r)
{
    return r ? Status(Core::Ok{}) : Status(r.error());
}

// A settings file with something to change in every table: two departments, a Sales role with
// a member holding a deal and a contact, a tag, two loss reasons, a task type, a custom field.
struct Fixture : UiFixture
{
    qint64 north = 0, south = 0, sales = 0, mia = 0, tag = 0, price = 0, timing = 0, call = 0,
           field = 0, pipeline = 0;
    QStringList reports; // what the steps reported as refused
    Fixture()
    {
        Core::Admin a(*admin);
        north = *a.createDepartment(QStringLiteral("North"));
        south = *a.createDepartment(QStringLiteral("South"));
        sales = *a.createRole(QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::Own));
        mia = addUser(QStringLiteral("mia@example.com"), sales, north);
        price = *a.createLossReason(QStringLiteral("Price"));
        timing = *a.createLossReason(QStringLiteral("Timing"));
        call = *a.createTaskType(QStringLiteral("Call"), QStringLiteral("phone"),
                                 QStringLiteral("#2F80ED"));
        Core::FieldDef def;
        def.kind = Core::EntityKind::Deal;
        def.name = QStringLiteral("Source");
        def.type = Core::FieldType::Select;
        def.options = QStringList{QStringLiteral("Web"), QStringLiteral("Call")};
        field = *a.createFieldDef(def);
        Core::FieldDef second = def;
        second.name = QStringLiteral("Region");
        second.type = Core::FieldType::Text;
        second.options.clear();
        REQUIRE(a.createFieldDef(second).ok());
        pipeline = admin->pipelines().constFirst().id;
        Core::Records r(*admin);
        REQUIRE(r.create(Core::EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Windows")},
                                                  {QStringLiteral("responsible_id"), mia},
                                                  {QStringLiteral("tags"),
                                                   QStringList{QStringLiteral("vip")}}})
                    .ok());
        REQUIRE(r.create(Core::EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Anna")},
                                                     {QStringLiteral("responsible_id"), mia}})
                    .ok());
        tag = Core::Admin(*admin).tags()->constFirst().id;
    }

    Core::Admin adminOf(const Origin &o) { return Core::Admin(*admin, o); }
    Core::PipelineSetup setupOf(const Origin &o) { return Core::PipelineSetup(*admin, o); }
    Core::FieldSetup fieldsOf(const Origin &o) { return Core::FieldSetup(*admin, o); }

    QUndoCommand *step(const char *text, Ui::AdminCommand::Step redo, Ui::AdminCommand::Step undo)
    {
        return new Ui::AdminCommand(*admin, QString::fromLatin1(text), std::move(redo),
                                    std::move(undo), [this](const Status &st) {
                                        if (!st)
                                            reports << st.error().message;
                                    });
    }
    // A step that sets a value and sets the old one back.
    template<typename V>
    QUndoCommand *flip(const char *text, V before, V after,
                       std::function<Status(const Origin &, const V &)> set)
    {
        return step(
            text, [set, after](const Origin &o) { return set(o, after); },
            [set, before](const Origin &o) { return set(o, before); });
    }
    qint64 openStage(int i) { return firstOpenStage(i); }
    // Ties a stage to the setup as a deletion has to undo: deals (one in the recycle bin), an
    // automation of its own, moves into it from the stage its deals go to (deleted with it)
    // and from another (pointed at the target instead), and a field required from it.
    void tieStage(qint64 stage, qint64 target, qint64 other)
    {
        Core::Records r(*admin);
        REQUIRE(r.create(Core::EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Porch")},
                                                  {QStringLiteral("stage_id"), stage}})
                    .ok());
        const qint64 binned =
            *r.create(Core::EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Attic")},
                                               {QStringLiteral("stage_id"), stage}});
        REQUIRE(r.remove(Core::EntityKind::Deal, binned).ok());
        Core::Admin a(*admin);
        REQUIRE(a.createAutomation({0, stage, Core::AutomationAction::AddTag, false,
                                    {{QStringLiteral("tag"), QStringLiteral("hot")}}, 0})
                    .ok());
        for (qint64 from : {target, other})
            REQUIRE(a.createAutomation({0, from, Core::AutomationAction::MoveToStage, false,
                                        {{QStringLiteral("stage_id"), stage}}, 0})
                        .ok());
        Core::FieldDef def;
        def.kind = Core::EntityKind::Deal;
        def.name = QStringLiteral("Contract");
        def.requiredFromStageId = stage;
        REQUIRE(a.createFieldDef(def).ok());
    }
    // The step the pipelines page makes of a deletion that moves deals.
    QUndoCommand *removal(bool pipeline, qint64 id, qint64 target)
    {
        using Kind = Ui::DealMoveJob::Kind;
        return new Ui::RemovalCommand(*admin, pipeline ? Kind::Pipeline : Kind::Stage, id, target,
                                      0, QStringLiteral("Delete"), nullptr,
                                      [this](const Status &st, const QString &) {
                                          if (!st)
                                              reports << st.error().message;
                                      });
    }
    qint64 automation(qint64 stage)
    {
        return *Core::Admin(*admin).createAutomation(
            {0, stage, Core::AutomationAction::CreateTask, false,
             {{QStringLiteral("text"), QStringLiteral("Call back")},
              {QStringLiteral("due_minutes"), 60}},
             0});
    }
    QList<qint64> openStages()
    {
        QList<qint64> out;
        for (const Core::StageInfo &s : admin->pipelines().constFirst().stages)
            if (s.kind == Core::StageKind::Open)
                out << s.id;
        return out;
    }
};

struct Action
{
    const char *name;
    std::function<QUndoCommand *(Fixture &)> make;
    // What a colleague changes after the step, among what it wrote: its undo must refuse.
    std::function<Status(Fixture &, Core::Session &colleague)> interfere = {};
};

Status moveContract(Fixture &f, Core::Session &colleague)
{
    const qint64 id = f.db->sql().scalar("SELECT id FROM field_defs WHERE name = 'Contract'");
    Core::FieldDef def = *colleague.fieldDef(id);
    def.requiredFromStageId = colleague.stageOfKind(f.pipeline, Core::StageKind::Won);
    return Core::FieldSetup(colleague).update(def);
}

Status editLastAutomation(Fixture &f, Core::Session &colleague)
{
    const qint64 id = f.db->sql().scalar("SELECT max(id) FROM stage_automations");
    Core::StageAutomation a =
        Core::PipelineSetup(colleague).automations(f.openStage(0)).constLast();
    REQUIRE(a.id == id);
    a.onCreate = !a.onCreate;
    return Core::PipelineSetup(colleague).updateAutomation(a);
}

// The steps as the settings pages build them (ui/settings/*).
const QList<Action> &actions()
{
    using F = Fixture;
    static const QList<Action> list{
        {"department create",
         [](F &f) {
             auto id = std::make_shared<qint64>(0);
             return f.step(
                 "Add department",
                 [&f, id](const Origin &o) -> Status {
                     Core::Result<qint64> made = f.adminOf(o).createDepartment(QStringLiteral("East"));
                     if (made)
                         *id = *made;
                     return ok(made);
                 },
                 [&f, id](const Origin &o) { return f.adminOf(o).deleteDepartment(*id, 0); });
         }},
        {"department rename",
         [](F &f) {
             return f.flip<QString>("Rename", QStringLiteral("North"), QStringLiteral("Nord"),
                                    [&f](const Origin &o, const QString &n) {
                                        return f.adminOf(o).renameDepartment(f.north, n);
                                    });
         }},
        {"department delete moving members",
         [](F &f) {
             auto id = std::make_shared<qint64>(f.north);
             return f.step(
                 "Delete department",
                 [&f, id](const Origin &o) { return f.adminOf(o).deleteDepartment(*id, f.south); },
                 [&f, id](const Origin &o) -> Status {
                     Core::Admin a = f.adminOf(o);
                     Core::Result<qint64> made = a.createDepartment(QStringLiteral("North"));
                     if (!made)
                         return made.error();
                     *id = *made;
                     return a.setUserDepartment(f.mia, *made);
                 });
         }},
        {"role rename",
         [](F &f) {
             return f.flip<QString>("Rename role", QStringLiteral("Sales"), QStringLiteral("Sellers"),
                                    [&f](const Origin &o, const QString &n) {
                                        return f.adminOf(o).renameRole(f.sales, n);
                                    });
         }},
        {"role matrix",
         [](F &f) {
             Core::RoleMatrix wider = Core::RoleMatrix::filled(Core::Scope::Own);
             wider.set(Core::PermEntity::Deal, Core::PermAction::View, Core::Scope::All);
             return f.flip<Core::RoleMatrix>(
                 "Matrix", Core::RoleMatrix::filled(Core::Scope::Own), wider,
                 [&f](const Origin &o, const Core::RoleMatrix &m) {
                     return f.adminOf(o).setRoleMatrix(f.sales, m);
                 });
         }},
        {"role options",
         [](F &f) {
             Core::Admin::RoleOptions more;
             more.canImport = true;
             more.analytics = Core::Scope::All;
             more.pipelineCaps.insert(f.pipeline, Core::Scope::None);
             return f.flip<Core::Admin::RoleOptions>(
                 "Options", f.adminOf({}).role(f.sales)->options, more,
                 [&f](const Origin &o, const Core::Admin::RoleOptions &opt) {
                     return f.adminOf(o).setRoleOptions(f.sales, opt);
                 });
         }},
        {"role admin",
         [](F &f) {
             return f.flip<bool>("Admin", false, true, [&f](const Origin &o, const bool &on) {
                 return f.adminOf(o).setRoleAdmin(f.sales, on);
             });
         }},
        {"role clone",
         [](F &f) {
             auto id = std::make_shared<qint64>(0);
             return f.step(
                 "Clone",
                 [&f, id](const Origin &o) -> Status {
                     Core::Result<qint64> made =
                         f.adminOf(o).cloneRole(f.sales, QStringLiteral("Sales (copy)"));
                     if (made)
                         *id = *made;
                     return ok(made);
                 },
                 [&f, id](const Origin &o) { return f.adminOf(o).deleteRole(*id, f.sales); });
         }},
        {"role delete moving users",
         [](F &f) {
             const Core::Admin::RoleInfo gone = *f.adminOf({}).role(f.sales);
             const qint64 to = f.admin->user(f.adminId).roleId;
             auto id = std::make_shared<qint64>(f.sales);
             return f.step(
                 "Delete role",
                 [&f, id, to](const Origin &o) { return f.adminOf(o).deleteRole(*id, to); },
                 [&f, id, to, gone](const Origin &o) -> Status {
                     Core::Admin a = f.adminOf(o);
                     Core::Result<qint64> made = a.createRole(gone.name, gone.matrix, gone.admin);
                     if (!made)
                         return made.error();
                     *id = *made;
                     if (Status st = a.setRoleOptions(*made, gone.options); !st)
                         return st;
                     return f.admin->user(f.mia).roleId == to ? a.setUserRole(f.mia, *made)
                                                              : Status(Core::Ok{});
                 });
         }},
        {"user create",
         [](F &f) {
             auto id = std::make_shared<qint64>(0);
             return f.step(
                 "Add user",
                 [&f, id](const Origin &o) -> Status {
                     if (*id)
                         return f.adminOf(o).reactivateUser(*id);
                     Core::Result<qint64> made = f.adminOf(o).createUser(
                         QStringLiteral("leo@example.com"), QStringLiteral("Leo"),
                         QStringLiteral("hash"), f.sales, f.south);
                     if (made)
                         *id = *made;
                     return ok(made);
                 },
                 [&f, id](const Origin &o) { return ok(f.adminOf(o).deactivateUser(*id, 0)); });
         }},
        {"user edit",
         [](F &f) {
             const Core::Admin::UserEdit before{QStringLiteral("mia@example.com"),
                                                f.admin->user(f.mia).name, f.sales, f.north};
             Core::Admin::UserEdit after = before;
             after.name = QStringLiteral("Mia Stone");
             after.departmentId = f.south;
             return f.flip<Core::Admin::UserEdit>(
                 "Edit user", before, after,
                 [&f](const Origin &o, const Core::Admin::UserEdit &e) {
                     return f.adminOf(o).updateUser(f.mia, e);
                 });
         }},
        {"user deactivate with handover",
         [](F &f) {
             auto moved = std::make_shared<Core::Admin::Handover>();
             return f.step(
                 "Deactivate",
                 [&f, moved](const Origin &o) -> Status {
                     Core::Result<Core::Admin::Handover> h =
                         f.adminOf(o).deactivateUser(f.mia, f.adminId);
                     if (h)
                         *moved = *h;
                     return ok(h);
                 },
                 [&f, moved](const Origin &o) { return f.adminOf(o).reactivateUser(f.mia, *moved); });
         }},
        {"user reactivate",
         [](F &f) {
             REQUIRE(Core::Admin(*f.admin).deactivateUser(f.mia, 0).ok());
             return f.step(
                 "Reactivate", [&f](const Origin &o) { return f.adminOf(o).reactivateUser(f.mia); },
                 [&f](const Origin &o) { return ok(f.adminOf(o).deactivateUser(f.mia, 0)); });
         }},
        {"tag rename",
         [](F &f) {
             return f.flip<QString>("Rename tag", QStringLiteral("vip"), QStringLiteral("VIP"),
                                    [&f](const Origin &o, const QString &n) {
                                        return f.adminOf(o).renameTag(f.tag, n);
                                    });
         }},
        {"tag merge",
         [](F &f) {
             REQUIRE(Core::Records(*f.admin)
                         .create(Core::EntityKind::Contact,
                                 {{QStringLiteral("name"), QStringLiteral("Vera")},
                                  {QStringLiteral("tags"),
                                   QStringList{QStringLiteral("vip"), QStringLiteral("hot")}}})
                         .ok());
             const qint64 hot = f.db->sql().scalar("SELECT id FROM tags WHERE name = 'hot'");
             auto carriers = std::make_shared<Core::Admin::TagCarriers>();
             return f.step(
                 "Merge tag",
                 [&f, hot, carriers](const Origin &o) -> Status {
                     Core::Admin a = f.adminOf(o);
                     *carriers = *a.tagCarriers(f.tag, hot);
                     return a.mergeTags(f.tag, hot);
                 },
                 [&f, hot, carriers](const Origin &o) {
                     return f.adminOf(o).restoreTag(f.tag, *carriers, hot);
                 });
         }},
        {"tag delete",
         [](F &f) {
             auto carriers = std::make_shared<Core::Admin::TagCarriers>();
             return f.step(
                 "Delete tag",
                 [&f, carriers](const Origin &o) -> Status {
                     Core::Admin a = f.adminOf(o);
                     *carriers = *a.tagCarriers(f.tag);
                     return a.deleteTag(f.tag);
                 },
                 [&f, carriers](const Origin &o) {
                     return f.adminOf(o).restoreTag(f.tag, *carriers);
                 });
         }},
        {"loss reason rename",
         [](F &f) {
             return f.flip<QString>("Rename reason", QStringLiteral("Price"),
                                    QStringLiteral("Too expensive"),
                                    [&f](const Origin &o, const QString &n) {
                                        return f.adminOf(o).renameLossReason(f.price, n);
                                    });
         }},
        {"loss reason reorder",
         [](F &f) {
             return f.flip<QList<qint64>>("Move reason", {f.price, f.timing}, {f.timing, f.price},
                                          [&f](const Origin &o, const QList<qint64> &ids) {
                                              return f.adminOf(o).reorderLossReasons(ids);
                                          });
         }},
        {"loss reason archive",
         [](F &f) {
             return f.flip<bool>("Archive reason", false, true, [&f](const Origin &o, const bool &a) {
                 return f.adminOf(o).setLossReasonArchived(f.price, a);
             });
         }},
        {"task type create",
         [](F &f) {
             auto id = std::make_shared<qint64>(0);
             return f.step(
                 "Add task type",
                 [&f, id](const Origin &o) -> Status {
                     if (*id)
                         return f.adminOf(o).restoreTaskType(*id);
                     Core::Result<qint64> made = f.adminOf(o).createTaskType(
                         QStringLiteral("Visit"), QStringLiteral("task"), QStringLiteral("#27AE60"));
                     if (made)
                         *id = *made;
                     return ok(made);
                 },
                 [&f, id](const Origin &o) { return f.adminOf(o).removeTaskType(*id); });
         }},
        {"task type delete",
         [](F &f) {
             return f.step(
                 "Delete task type",
                 [&f](const Origin &o) { return f.adminOf(o).removeTaskType(f.call); },
                 [&f](const Origin &o) { return f.adminOf(o).restoreTaskType(f.call); });
         }},
        {"task type update",
         [](F &f) {
             using P = std::pair<QString, QString>;
             return f.flip<P>("Rename task type", P{QStringLiteral("Call"), QStringLiteral("#2F80ED")},
                              P{QStringLiteral("Ring"), QStringLiteral("#EB5757")},
                              [&f](const Origin &o, const P &p) {
                                  return f.adminOf(o).updateTaskType(f.call, p.first, p.second);
                              });
         }},
        {"general setting",
         [](F &f) {
             Core::Admin::General before = Core::Admin::general(*f.db);
             before.companyName = QStringLiteral("Acme");
             before.weekStart = 7;
             REQUIRE(Core::Admin(*f.admin).setGeneral(before).ok());
             Core::Admin::General after = before;
             after.companyName = QStringLiteral("Voronka LLC");
             after.weekStart = 1;
             return f.flip<Core::Admin::General>(
                 "General", before, after, [&f](const Origin &o, const Core::Admin::General &g) {
                     return f.adminOf(o).setGeneral(g);
                 });
         }},
        {"pipeline rename",
         [](F &f) {
             return f.flip<QString>("Rename pipeline", QStringLiteral("Sales"),
                                    QStringLiteral("Retail"),
                                    [&f](const Origin &o, const QString &n) {
                                        return f.setupOf(o).renamePipeline(f.pipeline, n);
                                    });
         }},
        {"pipeline create",
         [](F &f) {
             auto id = std::make_shared<qint64>(0);
             auto stages = std::make_shared<QList<qint64>>();
             return f.step(
                 "Add pipeline",
                 [&f, id, stages](const Origin &o) -> Status {
                     if (*id)
                         return f.setupOf(o).restorePipeline(*id, *stages);
                     Core::Result<qint64> made = f.adminOf(o).createPipeline(
                         QStringLiteral("Rentals"),
                         {{QStringLiteral("Lead"), QStringLiteral("#99CCFF"), 10}});
                     if (made)
                         *id = *made;
                     return ok(made);
                 },
                 [&f, id, stages](const Origin &o) -> Status {
                     Core::Result<QList<qint64>> gone = f.setupOf(o).withdrawPipeline(*id);
                     if (gone)
                         *stages = *gone;
                     return ok(gone);
                 });
         }},
        {"stage add",
         [](F &f) {
             auto id = std::make_shared<qint64>(0);
             return f.step(
                 "Add stage",
                 [&f, id](const Origin &o) -> Status {
                     if (*id)
                         return f.setupOf(o).restoreStage(*id, 1);
                     Core::Result<qint64> made = f.setupOf(o).createStage(
                         f.pipeline, 1, QStringLiteral("Qualified"), QStringLiteral("#FFCC66"));
                     if (made)
                         *id = *made;
                     return ok(made);
                 },
                 [&f, id](const Origin &o) { return f.setupOf(o).withdrawStage(*id); });
         }},
        {"stage rename",
         [](F &f) {
             const qint64 stage = f.openStage(1);
             return f.flip<QString>("Rename stage", f.admin->stage(stage)->name,
                                    QStringLiteral("Переговоры"),
                                    [&f, stage](const Origin &o, const QString &n) {
                                        return f.setupOf(o).renameStage(stage, n);
                                    });
         }},
        {"stage recolor",
         [](F &f) {
             const qint64 stage = f.openStage(0);
             return f.flip<QString>("Recolour stage", f.admin->stage(stage)->color,
                                    QStringLiteral("#EB5757"),
                                    [&f, stage](const Origin &o, const QString &c) {
                                        return f.setupOf(o).setStageColor(stage, c);
                                    });
         }},
        {"stage reorder",
         [](F &f) {
             const QList<qint64> before = f.openStages();
             QList<qint64> after = before;
             after.move(0, 2);
             return f.flip<QList<qint64>>("Move stage", before, after,
                                          [&f](const Origin &o, const QList<qint64> &ids) {
                                              return f.setupOf(o).reorderStages(f.pipeline, ids);
                                          });
         }},
        {"stage probability",
         [](F &f) {
             const qint64 stage = f.openStage(0);
             return f.flip<int>("Probability", f.admin->stage(stage)->probability, 55,
                                [&f, stage](const Origin &o, const int &p) {
                                    return f.setupOf(o).setStageProbability(stage, p);
                                });
         }},
        {"stage idle days",
         [](F &f) {
             const qint64 stage = f.openStage(0);
             return f.flip<int>("Idle days", 0, 5, [&f, stage](const Origin &o, const int &d) {
                 return f.setupOf(o).setStageIdleDays(stage, d);
             });
         }},
        {"custom field create",
         [](F &f) {
             auto id = std::make_shared<qint64>(0);
             return f.step(
                 "Add field",
                 [&f, id](const Origin &o) -> Status {
                     if (*id)
                         return f.fieldsOf(o).setArchived(*id, false);
                     Core::FieldDef def;
                     def.kind = Core::EntityKind::Contact;
                     def.name = QStringLiteral("Birthday");
                     def.type = Core::FieldType::Date;
                     Core::Result<qint64> made = f.adminOf(o).createFieldDef(def);
                     if (made)
                         *id = *made;
                     return ok(made);
                 },
                 [&f, id](const Origin &o) { return f.fieldsOf(o).setArchived(*id, true); });
         }},
        {"custom field rename and options",
         [](F &f) {
             const Core::FieldDef before = *f.admin->fieldDef(f.field);
             Core::FieldDef after = before;
             after.name = QStringLiteral("Lead source");
             after.options << QStringLiteral("Fair");
             after.group = QStringLiteral("Marketing");
             return f.flip<Core::FieldDef>("Edit field", before, after,
                                           [&f](const Origin &o, const Core::FieldDef &d) {
                                               return f.fieldsOf(o).update(d);
                                           });
         }},
        {"custom field reorder",
         [](F &f) {
             return f.step(
                 "Move field", [&f](const Origin &o) { return f.fieldsOf(o).move(f.field, 1); },
                 [&f](const Origin &o) { return f.fieldsOf(o).move(f.field, -1); });
         }},
        {"custom field delete",
         [](F &f) {
             return f.flip<bool>("Archive field", false, true, [&f](const Origin &o, const bool &a) {
                 return f.fieldsOf(o).setArchived(f.field, a);
             });
         }},
    };
    return list;
}

// Deletions that move deals, stage automations and the backup schedule.
const QList<Action> &setupActions()
{
    using F = Fixture;
    static const QList<Action> list{
        {"stage delete moving its deals",
         [](F &f) {
             f.tieStage(f.openStage(0), f.openStage(1), f.openStage(2));
             return f.removal(false, f.openStage(0), f.openStage(1));
         },
         moveContract},
        {"stage delete moving its deals to another pipeline",
         [](F &f) {
             const qint64 rentals = *Core::Admin(*f.admin).createPipeline(
                 QStringLiteral("Rentals"), {{QStringLiteral("Lead"), QStringLiteral("#99CCFF"), 10}});
             const qint64 lead = f.admin->stageOfKind(rentals, Core::StageKind::Open);
             f.tieStage(f.openStage(1), lead, f.openStage(0));
             return f.removal(false, f.openStage(1), lead);
         },
         moveContract},
        {"pipeline delete moving its deals",
         [](F &f) {
             const qint64 rentals = *Core::Admin(*f.admin).createPipeline(
                 QStringLiteral("Rentals"), {{QStringLiteral("Lead"), QStringLiteral("#99CCFF"), 10},
                                             {QStringLiteral("Viewing"), QStringLiteral("#FFCC66"), 40}});
             const qint64 lead = f.admin->stageOfKind(rentals, Core::StageKind::Open);
             f.tieStage(lead, f.openStage(0), f.openStage(1));
             return f.removal(true, rentals, f.openStage(0));
         },
         moveContract},
        {"automation create",
         [](F &f) {
             auto id = std::make_shared<qint64>(0);
             return f.step(
                 "Add automation",
                 [&f, id](const Origin &o) -> Status {
                     if (*id)
                         return f.setupOf(o).restoreAutomation(*id);
                     Core::Result<qint64> made = f.adminOf(o).createAutomation(
                         {0, f.openStage(0), Core::AutomationAction::AddTag, true,
                          {{QStringLiteral("tag"), QStringLiteral("hot")}}, 0});
                     if (made)
                         *id = *made;
                     return ok(made);
                 },
                 [&f, id](const Origin &o) { return f.setupOf(o).deleteAutomation(*id); });
         },
         editLastAutomation},
        {"automation edit",
         [](F &f) {
             const qint64 stage = f.openStage(0);
             f.automation(stage);
             const Core::StageAutomation before = f.setupOf({}).automations(stage).constFirst();
             Core::StageAutomation after = before;
             after.onCreate = true;
             after.params.insert(QStringLiteral("text"), QStringLiteral("Send the offer"));
             return f.flip<Core::StageAutomation>(
                 "Edit automation", before, after,
                 [&f](const Origin &o, const Core::StageAutomation &a) {
                     return f.setupOf(o).updateAutomation(a);
                 });
         },
         editLastAutomation},
        {"automation delete",
         [](F &f) {
             const qint64 id = f.automation(f.openStage(0));
             return f.flip<bool>("Delete automation", false, true,
                                 [&f, id](const Origin &o, const bool &gone) {
                                     return gone ? f.setupOf(o).deleteAutomation(id)
                                                 : f.setupOf(o).restoreAutomation(id);
                                 });
         },
         [](F &f, Core::Session &colleague) {
             return Core::PipelineSetup(colleague).restoreAutomation(
                 f.db->sql().scalar("SELECT max(id) FROM stage_automations"));
         }},
        {"backup schedule",
         [](F &f) {
             // Stored first: an option never set reads as its default but has no row.
             Core::Backups::Schedule before = Core::Backups::schedule(*f.db);
             before.enabled = false;
             before.keep = 5;
             REQUIRE(Core::Backups::setSchedule(*f.admin, before, Origin::user()).ok());
             before.enabled = true;
             REQUIRE(Core::Backups::setSchedule(*f.admin, before, Origin::user()).ok());
             before.intervalDays = 2;
             REQUIRE(Core::Backups::setSchedule(*f.admin, before, Origin::user()).ok());
             Core::Backups::Schedule after = before;
             after.enabled = !before.enabled;
             after.intervalDays = 7;
             after.keep = 3;
             return f.flip<Core::Backups::Schedule>(
                 "Backup schedule", before, after,
                 [&f](const Origin &o, const Core::Backups::Schedule &sc) {
                     return Core::Backups::setSchedule(*f.admin, sc, o);
                 });
         },
         [](F &, Core::Session &colleague) {
             Core::Backups::Schedule sc = Core::Backups::schedule(colleague.db());
             sc.keep = 9;
             return Core::Backups::setSchedule(colleague, sc, Origin::user());
         }},
    };
    return list;
}

// One direction of a step: one commit, the exact expected state, history written as Undo.
void checkRun(Fixture &f, QUndoStack &stack, bool undo, const QString &expected)
{
    Commits commits(*f.db);
    const qint64 history = maxId(*f.db, "history");
    const qint64 outbox = maxId(*f.db, "outbox");
    undo ? stack.undo() : stack.redo();
    INFO((undo ? "undo" : "redo"));
    CHECK(f.reports.isEmpty());
    CHECK(commits.take() == 1);
    CHECK(settingsState(*f.db) == expected);
    CHECK(countAfter(*f.db, QStringLiteral("SELECT count(*) FROM outbox WHERE id > ?1"), outbox) >
          0);
    CHECK(countAfter(*f.db, QStringLiteral("SELECT count(*) FROM history WHERE id > ?1 AND origin <> 2"),
                     history) == 0);
}

} // namespace

TEST_CASE("settingsUndo_everyActionUndoneAndRedone_exactlyInOneTransactionAsUndo")
{
    for (const Action &action : actions() + setupActions()) {
        DYNAMIC_SECTION(action.name)
        {
            Fixture f;
            QUndoStack stack;
            QUndoCommand *step = action.make(f);
            const QString before = settingsState(*f.db);
            const qint64 history = maxId(*f.db, "history");
            {
                Commits commits(*f.db);
                stack.push(step); // the first run: the user's own change
                CHECK(commits.take() == 1);
            }
            REQUIRE(f.reports.isEmpty());
            REQUIRE(stack.count() == 1);
            const QString after = settingsState(*f.db);
            REQUIRE(after != before);
            CHECK(countAfter(*f.db,
                             QStringLiteral("SELECT count(*) FROM history WHERE id > ?1 AND "
                                            "origin <> 0"),
                             history) == 0);
            const qint64 undoHistory = maxId(*f.db, "history");
            checkRun(f, stack, true, before);
            checkRun(f, stack, false, after);
            checkRun(f, stack, true, before);
            // The undo and redo left history, all of it marked Undo.
            CHECK(countAfter(*f.db,
                             QStringLiteral("SELECT count(*) FROM history WHERE id > ?1 AND "
                                            "origin = 2"),
                             undoHistory) > 0);
            CHECK(stack.count() == 1);
        }
    }
}

TEST_CASE("settingsUndo_aColleaguesLaterChange_isNamedAndKept")
{
    Fixture f;
    const qint64 bossRole =
        *Core::Admin(*f.admin).createRole(QStringLiteral("Boss"),
                                          Core::RoleMatrix::filled(Core::Scope::All), true);
    auto colleague = f.sessionFor(f.addUser(QStringLiteral("boss@example.com"), bossRole));
    const qint64 stage = f.openStage(1);
    const QString original = f.admin->stage(stage)->name;
    QUndoStack stack;
    stack.push(f.flip<QString>("Rename stage", original, QStringLiteral("Talks"),
                               [&f, stage](const Origin &o, const QString &n) {
                                   return f.setupOf(o).renameStage(stage, n);
                               }));
    REQUIRE(f.reports.isEmpty());

    SECTION("the undo refuses and leaves the colleague's name")
    {
        REQUIRE(Core::PipelineSetup(*colleague).renameStage(stage, QStringLiteral("Переговоры")).ok());
        const QString state = settingsState(*f.db);
        Commits commits(*f.db);
        stack.undo();
        REQUIRE(f.reports.size() == 1);
        CHECK(f.reports.constFirst() ==
              u"Stage «Переговоры» was changed by someone else since; left as it is.");
        CHECK(settingsState(*f.db) == state);
        CHECK(commits.take() == 0);
        f.admin->invalidate();
        CHECK(f.admin->stage(stage)->name == u"Переговоры");
        CHECK(stack.count() == 0); // the step that cannot apply is dropped
    }
    SECTION("a change elsewhere in the settings does not stop it")
    {
        REQUIRE(Core::Admin(*colleague).renameDepartment(f.north, QStringLiteral("Nord")).ok());
        stack.undo();
        CHECK(f.reports.isEmpty());
        f.admin->invalidate();
        CHECK(f.admin->stage(stage)->name == original);
    }
    SECTION("the colleague's change undone again lets the redo through after the undo")
    {
        stack.undo();
        REQUIRE(Core::PipelineSetup(*colleague).renameStage(stage, QStringLiteral("Closing")).ok());
        stack.redo();
        REQUIRE(f.reports.size() == 1);
        CHECK(f.reports.constFirst().contains(u"«Closing»"));
        f.admin->invalidate();
        CHECK(f.admin->stage(stage)->name == u"Closing");
    }
}

TEST_CASE("settingsUndo_aRefusedStepWritesNothing")
{
    Fixture f;
    QUndoStack stack;
    // A rename and a refused part in one step: the whole step rolls back.
    stack.push(f.step(
        "Two renames",
        [&f](const Origin &o) -> Status {
            if (Status st = f.adminOf(o).renameDepartment(f.north, QStringLiteral("Nord")); !st)
                return st;
            return f.adminOf(o).renameDepartment(f.south, QString());
        },
        [](const Origin &) { return Status(Core::Ok{}); }));
    REQUIRE(f.reports.size() == 1);
    CHECK(stack.count() == 0);
    CHECK(f.db->sql().scalar("SELECT count(*) FROM departments WHERE name = 'North'") == 1);
}

// --- Through the pages ---

namespace {
template<typename T> T *child(QWidget &w, const char *name)
{
    auto *c = w.findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(c);
    return c;
}

void pressUndo(QWidget &page, QWidget *focus, bool redo = false)
{
    QApplication::setActiveWindow(&page);
    focus->setFocus();
    QCoreApplication::processEvents();
    QTest::keyClick(focus, Qt::Key_Z,
                    redo ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
    QCoreApplication::processEvents();
}
} // namespace

TEST_CASE("pipelinesPage_ctrlZAfterAColleagueRenamedTheStage_namesItAndKeepsTheirName")
{
    Fixture f;
    const qint64 bossRole = *Core::Admin(*f.admin).createRole(
        QStringLiteral("Boss"), Core::RoleMatrix::filled(Core::Scope::All), true);
    auto colleague = f.sessionFor(f.addUser(QStringLiteral("boss@example.com"), bossRole));
    Ui::PipelinesPage page(*f.admin);
    page.show();
    auto *stages = page.findChild<Ui::StageListWidget *>();
    REQUIRE(stages);
    const qint64 stage = f.openStage(1);
    for (int r = 0; r < stages->count(); ++r)
        if (stages->item(r)->data(Ui::StageListWidget::StageIdRole).toLongLong() == stage)
            stages->setCurrentRow(r);
    auto *name = child<QLineEdit>(page, "stageNameEdit");
    name->setText(QStringLiteral("Talks"));
    QTest::keyClick(name, Qt::Key_Return);
    REQUIRE(f.admin->stage(stage)->name == u"Talks");

    REQUIRE(Core::PipelineSetup(*colleague).renameStage(stage, QStringLiteral("Переговоры")).ok());
    pressUndo(page, stages);
    f.admin->invalidate();
    CHECK(f.admin->stage(stage)->name == u"Переговоры");
    auto *error = child<QLabel>(page, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text() == u"Stage «Переговоры» was changed by someone else since; left as it is.");
    CHECK(page.setup()->undoStack()->count() == 0);
}

TEST_CASE("departmentsPage_renameUndoneAndRedoneWithTheKeys_oneTransactionEachMarkedUndo")
{
    Fixture f;
    Ui::DepartmentsPage page(*f.admin);
    page.show();
    auto *list = child<QTreeWidget>(page, "departmentsList");
    QTreeWidgetItem *north = list->findItems(QStringLiteral("North"), Qt::MatchExactly).value(0);
    REQUIRE(north);
    const QString before = settingsState(*f.db);
    list->setCurrentItem(north);
    north->setText(0, QStringLiteral("Nord"));
    const QString after = settingsState(*f.db);
    REQUIRE(after != before);
    for (const bool redo : {false, true}) {
        Commits commits(*f.db);
        const qint64 history = maxId(*f.db, "history");
        pressUndo(page, list, redo);
        CHECK(commits.take() == 1);
        CHECK(settingsState(*f.db) == (redo ? after : before));
        CHECK(countAfter(*f.db,
                         QStringLiteral("SELECT count(*) FROM history WHERE id > ?1 AND "
                                        "origin = 2 AND field = 'name'"),
                         history) == 1);
    }
}

TEST_CASE("rolesPage_deleteMovingUsers_isUndoneWithTheUsersBackOnTheRole")
{
    Fixture f;
    const qint64 leo = f.addUser(QStringLiteral("leo@example.com"), f.sales);
    Ui::RolesPage page(*f.admin);
    page.show();
    const QString before = settingsState(*f.db);
    auto *list = child<QListWidget>(page, "roleList");
    list->setCurrentItem(list->findItems(QStringLiteral("Sales"), Qt::MatchExactly).value(0));
    const qint64 administrator = f.admin->user(f.adminId).roleId;
    QTimer::singleShot(0, &page, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *moveTo = dialog->findChild<QComboBox *>(QStringLiteral("roleMoveTo"));
        moveTo->setCurrentIndex(moveTo->findData(administrator));
        dialog->accept();
    });
    QTest::mouseClick(child<QPushButton>(page, "roleDelete"), Qt::LeftButton);
    f.admin->invalidate();
    REQUIRE(f.admin->user(leo).roleId == administrator);
    const QString after = settingsState(*f.db);

    QTest::mouseClick(child<QPushButton>(page, "rolesUndo"), Qt::LeftButton);
    CHECK(settingsState(*f.db) == before);
    f.admin->invalidate();
    CHECK(f.admin->user(leo).roleId != administrator);
    CHECK(f.admin->user(leo).roleId == f.admin->user(f.mia).roleId);
    QTest::mouseClick(child<QPushButton>(page, "rolesRedo"), Qt::LeftButton);
    CHECK(settingsState(*f.db) == after);
}

TEST_CASE("settingsUndo_aNewStageADealEnteredSince_staysWithItsDeal")
{
    Fixture f;
    QUndoStack stack;
    auto id = std::make_shared<qint64>(0);
    stack.push(f.step(
        "Add stage",
        [&f, id](const Origin &o) -> Status {
            Core::Result<qint64> made = f.setupOf(o).createStage(
                f.pipeline, 0, QStringLiteral("Qualified"), QStringLiteral("#FFCC66"));
            if (made)
                *id = *made;
            return ok(made);
        },
        [&f, id](const Origin &o) { return f.setupOf(o).withdrawStage(*id); }));
    REQUIRE(f.reports.isEmpty());
    REQUIRE(Core::Records(*f.admin)
                .create(Core::EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Roof")},
                                                 {QStringLiteral("stage_id"), *id}})
                .ok());
    const QString state = settingsState(*f.db);
    stack.undo();
    REQUIRE(f.reports.size() == 1);
    CHECK(f.reports.constFirst().startsWith(u"Stage «Qualified» has deals"));
    CHECK(settingsState(*f.db) == state);
}

TEST_CASE("settingsUndo_setupStepAfterAColleagueChangedWhatItWrote_isRefusedNamingIt")
{
    for (const Action &action : setupActions()) {
        DYNAMIC_SECTION(action.name)
        {
            Fixture f;
            const qint64 bossRole = *Core::Admin(*f.admin).createRole(
                QStringLiteral("Boss"), Core::RoleMatrix::filled(Core::Scope::All), true);
            auto colleague = f.sessionFor(f.addUser(QStringLiteral("boss@example.com"), bossRole));
            QUndoStack stack;
            stack.push(action.make(f));
            REQUIRE(f.reports.isEmpty());
            REQUIRE(action.interfere);
            colleague->invalidate(); // another desktop reads the file as it is now
            REQUIRE(action.interfere(f, *colleague).ok());
            const QString state = settingsState(*f.db);
            Commits commits(*f.db);
            stack.undo();
            REQUIRE(f.reports.size() == 1);
            CHECK(f.reports.constFirst().endsWith(
                u" was changed by someone else since; left as it is."));
            CHECK(commits.take() == 0);
            CHECK(settingsState(*f.db) == state);
            CHECK(stack.count() == 0);
        }
    }
}

TEST_CASE("settingsUndo_stageDeleteAfterAColleagueChangedItsRequiredField_namesTheField")
{
    Fixture f;
    f.tieStage(f.openStage(0), f.openStage(1), f.openStage(2));
    QUndoStack stack;
    stack.push(f.removal(false, f.openStage(0), f.openStage(1)));
    REQUIRE(moveContract(f, *f.admin).ok());
    stack.undo();
    REQUIRE(f.reports.size() == 1);
    CHECK(f.reports.constFirst() ==
          u"Custom field «Contract» was changed by someone else since; left as it is.");
}

TEST_CASE("pipelinesPage_bigStageDeleteUndoneWithTheKeysOffTheUiThread_dealsBackButOneAColleagueMovedStaysNamed")
{
    Fixture f;
    const qint64 gone = f.openStage(1), to = f.openStage(2);
    Core::Records r(*f.admin);
    QList<qint64> deals;
    for (const char *name : {"Porch", "Attic", "Cellar"})
        deals << *r.create(Core::EntityKind::Deal, {{QStringLiteral("name"), QString::fromLatin1(name)},
                                                    {QStringLiteral("stage_id"), gone}});
    const auto column = [&f](const char *name, qint64 deal) {
        return f.db->sql().scalar(QStringLiteral("SELECT %1 FROM deals WHERE id = %2")
                                      .arg(QLatin1String(name))
                                      .arg(deal)
                                      .toUtf8()
                                      .constData());
    };
    const auto entered = [&column](qint64 deal) { return column("stage_entered_at", deal); };
    const auto stageOf = [&column](qint64 deal) { return column("stage_id", deal); };
    const qint64 enteredBefore = entered(deals.at(0));
    const QString before = settingsState(*f.db);
    const auto restore =
        qScopeGuard([saved = Ui::DealMoveJob::threshold] { Ui::DealMoveJob::threshold = saved; });
    Ui::DealMoveJob::threshold = 2; // the delete runs off the UI thread, as for a big stage
    f.clock.advance(3600 * 1000);
    Ui::PipelinesPage page(*f.admin);
    page.show();
    auto *stages = page.findChild<Ui::StageListWidget *>();
    REQUIRE(stages);
    for (int row = 0; row < stages->count(); ++row)
        if (stages->item(row)->data(Ui::StageListWidget::StageIdRole).toLongLong() == gone)
            stages->setCurrentRow(row);
    QTest::mouseClick(child<QToolButton>(page, "deleteStageButton"), Qt::LeftButton);
    auto *ask = page.findChild<Ui::MoveDealsDialog *>(QStringLiteral("moveDealsDialog"));
    REQUIRE(ask);
    auto *target = child<QComboBox>(*ask, "moveDealsTarget");
    target->setCurrentIndex(target->findData(to));
    QTest::mouseClick(child<QPushButton>(*ask, "moveDealsOk"), Qt::LeftButton);
    const auto busy = [&page] {
        return page.findChild<QProgressDialog *>(QStringLiteral("dealMoveProgress"));
    };
    CHECK(busy());
    QTRY_VERIFY(!busy());
    CHECK(page.setup()->undoStack()->count() == 1);
    REQUIRE(f.admin->stage(gone) == nullptr);

    // A colleague moves one of the moved deals on; the undo leaves it there and says so.
    REQUIRE(r.update(Core::EntityKind::Deal, deals.at(2), {{QStringLiteral("stage_id"), f.openStage(0)}})
                .ok());
    pressUndo(page, stages);
    CHECK(busy()); // the undo moves the deals off the UI thread too
    QTRY_VERIFY(!busy());
    REQUIRE(f.admin->stage(gone));
    auto *error = child<QLabel>(page, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"«Cellar»"));
    CHECK(stageOf(deals.at(0)) == gone);
    CHECK(stageOf(deals.at(1)) == gone);
    CHECK(entered(deals.at(0)) == enteredBefore);
    CHECK(stageOf(deals.at(2)) == f.openStage(0));
    CHECK(stages->currentStageId() == gone);
    CHECK(settingsState(*f.db) != before); // Cellar stays where the colleague put it

    pressUndo(page, stages, true);
    CHECK(busy());
    QTRY_VERIFY(!busy());
    CHECK(f.admin->stage(gone) == nullptr);
    CHECK(stageOf(deals.at(0)) == to);
    CHECK(stageOf(deals.at(1)) == to);
    CHECK(stageOf(deals.at(2)) == f.openStage(0));
}
