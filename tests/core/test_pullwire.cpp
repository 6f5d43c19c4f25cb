// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"

#include "core/sync/protocol.h"

#include <QJsonArray>

using namespace Voronka::Core::Sync;

namespace {
const QString kUid = QStringLiteral("018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f");
const QString kUid2 = QStringLiteral("018f0c3e8a7b7c3d9e1f2a3b4c5d6e80");

QJsonObject field(const QJsonValue &v, const char *hlc)
{
    return QJsonObject{{QStringLiteral("v"), v},
                       {QStringLiteral("hlc"), QString::fromLatin1(hlc)},
                       {QStringLiteral("node"), QStringLiteral("42")}};
}

QByteArray page(const QByteArray &changes, const QByteArray &next = "9")
{
    return R"({"changes":[)" + changes + R"(],"next":)" + next +
           R"(,"has_more":false,"epoch":"e1","permissions_hash":"p1"})";
}

QByteArray bootstrap(const QByteArray &records, const QByteArray &after = R"("")")
{
    return R"({"entity_type":"deal","records":[)" + records + R"(],"after":)" + after +
           R"(,"snapshot":5,"has_more":true})";
}
} // namespace

TEST_CASE("pullWire_pagesRoundTripExactly_grantsEvictsAndClocksAbove2To53Included")
{
    PullPage p;
    p.changes << PulledChange{3, QStringLiteral("deal"), kUid,
                              QJsonObject{{QStringLiteral("name"),
                                           field(QStringLiteral("Окна"), "115183384925143041")}},
                              PullKind::Change}
              << PulledChange{4, QStringLiteral("contact"), kUid2,
                              QJsonObject{{QStringLiteral("tags"),
                                           field(QJsonArray{QStringLiteral("VIP")}, "7")}},
                              PullKind::Grant}
              << PulledChange{4, QStringLiteral("deal"), kUid, {}, PullKind::Evict};
    p.next = 9;
    p.hasMore = true;
    p.epoch = QStringLiteral("epoch-1");
    p.permissionsHash = QStringLiteral("abc");
    const Parsed<PullPage> back = parsePullPage(toJson(p));
    REQUIRE(std::holds_alternative<PullPage>(back));
    CHECK(std::get<PullPage>(back) == p);

    BootstrapPage b;
    b.entityType = QStringLiteral("deal");
    b.records << BootstrapRecord{kUid, QJsonObject{{QStringLiteral("budget"), field(100, "5")}}}
              << BootstrapRecord{kUid2, {}};
    b.after = kUid2;
    b.snapshot = 12;
    b.hasMore = true;
    const Parsed<BootstrapPage> bback = parseBootstrapPage(toJson(b));
    REQUIRE(std::holds_alternative<BootstrapPage>(bback));
    CHECK(std::get<BootstrapPage>(bback) == b);
}

TEST_CASE("pullWire_hostilePagesAreRefusedNamingThePath_neverACrash")
{
    struct Case
    {
        const char *what;
        QByteArray body;
        const char *code;
        const char *path;
    };
    const QByteArray change =
        R"({"seq":3,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f")";
    const std::vector<Case> pulls{
        {"not JSON", "<html>", "bad_json", ""},
        {"bad UTF-8", "{\"epoch\":\"\xff\"}", "bad_utf8", ""},
        {"too deep", QByteArray(40, '[') + QByteArray(40, ']'), "too_deep", ""},
        {"unknown key",
         R"({"changes":[],"next":1,"has_more":false,"epoch":"","permissions_hash":"","x":1})",
         "unknown_field", "x"},
        {"has_more a string",
         R"({"changes":[],"next":1,"has_more":"no","epoch":"","permissions_hash":""})",
         "wrong_type", "has_more"},
        {"negative cursor", page("", "-1"), "out_of_range", "next"},
        {"changes an object",
         R"({"changes":{},"next":1,"has_more":false,"epoch":"","permissions_hash":""})",
         "wrong_type", "changes"},
        {"seq zero",
         page(R"({"seq":0,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f"})"),
         "out_of_range", "changes[0].seq"},
        {"table as a type",
         page(R"({"seq":1,"entity_type":"users","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f"})"),
         "unknown_type", "changes[0].entity_type"},
        {"uid with a path", page(R"({"seq":1,"entity_type":"deal","uid":"../../etc/passwd"})"),
         "bad_id", "changes[0].uid"},
        {"unknown kind", page(change + R"(,"kind":"drop"})"), "unknown_kind", "changes[0].kind"},
        {"SQL as a field name",
         page(change + R"(,"fields":{"name; DROP TABLE deals":{"v":1,"hlc":"1"}}})"),
         "unknown_field", "changes[0].fields.name; DROP TABLE deals"},
        {"clock as a number", page(change + R"(,"fields":{"name":{"v":"x","hlc":1}}})"),
         "wrong_type", "changes[0].fields.name.hlc"},
        {"node not a clock",
         page(change + R"(,"fields":{"name":{"v":"x","hlc":"1","node":"-1"}}})"), "bad_clock",
         "changes[0].fields.name.node"},
        {"value an object", page(change + R"(,"fields":{"name":{"v":{"a":1},"hlc":"1"}}})"),
         "wrong_type", "changes[0].fields.name.v"},
        {"seq going back",
         page(change + "}," +
              R"({"seq":2,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f"})"),
         "bad_order", "changes[1].seq"},
        {"seq past the cursor", page(change + "}", "2"), "bad_cursor", "changes[0].seq"},
    };
    for (const Case &c : pulls) {
        INFO(c.what);
        const Parsed<PullPage> r = parsePullPage(c.body);
        REQUIRE(std::holds_alternative<ProtocolError>(r));
        const ProtocolError &e = std::get<ProtocolError>(r);
        CHECK(e.status >= 400);
        CHECK(e.status < 500);
        CHECK(e.code == QString::fromLatin1(c.code));
        CHECK(e.path == QString::fromUtf8(c.path));
    }

    const std::vector<Case> boots{
        {"an array", "[]", "wrong_type", ""},
        {"missing snapshot", R"({"entity_type":"deal","records":[],"after":"","has_more":false})",
         "missing_field", "snapshot"},
        {"after not an id", bootstrap("", R"("' OR 1=1 --")"), "bad_id", "after"},
        {"record without fields", bootstrap(R"({"uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f"})"),
         "missing_field", "records[0].fields"},
        {"a note field on a deal",
         bootstrap(
             R"({"uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","fields":{"entity_uid":{"v":"x","hlc":"1"}}})"),
         "unknown_field", "records[0].fields.entity_uid"},
        {"uids out of order",
         bootstrap(
             R"({"uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e80","fields":{}},{"uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","fields":{}})"),
         "bad_order", "records[1].uid"},
        {"huge string",
         bootstrap(R"({"uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","fields":{"name":{"v":")" +
                   QByteArray(70 * 1024, 'x') + R"(","hlc":"1"}}})"),
         "too_long", "records[0].fields.name.v"},
    };
    for (const Case &c : boots) {
        INFO(c.what);
        const Parsed<BootstrapPage> r = parseBootstrapPage(c.body);
        REQUIRE(std::holds_alternative<ProtocolError>(r));
        const ProtocolError &e = std::get<ProtocolError>(r);
        CHECK(e.status >= 400);
        CHECK(e.status < 500);
        CHECK(e.code == QString::fromLatin1(c.code));
        CHECK(e.path == QString::fromUtf8(c.path));
    }
}
