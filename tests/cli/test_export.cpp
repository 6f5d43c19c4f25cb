// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "support/catch.h"

#include "core/importexport/csv.h"
#include "core/importexport/importsource.h"
#include "core/services/auth.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"
#include "core/util/ids.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace Voronka::Core;

namespace {

// Standard output as bytes: the exports' BOM and encodings are checked as written.
struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    const Voronka::Test::CliRun r = Voronka::Test::runCli(args);
    return Run{r.code, r.bytes, r.err};
}

// A tiny demo plus one contact whose name, position, company and notes hold every character
// vCard must escape, Cyrillic and a note long enough to be folded.
struct ExportDb
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("export.voronka"));
    qint64 trickyId = 0;
    QString trickyName = QStringLiteral("Щукина, Анна; \"Ёлка\" \\ ОАО");
    QString trickyNote = QStringLiteral("Первая строка; с запятой, и обратной \\ чертой\nВторая "
                                        "строка — длинная, чтобы её пришлось перенести: "
                                        "съешь же ещё этих мягких французских булок да выпей чаю.");

    ExportDb()
    {
        const Run r =
            cli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("tiny"), QStringLiteral("--seed"), QStringLiteral("7"),
                 QStringLiteral("--now"), QStringLiteral("2026-03-02")});
        REQUIRE(r.code == 0);
        std::unique_ptr<Database> db = std::move(Database::open(path)).value();
        ManualClock clock(1772442000000LL);
        Session s(*db, clock,
                  *Auth::login(*db, QStringLiteral("admin@example.com"), QStringLiteral("demo")));
        Records rec(s);
        const qint64 co = *rec.create(
            EntityKind::Company, {{QStringLiteral("name"), QStringLiteral("Рога; и копыта, ООО")}});
        Result<qint64> id = rec.create(
            EntityKind::Contact,
            {{QStringLiteral("name"), trickyName},
             {QStringLiteral("position"), QStringLiteral("Глава отдела, продажи; опт")},
             {QStringLiteral("company_id"), co},
             {QStringLiteral("phones"),
              QStringList{QStringLiteral("+7 (912) 345-67-89"), QStringLiteral("8 800 555-35-35")}},
             {QStringLiteral("emails"), QStringList{QStringLiteral("anna@example.ru")}}});
        REQUIRE(id.ok());
        trickyId = *id;
        REQUIRE(rec.addNote(EntityKind::Contact, trickyId, trickyNote).ok());
    }
    QStringList as(const QString &user, const QStringList &rest) const
    {
        return QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), user} + rest;
    }
    qint64 scalar(const char *sql) const
    {
        std::unique_ptr<Database> db = std::move(Database::open(path)).value();
        return db->sql().scalar(sql);
    }
};

ExportDb &exportDb()
{
    static ExportDb db;
    return db;
}

// The cards as an independent parser reads them (python3-vobject).
QJsonArray parseWithVobject(const QString &file)
{
    static const char *const script = R"PY(
import json, sys, vobject
cards = []
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for card in vobject.readComponents(f.read()):
        def one(name):
            items = card.contents.get(name, [])
            return items[0].value if items else None
        n = one("n")
        org = one("org")
        cards.append({
            "version": one("version"),
            "fn": one("fn"),
            "family": n.family if n else None,
            "given": n.given if n else None,
            "uid": one("uid"),
            "tel": [t.value for t in card.contents.get("tel", [])],
            "tel_value": [t.params.get("VALUE", [""])[0] for t in card.contents.get("tel", [])],
            "email": [e.value for e in card.contents.get("email", [])],
            "org": (org if isinstance(org, str) else ";".join(org)) if org else None,
            "title": one("title"),
            "note": one("note"),
        })
print(json.dumps(cards, ensure_ascii=False))
)PY";
    QProcess p;
    // The Debian package installs for the system interpreter.
    const QString python = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    p.start(python, {QStringLiteral("-c"), QString::fromUtf8(script), file});
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).array();
}

// Owner read/write and nothing for the group or others.
bool privateToUser(const QString &path)
{
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    return (p & others) == 0 && (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner);
}
} // namespace

TEST_CASE("cliExport_contactsCsvHasEveryVisibleContact")
{
    ExportDb &db = exportDb();
    const Run r = cli(db.as(QStringLiteral("admin@example.com"),
                            {QStringLiteral("export"), QStringLiteral("contacts"),
                             QStringLiteral("--format"), QStringLiteral("csv")}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.out.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(r.out);
    CHECK(rows.size() - 1 == db.scalar("SELECT count(*) FROM contacts WHERE deleted = 0"));
    bool found = false;
    for (const QStringList &row : rows)
        found = found || row.value(0) == db.trickyName;
    CHECK(found);

    const QString out = db.dir.filePath(QStringLiteral("companies.csv"));
    const Run c = cli(
        db.as(QStringLiteral("admin@example.com"),
              {QStringLiteral("export"), QStringLiteral("companies"), QStringLiteral("--format"),
               QStringLiteral("csv"), QStringLiteral("--out"), out}));
    REQUIRE(c.code == 0);
    CHECK(c.err.contains(u"Exported"));
    CHECK(privateToUser(out));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(parseCsv(f.readAll()).size() - 1 ==
          db.scalar("SELECT count(*) FROM companies WHERE deleted = 0"));
}

TEST_CASE("cliExport_refusedWithoutExportRightAndOnBadArguments")
{
    ExportDb &db = exportDb();
    const QString out = db.dir.filePath(QStringLiteral("refused.csv"));
    Run r =
        cli(db.as(QStringLiteral("manager1@example.com"),
                  {QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--format"),
                   QStringLiteral("csv"), QStringLiteral("--out"), out}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"may not export contacts"));
    CHECK(!QFile::exists(out));
    r = cli(db.as(QStringLiteral("admin@example.com"),
                  {QStringLiteral("export"), QStringLiteral("companies"),
                   QStringLiteral("--format"), QStringLiteral("vcf")}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"vCard holds contacts"));
    r = cli(db.as(QStringLiteral("admin@example.com"),
                  {QStringLiteral("export"), QStringLiteral("deals")}));
    CHECK(r.code == 1);
    r = cli(db.as(QStringLiteral("admin@example.com"),
                  {QStringLiteral("export"), QStringLiteral("contacts")}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"--format"));
}

TEST_CASE("cliExport_xlsxOfEachListReadsBackWithEveryRow")
{
    ExportDb &db = exportDb();
    const struct
    {
        const char *what;
        const char *count;
    } lists[] = {{"contacts", "SELECT count(*) FROM contacts WHERE deleted = 0"},
                 {"companies", "SELECT count(*) FROM companies WHERE deleted = 0"},
                 {"deals", "SELECT count(*) FROM deals WHERE deleted = 0"}};
    for (const auto &l : lists) {
        const QString what = QString::fromLatin1(l.what);
        const QString out = db.dir.filePath(what + QStringLiteral(".xlsx"));
        const Run r = cli(db.as(QStringLiteral("admin@example.com"),
                                {QStringLiteral("export"), what, QStringLiteral("--format"),
                                 QStringLiteral("xlsx"), QStringLiteral("--out"), out}));
        INFO(what.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.code == 0);
        CHECK(r.err.contains(QStringLiteral("Exported %1 %2").arg(db.scalar(l.count)).arg(what)));
        Result<std::unique_ptr<ImportReader>> reader = ImportReader::open(out);
        REQUIRE(reader.ok());
        CHECK((*reader)->detected().format == ImportFormat::Xlsx);
        CHECK((*reader)->detected().headers.first() == u"Name");
        qint64 rows = 0;
        bool tricky = false;
        ImportRow row;
        while ((*reader)->next(row)) {
            ++rows;
            tricky = tricky || row.cells.value(0).toString() == db.trickyName;
        }
        CHECK((*reader)->error().isEmpty());
        CHECK(rows == db.scalar(l.count));
        if (what == u"contacts")
            CHECK(tricky);
    }
    // To standard output, the workbook's bytes.
    const Run piped = cli(db.as(QStringLiteral("admin@example.com"),
                                {QStringLiteral("export"), QStringLiteral("companies"),
                                 QStringLiteral("--format"), QStringLiteral("xlsx")}));
    REQUIRE(piped.code == 0);
    CHECK(piped.out.startsWith("PK\x03\x04"));
}

TEST_CASE("cliExport_xlsxIntoAFolderThatDoesNotExistIsNamedWithExitCode2")
{
    ExportDb &db = exportDb();
    const QString out = db.dir.filePath(QStringLiteral("missing/deals.xlsx"));
    Run r = cli(db.as(QStringLiteral("admin@example.com"),
                      {QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--format"),
                       QStringLiteral("xlsx"), QStringLiteral("--out"), out}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(out));
    CHECK(!QFileInfo::exists(out));
    r = cli(db.as(QStringLiteral("manager1@example.com"),
                  {QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--format"),
                   QStringLiteral("xlsx"), QStringLiteral("--out"),
                   db.dir.filePath(QStringLiteral("refused.xlsx"))}));
    CHECK(r.code == 2);
    CHECK(r.err.contains(u"exporting deals"));
    CHECK(!QFileInfo::exists(db.dir.filePath(QStringLiteral("refused.xlsx"))));
    r = cli(db.as(QStringLiteral("admin@example.com"),
                  {QStringLiteral("export"), QStringLiteral("deals"), QStringLiteral("--format"),
                   QStringLiteral("vcf")}));
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"--format csv or xlsx"));
}

TEST_CASE("cliExport_vcardParsesWithAnIndependentParser")
{
    ExportDb &db = exportDb();
    const QString out = db.dir.filePath(QStringLiteral("contacts.vcf"));
    const Run r =
        cli(db.as(QStringLiteral("admin@example.com"),
                  {QStringLiteral("export"), QStringLiteral("contacts"), QStringLiteral("--format"),
                   QStringLiteral("vcf"), QStringLiteral("--out"), out}));
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray cards = parseWithVobject(out);
    CHECK(cards.size() == db.scalar("SELECT count(*) FROM contacts WHERE deleted = 0"));
    std::unique_ptr<Database> d = std::move(Database::open(db.path)).value();
    QJsonObject tricky;
    for (const QJsonValue &v : cards) {
        const QJsonObject c = v.toObject();
        CHECK(c.value(QStringLiteral("version")).toString() == u"4.0");
        CHECK(c.value(QStringLiteral("uid")).toString().startsWith(u"urn:uuid:"));
        CHECK(!c.value(QStringLiteral("fn")).toString().isEmpty());
        if (c.value(QStringLiteral("fn")).toString() == db.trickyName)
            tricky = c;
    }
    REQUIRE(!tricky.isEmpty());
    Query q = d->sql().prepare("SELECT uid FROM contacts WHERE id = ?1");
    q->bind(1, db.trickyId);
    REQUIRE(q->step());
    CHECK(tricky.value(QStringLiteral("uid")).toString() ==
          QStringLiteral("urn:uuid:") + uuidToString(q->blob(0)));
    CHECK(tricky.value(QStringLiteral("note")).toString() == db.trickyNote);
    CHECK(tricky.value(QStringLiteral("title")).toString() == u"Глава отдела, продажи; опт");
    CHECK(tricky.value(QStringLiteral("org")).toString() == u"Рога; и копыта, ООО");
    CHECK(tricky.value(QStringLiteral("tel")).toArray() ==
          QJsonArray{QStringLiteral("tel:+79123456789"), QStringLiteral("tel:88005553535")});
    CHECK(tricky.value(QStringLiteral("tel_value")).toArray().at(0).toString() == u"uri");
    CHECK(tricky.value(QStringLiteral("email")).toArray() ==
          QJsonArray{QStringLiteral("anna@example.ru")});
}

TEST_CASE("cli_export_devicesAreWrittenInPlaceAndLostOutputFailsTheCommand")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("team.voronka"));
    REQUIRE(QFile::copy(Voronka::Test::tinyDemo(7), db));
    const QStringList as = {QStringLiteral("--db"), db, QStringLiteral("--user"),
                            QStringLiteral("admin@example.com")};
    for (const QStringList &kind :
         {QStringList{QStringLiteral("contacts"), QStringLiteral("--format"), QStringLiteral("csv")},
          QStringList{QStringLiteral("tasks"), QStringLiteral("--format"), QStringLiteral("ics")}}) {
        CAPTURE(kind.first().toStdString());
        const QStringList exportTo = as + QStringList{QStringLiteral("export")} + kind;
        // A device is written where it is, never replaced by a regular file.
        Run r = cli(exportTo + QStringList{QStringLiteral("--out"), QStringLiteral("/dev/null")});
        CHECK(r.code == 0);
        CHECK_FALSE(QFileInfo(QStringLiteral("/dev/null")).isFile());
        // A device that takes nothing: the command fails and says where.
        r = cli(exportTo + QStringList{QStringLiteral("--out"), QStringLiteral("/dev/full")});
        CHECK(r.code == 2);
        CHECK((r.err.contains(u": No space left on device")
               || r.err.startsWith(u"voronka-cli: cannot write /dev/full: ")));
        CHECK_FALSE(QFileInfo(QStringLiteral("/dev/full")).isFile());
        // Standard output on a full disk: not a silent exit 0.
        const Voronka::Test::CliRun full = Voronka::Test::runProgram(
            QStringLiteral("/bin/sh"),
            QStringList{QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" > /dev/full"),
                        QStringLiteral(VORONKA_CLI_PATH)} +
                exportTo);
        CHECK(full.code == 2);
        CHECK((full.err.contains(u": No space left on device")
               || full.err.contains(u"cannot write standard output")));
    }
    // Any command's output, not only exports.
    const Voronka::Test::CliRun stats = Voronka::Test::runProgram(
        QStringLiteral("/bin/sh"),
        QStringList{QStringLiteral("-c"), QStringLiteral("exec \"$0\" \"$@\" > /dev/full"),
                    QStringLiteral(VORONKA_CLI_PATH)} +
            as + QStringList{QStringLiteral("stats")});
    CHECK(stats.code == 2);
    CHECK(stats.err.contains(u"cannot write standard output"));

    // A FIFO: a reader gets the whole export and the FIFO is still a FIFO afterwards.
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess reader;
    reader.start(QStringLiteral("cat"), {fifo});
    REQUIRE(reader.waitForStarted());
    const Run r = cli(as + QStringList{QStringLiteral("export"), QStringLiteral("contacts"),
                                       QStringLiteral("--format"), QStringLiteral("csv"),
                                       QStringLiteral("--out"), fifo});
    CHECK(r.code == 0);
    REQUIRE(reader.waitForFinished(60000));
    CHECK(reader.readAllStandardOutput().count('\n') == 204); // the header and 203 contacts
    CHECK_FALSE(QFileInfo(fifo).isFile());
}
