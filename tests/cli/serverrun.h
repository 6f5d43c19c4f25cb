// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/sync/protocol.h"

namespace Voronka::Test {

// A voronka-server of this build serving a store on a free loopback port (--listen
// 127.0.0.1:0; the port is read from its "serving" line). Stopped with SIGTERM.
class ServerRun
{
public:
    // A store made by `voronka-server init --from` a copy of the tiny demo (seed 3): users
    // admin@example.com, head@..., manager1..4@example.com, password "demo".
    ServerRun();
    // The same on PostgreSQL: `init --pg uri --from` the tiny demo, served with --pg uri (the
    // store's schema is the caller's, e.g. a PgScratch's).
    struct OnPostgres
    {
        QString uri;
    };
    explicit ServerRun(const OnPostgres &pg);
    ~ServerRun();
    // port 0: a free one; another: that one again (a restart clients find where they left it).
    void start(quint16 port = 0);
    int stop();  // SIGTERM; the exit code
    void kill(); // SIGKILL, as a crash or a power cut would stop it
    // Waits until the log has `times` lines containing `text` (false after `timeoutMs`).
    bool waitForLog(const QString &text, int timeoutMs = 20000, int times = 1);
    QString url() const;
    quint16 port() const { return m_port; }
    QString store() const { return m_store; }             // a file, or the --pg URI
    QStringList storeArgs() const { return m_storeArgs; } // --store FILE or --pg URI
    QString log();                                        // what it printed so far
    QString dirPath(const QString &name) const { return m_dir.filePath(name); }

private:
    void init();

    QTemporaryDir m_dir;
    QString m_store;
    QStringList m_storeArgs;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

struct HttpReply
{
    int status = 0; // 0: the connection closed without an answer
    QByteArray body;
    QJsonObject json() const;
};

// One request of raw bytes on a new connection; the answer read up to its Content-Length.
HttpReply rawHttp(quint16 port, const QByteArray &request);
// A well-framed request with X-Protocol: 1 and a JSON content type unless `headers` says
// otherwise ("-X-Protocol" drops it).
HttpReply http(quint16 port, const QByteArray &method, const QByteArray &target,
               const QByteArray &body = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});

QString serverPath();

// A value of the store as lower-case text (uids are compared that way on the wire).
QString uidOf(const QString &store, const QString &sql);
QString userUid(const QString &store, const char *email);
// A deal created over the wire, responsible `responsible` (a user's uid), in the store's first
// pipeline and stage.
Core::Sync::Mutation createDeal(const QString &store, const QString &uid, const QString &name,
                                const QString &responsible, qint64 clientSeq,
                                const QString &mutationId);

} // namespace Voronka::Test
