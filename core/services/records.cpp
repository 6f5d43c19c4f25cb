// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "records.h"

#include "core/services/recordrow.h"

#include "core/automation/stageautomation.h"
#include "core/search/searchindex.h"
#include "core/services/entityspec.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <cmath>
#include <limits>

namespace Voronka::Core {

using namespace RecordValues;

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Records)
};
} // namespace

QString Records::labelOf(const EntitySpec &spec, const Row &row) const
{
    const QString name = spec.kind == EntityKind::Task
                             ? row.cols.value(QStringLiteral("text")).toString().left(40)
                             : row.cols.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return row.id ? QStringLiteral("%1 #%2").arg(entityName(spec.kind)).arg(row.id)
                      : entityName(spec.kind);
    return QStringLiteral("%1 \u00AB%2\u00BB").arg(entityName(spec.kind), name);
}

// The SELECT of a record's standard columns, built once per kind: every update, delete and
// load reads the row first, and rebuilding the text each time showed on that path.
static const QByteArray &rowSelect(const EntitySpec &spec)
{
    static const QHash<int, QByteArray> sql = [] {
        QHash<int, QByteArray> out;
        for (EntityKind k :
             {EntityKind::Deal, EntityKind::Contact, EntityKind::Company, EntityKind::Task}) {
            QStringList cols;
            for (const auto &c : entitySpec(k)->columns)
                cols << QLatin1String(c.key);
            out.insert(int(k), QStringLiteral("SELECT %1, deleted FROM %2 WHERE id = ?1")
                                   .arg(cols.join(u','), entityTable(k))
                                   .toUtf8());
        }
        return out;
    }();
    return *sql.find(int(spec.kind));
}

Result<Records::Row> Records::readRow(const EntitySpec &spec, qint64 id)
{
    Query q = m_s.sql().prepare(rowSelect(spec).constData());
    q->bind(1, id);
    if (!q->step())
        return makeError(Error::Code::NotFound,
                         Tr::tr("%1 #%2 does not exist.").arg(entityName(spec.kind)).arg(id),
                         entityKey(spec.kind));
    Row row;
    row.id = id;
    for (int i = 0; i < spec.columns.size(); ++i)
        row.cols.insert(QLatin1String(spec.columns[i].key), q->value(i));
    row.deleted = q->int64(int(spec.columns.size())) != 0;
    if (spec.tags) {
        Query t =
            m_s.sql().prepare("SELECT t.name FROM entity_tags e JOIN tags t ON t.id = "
                              "e.tag_id WHERE e.kind = ?1 AND e.entity_id = ?2 ORDER BY t.name");
        t->bindAll(int(spec.kind), id);
        while (t->step())
            row.tags << t->text(0);
    }
    if (spec.kind == EntityKind::Deal) {
        Query t = m_s.sql().prepare("SELECT contact_id FROM deal_contacts WHERE deal_id = ?1 ORDER "
                                    "BY position, contact_id");
        t->bind(1, id);
        while (t->step())
            row.contacts << t->int64(0);
    }
    if (spec.customFields) {
        Query t = m_s.sql().prepare(
            "SELECT field_id, value FROM field_values WHERE kind = ?1 AND entity_id = ?2");
        t->bindAll(int(spec.kind), id);
        while (t->step())
            row.custom.insert(t->int64(0), t->value(1));
    }
    return row;
}

qint64 Records::tagId(Change &c, const QString &name)
{
    {
        Query q = c.sql().prepare("SELECT id, deleted FROM tags WHERE name = ?1");
        q->bind(1, name);
        if (q->step()) {
            const qint64 id = q->int64(0);
            const bool deleted = q->int64(1) != 0;
            if (!deleted)
                return id;
        }
    }
    c.sql()
        .prepare("INSERT INTO tags(uid, name, created_at, updated_at, author_id, hlc) "
                 "VALUES(?1, ?2, ?3, ?3, ?4, ?5) ON CONFLICT(name) DO UPDATE SET deleted = 0")
        ->bindAll(c.newUid(), name, c.now(), c.author(), c.hlc())
        .run();
    Query q = c.sql().prepare("SELECT id FROM tags WHERE name = ?1");
    q->bind(1, name);
    q->step();
    const qint64 id = q->int64(0);
    c.outbox(EntityKind::Tag, id, OutboxOp::Create, {QStringLiteral("name")});
    return id;
}

void Records::writeSets(Change &c, const EntitySpec &spec, qint64 id, const Row &row,
                        const Row *before)
{
    const int kind = int(spec.kind);
    if (spec.tags && (!before || before->tags != row.tags)) {
        c.sql()
            .prepare("DELETE FROM entity_tags WHERE kind = ?1 AND entity_id = ?2")
            ->bindAll(kind, id)
            .run();
        Query q = c.sql().prepare(
            "INSERT OR IGNORE INTO entity_tags(kind, entity_id, tag_id) VALUES(?1, ?2, ?3)");
        for (const QString &t : row.tags) {
            const qint64 tid = tagId(c, t);
            q->bindAll(kind, id, tid).run();
            q->reset();
        }
    }
    if (spec.kind == EntityKind::Deal && (!before || before->contacts != row.contacts)) {
        c.sql().prepare("DELETE FROM deal_contacts WHERE deal_id = ?1")->bind(1, id).run();
        Query q = c.sql().prepare("INSERT OR IGNORE INTO deal_contacts(deal_id, contact_id, "
                                  "position) VALUES(?1, ?2, ?3)");
        int position = 0;
        for (qint64 cid : row.contacts) {
            q->bindAll(id, cid, position++).run();
            q->reset();
        }
    }
    if (spec.customFields && (!row.custom.isEmpty() || (before && !before->custom.isEmpty()))) {
        Query del = c.sql().prepare(
            "DELETE FROM field_values WHERE kind = ?1 AND entity_id = ?2 AND field_id = ?3");
        Query put = c.sql().prepare(
            "INSERT INTO field_values(kind, entity_id, field_id, value) VALUES(?1, ?2, ?3, ?4) "
            "ON CONFLICT(kind, entity_id, field_id) DO UPDATE SET value = excluded.value");
        if (before)
            for (auto it = before->custom.cbegin(); it != before->custom.cend(); ++it)
                if (!row.custom.contains(it.key())) {
                    del->bindAll(kind, id, it.key()).run();
                    del->reset();
                }
        for (auto it = row.custom.cbegin(); it != row.custom.cend(); ++it)
            if (!before || !sameValue(before->custom.value(it.key()), it.value())) {
                put->bindAll(kind, id, it.key(), it.value()).run();
                put->reset();
            }
    }
}

Ownership Records::ownerOf(const QVariantMap &cols)
{
    return m_s.ownershipOf(cols.value(QStringLiteral("responsible_id")).toLongLong(),
                           cols.value(QStringLiteral("pipeline_id")).toLongLong());
}

Result<Records::Row> Records::newRow(const EntitySpec &spec, const Patch &patch, qint64 actorId)
{
    const EntityKind kind = spec.kind;
    Row row;
    if (Status st = applyPatch(spec, row, patch); !st)
        return st.error();
    const QString kResp = QStringLiteral("responsible_id");
    if (!row.patched.contains(kResp))
        row.cols.insert(kResp, actorId);
    for (const auto &c : spec.columns)
        if (c.required && isNullish(row.cols.value(QLatin1String(c.key))))
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1, field \"%2\": this field is required.")
                                 .arg(labelOf(spec, row), columnLabel(c)),
                             entityKey(kind), QLatin1String(c.key));
    if (Status st = validateRow(spec, row, nullptr); !st)
        return st.error();
    const Ownership owner = ownerOf(row.cols);
    if (m_origin.checksRights() &&
        !Permissions::can(principal(), spec.perm, PermAction::Create, owner))
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not create this %1 (%2).")
                             .arg(entityName(kind).toLower(), labelOf(spec, row)),
                         entityKey(kind));
    return row;
}

// The INSERT of a new record: the kind's columns, then uid, created_at, updated_at,
// author_id, hlc, then the entry time (a deal's stage, a done task's completion) and the id
// when asked for. Built once per form: imports insert a chunk's rows one after the other.
static const QByteArray &insertSql(EntityKind kind, bool entered, bool withId)
{
    static const QHash<int, QByteArray> sql = [] {
        QHash<int, QByteArray> out;
        for (EntityKind k :
             {EntityKind::Deal, EntityKind::Contact, EntityKind::Company, EntityKind::Task})
            for (int form = 0; form < 4; ++form) {
                QStringList cols, params;
                for (const auto &col : entitySpec(k)->columns)
                    cols << QLatin1String(col.key);
                cols << QStringLiteral("uid") << QStringLiteral("created_at")
                     << QStringLiteral("updated_at") << QStringLiteral("author_id")
                     << QStringLiteral("hlc");
                if (form & 2)
                    cols << (k == EntityKind::Task ? QStringLiteral("completed_at")
                                                   : QStringLiteral("stage_entered_at"));
                if (form & 1)
                    cols << QStringLiteral("id");
                for (qsizetype i = 1; i <= cols.size(); ++i)
                    params << QStringLiteral("?%1").arg(i);
                out.insert(int(k) * 4 + form,
                           QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                               .arg(entityTable(k), cols.join(u','), params.join(u','))
                               .toUtf8());
            }
        return out;
    }();
    return *sql.find(int(kind) * 4 + (entered ? 2 : 0) + (withId ? 1 : 0));
}

QStringList Records::insertRow(Change &c, const EntitySpec &spec, Row &row,
                               const QVariant &createdAt)
{
    const EntityKind kind = spec.kind;
    QStringList fields;
    for (const auto &col : spec.columns)
        if (!isNullish(row.cols.value(QLatin1String(col.key))))
            fields << QLatin1String(col.key);
    const bool taskDone =
        kind == EntityKind::Task &&
        row.cols.value(QStringLiteral("status")).toLongLong() == int(TaskStatus::Done);
    {
        Query q = c.sql().prepare(
            insertSql(kind, kind == EntityKind::Deal || taskDone, row.id > 0).constData());
        int i = 0;
        for (const auto &col : spec.columns)
            q->bind(++i, row.cols.value(QLatin1String(col.key)));
        q->bind(++i, c.newUid());
        q->bind(++i, createdAt.isValid() ? createdAt : QVariant(c.now()));
        q->bind(++i, c.now());
        q->bind(++i, c.author());
        q->bind(++i, c.hlc());
        if (kind == EntityKind::Deal || taskDone)
            q->bind(++i, c.now());
        if (row.id > 0)
            q->bind(++i, row.id);
        q->run();
    }
    row.id = c.sql().lastInsertId();
    writeSets(c, spec, row.id, row, nullptr);
    if (kind == EntityKind::Deal)
        fields << QStringLiteral("stage_entered_at");
    if (taskDone)
        fields << QStringLiteral("completed_at");
    if (!row.tags.isEmpty())
        fields << kTags;
    if (!row.contacts.isEmpty())
        fields << kContacts;
    for (auto it = row.custom.cbegin(); it != row.custom.cend(); ++it)
        fields << QStringLiteral("cf.%1").arg(it.key());
    return fields;
}

Result<qint64> Records::create(EntityKind kind, const Patch &patch)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Records of this kind cannot be created here."));
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        // Everything is read inside the transaction, so what is validated is what is written
        // even when another program writes the same file.
        Change c(m_s, m_origin);
        Result<Row> row = newRow(*spec, patch, c.actorId());
        if (!row)
            return row.error();
        const QStringList fields = insertRow(c, *spec, row.value(), {});
        const qint64 id = row->id;
        c.outbox(kind, id, OutboxOp::Create, fields);
        if (kind == EntityKind::Task) {
            const qint64 lk = row->cols.value(QStringLiteral("entity_kind")).toLongLong();
            if (lk)
                c.history(EntityKind(lk), row->cols.value(QStringLiteral("entity_id")).toLongLong(),
                          HistoryEvent::TaskCreated, QStringLiteral("task"), {}, id);
        }
        if (m_indexLater && SearchIndex::indexed(kind))
            m_indexLater->append({kind, id});
        else
            SearchIndex::reindex(m_s, kind, id);
        if (kind == EntityKind::Deal)
            if (Status st = runAutomations(
                    id, row->cols.value(QStringLiteral("stage_id")).toLongLong(), true);
                !st)
                return st.error();
        c.commit();
        return id;
    });
}

// What an update changes: the columns, the sets and the custom fields whose values differ.
struct Records::Changes
{
    QStringList columns;
    bool tags = false;
    bool contacts = false;
    QList<qint64> custom;
    bool stage = false;  // entering a stage restarts its idle clock
    bool status = false; // a task's completion time follows its status

    bool isEmpty() const { return columns.isEmpty() && !tags && !contacts && custom.isEmpty(); }
};

Records::Changes Records::changesOf(const EntitySpec &spec, const Row &before, const Row &row)
{
    Changes out;
    for (const auto &col : spec.columns) {
        const QString key = QLatin1String(col.key);
        if (!sameValue(before.cols.value(key), row.cols.value(key)))
            out.columns << key;
    }
    out.tags = before.tags != row.tags;
    out.contacts = before.contacts != row.contacts;
    for (auto it = row.custom.cbegin(); it != row.custom.cend(); ++it)
        if (!sameValue(before.custom.value(it.key()), it.value()))
            out.custom << it.key();
    for (auto it = before.custom.cbegin(); it != before.custom.cend(); ++it)
        if (!row.custom.contains(it.key()))
            out.custom << it.key();
    out.stage = out.columns.contains(QStringLiteral("stage_id"));
    out.status = spec.kind == EntityKind::Task && out.columns.contains(QStringLiteral("status"));
    return out;
}

// The UPDATE of the record's own row: the changed columns, updated_at and what follows them.
void Records::writeRow(Change &c, const EntitySpec &spec, qint64 id, const Row &row,
                       const Changes &changes, qint64 restoreEntered)
{
    QStringList sets;
    int n = 0;
    for (const QString &key : std::as_const(changes.columns))
        sets << QStringLiteral("%1 = ?%2").arg(key).arg(++n);
    sets << QStringLiteral("updated_at = ?%1").arg(++n);
    // Entering a stage restarts its idle clock (undo puts the earlier one back); a task's
    // completion time follows its status. Both are synced like the fields they follow.
    if (changes.stage)
        sets << QStringLiteral("stage_entered_at = ?%1").arg(++n);
    if (changes.status)
        sets << QStringLiteral("completed_at = ?%1").arg(++n);
    Query q = c.sql().prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                                  .arg(entityTable(spec.kind), sets.join(u','))
                                  .arg(n + 1));
    int i = 0;
    for (const QString &key : std::as_const(changes.columns))
        q->bind(++i, row.cols.value(key));
    q->bind(++i, c.now());
    if (changes.stage)
        q->bind(++i, restoreEntered > 0 ? restoreEntered : c.now());
    if (changes.status) {
        const bool done =
            row.cols.value(QStringLiteral("status")).toLongLong() == int(TaskStatus::Done);
        q->bind(++i, done ? QVariant(c.now()) : QVariant());
    }
    q->bind(n + 1, id);
    q->run();
}

// The history lines of an update; returns the fields the outbox names.
QStringList Records::historyOf(Change &c, EntityKind kind, qint64 id, const Row &before,
                               const Row &row, const Changes &changes)
{
    const QStringList &changed = changes.columns;
    QStringList fields = changed;
    if (changes.stage)
        fields << QStringLiteral("stage_entered_at");
    if (changes.status)
        fields << QStringLiteral("completed_at");
    for (const QString &key : std::as_const(changed)) {
        if (key == u"stage_id")
            c.history(kind, id, HistoryEvent::StageMoved, key, before.cols.value(key),
                      row.cols.value(key));
        else if (key == u"pipeline_id" || key == u"sort_order")
            continue; // implied by the stage move / manual order, not worth a timeline line
        else
            c.history(kind, id, HistoryEvent::FieldChanged, key, before.cols.value(key),
                      row.cols.value(key));
    }
    if (changes.tags) {
        fields << kTags;
        c.history(kind, id, HistoryEvent::FieldChanged, kTags, before.tags.join(u", "),
                  row.tags.join(u", "));
    }
    if (changes.contacts) {
        fields << kContacts;
        QStringList o, nw;
        for (qint64 x : before.contacts)
            o << QString::number(x);
        for (qint64 x : row.contacts)
            nw << QString::number(x);
        c.history(kind, id, HistoryEvent::FieldChanged, kContacts, o.join(u','), nw.join(u','));
    }
    for (qint64 fid : std::as_const(changes.custom)) {
        const QString key = QStringLiteral("cf.%1").arg(fid);
        fields << key;
        c.history(kind, id, HistoryEvent::FieldChanged, key, before.custom.value(fid),
                  row.custom.value(fid));
    }
    if (kind == EntityKind::Task && changed.contains(QStringLiteral("status")) &&
        row.cols.value(QStringLiteral("status")).toLongLong() == int(TaskStatus::Done)) {
        const qint64 lk = row.cols.value(QStringLiteral("entity_kind")).toLongLong();
        if (lk)
            c.history(EntityKind(lk), row.cols.value(QStringLiteral("entity_id")).toLongLong(),
                      HistoryEvent::TaskCompleted, QStringLiteral("task"), {}, id);
    }
    return fields;
}

Status Records::update(EntityKind kind, qint64 id, const Patch &given)
{
    Patch patch = given;
    const qint64 restoreEntered = m_origin.mode == WriteMode::Undo
                                      ? patch.take(QStringLiteral("stage_entered_at")).toLongLong()
                                      : 0;
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Records of this kind cannot be edited here."));
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Result<Row> current = readRow(*spec, id);
        if (!current)
            return current.error();
        const Row &before = *current;
        if (before.deleted)
            return makeError(
                Error::Code::NotFound,
                Tr::tr("%1 is in the recycle bin; restore it first.").arg(labelOf(*spec, before)),
                entityKey(kind));
        if (m_origin.checksRights() &&
            !Permissions::can(principal(), spec->perm, PermAction::Edit, ownerOf(before.cols)))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not edit %1.").arg(labelOf(*spec, before)),
                             entityKey(kind));
        Row row = before;
        if (Status st = applyPatch(*spec, row, patch); !st)
            return st;
        if (Status st = validateRow(*spec, row, &before); !st)
            return st;
        // A deal moved to a pipeline the role caps must stay within what it may edit there.
        if (m_origin.checksRights() && kind == EntityKind::Deal &&
            !sameValue(before.cols.value(QStringLiteral("pipeline_id")),
                       row.cols.value(QStringLiteral("pipeline_id"))) &&
            !Permissions::can(principal(), spec->perm, PermAction::Edit, ownerOf(row.cols)))
            return makeError(
                Error::Code::Permission,
                Tr::tr("You may not move %1 to that pipeline.").arg(labelOf(*spec, row)),
                entityKey(kind), QStringLiteral("pipeline_id"));

        const Changes changes = changesOf(*spec, before, row);
        if (changes.isEmpty())
            return Ok{};
        writeRow(c, *spec, id, row, changes, restoreEntered);
        writeSets(c, *spec, id, row, &before);
        const QStringList fields = historyOf(c, kind, id, before, row, changes);
        c.outbox(kind, id, OutboxOp::Update, fields);
        if (SearchIndex::affects(m_s, kind, fields)) {
            if (m_indexLater)
                m_indexLater->append({kind, id});
            else
                SearchIndex::reindex(m_s, kind, id);
        }
        if (kind == EntityKind::Company && changes.columns.contains(QStringLiteral("name")))
            SearchIndex::reindexCompanyDependents(m_s, id);
        if (changes.stage)
            if (Status st = runAutomations(
                    id, row.cols.value(QStringLiteral("stage_id")).toLongLong(), false);
                !st)
                return st;
        c.commit();
        return Ok{};
    });
}

Status Records::setDeleted(EntityKind kind, qint64 id, bool deleted)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Records of this kind cannot be deleted here."));
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Result<Row> current = readRow(*spec, id);
        if (!current)
            return current.error();
        // The right first: a record already in the bin (or out of it) must not answer "done"
        // to someone who may not delete or restore it.
        if (m_origin.checksRights() &&
            !Permissions::can(principal(), spec->perm, PermAction::Delete, ownerOf(current->cols)))
            return makeError(Error::Code::Permission,
                             deleted
                                 ? Tr::tr("You may not delete %1.").arg(labelOf(*spec, *current))
                                 : Tr::tr("You may not restore %1.").arg(labelOf(*spec, *current)),
                             entityKey(kind));
        if (current->deleted == deleted)
            return Ok{};

        c.sql()
            .prepare(QStringLiteral("UPDATE %1 SET deleted = ?1, updated_at = ?2 WHERE id = ?3")
                         .arg(entityTable(kind)))
            ->bindAll(deleted, c.now(), id)
            .run();
        c.history(kind, id, deleted ? HistoryEvent::Deleted : HistoryEvent::Restored);
        c.outbox(kind, id, deleted ? OutboxOp::Delete : OutboxOp::Restore,
                 {QStringLiteral("deleted")});
        SearchIndex::reindex(m_s, kind, id);
        c.commit();
        return Ok{};
    });
}

Status Records::remove(EntityKind kind, qint64 id)
{
    return setDeleted(kind, id, true);
}

Status Records::restore(EntityKind kind, qint64 id)
{
    return setDeleted(kind, id, false);
}

QString Records::editBlocker(EntityKind kind, qint64 id)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return Tr::tr("Records of this kind cannot be edited here.");
    Result<QString> why = guarded(m_s.db(), [&]() -> Result<QString> {
        Result<Row> row = readRow(*spec, id);
        if (!row)
            return row.error().message;
        if (row->deleted)
            return Tr::tr("Read-only: it is in the recycle bin; restore it first.");
        if (Permissions::can(principal(), spec->perm, PermAction::Edit, ownerOf(row->cols)))
            return QString();
        const bool deals = kind == EntityKind::Deal, contacts = kind == EntityKind::Contact,
                   tasks = kind == EntityKind::Task;
        const qint64 pipeline = row->cols.value(QStringLiteral("pipeline_id")).toLongLong();
        switch (Permissions::scope(principal(), spec->perm, PermAction::Edit, pipeline)) {
        case Scope::None:
            return deals      ? Tr::tr("Read-only: your role does not let you edit deals.")
                   : contacts ? Tr::tr("Read-only: your role does not let you edit contacts.")
                   : tasks    ? Tr::tr("Read-only: your role does not let you edit tasks.")
                              : Tr::tr("Read-only: your role does not let you edit companies.");
        case Scope::Own:
            return deals      ? Tr::tr("Read-only: your role lets you edit only your own deals.")
                   : contacts ? Tr::tr("Read-only: your role lets you edit only your own contacts.")
                   : tasks    ? Tr::tr("Read-only: your role lets you edit only your own tasks.")
                              : Tr::tr("Read-only: your role lets you edit only your own "
                                          "companies.");
        default:
            return Tr::tr("Read-only: your role lets you edit only your department's records.");
        }
    });
    return why ? *why : why.error().message;
}

Record Records::recordOf(const EntitySpec &spec, const Row &row)
{
    Record r = row.cols;
    r.insert(QStringLiteral("id"), row.id);
    r.insert(QStringLiteral("deleted"), row.deleted);
    for (const char *k : {"phones", "emails"})
        if (r.contains(QLatin1String(k)))
            r.insert(QLatin1String(k), Text::splitJsonArray(r.value(QLatin1String(k)).toString()));
    if (spec.tags)
        r.insert(kTags, row.tags);
    if (spec.kind == EntityKind::Deal) {
        QVariantList ids;
        for (qint64 x : row.contacts)
            ids << x;
        r.insert(kContacts, ids);
    }
    for (auto it = row.custom.cbegin(); it != row.custom.cend(); ++it)
        if (const FieldDef *d = m_s.fieldDef(it.key()))
            r.insert(d->key(), fieldValueFromStorage(*d, it.value()));
    return r;
}

Result<Record> Records::load(EntityKind kind, qint64 id)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid, Tr::tr("Records of this kind cannot be read here."));
    return guarded(m_s.db(), [&]() -> Result<Record> {
        Result<Row> row = readRow(*spec, id);
        if (!row)
            return row.error();
        if (!Permissions::can(m_s.principal(), spec->perm, PermAction::View, ownerOf(row->cols)))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not view %1 #%2.").arg(entityName(kind)).arg(id),
                             entityKey(kind));
        Record r = recordOf(*spec, *row);
        if (kind == EntityKind::Deal) {
            Query entered = m_s.sql().prepare("SELECT stage_entered_at FROM deals WHERE id = ?1");
            entered->bind(1, id);
            if (entered->step())
                r.insert(QStringLiteral("stage_entered_at"), entered->int64(0));
        }
        return r;
    });
}

Result<QList<Record>> Records::loadMany(EntityKind kind, const QList<qint64> &ids)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid, Tr::tr("Records of this kind cannot be read here."));
    QList<Record> out;
    if (ids.isEmpty())
        return out;
    return guarded(m_s.db(), [&]() -> Result<QList<Record>> {
        // Integers only, so the list is written into the statements.
        QStringList list;
        for (qint64 id : ids)
            list << QString::number(id);
        const QString in = list.join(u',');
        QHash<qint64, Row> rows;
        QHash<qint64, qint64> entered;
        {
            QStringList cols;
            for (const auto &c : spec->columns)
                cols << QLatin1String(c.key);
            const bool deal = kind == EntityKind::Deal;
            Query q = m_s.sql().prepare(
                QStringLiteral("SELECT id, %1, deleted%2 FROM %3 WHERE id IN (%4)")
                    .arg(cols.join(u','), deal ? QStringLiteral(", stage_entered_at") : QString(),
                         entityTable(kind), in));
            const int n = int(spec->columns.size());
            while (q->step()) {
                Row row;
                row.id = q->int64(0);
                for (int i = 0; i < n; ++i)
                    row.cols.insert(QLatin1String(spec->columns[i].key), q->value(i + 1));
                row.deleted = q->int64(n + 1) != 0;
                if (deal && !q->isNull(n + 2))
                    entered.insert(row.id, q->int64(n + 2));
                rows.insert(row.id, row);
            }
        }
        if (spec->tags) {
            Query t = m_s.sql().prepare(
                QStringLiteral("SELECT e.entity_id, t.name FROM entity_tags e JOIN tags t ON t.id "
                               "= e.tag_id WHERE e.kind = ?1 AND e.entity_id IN (%1) ORDER BY "
                               "e.entity_id, t.name")
                    .arg(in));
            t->bind(1, int(kind));
            while (t->step())
                if (auto it = rows.find(t->int64(0)); it != rows.end())
                    it->tags << t->text(1);
        }
        if (kind == EntityKind::Deal) {
            Query t = m_s.sql().prepare(
                QStringLiteral("SELECT deal_id, contact_id FROM deal_contacts WHERE deal_id IN "
                               "(%1) ORDER BY deal_id, position, contact_id")
                    .arg(in));
            while (t->step())
                if (auto it = rows.find(t->int64(0)); it != rows.end())
                    it->contacts << t->int64(1);
        }
        if (spec->customFields) {
            Query t = m_s.sql().prepare(
                QStringLiteral("SELECT entity_id, field_id, value FROM field_values WHERE kind = "
                               "?1 AND entity_id IN (%1)")
                    .arg(in));
            t->bind(1, int(kind));
            while (t->step())
                if (auto it = rows.find(t->int64(0)); it != rows.end())
                    it->custom.insert(t->int64(1), t->value(2));
        }
        const bool admin = m_s.principal().admin; // sees everything: no owner to read
        for (qint64 id : ids) {
            const auto it = rows.constFind(id);
            if (it == rows.cend() ||
                (!admin && !Permissions::can(m_s.principal(), spec->perm, PermAction::View,
                                             ownerOf(it->cols))))
                continue;
            Record r = recordOf(*spec, *it);
            if (const auto e = entered.constFind(id); e != entered.cend())
                r.insert(QStringLiteral("stage_entered_at"), *e);
            out << r;
        }
        return out;
    });
}

Result<QList<FieldDef>> Records::missingForStage(qint64 dealId, qint64 stageId)
{
    const StageInfo *stage = m_s.stage(stageId);
    if (!stage)
        return makeError(Error::Code::Invalid, Tr::tr("Stage #%1 does not exist.").arg(stageId),
                         entityKey(EntityKind::Deal), QStringLiteral("stage_id"));
    return guarded(m_s.db(), [&]() -> Result<QList<FieldDef>> {
        Result<Row> row = readRow(*entitySpec(EntityKind::Deal), dealId);
        if (!row)
            return row.error();
        QList<FieldDef> out;
        if (stage->kind == StageKind::Lost)
            return out;
        for (const FieldDef &def : m_s.fieldDefs(EntityKind::Deal)) {
            if (!def.requiredFromStageId || row->custom.contains(def.id))
                continue;
            const StageInfo *from = m_s.stage(def.requiredFromStageId);
            if (from && from->pipelineId == stage->pipelineId &&
                (stage->kind == StageKind::Won || stage->position >= from->position))
                out << def;
        }
        return out;
    });
}

Result<qint64> Records::addNote(EntityKind kind, qint64 id, const QString &text)
{
    const EntitySpec *spec = entitySpec(kind);
    const QString body = text.trimmed();
    if (!spec || kind == EntityKind::Task)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Notes belong to deals, contacts and companies."));
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        Change c(m_s, m_origin);
        Result<Row> row = readRow(*spec, id);
        if (!row)
            return row.error();
        if (body.isEmpty() || body.size() > 20000)
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1: a note needs between 1 and 20000 characters.")
                                 .arg(labelOf(*spec, *row)),
                             entityKey(EntityKind::Note), QStringLiteral("text"));
        if (m_origin.checksRights() &&
            !Permissions::can(principal(), spec->perm, PermAction::Edit, ownerOf(row->cols)))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not add notes to %1.").arg(labelOf(*spec, *row)),
                             entityKey(kind));

        c.sql()
            .prepare("INSERT INTO notes(uid, entity_kind, entity_id, text, created_at, updated_at, "
                     "author_id, hlc) VALUES(?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7)")
            ->bindAll(c.newUid(), int(kind), id, body, c.now(), c.author(), c.hlc())
            .run();
        const qint64 noteId = c.sql().lastInsertId();
        c.history(kind, id, HistoryEvent::NoteAdded, QStringLiteral("note"), {}, noteId);
        c.outbox(
            EntityKind::Note, noteId, OutboxOp::Create,
            {QStringLiteral("entity_kind"), QStringLiteral("entity_id"), QStringLiteral("text")});
        c.commit();
        return noteId;
    });
}

Result<QList<HistoryEntry>> Records::history(EntityKind kind, qint64 id, int limit, qint64 beforeId)
{
    Result<Record> r = load(kind, id); // applies the view permission
    if (!r)
        return r.error();
    return guarded(m_s.db(), [&]() -> Result<QList<HistoryEntry>> {
        QList<HistoryEntry> out;
        Query q = m_s.sql().prepare("SELECT id, at, user_id, event, field, old_value, new_value "
                                    "FROM history WHERE kind = ?1 AND entity_id = ?2 AND id < ?4 "
                                    "ORDER BY id DESC LIMIT ?3");
        q->bindAll(int(kind), id, limit,
                   beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
        while (q->step())
            out << HistoryEntry{q->int64(0), kind,        id,
                                q->int64(1), q->int64(2), HistoryEvent(q->int64(3)),
                                q->text(4),  q->value(5), q->value(6)};
        return out;
    });
}

} // namespace Voronka::Core

namespace Voronka::Core {

const Principal &Records::principal()
{
    if (!m_origin.actorId || m_origin.actorId == m_s.actor().id)
        return m_s.principal();
    if (m_otherPrincipal.userId != m_origin.actorId)
        m_otherPrincipal = m_s.principalFor(m_origin.actorId);
    return m_otherPrincipal;
}

// Whether the record holds `expect` now: the expected values go through the same
// normalisation as a patch, so "what load() gave" compares with what is stored.
bool Records::holds(const EntitySpec &spec, const Row &row, const Patch &expect)
{
    Patch fields = expect;
    const QString kDeleted = QStringLiteral("deleted");
    if (fields.contains(kDeleted) && fields.take(kDeleted).toBool() != row.deleted)
        return false;
    // Derived and ordering values: the stage's entry time follows the stage, the board order
    // is not a value anyone edits.
    fields.remove(QStringLiteral("stage_entered_at"));
    fields.remove(QStringLiteral("sort_order"));
    // A value applyPatch refuses (a tag that does not exist, a read-only field set to
    // another value) is one the record does not hold either.
    Row probe = row;
    if (!applyPatch(spec, probe, fields))
        return false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString &key = it.key();
        if (spec.column(key)) {
            if (!sameValue(probe.cols.value(key), row.cols.value(key)))
                return false;
        } else if (key == kTags) {
            if (probe.tags != row.tags)
                return false;
        } else if (key == kContacts) {
            if (probe.contacts != row.contacts)
                return false;
        } else if (key.startsWith(kCustomPrefix)) {
            const qint64 fid = key.mid(kCustomPrefix.size()).toLongLong();
            if (!sameValue(probe.custom.value(fid), row.custom.value(fid)))
                return false;
        }
    }
    return true;
}

Result<Records::StepsDone> Records::applySteps(const QList<Step> &steps)
{
    const QString kDeleted = QStringLiteral("deleted");
    return guarded(m_s.db(), [&]() -> Result<Records::StepsDone> {
        Change all(m_s, m_origin); // the steps' changes join this one transaction
        StepsDone done;
        for (const Step &step : steps) {
            const EntitySpec *spec = entitySpec(step.kind);
            if (!spec)
                return makeError(Error::Code::Invalid,
                                 Tr::tr("Records of this kind cannot be edited here."));
            Result<Row> current = readRow(*spec, step.id);
            if (!current)
                return current.error();
            if (!holds(*spec, *current, step.expect)) {
                done.refused << Tr::tr("%1 (#%2)").arg(labelOf(*spec, *current)).arg(step.id);
                continue;
            }
            Patch fields = step.to;
            const bool moveBin = fields.contains(kDeleted);
            const bool toBin = fields.take(kDeleted).toBool();
            if (moveBin && !toBin && current->deleted)
                if (Status st = setDeleted(step.kind, step.id, false); !st)
                    return st.error();
            if (!fields.isEmpty())
                if (Status st = update(step.kind, step.id, fields); !st)
                    return st.error();
            if (moveBin && toBin && !current->deleted)
                if (Status st = setDeleted(step.kind, step.id, true); !st)
                    return st.error();
            ++done.applied;
        }
        all.commit();
        return done;
    });
}

} // namespace Voronka::Core
