// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Core::Sync {

// Field values between the wire and Records. On the wire a record and everything it refers to
// is named by its UUID as 32 hex digits (SYNC.md "Identity"): a reference column's value
// (responsible_id, stage_id, company_id...), a deal's contacts, a custom field's name
// ("cf.<field uid>"). In a file the same things are local integer ids, which never cross the
// wire. Tags travel by name, as Records takes them. A task's link crosses as "entity_kind" (the
// linked record's type: "deal", "contact", "company" or null) and "entity_id" (its uid); the
// two always travel together.
class WireValues
{
public:
    explicit WireValues(Session &s)
        : m_s(s)
    {
    }

    // The Patch key and value for one wire field; an error names the field (an unknown
    // reference, a field of another kind). With `heldBack`, a reference to a record this file
    // does not hold is no error: it becomes null (or leaves a list) and *heldBack is set.
    Result<std::pair<QString, QVariant>> toPatch(EntityKind kind, const QString &name,
                                                 const QJsonValue &value, bool *heldBack = nullptr);
    // The values of `names` in a record as Records::load gives it, in wire form.
    QJsonObject fromRecord(EntityKind kind, const Record &record, const QStringList &names);

    // Every wire field of a record of `kind`: its standard columns, "tags", a deal's "contacts",
    // "deleted" and "cf.<uid>" per custom field defined for the kind. A record's full wire form is
    // fromRecord() over these.
    QStringList fieldNames(EntityKind kind);
    // A field name in the write path's form ("cf.<local id>") on the wire ("cf.<uid>") and
    // back; empty when it is no wire field (stage_entered_at).
    QString toWireName(EntityKind kind, const QString &localName);
    QString toLocalName(EntityKind kind, const QString &wireName);

    // A note's wire form: "entity_type" and "entity_uid" (the record it belongs to), "text",
    // "pinned", "author_id" (a user's uid; set by whoever creates it, never changed) and
    // "deleted". Locally the first two are the columns entity_kind and entity_id.
    static const QStringList &noteFieldNames();
    QJsonObject noteValues(qint64 noteId);

    // Whether `wireName` is a multiselect custom field of `kind` ("cf.<uid>").
    bool isMultiSelect(EntityKind kind, const QString &wireName);

    qint64 idOf(EntityKind kind, const QString &uidHex);
    QString uidOf(EntityKind kind, qint64 id);

    // The uids of these records of `kind`, read in one statement into the memo (nothing
    // without a Memo): for a reader that knows which references it will write.
    void prefetch(EntityKind kind, const QSet<qint64> &ids);
    // The records `records` of `kind` refer to (their reference columns, a deal's contacts, a
    // task's linked record), prefetched.
    void prefetchReferences(EntityKind kind, const QList<Record> &records);

    // While a Memo lives, idOf() and uidOf() remember what they found (not what they did not:
    // a record made meanwhile is found later). For one request that reads many records (the
    // server's bootstrap page), where the same user, stage or custom field is looked up for
    // each, and each look-up is a round trip on PostgreSQL. A record's uid and id do not change
    // while a request runs; between requests they may (a replica's evicted record comes back
    // under a new id), so the memo ends with the request.
    class Memo
    {
    public:
        explicit Memo(WireValues &w)
            : m_w(w)
        {
            ++m_w.m_memoDepth;
        }
        ~Memo()
        {
            if (--m_w.m_memoDepth == 0) {
                m_w.m_uids.clear();
                m_w.m_ids.clear();
            }
        }
        Memo(const Memo &) = delete;
        Memo &operator=(const Memo &) = delete;

    private:
        WireValues &m_w;
    };

private:
    Session &m_s;
    int m_memoDepth = 0;
    QHash<std::pair<int, qint64>, QString> m_uids;
    QHash<std::pair<int, QString>, qint64> m_ids;
};

} // namespace Voronka::Core::Sync
