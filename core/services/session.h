// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/fields/fieldtypes.h"
#include "core/permissions/permissions.h"
#include "core/services/origin.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/ids.h"

#include <QHash>

namespace Voronka::Core {

// The acting user on an open database: what every service call needs (who acts, when, with
// which ids and clock) plus small caches of settings (users, stages, field definitions, tags)
// that the write path consults on every call. Admin changes refresh the caches.
class Session
{
public:
    Session(Database &db, const Clock &clock, const UserInfo &actor);
    Session(Database &db, const Clock &clock, const UserInfo &actor, quint64 idSeed);
    // The constructor reads the file (clock, settings) and throws SqlError on damage; entry
    // points (the app, the CLI) start sessions through this, which reports it instead.
    static Result<std::unique_ptr<Session>> start(Database &db, const Clock &clock,
                                                  const UserInfo &actor);

    Database &db() { return m_db; }
    Connection &sql() { return m_db.sql(); }
    const Clock &clock() const { return m_clock; }
    IdGenerator &ids() { return m_ids; }
    // The file's hybrid clock as this session last took it (see takeClock).
    Hlc &hlc() { return m_hlc; }
    const UserInfo &actor() const { return m_actor; }
    const Principal &principal() const { return m_principal; }
    Principal principalFor(qint64 userId);

    // Settings caches.
    const QHash<qint64, UserInfo> &users();
    UserInfo user(qint64 id) { return users().value(id); }
    // The active users by name, as every user picker lists them.
    QList<UserInfo> activeUsersByName();
    // Of those, the people whose records of `entity` the actor may view (the checker's answer
    // for a record of theirs): everyone with the "all" scope, the department with
    // "department", the actor alone with "own". What a responsible filter offers: a name
    // outside the scope would only ever show nothing.
    QList<UserInfo> visibleResponsibles(PermEntity entity);
    const StageInfo *stage(qint64 id);
    QList<PipelineInfo> pipelines();
    // The pipelines the actor's role lets them see deals in (a per-pipeline cap may hide one):
    // what the board, the deals list and the card offer. Settings list every pipeline.
    QList<PipelineInfo> visiblePipelines();
    // The first stage of that kind in a pipeline (its first working stage for Open); 0: none.
    qint64 stageOfKind(qint64 pipelineId, StageKind kind);
    const QList<FieldDef> &fieldDefs(EntityKind kind);
    const FieldDef *fieldDef(qint64 id);
    qint64 defaultTaskType();
    struct Named
    {
        qint64 id = 0;
        QString name;
    };
    const QList<Named> &lossReasons(); // the admin's list, in order
    void invalidate();                 // call after settings changed
    // Reloads the caches and the actor's rights when settings changed on the file since they
    // were read (here, in another window, process or desktop): true when they did. Cheap (one
    // indexed read); the main window calls it on every poll.
    bool refreshIfStale();
    // meta settings_version as the file has it now (-1 when it cannot be read).
    qint64 settingsVersionOnFile();

    // Several service calls in one transaction (demo generation, import). A call refused by
    // validation writes nothing and the batch goes on; a call that fails after writing
    // breaks the batch, and commitBatch() then rolls everything back.
    void beginBatch();
    Status commitBatch();
    void rollbackBatch();
    bool inBatch() const { return m_batch; }
    void breakBatch() { m_batchBroken = true; }

    // The file's clock (meta "hlc") is read when a write transaction begins, advanced by each
    // change in it and written back before it commits. The write lock held meanwhile makes
    // every writer on the file (another thread's session, another process, another desktop
    // on a shared file) continue from the clock the previous one left: clocks stamped on one
    // file strictly increase whoever writes. takeClock() inside a write transaction only.
    void takeClock();
    void putClock();
    void dropClock() { m_clockHeld = false; } // the transaction rolls back
    bool holdsClock() const { return m_clockHeld; }

    // pipelineId: for deals, so the role's per-pipeline caps apply.
    Ownership ownershipOf(qint64 responsibleId, qint64 pipelineId = 0);
    // roles.pipeline_caps: {"<pipeline uid hex>": scope digit} -> pipeline id -> scope.
    static QHash<qint64, Scope> decodePipelineCaps(const QString &json,
                                                   const QHash<QByteArray, qint64> &pipelineByUid);

private:
    void loadSettings();

    Database &m_db;
    const Clock &m_clock;
    UserInfo m_actor;
    Principal m_principal;
    IdGenerator m_ids;
    Hlc m_hlc;
    qint64 m_clockTaken = 0;
    qint64 m_writesAtTake = 0;
    bool m_clockHeld = false;
    bool m_batch = false;
    bool m_batchBroken = false;

    bool m_loaded = false;
    qint64 m_settingsVersion = -1;
    QHash<qint64, UserInfo> m_users;
    QHash<qint64, RoleMatrix> m_roleMatrix;
    QHash<qint64, bool> m_roleAdmin;
    struct RoleExtras
    {
        QHash<qint64, Scope> pipelineCaps;
        Scope analytics = Scope::Own;
        bool canImport = false;
    };
    QHash<qint64, RoleExtras> m_roleExtras;
    QHash<qint64, StageInfo> m_stages;
    QList<PipelineInfo> m_pipelines;
    QHash<int, QList<FieldDef>> m_fieldDefs;
    qint64 m_defaultTaskType = 0;
    QList<Named> m_lossReasons;
};

// One call of the write path: a transaction (or a part of a batch) plus the helpers that
// append history, outbox and field clocks, all stamped with the change's origin (who, when,
// why; see origin.h) and one clock from the file's clock. Destroyed without commit() it rolls
// back. A change made inside another (a stage automation) joins its transaction.
class Change
{
public:
    explicit Change(Session &s, const Origin &origin = {});
    ~Change();
    Change(const Change &) = delete;
    Change &operator=(const Change &) = delete;

    Session &session() { return m_s; }
    Connection &sql() { return m_s.sql(); }
    const Origin &origin() const { return m_origin; }
    qint64 now() const { return m_now; }
    qint64 hlc() const { return m_hlc; }
    qint64 actorId() const { return m_origin.actorId; }
    // The actor as a column value: NULL when no user acts (a migration).
    QVariant author() const { return m_origin.actorId ? QVariant(m_origin.actorId) : QVariant(); }

    QByteArray newUid() { return m_s.ids().next(m_now); }
    void history(EntityKind kind, qint64 id, HistoryEvent event, const QString &field = {},
                 const QVariant &oldValue = {}, const QVariant &newValue = {});
    // Records that these fields of the row changed at this change's clock: an outbox row
    // (unless the origin applies a pulled change) and the fields' clocks.
    void outbox(EntityKind kind, qint64 id, OutboxOp op, const QStringList &fields);

    // Set-based forms for changes to many records at once (a stage's deals moved elsewhere,
    // an import chunk): `ids` names a table (a temporary one, usually) with the records' ids
    // in column `id` plus the columns the other arguments name.
    // History: one entry per record, the old value read from column `oldColumn` of `ids`.
    void historyEach(EntityKind kind, const QString &ids, HistoryEvent event,
                     const QString &field, const QString &oldColumn, const QVariant &newValue);
    // Outbox and field clocks: one mutation per record; `fieldsColumn` names a column of `ids`
    // holding the comma-separated fields of that record.
    void outboxEach(EntityKind kind, const QString &ids, OutboxOp op, const QString &fieldsColumn);
    void commit();

private:
    void bumpSettings(EntityKind kind);

    Session &m_s;
    Origin m_origin;
    qint64 m_now;
    qint64 m_hlc = 0;
    bool m_inBatch;
    bool m_ownsClock = false;
    qint64 m_writesBefore;
    bool m_done = false;
    bool m_settingsBumped = false;
};

} // namespace Voronka::Core
