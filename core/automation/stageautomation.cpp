// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "stageautomation.h"

#include "core/services/session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Voronka::Core::Automations {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Automations)
};
} // namespace

QList<StageAutomation> forStage(Session &s, qint64 stageId)
{
    QList<StageAutomation> out;
    Query q = s.sql().prepare("SELECT id, action, on_create, params, position FROM "
                              "stage_automations WHERE stage_id = ?1 AND deleted = 0 "
                              "ORDER BY position, id");
    q->bind(1, stageId);
    while (q->step())
        out << StageAutomation{q->int64(0),
                               stageId,
                               AutomationAction(q->int64(1)),
                               q->int64(2) != 0,
                               QJsonDocument::fromJson(q->text(3).toUtf8()).object().toVariantMap(),
                               int(q->int64(4))};
    return out;
}

Status validate(Session &s, const StageAutomation &a)
{
    const StageInfo *stage = s.stage(a.stageId);
    if (!stage)
        return makeError(Error::Code::Invalid, Tr::tr("Stage #%1 does not exist.").arg(a.stageId),
                         QStringLiteral("automation"), QStringLiteral("stage_id"));
    auto bad = [&](const QString &why, const char *field) {
        return makeError(Error::Code::Invalid,
                         Tr::tr("Automation of the stage \"%1\": %2").arg(stage->name, why),
                         QStringLiteral("automation"), QLatin1String(field));
    };
    const QVariantMap &p = a.params;
    switch (a.action) {
    case AutomationAction::CreateTask:
        if (p.value(QStringLiteral("text")).toString().trimmed().isEmpty())
            return bad(Tr::tr("the task needs a text."), "text");
        if (p.contains(QStringLiteral("responsible_id")) &&
            !s.user(p.value(QStringLiteral("responsible_id")).toLongLong()).active)
            return bad(Tr::tr("the task's responsible is not an active user."), "responsible_id");
        return Ok{};
    case AutomationAction::SetResponsible:
        if (!s.user(p.value(QStringLiteral("user_id")).toLongLong()).active)
            return bad(Tr::tr("choose an active user."), "user_id");
        return Ok{};
    case AutomationAction::AddTag:
        if (p.value(QStringLiteral("tag")).toString().simplified().isEmpty())
            return bad(Tr::tr("choose a tag."), "tag");
        return Ok{};
    case AutomationAction::MoveToStage: {
        const qint64 target = p.value(QStringLiteral("stage_id")).toLongLong();
        if (!s.stage(target))
            return bad(Tr::tr("choose an existing stage to move to."), "stage_id");
        if (target == a.stageId)
            return bad(Tr::tr("a stage cannot move deals to itself."), "stage_id");
        return Ok{};
    }
    }
    return bad(Tr::tr("unknown action."), "action");
}

qint64 workingDueAt(qint64 nowMs, qint64 delayMin, const QTimeZone &zone, int workStartMin,
                    int workEndMin)
{
    const auto at = [&](QDate day, int minutes) {
        return QDateTime(day, QTime(0, 0).addSecs(minutes * 60), zone).toMSecsSinceEpoch();
    };
    const auto working = [](QDate day) { return day.dayOfWeek() <= 5; };
    const auto nextWorkingStart = [&](QDate day) {
        do
            day = day.addDays(1);
        while (!working(day));
        return at(day, workStartMin);
    };
    const QDateTime raw = QDateTime::fromMSecsSinceEpoch(nowMs + delayMin * 60000, zone);
    const QDate day = raw.date();
    if (!working(day))
        return nextWorkingStart(day);
    const int minute = raw.time().hour() * 60 + raw.time().minute();
    qint64 due = raw.toMSecsSinceEpoch();
    if (minute < workStartMin)
        due = at(day, workStartMin);
    else if (minute > workEndMin)
        due = at(day, workEndMin);
    return due < nowMs ? nextWorkingStart(day) : due;
}

} // namespace Voronka::Core::Automations
