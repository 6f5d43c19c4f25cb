// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "protocol.h"

#include "wirereader.h"

#include "core/services/entityspec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Voronka::Core::Sync {

namespace {

using Wire::isHex32;
using Wire::readDocument;
using Wire::Reader;
using Wire::Tr;

const QStringList kOps{QStringLiteral("create"),  QStringLiteral("set"),
                       QStringLiteral("delete"),  QStringLiteral("undelete"),
                       QStringLiteral("tag_add"), QStringLiteral("tag_remove")};
const QStringList kOutcomes{QStringLiteral("applied"), QStringLiteral("duplicate"),
                            QStringLiteral("superseded"), QStringLiteral("rejected")};

EntityKind kindOf(const QString &type)
{
    if (type == u"deal")
        return EntityKind::Deal;
    if (type == u"contact")
        return EntityKind::Contact;
    if (type == u"company")
        return EntityKind::Company;
    if (type == u"task")
        return EntityKind::Task;
    return EntityKind::None;
}

bool readFields(Reader &r, const QJsonValue &v, const QString &path, const QString &entityType,
                QMap<QString, FieldChange> &out)
{
    if (!v.isObject())
        return r.fail(path, QStringLiteral("wrong_type"), Tr::tr("An object is expected."));
    const QJsonObject fields = v.toObject();
    if (fields.size() > r.m_limits.maxFieldsPerMutation)
        return r.fail(
            path, QStringLiteral("too_many"),
            Tr::tr("A mutation may change at most %1 fields.").arg(r.m_limits.maxFieldsPerMutation),
            413);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString at = Reader::join(path, it.key());
        if (!isWireField(entityType, it.key()))
            return r.fail(at, QStringLiteral("unknown_field"),
                          Tr::tr("\"%1\" is not a field of a %2.").arg(it.key(), entityType));
        if (!it.value().isObject())
            return r.fail(at, QStringLiteral("wrong_type"), Tr::tr("An object is expected."));
        const QJsonObject f = it.value().toObject();
        FieldChange c;
        if (!r.keys(f, at, {QStringLiteral("v"), QStringLiteral("hlc"), QStringLiteral("base_seq")},
                    {QStringLiteral("v"), QStringLiteral("hlc")}) ||
            !r.value(f.value(QStringLiteral("v")), Reader::join(at, QStringLiteral("v"))) ||
            !r.clock(f.value(QStringLiteral("hlc")), Reader::join(at, QStringLiteral("hlc")),
                     c.hlc))
            return false;
        if (f.contains(QStringLiteral("base_seq")) &&
            !r.integer(f.value(QStringLiteral("base_seq")),
                       Reader::join(at, QStringLiteral("base_seq")), c.baseSeq))
            return false;
        c.value = f.value(QStringLiteral("v"));
        out.insert(it.key(), c);
    }
    return true;
}

// A receipt's signature: 64 lowercase hex digits.
bool readSignature(Reader &r, const QJsonValue &v, const QString &path, QString &out)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    if (!r.string(v, path, out))
        return false;
    if (!re.match(out).hasMatch())
        return r.fail(path, QStringLiteral("bad_signature"),
                      Tr::tr("A signature is 64 lowercase hexadecimal digits."));
    return true;
}

bool readMutation(Reader &r, const QJsonValue &v, const QString &path, Mutation &m)
{
    if (!v.isObject())
        return r.fail(path, QStringLiteral("wrong_type"), Tr::tr("An object is expected."));
    const QJsonObject o = v.toObject();
    const QStringList keys{QStringLiteral("mutation_id"), QStringLiteral("client_seq"),
                           QStringLiteral("entity_type"), QStringLiteral("uid"),
                           QStringLiteral("op"),          QStringLiteral("fields"),
                           QStringLiteral("signature")};
    QString op;
    if (!r.keys(o, path, keys, keys.mid(0, 5)) ||
        (o.contains(keys[6]) &&
         !readSignature(r, o.value(keys[6]), Reader::join(path, keys[6]), m.signature)) ||
        !r.hex32(o.value(keys[0]), Reader::join(path, keys[0]), m.mutationId) ||
        !r.integer(o.value(keys[1]), Reader::join(path, keys[1]), m.clientSeq, 1) ||
        !r.string(o.value(keys[2]), Reader::join(path, keys[2]), m.entityType) ||
        !r.hex32(o.value(keys[3]), Reader::join(path, keys[3]), m.uid) ||
        !r.string(o.value(keys[4]), Reader::join(path, keys[4]), op))
        return false;
    if (kindOf(m.entityType) == EntityKind::None && m.entityType != u"note")
        return r.fail(Reader::join(path, keys[2]), QStringLiteral("unknown_type"),
                      Tr::tr("\"%1\" is not a record type.").arg(m.entityType));
    if (!kOps.contains(op))
        return r.fail(Reader::join(path, keys[4]), QStringLiteral("unknown_op"),
                      Tr::tr("\"%1\" is not an operation.").arg(op));
    m.op = Op(kOps.indexOf(op));
    return !o.contains(keys[5]) ||
           readFields(r, o.value(keys[5]), Reader::join(path, keys[5]), m.entityType, m.fields);
}

QJsonObject fieldsJson(const QMap<QString, FieldChange> &fields)
{
    QJsonObject out;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        QJsonObject f{{QStringLiteral("v"), it->value},
                      {QStringLiteral("hlc"), QString::number(it->hlc)}};
        if (it->baseSeq > 0)
            f.insert(QStringLiteral("base_seq"), it->baseSeq);
        out.insert(it.key(), f);
    }
    return out;
}

QJsonObject mutationJson(const Mutation &m)
{
    QJsonObject o{{QStringLiteral("mutation_id"), m.mutationId},
                  {QStringLiteral("client_seq"), m.clientSeq},
                  {QStringLiteral("entity_type"), m.entityType},
                  {QStringLiteral("uid"), m.uid},
                  {QStringLiteral("op"), opName(m.op)}};
    if (!m.fields.isEmpty())
        o.insert(QStringLiteral("fields"), fieldsJson(m.fields));
    if (!m.signature.isEmpty())
        o.insert(QStringLiteral("signature"), m.signature);
    return o;
}

} // namespace

QByteArray ProtocolError::toJson() const
{
    QJsonObject o{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    if (!path.isEmpty())
        o.insert(QStringLiteral("path"), path);
    if (serverTimeMs)
        o.insert(QStringLiteral("server_time"), QString::number(serverTimeMs));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString opName(Op op)
{
    return kOps[int(op)];
}

QString outcomeName(Outcome outcome)
{
    return kOutcomes[int(outcome)];
}

bool isWireField(const QString &entityType, const QString &name)
{
    if (name == u"deleted" || name == u"tags")
        return entityType != u"note" || name == u"deleted";
    if (name.startsWith(QStringLiteral("cf.")))
        return entityType != u"note" && entityType != u"task" && isHex32(name.mid(3));
    if (entityType == u"note")
        return name == u"text" || name == u"entity_type" || name == u"entity_uid" ||
               name == u"pinned" || name == u"author_id";
    if (name == u"contacts")
        return entityType == u"deal" || entityType == u"company";
    const EntitySpec *spec = entitySpec(kindOf(entityType));
    return spec && spec->column(name);
}

QByteArray toJson(const PushRequest &request)
{
    QJsonArray mutations;
    for (const Mutation &m : request.mutations)
        mutations.append(mutationJson(m));
    return QJsonDocument(
               QJsonObject{{QStringLiteral("device_id"), request.deviceId},
                           {QStringLiteral("client_hlc"), QString::number(request.clientHlc)},
                           {QStringLiteral("mutations"), mutations}})
        .toJson(QJsonDocument::Compact);
}

QByteArray toJson(const PushResponse &response)
{
    QJsonArray results;
    for (const Receipt &r : response.results) {
        QJsonObject o{{QStringLiteral("mutation_id"), r.mutationId},
                      {QStringLiteral("result"), outcomeName(r.outcome)}};
        if (r.seq > 0)
            o.insert(QStringLiteral("seq"), r.seq);
        if (!r.reason.isEmpty())
            o.insert(QStringLiteral("reason"), r.reason);
        if (!r.serverFields.isEmpty())
            o.insert(QStringLiteral("server_fields"), r.serverFields);
        if (!r.signature.isEmpty())
            o.insert(QStringLiteral("signature"), r.signature);
        if (!r.winner.isEmpty())
            o.insert(QStringLiteral("winner"), r.winner);
        results.append(o);
    }
    QJsonObject o{{QStringLiteral("results"), results},
                  {QStringLiteral("server_hlc"), QString::number(response.serverHlc)},
                  {QStringLiteral("max_seq"), response.maxSeq}};
    if (!response.epoch.isEmpty())
        o.insert(QStringLiteral("epoch"), response.epoch);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Parsed<PushRequest> parsePush(const QByteArray &body, const Limits &limits)
{
    QJsonObject o;
    if (std::optional<ProtocolError> e = readDocument(body, limits, o))
        return *e;
    Reader r(limits);
    PushRequest req;
    const QStringList keys{QStringLiteral("device_id"), QStringLiteral("client_hlc"),
                           QStringLiteral("mutations")};
    if (!r.keys(o, {}, keys, keys) || !r.hex32(o.value(keys[0]), keys[0], req.deviceId) ||
        !r.clock(o.value(keys[1]), keys[1], req.clientHlc))
        return *r.error;
    if (!o.value(keys[2]).isArray())
        return ProtocolError{400, QStringLiteral("wrong_type"), Tr::tr("A list is expected."),
                             keys[2]};
    const QJsonArray list = o.value(keys[2]).toArray();
    if (list.size() > limits.maxMutations)
        return ProtocolError{
            413, QStringLiteral("too_many"),
            Tr::tr("A push may carry at most %1 mutations.").arg(limits.maxMutations), keys[2]};
    for (qsizetype i = 0; i < list.size(); ++i) {
        Mutation m;
        if (!readMutation(r, list[i], QStringLiteral("mutations[%1]").arg(i), m))
            return *r.error;
        if (!req.mutations.isEmpty() && m.clientSeq <= req.mutations.last().clientSeq)
            return ProtocolError{400, QStringLiteral("bad_order"),
                                 Tr::tr("client_seq must increase within a push."),
                                 QStringLiteral("mutations[%1].client_seq").arg(i)};
        req.mutations.append(m);
    }
    return req;
}

Parsed<PushResponse> parsePushResponse(const QByteArray &body, const Limits &limits)
{
    QJsonObject o;
    if (std::optional<ProtocolError> e = readDocument(body, limits, o))
        return *e;
    Reader r(limits);
    PushResponse resp;
    const QStringList keys{QStringLiteral("results"), QStringLiteral("server_hlc"),
                           QStringLiteral("max_seq")};
    const QString epochKey = QStringLiteral("epoch");
    if (!r.keys(o, {}, keys + QStringList{epochKey}, keys) ||
        !r.clock(o.value(keys[1]), keys[1], resp.serverHlc) ||
        !r.integer(o.value(keys[2]), keys[2], resp.maxSeq) ||
        (o.contains(epochKey) && !r.string(o.value(epochKey), epochKey, resp.epoch)))
        return *r.error;
    if (!o.value(keys[0]).isArray())
        return ProtocolError{400, QStringLiteral("wrong_type"), Tr::tr("A list is expected."),
                             keys[0]};
    const QJsonArray list = o.value(keys[0]).toArray();
    const QStringList rkeys{QStringLiteral("mutation_id"),   QStringLiteral("result"),
                            QStringLiteral("seq"),           QStringLiteral("reason"),
                            QStringLiteral("server_fields"), QStringLiteral("signature"),
                            QStringLiteral("winner")};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("results[%1]").arg(i);
        if (!list[i].isObject())
            return ProtocolError{400, QStringLiteral("wrong_type"),
                                 Tr::tr("An object is expected."), path};
        const QJsonObject ro = list[i].toObject();
        Receipt rc;
        QString result;
        if (!r.keys(ro, path, rkeys, rkeys.mid(0, 2)) ||
            !r.hex32(ro.value(rkeys[0]), Reader::join(path, rkeys[0]), rc.mutationId) ||
            !r.string(ro.value(rkeys[1]), Reader::join(path, rkeys[1]), result) ||
            (ro.contains(rkeys[2]) &&
             !r.integer(ro.value(rkeys[2]), Reader::join(path, rkeys[2]), rc.seq)) ||
            (ro.contains(rkeys[3]) &&
             !r.string(ro.value(rkeys[3]), Reader::join(path, rkeys[3]), rc.reason)) ||
            (ro.contains(rkeys[5]) &&
             !readSignature(r, ro.value(rkeys[5]), Reader::join(path, rkeys[5]), rc.signature)) ||
            (ro.contains(rkeys[6]) &&
             !r.hex32(ro.value(rkeys[6]), Reader::join(path, rkeys[6]), rc.winner)))
            return *r.error;
        if (!kOutcomes.contains(result))
            return ProtocolError{400, QStringLiteral("unknown_result"),
                                 Tr::tr("\"%1\" is not a push result.").arg(result),
                                 Reader::join(path, rkeys[1])};
        rc.outcome = Outcome(kOutcomes.indexOf(result));
        if (ro.contains(rkeys[4])) {
            if (!ro.value(rkeys[4]).isObject())
                return ProtocolError{400, QStringLiteral("wrong_type"),
                                     Tr::tr("An object is expected."),
                                     Reader::join(path, rkeys[4])};
            rc.serverFields = ro.value(rkeys[4]).toObject();
        }
        resp.results.append(rc);
    }
    return resp;
}

QByteArray toJson(const Mutation &mutation)
{
    return QJsonDocument(mutationJson(mutation)).toJson(QJsonDocument::Compact);
}

Parsed<Mutation> parseMutation(const QByteArray &body, const Limits &limits)
{
    QJsonObject o;
    if (std::optional<ProtocolError> e = readDocument(body, limits, o))
        return *e;
    Reader r(limits);
    Mutation m;
    if (!readMutation(r, o, {}, m))
        return *r.error;
    return m;
}

} // namespace Voronka::Core::Sync
