// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/permissions/permissions.h"
#include "core/services/origin.h"
#include "core/sync/protocol.h"
#include "core/sync/wirevalues.h"
#include "core/util/result.h"

#include <QHash>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Voronka::Core {
struct EntitySpec;
class Clock;
class Database;
class Session;
} // namespace Voronka::Core

// The team server's apply engine: the store that holds the team's truth, what a push does to
// it and what a pull reads from it (SYNC.md "Rules"). No HTTP here: app/server puts the strict
// reader (protocol.h) and authentication in front and calls push() and pull().
//
// Storage model. The store IS a Voronka database file (the desktop schema, at its latest
// version) plus a few server tables. Pushed changes are written through Records, the desktop's
// own write path, with origin SyncApply: the same validation (required fields per stage, loss
// reason, field types, references), the same permission checks against the stored row
// (Origin::serverChecks turns them on for the pushing user), the same history, aggregates and
// search index. So "the same core rules" is one code, not a port of it, and `voronka-server
// init --from team.voronka` is a copy of the file plus the server tables. The server tables
// (server_state, server_log, server_receipts, server_secret) use only SQL that SQLite and
// PostgreSQL 15 both take (BIGINT/INTEGER/TEXT columns, uids as hex TEXT, no upsert, no WITHOUT
// ROWID, no blobs) so they move to PostgreSQL unchanged.
//
// How PostgreSQL fits later, and the cost of this choice: the record tables and Records talk to
// SQLite through core/storage's Connection (the C API, FTS5, triggers for the aggregates). A
// PostgreSQL store needs that Connection as an interface with a libpq/QPSQL implementation and
// a PostgreSQL form of the schema (tsvector for FTS5, the aggregate triggers in PL/pgSQL); the
// engine here does not change. The other road, a second "neutral" record store in Qt Sql
// beside the desktop's, would have copied the validator and the checker, which the design
// forbids (rules are written once); a port of the storage layer is the smaller risk.
//
// A push is one transaction; each mutation in it a savepoint:
//   receipt lookup (same id and body: the stored receipt, nothing applied again, except that a
//   refusal, which had no effect, is judged again, with the body it comes with now; same id and
//   another body of a mutation taken, or another user's id: the whole push is refused 409) -> the
//   mutation's signature checked (below) -> find the record by uid; a record the user may not view
//   answers as one that does not exist (no existence oracle), unless the signature verified ->
//   per-field compare of (hlc, node), last writer wins, a tie of both is the same write ->
//   write the winners through Records (rights and rules checked there; a refusal rolls the
//   savepoint back and is the receipt) -> field clocks (hlc, node, seq) -> conflict_log entries
//   -> one change-log row numbered from server_state.seq -> the receipt, signed when the
//   mutation was accepted -> next mutation.
// The seq is taken inside the write transaction from a counter row, so seqs are gapless and in
// commit order (SQLite's write lock; on PostgreSQL the row is locked FOR UPDATE).
//
// Signed receipts (SYNC.md "Restore", docs/design/sync-receipts.md). Every mutation the store
// accepts (applied or superseded) is answered with a signature: crypto_auth (HMAC-SHA-512-256)
// under the store's own key (server_secret, made at the first open, kept in the store and so in
// its backups, never sent or logged) over the mutation id, the author's user id and the body's
// hash (mutationHash, the signature itself left out). The replica keeps the signature and the
// very body it was given for with its acked outbox row. After a restore the replica re-pushes
// that body with its signature; a signature that verifies for this id, this pushing user and
// this body proves the store once took this mutation from this author, so a refusal that would
// come only from the author's rights now (the record, or a note's record, is not visible or not
// writable to them in the restored store: another replica's journal moved it out of their sight
// again) does not apply: the mutation is applied with the author's rights unchecked, through the
// same validation, clocks and deleted-record rules as any. The answer to such a mutation names
// nothing of the record (no server fields, no reason; a refusal reads "does not exist", as it
// would have without the signature). A signature that does not verify is ignored: the mutation
// is judged as if it had none. A mutation the store still has a receipt of is answered from that
// receipt, as any retry, so a signature changes nothing on a first push.
//
// Deletes are the LWW field "deleted"; a set on a deleted record is superseded, never a
// resurrection; undelete is its own op. A pushed value that overwrites a value its author had
// not seen (base_seq older than the field's seq) and differs, or a pushed value that loses,
// gives a conflict_log row to the user whose value lost, naming who won.
//
// The node of a push is its device: the first 16 hex digits of device_id (the client makes its
// device id from its replica's node id, syncstate.h).
namespace Voronka::Core::Sync {

class ServerStore
{
public:
    // Adds the server tables to an open Voronka database when it lacks them. The file needs an
    // active admin: the store reads through an admin session, and users act through Origin.
    static Result<std::unique_ptr<ServerStore>> attach(Database &db, const Clock &clock);
    ~ServerStore();

    // The pushing user is authenticated by the caller. A ProtocolError refuses the whole push
    // (409 mutation_conflict, 409 clock_skew, 403 for an unknown or inactive user, 503 for a
    // storage failure); otherwise one receipt per mutation, in order.
    Parsed<PushResponse> push(qint64 userId, const PushRequest &request);
    // The changes after `since` that the user may see, at most `limit` log rows examined.
    // Visibility is judged per log row by the user's current rights against the record's owner
    // before and after that change (kept in the log row): visible before and after, the change;
    // visible only after, a grant carrying the record's full snapshot; visible only before, an
    // evict, all at the change's seq. Nothing of a record the user may not see now is carried
    // except its evict: a grant's snapshot is the record as it is now (the changes after it in
    // the log replay onto it in seq order and end where it is), so granting a record that has
    // been hidden again since would show values written while it was hidden.
    Result<PullPage> pull(qint64 userId, qint64 since, int limit = 500);
    // pull() behind the checks of a replica's knowledge (protocol.h PullRequest): 409
    // epoch_changed when it names another epoch (the store was restored: the replica
    // re-bootstraps and re-pushes its acked journal), 410 cursor_expired for a cursor past the
    // last seq, 409 resync_required when it names another permissions hash than the user's now
    // (a role or department changed: visibility moved without a log row, so the replica
    // re-bootstraps keeping its outbox). What the HTTP endpoint and LocalTransport call.
    Parsed<PullPage> pullChecked(qint64 userId, const PullRequest &request);
    // The user's visible records of one type, with their field values and clocks, in uid order
    // after `after`, at most `limit` of them. `snapshot` 0 starts a bootstrap at the current
    // seq, which the page names; later pages and types pass it on. Each page reads the records
    // as they are when it is read, so no page is older than the snapshot: whatever changed
    // after it reaches the client again by the pull from `snapshot`, which replays those
    // changes (and grants, evicts) in seq order onto the bootstrapped rows and ends at the
    // same state. No copy of the data is kept for a bootstrap in progress. A record the user
    // may not see never shows, not even as a page boundary (`after` is the last record given).
    Result<BootstrapPage> bootstrap(qint64 userId, const QString &entityType, const QString &after,
                                    qint64 snapshot, int limit = 200);
    // A record's full wire form (every wire field, "deleted" included) and, with `clocks`,
    // each as {"v", "hlc", "node"} the way pulls carry them.
    QJsonObject snapshotOf(EntityKind kind, const QString &uid, bool clocks);

    qint64 maxSeq();
    QString epoch();
    static qint64 nodeOfDevice(const QString &deviceId);
    static constexpr qint64 kMaxSkewMs = 120 * 1000;

private:
    ServerStore(Database &db, const Clock &clock, std::unique_ptr<Session> session,
                QByteArray receiptKey);

    struct Target // a stored record as the checks need it
    {
        EntityKind kind = EntityKind::None;
        const EntitySpec *spec = nullptr;
        qint64 id = 0;
        QString uid;
        bool deleted = false;
        qint64 responsibleId = 0;
        qint64 pipelineId = 0;
        qint64 hlc = 0;
        // A note: the record it belongs to, whose owner (above) decides who sees the note.
        EntityKind parentKind = EntityKind::None;
        qint64 parentId = 0;
    };
    struct Clock3 // a field's clock on the server
    {
        qint64 hlc = 0;
        qint64 node = 0;
        qint64 seq = 0;
    };
    struct Compared // a mutation's fields against the stored clocks
    {
        QMap<QString, FieldChange> winners;
        QMap<QString, FieldChange> losers;
        QHash<QString, Clock3> clocks;
    };
    struct Context // one push: who, from which node
    {
        qint64 userId = 0;
        qint64 node = 0;
        qint64 clientHlc = 0;
        Principal principal;
        // The mutation being applied carries a signature of this store that verifies: its
        // author's rights are not checked (the class comment), and `hidden` tells that the
        // record was out of the author's sight, so the answer names nothing of it.
        bool vouched = false;
        bool hidden = false;
        Receipt refusal; // the answer the hidden record would have had without the signature
        // How the mutation writes through Records: as the author, rights checked unless vouched.
        Origin origin(qint64 hlc) const
        {
            return Origin{WriteMode::SyncApply, userId, 0, hlc, !vouched};
        }
    };
    Parsed<PushResponse> pushLocked(qint64 userId, const PushRequest &request);
    std::optional<ProtocolError> checkClocks(const PushRequest &request);
    Receipt apply(Context &ctx, const Mutation &m);
    Receipt applyCreate(Context &ctx, const Mutation &m, EntityKind kind);
    Receipt applySet(Context &ctx, const Mutation &m, const Target &t);
    Receipt applyDeleted(Context &ctx, const Mutation &m, const Target &t);
    Receipt applyTags(Context &ctx, const Mutation &m, const Target &t);
    Receipt applyNote(Context &ctx, const Mutation &m);
    Receipt createNote(Context &ctx, const Mutation &m);
    Receipt setNote(Context &ctx, const Mutation &m, const Target &t);
    std::optional<Target> findNote(const QString &uid);
    QStringList noteUids(EntityKind kind, qint64 id);
    Compared compare(const Context &ctx, const Target &t, const QMap<QString, FieldChange> &fields);
    Receipt superseded(const Context &ctx, const Mutation &m, const Target &t, const Compared &c,
                       const QJsonObject &before);
    Receipt record(const Context &ctx, const Mutation &m, const Target &t, const Compared &c,
                   const QJsonObject &before);
    std::optional<Target> find(EntityKind kind, const QString &uid);
    bool mayView(const Principal &p, const Target &t);
    // mayView for the pushing user; for a vouched mutation also true where it is not, marking
    // the mutation hidden with `absent`, its answer had it not been vouched for.
    bool sees(Context &ctx, const Target &t, const Receipt &absent);
    bool mayView(const Principal &p, EntityKind kind, qint64 responsibleId, qint64 pipelineId);
    QJsonObject snapshotOf(const Target &t, bool clocks);
    // Wire values with each field's clock ({v, hlc, node}); a field without a clock of its own
    // has the record's creation clock `hlc`.
    static QJsonObject withClocks(const QJsonObject &values, const QHash<QString, Clock3> &kept,
                                  qint64 hlc);
    Clock3 clockOf(const Target &t, const QString &field);
    QJsonObject currentValues(const Target &t, const QStringList &names);
    Result<Patch> patchOf(EntityKind kind, const QMap<QString, FieldChange> &fields);
    qint64 nextSeq();
    qint64 authorOf(qint64 seq);
    void logConflict(const Target &t, const QString &field, const QJsonValue &lost,
                     const QJsonValue &won, qint64 loser, qint64 winner, qint64 seq);
    std::optional<std::pair<QString, Receipt>> storedReceipt(const QString &mutationId,
                                                             qint64 userId);
    void storeReceipt(qint64 userId, const QString &deviceId, const QString &hash,
                      const Receipt &r);
    QString sign(const QString &mutationId, qint64 userId, const QString &hash) const;
    bool verify(const Mutation &m, qint64 userId, const QString &hash) const;

    Database &m_db;
    const Clock &m_clock;
    std::unique_ptr<Session> m_session;
    WireValues m_wire;
    QByteArray m_receiptKey; // crypto_auth_KEYBYTES, from server_secret
};

// The fingerprint of a mutation's body, for telling a retry from a reused id (its signature
// is not part of the body).
QString mutationHash(const Mutation &m);

} // namespace Voronka::Core::Sync
