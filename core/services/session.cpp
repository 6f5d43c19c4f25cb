// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "session.h"

#include "core/storage/writeaudit.h"
#include "core/util/text.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Voronka::Core {

Session::Session(Database &db, const Clock &clock, const UserInfo &actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
{
    m_principal = principalFor(actor.id);
}

Session::Session(Database &db, const Clock &clock, const UserInfo &actor, quint64 idSeed)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor)
    , m_ids(idSeed)
{
    m_principal = principalFor(actor.id);
}

Result<std::unique_ptr<Session>> Session::start(Database &db, const Clock &clock,
                                                const UserInfo &actor)
{
    return guarded(db, [&]() -> Result<std::unique_ptr<Session>> {
        auto session = std::make_unique<Session>(db, clock, actor);
        db.announceUser(actor.name); // for the others who have a shared file open
        return session;
    });
}

void Session::takeClock()
{
    m_hlc.observe(m_db.meta(QStringLiteral("hlc")).toLongLong());
    m_clockTaken = m_hlc.last();
    m_writesAtTake = sql().totalChanges();
    m_clockHeld = true;
}

void Session::putClock()
{
    m_clockHeld = false;
    // A transaction that wrote nothing stamped nothing: the file keeps its clock.
    if (m_hlc.last() == m_clockTaken || sql().totalChanges() == m_writesAtTake)
        return;
    sql()
        .prepare("INSERT INTO meta(key, value) VALUES('hlc', ?1) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        ->bind(1, m_hlc.last())
        .run();
}

QHash<qint64, Scope> Session::decodePipelineCaps(const QString &json,
                                                 const QHash<QByteArray, qint64> &pipelineByUid)
{
    QHash<qint64, Scope> caps;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const qint64 id = pipelineByUid.value(it.key().toLatin1());
        const int s = it.value().toInt(-1);
        if (id && s >= 0 && s <= 3) // a pipeline deleted since, or a damaged value: no cap
            caps.insert(id, Scope(s));
    }
    return caps;
}

Principal Session::principalFor(qint64 userId)
{
    const UserInfo u = user(userId);
    loadSettings();
    Principal p;
    p.userId = u.id;
    p.departmentId = u.departmentId;
    p.admin = m_roleAdmin.value(u.roleId);
    p.matrix = m_roleMatrix.value(u.roleId);
    const RoleExtras extras = m_roleExtras.value(u.roleId);
    p.pipelineCaps = extras.pipelineCaps;
    p.analytics = p.admin ? Scope::All : extras.analytics;
    p.canImport = p.admin || extras.canImport;
    return p;
}

void Session::loadSettings()
{
    if (m_loaded)
        return;
    m_loaded = true;
    Connection &c = sql();
    m_settingsVersion = m_db.meta(QStringLiteral("settings_version")).toLongLong();
    {
        QHash<QByteArray, qint64> pipelineByUid;
        Query pq = c.prepare("SELECT uid, id FROM pipelines");
        while (pq->step())
            pipelineByUid.insert(pq->blob(0).toHex(), pq->int64(1));
        Query q = c.prepare("SELECT id, matrix, is_admin, pipeline_caps, analytics_scope, "
                            "can_import FROM roles WHERE deleted = 0");
        while (q->step()) {
            m_roleMatrix.insert(q->int64(0), RoleMatrix::decode(q->text(1)));
            m_roleAdmin.insert(q->int64(0), q->int64(2) != 0);
            RoleExtras extras;
            extras.pipelineCaps = decodePipelineCaps(q->text(3), pipelineByUid);
            extras.analytics = Scope(std::clamp(int(q->int64(4)), 0, 3));
            extras.canImport = q->int64(5) != 0;
            m_roleExtras.insert(q->int64(0), extras);
        }
    }
    {
        Query q = c.prepare("SELECT id, uid, email, name, role_id, coalesce(department_id, 0), "
                            "active, avatar_color, language, reminder_lead_min FROM users "
                            "WHERE deleted = 0");
        while (q->step()) {
            UserInfo u;
            u.id = q->int64(0);
            u.uid = q->blob(1);
            u.email = q->text(2);
            u.name = q->text(3);
            u.roleId = q->int64(4);
            u.departmentId = q->int64(5);
            u.active = q->int64(6) != 0;
            u.avatarColor = q->text(7);
            u.language = q->text(8);
            u.reminderLeadMin = int(q->int64(9));
            m_users.insert(u.id, u);
        }
        for (auto &u : m_users)
            u.admin = m_roleAdmin.value(u.roleId);
    }
    {
        Query q = c.prepare("SELECT id, name, position FROM pipelines WHERE deleted = 0 "
                            "ORDER BY position, id");
        while (q->step())
            m_pipelines.append(PipelineInfo{q->int64(0), q->text(1), int(q->int64(2)), {}});
    }
    {
        Query q = c.prepare("SELECT id, pipeline_id, name, position, color, kind, probability, "
                            "idle_days FROM stages WHERE deleted = 0 ORDER BY pipeline_id, kind, "
                            "position, id");
        while (q->step()) {
            StageInfo s{q->int64(0),      q->int64(1),     q->text(2),
                        int(q->int64(3)), q->text(4),      StageKind(q->int64(5)),
                        int(q->int64(6)), int(q->int64(7))};
            m_stages.insert(s.id, s);
            for (auto &p : m_pipelines)
                if (p.id == s.pipelineId)
                    p.stages.append(s);
        }
    }
    {
        Query q = c.prepare("SELECT id, entity_kind, name, type, options, group_name, position, "
                            "coalesce(required_from_stage_id, 0), read_only FROM field_defs "
                            "WHERE deleted = 0 ORDER BY entity_kind, position, id");
        while (q->step()) {
            FieldDef d;
            d.id = q->int64(0);
            d.kind = EntityKind(q->int64(1));
            d.name = q->text(2);
            d.type = FieldType(q->int64(3));
            d.options = Text::splitJsonArray(q->text(4));
            d.group = q->text(5);
            d.position = int(q->int64(6));
            d.requiredFromStageId = q->int64(7);
            d.readOnly = q->int64(8) != 0;
            m_fieldDefs[int(d.kind)].append(d);
        }
    }
    {
        Query q = c.prepare("SELECT id, name FROM loss_reasons WHERE deleted = 0 "
                            "ORDER BY position, id");
        while (q->step())
            m_lossReasons.append(Named{q->int64(0), q->text(1)});
    }
    m_defaultTaskType = c.scalar("SELECT id FROM task_types WHERE deleted = 0 "
                                 "ORDER BY builtin != 1, position, id LIMIT 1");
}

const QHash<qint64, UserInfo> &Session::users()
{
    loadSettings();
    return m_users;
}

QList<UserInfo> Session::activeUsersByName()
{
    QList<UserInfo> out;
    for (const UserInfo &u : users())
        if (u.active)
            out << u;
    std::sort(out.begin(), out.end(), [](const UserInfo &a, const UserInfo &b) {
        const int c = QString::localeAwareCompare(a.name, b.name);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

qint64 Session::stageOfKind(qint64 pipelineId, StageKind kind)
{
    loadSettings();
    for (const PipelineInfo &p : std::as_const(m_pipelines))
        if (p.id == pipelineId)
            for (const StageInfo &s : p.stages)
                if (s.kind == kind)
                    return s.id;
    return 0;
}

QList<UserInfo> Session::visibleResponsibles(PermEntity entity)
{
    QList<UserInfo> out;
    for (const UserInfo &u : activeUsersByName())
        if (Permissions::can(m_principal, entity, PermAction::View, ownershipOf(u.id)))
            out << u;
    return out;
}

const StageInfo *Session::stage(qint64 id)
{
    loadSettings();
    auto it = m_stages.constFind(id);
    return it == m_stages.cend() ? nullptr : &*it;
}

QList<PipelineInfo> Session::pipelines()
{
    loadSettings();
    return m_pipelines;
}

QList<PipelineInfo> Session::visiblePipelines()
{
    QList<PipelineInfo> out;
    for (const PipelineInfo &p : pipelines())
        if (Permissions::scope(m_principal, PermEntity::Deal, PermAction::View, p.id) !=
            Scope::None)
            out << p;
    return out;
}

const QList<FieldDef> &Session::fieldDefs(EntityKind kind)
{
    loadSettings();
    return m_fieldDefs[int(kind)];
}

const FieldDef *Session::fieldDef(qint64 id)
{
    loadSettings();
    for (const auto &list : std::as_const(m_fieldDefs))
        for (const auto &d : list)
            if (d.id == id)
                return &d;
    return nullptr;
}

const QList<Session::Named> &Session::lossReasons()
{
    loadSettings();
    return m_lossReasons;
}

qint64 Session::defaultTaskType()
{
    loadSettings();
    return m_defaultTaskType;
}

void Session::invalidate()
{
    m_loaded = false;
    m_users.clear();
    m_roleMatrix.clear();
    m_roleAdmin.clear();
    m_roleExtras.clear();
    m_stages.clear();
    m_pipelines.clear();
    m_fieldDefs.clear();
    m_lossReasons.clear();
    loadSettings();
    m_actor = m_users.value(m_actor.id, m_actor);
    m_principal = principalFor(m_actor.id);
}

qint64 Session::settingsVersionOnFile()
{
    try {
        return m_db.meta(QStringLiteral("settings_version")).toLongLong();
    } catch (const SqlError &) {
        return -1; // a busy or damaged file: the next look tries again
    }
}

bool Session::refreshIfStale()
{
    if (m_loaded && settingsVersionOnFile() == m_settingsVersion)
        return false;
    invalidate();
    return true;
}

Ownership Session::ownershipOf(qint64 responsibleId, qint64 pipelineId)
{
    // The responsible's department is read from the file, where Permissions::sqlPredicate
    // reads it for lists (a subquery on users, run once per query however many rows it
    // filters), not from this session's settings cache: the single check and the list then
    // agree however stale the cache is (a move made on another desktop, a user added or
    // deleted since). One primary-key read on a cached statement. The actor's own department
    // is the principal's in both.
    qint64 department = 0;
    if (responsibleId) {
        Query q = sql().prepare("SELECT coalesce(department_id, 0) FROM users WHERE id = ?1");
        q->bind(1, responsibleId);
        if (q->step())
            department = q->int64(0);
    }
    return Ownership{responsibleId, department, pipelineId};
}

void Session::beginBatch()
{
    sql().beginWrite();
    takeClock();
    m_batch = true;
    m_batchBroken = false;
}

Status Session::commitBatch()
{
    m_batch = false;
    m_clockHeld = false;
    if (m_batchBroken) {
        sql().execQuietly("ROLLBACK");
        return makeError(Error::Code::Storage,
                         QCoreApplication::translate("Voronka::Core::Session",
                                                     "A change failed part-way through its "
                                                     "writes, so nothing of this batch was "
                                                     "saved."));
    }
    try {
        putClock();
        sql().commitWrite();
        return Ok{};
    } catch (const SqlError &e) {
        sql().execQuietly("ROLLBACK");
        return Database::errorFor(e, m_db.path());
    }
}

void Session::rollbackBatch()
{
    m_batch = false;
    m_clockHeld = false;
    sql().execQuietly("ROLLBACK");
}

// Inside a batch a change takes no savepoint: FTS5 flushes its pending index data into a
// new segment at every savepoint, which made bulk loads several times slower. Services
// validate before their first write, so a change that fails leaves nothing behind; one that
// fails after writing (a storage error) breaks the batch, and commitBatch() rolls it all back.
Change::Change(Session &s, const Origin &origin)
    : m_s(s)
    , m_origin(origin)
    , m_now(origin.atMs ? origin.atMs : s.clock().nowMs())
    , m_inBatch(s.inBatch() || s.sql().inTransaction())
    , m_writesBefore(s.sql().totalChanges())
{
    if (!m_origin.actorId && m_origin.mode != WriteMode::Migration)
        m_origin.actorId = s.actor().id;
    // A change made by another change (a stage automation) joins its transaction: it
    // commits or rolls back with it.
    if (!m_inBatch)
        m_s.sql().beginWrite();
    if (!m_s.holdsClock()) {
        m_s.takeClock();
        m_ownsClock = true;
    }
    if (m_origin.mode == WriteMode::SyncApply && m_origin.hlc) {
        m_s.hlc().observe(m_origin.hlc);
        m_hlc = m_origin.hlc;
    } else {
        m_hlc = m_s.hlc().next(m_now);
    }
    if (!m_origin.writesOutbox())
        WriteAudit::exempt(m_s.sql().handle());
}

Change::~Change()
{
    if (m_done)
        return;
    Connection &c = m_s.sql();
    if (m_ownsClock) // rolled back: the next change takes the clock from the file again
        m_s.dropClock();
    if (!m_inBatch)
        c.execQuietly("ROLLBACK");
    else if (c.totalChanges() != m_writesBefore && m_s.inBatch())
        m_s.breakBatch();
}

void Change::commit()
{
    if (m_ownsClock)
        m_s.putClock();
    if (!m_inBatch)
        m_s.sql().commitWrite();
    m_done = true;
}

void Change::history(EntityKind kind, qint64 id, HistoryEvent event, const QString &field,
                     const QVariant &oldValue, const QVariant &newValue)
{
    if (!m_origin.writesHistory())
        return;
    sql()
        .prepare("INSERT INTO history(kind, entity_id, at, user_id, event, field, old_value, "
                 "new_value, origin) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
        ->bindAll(int(kind), id, m_now, author(), int(event), field, oldValue, newValue,
                  int(m_origin.mode))
        .run();
}

void Change::bumpSettings(EntityKind kind)
{
    if (isSettingsKind(kind) && !m_settingsBumped) {
        m_settingsBumped = true;
        // Read and written in this write transaction (no arithmetic in SQL on an untyped
        // column, which is jsonb on PostgreSQL).
        Database &db = m_s.db();
        db.setMeta(QStringLiteral("settings_version"),
                   db.meta(QStringLiteral("settings_version")).toLongLong() + 1);
    }
}

void Change::outbox(EntityKind kind, qint64 id, OutboxOp op, const QStringList &fields)
{
    if (m_origin.writesOutbox()) {
        sql()
            .prepare("INSERT INTO outbox(mutation_uid, kind, entity_id, op, fields, hlc) "
                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
            ->bindAll(newUid(), int(kind), id, int(op), fields.join(u','), m_hlc)
            .run();
        WriteAudit::cover(sql().handle(), entityTable(kind), id);
    }
    bumpSettings(kind);
    if (op == OutboxOp::Create)
        return; // the row's own hlc column is the clock of every field it was created with
    if (op == OutboxOp::Purge) { // the record is gone, and so are its clocks
        sql()
            .prepare("DELETE FROM field_clock WHERE kind = ?1 AND entity_id = ?2")
            ->bindAll(int(kind), id)
            .run();
        return;
    }
    Query q = sql().prepare("INSERT INTO field_clock(kind, entity_id, field, hlc) "
                            "VALUES(?1, ?2, ?3, ?4) ON CONFLICT(kind, entity_id, field) "
                            "DO UPDATE SET hlc = excluded.hlc");
    for (const QString &f : fields) {
        q->bindAll(int(kind), id, f, m_hlc).run();
        q->reset();
    }
}

void Change::historyEach(EntityKind kind, const QString &ids, HistoryEvent event,
                         const QString &field, const QString &oldColumn, const QVariant &newValue)
{
    if (!m_origin.writesHistory())
        return;
    // old_value is untyped: jsonb on PostgreSQL, which takes a column's value in JSON form.
    const QString old = sql().backend() == Connection::Backend::PostgreSQL
                            ? QStringLiteral("to_jsonb(%1)").arg(oldColumn)
                            : oldColumn;
    sql()
        .prepare(QStringLiteral("INSERT INTO history(kind, entity_id, at, user_id, event, field, "
                                "old_value, new_value, origin) SELECT ?1, id, ?2, ?3, ?4, ?5, %1, "
                                "?6, ?7 FROM %2 ORDER BY id")
                     .arg(old, ids))
        ->bindAll(int(kind), m_now, author(), int(event), field, newValue, int(m_origin.mode))
        .run();
}

void Change::outboxEach(EntityKind kind, const QString &ids, OutboxOp op,
                        const QString &fieldsColumn)
{
    if (m_origin.writesOutbox()) {
        // Each record is its own mutation: the first 9 bytes of a fresh UUIDv7 (time,
        // version, variant) and 56 random bits per row.
        sql()
            .prepare(QStringLiteral("INSERT INTO outbox(mutation_uid, kind, entity_id, op, "
                                    "fields, hlc) SELECT CAST(substr(?1, 1, 9) || randomblob(7) "
                                    "AS BLOB), ?2, id, ?3, %1, ?4 FROM %2 ORDER BY id")
                         .arg(fieldsColumn, ids))
            ->bindAll(newUid(), int(kind), int(op), m_hlc)
            .run();
        WriteAudit::coverTable(sql().handle(), entityTable(kind));
    }
    bumpSettings(kind);
    if (op == OutboxOp::Create)
        return;
    // One clock row per record and field: the fields column split on commas.
    sql()
        .prepare(
            QStringLiteral("WITH RECURSIVE src(id, rest) AS (SELECT id, %1 || ',' FROM %2), "
                           "split(id, field, rest) AS (SELECT id, NULL, rest FROM src UNION ALL "
                           "SELECT id, substr(rest, 1, instr(rest, ',') - 1), "
                           "substr(rest, instr(rest, ',') + 1) FROM split WHERE rest <> '') "
                           "INSERT INTO field_clock(kind, entity_id, field, hlc) "
                           "SELECT ?1, id, field, ?2 FROM split WHERE field IS NOT NULL "
                           "AND field <> '' ORDER BY id "
                           "ON CONFLICT(kind, entity_id, field) DO UPDATE SET hlc = excluded.hlc")
                .arg(fieldsColumn, ids))
        ->bindAll(int(kind), m_hlc)
        .run();
}

} // namespace Voronka::Core
