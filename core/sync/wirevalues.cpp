// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "wirevalues.h"

#include "core/services/entityspec.h"
#include "core/services/recordrow.h"
#include "core/services/session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Voronka::Core::Sync {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Sync)
};

using RecordValues::kContacts;
const QString kCustomPrefix = QStringLiteral("cf.");

} // namespace

qint64 WireValues::idOf(EntityKind kind, const QString &uidHex)
{
    const QByteArray uid = QByteArray::fromHex(uidHex.toLatin1());
    if (uid.size() != 16)
        return 0;
    if (m_memoDepth)
        if (const auto it = m_ids.constFind({int(kind), uidHex}); it != m_ids.cend())
            return *it;
    Query q = m_s.sql().prepare(
        QStringLiteral("SELECT id FROM %1 WHERE uid = ?1").arg(entityTable(kind)));
    q->bind(1, uid);
    const qint64 id = q->step() ? q->int64(0) : 0;
    if (m_memoDepth && id)
        m_ids.insert({int(kind), uidHex}, id);
    return id;
}

QString WireValues::uidOf(EntityKind kind, qint64 id)
{
    if (m_memoDepth)
        if (const auto it = m_uids.constFind({int(kind), id}); it != m_uids.cend())
            return *it;
    Query q = m_s.sql().prepare(
        QStringLiteral("SELECT uid FROM %1 WHERE id = ?1").arg(entityTable(kind)));
    q->bind(1, id);
    const QString uid = q->step() ? QString::fromLatin1(q->blob(0).toHex()) : QString();
    if (m_memoDepth && !uid.isEmpty())
        m_uids.insert({int(kind), id}, uid);
    return uid;
}

void WireValues::prefetch(EntityKind kind, const QSet<qint64> &ids)
{
    if (!m_memoDepth || ids.isEmpty())
        return;
    QStringList list; // integers only, so written into the statement
    for (qint64 id : ids)
        if (id > 0 && !m_uids.contains({int(kind), id}))
            list << QString::number(id);
    if (list.isEmpty())
        return;
    Query q = m_s.sql().prepare(QStringLiteral("SELECT id, uid FROM %1 WHERE id IN (%2)")
                                    .arg(entityTable(kind), list.join(u',')));
    while (q->step())
        m_uids.insert({int(kind), q->int64(0)}, QString::fromLatin1(q->blob(1).toHex()));
}

void WireValues::prefetchReferences(EntityKind kind, const QList<Record> &records)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!m_memoDepth || !spec)
        return;
    QHash<int, QSet<qint64>> byKind;
    for (const Record &r : records) {
        for (const ColumnSpec &c : spec->columns)
            if (c.type == ColumnType::Ref)
                byKind[int(c.refKind)].insert(r.value(QLatin1String(c.key)).toLongLong());
        if (kind == EntityKind::Deal)
            for (const QVariant &id : r.value(kContacts).toList())
                byKind[int(EntityKind::Contact)].insert(id.toLongLong());
        if (kind == EntityKind::Task)
            byKind[int(r.value(QStringLiteral("entity_kind")).toLongLong())].insert(
                r.value(QStringLiteral("entity_id")).toLongLong());
    }
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        if (!entityTable(EntityKind(it.key())).isEmpty()) // a task without a link has none
            prefetch(EntityKind(it.key()), it.value());
}

const QStringList &WireValues::noteFieldNames()
{
    static const QStringList names{QStringLiteral("entity_type"), QStringLiteral("entity_uid"),
                                   QStringLiteral("text"),        QStringLiteral("pinned"),
                                   QStringLiteral("author_id"),   QStringLiteral("deleted")};
    return names;
}

QJsonObject WireValues::noteValues(qint64 noteId)
{
    Query q = m_s.sql().prepare("SELECT entity_kind, entity_id, text, pinned, author_id, deleted "
                                "FROM notes WHERE id = ?1");
    q->bind(1, noteId);
    if (!q->step())
        return {};
    const auto parent = EntityKind(q->int64(0));
    const qint64 author = q->int64(4);
    return QJsonObject{{QStringLiteral("entity_type"), entityKey(parent)},
                       {QStringLiteral("entity_uid"), uidOf(parent, q->int64(1))},
                       {QStringLiteral("text"), q->text(2)},
                       {QStringLiteral("pinned"), q->int64(3) != 0},
                       {QStringLiteral("author_id"),
                        author ? QJsonValue(uidOf(EntityKind::User, author)) : QJsonValue()},
                       {QStringLiteral("deleted"), q->int64(5) != 0}};
}

bool WireValues::isMultiSelect(EntityKind kind, const QString &wireName)
{
    if (!wireName.startsWith(kCustomPrefix))
        return false;
    const qint64 id = idOf(EntityKind::FieldDef, wireName.mid(kCustomPrefix.size()));
    const FieldDef *def = id ? m_s.fieldDef(id) : nullptr;
    return def && def->kind == kind && def->type == FieldType::MultiSelect;
}

QStringList WireValues::fieldNames(EntityKind kind)
{
    QStringList out;
    if (kind == EntityKind::Note)
        return noteFieldNames();
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return out;
    for (const ColumnSpec &c : spec->columns) {
        const QString key = QLatin1String(c.key);
        if (!toWireName(kind, key).isEmpty())
            out << key;
    }
    if (spec->tags)
        out << RecordValues::kTags;
    if (kind == EntityKind::Deal)
        out << kContacts;
    out << QStringLiteral("deleted");
    if (spec->customFields && kind != EntityKind::Task)
        for (const FieldDef &d : m_s.fieldDefs(kind))
            out << kCustomPrefix + uidOf(EntityKind::FieldDef, d.id);
    return out;
}

QString WireValues::toWireName(EntityKind kind, const QString &localName)
{
    if (kind == EntityKind::Note)
        return localName == u"entity_kind" ? QStringLiteral("entity_type")
               : localName == u"entity_id" ? QStringLiteral("entity_uid")
               : localName == u"text" || localName == u"pinned" || localName == u"deleted"
                   ? localName
                   : QString();
    if (localName.startsWith(kCustomPrefix)) {
        const QString uid =
            uidOf(EntityKind::FieldDef, localName.mid(kCustomPrefix.size()).toLongLong());
        return uid.isEmpty() || kind == EntityKind::Task ? QString() : kCustomPrefix + uid;
    }
    const EntitySpec *spec = entitySpec(kind);
    if (localName == u"deleted" || (localName == RecordValues::kTags && spec && spec->tags) ||
        (localName == kContacts && kind == EntityKind::Deal) || (spec && spec->column(localName)))
        return localName;
    return QString();
}

QString WireValues::toLocalName(EntityKind kind, const QString &wireName)
{
    if (kind == EntityKind::Note)
        return wireName == u"entity_type"  ? QStringLiteral("entity_kind")
               : wireName == u"entity_uid" ? QStringLiteral("entity_id")
               : wireName == u"text" || wireName == u"pinned" || wireName == u"deleted" ? wireName
                                                                                        : QString();
    if (wireName.startsWith(kCustomPrefix)) {
        const qint64 id = idOf(EntityKind::FieldDef, wireName.mid(kCustomPrefix.size()));
        return id && kind != EntityKind::Task ? kCustomPrefix + QString::number(id) : QString();
    }
    return toWireName(kind, wireName);
}

Result<std::pair<QString, QVariant>> WireValues::toPatch(EntityKind kind, const QString &name,
                                                         const QJsonValue &value, bool *heldBack)
{
    const auto unknown = [&](const QString &what) {
        return makeError(Error::Code::Invalid,
                         Tr::tr("Field \"%1\": %2 does not exist.").arg(name, what),
                         entityKey(kind), name);
    };
    const auto reference = [&](EntityKind refKind, const QJsonValue &v) -> Result<QVariant> {
        if (v.isNull() || v.toString().isEmpty())
            return QVariant();
        const qint64 id = idOf(refKind, v.toString());
        if (!id && heldBack) {
            *heldBack = true;
            return QVariant();
        }
        if (!id)
            return unknown(QStringLiteral("%1 %2").arg(entityName(refKind), v.toString()));
        return QVariant(id);
    };
    if (name.startsWith(kCustomPrefix)) {
        const qint64 fieldId = idOf(EntityKind::FieldDef, name.mid(kCustomPrefix.size()));
        const FieldDef *def = fieldId ? m_s.fieldDef(fieldId) : nullptr;
        if (!def || def->kind != kind)
            return unknown(Tr::tr("the custom field"));
        return std::pair{def->key(), value.toVariant()};
    }
    if (name == kContacts) {
        QVariantList ids;
        for (const QJsonValue &v : value.toArray()) {
            Result<QVariant> id = reference(EntityKind::Contact, v);
            if (!id)
                return id.error();
            if (!id->isNull())
                ids << *id;
        }
        return std::pair{name, QVariant(ids)};
    }
    const EntitySpec *spec = entitySpec(kind);
    const ColumnSpec *col = spec ? spec->column(name) : nullptr;
    if (kind == EntityKind::Task && name == u"entity_kind") {
        if (value.isNull() || value.toString().isEmpty())
            return std::pair{name, QVariant(qint64(0))};
        const EntityKind linked = entityFromKey(value.toString());
        if (linked != EntityKind::Deal && linked != EntityKind::Contact &&
            linked != EntityKind::Company)
            return makeError(
                Error::Code::Invalid,
                Tr::tr("Field \"%1\": a task links to a deal, contact or company.").arg(name),
                entityKey(kind), name);
        return std::pair{name, QVariant(qint64(linked))};
    }
    if (kind == EntityKind::Task && name == u"entity_id") {
        // A uid names one record of any type: the linked record is found by it alone.
        if (value.isNull() || value.toString().isEmpty())
            return std::pair{name, QVariant()};
        for (EntityKind linked : {EntityKind::Deal, EntityKind::Contact, EntityKind::Company})
            if (const qint64 id = idOf(linked, value.toString()))
                return std::pair{name, QVariant(id)};
        if (heldBack) {
            *heldBack = true;
            return std::pair{name, QVariant()};
        }
        return unknown(Tr::tr("the linked record %1").arg(value.toString()));
    }
    if (col && col->type == ColumnType::Ref) {
        Result<QVariant> id = reference(col->refKind, value);
        if (!id)
            return id.error();
        return std::pair{name, *id};
    }
    return std::pair{name, value.toVariant()};
}

QJsonObject WireValues::fromRecord(EntityKind kind, const Record &record, const QStringList &names)
{
    const EntitySpec *spec = entitySpec(kind);
    QJsonObject out;
    for (const QString &name : names) {
        QJsonValue v;
        if (name.startsWith(kCustomPrefix)) {
            const qint64 fieldId = idOf(EntityKind::FieldDef, name.mid(kCustomPrefix.size()));
            const FieldDef *def = fieldId ? m_s.fieldDef(fieldId) : nullptr;
            v = def ? QJsonValue::fromVariant(record.value(def->key())) : QJsonValue();
        } else if (kind == EntityKind::Task && (name == u"entity_kind" || name == u"entity_id")) {
            const auto linked =
                EntityKind(record.value(QStringLiteral("entity_kind")).toLongLong());
            const qint64 id = record.value(QStringLiteral("entity_id")).toLongLong();
            if (linked != EntityKind::None && id)
                v = name == u"entity_kind" ? QJsonValue(entityKey(linked))
                                           : QJsonValue(uidOf(linked, id));
        } else if (name == kContacts) {
            QJsonArray uids;
            for (const QVariant &id : record.value(name).toList())
                uids << uidOf(EntityKind::Contact, id.toLongLong());
            v = uids;
        } else if (const ColumnSpec *col = spec ? spec->column(name) : nullptr;
                   col && col->type == ColumnType::Ref) {
            const qint64 id = record.value(name).toLongLong();
            v = id ? QJsonValue(uidOf(col->refKind, id)) : QJsonValue();
        } else {
            v = QJsonValue::fromVariant(record.value(name));
        }
        out.insert(name, v);
    }
    return out;
}

} // namespace Voronka::Core::Sync
