// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

// The team server's own tables and every statement the store runs on them (serverstore.h):
// SQL that SQLite and PostgreSQL 15 both take (BIGINT/INTEGER/TEXT columns, uids as hex TEXT,
// no upsert, no WITHOUT ROWID, no blobs; RETURNING is in both). Kept in one place so that the
// tests run the very text the store runs on both backends (tests/core/test_sqlbackends.cpp).
namespace Voronka::Core::Sync::ServerSql {

inline constexpr const char *kTables = R"SQL(
CREATE TABLE IF NOT EXISTS server_state(
  id INTEGER PRIMARY KEY, seq BIGINT NOT NULL, epoch TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS server_log(
  seq BIGINT PRIMARY KEY, entity_type TEXT NOT NULL, entity_uid TEXT NOT NULL,
  user_id BIGINT NOT NULL, mutation_id TEXT NOT NULL, fields TEXT NOT NULL, at BIGINT NOT NULL,
  existed INTEGER NOT NULL, resp_before BIGINT NOT NULL, pipe_before BIGINT NOT NULL,
  resp_after BIGINT NOT NULL, pipe_after BIGINT NOT NULL);
CREATE INDEX IF NOT EXISTS server_log_entity ON server_log(entity_type, entity_uid, seq);
CREATE TABLE IF NOT EXISTS server_receipts(
  mutation_id TEXT PRIMARY KEY, user_id BIGINT NOT NULL, device_id TEXT NOT NULL,
  body_hash TEXT NOT NULL, receipt TEXT NOT NULL, at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS server_secret(id INTEGER PRIMARY KEY, receipt_key TEXT NOT NULL);
)SQL";

// The key the store signs its receipts with (serverstore.h), made once, at the first open of a
// store that has none, and kept in the store so that a backup carries it and a restored store
// still knows the receipts it gave. 64 hex digits; it never leaves the server.
// ?1 key
inline constexpr const char *kInitSecret =
    "INSERT INTO server_secret(id, receipt_key) SELECT 1, ?1 "
    "WHERE NOT EXISTS (SELECT 1 FROM server_secret)";
inline constexpr const char *kSecret = "SELECT receipt_key FROM server_secret WHERE id = 1";

// ?1 epoch
inline constexpr const char *kInitState =
    "INSERT INTO server_state(id, seq, epoch) SELECT 1, 0, ?1 "
    "WHERE NOT EXISTS (SELECT 1 FROM server_state)";
inline constexpr const char *kMaxSeq = "SELECT seq FROM server_state WHERE id = 1";
inline constexpr const char *kEpoch = "SELECT epoch FROM server_state WHERE id = 1";
// ?1 epoch
inline constexpr const char *kSetEpoch = "UPDATE server_state SET epoch = ?1 WHERE id = 1";
// The next seq, inside the push's write transaction: the counter row stays locked until the
// push commits or rolls back (SQLite: the write lock; PostgreSQL: the updated row's lock, which
// a concurrent UPDATE or SELECT ... FOR UPDATE waits for), so seqs are gapless and in commit
// order; a mutation rolled back to its savepoint gives its seq back.
inline constexpr const char *kNextSeq =
    "UPDATE server_state SET seq = seq + 1 WHERE id = 1 RETURNING seq";

// ?1 mutation id -> user_id, body_hash, receipt
inline constexpr const char *kReceipt =
    "SELECT user_id, body_hash, receipt FROM server_receipts WHERE mutation_id = ?1";
// ?1 mutation id, ?2 user, ?3 device, ?4 body hash, ?5 receipt JSON, ?6 at (ms)
// A refused mutation sent again is judged again (a refusal had no effect), also with another
// body from the same user, so its receipt and body hash are replaced; PostgreSQL 15 takes the
// same upsert.
inline constexpr const char *kStoreReceipt =
    "INSERT INTO server_receipts(mutation_id, user_id, device_id, body_hash, receipt, at) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(mutation_id) DO UPDATE SET device_id = "
    "excluded.device_id, body_hash = excluded.body_hash, receipt = excluded.receipt, "
    "at = excluded.at";

// ?1 seq, ?2 entity type, ?3 uid, ?4 user, ?5 mutation id, ?6 fields JSON, ?7 at, ?8 existed,
// ?9 responsible before, ?10 pipeline before, ?11 responsible after, ?12 pipeline after
inline constexpr const char *kAppendLog =
    "INSERT INTO server_log(seq, entity_type, entity_uid, user_id, mutation_id, fields, at, "
    "existed, resp_before, pipe_before, resp_after, pipe_after) "
    "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
// ?1 after seq, ?2 limit
inline constexpr const char *kLogPage =
    "SELECT seq, entity_type, entity_uid, fields, existed, resp_before, pipe_before, "
    "resp_after, pipe_after FROM server_log WHERE seq > ?1 ORDER BY seq LIMIT ?2";
// ?1 seq -> user_id
inline constexpr const char *kAuthor = "SELECT user_id FROM server_log WHERE seq = ?1";

} // namespace Voronka::Core::Sync::ServerSql
