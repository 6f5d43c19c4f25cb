// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "clientdetails.h"

#include "core/permissions/permissions.h"
#include "core/services/session.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Voronka::Core {

namespace {
QStringList phoneList(const QString &json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a)
        if (!v.toString().isEmpty())
            out << v.toString();
    if (out.isEmpty() && !json.isEmpty() && !json.startsWith(u'['))
        out << json; // a plain value written by an older import
    return out;
}
} // namespace

Result<ClientDetails> ClientDetailsReader::read(EntityKind kind, qint64 id)
{
    ClientDetails d;
    d.kind = kind;
    d.id = id;
    const Principal &p = m_s.principal();
    QString sql;
    switch (kind) {
    case EntityKind::Contact:
        sql = QStringLiteral(
                  "SELECT c.name, c.phones, co.name, '' FROM contacts c LEFT JOIN companies co "
                  "ON co.id = c.company_id AND co.deleted = 0 WHERE c.id = ?1 AND c.deleted = 0 "
                  "AND %1")
                  .arg(Permissions::sqlPredicate(p, PermEntity::Contact, PermAction::View,
                                                 QStringLiteral("c.responsible_id")));
        break;
    case EntityKind::Company:
        sql = QStringLiteral("SELECT c.name, c.phones, '', '' FROM companies c WHERE c.id = ?1 "
                             "AND c.deleted = 0 AND %1")
                  .arg(Permissions::sqlPredicate(p, PermEntity::Company, PermAction::View,
                                                 QStringLiteral("c.responsible_id")));
        break;
    case EntityKind::Deal:
        // The main contact's phones, else the company's.
        sql = QStringLiteral(
                  "SELECT d.name, coalesce(m.phones, co.phones), co.name, coalesce(m.name, '') "
                  "FROM deals d LEFT JOIN companies co ON co.id = d.company_id AND co.deleted = 0 "
                  "LEFT JOIN contacts m ON m.id = (SELECT dc.contact_id FROM deal_contacts dc "
                  "JOIN contacts c ON c.id = dc.contact_id AND c.deleted = 0 WHERE dc.deal_id = "
                  "d.id ORDER BY dc.position LIMIT 1) WHERE d.id = ?1 AND d.deleted = 0 AND %1")
                  .arg(Permissions::sqlPredicate(p, PermEntity::Deal, PermAction::View,
                                                 QStringLiteral("d.responsible_id")));
        break;
    default:
        return d;
    }
    return guarded(m_s.db(), [&]() -> Result<ClientDetails> {
        Query q = m_s.sql().prepare(sql);
        q->bind(1, id);
        if (!q->step())
            return d;
        d.visible = true;
        d.name = q->text(0);
        d.phones = phoneList(q->text(1));
        d.company = q->text(2);
        d.contact = q->text(3);
        Query last = m_s.sql().prepare(
            QStringLiteral("SELECT t.text, coalesce(t.result, ''), coalesce(t.completed_at, "
                           "t.updated_at) AS done FROM tasks t WHERE t.entity_kind = ?1 AND "
                           "t.entity_id = ?2 AND t.deleted = 0 AND t.status = %1 AND %2 "
                           "ORDER BY done DESC, t.id DESC LIMIT 1")
                .arg(int(TaskStatus::Done))
                .arg(Permissions::sqlPredicate(p, PermEntity::Task, PermAction::View,
                                               QStringLiteral("t.responsible_id"))));
        last->bind(1, int(kind));
        last->bind(2, id);
        if (last->step()) {
            d.lastDoneText = last->text(0);
            d.lastDoneResult = last->text(1);
            d.lastDoneAt = last->int64(2);
        }
        return d;
    });
}

} // namespace Voronka::Core
