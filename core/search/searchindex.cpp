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

QString customText(Session &s, EntityKind kind, qint64 id)
{
    const auto &defs = s.fieldDefs(kind);
    if (defs.isEmpty())
        return {};
    QStringList parts;
    Query q = s.sql().prepare("SELECT field_id, value FROM field_values WHERE kind = ?1 AND "
                              "entity_id = ?2");
    q->bindAll(int(kind), id);
    while (q->step()) {
        const FieldDef *d = s.fieldDef(q->int64(0));
        if (!d)
            continue;
        if (fieldTypeIsText(d->type))
            parts << fieldValueText(*d, q->value(1));
        else if (d->type == FieldType::Phone)
            parts << Text::phoneSearchTerms(q->text(1));
    }
    return parts.join(u' ');
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

void reindex(Session &s, EntityKind kind, qint64 id)
{
    if (!indexed(kind))
        return;
    remove(s, kind, id);
    const char *sql = nullptr;
    switch (kind) {
    case EntityKind::Contact:
        sql = "SELECT c.name, c.phones, c.emails, co.name, c.position, c.deleted FROM contacts c "
              "LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?1";
        break;
    case EntityKind::Company:
        sql = "SELECT name, phones, emails, NULL, coalesce(website, '') || ' ' || "
              "coalesce(address, ''), deleted FROM companies WHERE id = ?1";
        break;
    case EntityKind::Deal:
        sql = "SELECT d.name, NULL, NULL, co.name, d.source, d.deleted FROM deals d "
              "LEFT JOIN companies co ON co.id = d.company_id WHERE d.id = ?1";
        break;
    default:
        return;
    }
    QString name, phones, emails, company, extra;
    {
        Query q = s.sql().prepare(sql);
        q->bind(1, id);
        if (!q->step() || q->int64(5) != 0)
            return;
        name = q->text(0);
        phones = phoneTerms(q->text(1));
        emails = Text::splitJsonArray(q->text(2)).join(u' ');
        company = q->text(3);
        extra = q->text(4);
    }
    const QString custom = customText(s, kind, id);
    if (!custom.isEmpty())
        extra = extra.isEmpty() ? custom : extra + u' ' + custom;
    s.sql()
        .prepare("INSERT INTO search(rowid, name, phones, emails, company, extra) "
                 "VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
        ->bindAll(rowidFor(kind, id), name, phones, emails, company, extra)
        .run();
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
