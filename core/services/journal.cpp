// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "journal.h"

#include "core/importexport/csv.h"
#include "core/services/entityspec.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Journal)
};

struct ActionInfo
{
    JournalAction action;
    const char *key;
    const char *name;
};

// The order the filters list them in.
const ActionInfo kActions[] = {
    {JournalAction::Changed, "changed", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Changed")},
    {JournalAction::MovedStage, "moved-stage",
     QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Moved to a stage")},
    {JournalAction::Deleted, "deleted", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Deleted")},
    {JournalAction::Restored, "restored", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Restored")},
    {JournalAction::NoteAdded, "note", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Note added")},
    {JournalAction::TaskCreated, "task-created",
     QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Task created")},
    {JournalAction::TaskCompleted, "task-completed",
     QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Task completed")},
    {JournalAction::Created, "created", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Created")},
    {JournalAction::Merged, "merged", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Merged")},
    {JournalAction::Unmerged, "unmerged",
     QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Merge undone")},
    {JournalAction::Linked, "linked", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Linked")},
    {JournalAction::Unlinked, "unlinked", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Unlinked")},
    {JournalAction::SignedIn, "sign-in", QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Signed in")},
    {JournalAction::SignInFailed, "sign-in-failed",
     QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Sign-in failed")},
    {JournalAction::SignInLockedOut, "sign-in-locked-out",
     QT_TRANSLATE_NOOP("Voronka::Core::Journal", "Sign-in refused: locked out")},
};

const ActionInfo *info(JournalAction a)
{
    for (const ActionInfo &i : kActions)
        if (i.action == a)
            return &i;
    return nullptr;
}

bool isSignInAction(JournalAction a)
{
    return a == JournalAction::SignedIn || a == JournalAction::SignInFailed ||
           a == JournalAction::SignInLockedOut;
}

// The history of deals, contacts, companies, tasks and notes runs to millions of rows and is
// read newest first along history_at or history_user; the other kinds (settings) have a few
// rows each, which history_entity finds directly and a sort orders.
bool isLargeKind(EntityKind k)
{
    return k == EntityKind::Deal || k == EntityKind::Contact || k == EntityKind::Company ||
           k == EntityKind::Task || k == EntityKind::Note;
}

const char *nameSql(EntityKind k)
{
    switch (k) {
    case EntityKind::Deal:
        return "SELECT name FROM deals WHERE id = ?1";
    case EntityKind::Contact:
        return "SELECT name FROM contacts WHERE id = ?1";
    case EntityKind::Company:
        return "SELECT name FROM companies WHERE id = ?1";
    case EntityKind::Task:
        return "SELECT substr(text, 1, 80) FROM tasks WHERE id = ?1";
    case EntityKind::Note:
        return "SELECT substr(text, 1, 80) FROM notes WHERE id = ?1";
    case EntityKind::User:
        return "SELECT name FROM users WHERE id = ?1";
    case EntityKind::Department:
        return "SELECT name FROM departments WHERE id = ?1";
    case EntityKind::Role:
        return "SELECT name FROM roles WHERE id = ?1";
    case EntityKind::Pipeline:
        return "SELECT name FROM pipelines WHERE id = ?1";
    case EntityKind::Stage:
        return "SELECT name FROM stages WHERE id = ?1";
    case EntityKind::Tag:
        return "SELECT name FROM tags WHERE id = ?1";
    case EntityKind::TaskType:
        return "SELECT name FROM task_types WHERE id = ?1";
    case EntityKind::LossReason:
        return "SELECT name FROM loss_reasons WHERE id = ?1";
    case EntityKind::FieldDef:
        return "SELECT name FROM field_defs WHERE id = ?1";
    case EntityKind::Setting:
        return "SELECT key FROM settings WHERE id = ?1";
    case EntityKind::Goal:
        return "SELECT u.name || ', ' || g.month FROM goals g LEFT JOIN users u ON u.id = "
               "g.user_id WHERE g.id = ?1";
    case EntityKind::Automation: // no name of its own
    case EntityKind::None:
        break;
    }
    return nullptr;
}

// Newest first; at equal times the sign-ins (source 1) before history, each by id descending.
bool newerFirst(const JournalEntry &a, const JournalEntry &b)
{
    if (a.at != b.at)
        return a.at > b.at;
    if (a.source != b.source)
        return int(a.source) > int(b.source);
    return a.id > b.id;
}

// The keyset condition for one source: the rows after the cursor in (at, source, id) order.
// Written as a range on `at` (plus an id test on the boundary time) so it stays a range on
// the index, whichever index the plan walks.
QString afterSql(const JournalCursor &after, int source, const char *alias)
{
    if (!after.valid())
        return {};
    if (after.source == source)
        return QStringLiteral(" AND %1.at <= ?6 AND (%1.at < ?6 OR %1.id < ?7)")
            .arg(QLatin1String(alias));
    // At the cursor's time the other source's rows come after it when its source is lower.
    return QStringLiteral(" AND %1.at %2 ?6")
        .arg(QLatin1String(alias),
             source < after.source ? QStringLiteral("<=") : QStringLiteral("<"));
}

QString periodSql(const JournalFilter &f, const char *alias)
{
    QString sql;
    if (f.fromMs)
        sql += QStringLiteral(" AND %1.at >= ?4").arg(QLatin1String(alias));
    if (f.toMs)
        sql += QStringLiteral(" AND %1.at < ?5").arg(QLatin1String(alias));
    return sql;
}

void bindCommon(Statement &q, const JournalFilter &f, const JournalCursor &after, int n)
{
    if (f.userId)
        q.bind(1, f.userId);
    if (f.fromMs)
        q.bind(4, f.fromMs);
    if (f.toMs)
        q.bind(5, f.toMs);
    if (after.valid()) {
        q.bind(6, after.at);
        q.bind(7, after.id);
    }
    q.bind(8, qint64(n));
}

QString valueText(const QVariant &v)
{
    return v.isNull() ? QString() : v.toString();
}
} // namespace

QString journalActionName(JournalAction a)
{
    const ActionInfo *i = info(a);
    return i ? Tr::tr(i->name) : Tr::tr("Any action");
}

QString journalActionKey(JournalAction a)
{
    const ActionInfo *i = info(a);
    return i ? QLatin1String(i->key) : QStringLiteral("any");
}

JournalAction journalActionFromKey(QStringView key)
{
    for (const ActionInfo &i : kActions)
        if (key == QLatin1String(i.key))
            return i.action;
    return JournalAction::Any;
}

QList<JournalAction> journalActions()
{
    QList<JournalAction> out;
    for (const ActionInfo &i : kActions)
        out << i.action;
    return out;
}

Status Journal::checkAdmin() const
{
    if (m_s.principal().admin)
        return Ok{};
    return makeError(Error::Code::Permission,
                     Tr::tr("Only an administrator may read the journal."));
}

Result<JournalPage> Journal::page(const JournalFilter &filter, const JournalCursor &after,
                                  int pageSize)
{
    if (Status st = checkAdmin(); !st)
        return st.error();
    pageSize = std::max(1, pageSize);
    const bool history = !filter.signInsOnly && !isSignInAction(filter.action);
    const bool signIns = filter.kind == EntityKind::None &&
                         (filter.action == JournalAction::Any || isSignInAction(filter.action));
    return guarded(m_s.db(), [&]() -> Result<JournalPage> {
        // One row more than the page from each source tells whether anything follows.
        QList<JournalEntry> rows;
        if (history)
            rows += readHistory(filter, after, pageSize + 1);
        if (signIns)
            rows += readSignIns(filter, after, pageSize + 1);
        std::sort(rows.begin(), rows.end(), newerFirst);
        JournalPage page;
        if (rows.size() > pageSize) {
            rows.resize(pageSize);
            page.next = rows.last().key();
        }
        page.entries = std::move(rows);
        return page;
    });
}

QList<JournalEntry> Journal::readHistory(const JournalFilter &f, const JournalCursor &after, int n)
{
    // The plans (EXPLAIN QUERY PLAN, checked by a test): no filter or a period walks
    // history_at backwards; a user walks history_user(user_id, at); a kind with many rows is
    // tested on the way (`+h.kind` keeps SQLite off history_entity, whose kind rows it would
    // then have to sort by time); a kind with few rows (settings, or contacts in a file whose
    // history is nearly all deals) is read through history_entity and sorted, as the walk
    // would pass millions of other rows to fill a page. An action alone walks
    // history_event(event, at), so a rare one ("merged") is a short range, not a scan; with a
    // user or a kind the action is tested on the rows those walk.
    QString sql = QStringLiteral(
        "SELECT h.id, h.at, h.user_id, h.kind, h.entity_id, h.event, h.field, h.old_value, "
        "h.new_value FROM history h");
    const bool smallKind =
        f.kind != EntityKind::None && (!isLargeKind(f.kind) || fewHistoryRows(f.kind));
    const bool byAction = f.action != JournalAction::Any && !smallKind && !f.userId;
    sql += smallKind  ? QStringLiteral(" INDEXED BY history_entity WHERE h.kind = ?2")
           : byAction ? QStringLiteral(" INDEXED BY history_event WHERE h.event = ?3")
                      : QStringLiteral(" WHERE 1");
    if (f.kind != EntityKind::None && !smallKind)
        sql += QStringLiteral(" AND +h.kind = ?2");
    if (f.userId)
        sql += QStringLiteral(" AND h.user_id = ?1");
    if (f.action != JournalAction::Any && !byAction)
        sql += QStringLiteral(" AND +h.event = ?3");
    sql += periodSql(f, "h") + afterSql(after, int(JournalEntry::Source::History), "h") +
           QStringLiteral(" ORDER BY h.at DESC, h.id DESC LIMIT ?8");

    Query q = m_s.sql().prepare(sql);
    bindCommon(*q, f, after, n);
    if (f.kind != EntityKind::None)
        q->bind(2, int(f.kind));
    if (f.action != JournalAction::Any)
        q->bind(3, int(f.action));
    QList<JournalEntry> out;
    while (q->step()) {
        JournalEntry e;
        e.source = JournalEntry::Source::History;
        e.id = q->int64(0);
        e.at = q->int64(1);
        e.userId = q->int64(2);
        e.kind = EntityKind(q->int64(3));
        e.entityId = q->int64(4);
        e.action = JournalAction(q->int64(5));
        describe(e, q->text(6), q->value(7), q->value(8));
        out << e;
    }
    // Names after the walk: one cached lookup per row, on the same connection.
    for (JournalEntry &e : out) {
        e.userName = e.userId ? userName(e.userId) : QString();
        if (const char *sqlName = nameSql(e.kind)) {
            Query name = m_s.sql().prepare(sqlName);
            name->bind(1, e.entityId);
            if (name->step())
                e.recordName = name->text(0);
        }
    }
    return out;
}

QString Journal::userName(qint64 id)
{
    // The session knows the users not deleted; a deleted one keeps their history.
    if (m_s.users().contains(id))
        return m_s.users().value(id).name;
    Query q = m_s.sql().prepare("SELECT name FROM users WHERE id = ?1");
    q->bind(1, id);
    return q->step() ? q->text(0) : QString();
}

bool Journal::fewHistoryRows(EntityKind kind)
{
    // Counting up to the limit is a short range of history_entity; below it the sort is of a
    // few thousand rows at most.
    constexpr int kFew = 10000;
    Query q = m_s.sql().prepare(
        QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM history WHERE kind = ?1 LIMIT %1)")
            .arg(kFew + 1));
    q->bind(1, int(kind));
    return q->step() && q->int64(0) <= kFew;
}

QList<JournalEntry> Journal::readSignIns(const JournalFilter &f, const JournalCursor &after, int n)
{
    // sign_ins_at, or sign_ins_user for one user; the result is tested on the rows walked.
    QString sql = QStringLiteral(
        "SELECT s.id, s.at, s.user_id, s.email, s.machine, s.os_user, s.client, s.result "
        "FROM sign_ins s WHERE 1");
    if (f.userId)
        sql += QStringLiteral(" AND s.user_id = ?1");
    if (f.action == JournalAction::SignedIn)
        sql += QStringLiteral(" AND +s.result = 1");
    else if (f.action == JournalAction::SignInFailed)
        sql += QStringLiteral(" AND +s.result IN (2, 3)");
    else if (f.action == JournalAction::SignInLockedOut)
        sql += QStringLiteral(" AND +s.result = 3");
    sql += periodSql(f, "s") + afterSql(after, int(JournalEntry::Source::SignIn), "s") +
           QStringLiteral(" ORDER BY s.at DESC, s.id DESC LIMIT ?8");

    Query q = m_s.sql().prepare(sql);
    bindCommon(*q, f, after, n);
    QList<JournalEntry> out;
    while (q->step()) {
        JournalEntry e;
        e.source = JournalEntry::Source::SignIn;
        e.id = q->int64(0);
        e.at = q->int64(1);
        e.userId = q->int64(2);
        e.recordName = q->text(3);
        e.userName = e.userId ? userName(e.userId) : e.recordName;
        const int result = int(q->int64(7));
        e.action = result == 1   ? JournalAction::SignedIn
                   : result == 3 ? JournalAction::SignInLockedOut
                                 : JournalAction::SignInFailed;
        QStringList where;
        for (int col : {4, 5})
            if (!q->text(col).isEmpty())
                where << q->text(col);
        e.detail = where.join(QStringLiteral(" / "));
        if (const QString client = q->text(6); !client.isEmpty())
            e.detail += e.detail.isEmpty() ? client : QStringLiteral(" (%1)").arg(client);
        out << e;
    }
    return out;
}

void Journal::describe(JournalEntry &e, const QString &field, const QVariant &oldValue,
                       const QVariant &newValue)
{
    auto named = [this, &field, &e](const QVariant &v) -> QString {
        if (v.isNull())
            return {};
        if (e.action == JournalAction::MovedStage || field == u"stage_id") {
            const StageInfo *st = m_s.stage(v.toLongLong());
            return st ? st->name : v.toString();
        }
        if (field == u"responsible_id" || field == u"author_id") {
            const QString name = m_s.user(v.toLongLong()).name;
            return name.isEmpty() ? v.toString() : name;
        }
        if (field == u"loss_reason_id") {
            for (const Session::Named &r : m_s.lossReasons())
                if (r.id == v.toLongLong())
                    return r.name;
        }
        // A task or note event holds the id of the task or note: its text says more.
        const char *textSql = field == u"task"   ? "SELECT text FROM tasks WHERE id = ?1"
                              : field == u"note" ? "SELECT text FROM notes WHERE id = ?1"
                                                 : nullptr;
        if (textSql &&
            (e.action == JournalAction::TaskCreated || e.action == JournalAction::TaskCompleted ||
             e.action == JournalAction::NoteAdded)) {
            Query q = m_s.sql().prepare(textSql);
            q->bind(1, v.toLongLong());
            if (q->step())
                return q->text(0).left(200);
        }
        return valueText(v);
    };
    e.oldValue = named(oldValue);
    e.newValue = named(newValue);
    e.field = field;
    if (e.action == JournalAction::TaskCreated || e.action == JournalAction::TaskCompleted ||
        e.action == JournalAction::NoteAdded) {
        e.field.clear(); // "task", "note": the action says it already
        return;
    }
    if (field.startsWith(QStringLiteral("cf."))) {
        if (const FieldDef *def = m_s.fieldDef(field.mid(3).toLongLong()))
            e.field = def->name;
    } else if (const EntitySpec *spec = entitySpec(e.kind)) {
        if (const ColumnSpec *c = spec->column(field))
            e.field = columnLabel(*c);
    }
}

QStringList Journal::csvHeader()
{
    return {Tr::tr("Time (UTC)"), Tr::tr("User"),   Tr::tr("Entity"), Tr::tr("Record id"),
            Tr::tr("Record"),     Tr::tr("Action"), Tr::tr("Field"),  Tr::tr("Old value"),
            Tr::tr("New value"),  Tr::tr("Detail")};
}

QStringList Journal::csvRow(const JournalEntry &e)
{
    const bool signIn = e.source == JournalEntry::Source::SignIn;
    return {QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate),
            e.userName,
            signIn ? Tr::tr("Sign-in") : entityName(e.kind),
            signIn || !e.entityId ? QString() : QString::number(e.entityId),
            e.recordName,
            journalActionName(e.action),
            e.field,
            e.oldValue,
            e.newValue,
            e.detail};
}

Result<qint64> Journal::exportCsv(const JournalFilter &filter, QIODevice &out, int pageSize,
                                  const std::function<bool(qint64)> &progress)
{
    if (Status st = checkAdmin(); !st)
        return st.error();
    CsvWriter csv(out);
    csv.writeRow(csvHeader());
    qint64 written = 0;
    JournalCursor cursor;
    do {
        Result<JournalPage> p = page(filter, cursor, pageSize);
        if (!p)
            return p.error();
        for (const JournalEntry &e : p->entries)
            csv.writeRow(csvRow(e));
        written += p->entries.size();
        cursor = p->next;
        if (!csv.ok())
            return makeError(Error::Code::Storage,
                             Tr::tr("Cannot write the journal: %1").arg(csv.errorString()));
        if (progress && !progress(written))
            return makeError(Error::Code::Invalid, Tr::tr("The export was cancelled."));
    } while (cursor.valid());
    return written;
}

} // namespace Voronka::Core
