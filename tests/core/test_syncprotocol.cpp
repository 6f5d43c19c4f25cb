// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"

#include "core/sync/protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Voronka::Core;
using namespace Voronka::Core::Sync;

namespace {
const QString kDevice = QStringLiteral("0123456789abcdef0123456789abcdef");
const QString kUid = QStringLiteral("018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f");

PushRequest sample()
{
    Mutation m;
    m.mutationId = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    m.clientSeq = 7;
    m.entityType = QStringLiteral("deal");
    m.uid = kUid;
    m.op = Op::Set;
    // A clock above 2^53: JSON numbers would round it, so it travels as a string.
    m.fields.insert(QStringLiteral("budget"), {QJsonValue(150000), 115183384925143041ULL, 42});
    m.fields.insert(QStringLiteral("name"),
                    {QJsonValue(QStringLiteral("Поставка «Север»")), 115183384925143042ULL, 0});
    m.fields.insert(
        QStringLiteral("tags"),
        FieldChange{QJsonValue(QJsonArray{QStringLiteral("VIP"), QStringLiteral("Опт")}), 1, 0});
    m.fields.insert(QStringLiteral("cf.0123456789abcdef0123456789abcdef"), {QJsonValue(), 2, 0});
    Mutation del = m;
    del.mutationId = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    del.clientSeq = 8;
    del.op = Op::Delete;
    del.fields.clear();
    // Sent again after a restore, with the signature of its receipt.
    del.signature = QStringLiteral("0123456789abcdef").repeated(4);
    return PushRequest{kDevice, 115183384925143043ULL, {m, del}};
}

QByteArray withMutation(const QByteArray &mutation)
{
    return R"({"device_id":"0123456789abcdef0123456789abcdef","client_hlc":"5","mutations":[)" +
           mutation + "]}";
}

QByteArray setField(const QByteArray &field)
{
    return withMutation(R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,)"
                        R"("entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f",)"
                        R"("op":"set","fields":{)" +
                        field + "}}");
}
} // namespace

TEST_CASE("syncProtocol_aPushRoundTripsExactly_clocksAbove2To53Included")
{
    const PushRequest req = sample();
    const QByteArray json = toJson(req);
    CHECK(json.contains(R"("hlc":"115183384925143041")"));
    const Parsed<PushRequest> back = parsePush(json);
    REQUIRE(std::holds_alternative<PushRequest>(back));
    CHECK(std::get<PushRequest>(back) == req);

    PushResponse resp{{{req.mutations[0].mutationId,
                        Outcome::Applied,
                        101,
                        {},
                        {},
                        QStringLiteral("fedcba9876543210").repeated(4)},
                       {req.mutations[1].mutationId, Outcome::Rejected, 0,
                        QStringLiteral("You may not delete this deal."),
                        QJsonObject{{QStringLiteral("deleted"), false}}},
                       {QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
                        Outcome::Superseded,
                        0,
                        {},
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("Admin's")}},
                        QStringLiteral("fedcba9876543210").repeated(4),
                        QStringLiteral("018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f")}},
                      115183384925143044ULL,
                      101};
    const Parsed<PushResponse> r = parsePushResponse(toJson(resp));
    REQUIRE(std::holds_alternative<PushResponse>(r));
    CHECK(std::get<PushResponse>(r) == resp);

    // One mutation alone (how a replica keeps what a receipt was signed for) the same way.
    const QByteArray one = toJson(req.mutations[1]);
    CHECK(one.contains(R"("signature":"0123456789abcdef)"));
    const Parsed<Mutation> kept = parseMutation(one);
    REQUIRE(std::holds_alternative<Mutation>(kept));
    CHECK(std::get<Mutation>(kept) == req.mutations[1]);
    const Parsed<Mutation> bad =
        parseMutation(R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",)"
                      R"("client_seq":1,"entity_type":"deal",)"
                      R"("uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f",)"
                      R"("op":"set","admin":true})");
    REQUIRE(std::holds_alternative<ProtocolError>(bad));
    CHECK(std::get<ProtocolError>(bad).path == u"admin");
}

// Every hostile or broken body is refused with a 4xx status, a stable code and, where it
// helps, the path of what is wrong; none reaches a handler, none crashes.
TEST_CASE("syncProtocol_hostileBodiesAreRefusedWith4xxNamingWhatIsWrong")
{
    struct Case
    {
        const char *what;
        QByteArray body;
        int status;
        const char *code;
        const char *path;
    };
    const QByteArray deep = QByteArray(40, '[') + QByteArray(40, ']');
    const QByteArray hugeString = "\"" + QByteArray(70 * 1024, 'x') + "\"";
    QByteArray manyMutations;
    for (int i = 1; i <= 501; ++i)
        manyMutations +=
            (i > 1 ? "," : "") +
            QByteArray(R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":)") +
            QByteArray::number(i) +
            R"(,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"delete"})";
    const std::vector<Case> cases{
        {"empty body", "", 400, "bad_json", ""},
        {"not JSON", "hello", 400, "bad_json", ""},
        {"truncated", R"({"device_id":"01)", 400, "bad_json", ""},
        {"an array", "[]", 400, "wrong_type", ""},
        {"a string", "\"x\"", 400, "bad_json", ""},
        {"bad UTF-8", "{\"device_id\":\"\xff\xfe\"}", 400, "bad_utf8", ""},
        {"overlong UTF-8", "{\"device_id\":\"\xc0\xaf\"}", 400, "bad_utf8", ""},
        {"too deep", deep, 400, "too_deep", ""},
        {"too large", QByteArray(5 * 1024 * 1024, ' '), 413, "too_large", ""},
        {"unknown top key",
         R"({"device_id":"0123456789abcdef0123456789abcdef","client_hlc":"1","mutations":[],"admin":true})",
         400, "unknown_field", "admin"},
        {"missing mutations",
         R"({"device_id":"0123456789abcdef0123456789abcdef","client_hlc":"1"})", 400,
         "missing_field", "mutations"},
        {"device id not hex", R"({"device_id":"../../etc/passwd","client_hlc":"1","mutations":[]})",
         400, "bad_id", "device_id"},
        {"clock as number",
         R"({"device_id":"0123456789abcdef0123456789abcdef","client_hlc":5,"mutations":[]})", 400,
         "wrong_type", "client_hlc"},
        {"negative clock",
         R"({"device_id":"0123456789abcdef0123456789abcdef","client_hlc":"-5","mutations":[]})",
         400, "bad_clock", "client_hlc"},
        {"clock over 64 bits",
         R"({"device_id":"0123456789abcdef0123456789abcdef","client_hlc":"99999999999999999999999","mutations":[]})",
         400, "bad_clock", "client_hlc"},
        {"mutations an object",
         R"({"device_id":"0123456789abcdef0123456789abcdef","client_hlc":"1","mutations":{}})", 400,
         "wrong_type", "mutations"},
        {"too many mutations", withMutation(manyMutations), 413, "too_many", "mutations"},
        {"mutation a number", withMutation("5"), 400, "wrong_type", "mutations[0]"},
        {"unknown record type",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,"entity_type":"users","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"set"})"),
         400, "unknown_type", "mutations[0].entity_type"},
        {"unknown op",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"drop"})"),
         400, "unknown_op", "mutations[0].op"},
        {"signature not hex",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"set","signature":"zz"})"),
         400, "bad_signature", "mutations[0].signature"},
        {"signature a number",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"set","signature":5})"),
         400, "wrong_type", "mutations[0].signature"},
        {"client seq zero",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":0,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"set"})"),
         400, "out_of_range", "mutations[0].client_seq"},
        {"client seq fraction",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1.5,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"set"})"),
         400, "wrong_type", "mutations[0].client_seq"},
        {"client seq huge",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1e300,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"set"})"),
         400, "wrong_type", "mutations[0].client_seq"},
        {"uid with capitals",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,"entity_type":"deal","uid":"018F0C3E8A7B7C3D9E1F2A3B4C5D6E7F","op":"set"})"),
         400, "bad_id", "mutations[0].uid"},
        {"integer id instead of uid",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,"entity_type":"deal","uid":42,"op":"set"})"),
         400, "wrong_type", "mutations[0].uid"},
        {"SQL in a field name", setField(R"("name; DROP TABLE deals":{"v":"x","hlc":"1"})"), 400,
         "unknown_field", "mutations[0].fields.name; DROP TABLE deals"},
        {"a column of another table", setField(R"("password_hash":{"v":"x","hlc":"1"})"), 400,
         "unknown_field", "mutations[0].fields.password_hash"},
        {"custom field by local id", setField(R"("cf.12":{"v":"x","hlc":"1"})"), 400,
         "unknown_field", "mutations[0].fields.cf.12"},
        {"field without clock", setField(R"("name":{"v":"x"})"), 400, "missing_field",
         "mutations[0].fields.name.hlc"},
        {"field with extra key", setField(R"("name":{"v":"x","hlc":"1","author":"admin"})"), 400,
         "unknown_field", "mutations[0].fields.name.author"},
        {"field value an object", setField(R"("name":{"v":{"$gt":""},"hlc":"1"})"), 400,
         "wrong_type", "mutations[0].fields.name.v"},
        {"nested list value", setField(R"("tags":{"v":[["a"]],"hlc":"1"})"), 400, "wrong_type",
         "mutations[0].fields.tags.v[0]"},
        {"field value too long", setField(R"("name":{"v":)" + hugeString + R"(,"hlc":"1"})"), 413,
         "too_long", "mutations[0].fields.name.v"},
        {"base seq negative", setField(R"("name":{"v":"x","hlc":"1","base_seq":-1})"), 400,
         "out_of_range", "mutations[0].fields.name.base_seq"},
        {"fields a list",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"set","fields":[]})"),
         400, "wrong_type", "mutations[0].fields"},
        {"seq going back",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":2,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"delete"},)"
             R"({"mutation_id":"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb","client_seq":2,"entity_type":"deal","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"delete"})"),
         400, "bad_order", "mutations[1].client_seq"},
        {"a note's tags",
         withMutation(
             R"({"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","client_seq":1,"entity_type":"note","uid":"018f0c3e8a7b7c3d9e1f2a3b4c5d6e7f","op":"set","fields":{"tags":{"v":[],"hlc":"1"}}})"),
         400, "unknown_field", "mutations[0].fields.tags"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const Parsed<PushRequest> p = parsePush(c.body);
        REQUIRE(std::holds_alternative<ProtocolError>(p));
        const ProtocolError &e = std::get<ProtocolError>(p);
        CHECK(e.status == c.status);
        CHECK(e.code == QLatin1String(c.code));
        CHECK(e.path == QString::fromUtf8(c.path));
        CHECK_FALSE(e.message.isEmpty());
        // The answer itself is JSON a client can read.
        const QJsonDocument answer = QJsonDocument::fromJson(e.toJson());
        CHECK(answer.object().value(QStringLiteral("error")).toString() == QLatin1String(c.code));
    }
    CHECK(cases.size() >= 35);
}

TEST_CASE("syncProtocol_aBrokenServerAnswerIsAnErrorForTheClientNotACrash")
{
    for (
        const QByteArray &body :
        {QByteArray("{"), QByteArray(R"({"results":[],"server_hlc":"1"})"),
         QByteArray(
             R"({"results":[{"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","result":"won"}],"server_hlc":"1","max_seq":1})"),
         QByteArray(R"({"results":[5],"server_hlc":"1","max_seq":1})"),
         QByteArray(
             R"({"results":[{"mutation_id":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","result":"applied","signature":"../x"}],"server_hlc":"1","max_seq":1})"),
         QByteArray(R"({"results":[],"server_hlc":"1","max_seq":-1})")}) {
        INFO(body.toStdString());
        const Parsed<PushResponse> p = parsePushResponse(body);
        REQUIRE(std::holds_alternative<ProtocolError>(p));
        CHECK(std::get<ProtocolError>(p).status >= 400);
    }
}

TEST_CASE("syncProtocol_wireFieldsAreTheRecordsOwn")
{
    CHECK(isWireField(QStringLiteral("deal"), QStringLiteral("stage_id")));
    CHECK(isWireField(QStringLiteral("contact"), QStringLiteral("phones")));
    CHECK(isWireField(QStringLiteral("deal"), QStringLiteral("contacts")));
    CHECK_FALSE(isWireField(QStringLiteral("contact"), QStringLiteral("contacts")));
    CHECK(isWireField(QStringLiteral("task"), QStringLiteral("deleted")));
    CHECK_FALSE(
        isWireField(QStringLiteral("task"), QStringLiteral("cf.0123456789abcdef0123456789abcdef")));
    CHECK(isWireField(QStringLiteral("note"), QStringLiteral("text")));
    CHECK_FALSE(isWireField(QStringLiteral("deal"), QStringLiteral("hlc")));
    CHECK_FALSE(isWireField(QStringLiteral("deal"), QStringLiteral("id")));
}
