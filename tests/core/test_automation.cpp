// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/consistency.h"
#include "support/tempdb.h"

#include "core/automation/stageautomation.h"
#include "core/services/admin.h"
#include "core/services/board.h"
#include "core/services/integrity.h"
#include "core/services/records.h"

#include <QDateTime>

using namespace Voronka::Core;
using Voronka::Test::requireConsistent;
using Voronka::Test::TempDb;

namespace {
const QString kName = QStringLiteral("name");

qint64 count(TempDb &t, const char *sql)
{
    return t.db->sql().scalar(sql);
}

qint64 automate(TempDb &t, qint64 stage, AutomationAction action, const QVariantMap &params,
                bool onCreate = false)
{
    StageAutomation a;
    a.stageId = stage;
    a.action = action;
    a.params = params;
    a.onCreate = onCreate;
    Result<qint64> id = Admin(*t.admin).createAutomation(a);
    REQUIRE(id.ok());
    return *id;
}

} // namespace

TEST_CASE("automation_createTask_runsInTheMoveWithTheDealsResponsible")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 role =
        *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), role);
    // 09:01 UTC is 12:01 in Moscow: two hours later is still the working day.
    REQUIRE(admin.setSetting(QLatin1String(SettingKey::kTimeZone), QStringLiteral("Europe/Moscow"))
                .ok());
    automate(t, t.firstOpenStage(1), AutomationAction::CreateTask,
             {{QStringLiteral("text"), QStringLiteral("Send the proposal")},
              {QStringLiteral("due_minutes"), 120}});
    Records r(*t.admin);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("D")},
                                                     {QStringLiteral("responsible_id"), alice}});
    CHECK(count(t, "SELECT count(*) FROM tasks") == 0); // not on create: onCreate is off

    auto as = t.sessionFor(alice);
    t.clock.advance(60'000);
    REQUIRE(Board(*as, t.admin->pipelines().first().id).move(deal, t.firstOpenStage(1)).ok());
    CHECK(count(t,
                "SELECT count(*) FROM tasks WHERE text = 'Send the proposal' AND entity_kind = 1 "
                "AND entity_id = 1 AND responsible_id = 2") == 1);
    CHECK(count(t, "SELECT due_at FROM tasks") == TempDb::kStart + 60'000 + 120 * 60'000);
    CHECK(count(t, "SELECT count(*) FROM history WHERE kind = 1 AND event = 6") == 1);
    CHECK(count(t, "SELECT count(*) FROM outbox WHERE kind = 4 AND op = 1") == 1);
    requireConsistent(*t.db);
}

TEST_CASE("automation_taskDueTimesLandInTheWorkingDay")
{
    const QTimeZone msk("Europe/Moscow");
    const auto at = [&](int day, int h, int m = 0) {
        return QDateTime(QDate(2026, 3, day), QTime(h, m), msk).toMSecsSinceEpoch();
    };
    const auto due = [&](qint64 now, qint64 minutes) {
        return Automations::workingDueAt(now, minutes, msk, 9 * 60, 18 * 60);
    };
    // Monday the 2nd. Inside the day: exactly as asked.
    CHECK(due(at(2, 10), 120) == at(2, 12));
    CHECK(due(at(2, 14), 24 * 60) == at(3, 14));
    // "In 1 day" made in the evening: tomorrow at the end of the day, not at night.
    CHECK(due(at(2, 20), 24 * 60) == at(3, 18));
    // Made at night for "in 1 hour": the next morning.
    CHECK(due(at(2, 23), 60) == at(3, 9));
    // Before the day starts: its start.
    CHECK(due(at(3, 6), 60) == at(3, 9));
    // Friday evening "in 1 day" lands on Saturday: Monday morning.
    CHECK(due(at(6, 15), 24 * 60) == at(9, 9));
    // Right now, after hours: the next working morning, never in the past.
    CHECK(due(at(6, 19), 0) == at(9, 9));
}

TEST_CASE("automation_onCreate_runsWhenADealIsBornInTheStage")
{
    TempDb t;
    automate(t, t.firstOpenStage(0), AutomationAction::AddTag,
             {{QStringLiteral("tag"), QStringLiteral("New lead")}}, true);
    automate(t, t.firstOpenStage(0), AutomationAction::CreateTask,
             {{QStringLiteral("text"), QStringLiteral("Call today")},
              {QStringLiteral("end_of_day"), true}},
             false);
    Records r(*t.admin);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("D")}});
    CHECK(r.load(EntityKind::Deal, deal)->value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("New lead")});
    CHECK(count(t, "SELECT count(*) FROM tasks") == 0);
    requireConsistent(*t.db);
}

TEST_CASE("automation_responsibleTagAndPipelineMoveAreOrdinaryChanges")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 role =
        *admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own));
    const qint64 bob = t.addUser(QStringLiteral("bob@example.com"), role);
    const qint64 fulfilment = *admin.createPipeline(
        QStringLiteral("Fulfilment"), {{QStringLiteral("Ship"), QStringLiteral("#88CCEE"), 0}});
    qint64 ship = 0;
    for (const auto &p : t.admin->pipelines())
        if (p.id == fulfilment)
            ship = p.stages.first().id;
    const qint64 won = t.stageOfKind(StageKind::Won);
    automate(t, won, AutomationAction::SetResponsible, {{QStringLiteral("user_id"), bob}});
    automate(t, won, AutomationAction::AddTag,
             {{QStringLiteral("tag"), QStringLiteral("Customer")}});
    automate(t, won, AutomationAction::MoveToStage, {{QStringLiteral("stage_id"), ship}});
    Records r(*t.admin);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("D")}});
    REQUIRE(r.update(EntityKind::Deal, deal, {{QStringLiteral("stage_id"), won}}).ok());
    const Record d = *r.load(EntityKind::Deal, deal);
    CHECK(d.value(QStringLiteral("responsible_id")).toLongLong() == bob);
    CHECK(d.value(QStringLiteral("tags")).toStringList() ==
          QStringList{QStringLiteral("Customer")});
    CHECK(d.value(QStringLiteral("stage_id")).toLongLong() == ship);
    CHECK(d.value(QStringLiteral("pipeline_id")).toLongLong() == fulfilment);
    // Won, then Ship: two stage moves, plus the responsible and tag changes, all in history.
    CHECK(count(t, "SELECT count(*) FROM history WHERE kind = 1 AND event = 2") == 2);
    CHECK(count(t, "SELECT count(*) FROM history WHERE kind = 1 AND field IN ('responsible_id', "
                   "'tags')") == 2);
    requireConsistent(*t.db);
}

TEST_CASE("automation_loop_isStoppedWithAClearMessageAndNothingWritten")
{
    TempDb t;
    const qint64 a = t.firstOpenStage(1), b = t.firstOpenStage(2);
    automate(t, a, AutomationAction::CreateTask, {{QStringLiteral("text"), QStringLiteral("x")}});
    automate(t, a, AutomationAction::MoveToStage, {{QStringLiteral("stage_id"), b}});
    automate(t, b, AutomationAction::MoveToStage, {{QStringLiteral("stage_id"), a}});
    Records r(*t.admin);
    const qint64 deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("D")}});
    const qint64 historyBefore = count(t, "SELECT count(*) FROM history");
    const qint64 outboxBefore = count(t, "SELECT count(*) FROM outbox");
    Status st = r.update(EntityKind::Deal, deal, {{QStringLiteral("stage_id"), a}});
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.contains(u"loop"));
    CHECK(st.error().message.contains(u"Negotiation \u2192 Decision \u2192 Negotiation"));
    CHECK(r.load(EntityKind::Deal, deal)->value(QStringLiteral("stage_id")).toLongLong() ==
          t.firstOpenStage(0));
    CHECK(count(t, "SELECT count(*) FROM tasks") == 0);
    CHECK(count(t, "SELECT count(*) FROM history") == historyBefore);
    CHECK(count(t, "SELECT count(*) FROM outbox") == outboxBefore);
}

TEST_CASE("automation_invalidDefinitionsAreRefused")
{
    TempDb t;
    StageAutomation a;
    a.stageId = t.firstOpenStage(0);
    a.action = AutomationAction::MoveToStage;
    a.params = {{QStringLiteral("stage_id"), a.stageId}};
    CHECK(Admin(*t.admin).createAutomation(a).error().field == u"stage_id");
    a.action = AutomationAction::CreateTask;
    a.params = {};
    CHECK(Admin(*t.admin).createAutomation(a).error().field == u"text");
    a.stageId = 999;
    CHECK(Admin(*t.admin).createAutomation(a).error().code == Error::Code::Invalid);
}

TEST_CASE("taskTypes_renameRecolourAndDeleteThroughAdmin")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 id = *admin.createTaskType(QStringLiteral("Demo"), QStringLiteral("task"),
                                            QStringLiteral("#2F80ED"));
    Status st = admin.updateTaskType(id, QStringLiteral("Демонстрация"), QStringLiteral("#EB5757"));
    INFO((st ? QString() : st.error().message).toStdString());
    REQUIRE(st.ok());
    CHECK(
        count(
            t,
            "SELECT count(*) FROM task_types WHERE name = 'Демонстрация' AND color = '#EB5757'") ==
        1);
    CHECK(count(t, "SELECT count(*) FROM history WHERE kind = 12") == 2);
    CHECK_FALSE(admin.updateTaskType(id, QStringLiteral(" "), QStringLiteral("#EB5757")).ok());
    CHECK_FALSE(admin.updateTaskType(id, QStringLiteral("X"), QStringLiteral("red")).ok());
    REQUIRE(admin.removeTaskType(id).ok());
    CHECK(count(t, "SELECT deleted FROM task_types WHERE id = 3") == 1);
    CHECK_FALSE(admin.removeTaskType(1).ok()); // built in
}
