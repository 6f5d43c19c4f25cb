// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "backupbench.h"

#include "rawdb.h"

#include "core/storage/database.h"
#include "core/storage/schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <chrono>
#include <unistd.h>

namespace Voronka::Bench {

using namespace Core;

namespace {

qint64 peakKb() // VmHWM: the most this process has held resident
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    return 0;
}

// What Database::backupTo does, step by step on the C API.
void rawBackup(const QString &db, const QString &out)
{
    const QString part = out + QStringLiteral(".part");
    {
        RawDb source(db, SQLITE_OPEN_READONLY);
        RawStmt vacuum(source.handle(), "VACUUM INTO ?1");
        const std::string path = part.toStdString();
        vacuum.bind(1, std::string_view(path));
        vacuum.step();
    }
    {
        QFile written(part);
        if (!written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0)
            throw RawError("cannot flush the copy");
    }
    {
        RawDb check(QStringLiteral("file:%1?immutable=1")
                        .arg(QString::fromUtf8(QUrl::toPercentEncoding(part, "/"))),
                    SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
        RawStmt quick(check.handle(), "PRAGMA quick_check(1)");
        if (!quick.step() || quick.text(0) != "ok")
            throw RawError("the copy does not pass quick_check");
        if (check.scalar("PRAGMA application_id") != Schema::kApplicationId)
            throw RawError("the copy has another application id");
    }
    if (!QFile::rename(part, out))
        throw RawError("cannot rename the copy");
}

struct Sample
{
    double ms = 0;
    double peakMb = 0;
    qint64 size = 0;
};

Sample runSide(const Options &o, const QString &side, const QString &folder, QString &error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--backup-probe"), side, folder, QStringLiteral("--db"), o.db});
    if (!p.waitForFinished(1800000) || p.exitStatus() != QProcess::NormalExit ||
        p.exitCode() != 0) {
        error = QStringLiteral("the %1 backup failed: %2")
                    .arg(side, QString::fromUtf8(p.readAllStandardError()).trimmed());
        return {};
    }
    const QStringList fields =
        QString::fromUtf8(p.readAllStandardOutput()).simplified().split(u' ');
    return {fields.value(0).toDouble(), fields.value(1).toDouble() / 1024.0,
            fields.value(2).toLongLong()};
}

} // namespace

QList<RowResult> benchBackup(const Options &options)
{
    QTextStream err(stderr);
    RowResult time;
    time.name = QStringLiteral("backup");
    RowResult memory;
    memory.name = QStringLiteral("backup peak memory (MB)");
    memory.unit = QStringLiteral("MB");
    // Beside the file: the same disk, as a backup folder beside it would be.
    QTemporaryDir dir(QFileInfo(options.db).absoluteDir().filePath(QStringLiteral("bench-XXXXXX")));
    const int pairs = qMin(options.rounds, 3);
    for (int i = 0; i < pairs && time.error.isEmpty(); ++i) {
        Sample v, r;
        for (int k = 0; k < 2 && time.error.isEmpty(); ++k) {
            const bool voronkaNow = (k == 0) == (i % 2 == 0); // A B, B A, ...
            const QString side = voronkaNow ? QStringLiteral("voronka") : QStringLiteral("raw");
            const QString folder = dir.filePath(side);
            QDir(folder).removeRecursively();
            QDir().mkpath(folder);
            (voronkaNow ? v : r) = runSide(options, side, folder, time.error);
            QDir(folder).removeRecursively();
        }
        if (!time.error.isEmpty())
            break;
        err << "backup: " << v.ms << " ms / " << v.peakMb << " MB vs " << r.ms << " ms / "
            << r.peakMb << " MB\n"
            << Qt::flush;
        time.voronka.push_back(v.ms);
        time.raw.push_back(r.ms);
        memory.voronka.push_back(v.peakMb);
        memory.raw.push_back(r.peakMb);
        if (v.size != r.size)
            ++time.mismatches;
    }
    memory.error = time.error;
    time.note = QStringLiteral("each side in a fresh process; %1 pairs; the copy and its check, "
                               "not the process start")
                    .arg(time.voronka.size());
    memory.note = QStringLiteral("VmHWM of the backup processes (open + copy + check); "
                                 "columns hold MB");
    return {time, memory};
}

int backupProbe(const Options &options)
{
    const QString out =
        QDir(options.backupOut)
            .filePath(QFileInfo(options.db).completeBaseName() + QStringLiteral("-backup.voronka"));
    double ms = 0;
    try {
        if (options.probeSide == u"raw") {
            const auto begin = std::chrono::steady_clock::now();
            rawBackup(options.db, out);
            ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin)
                     .count();
        } else {
            // Opened as the app opens it (its main connection's cache and memory map), then
            // backed up as File → Back up now does.
            Result<std::unique_ptr<Database>> db = Database::open(options.db);
            if (!db) {
                QTextStream(stderr) << db.error().message << "\n";
                return DataError;
            }
            const auto begin = std::chrono::steady_clock::now();
            if (Status st = (*db)->backupTo(out); !st) {
                QTextStream(stderr) << st.error().message << "\n";
                return DataError;
            }
            ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin)
                     .count();
        }
    } catch (const RawError &e) {
        QTextStream(stderr) << e.what() << "\n";
        return DataError;
    }
    QTextStream(stdout) << ms << " " << peakKb() << " " << QFileInfo(out).size() << "\n";
    return Success;
}

} // namespace Voronka::Bench
