// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "serverrun.h"

#include "clirun.h"
#include "support/catch.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTcpSocket>

namespace Voronka::Test {

QString serverPath()
{
    return QStringLiteral(VORONKA_SERVER_PATH);
}

ServerRun::ServerRun()
{
    m_store = m_dir.filePath(QStringLiteral("store.voronka"));
    m_storeArgs = QStringList{QStringLiteral("--store"), m_store};
    init();
}

ServerRun::ServerRun(const OnPostgres &pg)
{
    m_store = pg.uri;
    m_storeArgs = QStringList{QStringLiteral("--pg"), m_store};
    init();
}

void ServerRun::init()
{
    const CliRun init =
        runProgram(serverPath(), QStringList{QStringLiteral("init")} + m_storeArgs +
                                     QStringList{QStringLiteral("--admin-email"),
                                                 QStringLiteral("admin@example.com"),
                                                 QStringLiteral("--from"), tinyDemo(3)});
    INFO(init.err.toStdString());
    REQUIRE(init.code == 0);
    start();
}

ServerRun::~ServerRun()
{
    if (m_process.state() != QProcess::NotRunning)
        stop();
}

void ServerRun::start(quint16 port)
{
    m_output.clear();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(serverPath(), QStringList{QStringLiteral("serve")} + m_storeArgs +
                                      QStringList{QStringLiteral("--listen"),
                                                  QStringLiteral("127.0.0.1:%1").arg(port)});
    REQUIRE(m_process.waitForStarted(10000));
    static const QRegularExpression serving(QStringLiteral(" on 127\\.0\\.0\\.1:(\\d+) "));
    while (true) {
        const QRegularExpressionMatch m = serving.match(QString::fromUtf8(m_output));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            return;
        }
        INFO(m_output.toStdString());
        REQUIRE(m_process.waitForReadyRead(10000));
        m_output += m_process.readAll();
    }
}

int ServerRun::stop()
{
    m_process.terminate();
    REQUIRE(m_process.waitForFinished(10000));
    m_output += m_process.readAll();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : 128;
}

void ServerRun::kill()
{
    m_process.kill();
    REQUIRE(m_process.waitForFinished(10000));
    m_output += m_process.readAll();
}

bool ServerRun::waitForLog(const QString &text, int timeoutMs, int times)
{
    QElapsedTimer timer;
    timer.start();
    while (log().count(text) < times) {
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0 || m_process.state() == QProcess::NotRunning)
            return false;
        m_process.waitForReadyRead(int(left));
    }
    return true;
}

QString ServerRun::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString ServerRun::log()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

HttpReply rawHttp(quint16 port, const QByteArray &request)
{
    QTcpSocket s;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    REQUIRE(s.waitForConnected(5000));
    s.write(request);
    s.flush();
    QByteArray got;
    HttpReply r;
    while (true) {
        const qsizetype headEnd = got.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            const QByteArray head = got.left(headEnd);
            static const QRegularExpression length(
                QStringLiteral("(?i)\\r\\ncontent-length: *(\\d+)"));
            const QRegularExpressionMatch m = length.match(QString::fromLatin1(head));
            const qsizetype want = m.hasMatch() ? m.captured(1).toLongLong() : 0;
            if (got.size() - headEnd - 4 >= want) {
                r.status = head.mid(9, 3).toInt();
                r.body = got.mid(headEnd + 4, want);
                return r;
            }
        }
        if (s.state() != QAbstractSocket::ConnectedState && s.bytesAvailable() == 0)
            return r; // closed without a (whole) answer
        if (!s.waitForReadyRead(10000) && s.bytesAvailable() == 0 &&
            s.state() == QAbstractSocket::ConnectedState)
            return r; // no answer in time
        got += s.readAll();
    }
}

HttpReply http(quint16 port, const QByteArray &method, const QByteArray &target,
               const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> all{{"Host", "127.0.0.1"},
                                             {"X-Protocol", "1"},
                                             {"Content-Type", "application/json"},
                                             {"Connection", "close"}};
    for (const auto &h : headers) {
        const bool drop = h.first.startsWith('-');
        const QByteArray name = drop ? h.first.mid(1) : h.first;
        all.removeIf(
            [&](const auto &x) { return x.first.compare(name, Qt::CaseInsensitive) == 0; });
        if (!drop)
            all << QPair{name, h.second};
    }
    QByteArray request = method + ' ' + target + " HTTP/1.1\r\n";
    for (const auto &h : all)
        request += h.first + ": " + h.second + "\r\n";
    if (!body.isEmpty() || method == "POST")
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return rawHttp(port, request + "\r\n" + body);
}

QString uidOf(const QString &store, const QString &sql)
{
    return fileValue(store, sql).toString().toLower();
}

QString userUid(const QString &store, const char *email)
{
    return uidOf(store, QStringLiteral("SELECT hex(uid) FROM users WHERE email = '%1'")
                            .arg(QString::fromLatin1(email)));
}

Core::Sync::Mutation createDeal(const QString &store, const QString &uid, const QString &name,
                                const QString &responsible, qint64 clientSeq,
                                const QString &mutationId)
{
    using namespace Core::Sync;
    const quint64 hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
    const QString pipeline =
        uidOf(store, QStringLiteral("SELECT hex(uid) FROM pipelines ORDER BY id LIMIT 1"));
    const QString stage =
        uidOf(store, QStringLiteral(
                         "SELECT hex(uid) FROM stages WHERE pipeline_id = (SELECT id FROM "
                         "pipelines ORDER BY id LIMIT 1) AND kind = 0 ORDER BY position LIMIT 1"));
    return Mutation{mutationId,
                    clientSeq,
                    QStringLiteral("deal"),
                    uid,
                    Op::Create,
                    {{QStringLiteral("name"), {name, hlc, 0}},
                     {QStringLiteral("pipeline_id"), {pipeline, hlc, 0}},
                     {QStringLiteral("stage_id"), {stage, hlc, 0}},
                     {QStringLiteral("responsible_id"), {responsible, hlc, 0}}}};
}

} // namespace Voronka::Test
