// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "support/catch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSet>
#include <QSysInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <memory>

using namespace Voronka::Test;

namespace {

const QString kWriter = QStringLiteral(VORONKA_SHARED_WRITER_PATH);

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QProcessEnvironment writerEnv(bool forceShared)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VORONKA_PASSWORD"), QStringLiteral("demo"));
    env.remove(QStringLiteral("VORONKA_SHARED_FILE"));
    if (forceShared)
        env.insert(QStringLiteral("VORONKA_SHARED_FILE"), QStringLiteral("1"));
    return env;
}

// A program holding the file open (voronka-shared-writer hold), read report by report.
class Holder
{
public:
    Holder(const QString &path, bool forceShared)
    {
        m_p.setProcessEnvironment(writerEnv(forceShared));
        m_p.start(kWriter, {QStringLiteral("hold"), path, QStringLiteral("admin@example.com")});
        REQUIRE(m_p.waitForStarted());
        m_first = readReport();
    }
    ~Holder()
    {
        if (m_p.state() != QProcess::NotRunning) {
            m_p.closeWriteChannel();
            m_p.waitForFinished();
        }
    }
    const QStringList &first() const { return m_first; }
    // The canary looks again; its report.
    QStringList beat()
    {
        m_p.write("beat\n");
        return readReport();
    }
    void kill()
    {
        m_p.kill();
        m_p.waitForFinished();
    }

private:
    QStringList readReport()
    {
        QStringList lines;
        while (lines.isEmpty() || lines.last() != u"end") {
            while (!m_p.canReadLine())
                REQUIRE(m_p.waitForReadyRead(30000));
            lines.append(QString::fromUtf8(m_p.readLine()).chopped(1));
        }
        return lines;
    }

    QProcess m_p;
    QStringList m_first;
};

QString adminName(const QString &path)
{
    return fileValue(path,
                     QStringLiteral("SELECT name FROM users WHERE email = 'admin@example.com'"))
        .toString();
}

} // namespace

TEST_CASE("threeProcessesWritingASharedFile_loseNoAcknowledgedWrite", "[shared]")
{
    // On a RAM disk when there is one: fsync costs nothing, the locking is the same.
    std::unique_ptr<QTemporaryDir> dir;
    if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
        dir = std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/voronka-shared-XXXXXX"));
    else
        dir = std::make_unique<QTemporaryDir>();
    const QString path = dir->filePath(QStringLiteral("crm.voronka"));
    REQUIRE(QFile::copy(tinyDemo(7), path));

    const QStringList users{QStringLiteral("admin@example.com"), QStringLiteral("head@example.com"),
                            QStringLiteral("admin@example.com")};
    constexpr int kWrites = 1000;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int w = 0; w < 3; ++w) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(writerEnv(true));
        p->start(kWriter, {QStringLiteral("write"), path, users.at(w), QString::number(kWrites),
                           QStringLiteral("w%1").arg(w)});
        writers.push_back(std::move(p));
    }
    QSet<qint64> acknowledged;
    for (auto &p : writers) {
        REQUIRE(p->waitForFinished(120000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        INFO(err.toStdString());
        const QStringList lines =
            QString::fromUtf8(p->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        const QStringList errors = lines.filter(QStringLiteral("error "));
        INFO("first refusal: " << errors.value(0).toStdString());
        CHECK(p->exitCode() == 0);
        CHECK(errors.isEmpty());
        int ok = 0;
        for (const QString &l : lines)
            if (l.startsWith(u"ok ")) {
                acknowledged.insert(l.mid(3).toLongLong());
                ++ok;
            }
        CHECK(ok == kWrites);
    }
    CHECK(acknowledged.size() == 3 * kWrites);

    // Every acknowledged id is in the file, under a name one of the writers gave it.
    sqlite3 *h = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) ==
            SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    REQUIRE(sqlite3_prepare_v2(h, "SELECT id FROM deals WHERE name GLOB 'w[012]-*'", -1, &st,
                               nullptr) == SQLITE_OK);
    QSet<qint64> present;
    while (sqlite3_step(st) == SQLITE_ROW)
        present.insert(sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(h);
    CHECK(present == acknowledged);
    CHECK(fileValue(path, QStringLiteral("PRAGMA journal_mode")).toString() == u"delete");

    QProcessEnvironment env = writerEnv(true);
    QProcess check;
    check.setProcessEnvironment(env);
    check.start(QStringLiteral(VORONKA_CLI_PATH),
                {QStringLiteral("--db"), path, QStringLiteral("--user"),
                 QStringLiteral("admin@example.com"), QStringLiteral("check")});
    REQUIRE(check.waitForFinished(60000));
    INFO(check.readAllStandardError().toStdString());
    CHECK(check.readAllStandardOutput() == "ok\n");
    CHECK(check.exitCode() == 0);
    CHECK(!QFileInfo::exists(path + QStringLiteral(".voronka-lock")));
}

TEST_CASE("sharedFile_namesWhoElseHasItOpen_andForgetsAKilledProgram", "[shared]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.voronka"));
    REQUIRE(QFile::copy(tinyDemo(7), path));
    const QString me = QSysInfo::machineHostName();
    auto first = std::make_unique<Holder>(path, true);
    CHECK(first->first() ==
          QStringList{QStringLiteral("open"), QStringLiteral("shared 1"), QStringLiteral("end")});
    {
        Holder second(path, true);
        CHECK(second.first() == QStringList{QStringLiteral("open"), QStringLiteral("shared 1"),
                                            QStringLiteral("peer %1 %2").arg(adminName(path), me),
                                            QStringLiteral("end")});
        CHECK(first->beat() == QStringList{QStringLiteral("peer %1 %2").arg(adminName(path), me),
                                           QStringLiteral("end")});
    }
    CHECK(first->beat() == QStringList{QStringLiteral("end")});
    // Killed: its heartbeat is fresh, but its process is gone and so is its lock.
    first->kill();
    Holder after(path, true);
    CHECK(after.first() ==
          QStringList{QStringLiteral("open"), QStringLiteral("shared 1"), QStringLiteral("end")});
}

TEST_CASE("fileInCloudFolder_isRefusedByTheCliUntouched", "[shared]")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("Dropbox")));
    const QString path = dir.filePath(QStringLiteral("Dropbox/crm.voronka"));
    REQUIRE(QFile::copy(tinyDemo(7), path));
    const QByteArray before = bytesOf(path);
    const CliRun r = runCli({QStringLiteral("--db"), path, QStringLiteral("--user"),
                             QStringLiteral("admin@example.com"), QStringLiteral("stats")});
    CHECK(r.code == 2);
    CHECK(r.err == QStringLiteral("voronka-cli: %1 is in a folder that Dropbox synchronises: it "
                                  "copies the file while Voronka writes it, which damages it or "
                                  "loses changes. Move the file to a folder of this computer or "
                                  "to a network share.\n")
                       .arg(path));
    CHECK(bytesOf(path) == before);
    CHECK(QDir(dir.filePath(QStringLiteral("Dropbox"))).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("crm.voronka")});
}

TEST_CASE("locksThatDoNotReachAnotherMount_makeTheSecondOpenerReadOnly", "[shared][bindfs]")
{
    // Two bindfs mounts of one folder are two "computers": bindfs without lock forwarding
    // keeps each mount's fcntl locks to itself.
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real"));
    const QString a = dir.filePath(QStringLiteral("a"));
    const QString b = dir.filePath(QStringLiteral("b"));
    for (const QString &d : {real, a, b})
        REQUIRE(QDir().mkpath(d));
    QStringList mounted;
    struct Unmount
    {
        QStringList &mounts;
        ~Unmount()
        {
            for (const QString &m : mounts)
                if (QProcess::execute(QStringLiteral("fusermount3"), {QStringLiteral("-u"), m}) !=
                    0)
                    QProcess::execute(QStringLiteral("umount"), {m});
        }
    } unmount{mounted};
    for (const QString &m : {a, b}) {
        QProcess p;
        p.start(QStringLiteral("bindfs"), {real, m});
        const bool started = p.waitForStarted() && p.waitForFinished(20000) &&
                             p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (!started) {
            WARN("SKIPPED: cannot mount with bindfs (" +
                 (p.error() == QProcess::FailedToStart
                      ? std::string("bindfs is not installed")
                      : QString::fromUtf8(p.readAllStandardError()).trimmed().toStdString()) +
                 "); locks across mounts are not tested here");
            return;
        }
        mounted.append(m);
    }
    REQUIRE(QFile::copy(tinyDemo(7), real + QStringLiteral("/crm.voronka")));
    const QString viaA = a + QStringLiteral("/crm.voronka");
    const QString viaB = b + QStringLiteral("/crm.voronka");
    const QString name = adminName(real + QStringLiteral("/crm.voronka"));
    const QString host = QSysInfo::machineHostName();
    const QString reason =
        QStringLiteral("crm.voronka is open read-only: file locks on its network share do not "
                       "reach the other computers using it (%1 on %2 has it open), and writing "
                       "without them would damage it. Ask your administrator to enable locking "
                       "on the share.")
            .arg(name, host);

    // A FUSE mount is a network file system: shared-file mode without being asked.
    Holder first(viaA, false);
    CHECK(first.first() ==
          QStringList{QStringLiteral("open"), QStringLiteral("shared 1"), QStringLiteral("end")});
    const qint64 deals = fileValue(viaA, QStringLiteral("SELECT count(*) FROM deals")).toLongLong();

    // Through the other mount the CLI refuses to write, naming why.
    const CliRun add =
        runCli({QStringLiteral("--db"), viaB, QStringLiteral("--user"),
                QStringLiteral("admin@example.com"), QStringLiteral("deal"), QStringLiteral("add"),
                QStringLiteral("--field"), QStringLiteral("name=Lost")});
    CHECK(add.code == 2);
    CHECK(add.err == QStringLiteral("voronka-cli: ") + reason + u'\n');
    CHECK(fileValue(viaA, QStringLiteral("SELECT count(*) FROM deals")).toLongLong() == deals);

    // A second desktop there opens it read-only; the first learns it at its next heartbeat.
    Holder second(viaB, false);
    CHECK(second.first() == QStringList{QStringLiteral("open"), QStringLiteral("shared 1"),
                                        QStringLiteral("readonly ") + reason,
                                        QStringLiteral("peer %1 %2").arg(name, host),
                                        QStringLiteral("end")});
    const QStringList later = first.beat();
    CHECK(later.first() == QStringLiteral("readonly ") + reason);
}

TEST_CASE("restoringASharedFile_whileAnotherProgramHasItOpen_isRefusedNamingIt", "[shared]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crm.voronka"));
    const QString backup = dir.filePath(QStringLiteral("backup.voronka"));
    REQUIRE(QFile::copy(tinyDemo(7), path));
    REQUIRE(runCli({QStringLiteral("--db"), path, QStringLiteral("--user"),
                    QStringLiteral("admin@example.com"), QStringLiteral("backup"), backup})
                .code == 0);
    qputenv("VORONKA_SHARED_FILE", "1");
    const auto unset = qScopeGuard([] { qunsetenv("VORONKA_SHARED_FILE"); });
    const QStringList restore = {QStringLiteral("--db"), path, QStringLiteral("--user"),
                                 QStringLiteral("admin@example.com"), QStringLiteral("restore"),
                                 backup};
    {
        Holder other(path, true);
        const QByteArray before = bytesOf(path);
        const CliRun r = runCli(restore);
        CHECK(r.code == 2);
        CHECK(r.err ==
              QStringLiteral("voronka-cli: crm.voronka is open by %1 (%2): close it there before "
                             "restoring.\n")
                  .arg(adminName(path), QSysInfo::machineHostName()));
        CHECK(bytesOf(path) == before);
    }
    // Closed there: the restore goes ahead.
    CHECK(runCli(restore).code == 0);
}
