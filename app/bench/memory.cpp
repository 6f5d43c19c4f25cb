// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "memory.h"

#include "context.h"
#include "prefixes.h"
#include "rawsearch.h"
#include "readbench.h"

#include "core/search/search.h"
#include "core/services/auth.h"
#include "core/services/recordlist.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace Voronka::Bench {

using namespace Core;

qint64 residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    // readAll, not atEnd/readLine: /proc files report size 0, so atEnd() is true at once.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    return 0;
}

namespace {
int probeVoronka(const Options &o, const QStringList &prefixes)
{
    Result<std::unique_ptr<Database>> db = Database::open(o.db);
    if (!db)
        return DataError;
    Result<UserInfo> user = Auth::findUser(**db, o.user);
    if (!user)
        return DataError;
    SystemClock clock;
    Session session(**db, clock, *user);
    if (!RecordList(session, EntityKind::Contact).fetch(ListQuery{}))
        return DataError;
    for (const QString &p : prefixes)
        if (!Search(session).find(p, 20))
            return DataError;
    QTextStream(stdout) << residentKb() << "\n";
    return Success;
}

int probeRaw(const Options &o, const QStringList &prefixes)
{
    RawDb db(o.db);
    db.exec(kLocalPragmas);
    const RawAccess access = rawAccessFor(db, o.user);
    RawStmt page(db.handle(), rawContactsPageSql(access));
    page.bind(4, sqlite3_int64(200));
    while (page.step())
        touchRow(page);
    page.reset();
    RawSearch search(db.handle(), access);
    for (const QString &p : prefixes)
        search.find(RawSearch::queryFor(p), 20);
    QTextStream(stdout) << residentKb() << "\n";
    return Success;
}

double runProbe(const Options &o, const QString &side, const QString &prefixFile, QString &error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--memory-probe"), side, QStringLiteral("--db"), o.db,
             QStringLiteral("--user"), o.user, QStringLiteral("--prefixes"), prefixFile});
    if (!p.waitForFinished(300000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        error = QStringLiteral("the %1 probe failed: %2")
                    .arg(side, QString::fromUtf8(p.readAllStandardError()).trimmed());
        return 0;
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed().toDouble() / 1024.0;
}
} // namespace

RowResult benchMemory(const Options &options, const QStringList &prefixes)
{
    QTextStream err(stderr);
    err << "memory (MB): " << Qt::flush;
    RowResult row;
    row.name = QStringLiteral("memory (MB)");
    row.unit = QStringLiteral("MB");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("prefixes.txt"));
    if (!writePrefixes(file, prefixes)) {
        row.error = QStringLiteral("cannot write %1").arg(file);
        return row;
    }
    const double v = runProbe(options, QStringLiteral("voronka"), file, row.error);
    const double r =
        row.error.isEmpty() ? runProbe(options, QStringLiteral("raw"), file, row.error) : 0;
    if (row.error.isEmpty()) {
        row.voronka = {v};
        row.raw = {r};
        row.note = QStringLiteral("VmRSS of a fresh process after open + first contacts page + "
                                  "%1 searches; columns hold MB")
                       .arg(prefixes.size());
    }
    err << (row.error.isEmpty()
                ? QStringLiteral("%1 MB vs %2 MB").arg(v, 0, 'f', 1).arg(r, 0, 'f', 1)
                : row.error)
        << "\n";
    return row;
}

int memoryProbe(const Options &options)
{
    const QStringList prefixes = readPrefixes(options.prefixFile);
    try {
        return options.probeSide == u"raw" ? probeRaw(options, prefixes)
                                           : probeVoronka(options, prefixes);
    } catch (const RawError &e) {
        QTextStream(stderr) << e.what() << "\n";
        return DataError;
    }
}

} // namespace Voronka::Bench
