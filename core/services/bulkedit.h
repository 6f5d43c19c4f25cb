// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/permissions/permissions.h"
#include "core/util/result.h"

#include <QStringList>

#include <functional>

namespace Voronka::Core {

class Session;

// The outcome of a bulk edit: records that pass every rule are changed, each refused record
// is listed by name with core's message, and nothing of a refused record is written.
struct BulkResult
{
    struct Refusal
    {
        qint64 id = 0;
        QString name; // the record's name as the list shows it
        QString message;
    };
    EntityKind kind = EntityKind::Deal;
    int applied = 0;
    QList<Refusal> refused;
    bool complete() const { return refused.isEmpty(); }
    QString summary() const; // translated, one line per refused record after a headline
};

// Bulk edits of a selection of deals, contacts or companies through the write path (Records):
// each call is one transaction (a Session batch) in which every record is checked, written,
// and given its history and outbox rows. Refused records write nothing and the others are
// applied; a call fails as a whole only when the database does. The deals and the
// contacts/companies lists share it.
class BulkEdit
{
public:
    BulkEdit(Session &s, EntityKind kind)
        : m_s(s)
        , m_kind(kind)
    {
    }

    // `key`: a standard field ("responsible_id", "source", ...) or "cf.<id>".
    Result<BulkResult> setField(const QList<qint64> &ids, const QString &key,
                                const QVariant &value);
    Result<BulkResult> setResponsible(const QList<qint64> &ids, qint64 userId);
    Result<BulkResult> addTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BulkResult> removeTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BulkResult> remove(const QList<qint64> &ids); // to the recycle bin
    // The records of `ids` the actor may edit or delete (`action`), in the order given: the
    // permission checker's SQL predicate, so a list can say before an edit runs how many of a
    // selection it will skip, and agree with what the edit then refuses.
    Result<QList<qint64>> permitted(const QList<qint64> &ids, PermAction action);
    // Any other per-record change, in the same one transaction.
    Result<BulkResult> apply(const QList<qint64> &ids,
                             const std::function<Status(qint64 id)> &change);

private:
    Result<BulkResult> changeTags(const QList<qint64> &ids, const QStringList &tags, bool add);
    Session &m_s;
    EntityKind m_kind;
};

} // namespace Voronka::Core
