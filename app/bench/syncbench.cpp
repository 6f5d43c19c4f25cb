// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "syncbench.h"

#include "rawdb.h"

#include "core/storage/sqlite.h"
#include "core/sync/httptransport.h"
#include "core/sync/protocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <vector>

namespace Voronka::Bench {

using namespace Core::Sync;

namespace {

const QString kPassword = QStringLiteral("demo");

QString serverProgram(const Options &options)
{
    if (!options.server.isEmpty())
        return options.server;
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("../server/voronka-server")),
                                     here.filePath(QStringLiteral("voronka-server"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("voronka-server"));
}

// A device id per simulated client (32 hex digits; the first 16 are its node).
QString deviceId(int n)
{
    return QStringLiteral("%1").arg(quint64(0x5eed000000000000ULL) + quint64(n), 16, 16,
                                    QLatin1Char('0')) +
           QStringLiteral("0000000000000000");
}

quint64 hlcNow()
{
    return quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
}

// The server process and its store, made once for all the sync rows.
struct Server
{
    QTemporaryDir dir;
    QString store;
    QProcess process;
    QByteArray output;
    quint16 port = 0;
    double initSeconds = 0;

    // The store: a file in `dir`, or on PostgreSQL when `pg` names one.
    QString start(const QString &program, const QString &from, const QString &pg)
    {
        if (program.isEmpty())
            return QStringLiteral("voronka-server not found (give --server PATH).");
        store = dir.filePath(QStringLiteral("store.voronka"));
        const QStringList where = pg.isEmpty() ? QStringList{QStringLiteral("--store"), store}
                                               : QStringList{QStringLiteral("--pg"), pg};
        QProcess init;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VORONKA_PASSWORD"), kPassword);
        init.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        init.start(program, QStringList{QStringLiteral("init")} + where +
                                QStringList{QStringLiteral("--admin-email"),
                                            QStringLiteral("admin@example.com"),
                                            QStringLiteral("--from"), from});
        if (!init.waitForFinished(600000) || init.exitCode() != 0)
            return QStringLiteral("voronka-server init failed: ") +
                   QString::fromUtf8(init.readAllStandardError());
        initSeconds = double(t.elapsed()) / 1000;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program,
                      QStringList{QStringLiteral("serve")} + where +
                          QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
        if (!process.waitForStarted(10000))
            return QStringLiteral("voronka-server did not start.");
        static const QRegularExpression serving(QStringLiteral(" on 127\\.0\\.0\\.1:(\\d+) "));
        while (true) {
            const QRegularExpressionMatch m = serving.match(QString::fromUtf8(output));
            if (m.hasMatch()) {
                port = quint16(m.captured(1).toUInt());
                return {};
            }
            if (!process.waitForReadyRead(30000))
                return QStringLiteral("voronka-server did not say where it serves.");
            output += process.readAll();
        }
    }
    // Reads what the server logged so far; the count of lines containing `text`.
    qsizetype logged(const QString &text)
    {
        output += process.readAll();
        return QString::fromUtf8(output).count(text);
    }
    // The time the server logged for its answers to `request` ("GET /v1/sync/bootstrap"), s.
    double loggedSeconds(const QString &request)
    {
        output += process.readAll();
        static const QRegularExpression line(QStringLiteral(" (\\d+)ms$"),
                                             QRegularExpression::MultilineOption);
        qint64 ms = 0;
        for (const QString &l : QString::fromUtf8(output).split(u'\n'))
            if (l.contains(request))
                if (const QRegularExpressionMatch m = line.match(l); m.hasMatch())
                    ms += m.captured(1).toLongLong();
        return double(ms) / 1000;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); }
    ~Server()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            process.waitForFinished(20000);
        }
    }
};

std::unique_ptr<HttpTransport> signIn(const Server &server, const QString &email, int device)
{
    auto t = std::make_unique<HttpTransport>(server.url(), deviceId(device),
                                             QStringLiteral("bench"), 120000);
    Parsed<SignedIn> in = t->login(email, kPassword);
    if (const auto *e = std::get_if<ProtocolError>(&in))
        throw RawError(
            QStringLiteral("sign-in of %1 failed: %2").arg(email, e->message).toStdString());
    return t;
}

// A user's deals as the wire names them (uids), read from the store; every deal for an
// empty email (the admin edits any).
QStringList dealUids(RawDb &db, const QString &email, int limit)
{
    RawStmt q(db.handle(),
              "SELECT lower(hex(d.uid)) FROM deals d JOIN users u ON u.id = d.responsible_id "
              "WHERE (?1 = '' OR u.email = ?1) AND d.deleted = 0 ORDER BY d.id LIMIT ?2");
    const QByteArray e = email.toUtf8();
    q.bind(1, std::string_view(e.constData(), size_t(e.size()))).bind(2, sqlite3_int64(limit));
    QStringList out;
    while (q.step())
        out << QString::fromLatin1(q.text(0).data(), qsizetype(q.text(0).size()));
    q.reset();
    return out;
}

// Budget sets on `uids`, one mutation each, under fresh mutation ids.
PushRequest budgetPush(const QString &device, const QStringList &uids, qint64 &clientSeq,
                       qint64 salt)
{
    PushRequest r{device, hlcNow(), {}};
    const quint64 hlc = hlcNow();
    for (const QString &uid : uids) {
        ++clientSeq;
        const QString id = QStringLiteral("%1%2")
                               .arg(device.left(16))
                               .arg(quint64(clientSeq), 16, 16, QLatin1Char('0'));
        r.mutations << Mutation{
            id,
            clientSeq,
            QStringLiteral("deal"),
            uid,
            Op::Set,
            {{QStringLiteral("budget"), {double(1000 + (clientSeq + salt) % 100000), hlc, 0}}}};
    }
    return r;
}

void checkPushed(const Parsed<PushResponse> &answer)
{
    if (const auto *e = std::get_if<ProtocolError>(&answer))
        throw RawError(QString("push refused: " + e->code + u' ' + e->message).toStdString());
    for (const Receipt &r : std::get<PushResponse>(answer).results)
        if (r.outcome == Outcome::Rejected)
            throw RawError(QString("mutation rejected: " + r.reason).toStdString());
}

// Every visible deal through GET /v1/sync/bootstrap, page by page, read by the strict reader.
qint64 bootstrapDeals(HttpTransport &t)
{
    qint64 n = 0, snapshot = 0;
    QString after;
    while (true) {
        Parsed<BootstrapPage> page = t.bootstrap(QStringLiteral("deal"), after, snapshot);
        if (const auto *e = std::get_if<ProtocolError>(&page))
            throw RawError(QString("bootstrap refused: " + e->message).toStdString());
        const BootstrapPage &p = std::get<BootstrapPage>(page);
        n += p.records.size();
        snapshot = p.snapshot;
        if (p.records.isEmpty() || p.after.isEmpty())
            return n;
        after = p.after;
    }
}

// The raw side: the same deals (every column, references as uids) serialized to JSON.
qint64 rawDealsJson(RawDb &db)
{
    RawStmt q(db.handle(),
              "SELECT d.*, lower(hex(d.uid)), lower(hex(p.uid)), lower(hex(s.uid)), "
              "lower(hex(u.uid)) FROM deals d JOIN pipelines p ON p.id = d.pipeline_id "
              "JOIN stages s ON s.id = d.stage_id LEFT JOIN users u ON u.id = "
              "d.responsible_id WHERE d.deleted = 0 ORDER BY d.uid");
    const int columns = q.columnCount();
    QJsonArray page;
    qint64 n = 0;
    QByteArray out;
    while (q.step()) {
        QJsonObject o;
        for (int c = 0; c < columns; ++c) {
            const QString name = QString::fromUtf8(sqlite3_column_name(q.get(), c));
            switch (q.type(c)) {
            case SQLITE_INTEGER:
                o.insert(name, q.int64(c));
                break;
            case SQLITE_FLOAT:
                o.insert(name, q.real(c));
                break;
            case SQLITE_TEXT:
                o.insert(name, QString::fromUtf8(q.text(c).data(), qsizetype(q.text(c).size())));
                break;
            default:
                break;
            }
        }
        page.append(o);
        ++n;
        if (page.size() == 200) { // the server's page size
            out = QJsonDocument(page).toJson(QJsonDocument::Compact);
            page = {};
        }
    }
    q.reset();
    out = QJsonDocument(page).toJson(QJsonDocument::Compact);
    return n;
}

// The raw side of a pull: the log rows after `since` with their fields, as JSON.
qint64 rawLogJson(RawDb &db, qint64 since, int limit)
{
    RawStmt q(db.handle(),
              "SELECT seq, entity_type, entity_uid, fields FROM server_log WHERE seq > "
              "?1 ORDER BY seq LIMIT ?2");
    q.bind(1, sqlite3_int64(since)).bind(2, sqlite3_int64(limit));
    QJsonArray changes;
    while (q.step())
        changes.append(QJsonObject{
            {QStringLiteral("seq"), q.int64(0)},
            {QStringLiteral("type"),
             QString::fromUtf8(q.text(1).data(), qsizetype(q.text(1).size()))},
            {QStringLiteral("uid"),
             QString::fromUtf8(q.text(2).data(), qsizetype(q.text(2).size()))},
            {QStringLiteral("fields"),
             QJsonDocument::fromJson(QByteArray(q.text(3).data(), qsizetype(q.text(3).size())))
                 .object()}});
    q.reset();
    const QByteArray out = QJsonDocument(changes).toJson(QJsonDocument::Compact);
    return changes.size() + (out.isEmpty() ? 1 : 0);
}

RowResult absolute(const QString &name, std::vector<double> samples, const QString &note)
{
    RowResult r;
    r.name = name;
    r.voronka = std::move(samples);
    r.note = note;
    return r;
}

// One simulated client of the load row: its own sign-in, connection and cursor; a fixed
// number of operations, pull and push alternately (push: 1 to 5 of its user's deals).
struct LoadClient
{
    QString device;
    QString access;
    QStringList deals;
    qint64 since = 0, clientSeq = 0;
    int left = 0, step = 0;
    QNetworkAccessManager network;
    QElapsedTimer timer;
};

struct LoadResult
{
    std::vector<double> pulls, pushes;
    int errors = 0;
    double seconds = 0;
    QStringList firstErrors;
};

LoadResult runLoad(const Server &server, std::vector<std::unique_ptr<LoadClient>> &clients,
                   quint64 seed)
{
    LoadResult out;
    QEventLoop loop;
    int running = int(clients.size());
    QRandomGenerator random{quint32(seed)};
    std::function<void(LoadClient &)> next = [&](LoadClient &c) {
        if (c.left-- <= 0) {
            if (--running == 0)
                loop.quit();
            return;
        }
        const bool push = c.step++ % 2 == 1;
        QUrl url = server.url();
        QNetworkRequest request;
        QByteArray body;
        if (push) {
            url.setPath(QStringLiteral("/v1/sync/push"));
            QStringList uids;
            const int n = 1 + int(random.bounded(5));
            for (int i = 0; i < n && !c.deals.isEmpty(); ++i)
                uids << c.deals.at(int(random.bounded(quint32(c.deals.size()))));
            uids.removeDuplicates();
            body = toJson(budgetPush(c.device, uids, c.clientSeq, qint64(random.bounded(1000))));
        } else {
            url.setPath(QStringLiteral("/v1/sync/pull"));
            url.setQuery(QStringLiteral("since=%1&limit=500").arg(c.since));
        }
        request.setUrl(url);
        request.setRawHeader("X-Protocol", "1");
        request.setRawHeader("Authorization", "Bearer " + c.access.toLatin1());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        c.timer.start();
        QNetworkReply *reply = push ? c.network.post(request, body) : c.network.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, push, cp = &c] {
            const double ms = double(cp->timer.nsecsElapsed()) / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray answer = reply->readAll();
            reply->deleteLater();
            bool ok = status == 200;
            if (ok && push) {
                Parsed<PushResponse> r = parsePushResponse(answer);
                ok = std::holds_alternative<PushResponse>(r);
                if (ok)
                    for (const Receipt &x : std::get<PushResponse>(r).results)
                        ok = ok && x.outcome != Outcome::Rejected;
            } else if (ok) {
                Parsed<PullPage> r = parsePullPage(answer, Limits());
                ok = std::holds_alternative<PullPage>(r);
                if (ok)
                    cp->since = std::get<PullPage>(r).next;
            }
            (push ? out.pushes : out.pulls).push_back(ms);
            if (!ok) {
                ++out.errors;
                if (out.firstErrors.size() < 3)
                    out.firstErrors << QStringLiteral("%1 %2").arg(status).arg(
                        QString::fromUtf8(answer.left(200)));
            }
            next(*cp);
        });
    };
    QElapsedTimer total;
    total.start();
    for (auto &c : clients)
        next(*c);
    if (running > 0)
        loop.exec();
    out.seconds = double(total.elapsed()) / 1000;
    return out;
}

} // namespace

QList<RowResult> benchSync(const Options &options, const std::function<bool(const QString &)> &want)
{
    QTextStream err(stderr);
    QList<RowResult> rows;
    Server server;
    err << "sync: making the server's store from " << options.db << "... " << Qt::flush;
    // On PostgreSQL the raw sides read the --db file the store was made from (the same deals
    // and users); the log is on PostgreSQL only, so the pull row is absolute there.
    const bool onPg = !options.serverPg.isEmpty();
    const QString on = onPg ? QStringLiteral(" on PostgreSQL") : QString();
    if (const QString problem = server.start(serverProgram(options), options.db, options.serverPg);
        !problem.isEmpty()) {
        RowResult r;
        r.name = QStringLiteral("sync");
        r.error = problem;
        err << problem << '\n';
        return {r};
    }
    err << QString::number(server.initSeconds, 'f', 1) << " s\n" << Qt::flush;
    RawDb raw(onPg ? options.db : server.store, SQLITE_OPEN_READONLY);
    const int pairs = std::max(1, std::min(options.rounds, 20));
    const QString admin = QStringLiteral("admin@example.com");

    try {
        const QString bootstrapName = QStringLiteral("sync bootstrap (all deals)") + on;
        if (want(bootstrapName)) {
            std::unique_ptr<HttpTransport> a = signIn(server, admin, 1);
            RowResult r = measure(
                bootstrapName, Plan{std::min(pairs, 3), 60, 1},
                [&](int, Timer &) { return bootstrapDeals(*a); },
                [&](int, Timer &) { return rawDealsJson(raw); });
            // Process output arrives when asked for: what the server logged so far.
            server.process.waitForReadyRead(1000);
            const double serverSeconds =
                server.loggedSeconds(QStringLiteral("GET /v1/sync/bootstrap 200"));
            r.note = QStringLiteral("budget < 30 s; GET /v1/sync/bootstrap pages of 200 with "
                                    "field clocks, read by the client's strict reader, vs one "
                                    "SELECT of the deals serialized to JSON; the server's own "
                                    "time for the %1 bootstraps: %2 s in all; store made by "
                                    "voronka-server init --from in %3 s")
                         .arg(r.voronka.size() + 1)
                         .arg(serverSeconds, 0, 'f', 1)
                         .arg(server.initSeconds, 0, 'f', 1);
            rows << r;
        }

        std::unique_ptr<HttpTransport> a = signIn(server, admin, 2);
        const QStringList uids = dealUids(raw, QString(), 5000);
        if (uids.size() < 500)
            throw RawError("the data set has fewer than 500 deals.");
        qint64 seqA = 0;
        const QString pushName = QStringLiteral("sync push (500 mutations)") + on;
        const QString pullName = QStringLiteral("sync pull (500 changes)") + on;
        qint64 before500 = 0;
        if (want(pushName) || want(pullName)) {
            std::vector<double> samples;
            err << pushName << ": " << Qt::flush;
            for (int i = 0; i <= pairs; ++i) {
                const QStringList batch = uids.mid((i * 500) % (uids.size() - 499), 500);
                const PushRequest p = budgetPush(deviceId(2), batch, seqA, i);
                QElapsedTimer t;
                t.start();
                const Parsed<PushResponse> answer = a->push(p);
                const double ms = double(t.nsecsElapsed()) / 1e6;
                checkPushed(answer);
                before500 = std::get<PushResponse>(answer).maxSeq - 500;
                if (i > 0) // the first one warms up
                    samples.push_back(ms);
            }
            err << samples.size() << " pushes\n" << Qt::flush;
            if (want(pushName))
                rows << absolute(pushName, samples,
                                 QStringLiteral("one POST /v1/sync/push of 500 budget sets (one "
                                                "transaction, a savepoint, receipt and log row "
                                                "each) over loopback; no raw side"));
        }
        if (want(pullName) && before500 >= 0) {
            std::unique_ptr<HttpTransport> b = signIn(server, admin, 3);
            const auto pull = [&] {
                Parsed<PullPage> page = b->pull(before500, 500);
                if (const auto *e = std::get_if<ProtocolError>(&page))
                    throw RawError(QString("pull refused: " + e->message).toStdString());
                return qint64(std::get<PullPage>(page).changes.size());
            };
            const QString what = QStringLiteral("GET /v1/sync/pull of 500 changes (visibility "
                                                "judged per row, values and clocks)");
            if (onPg) {
                std::vector<double> samples;
                for (int i = 0; i <= pairs; ++i) {
                    QElapsedTimer t;
                    t.start();
                    if (pull() != 500)
                        throw RawError("the pull did not bring the 500 changes.");
                    if (i > 0) // the first one warms up
                        samples.push_back(double(t.nsecsElapsed()) / 1e6);
                }
                rows << absolute(pullName, samples,
                                 what + QStringLiteral("; no raw side (the log is on "
                                                       "PostgreSQL)"));
            } else {
                RowResult r = measure(
                    pullName, Plan{pairs, 30, 3}, [&](int, Timer &) { return pull(); },
                    [&](int, Timer &) { return rawLogJson(raw, before500, 500); });
                r.note = what + QStringLiteral(" vs SELECT of the 500 log rows serialized to "
                                               "JSON");
                rows << r;
            }
        }

        const QString pollName = QStringLiteral("sync long-poll edit latency") + on;
        if (want(pollName)) {
            std::unique_ptr<HttpTransport> waiter = signIn(server, admin, 4);
            QNetworkAccessManager network;
            std::vector<double> samples;
            err << pollName << ": " << Qt::flush;
            qint64 since = 0;
            for (int i = 0; i <= pairs; ++i) {
                Parsed<PullPage> now = waiter->pull(since, 1000);
                while (std::holds_alternative<PullPage>(now) && std::get<PullPage>(now).hasMore) {
                    since = std::get<PullPage>(now).next;
                    now = waiter->pull(since, 1000);
                }
                if (const auto *e = std::get_if<ProtocolError>(&now))
                    throw RawError(QString("pull refused: " + e->message).toStdString());
                since = std::get<PullPage>(now).next;
                const qsizetype heldBefore = server.logged(QStringLiteral(" waits 25s"));
                QUrl url = server.url();
                url.setPath(QStringLiteral("/v1/sync/pull"));
                url.setQuery(QStringLiteral("since=%1&wait=25").arg(since));
                QNetworkRequest request(url);
                request.setRawHeader("X-Protocol", "1");
                request.setRawHeader("Authorization",
                                     "Bearer " + waiter->tokens().access.toLatin1());
                QNetworkReply *reply = network.get(request);
                // Pushed once the server says the pull waits.
                while (server.logged(QStringLiteral(" waits 25s")) == heldBefore) {
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                    server.process.waitForReadyRead(10);
                    if (reply->isFinished())
                        throw RawError("the long poll was answered before any change.");
                }
                QElapsedTimer t;
                t.start();
                checkPushed(a->push(budgetPush(deviceId(2), {uids.at(i)}, seqA, 7 * i)));
                if (!reply->isFinished()) {
                    QEventLoop wait;
                    QObject::connect(reply, &QNetworkReply::finished, &wait, &QEventLoop::quit);
                    QTimer::singleShot(30000, &wait, &QEventLoop::quit);
                    wait.exec();
                }
                const double ms = double(t.nsecsElapsed()) / 1e6;
                Parsed<PullPage> got = parsePullPage(reply->readAll(), Limits());
                reply->deleteLater();
                if (!std::holds_alternative<PullPage>(got) ||
                    std::get<PullPage>(got).changes.isEmpty())
                    throw RawError("the long poll did not bring the change.");
                if (i > 0)
                    samples.push_back(ms);
            }
            err << samples.size() << " edits\n" << Qt::flush;
            rows << absolute(pollName, samples,
                             QStringLiteral("budget < 2 s; from the start of one client's push "
                                            "of an edit to the end of another client's held "
                                            "GET /v1/sync/pull?wait=25 carrying it; no raw side"));
        }

        const int clientCount = 30, operations = 40;
        const QString loadPull =
            QStringLiteral("sync load pull (%1 clients)").arg(clientCount) + on;
        const QString loadPush =
            QStringLiteral("sync load push (%1 clients)").arg(clientCount) + on;
        if (want(loadPull) || want(loadPush)) {
            err << "sync load: " << clientCount << " clients × " << operations << " operations... "
                << Qt::flush;
            QStringList emails;
            {
                RawStmt q(raw.handle(),
                          "SELECT email FROM users WHERE active = 1 AND deleted = 0 AND "
                          "password_hash IS NOT NULL ORDER BY id");
                while (q.step())
                    emails << QString::fromUtf8(q.text(0).data(), qsizetype(q.text(0).size()));
                q.reset();
            }
            qint64 serverSeq = 0;
            if (onPg) {
                Core::Connection pg(options.serverPg, Core::Connection::Mode::ReadWrite);
                serverSeq = pg.scalar("SELECT seq FROM server_state WHERE id = 1");
            } else {
                RawStmt seq(raw.handle(), "SELECT seq FROM server_state WHERE id = 1");
                if (seq.step())
                    serverSeq = seq.int64(0);
                seq.reset();
            }
            std::vector<std::unique_ptr<LoadClient>> clients;
            for (int i = 0; i < clientCount; ++i) {
                const QString email = emails.at(i % emails.size());
                std::unique_ptr<HttpTransport> t = signIn(server, email, 100 + i);
                auto c = std::make_unique<LoadClient>();
                c->device = deviceId(100 + i);
                c->access = t->tokens().access;
                c->deals = dealUids(raw, email, 200);
                c->since = std::max<qint64>(0, serverSeq - 100);
                c->left = operations;
                clients.push_back(std::move(c));
            }
            const LoadResult load = runLoad(server, clients, options.seed);
            err << load.errors << " errors, " << QString::number(load.seconds, 'f', 1) << " s\n";
            const QString note =
                QStringLiteral("%1 clients (own sign-in, token and connection; users in turn) × "
                               "%2 operations, pull (since the client's cursor, limit 500) and "
                               "push (1-5 budget sets on the user's own deals) alternately, all "
                               "at once: %3 requests in %4 s (%5 per s), %6 errors%7")
                    .arg(clientCount)
                    .arg(operations)
                    .arg(load.pulls.size() + load.pushes.size())
                    .arg(load.seconds, 0, 'f', 1)
                    .arg(double(load.pulls.size() + load.pushes.size()) / load.seconds, 0, 'f', 0)
                    .arg(load.errors)
                    .arg(load.firstErrors.isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(
                                   load.firstErrors.join(QStringLiteral("; "))));
            for (const auto &[name, samples] :
                 {std::pair{loadPull, load.pulls}, std::pair{loadPush, load.pushes}}) {
                if (!want(name))
                    continue;
                RowResult r = absolute(name, samples, note);
                r.extra.insert(QStringLiteral("errors"), load.errors);
                if (load.errors > 0)
                    r.error = QStringLiteral("%1 requests failed").arg(load.errors);
                rows << r;
            }
        }
    } catch (const std::exception &e) {
        RowResult r;
        r.name = QStringLiteral("sync");
        r.error = QString::fromUtf8(e.what());
        err << "sync: FAILED: " << r.error << '\n';
        rows << r;
    }
    return rows;
}

} // namespace Voronka::Bench
