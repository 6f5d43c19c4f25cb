// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "demobench.h"

#include "rawdb.h"
#include "rawdemo.h"

#include "core/storage/database.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {
void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

qint64 records(const DemoSummary &s)
{
    return s.deals + s.contacts + s.companies + s.tasks;
}
} // namespace

qint64 demoNowMs()
{
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

DemoOptions demoOptions(DemoOptions::Size size, quint64 seed)
{
    DemoOptions o;
    o.size = size;
    o.seed = seed;
    o.nowMs = demoNowMs();
    o.passwordStrength = Auth::Strength::Fast; // a throwaway file; Argon2 is not what is measured
    return o;
}

int makeDemo(const Options &options)
{
    QTextStream err(stderr);
    DemoOptions::Size size{};
    if (!parseDemoSize(options.demoSize, size)) {
        err << "voronka-bench: --size takes tiny, small, medium or reference, not '"
            << options.demoSize << "'.\nTry 'voronka-bench --help'.\n";
        return Usage;
    }
    DemoOptions o = demoOptions(size, options.seed);
    o.progress = [&err](const QString &phase, qint64 done, qint64 total) {
        err << '\r' << phase << ": " << done << " / " << total << "    " << Qt::flush;
        if (done == total)
            err << '\n';
    };
    const auto start = Timer::Clock::now();
    Result<DemoSummary> s = generateDemo(options.db, o);
    if (!s) {
        err << "voronka-bench: " << s.error().message << "\n";
        return DataError;
    }
    const double secs = std::chrono::duration<double>(Timer::Clock::now() - start).count();
    QTextStream(stdout) << "Created " << options.db << ": " << s->users << " users, "
                        << s->companies << " companies, " << s->contacts << " contacts, "
                        << s->deals << " deals, " << s->tasks << " tasks, " << s->notes
                        << " notes, " << s->stageMoves << " stage moves in "
                        << QString::number(secs, 'f', 1) << " s\n";
    return Success;
}

RowResult benchDemoRate(const Options &options)
{
    QTemporaryDir dir;
    const QString voronkaPath = dir.filePath(QStringLiteral("voronka.voronka"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.voronka"));
    const DemoOptions o = demoOptions(DemoOptions::Size::Tiny, options.seed);
    DemoSummary summary; // from Voronka's warm-up run: the raw side writes the same counts
    const Operation voronka = [&](int, Timer &t) -> qint64 {
        removeDatabase(voronkaPath);
        t.restart();
        Result<DemoSummary> s = generateDemo(voronkaPath, o);
        t.stop();
        if (!s)
            throw std::runtime_error(s.error().message.toStdString());
        summary = *s;
        return records(*s);
    };
    const Operation raw = [&](int, Timer &t) -> qint64 {
        removeDatabase(rawPath);
        t.restart();
        {
            Result<std::unique_ptr<Database>> db = Database::create(rawPath);
            if (!db)
                throw std::runtime_error(db.error().message.toStdString());
            sqlite3 *h = (*db)->sql().handle();
            rawDemoInsert(h, summary, options.seed, o.nowMs);
            // generateDemo ends the same way; the close below is inside the timing on both sides.
            if (sqlite3_exec(h, "PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE)", nullptr,
                             nullptr, nullptr) != SQLITE_OK)
                throw RawError(sqlite3_errmsg(h));
        }
        t.stop();
        return records(summary);
    };
    RowResult row = measure(QStringLiteral("demo generation rate"),
                            Plan{std::min(options.rounds, 20), 20, 3}, voronka, raw);
    const double n = double(std::max<qint64>(1, records(summary)));
    row.scale(1.0 / n);
    row.unit = QStringLiteral("ms/record");
    const double v = percentile(row.voronka, 0.5), r = percentile(row.raw, 0.5);
    const double vRate = v > 0 ? 1000.0 / v : 0, rRate = r > 0 ? 1000.0 / r : 0;
    row.note = QStringLiteral("ms per record; Voronka %1 records/s, raw %2 records/s (%3 records "
                              "per run: %4 deals, %5 contacts, %6 companies, %7 tasks; plus %8 "
                              "stage moves, %9 notes)")
                   .arg(qint64(vRate))
                   .arg(qint64(rRate))
                   .arg(qint64(n))
                   .arg(summary.deals)
                   .arg(summary.contacts)
                   .arg(summary.companies)
                   .arg(summary.tasks)
                   .arg(summary.stageMoves)
                   .arg(summary.notes);
    row.extra.insert(QStringLiteral("voronka_records_per_s"), qint64(vRate));
    row.extra.insert(QStringLiteral("raw_records_per_s"), qint64(rRate));
    row.extra.insert(QStringLiteral("records_per_run"), qint64(n));
    return row;
}

} // namespace Voronka::Bench
