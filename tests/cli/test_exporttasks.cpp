// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clirun.h"
#include "support/catch.h"

#include "core/importexport/importsource.h"
#include "core/services/auth.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "core/util/clock.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Voronka::Core;

namespace {

using Run = Voronka::Test::CliRun;

Run run(const QString &program, const QStringList &args)
{
    return Voronka::Test::runProgram(program, args);
}

Run cli(const QStringList &args)
{
    return run(QStringLiteral(VORONKA_CLI_PATH), args);
}

// Python's icalendar package (Debian python3-icalendar) reads the file: an independent
// parser that unfolds, unescapes and decodes exactly as other calendar programs do.
const char *const kParse = R"PY(
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
items = []
for c in cal.walk():
    if c.name in ('VTODO', 'VEVENT'):
        item = {'kind': c.name, 'uid': str(c['UID']), 'summary': str(c['SUMMARY']),
                'status': str(c.get('STATUS', '')), 'description': str(c.get('DESCRIPTION', ''))}
        for key in ('DUE', 'DTSTART', 'DTEND'):
            if key in c:
                item[key.lower()] = c.decoded(key).isoformat()
        items.append(item)
print(json.dumps({'version': str(cal['VERSION']), 'items': items}, ensure_ascii=False))
)PY";

QJsonObject parse(const QString &file)
{
    // Debian's interpreter, where python3-icalendar lives: a python3 earlier in PATH (pyenv,
    // a virtualenv) would not see it.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    const Run r = run(python, {QStringLiteral("-c"), QLatin1String(kParse), file});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

const QStringList kTricky{
    QStringLiteral("Позвонить, уточнить; отправить КП"),
    QStringLiteral("line one\nline two\n\nafter a blank line"),
    // Debian 12's icalendar 4.0.3 unescapes with sequential replace(), so it reads an escaped
    // backslash followed by n, comma or semicolon wrongly; those cases are checked against
    // RFC 5545 in tests/core/test_icalendar.cpp instead.
    QStringLiteral("C:\\path\\to\\file; a,b,c \\ d"),
    QString::fromUtf8("Встреча 😀 с клиентом — «Ромашка» 🚀🚀🚀 ") + QString(60, u'ж'),
};

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

TEST_CASE("cli_exportTasksIcs_parsesWithAnIndependentParserAndRoundTripsText")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.voronka"));
    REQUIRE(cli({QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--size"),
                 QStringLiteral("tiny"), QStringLiteral("--seed"), QStringLiteral("5"),
                 QStringLiteral("--now"), QStringLiteral("2026-03-02")})
                .code == 0);
    {
        Result<std::unique_ptr<Database>> d = Database::open(db);
        REQUIRE(d.ok());
        Result<UserInfo> admin =
            Auth::login(**d, QStringLiteral("admin@example.com"), QStringLiteral("demo"));
        REQUIRE(admin.ok());
        ManualClock clock(1772442000000LL);
        Session s(**d, clock, *admin);
        for (int i = 0; i < kTricky.size(); ++i)
            REQUIRE(Records(s)
                        .create(EntityKind::Task,
                                {{QStringLiteral("text"), kTricky[i]},
                                 {QStringLiteral("due_at"), 1772442000000LL + i * 3600000LL},
                                 {QStringLiteral("all_day"), i == 1}})
                        .ok());
    }
    const QString ics = dir.filePath(QStringLiteral("tasks.ics"));
    Run r =
        cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("export"), QStringLiteral("tasks"),
             QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--out"), ics});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(privateToUser(ics));
    const QJsonObject cal = parse(ics);
    CHECK(cal.value(QStringLiteral("version")).toString() == QStringLiteral("2.0"));
    const QJsonArray items = cal.value(QStringLiteral("items")).toArray();
    // 200 demo deals x 2 tasks, the director's 12 Monday meetings, and ours
    CHECK(items.size() == 412 + kTricky.size());
    QStringList summaries;
    QSet<QString> uids;
    for (const QJsonValue &v : items) {
        summaries << v[QStringLiteral("summary")].toString();
        uids.insert(v[QStringLiteral("uid")].toString());
    }
    CHECK(uids.size() == items.size());
    for (const QString &text : kTricky) {
        INFO(text.toStdString());
        CHECK(summaries.contains(text));
    }
    for (const QJsonValue &v : items)
        if (v[QStringLiteral("summary")].toString() == kTricky[1])
            CHECK(v[QStringLiteral("due")].toString() == QStringLiteral("2026-03-02"));

    // The same export as events, for one manager and one week.
    const QString events = dir.filePath(QStringLiteral("events.ics"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("export"), QStringLiteral("tasks"),
             QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("--kind"),
             QStringLiteral("event"), QStringLiteral("--responsible"),
             QStringLiteral("manager1@example.com"), QStringLiteral("--from"),
             QStringLiteral("2026-03-02"), QStringLiteral("--to"), QStringLiteral("2026-03-08"),
             QStringLiteral("--out"), events});
    REQUIRE(r.code == 0);
    const QJsonArray week = parse(events).value(QStringLiteral("items")).toArray();
    CHECK(!week.isEmpty());
    CHECK(week.size() < items.size());
    for (const QJsonValue &v : week) {
        CHECK(v[QStringLiteral("kind")].toString() == QStringLiteral("VEVENT"));
        CHECK(v[QStringLiteral("dtstart")].toString() >= QStringLiteral("2026-03-01"));
        CHECK(v[QStringLiteral("dtstart")].toString() <= QStringLiteral("2026-03-09"));
    }

    // The same tasks as an Excel workbook: a row each, the text whole.
    const QString xlsx = dir.filePath(QStringLiteral("tasks.xlsx"));
    r = cli({QStringLiteral("--db"), db, QStringLiteral("--user"),
             QStringLiteral("admin@example.com"), QStringLiteral("export"), QStringLiteral("tasks"),
             QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), xlsx});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    CHECK(r.err.contains(QStringLiteral("Exported %1 tasks").arg(items.size())));
    Result<std::unique_ptr<ImportReader>> sheet = ImportReader::open(xlsx);
    REQUIRE(sheet.ok());
    QStringList texts;
    ImportRow row;
    while ((*sheet)->next(row))
        texts << row.cells.value(0).toString();
    CHECK(texts.size() == items.size());
    for (const QString &text : kTricky)
        CHECK(texts.contains(text));
}

TEST_CASE("cli_exportTasks_refusesBadArguments")
{
    QTemporaryDir dir;
    const QStringList base{QStringLiteral("--db"), dir.filePath(QStringLiteral("x.voronka")),
                           QStringLiteral("--user"), QStringLiteral("admin@example.com"),
                           QStringLiteral("export")};
    CHECK(cli(base + QStringList{QStringLiteral("deals")}).code == 1);
    Run bad = cli(base + QStringList{QStringLiteral("tasks"), QStringLiteral("--format"),
                                     QStringLiteral("csv")});
    CHECK(bad.code == 1);
    CHECK(bad.err.contains(u"--format ics or xlsx"));
    Run r = cli(base + QStringList{QStringLiteral("tasks"), QStringLiteral("--format"),
                                   QStringLiteral("ics"), QStringLiteral("--from"),
                                   QStringLiteral("02.03.2026")});
    CHECK(r.code == 1);
    CHECK(r.err.contains(u"--from must be a date"));
    r = cli(base + QStringList{QStringLiteral("tasks"), QStringLiteral("--format"),
                               QStringLiteral("ics"), QStringLiteral("--kind"),
                               QStringLiteral("journal")});
    CHECK(r.code == 1);
}
