// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "options.h"

namespace Voronka::Bench {

const char *const kUsage =
    R"(Usage: voronka-bench --db FILE [--json] [--user EMAIL] [--manager EMAIL]
                     [--rounds N] [--seed N] [--only NAME,...] [--import-rows N]
                     [--server PATH] [--server-pg CONNINFO]
       voronka-bench --make-demo FILE [--size tiny|small|medium|reference] [--seed N]
       voronka-bench --db FILE --move-loop N [--user EMAIL]
       voronka-bench --version

Measures Voronka's own code next to the raw SQLite C API doing the same work, on an existing
demo database (voronka-cli demo, or --make-demo). The two sides run alternately in pairs
(A B, B A, ...: the second of a pair finds the first one's pages cached) in the same process
and, except for opening, on the same SQLite connection; each row reports the median, p95 and
p99 of each side in ms and the ratio, the median of the per-pair ratios voronka/raw.

Rows (names are stable identifiers):
  open database                  Database::open + Session vs sqlite3_open_v2 + the same
                                 PRAGMAs + schema checks + the first query; opened anew
                                 each round (the OS cache stays warm, SQLite's is cold)
  contacts first page            RecordList::fetch (sort by name, 200 rows) vs the same SQL
                                 reading every column; also (manager) and, when the file
                                 has head@example.com, (head) for department scope
  contacts count                 RecordList::count vs the same SQL
  contacts list (filtered: birthday 1980s), contacts count (filtered: birthday 1980s),
  contacts list (sorted by birthday), contacts list (sorted by updated),
  contacts count (created: last 30 days)
                                 RecordList with a filter or a custom-field sort (the
                                 list's Filters panel) vs the same SQL
  deals first page, deals first page (sorted by stage), deals first page (sorted by budget),
  deals count                    the deals list of every pipeline (RecordList for deals: the
                                 default order, newest first; by stage rank; by budget; the
                                 count) vs the statements it ran, with their values bound,
                                 replayed on the C API (Voronka's own overhead)
  search p95                     1,000 prefixes (3 and 5 letters, from real names, --seed)
                                 through Search::find(text, 20) vs the same FTS5 statements,
                                 row look-ups and permission checks; also (manager)
  team grid (users × 30 days)    TeamGrid::load for the next 30 days (tasks per user and day)
                                 vs its statement (a covering range count per cell) on the
                                 C API; also (head) when the file has head@example.com
  team grid (one client)         the same grid filtered to one client (the record with the
                                 most tasks due in the period) vs its statement (the
                                 client's tasks through tasks_entity, bucketed into cells)
                                 on the C API
  team grid (one company)        the same for the company with the most deals: its own, its
                                 contacts' and its deals' tasks
  deal update                    Records::update of a deal's budget vs BEGIN IMMEDIATE +
                                 UPDATE + history + outbox + field clock + COMMIT; the
                                 original budgets are restored through Records afterwards
  demo generation rate           a tiny demo through generateDemo vs Database::create + raw
                                 prepared inserts of the same rows (entity rows, links,
                                 custom values, search index, outbox, stage moves with
                                 history, tasks, notes) in one transaction; the columns are
                                 ms per record (deals+contacts+companies+tasks; JSON "unit":
                                 "ms/record"); records per second are printed below the
                                 table (JSON voronka_records_per_s, raw_records_per_s)
  duplicate scan (contacts)      Duplicates::scan over every contact (phones, emails, name
                                 within a company) vs GROUP BY over json_each and lower(name)
                                 in SQL, groups joined in C++ (at most 5 pairs)
  import 100k contacts (CSV), import 100k contacts (XLSX)
                                 Importer of a generated file (CSV, or the same rows as an
                                 XLSX workbook) into a fresh file vs raw C-API inserts of the
                                 same rows (contact, outbox, history, then the chunk's search
                                 rows); the note gives Voronka's peak resident growth;
                                 --import-rows sets the size
  journal first page             Journal::page (the newest 100 entries, history and sign-ins
                                 merged by time, named) vs one statement merging the two
                                 newest-first walks with correlated name look-ups; also
                                 (contacts), a kind with few history rows in the demo files
  role preview (own)             Admin::preview, what a draft role lets the manager see
                                 (deals, contacts, companies, tasks counted through the
                                 role's predicates) vs four raw counts; also (department)
  memory (MB)                    VmRSS of a fresh process after opening the database, the
                                 first contacts page and the 1,000 searches, Voronka vs raw;
                                 the voronka_ms/raw_ms fields hold MB (JSON "unit": "MB")
  backup                         Database::backupTo (a verified copy: VACUUM INTO a temporary
                                 file, fsync, quick_check + application id on the copy,
                                 rename) vs the same steps on the C API; each side in a fresh
                                 process, alternately, at most 3 pairs (a 3 GB file takes
                                 about 30 s a side); the copies go beside --db and are deleted
  backup peak memory (MB)        the peak resident memory (VmHWM) of those processes

Sync rows, only run when --only names them (--only sync; about a minute on the medium data
set): a voronka-server started on a free loopback port with a store made by `voronka-server
init --from` the --db file, driven over HTTP by the client's own transport.
  sync bootstrap (all deals)     every deal page of GET /v1/sync/bootstrap as the admin, read
                                 by the client's strict reader, vs one SELECT of the same
                                 deals serialized to JSON (budget < 30 s for 100k deals)
  sync push (500 mutations)      one push of 500 budget sets (absolute)
  sync pull (500 changes)        a pull of those 500 changes vs SELECT of their log rows
                                 serialized to JSON
  sync long-poll edit latency    from the start of a push to the end of another client's
                                 held pull carrying it (absolute; budget < 2 s)
  sync load pull (30 clients), sync load push (30 clients)
                                 30 clients with their own sign-ins and connections, 40
                                 operations each, pull and push alternately, all at once;
                                 p50/p99 per kind and the error count (must be 0)

Options:
  --db FILE          the database to measure; it is written to (deal updates)
  --json             print a JSON array of rows instead of the table: name, unit,
                     samples, voronka_ms, voronka_p95_ms, voronka_p99_ms, raw_ms,
                     raw_p95_ms, raw_p99_ms, ratio, p95_ratio, mismatches, note
  --user EMAIL       the acting user of the main rows (default admin@example.com)
  --manager EMAIL    the user of the (manager) rows (default manager1@example.com)
  --rounds N         pairs per row (default 50; deal update 4N; searches are per prefix);
                     each row also stops after its time cap, so a 1M-row file finishes
                     in about 3 minutes
  --seed N           chooses the search prefixes and the updated deals (default 1)
  --only NAME,...    run only the rows whose names start with one of these, e.g.
                     --only search,"deal update"
  --import-rows N    the contacts of the import rows (default 100000); 1000000, the
                     reference size, names them "import 1M contacts ..." (use --rounds 1)
  --server PATH      the voronka-server of the sync rows (default: the one built beside
                     this program, else the one on PATH)
  --server-pg CONNINFO
                     the sync rows with the server's store on PostgreSQL (voronka-server
                     init/serve --pg CONNINFO; an empty database or schema the run fills),
                     named "... on PostgreSQL"; their raw sides read the --db file, and the
                     pull row has none (the log is on PostgreSQL)
  --make-demo FILE   create a deterministic demo database through generateDemo (today is
                     2026-11-01 UTC, fast password hashes; password "demo") and exit
  --size SIZE        the --make-demo size (default small)
  --move-loop N      a writer for crash tests, instead of measuring: moves deals of the
                     biggest pipeline between its first two open stages through the
                     board's code, N times (0: until killed), and prints "try deals ID
                     stage_id STAGE" before each move and "ok ..." only after it committed
                     ("fail ..." and a message on stderr when one is refused)

Progress goes to stderr. Exit codes: 0 ok, 1 usage error, 2 the database cannot be opened
or an operation failed (the message says which).
)";

namespace {
bool toNumber(const QString &text, qint64 min, qint64 &out)
{
    bool ok = false;
    out = text.toLongLong(&ok);
    return ok && out >= min;
}
} // namespace

bool parseOptions(const QStringList &args, Options &out, QString &error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](QString &target) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                error = QStringLiteral("%1 needs a value.").arg(a);
                return false;
            }
            target = args[++i];
            return true;
        };
        QString v;
        if (a == u"--help" || a == u"-h") {
            out.mode = Options::Mode::Help;
            return true;
        } else if (a == u"--json") {
            out.json = true;
        } else if (a == u"--db") {
            if (!value(out.db))
                return false;
        } else if (a == u"--user") {
            if (!value(out.user))
                return false;
        } else if (a == u"--manager") {
            if (!value(out.manager))
                return false;
        } else if (a == u"--rounds" || a == u"--seed") {
            qint64 n = 0;
            if (!value(v))
                return false;
            if (!toNumber(v, a == u"--rounds" ? 1 : 0, n) || (a == u"--rounds" && n > 100000)) {
                error =
                    QStringLiteral("%1 takes a whole number%2, not '%3'.")
                        .arg(a, a == u"--rounds" ? QStringLiteral(" from 1 to 100000") : QString(),
                             v);
                return false;
            }
            if (a == u"--rounds")
                out.rounds = int(n);
            else
                out.seed = quint64(n);
        } else if (a == u"--import-rows") {
            if (!value(v))
                return false;
            if (!toNumber(v, 1, out.importRows) || out.importRows > 10000000) {
                error = QStringLiteral("--import-rows takes a whole number from 1 to 10000000, "
                                       "not '%1'.")
                            .arg(v);
                return false;
            }
        } else if (a == u"--server") {
            if (!value(out.server))
                return false;
        } else if (a == u"--server-pg") {
            if (!value(out.serverPg))
                return false;
        } else if (a == u"--only") {
            if (!value(v))
                return false;
            out.only = v.split(u',', Qt::SkipEmptyParts);
        } else if (a == u"--make-demo") {
            out.mode = Options::Mode::MakeDemo;
            if (!value(out.db))
                return false;
        } else if (a == u"--move-loop") {
            out.mode = Options::Mode::MoveLoop;
            if (!value(v))
                return false;
            if (!toNumber(v, 0, out.moveLoop)) {
                error = QStringLiteral("--move-loop takes a whole number, not '%1'.").arg(v);
                return false;
            }
        } else if (a == u"--size") {
            if (!value(out.demoSize))
                return false;
        } else if (a == u"--memory-probe") {
            out.mode = Options::Mode::MemoryProbe;
            if (!value(out.probeSide))
                return false;
        } else if (a == u"--backup-probe") {
            out.mode = Options::Mode::BackupProbe;
            if (!value(out.probeSide) || !value(out.backupOut))
                return false;
        } else if (a == u"--prefixes") {
            if (!value(out.prefixFile))
                return false;
        } else {
            error = QStringLiteral("unknown option '%1'.").arg(a);
            return false;
        }
    }
    if (out.db.isEmpty()) {
        error = QStringLiteral("--db FILE is required.");
        return false;
    }
    if ((out.mode == Options::Mode::MemoryProbe || out.mode == Options::Mode::BackupProbe) &&
        out.probeSide != u"voronka" && out.probeSide != u"raw") {
        error = QStringLiteral("--memory-probe and --backup-probe take voronka or raw.");
        return false;
    }
    return true;
}

} // namespace Voronka::Bench
