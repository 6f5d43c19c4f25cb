// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"

#include "core/importexport/icalendar.h"
#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/util/ids.h"

#include <QBuffer>
#include <QDateTime>
#include <QStringDecoder>

using namespace Voronka::Core;
using Voronka::Test::TempDb;

namespace {
const QTimeZone kZone("Europe/Moscow");

QByteArray unfold(QByteArray ics)
{
    return ics.replace("\r\n ", "");
}

QString unescape(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == u'\\' && i + 1 < v.size()) {
            const QChar n = v[++i];
            out += (n == u'n' || n == u'N') ? QChar(u'\n') : n;
        } else {
            out += v[i];
        }
    }
    return out;
}
} // namespace

TEST_CASE("icalendar_escapesTextSpecials")
{
    CHECK(IcalendarWriter::escapeText(QStringLiteral("a,b;c\\d\ne\r\nf")) ==
          QStringLiteral("a\\,b\\;c\\\\d\\ne\\nf"));
    CHECK(IcalendarWriter::escapeText(QStringLiteral("bell\x07")) == QStringLiteral("bell"));
    // A literal backslash before n, comma or semicolon stays distinguishable from the escapes.
    const QString literal = QStringLiteral("\\n is not a newline, \\, \\;");
    CHECK(IcalendarWriter::escapeText(literal) ==
          QStringLiteral("\\\\n is not a newline\\, \\\\\\, \\\\\\;"));
    CHECK(unescape(IcalendarWriter::escapeText(literal)) == literal);
}

TEST_CASE("icalendar_foldsAt75OctetsWithoutSplittingUtf8")
{
    // Cyrillic (2 bytes), emoji (4 bytes) at every offset against the fold boundary.
    for (int pad = 0; pad < 5; ++pad) {
        const QString text = QStringLiteral("SUMMARY:") + QString(pad, u'x') +
                             QString::fromUtf8("Позвонить 😀 клиенту ").repeated(12);
        const QByteArray folded = IcalendarWriter::fold(text.toUtf8());
        CHECK(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = folded.chopped(2).split('\n');
        for (QByteArray l : lines) {
            if (l.endsWith('\r'))
                l.chop(1);
            CHECK(l.size() <= 75);
            QStringDecoder dec(QStringDecoder::Utf8);
            const QString s = dec.decode(l);
            CHECK_FALSE(dec.hasError()); // every physical line is whole UTF-8
            (void)s;
        }
        CHECK(QString::fromUtf8(unfold(folded).chopped(2)) == text);
    }
    CHECK(IcalendarWriter::fold(QByteArray(75, 'a')) == QByteArray(75, 'a') + "\r\n");
    CHECK(IcalendarWriter::fold(QByteArray(76, 'a')) == QByteArray(75, 'a') + "\r\n a\r\n");
}

TEST_CASE("icalendar_writesTodosAndEventsWithUtcTimesAndLocalDates")
{
    TempDb t;
    Records r(*t.admin);
    const qint64 company =
        *r.create(EntityKind::Company, {{QStringLiteral("name"), QStringLiteral("ООО «Ромашка»")}});
    const qint64 timed = *r.create(
        EntityKind::Task,
        {{QStringLiteral("text"), QStringLiteral("Call; then write, \\ done\nsecond line")},
         {QStringLiteral("due_at"),
          QDateTime(QDate(2026, 3, 3), QTime(10, 0), kZone).toMSecsSinceEpoch()},
         {QStringLiteral("duration_min"), 30},
         {QStringLiteral("entity_kind"), int(EntityKind::Company)},
         {QStringLiteral("entity_id"), company}});
    const qint64 allDay = *r.create(
        EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Whole day")},
                           {QStringLiteral("due_at"),
                            QDateTime(QDate(2026, 3, 4), QTime(23, 59), kZone).toMSecsSinceEpoch()},
                           {QStringLiteral("all_day"), true},
                           {QStringLiteral("status"), 2}});
    *r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Undated")}});

    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    IcalendarWriter::Options o;
    o.zone = kZone;
    o.stampMs = TempDb::kStart;
    Result<qint64> n = exportTasksIcs(*t.admin, {}, buf, o);
    REQUIRE(n.ok());
    CHECK(*n == 3);
    const QByteArray raw = buf.data();
    CHECK(raw.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    CHECK(raw.endsWith("END:VCALENDAR\r\n"));
    CHECK(!raw.contains("\n\n"));
    CHECK(raw.count("\n") == raw.count("\r\n")); // CRLF everywhere
    const QString ics = QString::fromUtf8(unfold(raw));
    INFO(ics.toStdString());
    const QString uid = uuidToString(TaskQuery(*t.admin, kZone).task(timed)->uid);
    CHECK(ics.contains(QStringLiteral("UID:%1@voronka\r\n").arg(uid)));
    CHECK(ics.contains(QStringLiteral("DTSTAMP:20260302T090000Z\r\n")));
    CHECK(ics.contains(QStringLiteral("DTSTART:20260303T070000Z\r\nDUE:20260303T073000Z\r\n")));
    CHECK(
        ics.contains(QStringLiteral("SUMMARY:Call\\; then write\\, \\\\ done\\nsecond line\r\n")));
    CHECK(ics.contains(QStringLiteral("DESCRIPTION:Company: ООО «Ромашка»")));
    CHECK(ics.contains(QStringLiteral("CATEGORIES:Follow-up\r\n")));
    CHECK(ics.contains(QStringLiteral("DUE;VALUE=DATE:20260304\r\nSTATUS:CANCELLED\r\n")));
    CHECK(ics.count(QStringLiteral("BEGIN:VTODO")) == 3);
    const QString summary = ics.section(QStringLiteral("SUMMARY:"), 1, 1).section(u'\r', 0, 0);
    CHECK(unescape(summary) == QStringLiteral("Call; then write, \\ done\nsecond line"));
    (void)allDay;

    QBuffer events;
    events.open(QIODevice::WriteOnly);
    o.kind = IcalendarWriter::Kind::Event;
    n = exportTasksIcs(*t.admin, {}, events, o);
    REQUIRE(n.ok());
    CHECK(*n == 2); // the undated task has no place on a calendar
    const QString ev = QString::fromUtf8(unfold(events.data()));
    CHECK(ev.contains(QStringLiteral("DTSTART:20260303T070000Z\r\nDTEND:20260303T073000Z\r\n")));
    CHECK(ev.contains(
        QStringLiteral("DTSTART;VALUE=DATE:20260304\r\nDTEND;VALUE=DATE:20260305\r\n")));
}

TEST_CASE("icalendar_exportNeedsTheExportRight")
{
    TempDb t;
    Admin admin(*t.admin);
    RoleMatrix m = RoleMatrix::filled(Scope::All);
    m.set(PermEntity::Task, PermAction::Export, Scope::None);
    const qint64 role = *admin.createRole(QStringLiteral("No export"), m);
    auto s = t.sessionFor(t.addUser(QStringLiteral("x@example.com"), role));
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    Result<qint64> n = exportTasksIcs(*s, {}, buf, {});
    REQUIRE_FALSE(n.ok());
    CHECK(n.error().code == Error::Code::Permission);
    CHECK(buf.data().isEmpty());
}

TEST_CASE("icalendar_namesOnlyLinkedRecordsTheUserMayView")
{
    TempDb t;
    Admin admin(*t.admin);
    RoleMatrix m = RoleMatrix::filled(Scope::All);
    m.set(PermEntity::Deal, PermAction::View, Scope::Own);
    m.set(PermEntity::Company, PermAction::View, Scope::None);
    const qint64 role = *admin.createRole(QStringLiteral("Own deals"), m);
    const qint64 user = t.addUser(QStringLiteral("x@example.com"), role);
    Records r(*t.admin);
    const qint64 theirs = *r.create(
        EntityKind::Deal, {{QStringLiteral("name"), QStringLiteral("Colleague's secret deal")}});
    const qint64 mine = *r.create(EntityKind::Deal,
                                  {{QStringLiteral("name"), QStringLiteral("My own deal")},
                                   {QStringLiteral("responsible_id"), user}});
    const qint64 company = *r.create(EntityKind::Company,
                                     {{QStringLiteral("name"), QStringLiteral("Hidden Ltd")}});
    for (const auto &[kind, id] : {std::pair{EntityKind::Deal, theirs},
                                   std::pair{EntityKind::Deal, mine},
                                   std::pair{EntityKind::Company, company}})
        REQUIRE(r.create(EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("Call")},
                                            {QStringLiteral("responsible_id"), user},
                                            {QStringLiteral("entity_kind"), int(kind)},
                                            {QStringLiteral("entity_id"), id}})
                    .ok());
    auto s = t.sessionFor(user);
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    REQUIRE(exportTasksIcs(*s, {}, buf, {}).value() == 3);
    const QString ics = QString::fromUtf8(unfold(buf.data()));
    CHECK(ics.contains(u"My own deal"));
    CHECK_FALSE(ics.contains(u"secret"));
    CHECK_FALSE(ics.contains(u"Hidden Ltd"));
}
