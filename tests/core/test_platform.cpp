// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/platform/allocator.h"
#include "core/platform/durablefile.h"
#include "core/platform/filelock.h"
#include "core/platform/process.h"
#include "core/platform/volume.h"
#include "core/storage/lockcanary.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cerrno>
#if defined(Q_OS_UNIX)
#include <fcntl.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace Voronka::Core;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

} // namespace

TEST_CASE("fileId_sameForPathAndOpenFile_differsForAnother", "[platform]")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a")), b = dir.filePath(QStringLiteral("b"));
    writeFile(a, "a");
    writeFile(b, "b");
    QFile open(a);
    REQUIRE(open.open(QIODevice::ReadOnly));
    const std::optional<Platform::FileId> byPath = Platform::fileId(a);
    REQUIRE(byPath);
    CHECK(Platform::fileId(open.handle()) == byPath);
    CHECK(Platform::fileId(b) != byPath);
    CHECK(!Platform::fileId(dir.filePath(QStringLiteral("missing"))));
}

TEST_CASE("placeNewFile_movesOnce_neverReplaces", "[platform]")
{
    QTemporaryDir dir;
    const QString part = dir.filePath(QStringLiteral("x.part")),
                  out = dir.filePath(QStringLiteral("x"));
    writeFile(part, "first");
    REQUIRE(Platform::flushToDisk(part));
    CHECK(Platform::placeNewFile(part, out) == Platform::Placed::Done);
    CHECK(!QFile::exists(part));
    CHECK(readFile(out) == "first");
    writeFile(part, "second");
    CHECK(Platform::placeNewFile(part, out) == Platform::Placed::Exists);
    CHECK(readFile(out) == "first");
    CHECK(readFile(part) == "second");
    CHECK(!Platform::flushToDisk(dir.filePath(QStringLiteral("missing/file"))));
}

TEST_CASE("processRunning_thisOneYes_finishedOneNo", "[platform]")
{
    CHECK(Platform::processRunning(QCoreApplication::applicationPid()));
    QProcess gone;
    gone.start(QStringLiteral("true"));
    REQUIRE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    REQUIRE(gone.waitForFinished());
    CHECK(!Platform::processRunning(pid));
}

TEST_CASE("isDiskFull_noSpaceAndQuota_notOtherErrors", "[platform]")
{
    CHECK(Platform::isDiskFull(ENOSPC));
#if defined(EDQUOT)
    CHECK(Platform::isDiskFull(EDQUOT));
#endif
    CHECK(!Platform::isDiskFull(EIO));
    CHECK(!Platform::isDiskFull(0));
}

TEST_CASE("networkFileSystem_temporaryFolder_isLocal", "[platform]")
{
    QTemporaryDir dir;
    CHECK(Platform::networkFileSystem(dir.path()).isEmpty());
}

#if defined(Q_OS_UNIX)
// Another process holds the lock of slot 3 only. The canary's locks are one byte per slot:
// slot 0 is free for this program, and slot 3's program is seen as alive. (A lock reaching
// from the slot to the end of the file would collide with slot 3's and leave no free slot.)
TEST_CASE("canary_locksOneBytePerSlot_besideAnotherProcessesSlot", "[platform][shared]")
{
    Voronka::Test::TempDb t;
    const QString path = t.path();
    t.admin.reset();
    t.db.reset();
    const qint64 now = Voronka::Test::TempDb::kStart;
    {
        QFile side(LockCanary::sidePath(path));
        REQUIRE(side.open(QIODevice::ReadWrite));
        const QJsonObject o{{QStringLiteral("v"), 1},
                            {QStringLiteral("user"), QStringLiteral("Olga")},
                            {QStringLiteral("host"), QStringLiteral("pc-olga")},
                            {QStringLiteral("pid"), 4242},
                            {QStringLiteral("t"), now},
                            {QStringLiteral("c"), 1}};
        REQUIRE(side.seek(3 * LockCanary::kSlotBytes));
        side.write(QJsonDocument(o).toJson(QJsonDocument::Compact)
                       .leftJustified(LockCanary::kSlotBytes, ' '));
    }
    const QByteArray sidePath = QFile::encodeName(LockCanary::sidePath(path));
    int ready[2], release[2];
    REQUIRE(::pipe(ready) == 0);
    REQUIRE(::pipe(release) == 0);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) { // only async-signal-safe calls until _exit
        const int fd = ::open(sidePath.constData(), O_RDWR);
        struct flock l = {};
        l.l_type = F_WRLCK;
        l.l_whence = SEEK_SET;
        l.l_start = off_t(LockCanary::kLockBase + 3);
        l.l_len = 1;
        const char ok = fd >= 0 && ::fcntl(fd, F_SETLK, &l) == 0 ? 1 : 0;
        [[maybe_unused]] ssize_t n = ::write(ready[1], &ok, 1);
        char c = 0;
        n = ::read(release[0], &c, 1);
        ::_exit(0);
    }
    char locked = 0;
    REQUIRE(::read(ready[0], &locked, 1) == 1);
    REQUIRE(locked == 1);
    LockCanary::State s;
    {
        LockCanary canary(
            path, [now] { return now; }, 0);
        s = canary.state();
    }
    const char go = 1;
    REQUIRE(::write(release[1], &go, 1) == 1);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    for (int fd : {ready[0], ready[1], release[0], release[1]})
        ::close(fd);
    CHECK(s.slot == 0);
    CHECK(s.locksPropagate);
    REQUIRE(s.others.size() == 1);
    CHECK(s.others.first().host == u"pc-olga");
}
#endif

#if defined(__GLIBC__)
TEST_CASE("allocator_smallBlocksFreedInBulk_leaveNoUnmergedBlocksForTheNextRequestToMerge",
          "[platform]")
{
    // What a big SQLite sort does when it ends: many small blocks of a few sizes freed at once.
    Voronka::Core::Platform::tuneAllocator();
    // Threads of earlier tests may have left blocks in their own arenas' bins, which mallinfo2
    // counts too: none may be added.
    const size_t before = mallinfo2().fsmblks;
    std::vector<void *> blocks;
    for (int i = 0; i < 20000; ++i)
        blocks.push_back(std::malloc(size_t(16 + (i % 6) * 8)));
    for (void *b : blocks)
        std::free(b);
    // Nothing waits in glibc's fast bins: the frees merged their blocks themselves, so the next
    // larger request (the next report's) has nothing to consolidate.
    CHECK(mallinfo2().fsmblks <= before);
}
#endif
