// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

// The hand-built week the analytics tests compute reports on, every answer known by hand.

#include "support/catch.h"
#include "support/tempdb.h"

#include "core/analytics/reports.h"
#include "core/demo/demo.h"
#include "core/services/admin.h"
#include "core/services/records.h"

namespace Voronka::Test::ReportFixture {

using namespace Voronka::Core;

inline constexpr qint64 kDay = 86400000;
inline const QString kName = QStringLiteral("name");
inline const QString kStage = QStringLiteral("stage_id");
inline const QString kBudget = QStringLiteral("budget");
inline const QString kResponsible = QStringLiteral("responsible_id");
inline const QString kPipeline = QStringLiteral("pipeline_id");
inline const QString kClose = QStringLiteral("close_date");

inline qint64 must(const Result<qint64> &r)
{
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return *r;
}

// A pipeline A (20 %), B (50 %), C (80 %) and a week of work, every day known (the clock
// starts on Monday 2026-03-02 09:00 UTC; the team's day boundary is UTC midnight):
//   Mar 2  d1 m1 1000 (closes Mar 20), d2 m1 2000 (closes Apr 10), d3 m2 3000, d4 m2 4000, all in A
//   Mar 3  m1 moves d1 to B, m2 moves d3 to B
//   Mar 4  m1 wins d1 (a 2-day cycle), m2 loses d4 (the first loss reason)
//   Mar 5  m2 moves d3 to C; m1 notes on d1
//   Mar 7  d5 m1 500 created in B (closes Mar 31); m1 completes a task; the clock stays here
// Tasks: t1 m1 due Mar 3 on d2, open (overdue); t2 m1 done Mar 7; t3 m2 due Mar 20 on d3.
// Goals for March: m1 5000 / 2, m2 3000 / 1.
struct Fixture
{
    TempDb t;
    qint64 pipeline = 0, a = 0, b = 0, c = 0, won = 0, lost = 0, incoming = 0, reason = 0;
    qint64 dept = 0, m1 = 0, m2 = 0, head = 0;
    qint64 d1 = 0, d2 = 0, d3 = 0, d4 = 0, d5 = 0;

    explicit Fixture(Backend backend = Backend::SQLite)
        : t(backend)
    {
        Admin admin(*t.admin);
        pipeline = must(admin.createPipeline(
            QStringLiteral("Sales"), {{QStringLiteral("A"), QStringLiteral("#99CCFF"), 20},
                                      {QStringLiteral("B"), QStringLiteral("#99CCFF"), 50},
                                      {QStringLiteral("C"), QStringLiteral("#99CCFF"), 80}}));
        for (const PipelineInfo &p : t.admin->pipelines())
            if (p.id == pipeline)
                for (const StageInfo &s : p.stages) {
                    qint64 &slot = s.kind == StageKind::Won        ? won
                                   : s.kind == StageKind::Lost     ? lost
                                   : s.kind == StageKind::Incoming ? incoming
                                   : s.name == u"A"                ? a
                                   : s.name == u"B"                ? b
                                                                   : c;
                    slot = s.id;
                }
        reason = must(admin.createLossReason(QStringLiteral("Too expensive")));
        dept = must(admin.createDepartment(QStringLiteral("Moscow")));
        const qint64 managerRole =
            must(admin.createRole(QStringLiteral("Manager"), RoleMatrix::filled(Scope::Own)));
        const qint64 headRole =
            must(admin.createRole(QStringLiteral("Head"), RoleMatrix::filled(Scope::Department)));
        Admin::RoleOptions headOptions;
        headOptions.analytics = Scope::Department;
        REQUIRE(admin.setRoleOptions(headRole, headOptions));
        m1 = t.addUser(QStringLiteral("m1@example.com"), managerRole, dept);
        m2 = t.addUser(QStringLiteral("m2@example.com"), managerRole, dept);
        head = t.addUser(QStringLiteral("head@example.com"), headRole, dept);
        t.admin->invalidate();

        Records r(*t.admin);
        auto deal = [&](const char *name, qint64 who, qint64 budget, qint64 stage,
                        const char *close) {
            Patch p{{kName, QString::fromLatin1(name)},
                    {kResponsible, who},
                    {kBudget, budget},
                    {kPipeline, pipeline},
                    {kStage, stage}};
            if (close)
                p.insert(kClose, QString::fromLatin1(close));
            return must(r.create(EntityKind::Deal, p));
        };
        d1 = deal("d1", m1, 1000, a, "2026-03-20");
        d2 = deal("d2", m1, 2000, a, "2026-04-10");
        d3 = deal("d3", m2, 3000, a, nullptr);
        d4 = deal("d4", m2, 4000, a, nullptr);
        auto s1 = t.sessionFor(m1);
        // A seed of its own: two sessions on one clock would otherwise draw the same ids.
        Session second(*t.db, t.clock, Auth::readUser(*t.db, m2), 4242);
        Session *s2 = &second;
        Records r1(*s1), r2(*s2);
        const qint64 t1 = must(r1.create(
            EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                               {kResponsible, m1},
                               {QStringLiteral("due_at"), TempDb::kStart + kDay + 3600000},
                               {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                               {QStringLiteral("entity_id"), d2}}));
        const qint64 t2 = must(
            r1.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Send")},
                                         {kResponsible, m1},
                                         {QStringLiteral("due_at"), TempDb::kStart + 8 * kDay}}));
        must(r2.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Meet")},
                                          {kResponsible, m2},
                                          {QStringLiteral("due_at"), TempDb::kStart + 18 * kDay},
                                          {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                                          {QStringLiteral("entity_id"), d3}}));
        (void)t1;
        t.clock.advance(kDay); // Mar 3
        REQUIRE(r1.update(EntityKind::Deal, d1, {{kStage, b}}));
        REQUIRE(r2.update(EntityKind::Deal, d3, {{kStage, b}}));
        t.clock.advance(kDay); // Mar 4
        REQUIRE(r1.update(EntityKind::Deal, d1, {{kStage, won}}));
        REQUIRE(r2.update(EntityKind::Deal, d4,
                          {{kStage, lost}, {QStringLiteral("loss_reason_id"), reason}}));
        t.clock.advance(kDay); // Mar 5
        REQUIRE(r2.update(EntityKind::Deal, d3, {{kStage, c}}));
        REQUIRE(r1.addNote(EntityKind::Deal, d1, QStringLiteral("Paid")));
        t.clock.advance(2 * kDay); // Mar 7
        d5 = deal("d5", m1, 500, b, "2026-03-31");
        REQUIRE(
            r1.update(EntityKind::Task, t2, {{QStringLiteral("status"), int(TaskStatus::Done)}}));
        REQUIRE(Analytics::setGoal(*t.admin, m1, QStringLiteral("2026-03"), 5000, 2));
        REQUIRE(Analytics::setGoal(*t.admin, m2, QStringLiteral("2026-03"), 3000, 1));
    }

    ReportScope march() const
    {
        ReportScope s;
        s.from = QDate(2026, 3, 1);
        s.to = QDate(2026, 4, 1);
        s.pipelineId = pipeline;
        return s;
    }
};

template<typename Row> const Row *find(const QList<Row> &rows, qint64 userId)
{
    for (const Row &r : rows)
        if (r.userId == userId)
            return &r;
    return nullptr;
}

inline DemoOptions tinyDemo()
{
    DemoOptions o;
    o.size = DemoOptions::Size::Tiny;
    o.seed = 7;
    o.nowMs = TempDb::kStart;
    o.passwordStrength = Auth::Strength::Fast;
    return o;
}

} // namespace Voronka::Test::ReportFixture
