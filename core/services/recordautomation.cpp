// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/services/recordrow.h"

#include "core/automation/stageautomation.h"
#include "core/services/admin.h"
#include "core/services/entityspec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QScopeGuard>

// The automation runner of Records: what a deal entering a stage sets off, run inside the
// same change, with the loop guard that stops automations moving a deal round in a circle.

namespace Voronka::Core {

using namespace RecordValues;

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Records)
};
} // namespace

Status Records::runAutomations(qint64 dealId, qint64 stageId, bool creating)
{
    if (!m_origin.runsAutomations())
        return Ok{};
    const QList<StageAutomation> list = Automations::forStage(m_s, stageId);
    if (list.isEmpty())
        return Ok{};
    if (m_chain.contains(stageId)) {
        QStringList names;
        for (qint64 s : std::as_const(m_chain))
            names << (m_s.stage(s) ? m_s.stage(s)->name : QString::number(s));
        names << (m_s.stage(stageId) ? m_s.stage(stageId)->name : QString::number(stageId));
        return makeError(Error::Code::Invalid,
                         Tr::tr("Deal #%1: the stage automations loop (%2); nothing was changed. "
                                "Ask an administrator to fix the automations.")
                             .arg(dealId)
                             .arg(names.join(QStringLiteral(" → "))),
                         entityKey(EntityKind::Deal), QStringLiteral("stage_id"));
    }
    const WriteMode wasMode = m_origin.mode;
    m_origin.mode = WriteMode::Automation;
    m_chain.append(stageId);
    const auto restore = qScopeGuard([&] {
        m_origin.mode = wasMode;
        m_chain.removeLast();
    });
    for (const StageAutomation &a : list) {
        if (creating && !a.onCreate)
            continue;
        const QVariantMap &p = a.params;
        Status st = Ok{};
        switch (a.action) {
        case AutomationAction::CreateTask: {
            Result<Row> deal = readRow(*entitySpec(EntityKind::Deal), dealId);
            if (!deal)
                return deal.error();
            const qint64 now = m_s.clock().nowMs();
            Patch task{{QStringLiteral("text"), p.value(QStringLiteral("text"))},
                       {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                       {QStringLiteral("entity_id"), dealId},
                       {QStringLiteral("responsible_id"),
                        p.value(QStringLiteral("responsible_id"),
                                deal->cols.value(QStringLiteral("responsible_id")))}};
            if (p.contains(QStringLiteral("type_id")))
                task.insert(QStringLiteral("type_id"), p.value(QStringLiteral("type_id")));
            if (p.value(QStringLiteral("end_of_day")).toBool()) {
                const QDateTime end(QDateTime::fromMSecsSinceEpoch(now).date(), QTime(23, 59));
                task.insert(QStringLiteral("due_at"), end.toMSecsSinceEpoch());
                task.insert(QStringLiteral("all_day"), true);
            } else {
                const Admin::General g = Admin::general(m_s.db());
                const QTimeZone zone = g.timeZone.isEmpty()
                                           ? QTimeZone::systemTimeZone()
                                           : QTimeZone(g.timeZone.toUtf8());
                task.insert(QStringLiteral("due_at"),
                            Automations::workingDueAt(
                                now, p.value(QStringLiteral("due_minutes"), 0).toLongLong(), zone,
                                g.workStartMin, g.workEndMin));
            }
            Result<qint64> id = create(EntityKind::Task, task);
            if (!id)
                st = id.error();
            break;
        }
        case AutomationAction::SetResponsible:
            st = update(EntityKind::Deal, dealId,
                        {{QStringLiteral("responsible_id"), p.value(QStringLiteral("user_id"))}});
            break;
        case AutomationAction::AddTag: {
            Result<Row> deal = readRow(*entitySpec(EntityKind::Deal), dealId);
            if (!deal)
                return deal.error();
            QStringList tags = deal->tags;
            tags << p.value(QStringLiteral("tag")).toString();
            st = update(EntityKind::Deal, dealId, {{kTags, tags}});
            break;
        }
        case AutomationAction::MoveToStage:
            st = update(EntityKind::Deal, dealId,
                        {{QStringLiteral("stage_id"), p.value(QStringLiteral("stage_id"))}});
            break;
        }
        if (!st)
            return st;
    }
    return Ok{};
}

} // namespace Voronka::Core
