// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "duebuckets.h"

#include "core/storage/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Tasks)
};
} // namespace

qint64 DueBounds::startOfDay(QDate d) const
{
    // startOfDay() handles zones where midnight does not exist on a DST day.
    return d.startOfDay(zone).toMSecsSinceEpoch();
}

DueBounds DueBounds::at(qint64 nowMs, const QTimeZone &zone)
{
    DueBounds b;
    b.zone = zone;
    b.now = nowMs;
    b.todayDate = QDateTime::fromMSecsSinceEpoch(nowMs, zone).date();
    b.today = b.startOfDay(b.todayDate);
    b.tomorrow = b.startOfDay(b.todayDate.addDays(1));
    b.dayAfter = b.startOfDay(b.todayDate.addDays(2));
    const QDate monday = b.todayDate.addDays(8 - b.todayDate.dayOfWeek());
    b.nextWeek = std::max(b.dayAfter, b.startOfDay(monday));
    b.weekAfter = b.startOfDay(monday.addDays(7));
    return b;
}

DueBucket DueBounds::bucketOf(const std::optional<qint64> &dueAt, TaskStatus status) const
{
    if (!dueAt)
        return DueBucket::NoDate;
    const qint64 d = *dueAt;
    if (status == TaskStatus::Open && d < now)
        return DueBucket::Overdue;
    if (d < today)
        return DueBucket::Earlier;
    if (d < tomorrow)
        return DueBucket::Today;
    if (d < dayAfter)
        return DueBucket::Tomorrow;
    if (d < nextWeek)
        return DueBucket::ThisWeek;
    if (d < weekAfter)
        return DueBucket::NextWeek;
    return DueBucket::Later;
}

QString DueBounds::sqlCondition(DueBucket b)
{
    // Each condition is a range on due_at, so a responsible's tasks are read from the
    // tasks_responsible_due index in due order; status only narrows the past buckets.
    switch (b) {
    case DueBucket::Overdue:
        return QStringLiteral("(t.due_at < ?1 AND t.status = 0)");
    case DueBucket::Today:
        return QStringLiteral("(t.due_at >= ?2 AND t.due_at < ?3 AND NOT (t.due_at < ?1 AND "
                              "t.status = 0))");
    case DueBucket::Tomorrow:
        return QStringLiteral("(t.due_at >= ?3 AND t.due_at < ?4 AND NOT (t.due_at < ?1 AND "
                              "t.status = 0))");
    case DueBucket::ThisWeek:
        return QStringLiteral("(t.due_at >= ?4 AND t.due_at < ?5)");
    case DueBucket::NextWeek:
        return QStringLiteral("(t.due_at >= ?5 AND t.due_at < ?6)");
    case DueBucket::Later:
        return QStringLiteral("(t.due_at >= ?6)");
    case DueBucket::NoDate:
        return QStringLiteral("(t.due_at IS NULL)");
    case DueBucket::Earlier:
        return QStringLiteral("(t.due_at < ?2 AND t.status <> 0)");
    }
    return QStringLiteral("0");
}

void DueBounds::bind(Statement &q) const
{
    q.bindAll(now, today, tomorrow, dayAfter, nextWeek, weekAfter);
}

QDate DueBounds::targetDay(DueBucket b) const
{
    switch (b) {
    case DueBucket::Today:
        return todayDate;
    case DueBucket::Tomorrow:
        return todayDate.addDays(1);
    case DueBucket::ThisWeek: {
        // The day after tomorrow, when it is still this week; otherwise the bucket is empty
        // and a drop there means "later this week" = the first day of next week.
        return todayDate.addDays(2);
    }
    case DueBucket::NextWeek:
        return QDateTime::fromMSecsSinceEpoch(nextWeek, zone).date();
    case DueBucket::Later:
        return QDateTime::fromMSecsSinceEpoch(weekAfter, zone).date();
    case DueBucket::Overdue:
    case DueBucket::NoDate:
    case DueBucket::Earlier:
        break;
    }
    return {};
}

QString dueBucketTitle(DueBucket b)
{
    switch (b) {
    case DueBucket::Overdue:
        return Tr::tr("Overdue");
    case DueBucket::Today:
        return Tr::tr("Today");
    case DueBucket::Tomorrow:
        return Tr::tr("Tomorrow");
    case DueBucket::ThisWeek:
        return Tr::tr("This week");
    case DueBucket::NextWeek:
        return Tr::tr("Next week");
    case DueBucket::Later:
        return Tr::tr("Later");
    case DueBucket::NoDate:
        return Tr::tr("No date");
    case DueBucket::Earlier:
        return Tr::tr("Earlier, closed");
    }
    return {};
}

QString dueBucketKey(DueBucket b)
{
    static const char *const keys[kDueBuckets] = {"overdue",  "today", "tomorrow", "week",
                                                  "nextweek", "later", "nodate",   "earlier"};
    return QLatin1String(keys[int(b)]);
}

} // namespace Voronka::Core
