// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "adminstep.h"

#include <QCoreApplication>
#include <QSet>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::AdminStep)
};

QSet<QString> columnsOf(Connection &sql, const QString &table)
{
    QSet<QString> out;
    Query q = sql.prepare(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (q->step())
        out.insert(q->text(1));
    return out;
}

struct Target
{
    EntityKind kind = EntityKind::None;
    qint64 id = 0;
    QStringList fields;
};

Target parse(const QString &key)
{
    const QStringList parts = key.split(u':');
    Target t{EntityKind(parts.value(0).toInt()), parts.value(1).toLongLong(), {}};
    t.fields = parts.value(2).split(u',', Qt::SkipEmptyParts);
    return t;
}

// The text of a record's columns; empty when the row is gone.
QString readRow(Connection &sql, const Target &t, QHash<QString, QSet<QString>> &columns)
{
    const QString table = entityTable(t.kind);
    if (table.isEmpty())
        return {};
    if (!columns.contains(table))
        columns.insert(table, columnsOf(sql, table));
    QStringList cols;
    for (const QString &f : t.fields)
        if (columns.value(table).contains(f))
            cols << f;
    if (cols.isEmpty())
        cols << QStringLiteral("id");
    Query q = sql.prepare(
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(cols.join(u','), table));
    q->bind(1, t.id);
    if (!q->step())
        return {};
    QStringList out;
    for (int i = 0; i < cols.size(); ++i)
        out << (q->isNull(i) ? QStringLiteral("\\N") : q->value(i).toString());
    q->reset();
    return out.join(QChar(0x1f));
}

// Deals, contacts, companies, tasks and notes a settings step moves (a handover, a stage's
// deals) are the step's own to compare record by record, so that what a colleague reassigned
// since stays and the rest still goes back; the footprint holds the settings rows.
bool isRecordKind(EntityKind k)
{
    return k == EntityKind::Deal || k == EntityKind::Contact || k == EntityKind::Company ||
           k == EntityKind::Task || k == EntityKind::Note;
}

// The settings rows the outbox rows after `mark` name, with the union of their fields: the key
// carries the fields so that the comparison before the next run reads the same columns.
AdminStep::Footprint footprintSince(Connection &sql, qint64 mark)
{
    QHash<QString, QSet<QString>> fields;
    Query q = sql.prepare("SELECT kind, entity_id, fields FROM outbox WHERE id > ?1 ORDER BY id");
    q->bind(1, mark);
    while (q->step()) {
        if (isRecordKind(EntityKind(q->int64(0))))
            continue;
        QSet<QString> &f = fields[QStringLiteral("%1:%2").arg(q->int64(0)).arg(q->int64(1))];
        for (const QString &name : q->text(2).split(u',', Qt::SkipEmptyParts))
            f.insert(name);
    }
    AdminStep::Footprint out;
    QHash<QString, QSet<QString>> columns;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QStringList names(it.value().cbegin(), it.value().cend());
        names.sort();
        const QString key = it.key() + u':' + names.join(u',');
        out.rows.insert(key, readRow(sql, parse(key), columns));
    }
    return out;
}
} // namespace

QString AdminStep::describe(Session &s, const QString &key)
{
    const Target t = parse(key);
    const QString table = entityTable(t.kind);
    QString name;
    try {
        const QSet<QString> cols = columnsOf(s.sql(), table);
        const QString column = cols.contains(QStringLiteral("name"))  ? QStringLiteral("name")
                               : cols.contains(QStringLiteral("key")) ? QStringLiteral("key")
                                                                      : QString();
        if (!column.isEmpty()) {
            Query q = s.sql().prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(column, table));
            q->bind(1, t.id);
            if (q->step())
                name = q->text(0);
            q->reset();
        }
    } catch (const SqlError &) {
        // A name is a courtesy: the number below still names the record.
    }
    return name.isEmpty() ? QStringLiteral("%1 #%2").arg(entityName(t.kind)).arg(t.id)
                          : QStringLiteral("%1 «%2»").arg(entityName(t.kind), name);
}

Result<AdminStep::Footprint> AdminStep::run(Session &s, const Footprint &expected,
                                            const std::function<Status()> &step)
{
    const bool own = !s.inBatch();
    try {
        if (own)
            s.beginBatch();
        QHash<QString, QSet<QString>> columns;
        for (auto it = expected.rows.cbegin(); it != expected.rows.cend(); ++it) {
            if (readRow(s.sql(), parse(it.key()), columns) == it.value())
                continue;
            const QString what = describe(s, it.key());
            if (own)
                s.rollbackBatch();
            return makeError(
                Error::Code::Conflict,
                Tr::tr("%1 was changed by someone else since; left as it is.").arg(what));
        }
        const qint64 mark = s.sql().scalar("SELECT coalesce(max(id), 0) FROM outbox");
        const Status st = step();
        if (!st) {
            if (own) {
                s.rollbackBatch();
                s.invalidate();
            }
            return st.error();
        }
        Footprint left = footprintSince(s.sql(), mark);
        if (own)
            if (Status done = s.commitBatch(); !done) {
                s.invalidate();
                return done.error();
            }
        return left;
    } catch (const SqlError &e) {
        if (own && s.inBatch()) {
            s.rollbackBatch();
            s.invalidate();
        } else if (!own) {
            s.breakBatch();
        }
        return Database::errorFor(e, s.db().path());
    }
}

} // namespace Voronka::Core
