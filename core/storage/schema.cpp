// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "schema.h"

#include "core/search/searchindex.h"
#include "core/storage/sqlite.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Voronka::Core::Schema {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Schema)
};

// Schema notes (the choices later work builds on):
// - Local INTEGER ids are the row ids and every reference uses them: joins and indexes over a
//   million rows stay small, and FTS5 keys rows by integer. The global identity is `uid`, a
//   UUIDv7 as 16 bytes, born with the record; sync translates references to uids.
// - Every synced row carries created_at/updated_at/author_id, the `deleted` tombstone and
//   `hlc`, the hybrid clock of its creation. A field changed later gets a row in field_clock,
//   so per-field last-writer-wins needs no per-field storage for untouched fields.
// - The outbox records which fields of which row changed at which clock; values are read from
//   the row when pushed, so the outbox stays small even for a million-row import.
// - Money is INTEGER minor units (kopecks, cents). Times are INTEGER ms since the epoch, UTC.
//   Dates without time are TEXT 'YYYY-MM-DD'. Lists of phones/emails are JSON arrays.
// - Lists sort by indexed columns with partial indexes WHERE deleted = 0; queries repeat that
//   predicate literally so SQLite can use them.
const char *const kV1 = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;

CREATE TABLE departments(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);

-- matrix: one digit per (entity, action), see core/permissions.
CREATE TABLE roles(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL,
  is_admin INTEGER NOT NULL DEFAULT 0, matrix TEXT NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);

CREATE TABLE users(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE,
  email TEXT NOT NULL COLLATE NOCASE UNIQUE, name TEXT NOT NULL, password_hash TEXT,
  role_id INTEGER NOT NULL, department_id INTEGER, active INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE INDEX users_department ON users(department_id);

CREATE TABLE pipelines(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);

-- kind: 0 open, 1 won, 2 lost; every pipeline has exactly one won and one lost stage.
CREATE TABLE stages(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, pipeline_id INTEGER NOT NULL,
  name TEXT NOT NULL, position INTEGER NOT NULL, color TEXT NOT NULL,
  kind INTEGER NOT NULL DEFAULT 0, probability INTEGER NOT NULL DEFAULT 0,
  idle_days INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE INDEX stages_pipeline ON stages(pipeline_id, position);

CREATE TABLE tags(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  color TEXT,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE TABLE entity_tags(
  kind INTEGER NOT NULL, entity_id INTEGER NOT NULL, tag_id INTEGER NOT NULL,
  PRIMARY KEY(kind, entity_id, tag_id)) WITHOUT ROWID;
CREATE INDEX entity_tags_tag ON entity_tags(tag_id, kind, entity_id);

CREATE TABLE companies(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL,
  phones TEXT, emails TEXT, website TEXT, address TEXT, responsible_id INTEGER,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE INDEX companies_name ON companies(name) WHERE deleted = 0;
CREATE INDEX companies_responsible ON companies(responsible_id);

CREATE TABLE contacts(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL,
  position TEXT, company_id INTEGER, phones TEXT, emails TEXT, responsible_id INTEGER,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE INDEX contacts_name ON contacts(name) WHERE deleted = 0;
CREATE INDEX contacts_company ON contacts(company_id);
CREATE INDEX contacts_responsible ON contacts(responsible_id);

CREATE TABLE loss_reasons(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);

-- sort_order orders cards inside a stage (manual order on the board).
CREATE TABLE deals(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL,
  budget INTEGER NOT NULL DEFAULT 0, currency TEXT NOT NULL DEFAULT 'RUB',
  responsible_id INTEGER, pipeline_id INTEGER NOT NULL, stage_id INTEGER NOT NULL,
  company_id INTEGER, source TEXT, close_date TEXT, loss_reason_id INTEGER, loss_detail TEXT,
  sort_order REAL NOT NULL DEFAULT 0, stage_entered_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
-- The board reads a stage's cards in order and its count and budget sum (for any permission
-- scope) from this index alone, without touching the table.
CREATE INDEX deals_stage ON deals(stage_id, sort_order, budget, responsible_id)
  WHERE deleted = 0;
CREATE INDEX deals_responsible ON deals(responsible_id);
CREATE INDEX deals_company ON deals(company_id);
CREATE INDEX deals_name ON deals(name) WHERE deleted = 0;

-- position: the order on the card; the first contact is the deal's main contact.
CREATE TABLE deal_contacts(
  deal_id INTEGER NOT NULL, contact_id INTEGER NOT NULL, position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY(deal_id, contact_id)) WITHOUT ROWID;
CREATE INDEX deal_contacts_contact ON deal_contacts(contact_id, deal_id);

-- builtin: 1 follow-up, 2 meeting, 0 admin-defined.
CREATE TABLE task_types(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, name TEXT NOT NULL, icon TEXT,
  color TEXT, builtin INTEGER NOT NULL DEFAULT 0, position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);

-- status: 0 open, 1 done, 2 cancelled. entity_kind/entity_id: the linked record or 0/NULL.
CREATE TABLE tasks(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, type_id INTEGER NOT NULL, text TEXT NOT NULL,
  due_at INTEGER, all_day INTEGER NOT NULL DEFAULT 0, duration_min INTEGER NOT NULL DEFAULT 0,
  responsible_id INTEGER, entity_kind INTEGER NOT NULL DEFAULT 0, entity_id INTEGER,
  status INTEGER NOT NULL DEFAULT 0, result TEXT, completed_at INTEGER,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE INDEX tasks_responsible_due ON tasks(responsible_id, due_at) WHERE deleted = 0;
CREATE INDEX tasks_entity ON tasks(entity_kind, entity_id) WHERE deleted = 0;

CREATE TABLE notes(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, entity_kind INTEGER NOT NULL,
  entity_id INTEGER NOT NULL, text TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE INDEX notes_entity ON notes(entity_kind, entity_id);

-- type: see core/fields. options: JSON array of choices. required_from_stage_id: deals only,
-- the field is required in that stage and every later stage of its pipeline.
CREATE TABLE field_defs(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, entity_kind INTEGER NOT NULL,
  name TEXT NOT NULL, type INTEGER NOT NULL, options TEXT, group_name TEXT,
  position INTEGER NOT NULL DEFAULT 0, required_from_stage_id INTEGER,
  read_only INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE TABLE field_values(
  kind INTEGER NOT NULL, entity_id INTEGER NOT NULL, field_id INTEGER NOT NULL, value,
  PRIMARY KEY(kind, entity_id, field_id)) WITHOUT ROWID;

-- The timeline: who changed what, when, old -> new. Creation is on the row itself.
CREATE TABLE history(
  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, entity_id INTEGER NOT NULL,
  at INTEGER NOT NULL, user_id INTEGER, event INTEGER NOT NULL, field TEXT,
  old_value, new_value);
CREATE INDEX history_entity ON history(kind, entity_id, id);

CREATE TABLE outbox(
  id INTEGER PRIMARY KEY, mutation_uid BLOB NOT NULL, kind INTEGER NOT NULL,
  entity_id INTEGER NOT NULL, op INTEGER NOT NULL, fields TEXT, hlc INTEGER NOT NULL);

CREATE TABLE field_clock(
  kind INTEGER NOT NULL, entity_id INTEGER NOT NULL, field TEXT NOT NULL, hlc INTEGER NOT NULL,
  PRIMARY KEY(kind, entity_id, field)) WITHOUT ROWID;

-- Global search. rowid = entity id * 4 + kind (1 deal, 2 contact, 3 company). Phones are
-- stored as digit strings. detail=column keeps the index small: queries are token prefixes
-- with column filters, never phrases. Prefixes of 3 to 6 characters have their own index:
-- without one, FTS5 gathers every row of every matching term before returning the first,
-- which costs milliseconds for a frequent word at a million rows.
CREATE VIRTUAL TABLE search USING fts5(
  name, phones, emails, company, extra,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4 5 6', detail = column);
)SQL";

// v2: admin-defined actions that run when a deal enters a stage (core/automation).
// action: 1 create a task, 2 set the responsible, 3 add a tag, 4 move to another stage.
// params: JSON, see core/automation/stageautomation.h.
const char *const kV2 = R"SQL(
CREATE TABLE stage_automations(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, stage_id INTEGER NOT NULL,
  action INTEGER NOT NULL, on_create INTEGER NOT NULL DEFAULT 0, params TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE INDEX stage_automations_stage ON stage_automations(stage_id, position) WHERE deleted = 0;
)SQL";

// v3: indexes for task lists and the team grid over millions of tasks. SQLite 3.40 never
// treats a partial index as covering when the query names the partial index's column
// (deleted = 0), so counting tasks per responsible and day read every task row (0.5 s for
// the 30-day team grid over 2M tasks): tasks_responsible_due now holds deleted, status and
// type itself. tasks_due serves lists of everyone's tasks: a due bucket is a range of it in
// list order (the first page of "all overdue" in 6 ms instead of a 10 s scan and sort).
const char *const kV3 = R"SQL(
DROP INDEX tasks_responsible_due;
CREATE INDEX tasks_responsible_due ON tasks(responsible_id, due_at, deleted, status, type_id);
CREATE INDEX tasks_due ON tasks(due_at, deleted, status, responsible_id, type_id);
)SQL";

// v4: every pipeline gets its Incoming stage (kind 3) before the first stage; the rows are
// written by migrationData, as they need UUIDs and a translated name.
const char *const kV4 = R"SQL(
CREATE INDEX IF NOT EXISTS stages_pipeline ON stages(pipeline_id, position);
)SQL";

// v5: contacts and companies sorted by "Updated" walk an index as the name and created sorts
// do, so the first page reads a page of rows instead of sorting a million (1.8 s at 1M).
// The row id closes each key, which the list's tie-break (updated_at, id) uses as it is.
const char *const kV5 = R"SQL(
CREATE INDEX contacts_updated ON contacts(updated_at);
CREATE INDEX companies_updated ON companies(updated_at);
)SQL";

// v6: a list sorted by a custom field walks that field's values in order (kind, field_id,
// value, entity_id) instead of looking up every record's value and sorting them all (1 s a
// page at 1M contacts); see RecordList::fetchByField. The deals list sorted by Updated walks
// deals_updated as the contacts list does contacts_updated.
const char *const kV6 = R"SQL(
CREATE INDEX field_values_sort ON field_values(kind, field_id, value, entity_id);
CREATE INDEX deals_updated ON deals(updated_at);
)SQL";

// v7: what an administrator manages and what the journal reads.
// - users: the profile a user edits (avatar colour, language, reminder lead time).
// - roles: per-pipeline caps for deals (JSON {"<pipeline uid hex>": scope digit}, a cap lowers
//   the matrix's deal scope in that pipeline: 0 hides the pipeline, 1 keeps the user's own),
//   who sees analytics for whom (a scope digit), and whether the role may import.
// - settings: database-wide options as synced rows (history and outbox like any record),
//   one row per key; migrated from the meta keys that held them before.
// - sign_ins: every sign-in attempt on this file (app, CLI, every desktop), the lockout's
//   count and the journal's sign-in events. Local to the file: never synced.
//   result: 1 signed in, 2 wrong user or password, 3 refused while locked out.
// - history_at, history_user, history_event: the journal reads the newest events first,
//   optionally of one user or one action, a page at a time over millions of rows.
// - meta settings_version: bumped by every change to settings rows (users, roles, stages...),
//   so another desktop's session knows to reload its caches and its user's rights.
const char *const kV7 = R"SQL(
ALTER TABLE users ADD COLUMN avatar_color TEXT;
ALTER TABLE users ADD COLUMN language TEXT;
ALTER TABLE users ADD COLUMN reminder_lead_min INTEGER NOT NULL DEFAULT 15;
ALTER TABLE roles ADD COLUMN pipeline_caps TEXT;
ALTER TABLE roles ADD COLUMN analytics_scope INTEGER NOT NULL DEFAULT 1;
ALTER TABLE roles ADD COLUMN can_import INTEGER NOT NULL DEFAULT 0;
UPDATE roles SET analytics_scope = 3, can_import = 1 WHERE is_admin = 1;
CREATE TABLE settings(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, key TEXT NOT NULL UNIQUE, value,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE TABLE sign_ins(
  id INTEGER PRIMARY KEY, at INTEGER NOT NULL, email TEXT NOT NULL COLLATE NOCASE,
  user_id INTEGER, machine TEXT, os_user TEXT, client TEXT, result INTEGER NOT NULL);
CREATE INDEX sign_ins_email ON sign_ins(email, at);
CREATE INDEX sign_ins_user ON sign_ins(user_id, at);
CREATE INDEX sign_ins_at ON sign_ins(at);
CREATE INDEX history_at ON history(at);
CREATE INDEX history_user ON history(user_id, at);
CREATE INDEX history_event ON history(event, at);
INSERT OR IGNORE INTO meta(key, value) VALUES('settings_version', 0);
)SQL";

// v8: one write origin (DESIGN.md "Every write carries its origin").
// - meta hlc: the file's hybrid clock, read and advanced inside every write transaction
//   (Session::takeClock), seeded from the newest clock the file holds (the outbox's last row,
//   and what was observed from elsewhere, kept in meta hlc_observed until now).
// - history origin: why each entry was written (origin.h WriteMode: 0 user, 1 automation,
//   2 undo, 3 import, 4 sync-apply), so the timeline and the journal can tell a colleague's
//   edit from an automation's or an undo.
// - The rows earlier migrations created with random uids get uids derived from stable names
//   (migrationData): the Incoming stage from its pipeline's uid, a setting from its key; two
//   copies of a file migrated apart then hold the same records.
const char *const kV8 = R"SQL(
INSERT INTO meta(key, value)
  SELECT 'hlc', max(coalesce((SELECT hlc FROM outbox ORDER BY id DESC LIMIT 1), 0),
                    coalesce((SELECT value FROM meta WHERE key = 'hlc_observed'), 0))
  WHERE true ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value);
DELETE FROM meta WHERE key = 'hlc_observed';
ALTER TABLE history ADD COLUMN origin INTEGER NOT NULL DEFAULT 0;
)SQL";

// v9: the import history (DESIGN.md "Imports are batches"). Local to the file, never synced:
// what an import did here is undone here.
// - import_batches: one row per import; state 0 running, 1 done, 2 cancelled, 3 interrupted
//   (found running after its process died), 4 undone. rows_done counts the file's rows
//   committed so far (written in each chunk's transaction), so an interrupted import resumes
//   after them. owner ("host:pid") and heartbeat_at tell a live import from a dead one.
//   mapping and options are JSON, as the importer saves them.
// - import_items: what the batch did to each record: action 1 created, 2 updated; `before`
//   holds the earlier values of the fields it changed and `after` the values it wrote (JSON in
//   Records::load's form), for the compare-and-set of an undo. external_id: the record's id in
//   the system the file came from, for matching later imports of that system's files.
const char *const kV9 = R"SQL(
CREATE TABLE import_batches(
  id INTEGER PRIMARY KEY, file TEXT NOT NULL, kind INTEGER NOT NULL, user_id INTEGER,
  started_at INTEGER NOT NULL, finished_at INTEGER, state INTEGER NOT NULL DEFAULT 0,
  rows_done INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0, skipped INTEGER NOT NULL DEFAULT 0,
  failed INTEGER NOT NULL DEFAULT 0, mapping TEXT, options TEXT, owner TEXT,
  heartbeat_at INTEGER);
CREATE TABLE import_items(
  id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL, kind INTEGER NOT NULL,
  entity_id INTEGER NOT NULL, action INTEGER NOT NULL, before TEXT, after TEXT,
  external_id TEXT);
CREATE INDEX import_items_batch ON import_items(batch_id, id);
CREATE INDEX import_items_external ON import_items(kind, external_id) WHERE external_id IS NOT NULL;
)SQL";

// v10: analytics (DESIGN.md "Reports read aggregates") and the sales plan.
// - analytics_days: per measure, pipeline, local day, stage, responsible and loss reason, the
//   count and budget sum of deals (and, for Won, the summed cycle length). Local and derived:
//   never synced, rebuilt by `check --repair` (Aggregates::rebuild).
//   measure 1 entered a stage (creation and every StageMoved entry; day of the entry)
//           2 created (stage 0; day of created_at)
//           3 won, 4 lost: deals now in the Won/Lost stage, on the day they entered it; Lost
//             rows carry the loss reason; Won rows sum stage_entered_at - created_at
//           5 reached: each deal once, in the furthest open-or-Won stage of its pipeline it
//             has been in (stage 0: none), on its creation day; a cohort funnel reads it
//           6 open: deals now in an open or Incoming stage, on the day of their expected close
//             date (-1: none); the forecast and the dashboard read it
//   A deal counts with its current responsible and budget; a deal in the recycle bin counts
//   nowhere. Days are cut at midnight of the team's zone: meta analytics_offset_ms, the UTC
//   offset of the desktop that migrated the file.
// - analytics_facts: a deal's contributions, the one definition that the triggers apply to one
//   deal and that check and rebuild recompute for all of them.
// - Triggers keep analytics_days in the transaction of every change to deals and to stage
//   history. They are in SQLite rather than in the services because no write path can bypass
//   them: the user's edits, undo, import's set-based chunks, sync-apply, merge, the recycle
//   bin's restore and purge, pipeline setup moving a stage's deals, and a future writer all
//   change these rows, and a trigger cannot be forgotten by any of them. Each trigger
//   subtracts the deal's facts before the change and adds them after it, so any change, in
//   any order of the statements that make it up, leaves exactly the facts of the new state.
//   They fire only when a column the facts read changes, so a rename or a note costs nothing;
//   a budget edit alone adds the difference to the deal's rows (one read of its facts, a few
//   index probes); a stage move reads them four times. Each fact row is an upsert of its own
//   (no GROUP BY, whose sorter cost more than the rows).
//   A stage's position decides "furthest", so reordering stages rebuilds its pipeline's
//   measure 5 (an admin action, rare).
// - goals: the sales plan, per user and month ('YYYY-MM'): a target sum (minor units) and
//   count of won deals. A synced record (history, outbox) whose uid derives from the user's uid
//   and the month, so two desktops setting the same goal offline hold one record.
const char *const kV10 = R"SQL(
CREATE TABLE analytics_days(
  measure INTEGER NOT NULL, pipeline_id INTEGER NOT NULL, day INTEGER NOT NULL,
  stage_id INTEGER NOT NULL, responsible_id INTEGER NOT NULL, reason INTEGER NOT NULL,
  n INTEGER NOT NULL, amount INTEGER NOT NULL, duration INTEGER NOT NULL,
  PRIMARY KEY(measure, pipeline_id, day, stage_id, responsible_id, reason)) WITHOUT ROWID;
INSERT OR IGNORE INTO meta(key, value) VALUES('analytics_offset_ms', 0);

-- Stage moves by deal, covering what the facts read (the history_event index would otherwise
-- be chosen and read every move of every deal for each deal).
CREATE INDEX history_moves ON history(entity_id, id, at, old_value, new_value)
  WHERE kind = 1 AND event = 2;

CREATE VIEW analytics_facts AS
SELECT d.id AS deal_id, 2 AS measure, d.pipeline_id AS pipeline_id,
  (d.created_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms')) / 86400000 AS day,
  0 AS stage_id, coalesce(d.responsible_id, 0) AS responsible_id, 0 AS reason,
  d.budget AS amount, 0 AS duration
FROM deals d WHERE d.deleted = 0
UNION ALL
SELECT d.id, 2 + s.kind, d.pipeline_id,
  (d.stage_entered_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms')) / 86400000,
  d.stage_id, coalesce(d.responsible_id, 0),
  CASE WHEN s.kind = 2 THEN coalesce(d.loss_reason_id, 0) ELSE 0 END,
  d.budget, CASE WHEN s.kind = 1 THEN d.stage_entered_at - d.created_at ELSE 0 END
FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.deleted = 0 AND s.kind IN (1, 2)
UNION ALL
SELECT d.id, 6, d.pipeline_id,
  CASE WHEN d.close_date IS NULL OR julianday(d.close_date) IS NULL THEN -1
       ELSE CAST(julianday(d.close_date) - 2440587.5 AS INTEGER) END,
  d.stage_id, coalesce(d.responsible_id, 0), 0, d.budget, 0
FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.deleted = 0 AND s.kind IN (0, 3)
UNION ALL
SELECT d.id, 1, s.pipeline_id,
  (d.created_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms')) / 86400000,
  s.id, coalesce(d.responsible_id, 0), 0, d.budget, 0
FROM deals d JOIN stages s ON s.id = coalesce((SELECT h.old_value FROM history h INDEXED BY history_moves
  WHERE h.kind = 1 AND h.entity_id = d.id AND h.event = 2 ORDER BY h.id LIMIT 1), d.stage_id)
WHERE d.deleted = 0
UNION ALL
SELECT d.id, 1, s.pipeline_id,
  (h.at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms')) / 86400000,
  s.id, coalesce(d.responsible_id, 0), 0, d.budget, 0
FROM deals d JOIN history h INDEXED BY history_moves ON h.kind = 1 AND h.entity_id = d.id AND h.event = 2
  JOIN stages s ON s.id = h.new_value
WHERE d.deleted = 0
UNION ALL
SELECT d.id, 5, d.pipeline_id,
  (d.created_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms')) / 86400000,
  coalesce((SELECT id FROM (SELECT s.id AS id,
      max(s.kind * 4294967296 + s.position * 65536 + (s.id & 65535))
    FROM (SELECT d.stage_id AS sid UNION ALL SELECT h.new_value FROM history h INDEXED BY history_moves
      WHERE h.kind = 1 AND h.entity_id = d.id AND h.event = 2 UNION ALL SELECT h.old_value
      FROM history h INDEXED BY history_moves WHERE h.kind = 1 AND h.entity_id = d.id AND h.event = 2) e
    JOIN stages s ON s.id = e.sid WHERE s.pipeline_id = d.pipeline_id AND s.kind IN (0, 1))
    WHERE id IS NOT NULL), 0),
  coalesce(d.responsible_id, 0), 0, d.budget, 0
FROM deals d WHERE d.deleted = 0;

CREATE TRIGGER analytics_deal_insert AFTER INSERT ON deals BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    1, amount, duration FROM analytics_facts WHERE deal_id = NEW.id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
CREATE TRIGGER analytics_deal_delete BEFORE DELETE ON deals BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    -1, -amount, -duration FROM analytics_facts WHERE deal_id = OLD.id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
CREATE TRIGGER analytics_deal_before BEFORE UPDATE OF responsible_id, pipeline_id,
  stage_id, stage_entered_at, created_at, close_date, loss_reason_id, deleted ON deals
  WHEN OLD.responsible_id IS NOT NEW.responsible_id OR OLD.pipeline_id IS NOT NEW.pipeline_id
    OR OLD.stage_id IS NOT NEW.stage_id OR OLD.stage_entered_at IS NOT NEW.stage_entered_at
    OR OLD.created_at IS NOT NEW.created_at OR OLD.close_date IS NOT NEW.close_date
    OR OLD.loss_reason_id IS NOT NEW.loss_reason_id OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    -1, -amount, -duration FROM analytics_facts WHERE deal_id = OLD.id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
CREATE TRIGGER analytics_deal_after AFTER UPDATE OF responsible_id, pipeline_id,
  stage_id, stage_entered_at, created_at, close_date, loss_reason_id, deleted ON deals
  WHEN OLD.responsible_id IS NOT NEW.responsible_id OR OLD.pipeline_id IS NOT NEW.pipeline_id
    OR OLD.stage_id IS NOT NEW.stage_id OR OLD.stage_entered_at IS NOT NEW.stage_entered_at
    OR OLD.created_at IS NOT NEW.created_at OR OLD.close_date IS NOT NEW.close_date
    OR OLD.loss_reason_id IS NOT NEW.loss_reason_id OR OLD.deleted IS NOT NEW.deleted BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    1, amount, duration FROM analytics_facts WHERE deal_id = NEW.id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
-- A budget edit alone (the commonest edit) only changes the amounts: one read of the deal's
-- facts instead of two.
CREATE TRIGGER analytics_deal_budget AFTER UPDATE OF budget ON deals
  WHEN OLD.budget IS NOT NEW.budget AND NOT (
    OLD.responsible_id IS NOT NEW.responsible_id OR OLD.pipeline_id IS NOT NEW.pipeline_id
    OR OLD.stage_id IS NOT NEW.stage_id OR OLD.stage_entered_at IS NOT NEW.stage_entered_at
    OR OLD.created_at IS NOT NEW.created_at OR OLD.close_date IS NOT NEW.close_date
    OR OLD.loss_reason_id IS NOT NEW.loss_reason_id OR OLD.deleted IS NOT NEW.deleted) BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    0, NEW.budget - OLD.budget, 0 FROM analytics_facts WHERE deal_id = NEW.id
  ON CONFLICT DO UPDATE SET amount = amount + excluded.amount;
END;
CREATE TRIGGER analytics_move_insert_before BEFORE INSERT ON history
  WHEN NEW.kind = 1 AND NEW.event = 2 BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    -1, -amount, -duration FROM analytics_facts WHERE deal_id = NEW.entity_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
CREATE TRIGGER analytics_move_insert_after AFTER INSERT ON history
  WHEN NEW.kind = 1 AND NEW.event = 2 BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    1, amount, duration FROM analytics_facts WHERE deal_id = NEW.entity_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
CREATE TRIGGER analytics_move_delete_before BEFORE DELETE ON history
  WHEN OLD.kind = 1 AND OLD.event = 2 BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    -1, -amount, -duration FROM analytics_facts WHERE deal_id = OLD.entity_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
CREATE TRIGGER analytics_move_delete_after AFTER DELETE ON history
  WHEN OLD.kind = 1 AND OLD.event = 2 BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    1, amount, duration FROM analytics_facts WHERE deal_id = OLD.entity_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
-- A history row changed in place (a merge moving entries): out of the old deal's facts and
-- into the new one's.
CREATE TRIGGER analytics_move_update_before BEFORE UPDATE OF kind, entity_id, event, at,
  old_value, new_value ON history
  WHEN (OLD.kind = 1 AND OLD.event = 2) OR (NEW.kind = 1 AND NEW.event = 2) BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    -count(*), -sum(amount), -sum(duration) FROM analytics_facts
    WHERE deal_id IN (OLD.entity_id, NEW.entity_id) GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
CREATE TRIGGER analytics_move_update_after AFTER UPDATE OF kind, entity_id, event, at,
  old_value, new_value ON history
  WHEN (OLD.kind = 1 AND OLD.event = 2) OR (NEW.kind = 1 AND NEW.event = 2) BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    count(*), sum(amount), sum(duration) FROM analytics_facts
    WHERE deal_id IN (OLD.entity_id, NEW.entity_id) GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount,
    duration = duration + excluded.duration;
END;
-- Where a stage sits (and which pipeline and kind it has) decides the facts of every deal
-- that has been in it: that stage's pipeline is recomputed, and, for a kind or a pipeline,
-- everything (never done by the settings dialog; a safety net for sync and scripts).
CREATE TRIGGER analytics_stage_position AFTER UPDATE OF position ON stages
  WHEN OLD.position IS NOT NEW.position BEGIN
  DELETE FROM analytics_days WHERE measure = 5 AND pipeline_id = NEW.pipeline_id;
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    count(*), sum(amount), sum(duration) FROM analytics_facts
    WHERE measure = 5 AND pipeline_id = NEW.pipeline_id GROUP BY 1, 2, 3, 4, 5, 6;
END;
CREATE TRIGGER analytics_stage_kind AFTER UPDATE OF kind, pipeline_id ON stages
  WHEN OLD.kind IS NOT NEW.kind OR OLD.pipeline_id IS NOT NEW.pipeline_id BEGIN
  DELETE FROM analytics_days;
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    count(*), sum(amount), sum(duration) FROM analytics_facts WHERE true
    GROUP BY 1, 2, 3, 4, 5, 6;
END;

INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
  count(*), sum(amount), sum(duration) FROM analytics_facts WHERE true GROUP BY 1, 2, 3, 4, 5, 6;

CREATE TABLE goals(
  id INTEGER PRIMARY KEY, uid BLOB NOT NULL UNIQUE, user_id INTEGER NOT NULL,
  month TEXT NOT NULL, target_amount INTEGER NOT NULL DEFAULT 0,
  target_count INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, author_id INTEGER,
  deleted INTEGER NOT NULL DEFAULT 0, hlc INTEGER NOT NULL);
CREATE UNIQUE INDEX goals_user_month ON goals(user_id, month);
CREATE INDEX goals_month ON goals(month);
)SQL";

// v11: a phone number is found by its last digits (Text::phoneSearchTerms indexes the endings
// of its last ten digits down to five): migrationData writes the search index's phones column
// again for every contact and company. Phone-type custom fields, indexed in the `extra` column,
// get their endings when their record is next saved or at `check --repair`.
const char *const kV11 = "-- the phones column of the search index, in migrationData\n";

// v12: the client side of team sync (SYNC.md "Client tables").
// - outbox state: 0 pending, 1 acked (kept 30 days from acked_at, so a restored server can be
//   given them again), 2 rejected (reason says why, for the conflicts view); result_seq: the
//   server's seq of the mutation's effect.
// - field_clock node: the replica that wrote the value (0: this one, before the server
//   acknowledged it); server_seq: the seq at which the server accepted it (0: not yet).
// - sync_state: one row. node_id is this replica's 64-bit tie-break identity; node_file the
//   file identity (device:inode:path) it was taken for: a copied replica sees another identity
//   and takes a new node (core/sync/syncstate.h), so two copies never write as one node.
//   last_pulled_seq moves in the same transaction as the pulled data.
// - conflict_log: a field where a concurrent edit lost: the losing value (local_value), the
//   value that won (server_value), who wrote the winner (by_id), when, and whether the user
//   has seen it. Local to the file: it is what this user is shown.
const char *const kV12 = R"SQL(
ALTER TABLE outbox ADD COLUMN state INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN result_seq INTEGER;
ALTER TABLE outbox ADD COLUMN reason TEXT;
ALTER TABLE outbox ADD COLUMN acked_at INTEGER;
CREATE INDEX outbox_state ON outbox(state, id);
ALTER TABLE field_clock ADD COLUMN node INTEGER NOT NULL DEFAULT 0;
ALTER TABLE field_clock ADD COLUMN server_seq INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sync_state(
  id INTEGER PRIMARY KEY CHECK (id = 1), server_url TEXT, epoch TEXT,
  last_pulled_seq INTEGER NOT NULL DEFAULT 0, node_id INTEGER NOT NULL, node_file TEXT,
  server_hlc INTEGER NOT NULL DEFAULT 0, permissions_hash TEXT);
CREATE TABLE conflict_log(
  id INTEGER PRIMARY KEY, kind INTEGER NOT NULL, entity_id INTEGER NOT NULL,
  entity_uid BLOB NOT NULL, field TEXT NOT NULL, local_value, server_value,
  user_id INTEGER, by_id INTEGER, at INTEGER NOT NULL, server_seq INTEGER NOT NULL DEFAULT 0,
  seen INTEGER NOT NULL DEFAULT 0);
CREATE INDEX conflict_log_unseen ON conflict_log(user_id, seen, id);
CREATE INDEX conflict_log_entity ON conflict_log(kind, entity_id);
)SQL";

// v13: the rest of the reports read aggregates too (DESIGN.md "Reports read aggregates").
// - analytics_facts gains measure 7, left a stage: one row per stage move, in the stage the
//   deal left, on the day it left, with the stay's length as duration (from the previous move,
//   or from creation for the first stay). The funnel's "time in stage" reads it. And measure
//   8, open with an open task: an open or Incoming deal that has an open task (day -1), so
//   "deals without a task" is measure 6 less measure 8; the tasks triggers below keep it when
//   a deal's task is added, done, reopened, moved or deleted. The view is extended in
//   migrationData (SQLite cannot alter a view, and copying its text here would
//   keep two definitions); the v10 triggers read the view, so they keep measure 7 as well.
// - analytics_activity: per measure, local day and person, a count. Local and derived like
//   analytics_days (never synced, rebuilt and verified by check):
//   measure 1 stage moves made (by the history row's user), 2 notes added (by their author),
//           3 tasks done (by the task's responsible, on the day of completion),
//           4 tasks created, 5 contacts created, 6 companies created (by the responsible),
//           7 open tasks, on the day they are due (overdue = days before today, plus today's
//             tasks due before now, read from tasks_open_due)
//   The per-manager report, the summary's activity and the dashboard's task tiles read it
//   instead of scanning history and tasks (seconds at a million deals). The triggers are made
//   in migrationData from one list, each pair subtracting a row's facts before a change and
//   adding them after it, as the v10 ones do.
const char *const kV13 = R"SQL(
CREATE TABLE analytics_activity(
  measure INTEGER NOT NULL, day INTEGER NOT NULL, user_id INTEGER NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY(measure, day, user_id)) WITHOUT ROWID;
CREATE VIEW analytics_activity_facts AS
SELECT CASE h.event WHEN 2 THEN 1 ELSE 2 END AS measure, h.id AS source_id,
  (h.at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms')) / 86400000 AS day,
  coalesce(h.user_id, 0) AS user_id
FROM history h WHERE (h.event = 2 AND h.kind = 1) OR h.event = 5
UNION ALL
SELECT 3, t.id, (t.completed_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms'))
  / 86400000, coalesce(t.responsible_id, 0)
FROM tasks t WHERE t.deleted = 0 AND t.status = 1 AND t.completed_at IS NOT NULL
UNION ALL
SELECT 4, t.id, (t.created_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms'))
  / 86400000, coalesce(t.responsible_id, 0)
FROM tasks t WHERE t.deleted = 0
UNION ALL
SELECT 7, t.id, (t.due_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms'))
  / 86400000, coalesce(t.responsible_id, 0)
FROM tasks t WHERE t.deleted = 0 AND t.status = 0 AND t.due_at IS NOT NULL
UNION ALL
SELECT 5, c.id, (c.created_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms'))
  / 86400000, coalesce(c.responsible_id, 0)
FROM contacts c WHERE c.deleted = 0
UNION ALL
SELECT 6, c.id, (c.created_at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms'))
  / 86400000, coalesce(c.responsible_id, 0)
FROM companies c WHERE c.deleted = 0;
CREATE INDEX tasks_open_due ON tasks(due_at, responsible_id) WHERE deleted = 0 AND status = 0;
-- A period of every pipeline (the summary's days, the managers' won and lost) reads a measure's
-- days in order instead of every day of every pipeline of the measure, sorted.
CREATE INDEX analytics_days_by_day ON analytics_days(measure, day, pipeline_id, stage_id,
  responsible_id, reason, n, amount, duration);
-- The search index keeps up to 8 MB of new terms before it writes a segment (1 MB by
-- default): an import's chunk of 5,000 records then writes one segment, not several that
-- are merged again (index inserts about 40 % cheaper at 100k contacts). A file setting, so
-- every connection and the bench's raw side use it alike.
INSERT INTO search(search, rank) VALUES('hashsize', 8388608);
CREATE TRIGGER analytics_task_insert_before BEFORE INSERT ON tasks WHEN NEW.entity_kind = 1 BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    -1, -amount, -duration FROM analytics_facts WHERE measure = 8 AND deal_id = NEW.entity_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER analytics_task_insert_after AFTER INSERT ON tasks WHEN NEW.entity_kind = 1 BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    1, amount, duration FROM analytics_facts WHERE measure = 8 AND deal_id = NEW.entity_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER analytics_task_delete_before BEFORE DELETE ON tasks WHEN OLD.entity_kind = 1 BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    -1, -amount, -duration FROM analytics_facts WHERE measure = 8 AND deal_id = OLD.entity_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER analytics_task_delete_after AFTER DELETE ON tasks WHEN OLD.entity_kind = 1 BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    1, amount, duration FROM analytics_facts WHERE measure = 8 AND deal_id = OLD.entity_id
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER analytics_task_update_before BEFORE UPDATE OF status, deleted, entity_kind,
  entity_id ON tasks
  WHEN (OLD.entity_kind = 1 OR NEW.entity_kind = 1) AND (OLD.status IS NOT NEW.status
    OR OLD.deleted IS NOT NEW.deleted OR OLD.entity_kind IS NOT NEW.entity_kind
    OR OLD.entity_id IS NOT NEW.entity_id) BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    -1, -amount, -duration FROM analytics_facts WHERE measure = 8 AND deal_id IN (
      CASE WHEN OLD.entity_kind = 1 THEN OLD.entity_id END,
      CASE WHEN NEW.entity_kind = 1 THEN NEW.entity_id END)
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
CREATE TRIGGER analytics_task_update_after AFTER UPDATE OF status, deleted, entity_kind,
  entity_id ON tasks
  WHEN (OLD.entity_kind = 1 OR NEW.entity_kind = 1) AND (OLD.status IS NOT NEW.status
    OR OLD.deleted IS NOT NEW.deleted OR OLD.entity_kind IS NOT NEW.entity_kind
    OR OLD.entity_id IS NOT NEW.entity_id) BEGIN
  INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, reason,
    1, amount, duration FROM analytics_facts WHERE measure = 8 AND deal_id IN (
      CASE WHEN OLD.entity_kind = 1 THEN OLD.entity_id END,
      CASE WHEN NEW.entity_kind = 1 THEN NEW.entity_id END)
  ON CONFLICT DO UPDATE SET n = n + excluded.n, amount = amount + excluded.amount;
END;
)SQL";

// v14: outbox.receipt, a row's mutations as first sent and the team server's signed receipts
// of them (SYNC.md "Restore", docs/design/sync-receipts.md): a JSON object from each mutation
// id to {"body": the mutation exactly as pushed (protocol.h), "back": read the record back once
// acked, "signature": once the server accepted it}. Retries and, after a server restore, the
// journal send those bodies again; the signatures let the restored server take them even where
// the author no longer sees the record. NULL: not sent yet (or acked before v14).
const char *const kV14 = R"SQL(
ALTER TABLE outbox ADD COLUMN receipt TEXT;
)SQL";

const char *const kMigrations[] = {kV1, kV2, kV3,  kV4,  kV5,  kV6,  kV7,
                                   kV8, kV9, kV10, kV11, kV12, kV13, kV14};

const QByteArray kSettingsSpace = QByteArrayLiteral("voronka:setting");

// Gives the rows a SELECT of (id, name) lists the uid derived from their name.
void rekey(Connection &c, const char *select, const char *update,
           QByteArray (*derive)(const Query &row))
{
    QList<std::pair<qint64, QByteArray>> rows;
    {
        Query q = c.prepare(select);
        while (q->step())
            rows.append({q->int64(0), derive(q)});
    }
    Query write = c.prepare(update);
    for (const auto &[id, uid] : rows) {
        write->reset();
        write->bindAll(uid, id).run();
    }
}

void stableMigratedUids(Connection &c)
{
    rekey(c,
          "SELECT s.id, p.uid FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
          "WHERE s.kind = 3 ORDER BY s.id",
          "UPDATE stages SET uid = ?1 WHERE id = ?2",
          [](const Query &q) { return incomingStageUid(q->blob(1)); });
    rekey(c, "SELECT id, key FROM settings ORDER BY id",
          "UPDATE settings SET uid = ?1 WHERE id = ?2",
          [](const Query &q) { return settingUid(q->text(1)); });
}

// The options kept in meta before v7 become settings rows.
void migrateSettings(Connection &c, qint64 nowMs)
{
    Query read = c.prepare("SELECT key, value FROM meta WHERE key IN ('task_result_required', "
                           "'tags_managers_may_create') ORDER BY key");
    QList<std::pair<QString, QVariant>> rows;
    while (read->step())
        rows.append({read->text(0), read->value(1)});
    Query insert = c.prepare("INSERT OR IGNORE INTO settings(uid, key, value, created_at, "
                             "updated_at, hlc) VALUES(?1, ?2, ?3, ?4, ?4, ?5)");
    for (const auto &[key, value] : rows) {
        insert->reset();
        insert->bindAll(settingUid(key), key, value, nowMs, nowMs << 16);
        insert->run();
    }
    c.exec("DELETE FROM meta WHERE key IN ('task_result_required', 'tags_managers_may_create')");
}

// v13's measures of analytics_facts: 7, one row per stage move, in the stage left; 8, an open
// deal that has an open task.
const char *const kV13Facts = R"SQL(
UNION ALL
SELECT d.id, 7, s.pipeline_id,
  (h.at + (SELECT value FROM meta WHERE key = 'analytics_offset_ms')) / 86400000,
  s.id, coalesce(d.responsible_id, 0), 0, d.budget,
  h.at - coalesce((SELECT p.at FROM history p INDEXED BY history_moves WHERE p.kind = 1
    AND p.event = 2 AND p.entity_id = d.id AND p.id < h.id ORDER BY p.id DESC LIMIT 1),
    d.created_at)
FROM deals d JOIN history h INDEXED BY history_moves ON h.kind = 1 AND h.entity_id = d.id AND h.event = 2
  JOIN stages s ON s.id = h.old_value
WHERE d.deleted = 0
UNION ALL
SELECT d.id, 8, d.pipeline_id, -1, d.stage_id, coalesce(d.responsible_id, 0), 0, d.budget, 0
FROM deals d JOIN stages s ON s.id = d.stage_id WHERE d.deleted = 0 AND s.kind IN (0, 3)
  AND EXISTS (SELECT 1 FROM tasks t WHERE t.entity_kind = 1 AND t.entity_id = d.id
    AND t.deleted = 0 AND t.status = 0))SQL";

void extendFacts(Connection &c)
{
    QString view;
    {
        Query q = c.prepare("SELECT sql FROM sqlite_master WHERE type = 'view' AND "
                            "name = 'analytics_facts'");
        if (q->step())
            view = q->text(0);
    }
    while (view.endsWith(u';') || view.endsWith(u'\n') || view.endsWith(u' '))
        view.chop(1);
    c.exec("DROP VIEW analytics_facts");
    c.exec(view + QLatin1String(kV13Facts));
    c.exec("INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, responsible_id, "
           "reason, count(*), sum(amount), sum(duration) FROM analytics_facts WHERE measure IN (7, 8) "
           "GROUP BY 1, 2, 3, 4, 5, 6");
}

// The triggers that keep analytics_activity: per source table, the measures its rows give,
// which rows can give any (the WHEN of insert and delete) and the columns the facts read.
void addActivityTriggers(Connection &c)
{
    struct Source
    {
        const char *table;
        const char *measures;
        const char *gives; // %1: OLD or NEW
        QStringList columns;
    };
    const Source sources[] = {
        {"history",
         "1, 2",
         "(%1.event = 2 AND %1.kind = 1) OR %1.event = 5",
         {"kind", "event", "at", "user_id"}},
        {"tasks",
         "3, 4, 7",
         "1",
         {"status", "completed_at", "created_at", "due_at", "responsible_id", "deleted"}},
        {"contacts", "5", "1", {"created_at", "responsible_id", "deleted"}},
        {"companies", "6", "1", {"created_at", "responsible_id", "deleted"}},
    };
    for (const Source &src : sources) {
        const QString table = QLatin1String(src.table);
        QStringList changed;
        for (const QString &col : src.columns)
            changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(col);
        const QString apply =
            QStringLiteral("INSERT INTO analytics_activity SELECT measure, day, user_id, %1 FROM "
                           "analytics_activity_facts WHERE measure IN (%2) AND source_id = %3.id "
                           "ON CONFLICT DO UPDATE SET n = n + excluded.n;");
        auto trigger = [&](const QString &name, const QString &when, const QString &on,
                           const QString &body) {
            c.exec(QStringLiteral("CREATE TRIGGER activity_%1_%2 %3 ON %1 WHEN %4 BEGIN %5 END")
                       .arg(table, name, on, when, body));
        };
        const QString gives = QLatin1String(src.gives);
        const QString measures = QLatin1String(src.measures);
        auto givesOf = [&](const char *row) {
            return gives.contains(QLatin1String("%1")) ? gives.arg(QLatin1String(row)) : gives;
        };
        trigger(QStringLiteral("insert"), givesOf("NEW"), QStringLiteral("AFTER INSERT"),
                apply.arg(QLatin1String("1"), measures, QLatin1String("NEW")));
        trigger(QStringLiteral("delete"), givesOf("OLD"), QStringLiteral("BEFORE DELETE"),
                apply.arg(QLatin1String("-1"), measures, QLatin1String("OLD")));
        const QString of =
            QStringLiteral("UPDATE OF %1").arg(src.columns.join(QLatin1String(", ")));
        trigger(QStringLiteral("before"), changed.join(QLatin1String(" OR ")),
                QLatin1String("BEFORE ") + of,
                apply.arg(QLatin1String("-1"), measures, QLatin1String("OLD")));
        trigger(QStringLiteral("after"), changed.join(QLatin1String(" OR ")),
                QLatin1String("AFTER ") + of,
                apply.arg(QLatin1String("1"), measures, QLatin1String("NEW")));
    }
    c.exec("INSERT INTO analytics_activity SELECT measure, day, user_id, count(*) FROM "
           "analytics_activity_facts WHERE true GROUP BY 1, 2, 3");
}

void reindexPhones(Connection &c)
{
    const std::pair<const char *, EntityKind> tables[] = {{"contacts", EntityKind::Contact},
                                                          {"companies", EntityKind::Company}};
    Query write = c.prepare("UPDATE search SET phones = ?1 WHERE rowid = ?2");
    for (const auto &[table, kind] : tables) {
        // Read and written in one pass: the search table is not the one being read.
        Query read = c.prepare(QStringLiteral("SELECT id, phones FROM %1 WHERE deleted = 0 AND "
                                              "phones IS NOT NULL AND phones <> '[]'")
                                   .arg(QLatin1String(table)));
        while (read->step()) {
            QStringList terms;
            for (const QString &p : Text::splitJsonArray(read->text(1)))
                terms << Text::phoneSearchTerms(p);
            write->reset();
            write->bindAll(terms.join(u' '), SearchIndex::rowidFor(kind, read->int64(0))).run();
        }
    }
}

} // namespace

int latestVersion()
{
    return int(std::size(kMigrations));
}

const char *migrationSql(int version)
{
    return version >= 1 && version <= latestVersion() ? kMigrations[version - 1] : nullptr;
}

void migrationData(int version, Connection &c, qint64 nowMs)
{
    if (version == 13) {
        extendFacts(c);
        addActivityTriggers(c);
        return;
    }
    if (version == 12) {
        // The node is random per file, never derived: copies migrated apart must differ.
        Query q = c.prepare("INSERT INTO sync_state(id, node_id) VALUES(1, ?1)");
        q->bindAll(randomNodeId()).run();
        return;
    }
    if (version == 11) {
        reindexPhones(c);
        return;
    }
    if (version == 10) {
        // The team's days start at this desktop's midnight; the SQL filled the aggregates
        // with UTC days, so they are filled again once the offset is known.
        const qint64 offsetMs =
            qint64(QDateTime::fromMSecsSinceEpoch(nowMs).offsetFromUtc()) * 1000;
        if (offsetMs != 0) {
            Query q = c.prepare("UPDATE meta SET value = ?1 WHERE key = 'analytics_offset_ms'");
            q->bindAll(offsetMs).run();
            c.exec("DELETE FROM analytics_days");
            c.exec("INSERT INTO analytics_days SELECT measure, pipeline_id, day, stage_id, "
                   "responsible_id, reason, count(*), sum(amount), sum(duration) FROM "
                   "analytics_facts WHERE true GROUP BY 1, 2, 3, 4, 5, 6");
        }
        return;
    }
    if (version == 8) {
        stableMigratedUids(c);
        return;
    }
    if (version == 7) {
        migrateSettings(c, nowMs);
        return;
    }
    if (version != 4)
        return;
    Query pipelines = c.prepare(
        "SELECT p.id, p.uid, (SELECT coalesce(min(s.position), 1) FROM stages s WHERE "
        "s.pipeline_id = "
        "p.id) "
        "FROM pipelines p WHERE NOT EXISTS(SELECT 1 FROM stages s WHERE s.pipeline_id = p.id AND "
        "s.kind = 3) ORDER BY p.id");
    QList<std::tuple<qint64, QByteArray, qint64>> rows;
    while (pipelines->step())
        rows.append({pipelines->int64(0), pipelines->blob(1), pipelines->int64(2)});
    Query insert =
        c.prepare("INSERT INTO stages(uid, pipeline_id, name, position, color, kind, probability, "
                  "created_at, updated_at, hlc) VALUES(?1, ?2, ?3, ?4, ?5, 3, 0, ?6, ?6, ?7)");
    for (const auto &[pipelineId, pipelineUid, firstPosition] : rows) {
        insert->reset();
        insert->bindAll(incomingStageUid(pipelineUid), pipelineId, incomingStageName(),
                        firstPosition - 1, QString::fromLatin1(kIncomingColor), nowMs, nowMs << 16);
        insert->run();
    }
}

qint64 randomNodeId()
{
    // 63 bits and never 0: 0 in field_clock.node means "this replica".
    return qint64(IdGenerator().random64() >> 1) | 1;
}

QByteArray incomingStageUid(const QByteArray &pipelineUid)
{
    return stableUid(pipelineUid, u"incoming");
}

QByteArray settingUid(const QString &key)
{
    return stableUid(kSettingsSpace, key);
}

QString incomingStageName()
{
    return Tr::tr("Incoming");
}

} // namespace Voronka::Core::Schema
