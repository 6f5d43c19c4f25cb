// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "wirereader.h"

#include <QJsonDocument>

// The pull and bootstrap pages on the wire (protocol.h). A client reads them with the same
// strictness the server reads a push with: a broken or hostile server gives a ProtocolError
// naming the JSON path, never a crash, and never a field that is not a Voronka field.

namespace Voronka::Core::Sync {

namespace {

using Wire::Reader;
using Wire::Tr;

const QStringList kKinds{QStringLiteral("change"), QStringLiteral("grant"),
                         QStringLiteral("evict")};

bool isEntityType(const QString &type)
{
    return type == u"deal" || type == u"contact" || type == u"company" || type == u"task" ||
           type == u"note";
}

// A record's fields as a page carries them: name -> {"v": value, "hlc": "decimal",
// "node": "decimal"}, every name a wire field of the type.
bool readPageFields(Reader &r, const QJsonValue &v, const QString &path, const QString &type,
                    QJsonObject &out)
{
    if (!v.isObject())
        return r.fail(path, QStringLiteral("wrong_type"), Tr::tr("An object is expected."));
    const QJsonObject fields = v.toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString at = Reader::join(path, it.key());
        if (!isWireField(type, it.key()))
            return r.fail(at, QStringLiteral("unknown_field"),
                          Tr::tr("\"%1\" is not a field of a %2.").arg(it.key(), type));
        if (!it.value().isObject())
            return r.fail(at, QStringLiteral("wrong_type"), Tr::tr("An object is expected."));
        const QJsonObject f = it.value().toObject();
        quint64 hlc = 0, node = 0;
        if (!r.keys(f, at, {QStringLiteral("v"), QStringLiteral("hlc"), QStringLiteral("node")},
                    {QStringLiteral("v"), QStringLiteral("hlc")}) ||
            !r.value(f.value(QStringLiteral("v")), Reader::join(at, QStringLiteral("v"))) ||
            !r.clock(f.value(QStringLiteral("hlc")), Reader::join(at, QStringLiteral("hlc")),
                     hlc) ||
            (f.contains(QStringLiteral("node")) &&
             !r.clock(f.value(QStringLiteral("node")), Reader::join(at, QStringLiteral("node")),
                      node)))
            return false;
    }
    out = fields;
    return true;
}

bool readType(Reader &r, const QJsonValue &v, const QString &path, QString &out)
{
    if (!r.string(v, path, out))
        return false;
    if (!isEntityType(out))
        return r.fail(path, QStringLiteral("unknown_type"),
                      Tr::tr("\"%1\" is not a record type.").arg(out));
    return true;
}

bool readChange(Reader &r, const QJsonValue &v, const QString &path, PulledChange &c)
{
    if (!v.isObject())
        return r.fail(path, QStringLiteral("wrong_type"), Tr::tr("An object is expected."));
    const QJsonObject o = v.toObject();
    const QStringList keys{QStringLiteral("seq"), QStringLiteral("entity_type"),
                           QStringLiteral("uid"), QStringLiteral("kind"), QStringLiteral("fields")};
    QString kind = kKinds.first();
    if (!r.keys(o, path, keys, keys.mid(0, 3)) ||
        !r.integer(o.value(keys[0]), Reader::join(path, keys[0]), c.seq, 1) ||
        !readType(r, o.value(keys[1]), Reader::join(path, keys[1]), c.entityType) ||
        !r.hex32(o.value(keys[2]), Reader::join(path, keys[2]), c.uid) ||
        (o.contains(keys[3]) && !r.string(o.value(keys[3]), Reader::join(path, keys[3]), kind)))
        return false;
    if (!kKinds.contains(kind))
        return r.fail(Reader::join(path, keys[3]), QStringLiteral("unknown_kind"),
                      Tr::tr("\"%1\" is not a kind of change.").arg(kind));
    c.kind = PullKind(kKinds.indexOf(kind));
    return !o.contains(keys[4]) ||
           readPageFields(r, o.value(keys[4]), Reader::join(path, keys[4]), c.entityType, c.fields);
}

// A list under `key` of at most `max` items.
std::optional<QJsonArray> list(Reader &r, const QJsonObject &o, const QString &key, int max)
{
    if (!o.value(key).isArray()) {
        r.fail(key, QStringLiteral("wrong_type"), Tr::tr("A list is expected."));
        return std::nullopt;
    }
    const QJsonArray a = o.value(key).toArray();
    if (a.size() > max) {
        r.fail(key, QStringLiteral("too_many"),
               Tr::tr("A page may carry at most %1 items.").arg(max), 413);
        return std::nullopt;
    }
    return a;
}

bool boolean(Reader &r, const QJsonValue &v, const QString &path, bool &out)
{
    if (!v.isBool())
        return r.fail(path, QStringLiteral("wrong_type"), Tr::tr("true or false is expected."));
    out = v.toBool();
    return true;
}

// Pages are at most this many items: the server's page limit, with room.
constexpr int kMaxPageItems = 10000;

} // namespace

QByteArray toJson(const PullPage &page)
{
    QJsonArray changes;
    for (const PulledChange &c : page.changes) {
        QJsonObject o{{QStringLiteral("seq"), c.seq},
                      {QStringLiteral("entity_type"), c.entityType},
                      {QStringLiteral("uid"), c.uid}};
        if (c.kind != PullKind::Change)
            o.insert(QStringLiteral("kind"), kKinds[int(c.kind)]);
        if (!c.fields.isEmpty())
            o.insert(QStringLiteral("fields"), c.fields);
        changes.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("changes"), changes},
                                     {QStringLiteral("next"), page.next},
                                     {QStringLiteral("has_more"), page.hasMore},
                                     {QStringLiteral("epoch"), page.epoch},
                                     {QStringLiteral("permissions_hash"), page.permissionsHash}})
        .toJson(QJsonDocument::Compact);
}

QByteArray toJson(const BootstrapPage &page)
{
    QJsonArray records;
    for (const BootstrapRecord &r : page.records)
        records.append(
            QJsonObject{{QStringLiteral("uid"), r.uid}, {QStringLiteral("fields"), r.fields}});
    return QJsonDocument(QJsonObject{{QStringLiteral("entity_type"), page.entityType},
                                     {QStringLiteral("records"), records},
                                     {QStringLiteral("after"), page.after},
                                     {QStringLiteral("snapshot"), page.snapshot},
                                     {QStringLiteral("has_more"), page.hasMore},
                                     {QStringLiteral("epoch"), page.epoch},
                                     {QStringLiteral("permissions_hash"), page.permissionsHash}})
        .toJson(QJsonDocument::Compact);
}

Parsed<PullPage> parsePullPage(const QByteArray &body, const Limits &limits)
{
    QJsonObject o;
    if (std::optional<ProtocolError> e = Wire::readDocument(body, limits, o))
        return *e;
    Reader r(limits);
    PullPage page;
    const QStringList keys{QStringLiteral("changes"), QStringLiteral("next"),
                           QStringLiteral("has_more"), QStringLiteral("epoch"),
                           QStringLiteral("permissions_hash")};
    if (!r.keys(o, {}, keys, keys) || !r.integer(o.value(keys[1]), keys[1], page.next) ||
        !boolean(r, o.value(keys[2]), keys[2], page.hasMore) ||
        !r.string(o.value(keys[3]), keys[3], page.epoch) ||
        !r.string(o.value(keys[4]), keys[4], page.permissionsHash))
        return *r.error;
    const std::optional<QJsonArray> changes = list(r, o, keys[0], kMaxPageItems);
    if (!changes)
        return *r.error;
    for (qsizetype i = 0; i < changes->size(); ++i) {
        PulledChange c;
        const QString path = QStringLiteral("changes[%1]").arg(i);
        if (!readChange(r, changes->at(i), path, c))
            return *r.error;
        if (!page.changes.isEmpty() && c.seq < page.changes.last().seq)
            return ProtocolError{400, QStringLiteral("bad_order"),
                                 Tr::tr("Changes must come in seq order."),
                                 Reader::join(path, QStringLiteral("seq"))};
        if (c.seq > page.next)
            return ProtocolError{400, QStringLiteral("bad_cursor"),
                                 Tr::tr("A change lies beyond the page's next cursor."),
                                 Reader::join(path, QStringLiteral("seq"))};
        page.changes.append(c);
    }
    return page;
}

Parsed<BootstrapPage> parseBootstrapPage(const QByteArray &body, const Limits &limits)
{
    QJsonObject o;
    if (std::optional<ProtocolError> e = Wire::readDocument(body, limits, o))
        return *e;
    Reader r(limits);
    BootstrapPage page;
    const QStringList keys{QStringLiteral("entity_type"), QStringLiteral("records"),
                           QStringLiteral("after"), QStringLiteral("snapshot"),
                           QStringLiteral("has_more")};
    const QStringList optional{QStringLiteral("epoch"), QStringLiteral("permissions_hash")};
    if (!r.keys(o, {}, keys + optional, keys) ||
        !readType(r, o.value(keys[0]), keys[0], page.entityType) ||
        !r.string(o.value(keys[2]), keys[2], page.after) ||
        !r.integer(o.value(keys[3]), keys[3], page.snapshot) ||
        !boolean(r, o.value(keys[4]), keys[4], page.hasMore) ||
        (o.contains(optional[0]) && !r.string(o.value(optional[0]), optional[0], page.epoch)) ||
        (o.contains(optional[1]) &&
         !r.string(o.value(optional[1]), optional[1], page.permissionsHash)))
        return *r.error;
    if (!page.after.isEmpty() && !Wire::isHex32(page.after))
        return ProtocolError{400, QStringLiteral("bad_id"),
                             Tr::tr("An id is 32 lowercase hexadecimal digits."), keys[2]};
    const std::optional<QJsonArray> records = list(r, o, keys[1], kMaxPageItems);
    if (!records)
        return *r.error;
    for (qsizetype i = 0; i < records->size(); ++i) {
        const QString path = QStringLiteral("records[%1]").arg(i);
        if (!records->at(i).isObject())
            return ProtocolError{400, QStringLiteral("wrong_type"),
                                 Tr::tr("An object is expected."), path};
        const QJsonObject ro = records->at(i).toObject();
        BootstrapRecord rec;
        const QStringList rkeys{QStringLiteral("uid"), QStringLiteral("fields")};
        if (!r.keys(ro, path, rkeys, rkeys) ||
            !r.hex32(ro.value(rkeys[0]), Reader::join(path, rkeys[0]), rec.uid) ||
            !readPageFields(r, ro.value(rkeys[1]), Reader::join(path, rkeys[1]), page.entityType,
                            rec.fields))
            return *r.error;
        if (!page.records.isEmpty() && rec.uid <= page.records.last().uid)
            return ProtocolError{400, QStringLiteral("bad_order"),
                                 Tr::tr("Records must come in uid order."),
                                 Reader::join(path, rkeys[0])};
        page.records.append(rec);
    }
    return page;
}

} // namespace Voronka::Core::Sync
