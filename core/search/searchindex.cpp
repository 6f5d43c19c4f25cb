// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "searchindex.h"

#include "core/services/session.h"
#include "core/util/text.h"

namespace Voronka::Core::SearchIndex {

namespace {
QString phoneTerms(const QString &json)
{
    QStringList terms;
    for (const QString &p : Text::splitJsonArray(json))
        terms << Text::phoneSearchTerms(p);
    return terms.join(u' ');
}

// Adds a custom value's part of the index text, if its field is indexed.
void addCustomPart(Session &s, qint64 fieldId, Query &q, int column, QStringList &parts)
{
    const FieldDef *d = s.fieldDef(fieldId);
    if (!d)
        return;
    if (fieldTypeIsText(d->type))
        parts << fieldValueText(*d, q->value(column));
    else if (d->type == FieldType::Phone)
        parts << Text::phoneSearchTerms(q->text(column));
}

QString customText(Session &s, EntityKind kind, qint64 id)
{
    const auto &defs = s.fieldDefs(kind);
    if (defs.isEmpty())
        return {};
    QStringList parts;
    Query q = s.sql().prepare("SELECT field_id, value FROM field_values WHERE kind = ?1 AND "
                              "entity_id = ?2");
    q->bindAll(int(kind), id);
    while (q->step())
        addCustomPart(s, q->int64(0), q, 1, parts);
    return parts.join(u' ');
}

// customText of every record `ids` names, in one read (by entity, then field, as the
// primary key gives them one record at a time).
QHash<qint64, QString> customTexts(Session &s, EntityKind kind, const QString &ids)
{
    QHash<qint64, QStringList> parts;
    Query q = s.sql().prepare(
        QStringLiteral("SELECT entity_id, field_id, value FROM field_values WHERE kind = ?1 AND "
                       "entity_id IN (SELECT id FROM %1) ORDER BY entity_id, field_id")
            .arg(ids));
    q->bind(1, int(kind));
    while (q->step())
        addCustomPart(s, q->int64(1), q, 2, parts[q->int64(0)]);
    QHash<qint64, QString> out;
    out.reserve(parts.size());
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        out.insert(it.key(), it.value().join(u' '));
    return out;
}
} // namespace

bool affects(Session &s, EntityKind kind, const QStringList &fields)
{
    static const QStringList contact{QStringLiteral("name"),     QStringLiteral("phones"),
                                     QStringLiteral("emails"),   QStringLiteral("company_id"),
                                     QStringLiteral("position"), QStringLiteral("deleted")};
    static const QStringList company{QStringLiteral("name"),    QStringLiteral("phones"),
                                     QStringLiteral("emails"),  QStringLiteral("website"),
                                     QStringLiteral("address"), QStringLiteral("deleted")};
    static const QStringList deal{QStringLiteral("name"), QStringLiteral("company_id"),
                                  QStringLiteral("source"), QStringLiteral("deleted")};
    if (!indexed(kind))
        return false;
    const QStringList &own = kind == EntityKind::Contact   ? contact
                             : kind == EntityKind::Company ? company
                                                           : deal;
    for (const QString &f : fields) {
        if (own.contains(f))
            return true;
        if (f.startsWith(QStringLiteral("cf."))) {
            const FieldDef *d = s.fieldDef(f.mid(3).toLongLong());
            if (d && (fieldTypeIsText(d->type) || d->type == FieldType::Phone))
                return true;
        }
    }
    return false;
}

void remove(Session &s, EntityKind kind, qint64 id)
{
    s.sql().prepare("DELETE FROM search WHERE rowid = ?1")->bind(1, rowidFor(kind, id)).run();
}

namespace {
// What a record's index row is made of, as columns of one SELECT: id, name, phones, emails,
// company name, extra text, deleted; the record's table is `r`.
QString sourceSql(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Contact:
        return QStringLiteral("SELECT r.id, r.name, r.phones, r.emails, co.name, r.position, "
                              "r.deleted FROM contacts r LEFT JOIN companies co ON co.id = "
                              "r.company_id ");
    case EntityKind::Company:
        return QStringLiteral("SELECT r.id, r.name, r.phones, r.emails, NULL, coalesce(r.website, "
                              "'') || ' ' || coalesce(r.address, ''), r.deleted FROM companies r ");
    case EntityKind::Deal:
        return QStringLiteral("SELECT r.id, r.name, NULL, NULL, co.name, r.source, r.deleted FROM "
                              "deals r LEFT JOIN companies co ON co.id = r.company_id ");
    default:
        return {};
    }
}

// The index rows of the records `q` reads (sourceSql's columns); deleted ones are left out.
void insertRows(Session &s, EntityKind kind, Query &q,
                const QHash<qint64, QString> *custom = nullptr)
{
    Query put = s.sql().prepare("INSERT INTO search(rowid, name, phones, emails, company, extra) "
                                "VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    while (q->step()) {
        if (q->int64(6) != 0)
            continue;
        const qint64 id = q->int64(0);
        QString extra = q->text(5);
        const QString own = custom ? custom->value(id) : customText(s, kind, id);
        if (!own.isEmpty())
            extra = extra.isEmpty() ? own : extra + u' ' + own;
        put->bindAll(rowidFor(kind, id), q->text(1), phoneTerms(q->text(2)),
                     Text::splitJsonArray(q->text(3)).join(u' '), q->text(4), extra)
            .run();
        put->reset();
    }
}
} // namespace

void reindex(Session &s, EntityKind kind, qint64 id)
{
    if (!indexed(kind))
        return;
    remove(s, kind, id);
    static const QString sql[4] = {{},
                                   sourceSql(EntityKind(1)) + u"WHERE r.id = ?1",
                                   sourceSql(EntityKind(2)) + u"WHERE r.id = ?1",
                                   sourceSql(EntityKind(3)) + u"WHERE r.id = ?1"};
    Query q = s.sql().prepare(sql[int(kind)]);
    q->bind(1, id);
    insertRows(s, kind, q);
}

void reindexEach(Session &s, EntityKind kind, const QString &ids)
{
    if (!indexed(kind))
        return;
    s.sql()
        .prepare(QStringLiteral("DELETE FROM search WHERE rowid IN (SELECT id * 4 + ?1 FROM %1)")
                     .arg(ids))
        ->bind(1, int(kind))
        .run();
    const QHash<qint64, QString> custom =
        s.fieldDefs(kind).isEmpty() ? QHash<qint64, QString>() : customTexts(s, kind, ids);
    Query q = s.sql().prepare(sourceSql(kind) +
                              QStringLiteral("WHERE r.id IN (SELECT id FROM %1) ORDER BY r.id").arg(ids));
    insertRows(s, kind, q, &custom);
}

void reindexCompanyDependents(Session &s, qint64 companyId)
{
    QList<qint64> contacts, deals;
    {
        Query q = s.sql().prepare("SELECT id FROM contacts WHERE company_id = ?1 AND deleted = 0");
        q->bind(1, companyId);
        while (q->step())
            contacts << q->int64(0);
    }
    {
        Query q = s.sql().prepare("SELECT id FROM deals WHERE company_id = ?1 AND deleted = 0");
        q->bind(1, companyId);
        while (q->step())
            deals << q->int64(0);
    }
    for (qint64 id : std::as_const(contacts))
        reindex(s, EntityKind::Contact, id);
    for (qint64 id : std::as_const(deals))
        reindex(s, EntityKind::Deal, id);
}

void rebuild(Session &s)
{
    s.sql().exec("DELETE FROM search");
    for (EntityKind kind : {EntityKind::Company, EntityKind::Contact, EntityKind::Deal}) {
        QList<qint64> ids;
        Query q = s.sql().prepare(
            QStringLiteral("SELECT id FROM %1 WHERE deleted = 0").arg(entityTable(kind)));
        while (q->step())
            ids << q->int64(0);
        for (qint64 id : std::as_const(ids))
            reindex(s, kind, id);
    }
}

} // namespace Voronka::Core::SearchIndex
