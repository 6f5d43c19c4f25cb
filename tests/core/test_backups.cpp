// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/services/backups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
QDateTime localAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms);
}

QString folderOf(TempDb &t)
{
    return t.dir.filePath(QStringLiteral("Backups"));
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

constexpr qint64 kDay = 24LL * 3600 * 1000;
} // namespace

TEST_CASE("schedule_defaultsWhenNeverSet")
{
    TempDb t;
    const Backups::Schedule s = Backups::schedule(*t.db);
    CHECK(s.enabled);
    CHECK(s.intervalDays == 1);
    CHECK(s.keep == 7);
    CHECK(s.folder.isEmpty());
    CHECK(Backups::folderOf(s, t.path()) == folderOf(t));
}

TEST_CASE("setSchedule_storesTheOptionsInTheFile")
{
    TempDb t;
    Backups::Schedule s;
    s.enabled = false;
    s.intervalDays = 7;
    s.keep = 3;
    s.folder = t.dir.filePath(QStringLiteral("elsewhere"));
    REQUIRE(Backups::setSchedule(*t.admin, s, Origin::user()));
    CHECK(Backups::schedule(*t.db) == s);
    CHECK(t.db->setting(QString::fromLatin1(BackupKey::kKeep)).toInt() == 3);
}

TEST_CASE("setSchedule_refusesBadValuesAndNonAdmins")
{
    TempDb t;
    Backups::Schedule s;
    s.keep = 0;
    CHECK(Backups::setSchedule(*t.admin, s, Origin::user()).error().field == QString::fromLatin1(BackupKey::kKeep));
    s.keep = 7;
    s.intervalDays = 0;
    CHECK(!Backups::setSchedule(*t.admin, s, Origin::user()));
    s.intervalDays = 1;
    s.folder = QStringLiteral("relative/folder");
    CHECK(Backups::setSchedule(*t.admin, s, Origin::user()).error().message.contains(u"relative/folder"));

    const qint64 sales = t.addUser(QStringLiteral("s@example.com"), 0);
    auto user = t.sessionFor(sales);
    Backups::Schedule off;
    off.enabled = false;
    CHECK(Backups::setSchedule(*user, off, Origin::user()).error().code == Error::Code::Permission);
    CHECK(Backups::schedule(*t.db).enabled);
}

TEST_CASE("backUp_namesTheFileAndTheTimeAndVerifies")
{
    TempDb t;
    const Result<QString> made = Backups::backUp(*t.db, folderOf(t), 7, t.clock);
    REQUIRE(made);
    const QString expected =
        QStringLiteral("test-%1.voronka").arg(localAt(TempDb::kStart).toString(u"yyyy-MM-dd-HHmm"));
    CHECK(QFileInfo(*made).fileName() == expected);
    CHECK(Database::verifyBackup(*made));
    CHECK(namesIn(folderOf(t)) == QStringList{expected});

    // The same minute again: a new name, the first backup untouched.
    const Result<QString> again = Backups::backUp(*t.db, folderOf(t), 7, t.clock);
    REQUIRE(again);
    CHECK(QFileInfo(*again).fileName() ==
          QString(expected).replace(QStringLiteral(".voronka"), QStringLiteral("-2.voronka")));
    const QList<Backups::Entry> listed = Backups::list(folderOf(t), t.path());
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].path == *again); // newest first
    CHECK(listed[0].size == QFileInfo(*again).size());
    CHECK(listed[0].madeAt ==
          localAt(TempDb::kStart).addSecs(-localAt(TempDb::kStart).time().second()));
}

TEST_CASE("isDue_dailyByCalendarDayAndMissedOnesMadeUpOnce")
{
    TempDb t;
    const Backups::Schedule daily;
    CHECK(Backups::isDue(daily, {}, localAt(TempDb::kStart))); // none yet
    REQUIRE(Backups::backUp(*t.db, folderOf(t), 7, t.clock));
    QList<Backups::Entry> existing = Backups::list(folderOf(t), t.path());
    CHECK(!Backups::isDue(daily, existing, localAt(TempDb::kStart + 3600 * 1000)));
    // The next calendar day, even less than 24 hours later.
    const QDateTime nextMorning =
        QDateTime(localAt(TempDb::kStart).date().addDays(1), QTime(0, 30));
    CHECK(Backups::isDue(daily, existing, nextMorning));

    // Closed for five days: the start makes one backup, and then none is due that day.
    t.clock.advance(5 * kDay);
    CHECK(Backups::isDue(daily, existing, localAt(t.clock.nowMs())));
    REQUIRE(Backups::backUp(*t.db, folderOf(t), 7, t.clock));
    existing = Backups::list(folderOf(t), t.path());
    CHECK(existing.size() == 2);
    CHECK(!Backups::isDue(daily, existing, localAt(t.clock.nowMs() + 60 * 1000)));

    Backups::Schedule weekly;
    weekly.intervalDays = 7;
    CHECK(!Backups::isDue(weekly, existing, localAt(t.clock.nowMs() + 6 * kDay)));
    CHECK(Backups::isDue(weekly, existing, localAt(t.clock.nowMs() + 7 * kDay)));

    Backups::Schedule off;
    off.enabled = false;
    CHECK(!Backups::isDue(off, {}, localAt(t.clock.nowMs())));
}

TEST_CASE("backUp_prunesBeyondKeepAndNeverTouchesOtherFiles")
{
    TempDb t;
    const QString folder = folderOf(t);
    REQUIRE(QDir().mkpath(folder));
    // Files the schedule did not make: another name, a manual copy, a file with the
    // schedule's name that is not a Voronka database, another database's backups.
    const QStringList foreign{QStringLiteral("notes.txt"),
                              QStringLiteral("test-2020-01-01.voronka"),
                              QStringLiteral("test-2020-01-01-0900.voronka"),
                              QStringLiteral("other-2020-01-01-0900.voronka")};
    for (const QString &name : foreign)
        writeFile(QDir(folder).filePath(name), "not a database");
    REQUIRE(QFile::copy(t.path(),
                        QDir(folder).filePath(QStringLiteral("other-2020-01-02-0900.voronka"))));

    QStringList made;
    for (int i = 0; i < 5; ++i) {
        const Result<QString> m = Backups::backUp(*t.db, folder, 3, t.clock);
        REQUIRE(m);
        made << QFileInfo(*m).fileName();
        t.clock.advance(kDay);
    }
    QStringList expected = foreign;
    expected << QStringLiteral("other-2020-01-02-0900.voronka") << made.mid(2);
    expected.sort();
    CHECK(namesIn(folder) == expected);
    CHECK(Backups::list(folder, t.path()).size() == 3);
    CHECK(Backups::prune(folder, t.path(), 1) == 2);
    CHECK(Backups::list(folder, t.path()).first().path == QDir(folder).filePath(made.last()));
}

TEST_CASE("backUp_removesStalePartsOfThisFileOnly")
{
    TempDb t;
    const QString folder = folderOf(t);
    REQUIRE(QDir().mkpath(folder));
    const QString stale =
        QDir(folder).filePath(QStringLiteral(".test-2026-03-01-0900.voronka.Ab12Cd.part"));
    const QString fresh =
        QDir(folder).filePath(QStringLiteral(".test-2026-03-02-0859.voronka.Xy34Zw.part"));
    const QString others =
        QDir(folder).filePath(QStringLiteral(".other-2026-03-01-0900.voronka.Ab12Cd.part"));
    for (const QString &p : {stale, fresh, others}) {
        writeFile(p, "half a copy");
        QFile f(p);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QDateTime when =
            p == fresh ? localAt(TempDb::kStart - 60 * 1000) : localAt(TempDb::kStart - kDay);
        REQUIRE(f.setFileTime(when, QFileDevice::FileModificationTime));
    }
    REQUIRE(Backups::backUp(*t.db, folder, 7, t.clock));
    CHECK(!QFileInfo::exists(stale));
    CHECK(QFileInfo::exists(fresh)); // a copy another desktop is still writing
    CHECK(QFileInfo::exists(others));
    // The clock is injected: ten minutes on, the fresh one is stale too.
    CHECK(Backups::removeStaleParts(folder, t.path(), TempDb::kStart + 10 * 60 * 1000) == 1);
    CHECK(!QFileInfo::exists(fresh));
}

TEST_CASE("backupTo_reportsProgressAndACancelLeavesNothing")
{
    TempDb t;
    const QString out = t.dir.filePath(QStringLiteral("copy.voronka"));
    qint64 last = -1, total = 0;
    int calls = 0;
    REQUIRE(t.db->backupTo(out, [&](qint64 done, qint64 all) {
        CHECK(done >= last);
        last = done;
        total = all;
        ++calls;
        return true;
    }));
    CHECK(calls > 0);
    CHECK(last == total);
    CHECK(total > 0);
    CHECK(Database::verifyBackup(out));

    // Enough rows for SQLite to report during the copy and during the check.
    t.db->sql().exec("CREATE TABLE filler(b BLOB); WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL "
                     "SELECT x + 1 FROM n WHERE x < 20000) INSERT INTO filler SELECT "
                     "randomblob(300) FROM n");
    QList<qint64> seen;
    REQUIRE(t.db->backupTo(t.dir.filePath(QStringLiteral("big.voronka")), [&](qint64 done, qint64) {
        seen << done;
        return true;
    }));
    REQUIRE(seen.size() >= 4); // the start, the copy, the check, the end
    const QString cancelled = t.dir.filePath(QStringLiteral("cancelled.voronka"));
    for (const int at : {1, 2, int(seen.size()) - 2, int(seen.size()) - 1}) {
        int call = 0;
        const Status st = t.db->backupTo(cancelled, [&](qint64, qint64) { return call++ < at; });
        REQUIRE(!st);
        CHECK(st.error().message == QStringLiteral("The backup was cancelled."));
    }
    QStringList left = namesIn(t.dir.path());
    left.removeAll(QStringLiteral("test.voronka"));
    left.removeAll(QStringLiteral("test.voronka-wal"));
    left.removeAll(QStringLiteral("test.voronka-shm"));
    CHECK(left == QStringList{QStringLiteral("big.voronka"), QStringLiteral("copy.voronka")});
}

TEST_CASE("hasVoronkaHeader_onlyForVoronkaDatabases")
{
    TempDb t;
    // A copy: the live file's header reaches the disk only at a checkpoint.
    const QString copy = t.dir.filePath(QStringLiteral("copy.voronka"));
    REQUIRE(t.db->backupTo(copy));
    CHECK(Backups::hasVoronkaHeader(copy));
    const QString text = t.dir.filePath(QStringLiteral("x.voronka"));
    writeFile(text, QByteArray(200, 'x'));
    CHECK(!Backups::hasVoronkaHeader(text));
    CHECK(!Backups::hasVoronkaHeader(t.dir.filePath(QStringLiteral("missing.voronka"))));
}
