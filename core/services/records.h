// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/session.h"
#include "core/util/result.h"

#include <memory>

namespace Voronka::Core {

struct EntitySpec;

// The write path for deals, contacts, companies and tasks. Each call is one transaction that
// checks the acting user's permission, validates, writes the row, its tags, links and custom
// field values, appends history and the sync outbox, and refreshes the search index.
//
// Keys of a Patch: the standard columns (see entityspec.cpp), "tags" (names), "contacts"
// (deal's contact ids) and "cf.<field id>" for custom fields. Values go in as load() gives them
// out: money in minor units, the budget as a whole number and a money field as
// {"amount": minor units, "currency": "RUB"} (or a bare amount in RUB).
class Records
{
public:
    // origin: who, when and why (origin.h); the default is the session's user, now.
    explicit Records(Session &s, const Origin &origin = {})
        : m_s(s)
        , m_origin(origin)
    {
    }

    Result<qint64> create(EntityKind kind, const Patch &patch);
    Status update(EntityKind kind, qint64 id, const Patch &patch);
    Status remove(EntityKind kind, qint64 id);  // to the recycle bin
    Status restore(EntityKind kind, qint64 id); // from the recycle bin
    Result<Record> load(EntityKind kind, qint64 id);
    // Records of one kind as load() gives each, in the order of `ids`, read by one statement
    // per table for all of them: for a reader of many records at once where each statement is
    // a round trip (the team server's bootstrap on PostgreSQL). A record that does not exist
    // or the user may not view is left out.
    Result<QList<Record>> loadMany(EntityKind kind, const QList<qint64> &ids);
    // Why the acting user may not edit this record, for a card to show it read-only before
    // the first keystroke ("Read-only: your role lets you edit only your own contacts"); empty
    // when they may. update() still refuses on its own.
    QString editBlocker(EntityKind kind, qint64 id);

    // With origin Undo a deal is put back into an earlier state; that is not the deal entering
    // a stage, so no automations run, and a deal's "stage_entered_at" (which load() returns)
    // may be given in the patch to restore how long it has sat in its stage.

    // One record's part of an undo or redo: put `to` into the record where it still holds
    // `expect` (both in load()'s form; the key "deleted" moves it to or from the recycle bin).
    struct Step
    {
        EntityKind kind = EntityKind::None;
        qint64 id = 0;
        Patch expect;
        Patch to;
    };
    struct StepsDone
    {
        int applied = 0;
        QStringList refused; // "Deal "Windows" (#12)": changed by someone since, left as it is
    };
    // Compare-and-set, all steps in one transaction: a record whose fields no longer hold
    // `expect` (a colleague, another window or the CLI changed one since) is left alone and
    // named in `refused`; the others are written. A step refused by the rules (rights,
    // required fields) fails the whole call and nothing is written.
    Result<StepsDone> applySteps(const QList<Step> &steps);

    // Many contacts, companies and deals created at once (an import chunk). stage() checks a
    // record exactly as create() does (rights, required fields, the row's rules, values
    // normalised to their stored form) and gives the id it will have; nothing is written yet,
    // and a record staged later may link to it (a contact or deal to its company, a deal to its
    // contact). Staged deals run no stage automations: only an origin that runs none stages.
    // writeStaged() then writes them all in one change: the rows and their sets with prepared
    // statements, the outbox and the search index set-based. Meant for a Session batch: between the
    // two no other record of those kinds may be created. `createdAt`: the creation time a file
    // gives (ms), else now.
    static bool stages(EntityKind kind);
    Result<qint64> stage(EntityKind kind, const Patch &patch, const QVariant &createdAt = {});
    bool hasStaged() const;
    void writeStaged(); // throws SqlError, as the statements of a batch do
    void dropStaged();  // the batch rolled back
    // How many records are staged, and the ones staged after such a count taken back (a row of
    // a file that failed after staging the records it links): their ids are given again.
    qsizetype stagedCount() const;
    void unstageFrom(qsizetype count);

    // Records create() makes and update() changes from now on are left out of the search index
    // and named in `out` instead, for the caller to index together (indexEach) before its
    // transaction ends: a search row written between two statements that open a savepoint (a
    // SAVEPOINT, an insert into a table with triggers) is flushed by FTS5 as a segment of its own.
    // nullptr: index each record as it is made.
    void indexLater(QList<std::pair<EntityKind, qint64>> *out) { m_indexLater = out; }
    // Writes the index rows of those records (the ones that still exist), companies first.
    static void indexEach(Session &s, const QList<std::pair<EntityKind, qint64>> &records);

    Result<qint64> addNote(EntityKind kind, qint64 id, const QString &text);
    // The custom fields a deal must have filled before it may enter the stage (required from
    // that stage or an earlier one of its pipeline), empty ones first in field order. A board
    // asks for exactly these before a move.
    Result<QList<FieldDef>> missingForStage(qint64 dealId, qint64 stageId);
    // Newest first; a page after the first starts below the last entry's id (beforeId).
    Result<QList<HistoryEntry>> history(EntityKind kind, qint64 id, int limit = 200,
                                        qint64 beforeId = 0);

private:
    struct Row;
    struct Staged;
    Result<Row> readRow(const EntitySpec &spec, qint64 id);
    // load()'s record from its row, without stage_entered_at.
    Record recordOf(const EntitySpec &spec, const Row &row);
    // What create() checks before it writes; `actorId` is the default responsible.
    Result<Row> newRow(const EntitySpec &spec, const Patch &patch, qint64 actorId);
    // The INSERT of a new record (with row.id when it is given) and its sets; returns the
    // fields its outbox row names.
    QStringList insertRow(Change &c, const EntitySpec &spec, Row &row, const QVariant &createdAt);
    bool isStaged(EntityKind kind, qint64 id) const;
    Status applyPatch(const EntitySpec &spec, Row &row, const Patch &patch);
    Status validateRow(const EntitySpec &spec, Row &row, const Row *before);
    Status validateDeal(const EntitySpec &spec, Row &row, const Row *before, const QString &label);
    Status validateTask(const EntitySpec &spec, Row &row, const Row *before, const QString &label);
    Status checkRefColumns(const EntitySpec &spec, const Row &row, const Row *before,
                           const QString &label);
    Status checkRef(const EntitySpec &spec, const QString &label, EntityKind refKind, qint64 id,
                    const QString &key);
    QString labelOf(const EntitySpec &spec, const Row &row) const;
    struct Changes;
    Changes changesOf(const EntitySpec &spec, const Row &before, const Row &row);
    void writeRow(Change &c, const EntitySpec &spec, qint64 id, const Row &row,
                  const Changes &changes, qint64 restoreEntered);
    QStringList historyOf(Change &c, EntityKind kind, qint64 id, const Row &before, const Row &row,
                          const Changes &changes);
    void writeSets(Change &c, const EntitySpec &spec, qint64 id, const Row &row, const Row *before);
    Status setDeleted(EntityKind kind, qint64 id, bool deleted);
    qint64 tagId(Change &c, const QString &name);
    // Runs the automations of the stage a deal just entered, as part of the same change.
    Status runAutomations(qint64 dealId, qint64 stageId, bool creating);
    // The record's ownership for the checker: responsible and, for a deal, its pipeline.
    Ownership ownerOf(const QVariantMap &cols);

    const Principal &principal();
    bool holds(const EntitySpec &spec, const Row &row, const Patch &expect);

    Session &m_s;
    // Automations act with the admin's authority: their effects are not checked against the
    // acting user's permissions (the move that triggered them was).
    Origin m_origin;
    Principal m_otherPrincipal;       // the actor's, when it is not the session's user
    QList<qint64> m_chain;            // stages entered by automations in this change, to stop loops
    std::shared_ptr<Staged> m_staged; // stage() .. writeStaged()
    QList<std::pair<EntityKind, qint64>> *m_indexLater = nullptr;
};

} // namespace Voronka::Core
