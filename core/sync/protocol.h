// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

#include <variant>

// The wire format of the team server (SYNC.md "Endpoints", "Limits"): plain value types, their
// JSON form, and a strict reader that every request body passes before any handler sees it.
//
// Why a hand-checked reader: QtHttpServer 6.4 is a preview meant for trusted networks, so
// the limits live in our code, in front of the handlers, and are tested on hostile bodies.
// The reader refuses, with a 4xx answer naming the JSON path: bodies over 4 MiB, bad UTF-8,
// nesting deeper than 32, strings over 64 KiB, more than 500 mutations, unknown keys, wrong
// types, field names that are not a Voronka field (SQL or paths in a name never reach
// storage), malformed ids and clocks. It checks shape only; the values are validated by the
// same core rules as a card save when the server applies them.
//
// A push's answer carries, for each mutation the server accepted, a `signature` (its signed
// receipt, serverstore.h); a replica re-pushing its journal after a restore sends the mutation
// it kept with that `signature` (docs/design/sync-receipts.md). Both are optional on the wire.
//
// Clocks are decimal strings: a hybrid clock (wall ms << 16 | counter) does not fit the 53
// bits a JSON number keeps exactly. Record ids on the wire are the records' UUIDs as 32 hex
// digits; local integer ids never cross it.
namespace Voronka::Core::Sync {

inline constexpr int kProtocolVersion = 1;

struct Limits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxMutations = 500;
    int maxDepth = 32;
    int maxStringBytes = 64 * 1024;
    int maxFieldsPerMutation = 200;
};

// A refused request: the HTTP status, a stable machine code ("too_large", "bad_json",
// "unknown_field"...), a message for people and the JSON path it is about.
struct ProtocolError
{
    int status = 400;
    QString code;
    QString message;
    QString path;
    // 409 clock_skew: the server's time in ms, so the client can restamp its unacked rows.
    qint64 serverTimeMs = 0;
    QByteArray toJson() const;
};

template<typename T> using Parsed = std::variant<T, ProtocolError>;

enum class Op { Create, Set, Delete, Undelete, TagAdd, TagRemove };
QString opName(Op op);

struct FieldChange
{
    QJsonValue value; // a scalar, or an array of scalars (phones, tags, contacts)
    quint64 hlc = 0;
    qint64 baseSeq = 0; // the server seq of the value the author saw; 0: none
    bool operator==(const FieldChange &) const = default;
};

struct Mutation
{
    QString mutationId;   // 32 hex digits, unique per mutation for ever
    qint64 clientSeq = 0; // strictly increasing per device
    QString entityType;   // deal, contact, company, task, note
    QString uid;          // the record's UUID, 32 hex digits
    Op op = Op::Set;
    QMap<QString, FieldChange> fields;
    // The server's signed receipt of this very mutation, when an earlier push had it accepted
    // (64 hex digits; empty: none). Sent again with a replica's journal after a restore: the
    // restored server then takes it on a record the author no longer sees (serverstore.h).
    // Not part of the mutation's body: its hash and its receipt are computed without it.
    QString signature;
    bool operator==(const Mutation &) const = default;
};

struct PushRequest
{
    QString deviceId;
    quint64 clientHlc = 0;
    QList<Mutation> mutations;
    bool operator==(const PushRequest &) const = default;
};

enum class Outcome { Applied, Duplicate, Superseded, Rejected };
QString outcomeName(Outcome outcome);

struct Receipt
{
    QString mutationId;
    Outcome outcome = Outcome::Applied;
    qint64 seq = 0;
    QString reason;           // for a rejection, for people
    QJsonObject serverFields; // the server's values where they won
    // For a mutation the server accepted (applied or superseded): its MAC over the mutation id,
    // the author and the body's hash (64 hex digits), which the replica keeps with its journal.
    QString signature;
    // For a superseded mutation: the user (uid) whose value won, the newest of them when the
    // server's fields came from several; empty when unknown or the record is not the
    // author's to see. The replica's conflicts view names them.
    QString winner;
    bool operator==(const Receipt &) const = default;
};

struct PushResponse
{
    QList<Receipt> results;
    quint64 serverHlc = 0;
    qint64 maxSeq = 0;
    // The epoch the receipts belong to (optional on the wire): a replica that knows none yet
    // takes it, so a restore after its first push is told by its next pull.
    QString epoch;
    bool operator==(const PushResponse &) const = default;
};

// A pull page (GET /sync/pull). A change carries the fields that changed at that seq; a grant
// is a full snapshot of a record that became visible to the puller, an evict names one that
// stopped being visible (SYNC.md "Permissions on the server").
enum class PullKind { Change, Grant, Evict };

struct PulledChange
{
    qint64 seq = 0;
    QString entityType;
    QString uid;
    QJsonObject fields; // name -> {"v": value, "hlc": "decimal", "node": "decimal"}
    PullKind kind = PullKind::Change;
    bool operator==(const PulledChange &) const = default;
};

// What a pull asks with (GET /sync/pull?since=&limit=&epoch=&permissions_hash=): besides the
// cursor, the epoch and permissions hash the replica last had from the server. A different epoch
// is answered 409 epoch_changed (the server was restored), a different hash 409
// resync_required (the user's role or department changed), a cursor the server cannot continue
// 410 cursor_expired. Empty: not known yet (a replica that has just bootstrapped), not checked.
struct PullRequest
{
    qint64 since = 0;
    int limit = 500;
    QString epoch;
    QString permissionsHash;
    int wait = 0; // seconds the server may hold the pull while nothing is new (a long poll)
    bool operator==(const PullRequest &) const = default;
};

struct PullPage
{
    QList<PulledChange> changes;
    qint64 next = 0; // the cursor to ask with next time
    bool hasMore = false;
    QString epoch;
    QString permissionsHash;
    bool operator==(const PullPage &) const = default;
};

// A bootstrap page (GET /sync/bootstrap): the puller's visible records of one type with their
// field clocks, paged by uid, every page read as of one snapshot seq so that a pull from
// `snapshot` afterwards misses nothing.
struct BootstrapRecord
{
    QString uid;
    QJsonObject fields; // as in PulledChange
    bool operator==(const BootstrapRecord &) const = default;
};

struct BootstrapPage
{
    QString entityType;
    QList<BootstrapRecord> records;
    QString after; // the uid to ask after next time
    qint64 snapshot = 0;
    bool hasMore = false;
    // The server's epoch and the user's permissions hash as of the page (optional on the wire:
    // empty when a server does not send them), so a replica knows them from its bootstrap on.
    QString epoch;
    QString permissionsHash;
    bool operator==(const BootstrapPage &) const = default;
};

QByteArray toJson(const PushRequest &request);
QByteArray toJson(const PushResponse &response);
// One mutation as a push carries it (its signature included), and read back by the same strict
// reader: how a replica keeps the very body a receipt was signed for.
QByteArray toJson(const Mutation &mutation);
Parsed<Mutation> parseMutation(const QByteArray &body, const Limits &limits = {});

// The strict readers. A push is read against `limits`; a response (read by the client) with
// the same shape checks, so a broken or hostile server cannot crash a desktop either.
Parsed<PushRequest> parsePush(const QByteArray &body, const Limits &limits = {});
Parsed<PushResponse> parsePushResponse(const QByteArray &body, const Limits &limits = {});

QByteArray toJson(const PullPage &page);
QByteArray toJson(const BootstrapPage &page);
Parsed<PullPage> parsePullPage(const QByteArray &body, const Limits &limits = {});
Parsed<BootstrapPage> parseBootstrapPage(const QByteArray &body, const Limits &limits = {});

// Whether `name` may be a field of `entityType` on the wire: a standard field of its spec,
// "tags", "contacts", "deleted", or "cf." and a custom field's UUID.
bool isWireField(const QString &entityType, const QString &name);

} // namespace Voronka::Core::Sync
