// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fieldtext.h"

#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "core/services/session.h"
#include "ui/widgets/dates.h"
#include "ui/widgets/money.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Voronka::Ui {

QString FieldText::label(Core::Session &session, Core::EntityKind kind, const QString &field)
{
    if (field.startsWith(QStringLiteral("cf."))) {
        const Core::FieldDef *def = session.fieldDef(field.mid(3).toLongLong());
        return def ? def->name : field;
    }
    if (field == u"tags")
        return tr("Tags");
    if (field == u"contacts")
        return tr("Contacts");
    if (field == u"deleted")
        return tr("Deleted");
    if (const Core::EntitySpec *spec = Core::entitySpec(kind))
        if (const Core::ColumnSpec *c = spec->column(field))
            return Core::columnLabel(*c);
    return field;
}

QString FieldText::who(Core::Session &session, qint64 userId)
{
    const QString name = session.user(userId).name;
    return name.isEmpty() ? tr("System") : name;
}

QString FieldText::value(Core::Session &session, const QString &field, const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("Yes") : tr("No");
    if (value.typeId() == QMetaType::QVariantList || value.typeId() == QMetaType::QStringList) {
        if (field == u"contacts") {
            QStringList names;
            for (const QVariant &id : value.toList()) {
                auto r = Core::Records(session).load(Core::EntityKind::Contact, id.toLongLong());
                names << (r ? r->value(QStringLiteral("name")).toString() : id.toString());
            }
            return names.isEmpty() ? tr("(empty)") : names.join(QStringLiteral(", "));
        }
        const QStringList items = value.toStringList();
        return items.isEmpty() ? tr("(empty)") : items.join(QStringLiteral(", "));
    }
    if (!value.isValid() || value.isNull() || value.toString().isEmpty())
        return tr("(empty)");
    if (field.startsWith(QStringLiteral("cf."))) {
        const Core::FieldDef *def = session.fieldDef(field.mid(3).toLongLong());
        if (!def)
            return value.toString();
        if (def->type == Core::FieldType::DateTime)
            return Dates::dateTimeMs(value.toLongLong());
        if (def->type == Core::FieldType::Date || def->type == Core::FieldType::Birthday)
            return Dates::date(QDate::fromString(value.toString(), Qt::ISODate));
        return Core::fieldValueText(*def, value);
    }
    if (field == u"responsible_id")
        return who(session, value.toLongLong());
    if (field == u"stage_id") {
        const Core::StageInfo *s = session.stage(value.toLongLong());
        return s ? s->name : value.toString();
    }
    if (field == u"budget")
        return Money::format(value.toLongLong(), QStringLiteral("RUB"));
    if (field == u"loss_reason_id") {
        for (const auto &r : session.lossReasons())
            if (r.id == value.toLongLong())
                return r.name;
    }
    if (field == u"company_id") {
        auto r = Core::Records(session).load(Core::EntityKind::Company, value.toLongLong());
        return r ? r->value(QStringLiteral("name")).toString() : value.toString();
    }
    if (field == u"contacts") { // history keeps them as "1,2,3"
        QStringList names;
        for (const QString &id : value.toString().split(u',', Qt::SkipEmptyParts)) {
            auto r = Core::Records(session).load(Core::EntityKind::Contact, id.toLongLong());
            names << (r ? r->value(QStringLiteral("name")).toString() : id);
        }
        return names.join(QStringLiteral(", "));
    }
    if (field == u"phones" || field == u"emails") {
        QStringList items;
        for (const auto &v : QJsonDocument::fromJson(value.toString().toUtf8()).array())
            items << v.toString();
        return items.isEmpty() ? value.toString() : items.join(QStringLiteral(", "));
    }
    if (field == u"close_date")
        return Dates::date(QDate::fromString(value.toString(), Qt::ISODate));
    return value.toString();
}

} // namespace Voronka::Ui
