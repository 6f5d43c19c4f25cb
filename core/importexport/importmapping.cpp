// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importmapping.h"

#include "core/services/entityspec.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Import)
};

// Kinds a synonym applies to.
enum : int { C = 1, Co = 2, D = 4, All = 7 };

int bit(EntityKind k)
{
    return k == EntityKind::Contact ? C : k == EntityKind::Company ? Co : k == EntityKind::Deal ? D : 0;
}

// A header as compared: lower case, ё as е, punctuation as spaces, every run of digits as '#'
// ("E-mail 2 - Value" -> "e mail # value"), spaces collapsed.
QString normalizeHeader(const QString &header)
{
    QString out;
    bool digit = false;
    for (QChar ch : header) {
        if (ch.isDigit()) {
            if (!digit)
                out += u'#';
            digit = true;
            continue;
        }
        digit = false;
        if (ch.isLetter()) {
            ch = ch.toLower();
            out += ch == u'ё' ? u'е' : ch;
        } else {
            out += u' ';
        }
    }
    return out.simplified();
}

struct Synonym
{
    const char *target;
    int kinds;
    const char *header; // normalized, UTF-8
};

// Headers people give their columns, in Russian and English. The first match wins, so the
// more specific names come first ("телефон контакта" before "телефон").
const Synonym kSynonyms[] = {
    {"external_id", All, "id"},
    {"external_id", All, "external id"},
    {"external_id", All, "внешний id"},
    {"contact.name", D, "контакт"},
    {"contact.name", D, "основной контакт"},
    {"contact.name", D, "фио контакта"},
    {"contact.name", D, "contact"},
    {"contact.name", D, "contact name"},
    {"contact.name", D, "person"},
    {"contact.phones", D, "телефон контакта"},
    {"contact.phones", D, "contact phone"},
    {"contact.emails", D, "email контакта"},
    {"contact.emails", D, "contact email"},
    {"company.name", D, "компания"},
    {"company.name", D, "организация"},
    {"company.name", D, "company"},
    {"company.name", D, "organization"},
    {"company.name", D, "account name"},
    {"name", D, "название сделки"},
    {"name", D, "сделка"},
    {"name", D, "deal"},
    {"name", D, "deal name"},
    {"name", D, "title"},
    {"name", D, "opportunity name"},
    {"name", Co, "компания"},
    {"name", Co, "организация"},
    {"name", Co, "название компании"},
    {"name", Co, "company"},
    {"name", Co, "company name"},
    {"name", Co, "organization"},
    {"name", Co, "account name"},
    {"name", All, "название"},
    {"name", All, "наименование"},
    {"name", All, "name"},
    {"name", C, "фио"},
    {"name", C, "имя"},
    {"name", C, "полное имя"},
    {"name", C, "full name"},
    {"name", C, "contact name"},
    {"name.first", C, "first name"},
    {"name.first", C, "given name"},
    {"name.last", C, "last name"},
    {"name.last", C, "family name"},
    {"name.last", C, "фамилия"},
    {"name.middle", C, "отчество"},
    {"name.middle", C, "middle name"},
    {"phones", C | Co, "телефон"},
    {"phones", C | Co, "телефоны"},
    {"phones", C | Co, "моб телефон"},
    {"phones", C | Co, "мобильный"},
    {"phones", C | Co, "мобильный телефон"},
    {"phones", C | Co, "рабочий телефон"},
    {"phones", C | Co, "домашний телефон"},
    {"phones", C | Co, "phone"},
    {"phones", C | Co, "phones"},
    {"phones", C | Co, "phone number"},
    {"phones", C | Co, "mobile"},
    {"phones", C | Co, "mobile phone"},
    {"phones", C | Co, "telephone"},
    {"phones", C | Co, "tel"},
    {"phones", C | Co, "work phone"},
    {"phones", C | Co, "business phone"},
    {"emails", C | Co, "email"},
    {"emails", C | Co, "e mail"},
    {"emails", C | Co, "emails"},
    {"emails", C | Co, "email address"},
    {"emails", C | Co, "e mail address"},
    {"emails", C | Co, "почта"},
    {"emails", C | Co, "электронная почта"},
    {"emails", C | Co, "рабочий email"},
    {"emails", C | Co, "рабочий e mail"},
    {"position", C, "должность"},
    {"position", C, "position"},
    {"position", C, "job title"},
    {"position", C, "title"},
    {"company", C, "компания"},
    {"company", C, "организация"},
    {"company", C, "company"},
    {"company", C, "company name"},
    {"company", C, "organization"},
    {"company", C, "account name"},
    {"website", Co, "сайт"},
    {"website", Co, "веб сайт"},
    {"website", Co, "website"},
    {"website", Co, "web"},
    {"website", Co, "web site"},
    {"address", Co, "адрес"},
    {"address", Co, "address"},
    {"responsible", All, "ответственный"},
    {"responsible", All, "менеджер"},
    {"responsible", All, "responsible"},
    {"responsible", All, "owner"},
    {"responsible", All, "assigned to"},
    {"tags", All, "теги"},
    {"tags", All, "тег"},
    {"tags", All, "метки"},
    {"tags", All, "tags"},
    {"tags", All, "labels"},
    {"created_at", All, "дата создания"},
    {"created_at", All, "создан"},
    {"created_at", All, "created"},
    {"created_at", All, "created at"},
    {"created_at", All, "date created"},
    {"created_at", All, "created date"},
    {"budget", D, "бюджет"},
    {"budget", D, "сумма"},
    {"budget", D, "budget"},
    {"budget", D, "amount"},
    {"budget", D, "value"},
    {"currency", D, "валюта"},
    {"currency", D, "currency"},
    {"pipeline", D, "воронка"},
    {"pipeline", D, "pipeline"},
    {"stage", D, "этап"},
    {"stage", D, "этап сделки"},
    {"stage", D, "статус"},
    {"stage", D, "стадия"},
    {"stage", D, "stage"},
    {"stage", D, "deal stage"},
    {"close_date", D, "дата закрытия"},
    {"close_date", D, "close date"},
    {"close_date", D, "expected close date"},
    {"source", D, "источник"},
    {"source", D, "source"},
    {"source", D, "lead source"},
    {"loss_reason", D, "причина отказа"},
    {"loss_reason", D, "loss reason"},
    {"loss_reason", D, "lost reason"},
};

// What each system's export calls its columns. A preset entry wins over the general
// synonyms; headers it does not list fall back to them.
struct PresetEntry
{
    ImportPreset preset;
    const char *target;
    int kinds;
    const char *header; // normalized
};

// amoCRM (Russian interface, "Экспорт" of contacts, companies and deals): the full name is
// "Полное имя контакта" with "Имя"/"Фамилия" beside it (only the full name is taken); phones
// and emails are split by type ("Рабочий телефон", "Мобильный телефон"...); a deal row
// names its main contact and company; "ID" is amoCRM's record id.
// Bitrix24 (CRM → Export, Russian): "Имя", "Отчество", "Фамилия" separately; "Стадия сделки"
// and "Направление" (the pipeline); "Рабочий e-mail"/"Частный e-mail".
// HubSpot (English export): "First Name"/"Last Name", "Record ID", "Contact owner",
// "Deal Stage", "Pipeline", "Amount", "Associated Company".
// Pipedrive (English export): every header is prefixed with its object ("Person - Name",
// "Deal - Value", "Organization - Name").
// Salesforce (report export): "First Name"/"Last Name", "Account Name", "Opportunity Name",
// "Stage", "Contact Owner", "Mailing Street".
// Google Contacts (Google CSV): "Given Name"/"Family Name" or "First Name"/"Last Name",
// numbered "E-mail N - Value"/"Phone N - Value", "Organization 1 - Name", "Group Membership"
// or "Labels" as tags.
// Outlook (CSV export): "First Name"/"Middle Name"/"Last Name", "E-mail Address",
// "E-mail 2 Address", "Business Phone", "Mobile Phone", "Company", "Job Title", "Categories".
const PresetEntry kPresets[] = {
    {ImportPreset::AmoCrm, "name", C, "полное имя контакта"},
    {ImportPreset::AmoCrm, "name", C, "полное имя"},
    {ImportPreset::AmoCrm, "", C, "имя"},
    {ImportPreset::AmoCrm, "", C, "фамилия"},
    {ImportPreset::AmoCrm, "name", D, "название сделки"},
    {ImportPreset::AmoCrm, "stage", D, "этап сделки"},
    {ImportPreset::AmoCrm, "contact.name", D, "полное имя контакта"},
    {ImportPreset::AmoCrm, "contact.name", D, "основной контакт"},
    {ImportPreset::AmoCrm, "company.name", D, "компания контакта"},
    {ImportPreset::AmoCrm, "phones", C | Co, "другой телефон"},
    {ImportPreset::AmoCrm, "emails", C | Co, "личный email"},
    {ImportPreset::AmoCrm, "emails", C | Co, "другой email"},
    {ImportPreset::AmoCrm, "name", Co, "название компании"},
    {ImportPreset::Bitrix24, "name.first", C, "имя"},
    {ImportPreset::Bitrix24, "name.middle", C, "отчество"},
    {ImportPreset::Bitrix24, "name.last", C, "фамилия"},
    {ImportPreset::Bitrix24, "emails", C | Co, "частный e mail"},
    {ImportPreset::Bitrix24, "stage", D, "стадия сделки"},
    {ImportPreset::Bitrix24, "pipeline", D, "направление"},
    {ImportPreset::Bitrix24, "close_date", D, "предполагаемая дата закрытия"},
    {ImportPreset::HubSpot, "external_id", All, "record id"},
    {ImportPreset::HubSpot, "responsible", C, "contact owner"},
    {ImportPreset::HubSpot, "responsible", D, "deal owner"},
    {ImportPreset::HubSpot, "responsible", Co, "company owner"},
    {ImportPreset::HubSpot, "created_at", All, "create date"},
    {ImportPreset::HubSpot, "phones", C, "mobile phone number"},
    {ImportPreset::HubSpot, "company", C, "associated company"},
    {ImportPreset::HubSpot, "company.name", D, "associated company"},
    {ImportPreset::HubSpot, "contact.name", D, "associated contact"},
    {ImportPreset::HubSpot, "website", Co, "company domain name"},
    {ImportPreset::HubSpot, "website", Co, "website url"},
    {ImportPreset::HubSpot, "address", Co, "street address"},
    {ImportPreset::Pipedrive, "name", C, "person name"},
    {ImportPreset::Pipedrive, "phones", C, "person phone"},
    {ImportPreset::Pipedrive, "emails", C, "person email"},
    {ImportPreset::Pipedrive, "company", C, "person organization"},
    {ImportPreset::Pipedrive, "responsible", C, "person owner"},
    {ImportPreset::Pipedrive, "external_id", C, "person id"},
    {ImportPreset::Pipedrive, "tags", C, "person labels"},
    {ImportPreset::Pipedrive, "name", Co, "organization name"},
    {ImportPreset::Pipedrive, "address", Co, "organization address"},
    {ImportPreset::Pipedrive, "responsible", Co, "organization owner"},
    {ImportPreset::Pipedrive, "external_id", Co, "organization id"},
    {ImportPreset::Pipedrive, "name", D, "deal title"},
    {ImportPreset::Pipedrive, "budget", D, "deal value"},
    {ImportPreset::Pipedrive, "currency", D, "deal currency"},
    {ImportPreset::Pipedrive, "stage", D, "deal stage"},
    {ImportPreset::Pipedrive, "pipeline", D, "deal pipeline"},
    {ImportPreset::Pipedrive, "responsible", D, "deal owner"},
    {ImportPreset::Pipedrive, "close_date", D, "deal expected close date"},
    {ImportPreset::Pipedrive, "contact.name", D, "deal contact person"},
    {ImportPreset::Pipedrive, "company.name", D, "deal organization"},
    {ImportPreset::Pipedrive, "external_id", D, "deal id"},
    {ImportPreset::Pipedrive, "loss_reason", D, "deal lost reason"},
    {ImportPreset::Salesforce, "responsible", C, "contact owner"},
    {ImportPreset::Salesforce, "external_id", C, "contact id"},
    {ImportPreset::Salesforce, "address", C, "mailing street"},
    {ImportPreset::Salesforce, "name", Co, "account name"},
    {ImportPreset::Salesforce, "responsible", Co, "account owner"},
    {ImportPreset::Salesforce, "external_id", Co, "account id"},
    {ImportPreset::Salesforce, "address", Co, "billing street"},
    {ImportPreset::Salesforce, "responsible", D, "opportunity owner"},
    {ImportPreset::Salesforce, "external_id", D, "opportunity id"},
    {ImportPreset::Google, "name.first", C, "given name"},
    {ImportPreset::Google, "name.middle", C, "additional name"},
    {ImportPreset::Google, "name.last", C, "family name"},
    {ImportPreset::Google, "emails", C, "e mail # value"},
    {ImportPreset::Google, "phones", C, "phone # value"},
    {ImportPreset::Google, "company", C, "organization # name"},
    {ImportPreset::Google, "company", C, "organization name"},
    {ImportPreset::Google, "position", C, "organization # title"},
    {ImportPreset::Google, "position", C, "organization title"},
    {ImportPreset::Google, "tags", C, "group membership"},
    {ImportPreset::Google, "", C, "e mail # type"},
    {ImportPreset::Google, "", C, "phone # type"},
    {ImportPreset::Outlook, "emails", C, "e mail address"},
    {ImportPreset::Outlook, "emails", C, "e mail # address"},
    {ImportPreset::Outlook, "phones", C, "business phone #"},
    {ImportPreset::Outlook, "phones", C, "home phone"},
    {ImportPreset::Outlook, "phones", C, "home phone #"},
    {ImportPreset::Outlook, "phones", C, "primary phone"},
    {ImportPreset::Outlook, "tags", C, "categories"},
};

const QString kContactPrefix = QStringLiteral("contact.");
const QString kCompanyPrefix = QStringLiteral("company.");

} // namespace

QString presetKey(ImportPreset p)
{
    switch (p) {
    case ImportPreset::AmoCrm:
        return QStringLiteral("amocrm");
    case ImportPreset::Bitrix24:
        return QStringLiteral("bitrix24");
    case ImportPreset::HubSpot:
        return QStringLiteral("hubspot");
    case ImportPreset::Pipedrive:
        return QStringLiteral("pipedrive");
    case ImportPreset::Salesforce:
        return QStringLiteral("salesforce");
    case ImportPreset::Google:
        return QStringLiteral("google");
    case ImportPreset::Outlook:
        return QStringLiteral("outlook");
    case ImportPreset::None:
        break;
    }
    return {};
}

ImportPreset presetFromKey(const QString &key)
{
    for (ImportPreset p : {ImportPreset::AmoCrm, ImportPreset::Bitrix24, ImportPreset::HubSpot,
                           ImportPreset::Pipedrive, ImportPreset::Salesforce, ImportPreset::Google,
                           ImportPreset::Outlook})
        if (presetKey(p) == key.trimmed().toLower())
            return p;
    return ImportPreset::None;
}

QList<ImportTarget> importTargets(EntityKind kind, const QList<FieldDef> &fields)
{
    QList<ImportTarget> out;
    auto custom = [&](EntityKind k, const QString &prefix, const QString &labelPrefix) {
        for (const FieldDef &d : fields)
            if (d.kind == k)
                out << ImportTarget{prefix + d.key(), labelPrefix + d.name};
    };
    auto standard = [&](EntityKind k, const QString &prefix, const QString &labelPrefix) {
        out << ImportTarget{prefix + QStringLiteral("name"), labelPrefix + Tr::tr("Name")};
        if (k == EntityKind::Contact) {
            out << ImportTarget{prefix + QStringLiteral("name.first"),
                                labelPrefix + Tr::tr("First name")};
            out << ImportTarget{prefix + QStringLiteral("name.middle"),
                                labelPrefix + Tr::tr("Middle name")};
            out << ImportTarget{prefix + QStringLiteral("name.last"),
                                labelPrefix + Tr::tr("Last name")};
            out << ImportTarget{prefix + QStringLiteral("position"), labelPrefix + Tr::tr("Position")};
        }
        if (k != EntityKind::Deal) {
            out << ImportTarget{prefix + QStringLiteral("phones"), labelPrefix + Tr::tr("Phones")};
            out << ImportTarget{prefix + QStringLiteral("emails"), labelPrefix + Tr::tr("Emails")};
        }
        if (k == EntityKind::Contact && prefix.isEmpty())
            out << ImportTarget{QStringLiteral("company"), Tr::tr("Company")};
        if (k == EntityKind::Company) {
            out << ImportTarget{prefix + QStringLiteral("website"), labelPrefix + Tr::tr("Website")};
            out << ImportTarget{prefix + QStringLiteral("address"), labelPrefix + Tr::tr("Address")};
        }
        if (k == EntityKind::Deal) {
            out << ImportTarget{QStringLiteral("budget"), Tr::tr("Budget")};
            out << ImportTarget{QStringLiteral("currency"), Tr::tr("Currency")};
            out << ImportTarget{QStringLiteral("pipeline"), Tr::tr("Pipeline")};
            out << ImportTarget{QStringLiteral("stage"), Tr::tr("Stage")};
            out << ImportTarget{QStringLiteral("close_date"), Tr::tr("Close date")};
            out << ImportTarget{QStringLiteral("source"), Tr::tr("Source")};
            out << ImportTarget{QStringLiteral("loss_reason"), Tr::tr("Loss reason")};
            out << ImportTarget{QStringLiteral("loss_detail"), Tr::tr("Loss details")};
        }
        if (prefix.isEmpty()) {
            out << ImportTarget{QStringLiteral("responsible"), Tr::tr("Responsible")};
            out << ImportTarget{QStringLiteral("tags"), Tr::tr("Tags")};
            out << ImportTarget{QStringLiteral("created_at"), Tr::tr("Created")};
            out << ImportTarget{QStringLiteral("external_id"), Tr::tr("External id")};
        }
        custom(k, prefix, labelPrefix);
    };
    standard(kind, QString(), QString());
    if (kind == EntityKind::Deal) {
        standard(EntityKind::Contact, kContactPrefix, Tr::tr("Contact: "));
        standard(EntityKind::Company, kCompanyPrefix, Tr::tr("Company: "));
    }
    return out;
}

QString guessTarget(EntityKind kind, const QString &header, const QList<FieldDef> &fields,
                    ImportPreset preset)
{
    const QString h = normalizeHeader(header);
    if (h.isEmpty())
        return {};
    const int k = bit(kind);
    if (preset != ImportPreset::None)
        for (const PresetEntry &e : kPresets)
            if (e.preset == preset && (e.kinds & k) && h == QString::fromUtf8(e.header))
                return QString::fromLatin1(e.target);
    for (const FieldDef &d : fields)
        if (d.kind == kind && normalizeHeader(d.name) == h)
            return d.key();
    for (const Synonym &s : kSynonyms)
        if ((s.kinds & k) && h == QString::fromUtf8(s.header))
            return QString::fromLatin1(s.target);
    // A deal file's "Contact: phone" style headers: the part after the prefix names the field.
    if (kind == EntityKind::Deal) {
        for (const auto &[prefixes, target, sub] :
             {std::tuple{QStringList{QStringLiteral("контакт "), QStringLiteral("contact ")},
                         kContactPrefix, EntityKind::Contact},
              std::tuple{QStringList{QStringLiteral("компания "), QStringLiteral("company ")},
                         kCompanyPrefix, EntityKind::Company}})
            for (const QString &p : prefixes)
                if (h.startsWith(p)) {
                    const QString inner = guessTarget(sub, h.mid(p.size()), fields, preset);
                    if (!inner.isEmpty() && !inner.contains(u'.') && inner != u"company" &&
                        inner != u"responsible" && inner != u"tags" && inner != u"created_at" &&
                        inner != u"external_id")
                        return target + inner;
                    if (inner.startsWith(QStringLiteral("cf.")) ||
                        inner.startsWith(QStringLiteral("name.")))
                        return target + inner;
                }
    }
    return {};
}

ImportMapping ImportMapping::guess(EntityKind kind, const QStringList &headers,
                                   const QList<FieldDef> &fields, ImportPreset preset)
{
    ImportMapping m;
    m.kind = kind;
    m.headers = headers;
    for (const QString &h : headers) {
        QString t = guessTarget(kind, h, fields, preset);
        // One column per single-valued target: a second "Name" column is left for the user.
        const bool multi = t.endsWith(QStringLiteral("phones")) ||
                           t.endsWith(QStringLiteral("emails")) || t == u"tags";
        if (!multi && !t.isEmpty() && m.targets.contains(t))
            t.clear();
        m.targets << t;
    }
    return m;
}

QJsonObject ImportMapping::toJson() const
{
    QJsonObject columns;
    for (int i = 0; i < headers.size(); ++i)
        columns.insert(headers[i], targets.value(i));
    return QJsonObject{{QStringLiteral("kind"), entityKey(kind)},
                       {QStringLiteral("columns"), columns}};
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &o, const QStringList &headers)
{
    ImportMapping m;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (EntityKind k : {EntityKind::Contact, EntityKind::Company, EntityKind::Deal})
        if (entityKey(k) == kind)
            m.kind = k;
    if (entityKey(m.kind) != kind)
        return makeError(Error::Code::Invalid,
                         Tr::tr("The mapping is for \"%1\", not for contacts, companies or deals.")
                             .arg(kind));
    const QJsonObject columns = o.value(QStringLiteral("columns")).toObject();
    m.headers = headers;
    for (const QString &h : headers)
        m.targets << columns.value(h).toString();
    return m;
}

Status ImportMapping::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) ||
        f.write(QJsonDocument(toJson()).toJson()) < 0 || !f.commit())
        return makeError(Error::Code::Storage,
                         Tr::tr("Cannot save the mapping to %1: %2").arg(path, f.errorString()));
    return Ok{};
}

Result<ImportMapping> ImportMapping::load(const QString &path, const QStringList &headers)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Error::Code::NotFound,
                         Tr::tr("Cannot read the mapping %1: %2").arg(path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject())
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1 is not a saved mapping: %2").arg(path, pe.errorString()));
    return fromJson(doc.object(), headers);
}

} // namespace Voronka::Core
