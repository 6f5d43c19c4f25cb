// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/services/bulkedit.h"

#include "core/services/records.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QSet>

namespace Voronka::Core {

namespace {
// The record list's context: bulk edits are its actions.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::RecordList)
};

QString changedText(EntityKind kind, int n)
{
    switch (kind) {
    case EntityKind::Contact:
        return Tr::tr("%n contact(s) changed.", nullptr, n);
    case EntityKind::Company:
        return Tr::tr("%n company(s) changed.", nullptr, n);
    default:
        return Tr::tr("%n deal(s) changed.", nullptr, n);
    }
}

QString partlyText(EntityKind kind, int applied, int refused)
{
    switch (kind) {
    case EntityKind::Contact:
        return Tr::tr("%n contact(s) changed, ", nullptr, applied) +
               Tr::tr("%n contact(s) not changed:", nullptr, refused);
    case EntityKind::Company:
        return Tr::tr("%n company(s) changed, ", nullptr, applied) +
               Tr::tr("%n company(s) not changed:", nullptr, refused);
    default:
        return Tr::tr("%n deal(s) changed, ", nullptr, applied) +
               Tr::tr("%n deal(s) not changed:", nullptr, refused);
    }
}
} // namespace

QString BulkResult::summary() const
{
    if (refused.isEmpty())
        return changedText(kind, applied);
    QStringList lines{partlyText(kind, applied, int(refused.size()))};
    for (const Refusal &r : refused)
        // Core's message usually names the record already; when it does not (a record the
        // user may not even view), the name goes in front.
        lines << (r.name.isEmpty() || r.message.contains(r.name)
                      ? r.message
                      : QStringLiteral("%1: %2").arg(r.name, r.message));
    return lines.join(u'\n');
}

Result<BulkResult> BulkEdit::apply(const QList<qint64> &ids,
                                   const std::function<Status(qint64 id)> &change)
{
    BulkResult out;
    out.kind = m_kind;
    const Status done = guarded(m_s.db(), [&]() -> Status {
        m_s.beginBatch();
        return Ok{};
    });
    if (!done)
        return done.error();
    for (qint64 id : ids) {
        Status st = Ok{};
        try {
            st = change(id);
        } catch (const SqlError &e) {
            m_s.rollbackBatch();
            return Database::errorFor(e, m_s.db().path());
        }
        if (st)
            ++out.applied;
        else
            out.refused << BulkResult::Refusal{id, {}, st.error().message};
    }
    if (Status st = m_s.commitBatch(); !st)
        return st.error();
    if (!out.refused.isEmpty()) {
        try {
            Query name = m_s.sql().prepare(
                QStringLiteral("SELECT name FROM %1 WHERE id = ?1").arg(entityTable(m_kind)));
            for (BulkResult::Refusal &r : out.refused) {
                name->reset();
                name->bind(1, r.id);
                r.name = name->step() ? name->text(0) : QStringLiteral("#%1").arg(r.id);
            }
        } catch (const SqlError &) {
            // The names only decorate the messages, which stand on their own.
        }
    }
    return out;
}

Result<QList<qint64>> BulkEdit::permitted(const QList<qint64> &ids, PermAction action)
{
    const PermEntity entity = m_kind == EntityKind::Contact   ? PermEntity::Contact
                              : m_kind == EntityKind::Company ? PermEntity::Company
                                                              : PermEntity::Deal;
    const QString predicate = Permissions::sqlPredicate(m_s.principal(), entity, action,
                                                        QStringLiteral("r.responsible_id"));
    return guarded(m_s.db(), [&]() -> Result<QList<qint64>> {
        QSet<qint64> allowed;
        // The ids are numbers written into the statement, a chunk at a time.
        constexpr qsizetype kChunk = 500;
        for (qsizetype from = 0; from < ids.size(); from += kChunk) {
            QStringList numbers;
            for (qint64 id : ids.mid(from, kChunk))
                numbers << QString::number(id);
            Query q = m_s.sql().prepare(
                QStringLiteral("SELECT r.id FROM %1 r WHERE r.id IN (%2) AND r.deleted = 0 AND %3")
                    .arg(entityTable(m_kind), numbers.join(u','), predicate));
            while (q->step())
                allowed.insert(q->int64(0));
        }
        QList<qint64> out;
        for (qint64 id : ids)
            if (allowed.contains(id))
                out << id;
        return out;
    });
}

Result<BulkResult> BulkEdit::setField(const QList<qint64> &ids, const QString &key,
                                      const QVariant &value)
{
    Records records(m_s);
    return apply(ids, [&](qint64 id) { return records.update(m_kind, id, Patch{{key, value}}); });
}

Result<BulkResult> BulkEdit::setResponsible(const QList<qint64> &ids, qint64 userId)
{
    return setField(ids, QStringLiteral("responsible_id"), userId ? QVariant(userId) : QVariant());
}

Result<BulkResult> BulkEdit::changeTags(const QList<qint64> &ids, const QStringList &tags, bool add)
{
    Records records(m_s);
    return apply(ids, [&](qint64 id) -> Status {
        Result<Record> rec = records.load(m_kind, id);
        if (!rec)
            return rec.error();
        QStringList now = rec->value(QStringLiteral("tags")).toStringList();
        const qsizetype before = now.size();
        for (const QString &tag : tags) {
            const QString t = tag.trimmed();
            if (t.isEmpty())
                continue;
            if (add && !now.contains(t, Qt::CaseInsensitive))
                now << t;
            else if (!add)
                now.removeIf(
                    [&](const QString &x) { return x.compare(t, Qt::CaseInsensitive) == 0; });
        }
        if (now.size() == before)
            return Ok{};
        return records.update(m_kind, id, Patch{{QStringLiteral("tags"), now}});
    });
}

Result<BulkResult> BulkEdit::addTags(const QList<qint64> &ids, const QStringList &tags)
{
    return changeTags(ids, tags, true);
}

Result<BulkResult> BulkEdit::removeTags(const QList<qint64> &ids, const QStringList &tags)
{
    return changeTags(ids, tags, false);
}

Result<BulkResult> BulkEdit::remove(const QList<qint64> &ids)
{
    Records records(m_s);
    return apply(ids, [&](qint64 id) { return records.remove(m_kind, id); });
}

} // namespace Voronka::Core
