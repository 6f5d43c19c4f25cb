// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fieldtypes.h"

#include "core/util/text.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Fields)
};

Error invalid(const FieldDef &def, const QString &entityLabel, const QString &why)
{
    return makeError(Error::Code::Invalid,
                     Tr::tr("%1, field \"%2\": %3").arg(entityLabel, def.name, why), entityLabel,
                     def.key());
}

bool isEmptyInput(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    if (v.typeId() == QMetaType::QString)
        return v.toString().trimmed().isEmpty();
    if (v.typeId() == QMetaType::QStringList || v.typeId() == QMetaType::QVariantList)
        return v.toStringList().isEmpty();
    if (v.typeId() == QMetaType::QVariantMap)
        return v.toMap().isEmpty();
    return false;
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

QString fieldTypeName(FieldType t)
{
    switch (t) {
    case FieldType::Text:
        return Tr::tr("Text");
    case FieldType::TextArea:
        return Tr::tr("Long text");
    case FieldType::Number:
        return Tr::tr("Number");
    case FieldType::Money:
        return Tr::tr("Money");
    case FieldType::Flag:
        return Tr::tr("Flag");
    case FieldType::Date:
        return Tr::tr("Date");
    case FieldType::DateTime:
        return Tr::tr("Date and time");
    case FieldType::Select:
        return Tr::tr("List");
    case FieldType::MultiSelect:
        return Tr::tr("Multiple choice");
    case FieldType::Url:
        return Tr::tr("Web address");
    case FieldType::Phone:
        return Tr::tr("Phone");
    case FieldType::Email:
        return Tr::tr("Email");
    case FieldType::Address:
        return Tr::tr("Address");
    case FieldType::Birthday:
        return Tr::tr("Birthday");
    case FieldType::LegalEntity:
        return Tr::tr("Legal entity");
    }
    return {};
}

bool fieldTypeIsText(FieldType t)
{
    switch (t) {
    case FieldType::Text:
    case FieldType::TextArea:
    case FieldType::Url:
    case FieldType::Email:
    case FieldType::Address:
    case FieldType::Select:
    case FieldType::MultiSelect:
    case FieldType::LegalEntity:
        return true;
    default:
        return false;
    }
}

namespace {
// A list as editors give it, or as JSON reads back (a QVariantList: undo steps and sync
// payloads), or "a; b" text.
Result<QVariant> normalizeMultiSelect(const FieldDef &def, const QVariant &input,
                                      const QString &entityLabel)
{
    const QStringList items =
        input.typeId() == QMetaType::QStringList || input.typeId() == QMetaType::QVariantList
            ? input.toStringList()
            : input.toString().trimmed().split(u';', Qt::SkipEmptyParts);
    QStringList out;
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        if (!def.options.contains(item))
            return invalid(def, entityLabel, Tr::tr("\"%1\" is not one of the choices").arg(item));
        if (!out.contains(item))
            out << item;
    }
    return out.isEmpty() ? QVariant() : QVariant(Text::joinJsonArray(out));
}
} // namespace

Result<QVariant> normalizeFieldValue(const FieldDef &def, const QVariant &input,
                                     const QString &entityLabel, QDate today)
{
    if (isEmptyInput(input))
        return QVariant();
    const QString s = input.toString().trimmed();
    switch (def.type) {
    case FieldType::Text:
    case FieldType::Address:
        if (s.size() > 1000)
            return invalid(def, entityLabel, Tr::tr("at most 1000 characters"));
        return QVariant(s.simplified());
    case FieldType::TextArea:
        if (s.size() > 20000)
            return invalid(def, entityLabel, Tr::tr("at most 20000 characters"));
        return QVariant(s);
    case FieldType::Number: {
        bool ok = false;
        double d = input.typeId() == QMetaType::QString
                       ? QString(s).replace(u',', u'.').toDouble(&ok)
                       : input.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return invalid(def, entityLabel, Tr::tr("\"%1\" is not a number").arg(s));
        return QVariant(d);
    }
    case FieldType::Money: {
        QVariantMap m = input.toMap();
        QVariant amount = m.isEmpty() ? input : m.value(QStringLiteral("amount"));
        QString currency = m.value(QStringLiteral("currency"), QStringLiteral("RUB")).toString();
        bool ok = false;
        const double d =
            amount.typeId() == QMetaType::QString
                ? amount.toString().trimmed().replace(u',', u'.').remove(u' ').toDouble(&ok)
                : amount.toDouble(&ok);
        if (!ok || !std::isfinite(d) || d < 0)
            return invalid(def, entityLabel,
                           Tr::tr("\"%1\" is not an amount of money").arg(amount.toString()));
        if (currency.size() != 3)
            return invalid(def, entityLabel, Tr::tr("currency must be a three-letter code"));
        QJsonObject o{{QStringLiteral("amount"), qint64(std::llround(d * 100))},
                      {QStringLiteral("currency"), currency.toUpper()}};
        return QVariant(toJson(o));
    }
    case FieldType::Flag:
        if (input.typeId() == QMetaType::Bool || input.canConvert<qint64>())
            if (input.typeId() != QMetaType::QString)
                return QVariant(qint64(input.toBool() ? 1 : 0));
        if (s == u"1" || s.compare(u"true", Qt::CaseInsensitive) == 0 ||
            s.compare(u"yes", Qt::CaseInsensitive) == 0)
            return QVariant(qint64(1));
        if (s == u"0" || s.compare(u"false", Qt::CaseInsensitive) == 0 ||
            s.compare(u"no", Qt::CaseInsensitive) == 0)
            return QVariant(qint64(0));
        return invalid(def, entityLabel, Tr::tr("\"%1\" is not yes or no").arg(s));
    case FieldType::Date:
    case FieldType::Birthday: {
        const QDate d =
            input.typeId() == QMetaType::QDate ? input.toDate() : QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return invalid(def, entityLabel, Tr::tr("\"%1\" is not a date (YYYY-MM-DD)").arg(s));
        if (def.type == FieldType::Birthday && d > today)
            return invalid(def, entityLabel, Tr::tr("a birthday cannot be in the future"));
        return QVariant(d.toString(Qt::ISODate));
    }
    case FieldType::DateTime: {
        if (input.typeId() == QMetaType::QDateTime)
            return QVariant(input.toDateTime().toMSecsSinceEpoch());
        if (input.typeId() == QMetaType::LongLong || input.typeId() == QMetaType::Int)
            return QVariant(input.toLongLong());
        const QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
        if (!dt.isValid())
            return invalid(def, entityLabel,
                           Tr::tr("\"%1\" is not a date and time (YYYY-MM-DDTHH:MM)").arg(s));
        return QVariant(dt.toMSecsSinceEpoch());
    }
    case FieldType::Select:
        if (!def.options.contains(s))
            return invalid(def, entityLabel, Tr::tr("\"%1\" is not one of the choices").arg(s));
        return QVariant(s);
    case FieldType::MultiSelect:
        return normalizeMultiSelect(def, input, entityLabel);
    case FieldType::Url:
        if (!Text::looksLikeUrl(s))
            return invalid(def, entityLabel, Tr::tr("\"%1\" is not a web address").arg(s));
        return QVariant(s);
    case FieldType::Phone:
        if (Text::digitsOnly(s).size() < 5)
            return invalid(def, entityLabel, Tr::tr("\"%1\" is not a phone number").arg(s));
        return QVariant(s);
    case FieldType::Email:
        if (!Text::looksLikeEmail(s))
            return invalid(def, entityLabel, Tr::tr("\"%1\" is not an email address").arg(s));
        return QVariant(s);
    case FieldType::LegalEntity: {
        const QVariantMap m = input.toMap();
        const QString name = m.value(QStringLiteral("name")).toString().trimmed();
        const QString taxId = m.value(QStringLiteral("taxId")).toString().trimmed();
        const QString reg = m.value(QStringLiteral("regNumber")).toString().trimmed();
        if (name.isEmpty())
            return invalid(def, entityLabel, Tr::tr("the legal name is required"));
        if (!taxId.isEmpty() && (Text::digitsOnly(taxId) != taxId || taxId.size() < 5))
            return invalid(def, entityLabel, Tr::tr("the tax id must be digits"));
        QJsonObject o{{QStringLiteral("name"), name},
                      {QStringLiteral("taxId"), taxId},
                      {QStringLiteral("regNumber"), reg}};
        return QVariant(toJson(o));
    }
    }
    return invalid(def, entityLabel, Tr::tr("unknown field type"));
}

QVariant fieldValueFromStorage(const FieldDef &def, const QVariant &stored)
{
    if (!stored.isValid())
        return {};
    switch (def.type) {
    case FieldType::Money:
    case FieldType::LegalEntity:
        return QJsonDocument::fromJson(stored.toString().toUtf8()).object().toVariantMap();
    case FieldType::MultiSelect:
        return Text::splitJsonArray(stored.toString());
    case FieldType::Flag:
        return stored.toLongLong() != 0;
    case FieldType::Number:
        return stored.toDouble();
    case FieldType::DateTime:
        return stored.toLongLong();
    default:
        return stored.toString();
    }
}

QString fieldValueText(const FieldDef &def, const QVariant &stored)
{
    if (!stored.isValid())
        return {};
    const QVariant v = fieldValueFromStorage(def, stored);
    switch (def.type) {
    case FieldType::Money: {
        const QVariantMap m = v.toMap();
        return QStringLiteral("%1 %2")
            .arg(double(m.value(QStringLiteral("amount")).toLongLong()) / 100.0, 0, 'f', 2)
            .arg(m.value(QStringLiteral("currency")).toString());
    }
    case FieldType::LegalEntity: {
        const QVariantMap m = v.toMap();
        QStringList parts{m.value(QStringLiteral("name")).toString()};
        for (const char *k : {"taxId", "regNumber"})
            if (!m.value(QLatin1String(k)).toString().isEmpty())
                parts << m.value(QLatin1String(k)).toString();
        return parts.join(QStringLiteral(", "));
    }
    case FieldType::MultiSelect:
        return v.toStringList().join(QStringLiteral("; "));
    case FieldType::Flag:
        return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case FieldType::DateTime:
        return QDateTime::fromMSecsSinceEpoch(v.toLongLong()).toString(Qt::ISODate);
    case FieldType::Number:
        return QString::number(v.toDouble());
    default:
        return v.toString();
    }
}

} // namespace Voronka::Core
