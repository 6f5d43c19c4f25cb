// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importmatch.h"

#include "core/importexport/importhistory.h"
#include "core/permissions/permissions.h"
#include "core/services/duplicates.h"
#include "core/services/session.h"
#include "core/util/text.h"

namespace Voronka::Core {

namespace {

quint64 key64(const QString &s)
{
    return s.isEmpty() ? 0 : quint64(qHash(s, 0x5eed1234u));
}

QString nameCompanyKey(const QString &name, const QString &company)
{
    const QString n = Duplicates::nameKey(name);
    return n.isEmpty() ? QString() : n + u'\x1f' + Duplicates::nameKey(company);
}

qint64 look(const QHash<quint64, qint64> &h, const QString &k)
{
    const quint64 key = key64(k);
    return key ? h.value(key) : 0;
}

} // namespace

void ImportMatchIndex::load(Session &s, EntityKind kind)
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_kind = kind;
    // Only records the actor may view take part, as in the duplicate finder: a row is never
    // skipped or merged because of a record its importer cannot see.
    const PermEntity perm = kind == EntityKind::Contact   ? PermEntity::Contact
                            : kind == EntityKind::Company ? PermEntity::Company
                                                          : PermEntity::Deal;
    const QString visible =
        Permissions::sqlPredicate(s.principal(), perm, PermAction::View, QStringLiteral("r.responsible_id"));
    const QString sql =
        kind == EntityKind::Contact
            ? QStringLiteral("SELECT r.id, r.name, r.phones, r.emails, coalesce(co.name, '') FROM "
                             "contacts r LEFT JOIN companies co ON co.id = r.company_id WHERE "
                             "r.deleted = 0 AND %1")
        : kind == EntityKind::Company
            ? QStringLiteral("SELECT r.id, r.name, r.phones, r.emails, '' FROM companies r WHERE "
                             "r.deleted = 0 AND %1")
            : QStringLiteral("SELECT r.id, r.name, NULL, NULL, coalesce(co.name, '') FROM deals r "
                             "LEFT JOIN companies co ON co.id = r.company_id WHERE r.deleted = 0 "
                             "AND %1");
    Query q = s.sql().prepare(sql.arg(visible));
    while (q->step())
        add(q->int64(0), q->text(1), Text::splitJsonArray(q->text(2)),
            Text::splitJsonArray(q->text(3)), q->text(4), QString());
    // External ids are those earlier imports brought, of batches not undone.
    Query ext = s.sql().prepare(
        QStringLiteral("SELECT i.external_id, i.entity_id FROM import_items i JOIN "
                       "import_batches b ON b.id = i.batch_id JOIN %1 r ON r.id = i.entity_id "
                       "WHERE i.kind = ?1 AND i.external_id IS NOT NULL AND b.state <> %2 "
                       "AND r.deleted = 0 AND %3 ORDER BY i.id")
            .arg(entityTable(kind))
            .arg(int(ImportState::Undone))
            .arg(visible));
    ext->bind(1, int(kind));
    while (ext->step())
        if (const quint64 k = key64(ext->text(0)))
            m_external.insert(k, ext->int64(1));
}

qint64 ImportMatchIndex::find(const ImportDraft &d, int match) const
{
    if ((match & MatchExternal) && !d.externalId.isEmpty())
        if (const qint64 id = look(m_external, d.externalId))
            return id;
    if (match & MatchEmail)
        for (const QString &e : d.patch.value(QStringLiteral("emails")).toStringList())
            if (const qint64 id = look(m_email, Duplicates::emailKey(e)))
                return id;
    if (match & MatchPhone)
        for (const QString &ph : d.patch.value(QStringLiteral("phones")).toStringList())
            if (const qint64 id = look(m_phone, Duplicates::phoneKey(ph)))
                return id;
    if (match & MatchNameCompany)
        if (const qint64 id = look(m_nameCompany,
                                   nameCompanyKey(d.patch.value(QStringLiteral("name")).toString(),
                                                  d.companyName)))
            return id;
    return 0;
}

qint64 ImportMatchIndex::byName(const QString &name) const
{
    return look(m_name, Duplicates::nameKey(name));
}

void ImportMatchIndex::add(qint64 id, const ImportDraft &d)
{
    add(id, d.patch.value(QStringLiteral("name")).toString(),
        d.patch.value(QStringLiteral("phones")).toStringList(),
        d.patch.value(QStringLiteral("emails")).toStringList(), d.companyName, d.externalId);
}

void ImportMatchIndex::add(qint64 id, const QString &name, const QStringList &phones,
                           const QStringList &emails, const QString &company,
                           const QString &externalId)
{
    for (const QString &e : emails)
        if (const quint64 k = key64(Duplicates::emailKey(e)))
            m_email.insert(k, id);
    for (const QString &p : phones)
        if (const quint64 k = key64(Duplicates::phoneKey(p)))
            m_phone.insert(k, id);
    const QString nameKey = Duplicates::nameKey(name);
    if (!nameKey.isEmpty()) {
        if (const quint64 k = key64(nameKey + u'\x1f' + Duplicates::nameKey(company)))
            m_nameCompany.insert(k, id);
        if (const quint64 k = key64(nameKey); k && m_kind == EntityKind::Company)
            m_name.insert(k, id); // byName finds a row's company, never a contact or deal
    }
    if (const quint64 k = key64(externalId))
        m_external.insert(k, id);
}

void ImportMatchIndex::forget(const QSet<qint64> &ids)
{
    for (QHash<quint64, qint64> *h : all())
        h->removeIf([&](const QHash<quint64, qint64>::iterator it) { return ids.contains(it.value()); });
}

void ImportMatchIndex::markPending(const QSet<qint64> &ids)
{
    for (QHash<quint64, qint64> *h : all())
        for (auto it = h->begin(); it != h->end(); ++it)
            if (ids.contains(it.value()))
                it.value() = kImportPending;
}

} // namespace Voronka::Core
