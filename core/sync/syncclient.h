// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/sync/transport.h"
#include "core/util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace Voronka::Core {
class Clock;
class Database;
class Session;
} // namespace Voronka::Core

// The client side of team sync (SYNC.md): a replica file and a Transport to the server.
//
// push: the pending outbox rows, oldest first, become mutations (at most 500 a request) whose
// values are read from the records when sent (the outbox names fields, not values), each field
// with the row's clock and the server seq of the value it replaced (field_clock). The receipts
// are applied in one transaction: applied and duplicate rows are acked with their seq, which
// the fields' clocks take; superseded ones are acked and the server's values taken (those with
// no later pending row of this replica); rejected ones keep their reason and the record is read
// back from the server (a record the server does not give is evicted), the lost values logged
// in conflict_log. The server's clock is merged into the file's. A lost request or answer is
// retried later with the same mutation ids. Values are read when sent, so a retry after a later
// edit may carry another body under a known id: the server refuses that as mutation_conflict,
// which tells that the id was received; the row is acked, and the later row carries the value.
// A clock_skew refusal restamps the unacked rows ahead of the server's time and sends again.
// Tags and multiselect custom fields merge per element: an edit of a record's tags or of a
// multiselect is sent as the elements it added (tag_add) and removed (tag_remove) against the
// last ones the server was known to hold (kept in `meta` per record and field), and a pull that
// brings others while such an edit waits merges them in.
//
// pull: pages after sync_state.last_pulled_seq, each applied with its new cursor in one
// transaction through the write path as SyncApply (history and field clocks, no outbox).
// A field with a pending local mutation keeps its local value; the seq of the server's change it
// passed over is kept (in `meta`, with the page) until the mutation is acked: if the receipt is
// older than that change (the mutation's first answer was lost and the receipt is the stored
// one), the server holds the later value and the record is read back. A grant creates or overwrites
// the record, an evict removes it from the file (RecycleBin::evict; its pending rows are
// rejected and their values logged, since the server will not take them either).
//
// bootstrap: every synced type page by page from one snapshot seq, then pull from it.
//
// The engine reads and writes through its own session of the file's admin: a value pending
// push must be read even when the user's rights no longer show the record locally (it was
// just reassigned away). Its writes name the replica's user. Nothing here checks rights: the
// server did.
namespace Voronka::Core::Sync {

class WireValues;

struct SyncStatus
{
    qint64 pending = 0;    // outbox rows waiting to be pushed
    qint64 rejected = 0;   // rows the server refused
    qint64 conflicts = 0;  // conflict_log entries not seen yet
    qint64 lastSyncAt = 0; // ms since the epoch of the last complete sync; 0: never
    qint64 lastPulledSeq = 0;
};

class SyncClient
{
public:
    static Result<std::unique_ptr<SyncClient>> open(Database &db, const Clock &clock,
                                                    Transport &transport, qint64 userId);
    ~SyncClient();

    Status push();
    Status pull();
    Status bootstrap();
    // What a server's 409 epoch_changed (repush) or 409 resync_required / 410 cursor_expired
    // makes the replica do: push what waits (with the acked journal again after a restore),
    // then bootstrap again, evicting the records the server no longer lists for the user.
    // pull() does it on those answers, and resumes one an interruption left unfinished.
    Status startResync(bool repush);
    // Push, then pull until the server has no more; the time is recorded when both succeed.
    Status syncNow();
    Result<SyncStatus> status();
    // The idle pull of a desktop (a long poll): asks the server to hold a pull from the
    // replica's cursor until there is something after it, at most `waitSeconds`, and applies
    // nothing (a sync does, on a connection of its own, so a held pull never delays a push).
    // True: something waits to be pulled, or the server asks the replica to start again, which
    // a sync does; false: the wait ran out with nothing new. Reads the file only.
    static Parsed<bool> waitForChanges(Database &db, Transport &transport, int waitSeconds);

    // The mutation ids an outbox row (its mutation_uid) may be sent under: its own, and those of
    // the tag_add and tag_remove an edit of tags becomes.
    static QStringList mutationIds(const QByteArray &outboxUid);

    static constexpr int kBatch = 500;
    static constexpr int kJournalDays = 30;
    // How long after a restore a re-pushed journal row the server refuses waits for the other
    // replicas' journals (see startResync) before its refusal is final.
    static constexpr int kRepushWaitDays = 7;
    static constexpr int kPullLimit = 500;
    // The record types synced, in the order a bootstrap fetches them (referenced ones first).
    static const QList<EntityKind> &syncedKinds();

private:
    SyncClient(Database &db, const Clock &clock, Transport &transport, qint64 userId, qint64 node,
               std::unique_ptr<Session> session);

    struct Row // one outbox row
    {
        qint64 id = 0;
        QByteArray mutationUid;
        EntityKind kind = EntityKind::None;
        qint64 entityId = 0;
        OutboxOp op = OutboxOp::Update;
        QStringList fields; // the write path's names
        qint64 hlc = 0;
        bool journal = false; // acked before, sent again after a restore
        QString receipt;      // outbox.receipt: the server's signed receipts of its mutations
    };
    static bool takeOp(const Row &row, Mutation &m, QString *whyNot);
    struct Clock3
    {
        qint64 hlc = 0;
        qint64 node = 0;
    };
    // Restored: the answer came from a server of another epoch than the one this replica knows
    // (restored since its last pull); it is not settled, and the replica starts its resync.
    enum class Pushed { Nothing, Sent, Retry, Restored };
    bool resyncDue();
    Status resync();
    Status bootstrap(bool prune);
    QList<qint64> unlisted(EntityKind kind, const QSet<QString> &listed);
    Result<Pushed> pushBatch();
    QList<Row> pendingRows(int limit);
    // The mutations an outbox row becomes: one, or for an edit of the tags or a multiselect also
    // a tag_add and a tag_remove. None and `whyNot` set: the row cannot be sent. `readBack` set:
    // a tags or multiselect field of the row is back as the server holds it, so nothing of it
    // goes, and its clock is to be read back from the server.
    QList<Mutation> mutationsOf(const Row &row, QString *whyNot, bool *readBack);
    // A row's mutations exactly as they were first sent, with the signatures of the receipts
    // of those the server accepted; none when the row keeps none (or they cannot be read).
    static QList<Mutation> keptMutations(const Row &row, bool *readBack);
    void keepSent(const Row &row, const QList<Mutation> &sent, bool readBack);
    void keepReceipt(const Row &row, const Mutation &sent, const Receipt &r, bool readBack);
    static QString baseKey(EntityKind kind, const QString &uid, const QString &field);
    std::optional<QStringList> tagBase(EntityKind kind, const QString &uid, const QString &field);
    void setTagBase(EntityKind kind, const QString &uid, const QString &field,
                    const QStringList &tags);
    bool perElement(EntityKind kind, const QString &wireName);
    void settle(const QList<Row> &rows, const QList<Mutation> &sent, const PushResponse &resp,
                const QSet<qint64> &readBack);
    static QString passedKey(EntityKind kind, const QString &uid, const QString &field);
    void passOver(EntityKind kind, const QString &uid, const QString &field, qint64 seq);
    qint64 passedSeq(EntityKind kind, const QString &uid, const QString &field);
    void forgetPassed(EntityKind kind, qint64 id);
    void restamp(qint64 serverTimeMs);
    void ackUnanswered(const Row &row);
    Status refetchRejected();

    Status inBatch(const std::function<void()> &body);
    void applyOrSetAside(EntityKind kind, const QString &uid, const QJsonObject &fields, qint64 seq,
                         bool grant);
    void applyRecord(EntityKind kind, const QString &uid, const QJsonObject &fields, qint64 seq,
                     bool grant);
    void applyValues(EntityKind kind, qint64 id, const QString &uid, const QJsonObject &values,
                     const QHash<QString, Clock3> &clocks, qint64 seq, bool create);
    void applyNote(qint64 id, const QString &uid, const QJsonObject &values,
                   const QHash<QString, Clock3> &clocks, qint64 seq, bool create);
    void writeClocks(EntityKind kind, qint64 id, const QStringList &applied,
                     const QHash<QString, Clock3> &clocks, qint64 seq);
    static QString heldKey(EntityKind kind, const QString &uid, const QString &field);
    QHash<QString, QJsonValue> heldRefs(EntityKind kind, const QString &uid);
    void keepHeldRefs(EntityKind kind, const QString &uid, const QStringList &applied,
                      const QHash<QString, QJsonValue> &held);
    void withHeldRefs(EntityKind kind, const QString &uid, QJsonObject &values);
    void resolveHeldRefs(const QString &uid);
    void evict(EntityKind kind, qint64 id, const QString &reason);
    QSet<QString> pendingFields(EntityKind kind, qint64 id);
    // `byId`: the local user whose value won, when the server named them (0: not known).
    void logConflict(EntityKind kind, qint64 id, const QString &field, const QJsonValue &local,
                     const QJsonValue &server, qint64 seq, const QString &uid = {},
                     qint64 byId = 0);
    void keepJournal(EntityKind kind, qint64 id);
    std::optional<std::pair<QString, QJsonObject>> goneValues(const Row &row);
    void reject(const Row &row, const QString &reason, bool refetch);
    bool waitsForJournals(const Row &row);
    void holdBack(const Row &row, const QString &reason);
    QJsonObject localValues(EntityKind kind, qint64 id, const QStringList &wireNames);

    Database &m_db;
    const Clock &m_clock;
    Transport &m_transport;
    qint64 m_userId;
    qint64 m_node;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<WireValues> m_wire;
    QSet<qint64> m_heldBack; // outbox rows refused in this push() and waiting for a later one
    // The records (kind, entity id) of those rows: a later row of the same record is held with
    // them (an edit of a note whose creation waits would be refused for want of it).
    QSet<std::pair<int, qint64>> m_heldRecords;
};

} // namespace Voronka::Core::Sync
