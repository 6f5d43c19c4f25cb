// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/importexport/exporter.h"

#include "core/fields/fieldtypes.h"
#include "core/importexport/csv.h"
#include "core/importexport/xlsxwriter.h"
#include "core/services/session.h"
#include "core/util/ids.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Exporter)
};

PermEntity permOf(EntityKind kind)
{
    return kind == EntityKind::Company ? PermEntity::Company : PermEntity::Contact;
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// How often the progress callback runs: often enough for a smooth bar, rare enough to cost
// nothing next to the rows.
constexpr qint64 kProgressEvery = 2000;

// "Given Family", or the Russian "Family Given Patronymic" when the last word is a patronymic.
QStringList nameParts(const QString &full)
{
    const QStringList w = full.split(u' ', Qt::SkipEmptyParts);
    QString family, given, additional;
    static const QStringList patronymic{QStringLiteral("вич"),  QStringLiteral("вна"),
                                        QStringLiteral("чна"),  QStringLiteral("ична"),
                                        QStringLiteral("оглы"), QStringLiteral("кызы")};
    const bool russianOrder =
        w.size() == 3 && std::any_of(patronymic.cbegin(), patronymic.cend(), [&](const QString &s) {
            return w.last().endsWith(s, Qt::CaseInsensitive);
        });
    if (russianOrder) {
        family = w[0];
        given = w[1];
        additional = w[2];
    } else if (w.size() == 1) {
        given = w[0];
    } else if (w.size() > 1) {
        family = w.last();
        given = w.mid(0, w.size() - 1).join(u' ');
    }
    return {family, given, additional, QString(), QString()};
}
} // namespace

bool Exporter::allowed(EntityKind kind) const
{
    const PermEntity pe = permOf(kind);
    return Permissions::scope(m_s.principal(), pe, PermAction::Export) != Scope::None &&
           Permissions::scope(m_s.principal(), pe, PermAction::View) != Scope::None;
}

QString Exporter::where(EntityKind kind)
{
    const QString col = QStringLiteral("r.responsible_id");
    m_filterSql = recordFilterSql(m_s, kind, m_filter, 1);
    return QStringLiteral("r.deleted = 0 AND %1 AND %2")
               .arg(Permissions::sqlPredicate(m_s.principal(), permOf(kind), PermAction::View, col),
                    Permissions::sqlPredicate(m_s.principal(), permOf(kind), PermAction::Export,
                                              col)) +
           m_filterSql.conditions;
}

qint64 Exporter::count(EntityKind kind, const QString &where)
{
    Query q = m_s.sql().prepare(
        QStringLiteral("SELECT count(*) FROM %1 r WHERE %2").arg(entityTable(kind), where));
    m_filterSql.bind(*q);
    return q->step() ? q->int64(0) : 0;
}

Result<qint64> Exporter::write(EntityKind kind, ExportFormat format, QIODevice &out,
                               const ExportProgress &progress)
{
    if (kind != EntityKind::Contact && kind != EntityKind::Company)
        return makeError(Error::Code::Invalid, Tr::tr("Only contacts and companies are exported "
                                                      "here."));
    if (format == ExportFormat::VCard && kind != EntityKind::Contact)
        return makeError(Error::Code::Invalid, Tr::tr("vCard holds contacts; export companies as "
                                                      "CSV."));
    if (!allowed(kind))
        return makeError(Error::Code::Permission,
                         kind == EntityKind::Contact
                             ? Tr::tr("You may not export contacts: your role has no export "
                                      "right for contacts. Ask an administrator.")
                             : Tr::tr("You may not export companies: your role has no export "
                                      "right for companies. Ask an administrator."),
                         entityKey(kind));
    try {
        Result<qint64> n = format == ExportFormat::VCard ? writeVCard(out, progress)
                                                         : writeTable(kind, format, out, progress);
        return n;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Result<qint64> Exporter::writeTable(EntityKind kind, ExportFormat format, QIODevice &out,
                                    const ExportProgress &progress)
{
    using Kind = XlsxTableWriter::Kind;
    const bool contacts = kind == EntityKind::Contact;
    const QList<FieldDef> defs = m_s.fieldDefs(kind);
    QList<XlsxTableWriter::Column> columns{{Tr::tr("Name"), Kind::Text}};
    if (contacts)
        columns << XlsxTableWriter::Column{Tr::tr("Position"), Kind::Text}
                << XlsxTableWriter::Column{Tr::tr("Company"), Kind::Text};
    columns << XlsxTableWriter::Column{Tr::tr("Phones"), Kind::Text}
            << XlsxTableWriter::Column{Tr::tr("Emails"), Kind::Text};
    if (!contacts)
        columns << XlsxTableWriter::Column{Tr::tr("Website"), Kind::Text}
                << XlsxTableWriter::Column{Tr::tr("Address"), Kind::Text};
    columns << XlsxTableWriter::Column{Tr::tr("Responsible"), Kind::Text}
            << XlsxTableWriter::Column{Tr::tr("Tags"), Kind::Text}
            << XlsxTableWriter::Column{Tr::tr("Created"), Kind::DateTime}
            << XlsxTableWriter::Column{Tr::tr("Updated"), Kind::DateTime}
            << XlsxTableWriter::Column{Tr::tr("ID"), Kind::Text};
    for (const FieldDef &d : defs)
        columns << XlsxTableWriter::Column{d.name, XlsxTableWriter::kindOf(d.type)};

    const QString w = where(kind);
    const qint64 total = count(kind, w);
    const QString sql =
        contacts ? QStringLiteral("SELECT r.id, r.uid, r.name, r.phones, r.emails, u.name, "
                                  "r.created_at, r.updated_at, r.position, co.name FROM contacts r "
                                  "LEFT JOIN companies co ON co.id = r.company_id AND co.deleted = "
                                  "0 LEFT JOIN users u ON u.id = r.responsible_id WHERE %1 "
                                  "ORDER BY r.name, r.id")
                       .arg(w)
                 : QStringLiteral("SELECT r.id, r.uid, r.name, r.phones, r.emails, u.name, "
                                  "r.created_at, r.updated_at, r.website, r.address FROM "
                                  "companies r LEFT JOIN users u ON u.id = r.responsible_id "
                                  "WHERE %1 ORDER BY r.name, r.id")
                       .arg(w);
    Query q = m_s.sql().prepare(sql);
    m_filterSql.bind(*q);
    Query tags = m_s.sql().prepare(
        "SELECT group_concat(name, ', ') FROM (SELECT t.name FROM entity_tags e JOIN tags t ON "
        "t.id = e.tag_id WHERE e.kind = ?1 AND e.entity_id = ?2 ORDER BY t.name)");
    Query custom = m_s.sql().prepare(
        "SELECT field_id, value FROM field_values WHERE kind = ?1 AND entity_id = ?2");
    const bool xlsx = format == ExportFormat::Xlsx;
    std::optional<CsvWriter> csv;
    std::optional<XlsxTableWriter> sheet;
    if (xlsx) {
        sheet.emplace(contacts ? Tr::tr("Contacts") : Tr::tr("Companies"), columns, m_zone);
    } else {
        csv.emplace(out);
        QStringList header;
        for (const XlsxTableWriter::Column &c : std::as_const(columns))
            header << c.title;
        csv->writeRow(header);
    }
    const auto failed = [&](const QString &why) {
        return makeError(Error::Code::Storage, Tr::tr("Could not write the export: %1").arg(why));
    };
    qint64 n = 0;
    QVariantList row;
    while (q->step()) {
        const qint64 id = q->int64(0);
        row = {q->text(2)};
        if (contacts)
            row << q->text(8) << q->text(9);
        row << Text::splitJsonArray(q->text(3)).join(QStringLiteral("; "))
            << Text::splitJsonArray(q->text(4)).join(QStringLiteral("; "));
        if (!contacts)
            row << q->text(8) << q->text(9);
        tags->reset();
        tags->bindAll(int(kind), id);
        row << q->text(5) << (tags->step() ? tags->text(0) : QString());
        if (xlsx)
            row << q->int64(6) << q->int64(7);
        else
            row << isoUtc(q->int64(6)) << isoUtc(q->int64(7));
        row << uuidToString(q->blob(1));
        if (!defs.isEmpty()) {
            QHash<qint64, QVariant> values;
            custom->reset();
            custom->bindAll(int(kind), id);
            while (custom->step())
                values.insert(custom->int64(0), custom->value(1));
            for (const FieldDef &d : defs)
                row << (xlsx ? XlsxTableWriter::cellOf(d, values.value(d.id))
                             : QVariant(fieldValueText(d, values.value(d.id))));
        }
        if (xlsx) {
            sheet->writeRow(row);
            if (!sheet->ok())
                return failed(sheet->errorString());
        } else {
            QStringList texts;
            texts.reserve(row.size());
            for (const QVariant &v : std::as_const(row))
                texts << v.toString();
            csv->writeRow(texts);
            if (!csv->ok())
                return failed(csv->errorString());
        }
        if (++n % kProgressEvery == 0 && progress && !progress(n, total))
            return makeError(Error::Code::Invalid, Tr::tr("The export was cancelled."));
    }
    if (xlsx && !sheet->finish(out))
        return failed(sheet->errorString());
    if (progress)
        progress(n, total);
    return n;
}

QString Exporter::vcardEscape(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u',' || c == u';') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray Exporter::vcardFold(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype pos = 0;
    bool first = true;
    while (pos < line.size()) {
        // 75 octets per line; a continuation line's leading space is one of them.
        const qsizetype room = first ? 75 : 74;
        qsizetype cut = std::min(line.size(), pos + room);
        while (cut < line.size() && cut > pos && (uchar(line[cut]) & 0xC0) == 0x80)
            --cut; // never split a UTF-8 character
        if (!first)
            out += ' ';
        out += line.mid(pos, cut - pos);
        out += "\r\n";
        pos = cut;
        first = false;
    }
    if (line.isEmpty())
        out += "\r\n";
    return out;
}

Result<qint64> Exporter::writeVCard(QIODevice &out, const ExportProgress &progress)
{
    const QString w = where(EntityKind::Contact);
    const qint64 total = count(EntityKind::Contact, w);
    Query q = m_s.sql().prepare(
        QStringLiteral("SELECT r.id, r.uid, r.name, r.phones, r.emails, r.position, co.name, "
                       "r.updated_at FROM contacts r LEFT JOIN companies co ON co.id = "
                       "r.company_id AND co.deleted = 0 WHERE %1 ORDER BY r.name, r.id")
            .arg(w));
    m_filterSql.bind(*q);
    Query tags = m_s.sql().prepare("SELECT t.name FROM entity_tags e JOIN tags t ON t.id = "
                                   "e.tag_id WHERE e.kind = ?1 AND e.entity_id = ?2 ORDER BY "
                                   "t.name");
    Query notes = m_s.sql().prepare("SELECT text FROM notes WHERE entity_kind = ?1 AND entity_id "
                                    "= ?2 AND deleted = 0 ORDER BY created_at, id");
    qint64 n = 0;
    QByteArray card;
    auto line = [&](const QString &text) {
        card += vcardFold(text.toUtf8());
    };
    while (q->step()) {
        const qint64 id = q->int64(0);
        const QString name = q->text(2);
        card.clear();
        line(QStringLiteral("BEGIN:VCARD"));
        line(QStringLiteral("VERSION:4.0"));
        line(QStringLiteral("UID:urn:uuid:") + uuidToString(q->blob(1)));
        line(QStringLiteral("FN:") + vcardEscape(name));
        QStringList parts = nameParts(name);
        for (QString &p : parts)
            p = vcardEscape(p);
        line(QStringLiteral("N:") + parts.join(u';'));
        const QStringList phones = Text::splitJsonArray(q->text(3));
        for (qsizetype i = 0; i < phones.size(); ++i) {
            const QString digits = Text::digitsOnly(phones[i]);
            if (digits.isEmpty())
                continue;
            const bool global = phones[i].trimmed().startsWith(u'+');
            line(QStringLiteral("TEL;VALUE=uri;TYPE=voice%1:tel:%2%3")
                     .arg(i == 0 ? QStringLiteral(";PREF=1") : QString(),
                          global ? QStringLiteral("+") : QString(), digits));
        }
        const QStringList emails = Text::splitJsonArray(q->text(4));
        for (qsizetype i = 0; i < emails.size(); ++i)
            line(QStringLiteral("EMAIL%1:%2")
                     .arg(i == 0 ? QStringLiteral(";PREF=1") : QString(), vcardEscape(emails[i])));
        if (!q->text(6).isEmpty())
            line(QStringLiteral("ORG:") + vcardEscape(q->text(6)));
        if (!q->text(5).isEmpty())
            line(QStringLiteral("TITLE:") + vcardEscape(q->text(5)));
        tags->reset();
        tags->bindAll(int(EntityKind::Contact), id);
        QStringList categories;
        while (tags->step())
            categories << vcardEscape(tags->text(0));
        if (!categories.isEmpty())
            line(QStringLiteral("CATEGORIES:") + categories.join(u','));
        notes->reset();
        notes->bindAll(int(EntityKind::Contact), id);
        QStringList noteTexts;
        while (notes->step())
            noteTexts << notes->text(0);
        if (!noteTexts.isEmpty())
            line(QStringLiteral("NOTE:") + vcardEscape(noteTexts.join(QStringLiteral("\n\n"))));
        line(QStringLiteral("REV:") + QDateTime::fromMSecsSinceEpoch(q->int64(7), Qt::UTC)
                                          .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        line(QStringLiteral("END:VCARD"));
        if (out.write(card) != card.size())
            return makeError(Error::Code::Storage,
                             Tr::tr("Could not write the export: %1").arg(out.errorString()));
        if (++n % kProgressEvery == 0 && progress && !progress(n, total))
            return makeError(Error::Code::Invalid, Tr::tr("The export was cancelled."));
    }
    if (progress)
        progress(n, total);
    return n;
}

} // namespace Voronka::Core
