// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/importexport/taskexport.h"

#include "core/importexport/xlsxwriter.h"
#include "core/services/session.h"
#include "core/util/ids.h"

#include <QCoreApplication>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::TaskExport)
};

QString statusText(TaskStatus s)
{
    switch (s) {
    case TaskStatus::Done:
        return Tr::tr("Done");
    case TaskStatus::Cancelled:
        return Tr::tr("Cancelled");
    case TaskStatus::Open:
        break;
    }
    return Tr::tr("Open");
}

QString linkText(EntityKind kind, const QString &name)
{
    switch (kind) {
    case EntityKind::Deal:
        return Tr::tr("Deal: %1").arg(name);
    case EntityKind::Contact:
        return Tr::tr("Contact: %1").arg(name);
    case EntityKind::Company:
        return Tr::tr("Company: %1").arg(name);
    default:
        return {};
    }
}
} // namespace

Result<qint64> exportTasksXlsx(Session &s, TaskFilter filter, QIODevice &out,
                               const QTimeZone &zone,
                               const std::function<bool(qint64 read)> &progress)
{
    if (Permissions::scope(s.principal(), PermEntity::Task, PermAction::Export) == Scope::None ||
        Permissions::scope(s.principal(), PermEntity::Task, PermAction::View) == Scope::None)
        return makeError(Error::Code::Permission, Tr::tr("You may not export tasks."),
                         entityKey(EntityKind::Task));
    filter.action = PermAction::Export;
    using Kind = XlsxTableWriter::Kind;
    // Due holds a date and time, or a date alone for an all-day task (the cell's own format).
    XlsxTableWriter sheet(Tr::tr("Tasks"),
                          {{Tr::tr("Task"), Kind::Text},
                           {Tr::tr("Type"), Kind::Text},
                           {Tr::tr("Due"), Kind::DateTime},
                           {Tr::tr("Duration, min"), Kind::Number},
                           {Tr::tr("Responsible"), Kind::Text},
                           {Tr::tr("Linked to"), Kind::Text},
                           {Tr::tr("Status"), Kind::Text},
                           {Tr::tr("Result"), Kind::Text},
                           {Tr::tr("Completed"), Kind::DateTime},
                           {Tr::tr("Updated"), Kind::DateTime},
                           {Tr::tr("ID"), Kind::Text}},
                          zone);
    qint64 read = 0;
    bool stopped = false;
    Status st = TaskQuery(s, zone).scan(filter, [&](const TaskRow &t) {
        QVariant due;
        if (t.dueAt)
            due = t.allDay ? QVariant(QDateTime::fromMSecsSinceEpoch(*t.dueAt, zone).date())
                           : QVariant(*t.dueAt);
        sheet.writeRow({t.text, t.typeName, due, t.durationMin ? QVariant(t.durationMin) : QVariant(),
                        t.responsibleName, linkText(t.linkKind, t.linkName), statusText(t.status),
                        t.result, t.completedAt ? QVariant(t.completedAt) : QVariant(),
                        t.updatedAt ? QVariant(t.updatedAt) : QVariant(), uuidToString(t.uid)});
        ++read;
        if (progress && !progress(read)) {
            stopped = true;
            return false;
        }
        return sheet.ok();
    });
    if (!st)
        return st.error();
    if (stopped)
        return makeError(Error::Code::Invalid, Tr::tr("The export was cancelled."));
    if (!sheet.ok() || !sheet.finish(out))
        return makeError(Error::Code::Storage,
                         Tr::tr("Could not write the Excel file: %1").arg(sheet.errorString()));
    return read;
}

} // namespace Voronka::Core
