// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskquery.h"

#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Tasks)
};

// The row columns, in TaskRow order. The linked record's name is one primary-key lookup.
// The linked record's name only when the user may view that record: a task of one's own on
// a colleague's deal is listed, exported and reminded of without naming the deal.
QString selectFor(const Principal &p)
{
    return QStringLiteral(
               "SELECT t.id, t.uid, t.text, t.due_at, t.all_day, t.duration_min, t.type_id, "
               "tt.name, tt.color, tt.icon, t.responsible_id, u.name, t.entity_kind, "
               "t.entity_id, CASE t.entity_kind "
               "WHEN 1 THEN (SELECT name FROM deals ld WHERE ld.id = t.entity_id AND %1) "
               "WHEN 2 THEN (SELECT name FROM contacts lc WHERE lc.id = t.entity_id AND %2) "
               "WHEN 3 THEN (SELECT name FROM companies lo WHERE lo.id = t.entity_id AND %3) "
               "END, t.status, t.result, t.completed_at, t.updated_at "
               "FROM tasks t LEFT JOIN task_types tt ON tt.id = t.type_id "
               "LEFT JOIN users u ON u.id = t.responsible_id WHERE ")
        .arg(Permissions::sqlPredicate(p, PermEntity::Deal, PermAction::View,
                                       QStringLiteral("ld.responsible_id")),
             Permissions::sqlPredicate(p, PermEntity::Contact, PermAction::View,
                                       QStringLiteral("lc.responsible_id")),
             Permissions::sqlPredicate(p, PermEntity::Company, PermAction::View,
                                       QStringLiteral("lo.responsible_id")));
}

// The built-in types are named when the database is created, in that process's language; a
// default English name is shown in the user's language instead (as the board does for Won).
QString shownTypeName(const QString &stored)
{
    for (const char *name : {"Follow-up", "Meeting"})
        if (stored == QLatin1String(name))
            return QCoreApplication::translate("Voronka::Core::Admin", name);
    return stored;
}

QString idList(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(u',');
}

TaskRow readRow(const Statement &q, const DueBounds &b)
{
    TaskRow r;
    r.id = q.int64(0);
    r.uid = q.blob(1);
    r.text = q.text(2);
    if (!q.isNull(3))
        r.dueAt = q.int64(3);
    r.allDay = q.int64(4) != 0;
    r.durationMin = int(q.int64(5));
    r.typeId = q.int64(6);
    r.typeName = shownTypeName(q.text(7));
    r.typeColor = q.text(8);
    r.typeIcon = q.text(9);
    r.responsibleId = q.int64(10);
    r.responsibleName = q.text(11);
    r.linkKind = EntityKind(q.int64(12));
    r.linkId = q.int64(13);
    r.linkName = q.text(14);
    r.status = TaskStatus(q.int64(15));
    r.result = q.text(16);
    r.completedAt = q.int64(17);
    r.updatedAt = q.int64(18);
    r.bucket = b.bucketOf(r.dueAt, r.status);
    return r;
}

QString likePattern(const QString &text)
{
    QString t = text.trimmed();
    t.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + t + u'%';
}
} // namespace

TaskQuery::TaskQuery(Session &s, QTimeZone zone)
    : m_s(s)
    , m_zone(std::move(zone))
{
}

DueBounds TaskQuery::bounds() const
{
    return DueBounds::at(m_s.clock().nowMs(), m_zone);
}

QString clientTasksCondition(EntityKind kind, qint64 id)
{
    // Branches of one UNION ALL (they cannot overlap: each has its own entity kind), each an
    // equality or IN look-up of tasks_entity. A plain OR of the branches lets SQLite scan the
    // whole index instead.
    const auto tasksOf = [](EntityKind k, const QString &ids) {
        return QStringLiteral("SELECT x.id FROM tasks x WHERE x.entity_kind = %1 AND x.entity_id "
                              "IN (%2) AND x.deleted = 0")
            .arg(int(k))
            .arg(ids);
    };
    QStringList branches{tasksOf(kind, QString::number(id))};
    if (kind == EntityKind::Contact)
        branches << tasksOf(EntityKind::Deal,
                            QStringLiteral("SELECT dc.deal_id FROM deal_contacts dc JOIN deals d "
                                           "ON d.id = dc.deal_id WHERE dc.contact_id = %1 AND "
                                           "d.deleted = 0")
                                .arg(id));
    if (kind == EntityKind::Company)
        branches << tasksOf(EntityKind::Contact, QStringLiteral("SELECT c.id FROM contacts c "
                                                                "WHERE c.company_id = %1 AND "
                                                                "c.deleted = 0")
                                                     .arg(id))
                 << tasksOf(EntityKind::Deal, QStringLiteral("SELECT d.id FROM deals d WHERE "
                                                             "d.company_id = %1 AND d.deleted = 0")
                                                  .arg(id));
    return QStringLiteral("t.id IN (%1)").arg(branches.join(QStringLiteral(" UNION ALL ")));
}

QString TaskQuery::where(const TaskFilter &f) const
{
    QString w = QStringLiteral("t.deleted = 0 AND ") +
                Permissions::sqlPredicate(m_s.principal(), PermEntity::Task, f.action,
                                          QStringLiteral("t.responsible_id"));
    // Exporting needs the view right too: a task is exported only when it could be viewed.
    if (f.action != PermAction::View)
        w += QStringLiteral(" AND ") +
             Permissions::sqlPredicate(m_s.principal(), PermEntity::Task, PermAction::View,
                                       QStringLiteral("t.responsible_id"));
    if (!f.responsibleIds.isEmpty())
        w += QStringLiteral(" AND t.responsible_id IN (%1)").arg(idList(f.responsibleIds));
    if (f.departmentId)
        w += QStringLiteral(" AND t.responsible_id IN (SELECT id FROM users WHERE "
                            "department_id = %1)")
                 .arg(f.departmentId);
    if (!f.typeIds.isEmpty())
        w += QStringLiteral(" AND t.type_id IN (%1)").arg(idList(f.typeIds));
    if (!f.statuses.isEmpty()) {
        QList<qint64> st;
        for (TaskStatus s : f.statuses)
            st << int(s);
        w += QStringLiteral(" AND t.status IN (%1)").arg(idList(st));
    }
    if (f.linkKind != EntityKind::None && f.linkId && f.withRelated) {
        w += QStringLiteral(" AND ") + clientTasksCondition(f.linkKind, f.linkId);
    } else if (f.linkKind != EntityKind::None) {
        w += QStringLiteral(" AND t.entity_kind = %1").arg(int(f.linkKind));
        if (f.linkId)
            w += QStringLiteral(" AND t.entity_id = %1").arg(f.linkId);
    }
    if (f.dueFrom)
        w += QStringLiteral(" AND t.due_at >= %1").arg(*f.dueFrom);
    if (f.dueTo)
        w += QStringLiteral(" AND t.due_at < %1").arg(*f.dueTo);
    if (!f.text.trimmed().isEmpty())
        w += QStringLiteral(" AND (t.text LIKE ?20 ESCAPE '\\' OR t.result LIKE ?20 ESCAPE '\\')");
    return w;
}

void TaskQuery::bind(Statement &q, const TaskFilter &filter)
{
    if (!filter.text.trimmed().isEmpty())
        q.bind(20, likePattern(filter.text));
}

Result<std::array<qint64, kDueBuckets>> TaskQuery::counts(const TaskFilter &filter)
{
    QStringList sums;
    for (int b = 0; b < kDueBuckets; ++b)
        sums << QStringLiteral("coalesce(sum(%1), 0)").arg(DueBounds::sqlCondition(DueBucket(b)));
    return guarded(m_s.db(), [&]() -> Result<std::array<qint64, kDueBuckets>> {
        Query q = m_s.sql().prepare(
            QStringLiteral("SELECT %1 FROM tasks t WHERE %2").arg(sums.join(u','), where(filter)));
        bounds().bind(*q);
        bind(*q, filter);
        std::array<qint64, kDueBuckets> out{};
        if (q->step())
            for (int b = 0; b < kDueBuckets; ++b)
                out[b] = q->int64(b);
        return out;
    });
}

Result<TaskPage> TaskQuery::page(const TaskFilter &filter, DueBucket bucket,
                                 const TaskCursor &after, int limit)
{
    const DueBounds b = bounds();
    QString sql = selectFor(m_s.principal()) + where(filter) + QStringLiteral(" AND ") +
                  DueBounds::sqlCondition(bucket);
    // Keyset per bucket: NoDate by id, Earlier newest first, the others soonest first.
    if (bucket == DueBucket::NoDate) {
        if (after.valid())
            sql += QStringLiteral(" AND t.id > ?22");
        sql += QStringLiteral(" ORDER BY t.id LIMIT ?23");
    } else if (bucket == DueBucket::Earlier) {
        if (after.valid())
            sql += QStringLiteral(" AND (t.due_at, t.id) < (?21, ?22)");
        sql += QStringLiteral(" ORDER BY t.due_at DESC, t.id DESC LIMIT ?23");
    } else {
        if (after.valid())
            sql += QStringLiteral(" AND (t.due_at, t.id) > (?21, ?22)");
        sql += QStringLiteral(" ORDER BY t.due_at, t.id LIMIT ?23");
    }
    return guarded(m_s.db(), [&]() -> Result<TaskPage> {
        Query q = m_s.sql().prepare(sql);
        b.bind(*q);
        bind(*q, filter);
        if (after.valid()) {
            q->bind(21, after.dueAt.value_or(0));
            q->bind(22, after.id);
        }
        q->bind(23, qint64(limit + 1)); // one more tells whether a next page exists
        TaskPage page;
        while (q->step())
            page.rows << readRow(*q, b);
        if (page.rows.size() > limit) {
            page.rows.removeLast();
            page.next = TaskCursor{page.rows.last().dueAt, page.rows.last().id};
        }
        return page;
    });
}

Result<QList<TaskGroup>> TaskQuery::groups(const TaskFilter &filter, int pageSize)
{
    return guarded(m_s.db(), [&]() -> Result<QList<TaskGroup>> {
        // One read snapshot: the counts and the pages agree while another program writes.
        m_s.sql().exec("SAVEPOINT tasks_read");
        struct Release
        {
            Connection &c;
            ~Release() { c.execQuietly("RELEASE tasks_read"); }
        } release{m_s.sql()};
        Result<std::array<qint64, kDueBuckets>> n = counts(filter);
        if (!n)
            return n.error();
        QList<TaskGroup> out;
        for (int b = 0; b < kDueBuckets; ++b) {
            TaskGroup g{DueBucket(b), (*n)[b], {}};
            if (g.count > 0) {
                Result<TaskPage> p = page(filter, g.bucket, {}, pageSize);
                if (!p)
                    return p.error();
                g.first = std::move(p).value();
            }
            out << g;
        }
        return out;
    });
}

Status TaskQuery::scan(const TaskFilter &filter, const std::function<bool(const TaskRow &)> &row)
{
    const DueBounds b = bounds();
    return guarded(m_s.db(), [&]() -> Status {
        // Row id order reads the table front to back and needs no sort: ordering 2M rows by
        // due held them all in a temporary B-tree (in memory: temp_store=MEMORY).
        Query q = m_s.sql().prepare(selectFor(m_s.principal()) + where(filter) +
                                    QStringLiteral(" ORDER BY t.id"));
        bind(*q, filter);
        while (q->step())
            if (!row(readRow(*q, b)))
                break;
        return Ok{};
    });
}

Result<QList<TaskRow>> TaskQuery::dueBetween(const TaskFilter &filter, int limit)
{
    const DueBounds b = bounds();
    return guarded(m_s.db(), [&]() -> Result<QList<TaskRow>> {
        Query q = m_s.sql().prepare(selectFor(m_s.principal()) + where(filter) +
                                    QStringLiteral(" AND t.due_at IS NOT NULL ORDER BY t.due_at, "
                                                   "t.id LIMIT ?23"));
        bind(*q, filter);
        q->bind(23, qint64(limit));
        QList<TaskRow> out;
        while (q->step())
            out << readRow(*q, b);
        return out;
    });
}

Result<qint64> TaskQuery::countBetween(const TaskFilter &filter)
{
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        Query q = m_s.sql().prepare(QStringLiteral("SELECT count(*) FROM tasks t WHERE ") +
                                    where(filter) + QStringLiteral(" AND t.due_at IS NOT NULL"));
        bind(*q, filter);
        return q->step() ? q->int64(0) : 0;
    });
}

Result<TaskRow> TaskQuery::task(qint64 id)
{
    return guarded(m_s.db(), [&]() -> Result<TaskRow> {
        Query q = m_s.sql().prepare(selectFor(m_s.principal()) + where({}) +
                                    QStringLiteral(" AND t.id = ?21"));
        q->bind(21, id);
        if (!q->step())
            return makeError(Error::Code::NotFound,
                             Tr::tr("Task #%1 does not exist or is not visible to you.").arg(id),
                             entityKey(EntityKind::Task));
        return readRow(*q, bounds());
    });
}

Result<QList<TaskTypeInfo>> TaskQuery::types()
{
    return guarded(m_s.db(), [&]() -> Result<QList<TaskTypeInfo>> {
        Query q = m_s.sql().prepare("SELECT id, name, coalesce(icon, ''), coalesce(color, ''), "
                                    "builtin <> 0 FROM task_types WHERE deleted = 0 "
                                    "ORDER BY position, id");
        QList<TaskTypeInfo> out;
        while (q->step())
            out << TaskTypeInfo{q->int64(0), shownTypeName(q->text(1)), q->text(2), q->text(3),
                                q->int64(4) != 0};
        return out;
    });
}

bool TaskQuery::resultRequired()
{
    try {
        return m_s.db().setting(QLatin1String(kTaskResultRequired)).toLongLong() == 1;
    } catch (const SqlError &) {
        return false;
    }
}

Status TaskQuery::complete(qint64 taskId, const QString &result)
{
    Patch p{{QStringLiteral("status"), int(TaskStatus::Done)}};
    if (!result.trimmed().isEmpty())
        p.insert(QStringLiteral("result"), result);
    return Records(m_s).update(EntityKind::Task, taskId, p);
}

bool TaskQuery::acceptsDrop(DueBucket bucket)
{
    return bucket != DueBucket::Overdue && bucket != DueBucket::Earlier;
}

Status TaskQuery::moveToBucket(qint64 taskId, DueBucket bucket)
{
    if (!acceptsDrop(bucket))
        return makeError(Error::Code::Invalid,
                         Tr::tr("A task cannot be moved into \"%1\"; pick a day from today on.")
                             .arg(dueBucketTitle(bucket)),
                         entityKey(EntityKind::Task), QStringLiteral("due_at"));
    Result<Record> rec = Records(m_s).load(EntityKind::Task, taskId);
    if (!rec)
        return rec.error();
    const QVariant due = rec->value(QStringLiteral("due_at"));
    if (bucket == DueBucket::NoDate)
        return Records(m_s).update(EntityKind::Task, taskId,
                                   {{QStringLiteral("due_at"), QVariant()}});
    const DueBounds b = bounds();
    // Keep the time of day (an all-day task keeps its 23:59); a task without one starts 09:00.
    QTime time(9, 0);
    if (!due.isNull() && due.isValid())
        time = QDateTime::fromMSecsSinceEpoch(due.toLongLong(), m_zone).time();
    const qint64 target = QDateTime(b.targetDay(bucket), time, m_zone).toMSecsSinceEpoch();
    return Records(m_s).update(EntityKind::Task, taskId, {{QStringLiteral("due_at"), target}});
}

} // namespace Voronka::Core
