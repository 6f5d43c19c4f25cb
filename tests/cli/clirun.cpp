// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"

#include "support/catch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace Voronka::Test {

CliRun runProgram(const QString &program, const QStringList &args, const CliEnv &e)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("VORONKA_PASSWORD"));
    env.remove(QStringLiteral("VORONKA_NEW_PASSWORD"));
    if (!e.password.isNull())
        env.insert(QStringLiteral("VORONKA_PASSWORD"), e.password);
    if (!e.newPassword.isNull())
        env.insert(QStringLiteral("VORONKA_NEW_PASSWORD"), e.newPassword);
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.write(e.input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    CliRun r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : 128 + p.exitCode();
    r.bytes = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.bytes);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString tinyDemo(int seed)
{
    static QTemporaryDir dir;
    static QHash<int, QString> made;
    auto it = made.constFind(seed);
    if (it != made.cend())
        return *it;
    const QString path = dir.filePath(QStringLiteral("demo-%1.voronka").arg(seed));
    const CliRun r =
        runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--size"),
                QStringLiteral("tiny"), QStringLiteral("--seed"), QString::number(seed),
                QStringLiteral("--now"), QStringLiteral("2026-03-02")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    made.insert(seed, path);
    return path;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant fileValue(const QString &path, const QString &sql)
{
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &st, nullptr) == SQLITE_OK);
    QVariant v;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_type(st, 0) != SQLITE_NULL)
        v = sqlite3_column_type(st, 0) == SQLITE_INTEGER
                ? QVariant(qint64(sqlite3_column_int64(st, 0)))
                : QVariant(QString::fromUtf8(
                      reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
    sqlite3_finalize(st);
    sqlite3_close(h);
    return v;
}

CliRun runCli(const QStringList &args, const CliEnv &env)
{
    return runProgram(QStringLiteral(VORONKA_CLI_PATH), args, env);
}

} // namespace Voronka::Test
