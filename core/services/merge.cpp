// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "merge.h"

#include "core/search/searchindex.h"
#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Merge)
};

const QString kTags = QStringLiteral("tags");
const QString kMergeField = QStringLiteral("merge");
const QString kMoneyUnits = QStringLiteral("money"); // "minor" in merges that keep minor units

bool isEmptyValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().isEmpty();
    if (v.typeId() == QMetaType::QVariantList)
        return v.toList().isEmpty();
    if (v.typeId() == QMetaType::QVariantMap)
        return v.toMap().isEmpty();
    return v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty();
}

QString plainText(const QVariant &v)
{
    if (isEmptyValue(v))
        return {};
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList().join(QStringLiteral(", "));
    if (v.typeId() == QMetaType::QVariantMap) {
        QStringList parts;
        const QVariantMap m = v.toMap();
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            if (!it.value().toString().isEmpty())
                parts << it.value().toString();
        return parts.join(QStringLiteral(", "));
    }
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    return v.toString();
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}

QList<qint64> idsOf(const QJsonValue &v)
{
    QList<qint64> out;
    for (const QJsonValue &x : v.toArray())
        out << x.toInteger();
    return out;
}

QList<qint64> selectIds(Connection &c, const QString &sql, qint64 a, qint64 b = 0)
{
    QList<qint64> out;
    Query q = c.prepare(sql);
    q->bind(1, a);
    if (b)
        q->bind(2, b);
    while (q->step())
        out << q->int64(0);
    return out;
}

QString idText(const QList<qint64> &ids)
{
    QStringList s;
    for (qint64 id : ids)
        s << QString::number(id);
    return s.join(u',');
}

// The survivor's new values after the plan's choices; before and keys, for undo, receive its
// values before.
Patch mergedPatch(const MergePlan &plan, const QList<MergeField> &list, QJsonObject &before,
                  QJsonArray &keys)
{
    Patch patch;
    for (const MergeField &f : list) {
        keys.append(f.key);
        before.insert(f.key, QJsonValue::fromVariant(f.survivorValue));
        const bool fromLoser = plan.takeFromLoser.value(f.key, f.fromLoser);
        const QVariant &win = fromLoser ? f.loserValue : f.survivorValue;
        const QVariant &other = fromLoser ? f.survivorValue : f.loserValue;
        QVariant value = win;
        const bool unite = f.key == kTags ? plan.uniteTags : (f.list && plan.uniteLists);
        if (unite) {
            QStringList items = win.toStringList();
            for (const QString &s : other.toStringList()) {
                const bool phone = f.key == u"phones";
                const bool seen = std::any_of(items.cbegin(), items.cend(), [&](const QString &x) {
                    return phone ? Text::digitsOnly(x).right(10) == Text::digitsOnly(s).right(10)
                                 : x.compare(s, Qt::CaseInsensitive) == 0;
                });
                if (!seen)
                    items << s;
            }
            value = items;
        }
        patch.insert(f.key, value);
    }
    return patch;
}

// A deal that already lists the survivor just loses the loser; otherwise the survivor takes
// the loser's place (and position) in the deal.
void moveDealContacts(Change &c, qint64 s, qint64 l, MergeSummary &summary, QJsonObject &undo)
{
    Connection &sql = c.sql();
    QJsonArray links;
    Query rows = sql.prepare("SELECT deal_id, position FROM deal_contacts WHERE "
                             "contact_id = ?1 ORDER BY deal_id");
    rows->bind(1, l);
    QList<std::pair<qint64, qint64>> found;
    while (rows->step())
        found << std::pair{rows->int64(0), rows->int64(1)};
    for (const auto &[deal, position] : std::as_const(found)) {
        const QList<qint64> oldList =
            selectIds(sql,
                      QStringLiteral("SELECT contact_id FROM deal_contacts WHERE deal_id = "
                                     "?1 ORDER BY position, contact_id"),
                      deal);
        const bool had = oldList.contains(s);
        if (had)
            sql.prepare("DELETE FROM deal_contacts WHERE deal_id = ?1 AND contact_id = ?2")
                ->bindAll(deal, l)
                .run();
        else
            sql.prepare("UPDATE deal_contacts SET contact_id = ?3 WHERE deal_id = ?1 AND "
                        "contact_id = ?2")
                ->bindAll(deal, l, s)
                .run();
        const QList<qint64> newList =
            selectIds(sql,
                      QStringLiteral("SELECT contact_id FROM deal_contacts WHERE deal_id = "
                                     "?1 ORDER BY position, contact_id"),
                      deal);
        sql.prepare("UPDATE deals SET updated_at = ?1 WHERE id = ?2")->bindAll(c.now(), deal).run();
        c.history(EntityKind::Deal, deal, HistoryEvent::FieldChanged, QStringLiteral("contacts"),
                  idText(oldList), idText(newList));
        c.outbox(EntityKind::Deal, deal, OutboxOp::Update, {QStringLiteral("contacts")});
        links.append(QJsonArray{deal, position, had});
    }
    summary.deals = int(found.size());
    undo.insert(QStringLiteral("dealContacts"), links);
}

// A company's deals and contacts go to the survivor.
void moveCompanyDependents(Session &session, Change &c, qint64 s, qint64 l, MergeSummary &summary,
                           QJsonObject &undo)
{
    Connection &sql = c.sql();
    for (EntityKind dep : {EntityKind::Deal, EntityKind::Contact}) {
        const QList<qint64> ids = selectIds(
            sql, QStringLiteral("SELECT id FROM %1 WHERE company_id = ?1").arg(entityTable(dep)),
            l);
        Query up = sql.prepare(
            QStringLiteral("UPDATE %1 SET company_id = ?1, updated_at = ?2 WHERE id = ?3")
                .arg(entityTable(dep)));
        for (qint64 id : ids) {
            up->bindAll(s, c.now(), id).run();
            up->reset();
            c.history(dep, id, HistoryEvent::FieldChanged, QStringLiteral("company_id"), l, s);
            c.outbox(dep, id, OutboxOp::Update, {QStringLiteral("company_id")});
            SearchIndex::reindex(session, dep, id);
        }
        (dep == EntityKind::Deal ? summary.deals : summary.contacts) = int(ids.size());
        undo.insert(dep == EntityKind::Deal ? QStringLiteral("deals") : QStringLiteral("contacts"),
                    idArray(ids));
    }
}

// The loser's tasks and notes, and its timeline, go to the survivor.
void moveTasksNotesAndHistory(Change &c, EntityKind kind, qint64 s, qint64 l, MergeSummary &summary,
                              QJsonObject &undo)
{
    Connection &sql = c.sql();
    for (EntityKind dep : {EntityKind::Task, EntityKind::Note}) {
        const QList<qint64> ids =
            selectIds(sql,
                      QStringLiteral("SELECT id FROM %1 WHERE entity_kind = ?1 AND entity_id "
                                     "= ?2")
                          .arg(entityTable(dep)),
                      int(kind), l);
        Query up = sql.prepare(
            QStringLiteral("UPDATE %1 SET entity_id = ?1, updated_at = ?2 WHERE id = ?3")
                .arg(entityTable(dep)));
        for (qint64 id : ids) {
            up->bindAll(s, c.now(), id).run();
            up->reset();
            c.outbox(dep, id, OutboxOp::Update, {QStringLiteral("entity_id")});
        }
        (dep == EntityKind::Task ? summary.tasks : summary.notes) = int(ids.size());
        undo.insert(dep == EntityKind::Task ? QStringLiteral("tasks") : QStringLiteral("notes"),
                    idArray(ids));
    }
    // The loser's timeline joins the survivor's; the history is local (not synced).
    const QList<qint64> history =
        selectIds(sql, QStringLiteral("SELECT id FROM history WHERE kind = ?1 AND entity_id = ?2"),
                  int(kind), l);
    sql.prepare("UPDATE history SET entity_id = ?1 WHERE kind = ?2 AND entity_id = ?3")
        ->bindAll(s, int(kind), l)
        .run();
    summary.historyEntries = int(history.size());
    undo.insert(QStringLiteral("history"), idArray(history));
}
} // namespace

Result<QList<MergeField>> Merge::fields(EntityKind kind, qint64 survivorId, qint64 loserId)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec || (kind != EntityKind::Contact && kind != EntityKind::Company))
        return makeError(Error::Code::Invalid, Tr::tr("Only contacts and companies are merged."));
    Records r(m_s);
    Result<Record> a = r.load(kind, survivorId);
    if (!a)
        return a.error();
    Result<Record> b = r.load(kind, loserId);
    if (!b)
        return b.error();
    auto display = [&](const QString &key, const QVariant &v) -> QString {
        if (key == u"responsible_id")
            return m_s.user(v.toLongLong()).name;
        if (key == u"company_id" && v.toLongLong() > 0) {
            Result<Record> co = r.load(EntityKind::Company, v.toLongLong());
            return co ? co->value(QStringLiteral("name")).toString()
                      : QStringLiteral("#%1").arg(v.toLongLong());
        }
        const FieldDef *def =
            key.startsWith(QStringLiteral("cf.")) ? m_s.fieldDef(key.mid(3).toLongLong()) : nullptr;
        if (def && def->type == FieldType::Money && !isEmptyValue(v)) {
            const QVariantMap m = v.toMap(); // minor units, as Records gives and takes them
            return QStringLiteral("%1 %2")
                .arg(double(m.value(QStringLiteral("amount")).toLongLong()) / 100.0, 0, 'f', 2)
                .arg(m.value(QStringLiteral("currency")).toString());
        }
        return plainText(v);
    };
    QList<MergeField> out;
    auto add = [&](const QString &key, const QString &label, bool list) {
        MergeField f;
        f.key = key;
        f.label = label;
        f.list = list;
        f.survivorValue = a->value(key);
        f.loserValue = b->value(key);
        f.survivorText = display(key, f.survivorValue);
        f.loserText = display(key, f.loserValue);
        f.differs = f.survivorText != f.loserText;
        f.fromLoser = isEmptyValue(f.survivorValue) && !isEmptyValue(f.loserValue);
        out << f;
    };
    for (const ColumnSpec &c : spec->columns)
        add(QLatin1String(c.key), columnLabel(c),
            c.type == ColumnType::PhoneList || c.type == ColumnType::EmailList);
    for (const FieldDef &d : m_s.fieldDefs(kind))
        add(d.key(), d.name, false);
    add(kTags, Tr::tr("Tags"), true);
    return out;
}

Result<MergeSummary> Merge::preview(EntityKind kind, qint64 loserId)
{
    MergeSummary s;
    Connection &c = m_s.sql();
    return guarded(m_s.db(), [&]() -> Result<MergeSummary> {
        if (kind == EntityKind::Contact) {
            s.deals = int(selectIds(c,
                                    QStringLiteral("SELECT deal_id FROM deal_contacts WHERE "
                                                   "contact_id = ?1"),
                                    loserId)
                              .size());
        } else {
            s.deals = int(
                selectIds(c, QStringLiteral("SELECT id FROM deals WHERE company_id = ?1"), loserId)
                    .size());
            s.contacts =
                int(selectIds(c, QStringLiteral("SELECT id FROM contacts WHERE company_id = ?1"),
                              loserId)
                        .size());
        }
        s.tasks = int(selectIds(c,
                                QStringLiteral("SELECT id FROM tasks WHERE entity_kind = ?1 AND "
                                               "entity_id = ?2"),
                                int(kind), loserId)
                          .size());
        s.notes = int(selectIds(c,
                                QStringLiteral("SELECT id FROM notes WHERE entity_kind = ?1 AND "
                                               "entity_id = ?2"),
                                int(kind), loserId)
                          .size());
        s.historyEntries =
            int(selectIds(
                    c, QStringLiteral("SELECT id FROM history WHERE kind = ?1 AND entity_id = ?2"),
                    int(kind), loserId)
                    .size());
        return s;
    });
}

Result<MergeSummary> Merge::merge(const MergePlan &plan)
{
    const EntityKind kind = plan.kind;
    const EntitySpec *spec = entitySpec(kind);
    if (!spec || (kind != EntityKind::Contact && kind != EntityKind::Company))
        return makeError(Error::Code::Invalid, Tr::tr("Only contacts and companies are merged."));
    if (plan.survivorId == plan.loserId)
        return makeError(Error::Code::Invalid, Tr::tr("A record cannot be merged with itself."),
                         entityKey(kind));
    Result<QList<MergeField>> list = fields(kind, plan.survivorId, plan.loserId);
    if (!list)
        return list.error();
    Records records(m_s, m_origin);
    const Record survivor = *records.load(kind, plan.survivorId);
    const Record loser = *records.load(kind, plan.loserId);
    const QString survivorName = survivor.value(QStringLiteral("name")).toString();
    const QString loserName = loser.value(QStringLiteral("name")).toString();
    if (survivor.value(QStringLiteral("deleted")).toBool() ||
        loser.value(QStringLiteral("deleted")).toBool())
        return makeError(
            Error::Code::NotFound,
            Tr::tr("%1 \u00AB%2\u00BB or \u00AB%3\u00BB is in the recycle bin; restore "
                   "it before merging.")
                .arg(entityName(kind), survivorName, loserName),
            entityKey(kind));
    const auto owner = [&](const Record &r) {
        return m_s.ownershipOf(r.value(QStringLiteral("responsible_id")).toLongLong(),
                               r.value(QStringLiteral("pipeline_id")).toLongLong());
    };
    if (!Permissions::can(m_s.principal(), spec->perm, PermAction::Edit, owner(survivor)) ||
        !Permissions::can(m_s.principal(), spec->perm, PermAction::Delete, owner(loser)))
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not merge \u00AB%1\u00BB into \u00AB%2\u00BB: merging "
                                "needs the right to edit the first and to delete the second.")
                             .arg(loserName, survivorName),
                         entityKey(kind));

    // The survivor's new values and, for undo, its values before.
    QJsonObject before;
    QJsonArray keys;
    const Patch patch = mergedPatch(plan, *list, before, keys);

    return guarded(m_s.db(), [&]() -> Result<MergeSummary> {
        Change c(m_s, m_origin);
        Connection &sql = c.sql();
        const qint64 s = plan.survivorId, l = plan.loserId;
        MergeSummary summary;
        QJsonObject undo{
            {QStringLiteral("kind"), int(kind)}, {QStringLiteral("survivor"), s},
            {QStringLiteral("loser"), l},        {QStringLiteral("fields"), keys},
            {QStringLiteral("before"), before},  {kMoneyUnits, QStringLiteral("minor")}};

        if (kind == EntityKind::Contact)
            moveDealContacts(c, s, l, summary, undo);
        else
            moveCompanyDependents(m_s, c, s, l, summary, undo);
        moveTasksNotesAndHistory(c, kind, s, l, summary, undo);

        if (Status st = records.update(kind, s, patch); !st)
            return st.error();
        if (Status st = records.remove(kind, l); !st)
            return st.error();
        c.history(kind, s, HistoryEvent::Merged, kMergeField, l,
                  QString::fromUtf8(QJsonDocument(undo).toJson(QJsonDocument::Compact)));
        summary.mergeId = sql.lastInsertId();
        c.history(kind, l, HistoryEvent::Merged, QStringLiteral("merged_into"), {}, s);
        c.commit();
        return summary;
    });
}

QJsonObject Merge::undoRecord(qint64 mergeId)
{
    Query q = m_s.sql().prepare(
        "SELECT new_value FROM history WHERE id = ?1 AND event = ?2 AND field = ?3");
    q->bindAll(mergeId, int(HistoryEvent::Merged), kMergeField);
    return q->step() ? QJsonDocument::fromJson(q->text(0).toUtf8()).object() : QJsonObject{};
}

Status Merge::canUndo(qint64 mergeId)
{
    return guarded(m_s.db(), [&]() -> Status {
        const QJsonObject undo = undoRecord(mergeId);
        if (undo.isEmpty())
            return makeError(Error::Code::NotFound, Tr::tr("There is no merge #%1.").arg(mergeId));
        const auto kind = EntityKind(undo.value(QStringLiteral("kind")).toInt());
        const qint64 s = undo.value(QStringLiteral("survivor")).toInteger();
        const qint64 l = undo.value(QStringLiteral("loser")).toInteger();
        Connection &sql = m_s.sql();
        // Every look-up goes through the history's (kind, entity_id, id) index: a timeline
        // asks this for each of its merges, in a file with millions of history rows.
        const auto undone = [&](qint64 id, qint64 survivorId) {
            Query q = sql.prepare("SELECT 1 FROM history WHERE kind = ?1 AND entity_id = ?2 AND "
                                  "id > ?3 AND event = ?4 AND old_value = ?3 LIMIT 1");
            q->bindAll(int(kind), survivorId, id, int(HistoryEvent::Unmerged));
            return q->step();
        };
        if (undone(mergeId, s))
            return makeError(Error::Code::Conflict, Tr::tr("This merge was already undone."),
                             entityKey(kind));
        Records records(m_s, m_origin);
        const auto nameOf = [&](qint64 id) {
            Result<Record> r = records.load(kind, id);
            return r ? r->value(QStringLiteral("name")).toString() : QStringLiteral("#%1").arg(id);
        };
        // Merges are undone newest first: a later merge of either record took over what this
        // one left (values, links, timeline), so it goes back first. A later merge shows as a
        // Merged entry on the record: "merge" when it survived, "merged_into" when it did not.
        for (const qint64 record : {s, l}) {
            struct Later
            {
                qint64 id, survivor, other;
            };
            QList<Later> later;
            {
                Query q = sql.prepare("SELECT id, field, old_value, new_value FROM history WHERE "
                                      "kind = ?1 AND entity_id = ?2 AND id > ?3 AND event = ?4");
                q->bindAll(int(kind), record, mergeId, int(HistoryEvent::Merged));
                while (q->step()) {
                    if (q->text(1) == kMergeField) {
                        const QJsonObject o = QJsonDocument::fromJson(q->text(3).toUtf8()).object();
                        // An entry moved here from a merged record's timeline is not this one's.
                        if (o.value(QStringLiteral("survivor")).toInteger() == record)
                            later << Later{q->int64(0), record, q->int64(2)};
                    } else {
                        later << Later{0, q->int64(3), record};
                    }
                }
            }
            for (Later &m : later) {
                if (!m.id) { // find the survivor's entry of the merge that took this record
                    Query q = sql.prepare("SELECT id FROM history WHERE kind = ?1 AND entity_id = "
                                          "?2 AND id > ?3 AND event = ?4 AND field = ?5 AND "
                                          "old_value = ?6 ORDER BY id DESC LIMIT 1");
                    q->bindAll(int(kind), m.survivor, mergeId, int(HistoryEvent::Merged),
                               kMergeField, record);
                    if (!q->step())
                        continue;
                    m.id = q->int64(0);
                }
                if (undone(m.id, m.survivor))
                    continue;
                return makeError(
                    Error::Code::Conflict,
                    Tr::tr("\u00AB%1\u00BB was merged with \u00AB%2\u00BB after this merge; "
                           "undo that merge first (merges are undone newest first).")
                        .arg(nameOf(record), nameOf(m.survivor == record ? m.other : m.survivor)),
                    entityKey(kind));
            }
        }
        Result<Record> survivor = records.load(kind, s);
        if (!survivor)
            return survivor.error();
        // Compare-and-set: undo writes the survivor's values from before the merge back, so a
        // field the merge set that someone changed since (an edit is a history entry after
        // the merge's) would be overwritten. The merge's own entries come before its Merged
        // entry, so any later FieldChanged entry of those fields is someone else's.
        {
            QStringList fields;
            for (const QJsonValue &k : undo.value(QStringLiteral("fields")).toArray())
                fields << k.toString();
            Query q = sql.prepare("SELECT field FROM history WHERE kind = ?1 AND entity_id = ?2 "
                                  "AND id > ?3 AND event = ?4 ORDER BY id");
            q->bindAll(int(kind), s, mergeId, int(HistoryEvent::FieldChanged));
            while (q->step())
                if (QString field = q->text(0); fields.contains(field)) {
                    q->reset();
                    if (field.startsWith(QStringLiteral("cf.")))
                        if (const FieldDef *d = m_s.fieldDef(field.mid(3).toLongLong()))
                            field = d->name;
                    return makeError(
                        Error::Code::Conflict,
                        Tr::tr("%1 \u00AB%2\u00BB was changed by someone else since the merge "
                               "(%3); left as it is.")
                            .arg(entityName(kind),
                                 survivor->value(QStringLiteral("name")).toString(), field),
                        entityKey(kind), field);
                }
        }
        if (survivor->value(QStringLiteral("deleted")).toBool())
            return makeError(
                Error::Code::NotFound,
                Tr::tr("%1 \u00AB%2\u00BB is in the recycle bin; restore it before "
                       "undoing the merge.")
                    .arg(entityName(kind), survivor->value(QStringLiteral("name")).toString()),
                entityKey(kind));
        if (!records.load(kind, l))
            return makeError(Error::Code::NotFound,
                             Tr::tr("The merged %1 #%2 was purged from the recycle bin; the merge "
                                    "can no longer be undone.")
                                 .arg(entityName(kind).toLower())
                                 .arg(l),
                             entityKey(kind));
        return Ok{};
    });
}

Status Merge::undo(qint64 mergeId)
{
    return guarded(m_s.db(), [&]() -> Status {
        if (Status st = canUndo(mergeId); !st)
            return st;
        const QJsonObject undo = undoRecord(mergeId);
        const auto kind = EntityKind(undo.value(QStringLiteral("kind")).toInt());
        const qint64 s = undo.value(QStringLiteral("survivor")).toInteger();
        const qint64 l = undo.value(QStringLiteral("loser")).toInteger();
        Connection &sql = m_s.sql();
        Records records(m_s, m_origin);

        Change c(m_s, m_origin);
        if (Status st = records.restore(kind, l); !st)
            return st;
        // Only what is still where the merge put it goes back: later edits win.
        if (kind == EntityKind::Contact) {
            for (const QJsonValue &v : undo.value(QStringLiteral("dealContacts")).toArray()) {
                const QJsonArray link = v.toArray();
                const qint64 deal = link.at(0).toInteger();
                const qint64 position = link.at(1).toInteger();
                const bool had = link.at(2).toBool();
                const QString listSql = QStringLiteral(
                    "SELECT contact_id FROM deal_contacts WHERE deal_id = ?1 ORDER BY position, "
                    "contact_id");
                const QList<qint64> oldList = selectIds(sql, listSql, deal);
                if (had)
                    sql.prepare("INSERT OR IGNORE INTO deal_contacts(deal_id, contact_id, "
                                "position) VALUES(?1, ?2, ?3)")
                        ->bindAll(deal, l, position)
                        .run();
                else
                    sql.prepare("UPDATE OR IGNORE deal_contacts SET contact_id = ?3 WHERE deal_id "
                                "= ?1 AND contact_id = ?2")
                        ->bindAll(deal, s, l)
                        .run();
                const QList<qint64> newList = selectIds(sql, listSql, deal);
                if (oldList == newList)
                    continue;
                sql.prepare("UPDATE deals SET updated_at = ?1 WHERE id = ?2")
                    ->bindAll(c.now(), deal)
                    .run();
                c.history(EntityKind::Deal, deal, HistoryEvent::FieldChanged,
                          QStringLiteral("contacts"), idText(oldList), idText(newList));
                c.outbox(EntityKind::Deal, deal, OutboxOp::Update, {QStringLiteral("contacts")});
            }
        } else {
            for (EntityKind dep : {EntityKind::Deal, EntityKind::Contact}) {
                Query up = sql.prepare(QStringLiteral("UPDATE %1 SET company_id = ?1, updated_at "
                                                      "= ?2 WHERE id = ?3 AND company_id = ?4")
                                           .arg(entityTable(dep)));
                for (qint64 id :
                     idsOf(undo.value(dep == EntityKind::Deal ? QStringLiteral("deals")
                                                              : QStringLiteral("contacts")))) {
                    up->bindAll(l, c.now(), id, s).run();
                    up->reset();
                    if (sql.changes() == 0)
                        continue;
                    c.history(dep, id, HistoryEvent::FieldChanged, QStringLiteral("company_id"), s,
                              l);
                    c.outbox(dep, id, OutboxOp::Update, {QStringLiteral("company_id")});
                    SearchIndex::reindex(m_s, dep, id);
                }
            }
        }
        for (EntityKind dep : {EntityKind::Task, EntityKind::Note}) {
            Query up = sql.prepare(QStringLiteral("UPDATE %1 SET entity_id = ?1, updated_at = ?2 "
                                                  "WHERE id = ?3 AND entity_kind = ?4 AND "
                                                  "entity_id = ?5")
                                       .arg(entityTable(dep)));
            for (qint64 id : idsOf(undo.value(dep == EntityKind::Task ? QStringLiteral("tasks")
                                                                      : QStringLiteral("notes")))) {
                up->bindAll(l, c.now(), id, int(kind), s).run();
                up->reset();
                if (sql.changes() > 0)
                    c.outbox(dep, id, OutboxOp::Update, {QStringLiteral("entity_id")});
            }
        }
        {
            Query up = sql.prepare("UPDATE history SET entity_id = ?1 WHERE id = ?2 AND kind = ?3 "
                                   "AND entity_id = ?4");
            for (qint64 id : idsOf(undo.value(QStringLiteral("history")))) {
                up->bindAll(l, id, int(kind), s).run();
                up->reset();
            }
        }
        Patch patch;
        const QJsonObject before = undo.value(QStringLiteral("before")).toObject();
        const bool minorUnits = undo.value(kMoneyUnits).toString() == u"minor";
        for (const QJsonValue &k : undo.value(QStringLiteral("fields")).toArray()) {
            const QString key = k.toString();
            // A field defined after the merge or deleted since is not touched.
            if (key.startsWith(QStringLiteral("cf.")) && !m_s.fieldDef(key.mid(3).toLongLong()))
                continue;
            QVariant value = before.value(key).toVariant();
            // Merges made before money crossed Records in minor units kept the typed amount.
            if (!minorUnits && value.typeId() == QMetaType::QVariantMap &&
                key.startsWith(QStringLiteral("cf.")) &&
                m_s.fieldDef(key.mid(3).toLongLong())->type == FieldType::Money) {
                QVariantMap m = value.toMap();
                m.insert(QStringLiteral("amount"),
                         std::llround(m.value(QStringLiteral("amount")).toDouble() * 100));
                value = m;
            }
            patch.insert(key, value);
        }
        if (Status st = records.update(kind, s, patch); !st)
            return st;
        c.history(kind, s, HistoryEvent::Unmerged, kMergeField, mergeId, l);
        c.history(kind, l, HistoryEvent::Unmerged, kMergeField, mergeId, s);
        c.commit();
        return Ok{};
    });
}

Result<QList<qint64>> Merge::undoable(EntityKind kind, qint64 survivorId)
{
    return guarded(m_s.db(), [&]() -> Result<QList<qint64>> {
        QList<qint64> out;
        Query q = m_s.sql().prepare(
            "SELECT h.id FROM history h WHERE h.kind = ?1 AND h.entity_id = ?2 AND h.event = ?3 "
            "AND h.field = ?4 AND NOT EXISTS (SELECT 1 FROM history u WHERE u.kind = ?1 AND "
            "u.entity_id = ?2 AND u.event = ?5 AND u.old_value = h.id) ORDER BY h.id DESC");
        q->bindAll(int(kind), survivorId, int(HistoryEvent::Merged), kMergeField,
                   int(HistoryEvent::Unmerged));
        while (q->step())
            out << q->int64(0);
        return out;
    });
}

} // namespace Voronka::Core
