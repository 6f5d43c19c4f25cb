// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// voronka-cli restore BACKUP: run as an admin or a script would.
#include "clirun.h"
#include "support/badfiles.h"
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/storage/database.h"
#include "core/storage/sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

namespace {

using Voronka::Test::fileHash;

using Voronka::Core::Connection;

using Run = Voronka::Test::CliRun;

Run cli(const QStringList &args)
{
    return Voronka::Test::runCli(args);
}

QByteArray contentHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    REQUIRE(bytes.size() > 100);
    // The header fields a change of journal mode writes: the mode and the change counters.
    for (int i : {18, 19, 24, 25, 26, 27, 92, 93, 94, 95})
        bytes[i] = 0;
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

// A fresh tiny demo file, made once for the run and copied by each test.
QString pristine()
{
    return Voronka::Test::tinyDemo(7);
}

// A copy of the demo file as team.voronka and a backup of it as backup.voronka.
struct Team
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("team.voronka"));
    QString backup = dir.filePath(QStringLiteral("backup.voronka"));
    Team()
    {
        REQUIRE(QFile::copy(pristine(), db));
        REQUIRE(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
        REQUIRE(as(QStringLiteral("admin@example.com"), {QStringLiteral("backup"), backup}).code ==
                0);
    }
    Run as(const QString &user, const QStringList &rest) const
    {
        return cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("--user"), user} + rest);
    }
    Run restore(const QString &from, const QString &user = QStringLiteral("admin@example.com"))
    {
        return as(user, {QStringLiteral("restore"), from});
    }
    QStringList asideFiles() const
    {
        return QDir(dir.path())
            .entryList({QStringLiteral("team.voronka.before-restore-*.voronka")}, QDir::Files,
                       QDir::Name);
    }
    QStringList allFiles() const
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
};

qint64 countIn(const QString &path, const char *sql)
{
    Connection c(QStringLiteral("file:%1?immutable=1")
                     .arg(QString::fromUtf8(QUrl::toPercentEncoding(path, "/"))),
                 Connection::Mode::ReadOnly);
    return c.scalar(sql);
}

const char *const kProbe = "SELECT count(*) FROM contacts WHERE name = 'Restore Probe'";

} // namespace

TEST_CASE("cli_restore_bringsBackTheBackupAndKeepsTheCurrentFileAside")
{
    Team t;
    Run r = t.as(QStringLiteral("manager1@example.com"),
                 {QStringLiteral("contact"), QStringLiteral("add"), QStringLiteral("--field"),
                  QStringLiteral("name=Restore Probe")});
    REQUIRE(r.code == 0);
    const QByteArray backupHash = fileHash(t.backup);

    r = t.restore(t.backup);
    REQUIRE(r.code == 0);
    CHECK(r.out.contains(u"Restored"));
    const QStringList aside = t.asideFiles();
    REQUIRE(aside.size() == 1);
    CHECK(aside.first().contains(QRegularExpression(QStringLiteral(
        "^team\\.voronka\\.before-restore-\\d{4}-\\d\\d-\\d\\d-\\d{4}\\.voronka$"))));
    CHECK(r.out.contains(aside.first()));
    // The record added after the backup is gone from the file and kept in the dated copy.
    CHECK(countIn(t.db, kProbe) == 0);
    CHECK(countIn(t.dir.filePath(aside.first()), kProbe) == 1);
    CHECK(fileHash(t.backup) == backupHash);
    // No side files are left beside the restored file, and it is private to the user.
    CHECK_FALSE(QFile::exists(t.db + QStringLiteral("-wal")));
    CHECK_FALSE(QFile::exists(t.db + QStringLiteral("-shm")));
    CHECK(QFile::permissions(t.db) ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    r = t.as(QStringLiteral("admin@example.com"), {QStringLiteral("check")});
    CHECK(r.code == 0);

    // A second restore never overwrites the first dated copy.
    r = t.restore(t.backup);
    REQUIRE(r.code == 0);
    CHECK(t.asideFiles().size() == 2);
    CHECK(countIn(t.dir.filePath(aside.first()), kProbe) == 1);
}

TEST_CASE("cli_restore_refusesABadBackupAndLeavesBothFilesAlone")
{
    const QString kind =
        GENERATE(QStringLiteral("damaged"), QStringLiteral("text"), QStringLiteral("foreign"),
                 QStringLiteral("newer"), QStringLiteral("missing"));
    CAPTURE(kind);
    Team t;
    const QString bad = t.dir.filePath(QStringLiteral("bad.voronka"));
    QString expected;
    if (kind == u"damaged") {
        REQUIRE(QFile::copy(t.backup, bad));
        REQUIRE(Voronka::Test::damageTable(bad, "contacts"));
        expected = QStringLiteral("Cannot restore from bad.voronka: it is damaged");
    } else if (kind == u"text") {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("name,phone\nАнна,+7 900 111-22-33\n").repeated(200));
        expected = QStringLiteral("Cannot restore from bad.voronka: it is not a Voronka database.");
    } else if (kind == u"foreign") {
        {
            Connection c(bad, Connection::Mode::Create);
            Voronka::Test::writeBehindTheWritePath(
                c, QStringLiteral("CREATE TABLE notes(x); INSERT INTO notes VALUES(1)"));
        }
        expected = QStringLiteral("Cannot restore from bad.voronka: it is not a Voronka database.");
    } else if (kind == u"newer") {
        REQUIRE(QFile::copy(t.backup, bad));
        {
            Connection c(bad, Connection::Mode::ReadWrite);
            c.exec("PRAGMA user_version=999");
        }
        expected = QStringLiteral("Cannot restore from bad.voronka: it was written by a newer "
                                  "version of Voronka (schema 999;");
    } else {
        expected = QStringLiteral("it does not exist.");
    }
    const QStringList before = t.allFiles();
    const QByteArray dbHash = fileHash(t.db);
    const QByteArray badHash = kind == u"missing" ? QByteArray() : fileHash(bad);

    const Run r = t.restore(bad);
    CHECK(r.code == 2);
    CHECK(r.err.contains(expected));
    CHECK(r.out.isEmpty());
    CHECK(fileHash(t.db) == dbHash);
    if (kind != u"missing")
        CHECK(fileHash(bad) == badHash);
    CHECK(t.allFiles() == before);
}

TEST_CASE("cli_restore_needsAnAdministrator")
{
    Team t;
    Run r = t.restore(t.backup, QStringLiteral("manager1@example.com"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"restore requires an administrator."));
    CHECK(t.asideFiles().isEmpty());
    r = t.restore(t.backup, QStringLiteral("nobody@example.com"));
    CHECK(r.code == 2);
    CHECK(t.asideFiles().isEmpty());
    r = cli({QStringLiteral("--db"), t.db, QStringLiteral("restore"), t.backup});
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"--user"));
    r = t.restore(t.backup);
    CHECK(r.code == 0);
}

TEST_CASE("cli_restore_whileTheFileIsOpen_isRefusedAsLocked")
{
    Team t;
    std::unique_ptr<Voronka::Core::Database> open;
    {
        auto db = Voronka::Core::Database::open(t.db);
        REQUIRE(db);
        open = std::move(db).value();
    }
    const Run r = t.restore(t.backup);
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"team.voronka is locked by another program."));
    CHECK(t.asideFiles().isEmpty());
    CHECK(open->schemaVersion() > 0);
}

TEST_CASE("cli_restore_ontoADamagedFile_signsInAgainstTheBackupAndKeepsTheDamagedBytesAside")
{
    Team t;
    REQUIRE(Voronka::Test::damageTable(t.db, "meta"));
    const QByteArray damagedHash = fileHash(t.db);
    const QString damaged = t.dir.filePath(QStringLiteral("damaged-copy.bin"));
    REQUIRE(QFile::copy(t.db, damaged));
    // The damaged file cannot sign anyone in: the backup says who is an administrator.
    Run r = t.restore(t.backup, QStringLiteral("manager1@example.com"));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"requires an administrator"));
    CHECK(fileHash(t.db) == damagedHash);
    CHECK(t.asideFiles().isEmpty());
    r = cli({QStringLiteral("--db"), t.db, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("restore"), t.backup});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QStringList aside = t.asideFiles();
    REQUIRE(aside.size() == 1);
    // Byte for byte, but for the header's journal mode and change counters: the file left WAL
    // mode so that nothing of it stays in a -wal beside the restored file.
    CHECK(contentHash(t.dir.filePath(aside.first())) == contentHash(damaged));
    CHECK(t.as(QStringLiteral("admin@example.com"), {QStringLiteral("check")}).code == 0);

    // A wrong password for the backup's administrator restores nothing.
    REQUIRE(QFile::remove(t.db));
    REQUIRE(QFile::copy(t.dir.filePath(aside.first()), t.db));
    r = Voronka::Test::runCli({QStringLiteral("--db"), t.db, QStringLiteral("--user"),
                               QStringLiteral("admin@example.com"), QStringLiteral("restore"),
                               t.backup},
                              Voronka::Test::CliEnv{QStringLiteral("wrong")});
    CHECK(r.code == 2);
    CHECK(contentHash(t.db) == contentHash(damaged));
    CHECK(t.asideFiles().size() == 1);
}
