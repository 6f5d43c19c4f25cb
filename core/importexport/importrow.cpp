// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importrow.h"

#include "core/importexport/importvalues.h"
#include "core/services/session.h"
#include "core/util/text.h"

#include <QCoreApplication>

namespace Voronka::Core {

using namespace ImportValues;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Import)
};
} // namespace

void ImportRowBuilder::loadUsers()
{
    if (!m_usersByKey.isEmpty())
        return;
    for (const UserInfo &u : m_s.users())
        if (u.active) {
            m_usersByKey.insert(u.email.toLower(), u.id);
            m_usersByKey.insert(u.name.simplified().toLower(), u.id);
        }
}

// A cell into the patch of the record it targets; an error message when the value cannot
// be what the target holds.
std::optional<QString> ImportRowBuilder::put(const QString &target, EntityKind kind,
                                             const QVariant &cell, ImportDraft &b)
{
    Patch &p = b.patch;
    const QString text = cellText(cell);
    if (text.isEmpty() && cell.typeId() != QMetaType::QDate &&
        cell.typeId() != QMetaType::QDateTime)
        return std::nullopt;
    if (target == u"name" || target == u"position" || target == u"source" ||
        target == u"loss_detail" || target == u"address") {
        p.insert(target, text);
    } else if (target == u"name.first") {
        b.names[0] = text;
    } else if (target == u"name.middle") {
        b.names[1] = text;
    } else if (target == u"name.last") {
        b.names[2] = text;
    } else if (target == u"website") {
        if (!Text::looksLikeUrl(text))
            return Tr::tr("\"%1\" is not a web address").arg(text);
        p.insert(target, text);
    } else if (target == u"phones" || target == u"emails") {
        QStringList items = p.value(target).toStringList();
        for (const QString &item : splitList(text)) {
            if (target == u"phones" && Text::digitsOnly(item).size() < 5)
                return Tr::tr("\"%1\" is not a phone number").arg(item);
            if (target == u"emails" && !Text::looksLikeEmail(item))
                return Tr::tr("\"%1\" is not an email address").arg(item);
            items << item;
        }
        p.insert(target, items);
    } else if (target == u"tags") {
        QStringList tags = p.value(target).toStringList();
        tags << splitList(text);
        p.insert(target, tags);
    } else if (target == u"company") {
        b.companyName = text;
    } else if (target == u"external_id") {
        b.externalId = text;
    } else if (target == u"responsible") {
        loadUsers();
        const qint64 id = m_usersByKey.value(text.simplified().toLower());
        if (!id)
            return Tr::tr("there is no active user \"%1\"").arg(text);
        p.insert(QStringLiteral("responsible_id"), id);
    } else if (target == u"created_at") {
        const QDateTime dt = parseDateTime(cell);
        if (!dt.isValid())
            return Tr::tr("\"%1\" is not a date").arg(text);
        p.insert(target, dt.toMSecsSinceEpoch());
    } else if (target == u"close_date") {
        const QDate d = parseDate(cell);
        if (!d.isValid())
            return Tr::tr("\"%1\" is not a date").arg(text);
        p.insert(target, d.toString(Qt::ISODate));
    } else if (target == u"budget") {
        const std::optional<qint64> minor = parseMoney(cell);
        if (!minor)
            return Tr::tr("\"%1\" is not an amount of money").arg(text);
        p.insert(target, *minor);
    } else if (target == u"currency") {
        p.insert(target, text.toUpper());
    } else if (target == u"pipeline") {
        for (const PipelineInfo &pl : m_s.pipelines())
            if (pl.name.compare(text, Qt::CaseInsensitive) == 0)
                p.insert(QStringLiteral("pipeline_id"), pl.id);
        if (!p.contains(QStringLiteral("pipeline_id")))
            return Tr::tr("there is no pipeline \"%1\"").arg(text);
    } else if (target == u"stage") {
        p.insert(QStringLiteral("stage"), text); // resolved with the pipeline, in finish()
    } else if (target == u"loss_reason") {
        for (const Session::Named &r : m_s.lossReasons())
            if (r.name.compare(text, Qt::CaseInsensitive) == 0)
                p.insert(QStringLiteral("loss_reason_id"), r.id);
        if (!p.contains(QStringLiteral("loss_reason_id")))
            return Tr::tr("there is no loss reason \"%1\"").arg(text);
    } else if (target.startsWith(QStringLiteral("cf."))) {
        const FieldDef *def = m_s.fieldDef(target.mid(3).toLongLong());
        if (!def || def->kind != kind)
            return Tr::tr("there is no such custom field");
        return putCustom(*def, cell, text, p);
    }
    return std::nullopt;
}

std::optional<QString> ImportRowBuilder::putCustom(const FieldDef &def, const QVariant &cell,
                                                   const QString &text, Patch &p)
{
    QVariant input = text;
    switch (def.type) {
    case FieldType::Money: {
        const std::optional<qint64> minor = parseMoney(cell);
        if (!minor)
            return Tr::tr("\"%1\" is not an amount of money").arg(text);
        p.insert(def.key(), QVariantMap{{QStringLiteral("amount"), *minor}});
        return std::nullopt;
    }
    case FieldType::Date:
    case FieldType::Birthday: {
        const QDate d = parseDate(cell);
        if (!d.isValid())
            return Tr::tr("\"%1\" is not a date").arg(text);
        input = d;
        break;
    }
    case FieldType::DateTime: {
        const QDateTime dt = parseDateTime(cell);
        if (!dt.isValid())
            return Tr::tr("\"%1\" is not a date and time").arg(text);
        input = dt;
        break;
    }
    case FieldType::Flag: {
        const std::optional<bool> f = cell.typeId() == QMetaType::Bool
                                          ? std::optional<bool>(cell.toBool())
                                          : parseFlag(text);
        if (!f)
            return Tr::tr("\"%1\" is not yes or no").arg(text);
        input = *f;
        break;
    }
    case FieldType::Number:
        input = cell.typeId() == QMetaType::Double ? cell : QVariant(QString(text).remove(u' '));
        break;
    case FieldType::MultiSelect:
        input = splitList(text);
        break;
    case FieldType::LegalEntity:
        input = QVariantMap{{QStringLiteral("name"), text}};
        break;
    default:
        break;
    }
    // The field's own rules, for a message naming the column; Records checks them again.
    const QString label = QStringLiteral("\u0001");
    Result<QVariant> v = normalizeFieldValue(
        def, input, label, QDateTime::fromMSecsSinceEpoch(m_s.clock().nowMs()).date());
    if (!v) {
        const QString prefix =
            QCoreApplication::translate("Voronka::Core::Fields", "%1, field \"%2\": %3")
                .arg(label, def.name, QString());
        const QString m = v.error().message;
        return m.startsWith(prefix) ? m.mid(prefix.size()) : m;
    }
    p.insert(def.key(), input);
    return std::nullopt;
}

// Stage names resolve within the row's pipeline (or any pipeline when it names none).
std::optional<QString> ImportRowBuilder::finish(EntityKind kind, ImportDraft &b)
{
    Patch &p = b.patch;
    const QStringList parts = [&] {
        QStringList out;
        for (const QString &n : std::as_const(b.names))
            if (!n.isEmpty())
                out << n;
        return out;
    }();
    if (!parts.isEmpty() && !p.contains(QStringLiteral("name")))
        p.insert(QStringLiteral("name"), parts.join(u' '));
    if (kind == EntityKind::Deal && p.contains(QStringLiteral("stage"))) {
        const QString name = p.take(QStringLiteral("stage")).toString();
        const qint64 pipeline = p.value(QStringLiteral("pipeline_id")).toLongLong();
        for (const PipelineInfo &pl : m_s.pipelines())
            if (!pipeline || pl.id == pipeline)
                for (const StageInfo &st : pl.stages)
                    if (!p.contains(QStringLiteral("stage_id")) &&
                        st.name.compare(name, Qt::CaseInsensitive) == 0)
                        p.insert(QStringLiteral("stage_id"), st.id);
        if (!p.contains(QStringLiteral("stage_id")))
            return Tr::tr("there is no stage \"%1\"").arg(name);
    }
    return std::nullopt;
}

} // namespace Voronka::Core
