// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cli.h"

#include "admincommands.h"
#include "exportcommands.h"
#include "importcommands.h"
#include "journalcommand.h"
#include "output.h"
#include "password.h"
#include "recordcommands.h"
#include "reportcommand.h"
#include "synccommands.h"
#include "terminal.h"

#include "core/demo/demo.h"
#include "core/importexport/icalendar.h"
#include "core/importexport/taskexport.h"
#include "core/search/search.h"
#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/analytics/aggregates.h"
#include "core/services/integrity.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

#include <optional>

namespace Voronka::Cli {

using namespace Core;

namespace {

const char *const kUsage = R"(Usage: voronka-cli [--db FILE] [--user EMAIL] [--json] COMMAND [ARGS]

Commands:
  init --admin-email EMAIL [--admin-name NAME]
                        create a new database with its first administrator
  demo [--size tiny|small|medium|reference] [--seed N] [--now YYYY-MM-DD]
                        create a deterministic demo database (users admin@example.com,
                        head@example.com, manager1@example.com..., password "demo")
  stats                 record counts per entity (administrators)
  search TEXT [--limit N]
                        global search as the acting user sees it
  check [--quick] [--repair]
                        integrity and invariants; exit 2 when a problem is found;
                        --repair first rebuilds the analytics aggregates from the records
                        (administrators; the file must be writable)
  backup OUT            a consistent copy of the database, safe while it is in use
  restore BACKUP        replace the database with a verified copy of BACKUP, keeping the
                        current file beside it as FILE.before-restore-DATE.voronka
                        (administrators; no other program may have the file open)
  export contacts --format csv|vcf|xlsx [--out FILE]
  export companies|deals --format csv|xlsx [--out FILE]
                        the records the acting user may export (CSV, vCard 4.0, or an
                        Excel workbook of typed cells); standard output without --out
  export tasks --format ics|xlsx [--kind todo|event] [--responsible EMAIL]
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--out FILE]
                        the tasks the acting user may export as iCalendar (RFC 5545) or
                        an Excel workbook, to FILE or standard output; --from/--to are
                        local days, both included
  import contacts|companies|deals FILE [--format csv|xlsx|vcf] [--encoding E]
         [--delimiter C] [--sheet N] [--mapping FILE.json | --preset amocrm|bitrix24|
         hubspot|pipedrive|salesforce|google|outlook] [--on-duplicate skip|update|create]
         [--match email,phone,name,external] [--responsible EMAIL] [--tag TAG]
         [--failed-rows OUT.csv] [--save-mapping FILE.json] [--dry-run]
                        imports the file's rows through the app's rules as one batch that
                        can be undone (columns guessed from their headers without a mapping
                        or preset); --dry-run checks every row and writes nothing; needs
                        the role's import right
  import list           the import history, newest first
  import undo ID        undoes a whole import: created records to the recycle bin, updated
                        ones back to their earlier values (a record changed since is left)
  import finish ID FILE finishes an interrupted import from the rows it had not done
  journal [--user EMAIL] [--entity deal|contact|company|task|note|user|role|...|sign-ins]
          [--action KEY] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N]
                        every change and sign-in, newest first, one line each (default 50
                        entries); --from/--to are local days, both included (administrators)
  report funnel|summary|managers|plan|losses|forecast [--pipeline NAME]
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--responsible EMAIL | --department NAME]
         [--by day|week|month|quarter] [--tag NAME]... [--source TEXT]
                        the Analytics figures as the acting user's analytics scope allows: a
                        tab-separated table (money in currency units) or, with --json, an
                        object (money in minor units); --from/--to are local days, both
                        included; summary buckets by --by (default week), plan by month
                        (default) or quarter; --tag (deals with any of them) and --source
                        (exactly as stored) read the deals themselves: slower
  goal set --user EMAIL --month YYYY-MM --sum N [--count N]
                        the user's sales plan for the month (administrators and the head of
                        the user's department)
  user list             users, roles, departments, state, last sign-in (administrators, as
                        every user, role and department command)
  user add EMAIL --name NAME --role ROLE [--department DEP] [--password-stdin|--generate]
  user set EMAIL [--name NAME] [--email NEW] [--role ROLE] [--department DEP|--no-department]
  user deactivate EMAIL [--handover EMAIL]
                        hands over open deals, contacts, companies and open tasks
  user reactivate EMAIL
  user passwd EMAIL [--password-stdin|--generate]
                        a new password comes from VORONKA_NEW_PASSWORD or a prompt, from
                        standard input, or is generated and printed once
  role list | show ROLE | clone ROLE NEWNAME
  role set ROLE deal|contact|company|task view|create|edit|delete|export none|own|department|all
  role set ROLE pipeline PIPELINE hidden|own|matrix
  role set ROLE analytics none|own|department|all | import yes|no | admin yes|no
  department list | add NAME | rename NAME NEWNAME
  deal|contact|company|task add --field NAME=VALUE...
  deal|contact|company|task set ID --field NAME=VALUE...
  deal move ID --stage NAME [--pipeline NAME] [--field NAME=VALUE...]
  deal|contact|company|task delete ID | restore ID
                        write through the app's rules and rights; prints the id (--json: the
                        record). NAME is a standard field (name, budget, responsible=EMAIL,
                        pipeline, stage, company, phones, emails, tags, due, text, status...)
                        or a custom field's name; lists are comma-separated
  sync connect URL      makes --db a new replica of the team server at URL for --user:
                        the team's settings, then every record the user may see
  sync now              sends the replica's changes and takes the server's (and the
                        team's settings when an administrator changed them)
  sync status           changes waiting to be sent, refused ones, conflicts not seen yet
                        and the last sync; --json: pending, rejected, conflicts, last_sync
                        The CLI signs in to the server with the password on every run and
                        keeps no token.

The acting user's password comes from VORONKA_PASSWORD or a prompt.
Exit codes: 0 ok, 1 usage error, 2 data or permission error.
)";

class Cli
{
public:
    explicit Cli(const QStringList &args)
        : m_args(args)
    {
    }
    int run();

private:
    int usage(const QString &message) { return usageError(m_err, message); }
    int fail(const Error &e) { return dataError(m_err, e.message); }
    int fail(const QString &message) { return dataError(m_err, message); }
    std::optional<QString> option(const QString &name);
    bool flag(const QString &name);
    bool parseGlobal();
    // Opens the database and logs the acting user in; nullopt after printing the error.
    // withoutSession: a signed-in user whose session cannot start on a damaged file still
    // passes (check diagnoses such files); m_session is then null. writes: the command
    // changes the file, which a shared file whose locks do not reach the other computers
    // refuses with the reason.
    std::optional<int> openSession(bool adminOnly, bool withoutSession = false,
                                   bool writes = false);
    // Signs the user in against a backup, read-only: who may restore a damaged file.
    std::optional<int> signInToBackup(const QString &backup);
    int dispatch();

    int cmdInit();
    int cmdDemo();
    int cmdStats();
    int cmdSearch();
    int cmdCheck();
    int cmdBackup();
    int cmdRestore();
    int cmdExport();
    int cmdAdmin();

    QStringList m_args;
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    QString m_db, m_user, m_command;
    QString m_password; // as typed for openSession, for signing in to a team server
    bool m_json = false;
    SystemClock m_clock;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Session> m_session;
};

std::optional<QString> Cli::option(const QString &name)
{
    const qsizetype i = m_args.indexOf(name);
    if (i < 0)
        return std::nullopt;
    if (i + 1 >= m_args.size())
        return QString(); // present without a value: callers report it
    const QString v = m_args.at(i + 1);
    m_args.remove(i, 2);
    return v;
}

bool Cli::flag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

bool Cli::parseGlobal()
{
    // Global options come before the command.
    while (!m_args.isEmpty() && m_args.first().startsWith(QStringLiteral("--"))) {
        const QString a = m_args.takeFirst();
        if (a == u"--json") {
            m_json = true;
        } else if ((a == u"--db" || a == u"--user") && !m_args.isEmpty()) {
            (a == u"--db" ? m_db : m_user) = m_args.takeFirst();
        } else if (a == u"--help" || a == u"-h") {
            m_command = QStringLiteral("help");
            return true;
        } else {
            m_err << "voronka-cli: unknown or incomplete option " << a << "\n";
            return false;
        }
    }
    if (m_args.isEmpty())
        return false;
    m_command = m_args.takeFirst();
    return true;
}

std::optional<int> Cli::openSession(bool adminOnly, bool withoutSession, bool writes)
{
    if (m_db.isEmpty())
        return usage(QStringLiteral("--db FILE is required for %1.").arg(m_command));
    if (m_user.isEmpty())
        return usage(QStringLiteral("--user EMAIL is required for %1.").arg(m_command));
    Database::Options o;
    o.busyTimeoutMs = 2000;
    o.diagnose = withoutSession;
    Result<std::unique_ptr<Database>> db = Database::open(m_db, o);
    if (!db)
        return fail(db.error());
    m_database = std::move(db).value();
    if (writes && !m_database->readOnlyReason().isEmpty())
        return fail(m_database->readOnlyReason());
    const QString password = readPassword(QStringLiteral("Password for %1: ").arg(m_user));
    m_password = password;
    Result<UserInfo> user = Auth::login(*m_database, m_user, password,
                                        Auth::SignInContext(m_clock, QStringLiteral("cli")));
    if (!user)
        return fail(user.error());
    Result<std::unique_ptr<Session>> session = Session::start(*m_database, m_clock, *user);
    if (!session && !(withoutSession && session.error().code == Error::Code::Corrupt))
        return fail(session.error());
    if (session)
        m_session = std::move(session).value();
    if (adminOnly && !(m_session ? m_session->principal().admin : user->admin))
        return fail(QStringLiteral("%1 requires an administrator.").arg(m_command));
    return std::nullopt;
}

int Cli::run()
{
    // Storage and services throw SqlError on a damaged page; a command that reads one ends
    // with the message naming the file, never with an abort.
    int code = Usage;
    try {
        code = dispatch();
    } catch (const SqlError &e) {
        m_out.flush();
        code = fail(Database::errorFor(e, m_db));
    }
    // Output that did not arrive (a full disk behind standard output, a closed pipe) fails
    // the command, whatever it printed.
    m_out.flush();
    if (m_out.status() != QTextStream::Ok && code == Success)
        return fail(QStringLiteral("cannot write standard output: the data could not be "
                                   "written."));
    if (const std::optional<QString> failed = flushStandardOutput(); failed && code == Success)
        return fail(*failed);
    return code;
}

int Cli::dispatch()
{
    if (!parseGlobal())
        return m_command.isEmpty() ? usage(QStringLiteral("no command given.")) : Usage;
    if (m_command == u"help") {
        m_out << kUsage;
        return Success;
    }
    int code = Usage;
    if (m_command == u"init")
        code = cmdInit();
    else if (m_command == u"demo")
        code = cmdDemo();
    else if (m_command == u"stats")
        code = cmdStats();
    else if (m_command == u"search")
        code = cmdSearch();
    else if (m_command == u"check")
        code = cmdCheck();
    else if (m_command == u"backup")
        code = cmdBackup();
    else if (m_command == u"restore")
        code = cmdRestore();
    else if (m_command == u"export")
        code = cmdExport();
    else if (m_command == u"journal")
        code = runJournal(m_args, m_json, m_out, m_err, [this]() -> std::variant<int, Session *> {
            if (std::optional<int> e = openSession(true))
                return *e;
            return m_session.get();
        });
    else if (m_command == u"report" || m_command == u"goal") {
        const auto run = m_command == u"report" ? runReport : runGoal;
        code = run(m_args, m_json, m_out, m_err, [this]() -> std::variant<int, Session *> {
            if (std::optional<int> e = openSession(false, false, m_command == u"goal"))
                return *e;
            return m_session.get();
        });
    } else if (m_command == u"import")
        code = runImport(m_args, m_json, m_out, m_err, [this]() -> std::variant<int, Session *> {
            if (std::optional<int> e = openSession(false, false, true))
                return *e;
            return m_session.get();
        });
    else if (m_command == u"user" || m_command == u"role" || m_command == u"department")
        code = cmdAdmin();
    else if (m_command == u"sync") {
        const auto open = [this]() -> std::variant<int, Session *> {
            if (std::optional<int> e = openSession(false, false, true))
                return *e;
            return m_session.get();
        };
        const auto password = [this] { return m_password; };
        code = runSync(m_args, SyncRun{m_db, m_user, m_json, m_clock, open, password}, m_out,
                       m_err);
    } else if (isRecordCommand(m_command))
        code = runRecord(m_command, m_args, m_json, m_out, m_err,
                         [this]() -> std::variant<int, Session *> {
                             if (std::optional<int> e = openSession(false, false, true))
                                 return *e;
                             return m_session.get();
                         });
    else
        return usage(QStringLiteral("unknown command '%1'.").arg(m_command));
    m_out.flush();
    return code;
}

int Cli::cmdInit()
{
    const std::optional<QString> email = option(QStringLiteral("--admin-email"));
    const QString name = option(QStringLiteral("--admin-name")).value_or(QString());
    if (!email || email->isEmpty())
        return usage(QStringLiteral("init needs --admin-email EMAIL."));
    if (m_db.isEmpty())
        return usage(QStringLiteral("--db FILE is required for init."));
    if (!m_args.isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'.").arg(m_args.first()));
    if (QFileInfo::exists(m_db))
        return fail(QStringLiteral("%1 already exists; init creates a new database.").arg(m_db));
    const QString password = readPassword(QStringLiteral("Password for %1: ").arg(*email));
    if (password.size() < 4)
        return fail(QStringLiteral("the administrator's password needs at least 4 characters."));
    Result<std::unique_ptr<Database>> db = Database::create(m_db);
    if (!db)
        return fail(db.error());
    std::unique_ptr<Database> created = std::move(db).value();
    Result<qint64> admin = Admin::initialize(*created, m_clock, *email, name, password);
    if (!admin) {
        created.reset();
        QFile::remove(m_db);
        return fail(admin.error());
    }
    m_out << "Created " << m_db << " with administrator " << email->toLower() << "\n";
    return Success;
}

int Cli::cmdDemo()
{
    DemoOptions o;
    const QString size = option(QStringLiteral("--size")).value_or(QStringLiteral("small"));
    if (!parseDemoSize(size, o.size))
        return usage(QStringLiteral("--size must be tiny, small, medium or reference."));
    if (std::optional<QString> seed = option(QStringLiteral("--seed"))) {
        bool ok = false;
        o.seed = seed->toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed must be a whole number."));
    }
    // The demo's "today" defaults to today (UTC midnight), so its tasks fall around the day
    // it is made; --now pins it for reproducible files.
    QDate today = QDateTime::currentDateTimeUtc().date();
    if (std::optional<QString> now = option(QStringLiteral("--now"))) {
        today = QDate::fromString(*now, Qt::ISODate);
        if (!today.isValid())
            return usage(QStringLiteral("--now must be a date YYYY-MM-DD."));
    }
    o.nowMs = QDateTime(today, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + 9 * 3600 * 1000LL;
    if (m_db.isEmpty())
        return usage(QStringLiteral("--db FILE is required for demo."));
    if (!m_args.isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'.").arg(m_args.first()));
    if (o.size == DemoOptions::Size::Tiny)
        o.passwordStrength = Auth::Strength::Fast;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    QTextStream err(stderr);
    // On a terminal the line updates in place; in a log only each finished phase is written.
    const bool terminal = Terminal::errorIsTerminal();
    // Tests stop the process at a known point midway to kill it there (a phase name).
    const QString pauseAfter = qEnvironmentVariable("VORONKA_TEST_DEMO_PAUSE_AFTER");
    o.progress = [&err, started, terminal, pauseAfter](const QString &phase, qint64 done,
                                                       qint64 total) {
        if (!terminal && done != total)
            return;
        err << (terminal ? "\r" : "")
            << QStringLiteral("%1: %2 / %3 (%4 s)    ")
                   .arg(phase)
                   .arg(done)
                   .arg(total)
                   .arg((QDateTime::currentMSecsSinceEpoch() - started) / 1000)
            << (done == total ? "\n" : "") << Qt::flush;
        if (done == total && phase == pauseAfter)
            Terminal::stopForTest();
    };
    Result<DemoSummary> sum = generateDemo(m_db, o);
    if (!sum)
        return fail(sum.error());
    const double secs = double(QDateTime::currentMSecsSinceEpoch() - started) / 1000.0;
    if (m_json) {
        QJsonObject j{{QStringLiteral("users"), sum->users},
                      {QStringLiteral("companies"), sum->companies},
                      {QStringLiteral("contacts"), sum->contacts},
                      {QStringLiteral("deals"), sum->deals},
                      {QStringLiteral("tasks"), sum->tasks},
                      {QStringLiteral("notes"), sum->notes},
                      {QStringLiteral("stage_moves"), sum->stageMoves},
                      {QStringLiteral("seconds"), secs}};
        m_out << QJsonDocument(j).toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_out << QStringLiteral(
                     "Created %1: %2 users, %3 companies, %4 contacts, %5 deals, %6 tasks, "
                     "%7 notes, %8 stage moves in %9 s\n")
                     .arg(m_db)
                     .arg(sum->users)
                     .arg(sum->companies)
                     .arg(sum->contacts)
                     .arg(sum->deals)
                     .arg(sum->tasks)
                     .arg(sum->notes)
                     .arg(sum->stageMoves)
                     .arg(secs, 0, 'f', 1);
    }
    return Success;
}

int Cli::cmdStats()
{
    if (!m_args.isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'.").arg(m_args.first()));
    if (std::optional<int> e = openSession(true))
        return *e;
    Result<QList<QPair<QString, qint64>>> stats = Integrity::stats(*m_database);
    if (!stats)
        return fail(stats.error());
    if (m_json) {
        QJsonObject j;
        for (const auto &[k, v] : *stats)
            j.insert(k, v);
        m_out << QJsonDocument(j).toJson(QJsonDocument::Compact) << "\n";
    } else {
        for (const auto &[k, v] : *stats)
            m_out << QStringLiteral("%1 %2\n").arg(k, -14).arg(v);
    }
    return Success;
}

int Cli::cmdSearch()
{
    int limit = 20;
    if (std::optional<QString> l = option(QStringLiteral("--limit"))) {
        bool ok = false;
        limit = l->toInt(&ok);
        if (!ok || limit <= 0 || limit > 1000)
            return usage(QStringLiteral("--limit must be between 1 and 1000."));
    }
    if (m_args.size() != 1)
        return usage(QStringLiteral("search needs exactly one TEXT argument."));
    const QString text = m_args.takeFirst();
    if (Search::matchExpression(text).isEmpty())
        return usage(
            QStringLiteral("search needs at least %1 letters or digits.").arg(Search::kMinChars));
    if (std::optional<int> e = openSession(false))
        return *e;
    Result<QList<SearchHit>> hits = Search(*m_session).find(text, limit);
    if (!hits)
        return fail(hits.error());
    if (m_json) {
        QJsonArray a;
        for (const SearchHit &h : *hits)
            a.append(QJsonObject{{QStringLiteral("kind"), entityKey(h.kind)},
                                 {QStringLiteral("id"), h.id},
                                 {QStringLiteral("title"), h.title},
                                 {QStringLiteral("subtitle"), h.subtitle},
                                 {QStringLiteral("name_match"), h.nameMatch}});
        m_out << QJsonDocument(a).toJson(QJsonDocument::Compact) << "\n";
    } else {
        for (const SearchHit &h : *hits)
            m_out << QStringLiteral("%1\t%2\t%3\t%4\n")
                         .arg(entityKey(h.kind))
                         .arg(h.id)
                         .arg(h.title, h.subtitle);
    }
    return Success;
}

int Cli::cmdCheck()
{
    const bool quick = flag(QStringLiteral("--quick"));
    const bool repair = flag(QStringLiteral("--repair"));
    if (!m_args.isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'.").arg(m_args.first()));
    if (repair) {
        if (std::optional<int> e = openSession(true, false, true))
            return *e;
        if (Status st = Aggregates::rebuild(*m_database); !st)
            return fail(st.error());
        if (!m_json)
            m_out << "analytics aggregates rebuilt\n";
    } else if (std::optional<int> e = openSession(true, true)) {
        return *e;
    }
    Result<QStringList> problems = Integrity::check(*m_database, quick);
    if (!problems)
        return fail(problems.error());
    // Read-only so far; a sound file this account may write also gets the search index's own
    // check, which is a write.
    if (problems->isEmpty() && m_database->readOnly() && QFileInfo(m_db).isWritable()) {
        m_session.reset();
        m_database.reset();
        Database::Options o;
        o.busyTimeoutMs = 2000;
        Result<std::unique_ptr<Database>> db = Database::open(m_db, o);
        if (!db)
            return fail(db.error());
        m_database = std::move(db).value();
        if (!m_database->readOnly()) {
            Result<QStringList> index = Integrity::checkSearchIndex(*m_database);
            if (!index)
                return fail(index.error());
            problems = std::move(index);
        }
    }
    if (m_json) {
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), problems->isEmpty()},
                                           {QStringLiteral("problems"),
                                            QJsonArray::fromStringList(*problems)}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    } else if (problems->isEmpty()) {
        m_out << "ok\n";
    } else {
        for (const QString &p : *problems)
            m_out << p << "\n";
    }
    if (!problems->isEmpty()) {
        m_err << "voronka-cli: " << problems->size() << " problem(s) found.\n";
        return DataError;
    }
    return Success;
}

int Cli::cmdBackup()
{
    if (m_args.size() != 1)
        return usage(QStringLiteral("backup needs exactly one OUT file."));
    const QString out = m_args.takeFirst();
    if (std::optional<int> e = openSession(true))
        return *e;
    if (Status st = m_database->backupTo(out); !st)
        return fail(st.error());
    m_out << "Backed up " << m_db << " to " << out << "\n";
    return Success;
}

int Cli::cmdRestore()
{
    if (m_args.size() != 1)
        return usage(QStringLiteral("restore needs exactly one BACKUP file."));
    const QString backup = m_args.takeFirst();
    // Checked before signing in, which writes to the file: a refused backup leaves both alone.
    if (Status st = Database::verifyBackup(backup); !st)
        return fail(st.error());
    bool damaged = false;
    if (!m_db.isEmpty()) {
        Database::Options o;
        o.busyTimeoutMs = 2000;
        const Result<std::unique_ptr<Database>> current = Database::open(m_db, o);
        damaged = !current && current.error().code == Error::Code::Corrupt;
    }
    if (damaged) {
        // A damaged file cannot say who may restore it: an administrator of the backup may.
        if (std::optional<int> e = signInToBackup(backup))
            return *e;
    } else {
        if (std::optional<int> e = openSession(true, true, true))
            return *e;
        m_session.reset();
        m_database.reset(); // the last connection: the WAL is folded into the file
    }
    Result<QString> aside = Database::restoreFrom(backup, m_db);
    if (!aside)
        return fail(aside.error());
    m_out << "Restored " << m_db << " from " << backup << "; the previous file is kept as "
          << *aside << "\n";
    return Success;
}

std::optional<int> Cli::signInToBackup(const QString &backup)
{
    if (m_user.isEmpty())
        return usage(QStringLiteral("--user EMAIL is required for %1.").arg(m_command));
    Database::Options o;
    o.readOnly = true;
    Result<std::unique_ptr<Database>> db = Database::open(backup, o);
    if (!db)
        return fail(db.error());
    const QString password = readPassword(QStringLiteral("Password for %1: ").arg(m_user));
    Result<UserInfo> user =
        Auth::login(**db, m_user, password, Auth::SignInContext(m_clock, QStringLiteral("cli")));
    if (!user)
        return fail(user.error());
    if (!user->admin)
        return fail(QStringLiteral("%1 requires an administrator.").arg(m_command));
    return std::nullopt;
}

int Cli::cmdExport()
{
    if (m_args.isEmpty() || m_args.first() != u"tasks") { // contacts, companies or deals
        std::variant<ExportRequest, QString> request = parseExport(m_args);
        if (const QString *message = std::get_if<QString>(&request))
            return usage(*message);
        if (std::optional<int> e = openSession(false))
            return *e;
        return runExport(*m_session, std::get<ExportRequest>(request), m_err);
    }
    m_args.removeFirst();
    const QString format = option(QStringLiteral("--format")).value_or(QString());
    if (format != u"ics" && format != u"xlsx")
        return usage(QStringLiteral("export tasks needs --format ics or xlsx."));
    IcalendarWriter::Options o;
    const QString kind = option(QStringLiteral("--kind")).value_or(QStringLiteral("todo"));
    if (kind == u"event")
        o.kind = IcalendarWriter::Kind::Event;
    else if (kind != u"todo")
        return usage(QStringLiteral("--kind must be todo or event."));
    const std::optional<QString> responsible = option(QStringLiteral("--responsible"));
    if (responsible && responsible->isEmpty())
        return usage(QStringLiteral("--responsible needs an EMAIL."));
    QDate days[2];
    const char *const names[2] = {"--from", "--to"};
    for (int i = 0; i < 2; ++i)
        if (std::optional<QString> d = option(QLatin1String(names[i]))) {
            days[i] = QDate::fromString(*d, Qt::ISODate);
            if (!days[i].isValid())
                return usage(
                    QStringLiteral("%1 must be a date YYYY-MM-DD.").arg(QLatin1String(names[i])));
        }
    if (days[0].isValid() && days[1].isValid() && days[1] < days[0])
        return usage(QStringLiteral("--to is before --from."));
    const std::optional<QString> out = option(QStringLiteral("--out"));
    if (out && out->isEmpty())
        return usage(QStringLiteral("--out needs a FILE."));
    if (!m_args.isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'.").arg(m_args.first()));
    if (std::optional<int> e = openSession(false))
        return *e;

    TaskFilter filter;
    if (responsible) {
        qint64 id = 0;
        for (const UserInfo &u : m_session->users())
            if (u.email.compare(*responsible, Qt::CaseInsensitive) == 0)
                id = u.id;
        if (!id)
            return fail(QStringLiteral("no user with the email %1.").arg(*responsible));
        filter.responsibleIds = {id};
    }
    if (days[0].isValid())
        filter.dueFrom = days[0].startOfDay(o.zone).toMSecsSinceEpoch();
    if (days[1].isValid())
        filter.dueTo = days[1].addDays(1).startOfDay(o.zone).toMSecsSinceEpoch();
    o.stampMs = m_clock.nowMs();

    // Written whole or not at all: a failed export never leaves a truncated calendar behind.
    m_out.flush();
    Output target(out.value_or(QString()));
    if (const std::optional<QString> failed = target.open())
        return fail(*failed);
    Result<qint64> n = format == u"xlsx"
                           ? exportTasksXlsx(*m_session, filter, target.device(), o.zone)
                           : exportTasksIcs(*m_session, filter, target.device(), o);
    if (!n) {
        target.cancel();
        return fail(n.error());
    }
    if (const std::optional<QString> failed = target.finish())
        return fail(*failed);
    if (out)
        m_err << "Exported " << *n << " tasks to " << *out << "\n";
    return Success;
}

int Cli::cmdAdmin()
{
    std::variant<AdminRequest, QString> request = parseAdmin(m_command, m_args);
    if (const QString *message = std::get_if<QString>(&request))
        return usage(*message);
    const AdminRequest &r = std::get<AdminRequest>(request);
    const bool writes = r.verb != u"list" && r.verb != u"show";
    // runAdmin names a caller who is no admin
    if (std::optional<int> e = openSession(false, false, writes))
        return *e;
    return runAdmin(*m_session, std::get<AdminRequest>(request), m_json, m_out, m_err);
}

} // namespace

int usageError(QTextStream &err, const QString &message)
{
    err << "voronka-cli: " << message << "\n"
        << "Try 'voronka-cli --help'.\n";
    return Usage;
}

int dataError(QTextStream &err, const QString &message)
{
    err << "voronka-cli: " << message << "\n";
    return DataError;
}

int run(const QStringList &args)
{
    Cli cli(args);
    return cli.run();
}

} // namespace Voronka::Cli
