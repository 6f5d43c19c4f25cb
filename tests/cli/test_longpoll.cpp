// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "serverrun.h"
#include "support/catch.h"

#include "core/sync/httptransport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <memory>

using namespace Voronka::Core::Sync;
using namespace Voronka::Test;

// GET /v1/sync/pull?wait=N against a real voronka-server: a pull with nothing new waits on the
// server until a push commits a change it may see, without holding up anyone else.
namespace {

const QString kDeviceA = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kDeviceB = QStringLiteral("1123456789abcdef0123456789abcdef");
const QString kDealUid = QStringLiteral("018f000000000000000000000000b001");
const QString kHeld = QStringLiteral("GET /v1/sync/pull waits 25s");

QUrl baseOf(const ServerRun &server)
{
    return QUrl(server.url());
}

// A pull with wait=25 by another device, in a thread of its own (the transport's calls block),
// from the cursor its sign-in gave.
struct WaitingPull
{
    HttpTransport::Tokens tokens;
    qint64 since = 0;
    Parsed<PullPage> answer = ProtocolError{};
    qint64 tookMs = 0;
    std::unique_ptr<QThread> thread;

    WaitingPull(const ServerRun &server, const QString &email)
    {
        HttpTransport b(baseOf(server), kDeviceB, QStringLiteral("B"), 10000);
        Parsed<SignedIn> in = b.login(email, QStringLiteral("demo"));
        REQUIRE(std::holds_alternative<SignedIn>(in));
        tokens = b.tokens();
        since = std::get<SignedIn>(in).maxSeq;
        const QUrl base = baseOf(server);
        thread.reset(QThread::create([this, base] {
            HttpTransport t(base, kDeviceB, QStringLiteral("B"), 10000);
            t.setTokens(tokens);
            QElapsedTimer timer;
            timer.start();
            answer = t.pull(PullRequest{since, 500, {}, {}, 25});
            tookMs = timer.elapsed();
        }));
        thread->start();
    }
    ~WaitingPull()
    {
        if (thread->isRunning())
            thread->wait(60000);
    }
    const PullPage &page()
    {
        if (const auto *e = std::get_if<ProtocolError>(&answer))
            FAIL(e->status << ' ' << e->code.toStdString() << ": " << e->message.toStdString());
        return std::get<PullPage>(answer);
    }
};

std::unique_ptr<HttpTransport> signedIn(const ServerRun &server, const QString &email,
                                        const QString &device)
{
    auto t = std::make_unique<HttpTransport>(baseOf(server), device, QStringLiteral("A"), 10000);
    REQUIRE(std::holds_alternative<SignedIn>(t->login(email, QStringLiteral("demo"))));
    return t;
}

QByteArray pullRequest(const QString &access, qint64 since, int wait)
{
    return "GET /v1/sync/pull?since=" + QByteArray::number(since) + "&wait=" +
           QByteArray::number(wait) +
           " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Protocol: 1\r\nAuthorization: Bearer " +
           access.toLatin1() + "\r\n\r\n";
}

// The answers on one connection, in order, each read up to its Content-Length.
QList<HttpReply> readAnswers(QTcpSocket &s, int count)
{
    QList<HttpReply> out;
    QByteArray got;
    static const QRegularExpression length(QStringLiteral("(?i)\\r\\ncontent-length: *(\\d+)"));
    while (out.size() < count) {
        const qsizetype headEnd = got.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QRegularExpressionMatch m = length.match(QString::fromLatin1(got.left(headEnd)));
            const qsizetype want = m.hasMatch() ? m.captured(1).toLongLong() : 0;
            if (got.size() - headEnd - 4 >= want) {
                out << HttpReply{got.mid(9, 3).toInt(), got.mid(headEnd + 4, want)};
                got.remove(0, headEnd + 4 + want);
                continue;
            }
        }
        if (!s.waitForReadyRead(20000))
            break;
        got += s.readAll();
    }
    return out;
}

} // namespace

TEST_CASE("longPoll_heldPull_answersWithAColleaguesPushAndBlocksNoOneMeanwhile", "[longpoll]")
{
    ServerRun server;
    WaitingPull b(server, QStringLiteral("manager1@example.com"));
    REQUIRE(server.waitForLog(kHeld));

    // While B's pull waits, other clients are served: a status, a sign-in, a pull without wait.
    CHECK(http(server.port(), "GET", "/v1/sync/status").status == 200);
    const std::unique_ptr<HttpTransport> a = signedIn(server, QStringLiteral("admin@example.com"), kDeviceA);
    CHECK(std::holds_alternative<PullPage>(a->pull(0, 10)));
    CHECK(b.thread->isRunning());

    // A's new deal for manager1 answers B's pull with it, long before its 25 s are over.
    const Mutation create =
        createDeal(server.store(), kDealUid, QStringLiteral("Windows for the school"),
                   userUid(server.store(), "manager1@example.com"), 1,
                   QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab1"));
    Parsed<PushResponse> pushed = a->push(PushRequest{kDeviceA, quint64(1) << 16, {create}});
    REQUIRE(std::holds_alternative<PushResponse>(pushed));
    REQUIRE(std::get<PushResponse>(pushed).results.first().outcome == Outcome::Applied);
    REQUIRE(b.thread->wait(20000));
    const PullPage &page = b.page();
    REQUIRE(page.changes.size() == 1);
    CHECK(page.changes.first().uid == kDealUid);
    CHECK(page.next == std::get<PushResponse>(pushed).maxSeq);
    CHECK(b.tookMs < 10000);
    CHECK(server.log().contains(QStringLiteral("GET /v1/sync/pull 200")));
}

TEST_CASE("longPoll_pushOthersMayNotSee_keepsThePullWaitingUntilItsEnd", "[longpoll]")
{
    ServerRun server;
    const std::unique_ptr<HttpTransport> a = signedIn(server, QStringLiteral("admin@example.com"), kDeviceA);
    HttpTransport b(baseOf(server), kDeviceB, QStringLiteral("B"), 10000);
    Parsed<SignedIn> in = b.login(QStringLiteral("manager3@example.com"), QStringLiteral("demo"));
    REQUIRE(std::holds_alternative<SignedIn>(in));
    const qint64 since = std::get<SignedIn>(in).maxSeq;

    // Manager3 (another department) waits 1 s; a deal for manager1 meanwhile is not theirs.
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(s.waitForConnected(5000));
    s.write(pullRequest(b.tokens().access, since, 1));
    s.flush();
    REQUIRE(server.waitForLog(QStringLiteral("GET /v1/sync/pull waits 1s")));
    const Mutation create = createDeal(server.store(), kDealUid, QStringLiteral("Not theirs"),
                                       userUid(server.store(), "manager1@example.com"), 1,
                                       QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab2"));
    REQUIRE(std::holds_alternative<PushResponse>(
        a->push(PushRequest{kDeviceA, quint64(1) << 16, {create}})));
    // The wait ends empty; the cursor passes the row they may not see.
    const QList<HttpReply> answers = readAnswers(s, 1);
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().status == 200);
    CHECK(answers.first().json().value(QStringLiteral("changes")).toArray().isEmpty());
    CHECK(answers.first().json().value(QStringLiteral("next")).toInteger() == since + 1);

    // Nothing at all: the same cursor back.
    Parsed<PullPage> quiet = b.pull(PullRequest{since + 1, 500, {}, {}, 1});
    REQUIRE(std::holds_alternative<PullPage>(quiet));
    CHECK(std::get<PullPage>(quiet).changes.isEmpty());
    CHECK(std::get<PullPage>(quiet).next == since + 1);
}

TEST_CASE("longPoll_connectionClosedOrReused_whileHeld_keepsTheServerServing", "[longpoll]")
{
    ServerRun server;
    const std::unique_ptr<HttpTransport> a = signedIn(server, QStringLiteral("admin@example.com"), kDeviceA);
    const QString access = a->tokens().access;

    // A client that gives up while its pull waits: the push after it wakes no one, and works.
    {
        QTcpSocket gone;
        gone.connectToHost(QStringLiteral("127.0.0.1"), server.port());
        REQUIRE(gone.waitForConnected(5000));
        gone.write(pullRequest(access, 0, 25));
        gone.flush();
        REQUIRE(server.waitForLog(kHeld));
        gone.abort();
    }
    // A second request on a connection whose pull waits: the pull is answered first.
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    REQUIRE(s.waitForConnected(5000));
    s.write(pullRequest(access, 0, 25));
    s.flush();
    REQUIRE(server.waitForLog(kHeld, 20000, 2));
    s.write("GET /v1/sync/status HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    s.flush();
    const QList<HttpReply> answers = readAnswers(s, 2);
    REQUIRE(answers.size() == 2);
    CHECK(answers[0].status == 200);
    CHECK(answers[0].json().contains(QStringLiteral("changes")));
    CHECK(answers[1].status == 200);
    CHECK(answers[1].json().contains(QStringLiteral("protocol_versions")));

    const Mutation create = createDeal(server.store(), kDealUid, QStringLiteral("After"),
                                       userUid(server.store(), "admin@example.com"), 1,
                                       QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab3"));
    REQUIRE(std::holds_alternative<PushResponse>(
        a->push(PushRequest{kDeviceA, quint64(1) << 16, {create}})));
    CHECK(http(server.port(), "GET", "/v1/sync/status").status == 200);
    REQUIRE(server.stop() == 0);
}

TEST_CASE("longPoll_serverStopped_answersTheHeldPullAndStopsCleanly", "[longpoll]")
{
    ServerRun server;
    WaitingPull b(server, QStringLiteral("manager1@example.com"));
    REQUIRE(server.waitForLog(kHeld));
    REQUIRE(server.stop() == 0);
    CHECK(server.log().contains(QStringLiteral("voronka-server stopped")));
    // The waiting client got its empty page, not a cut connection.
    REQUIRE(b.thread->wait(20000));
    const PullPage &page = b.page();
    CHECK(page.changes.isEmpty());
    CHECK(page.next == b.since);
    CHECK(b.tookMs < 10000);
}
