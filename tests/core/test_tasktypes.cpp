// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/admin.h"
#include "core/tasks/taskquery.h"

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
qint64 count(TempDb &t, const QString &sql)
{
    return t.admin->sql().scalar(sql.toUtf8().constData());
}

// The type with that id, or the first one (Follow-up) for 0.
TaskTypeInfo type(TempDb &t, qint64 id = 0)
{
    Result<QList<TaskTypeInfo>> types = TaskQuery(*t.admin).types();
    REQUIRE(types.ok());
    for (const TaskTypeInfo &i : *types)
        if (!id || i.id == id)
            return i;
    FAIL("no such task type");
    return {};
}
} // namespace

TEST_CASE("taskTypes_builtInTypesStartWithAPhoneAndPeople")
{
    TempDb t;
    Result<QList<TaskTypeInfo>> types = TaskQuery(*t.admin).types();
    REQUIRE(types.ok());
    REQUIRE(types->size() == 2);
    CHECK(types->at(0).icon == QStringLiteral("phone"));  // Follow-up
    CHECK(types->at(1).icon == QStringLiteral("people")); // Meeting
    for (const TaskTypeInfo &i : *types)
        CHECK(Admin::taskTypeIcons().contains(i.icon));
}

TEST_CASE("taskTypes_setIconRejectsUnknownNamesAndWritesHistoryAndOutbox")
{
    TempDb t;
    Admin admin(*t.admin);
    const qint64 id = *admin.createTaskType(QStringLiteral("Visit"), QStringLiteral("task"),
                                            QStringLiteral("#2F80ED"));
    const qint64 history = count(t, QStringLiteral("SELECT count(*) FROM history"));
    const qint64 outbox = count(t, QStringLiteral("SELECT count(*) FROM outbox"));

    for (const QString &bad : {QStringLiteral("rocket"), QString(), QStringLiteral("Phone")}) {
        Status st = admin.setTaskTypeIcon(id, bad);
        REQUIRE_FALSE(st.ok());
        CHECK(st.error().code == Error::Code::Invalid);
        CHECK(st.error().field == QStringLiteral("icon"));
    }
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history")) == history);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox")) == outbox);
    CHECK(type(t, id).icon == QStringLiteral("task"));

    REQUIRE(admin.setTaskTypeIcon(id, QStringLiteral("car")).ok());
    CHECK(type(t, id).icon == QStringLiteral("car"));
    Query h = t.admin->sql().prepare(
        "SELECT event, field, old_value, new_value, user_id FROM history WHERE kind = ?1 AND "
        "entity_id = ?2 ORDER BY id DESC LIMIT 1");
    h->bind(1, int(EntityKind::TaskType));
    h->bind(2, id);
    REQUIRE(h->step());
    CHECK(h->int64(0) == int(HistoryEvent::FieldChanged));
    CHECK(h->text(1) == QStringLiteral("icon"));
    CHECK(h->text(2) == QStringLiteral("task"));
    CHECK(h->text(3) == QStringLiteral("car"));
    CHECK(h->int64(4) == t.adminId);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = %1 AND entity_id = "
                                  "%2 AND op = %3 AND fields LIKE '%icon%'")
                       .arg(int(EntityKind::TaskType))
                       .arg(id)
                       .arg(int(OutboxOp::Update))) == 1);

    // A built-in type takes another icon the same way.
    const TaskTypeInfo followUp = type(t);
    REQUIRE(admin.setTaskTypeIcon(followUp.id, QStringLiteral("handshake")).ok());
    CHECK(type(t, followUp.id).icon == QStringLiteral("handshake"));
}

TEST_CASE("taskTypes_createRefusesAnUnknownIconAndANonAdminIsRefused")
{
    TempDb t;
    Result<qint64> bad = Admin(*t.admin).createTaskType(
        QStringLiteral("X"), QStringLiteral("rocket"), QStringLiteral("#000000"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == Error::Code::Invalid);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM task_types")) == 2);

    const qint64 role =
        *Admin(*t.admin).createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::All));
    auto m = t.sessionFor(t.addUser(QStringLiteral("m@example.com"), role));
    const qint64 history = count(t, QStringLiteral("SELECT count(*) FROM history"));
    Status st = Admin(*m).setTaskTypeIcon(type(t).id, QStringLiteral("car"));
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == Error::Code::Permission);
    CHECK(count(t, QStringLiteral("SELECT count(*) FROM history")) == history);
    CHECK(type(t).icon == QStringLiteral("phone"));
}
