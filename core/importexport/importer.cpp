// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importer.h"

#include "core/importexport/csv.h"
#include "core/importexport/importhistory.h"
#include "core/services/duplicates.h"
#include "core/services/entityspec.h"
#include "core/services/records.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Import)
};

// A record created by a chunk of a check, which rolled back: later rows of the file that
// match it count as duplicates of a row of this file.
constexpr qint64 kPending = -1;

const QString kContact = QStringLiteral("contact.");
const QString kCompany = QStringLiteral("company.");

QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODate);
    default:
        return v.isNull() ? QString() : v.toString().trimmed();
    }
}

QStringList splitList(const QString &s)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\n]"));
    QStringList out;
    for (const QString &part : s.split(sep, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QDate parseDate(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().date();
    const QString s = cellText(v);
    const QString day = s.section(u' ', 0, 0).section(u'T', 0, 0);
    for (const char *f : {"yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "dd.MM.yy"}) {
        const QDate d = QDate::fromString(day, QLatin1String(f));
        if (d.isValid())
            return f == std::string_view("dd.MM.yy") && d.year() < 1950 ? d.addYears(100) : d;
    }
    return {};
}

QDateTime parseDateTime(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime();
    if (v.typeId() == QMetaType::QDate)
        return QDateTime(v.toDate(), QTime(0, 0), QTimeZone::utc());
    const QString s = cellText(v);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    for (const char *f : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd.MM.yyyy HH:mm:ss",
                          "dd.MM.yyyy HH:mm"})
        if (!dt.isValid())
            dt = QDateTime::fromString(s, QLatin1String(f));
    if (!dt.isValid()) {
        const QDate d = parseDate(v);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    return dt;
}

// An amount as people write it: "1 500,50", "1,500.50", "1500 ₽", a number cell -> minor units.
std::optional<qint64> parseMoney(const QVariant &v)
{
    double d = 0;
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong ||
        v.typeId() == QMetaType::Int) {
        d = v.toDouble();
    } else {
        QString s;
        for (QChar ch : cellText(v))
            if (ch.isDigit() || ch == u'.' || ch == u',' || ch == u'-')
                s += ch;
            else if (!ch.isSpace() && !ch.isLetter() && ch.category() != QChar::Symbol_Currency &&
                     ch != u'\u00A0' && ch != u'\'')
                return std::nullopt;
        if (s.contains(u'.') && s.contains(u','))
            s.remove(u',');
        s.replace(u',', u'.');
        bool ok = false;
        d = s.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!std::isfinite(d) || d < 0 || d > 1e13)
        return std::nullopt;
    return qint64(std::llround(d * 100));
}

std::optional<bool> parseFlag(const QString &s)
{
    const QString t = s.toLower();
    for (const char *yes : {"1", "true", "yes", "y", "x", "да", "д", "+"})
        if (t == QString::fromUtf8(yes))
            return true;
    for (const char *no : {"0", "false", "no", "n", "нет", "н", "-"})
        if (t == QString::fromUtf8(no))
            return false;
    return std::nullopt;
}

quint64 key64(const QString &s)
{
    return s.isEmpty() ? 0 : quint64(qHash(s, 0x5eed1234u));
}

// Keys of records already in the file, as 64-bit hashes: a million contacts stay within
// tens of megabytes.
struct MatchIndex
{
    QHash<quint64, qint64> email, phone, nameCompany, name, external;
    bool loaded = false;

    static QString ncKey(const QString &name, const QString &company)
    {
        const QString n = Duplicates::nameKey(name);
        return n.isEmpty() ? QString() : n + u'\x1f' + Duplicates::nameKey(company);
    }
    void add(qint64 id, const QString &recordName, const QStringList &phones,
             const QStringList &emails, const QString &company, const QString &externalId)
    {
        for (const QString &e : emails)
            if (const quint64 k = key64(Duplicates::emailKey(e)))
                email.insert(k, id);
        for (const QString &p : phones)
            if (const quint64 k = key64(Duplicates::phoneKey(p)))
                phone.insert(k, id);
        if (const quint64 k = key64(ncKey(recordName, company)))
            nameCompany.insert(k, id);
        if (const quint64 k = key64(Duplicates::nameKey(recordName)))
            name.insert(k, id);
        if (const quint64 k = key64(externalId))
            external.insert(k, id);
    }
    void forget(const QSet<qint64> &ids)
    {
        for (auto *h : {&email, &phone, &nameCompany, &name, &external})
            h->removeIf([&](const QHash<quint64, qint64>::iterator it) { return ids.contains(it.value()); });
    }
    void markPending(const QSet<qint64> &ids)
    {
        for (auto *h : {&email, &phone, &nameCompany, &name, &external})
            for (auto it = h->begin(); it != h->end(); ++it)
                if (ids.contains(it.value()))
                    it.value() = kPending;
    }
};

struct Built
{
    Patch patch;
    QStringList names; // first, middle, last
    QString externalId;
    QString companyName; // a contact's "company" column
};

} // namespace

QJsonObject ImportOptions::toJson() const
{
    return QJsonObject{{QStringLiteral("on_duplicate"), int(onDuplicate)},
                       {QStringLiteral("match"), match},
                       {QStringLiteral("responsible"), defaultResponsibleId},
                       {QStringLiteral("tag"), tag},
                       {QStringLiteral("chunk"), chunkRows}};
}

ImportOptions ImportOptions::fromJson(const QJsonObject &o)
{
    ImportOptions out;
    out.onDuplicate = OnDuplicate(std::clamp(o.value(QStringLiteral("on_duplicate")).toInt(), 0, 2));
    out.match = o.value(QStringLiteral("match")).toInt(out.match);
    out.defaultResponsibleId = o.value(QStringLiteral("responsible")).toInteger();
    out.tag = o.value(QStringLiteral("tag")).toString();
    out.chunkRows = std::max(1, o.value(QStringLiteral("chunk")).toInt(out.chunkRows));
    return out;
}

std::optional<int> ImportOptions::parseMatch(const QString &words)
{
    int bits = 0;
    for (const QString &w : words.split(u',', Qt::SkipEmptyParts)) {
        const QString t = w.trimmed().toLower();
        if (t == u"email")
            bits |= MatchEmail;
        else if (t == u"phone")
            bits |= MatchPhone;
        else if (t == u"name" || t == u"name+company" || t == u"name-company")
            bits |= MatchNameCompany;
        else if (t == u"external" || t == u"external_id" || t == u"id")
            bits |= MatchExternal;
        else
            return std::nullopt;
    }
    return bits;
}

QString Importer::rowNumber(qint64 n)
{
    QString digits = QString::number(n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u' ');
    return digits;
}

struct Importer::Impl
{
    Session &s;
    ImportMapping mapping;
    ImportOptions options;
    bool write = false;
    qint64 batchId = 0;
    MatchIndex index[4]; // by EntityKind
    QHash<QString, qint64> usersByKey;
    QSet<qint64> createdInChunk;

    Impl(Session &session, ImportMapping m, ImportOptions o)
        : s(session)
        , mapping(std::move(m))
        , options(std::move(o))
    {
    }

    QString columnName(int column) const { return mapping.headers.value(column); }

    QString message(qint64 row, int column, const QString &why) const
    {
        if (column < 0)
            return Tr::tr("row %1: %2").arg(rowNumber(row), why);
        return Tr::tr("row %1, column \u00AB%2\u00BB: %3").arg(rowNumber(row), columnName(column), why);
    }

    void loadIndex(EntityKind kind)
    {
        MatchIndex &ix = index[int(kind)];
        if (ix.loaded)
            return;
        ix.loaded = true;
        const char *sql = kind == EntityKind::Contact
                              ? "SELECT c.id, c.name, c.phones, c.emails, coalesce(co.name, '') "
                                "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
                                "WHERE c.deleted = 0"
                          : kind == EntityKind::Company
                              ? "SELECT id, name, phones, emails, '' FROM companies WHERE deleted = 0"
                              : "SELECT d.id, d.name, NULL, NULL, coalesce(co.name, '') FROM "
                                "deals d LEFT JOIN companies co ON co.id = d.company_id "
                                "WHERE d.deleted = 0";
        Query q = s.sql().prepare(sql);
        while (q->step())
            ix.add(q->int64(0), q->text(1), Text::splitJsonArray(q->text(2)),
                   Text::splitJsonArray(q->text(3)), q->text(4), QString());
        Query ext = s.sql().prepare(
            QStringLiteral("SELECT i.external_id, i.entity_id FROM import_items i JOIN "
                           "import_batches b ON b.id = i.batch_id JOIN %1 r ON r.id = i.entity_id "
                           "WHERE i.kind = ?1 AND i.external_id IS NOT NULL AND b.state <> %2 "
                           "AND r.deleted = 0 ORDER BY i.id")
                .arg(entityTable(kind))
                .arg(int(ImportState::Undone)));
        ext->bind(1, int(kind));
        while (ext->step())
            if (const quint64 k = key64(ext->text(0)))
                ix.external.insert(k, ext->int64(1));
    }

    void loadUsers()
    {
        if (!usersByKey.isEmpty())
            return;
        for (const UserInfo &u : s.users())
            if (u.active) {
                usersByKey.insert(u.email.toLower(), u.id);
                usersByKey.insert(u.name.simplified().toLower(), u.id);
            }
    }

    // A cell into the patch of the record it targets; an error message when the value cannot
    // be what the target holds.
    std::optional<QString> put(const QString &target, EntityKind kind, const QVariant &cell,
                               Built &b, const Built *main)
    {
        Patch &p = b.patch;
        const QString text = cellText(cell);
        if (text.isEmpty() && cell.typeId() != QMetaType::QDate &&
            cell.typeId() != QMetaType::QDateTime)
            return std::nullopt;
        Q_UNUSED(main);
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
            const qint64 id = usersByKey.value(text.simplified().toLower());
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
            for (const PipelineInfo &pl : s.pipelines())
                if (pl.name.compare(text, Qt::CaseInsensitive) == 0)
                    p.insert(QStringLiteral("pipeline_id"), pl.id);
            if (!p.contains(QStringLiteral("pipeline_id")))
                return Tr::tr("there is no pipeline \"%1\"").arg(text);
        } else if (target == u"stage") {
            p.insert(QStringLiteral("stage"), text); // resolved with the pipeline, in finish()
        } else if (target == u"loss_reason") {
            for (const Session::Named &r : s.lossReasons())
                if (r.name.compare(text, Qt::CaseInsensitive) == 0)
                    p.insert(QStringLiteral("loss_reason_id"), r.id);
            if (!p.contains(QStringLiteral("loss_reason_id")))
                return Tr::tr("there is no loss reason \"%1\"").arg(text);
        } else if (target.startsWith(QStringLiteral("cf."))) {
            const FieldDef *def = s.fieldDef(target.mid(3).toLongLong());
            if (!def || def->kind != kind)
                return Tr::tr("there is no such custom field");
            return putCustom(*def, cell, text, p);
        }
        return std::nullopt;
    }

    std::optional<QString> putCustom(const FieldDef &def, const QVariant &cell,
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
            def, input, label, QDateTime::fromMSecsSinceEpoch(s.clock().nowMs()).date());
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
    std::optional<QString> finish(EntityKind kind, Built &b)
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
            for (const PipelineInfo &pl : s.pipelines())
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

    qint64 find(EntityKind kind, const Built &b, int match)
    {
        loadIndex(kind);
        const MatchIndex &ix = index[int(kind)];
        auto look = [](const QHash<quint64, qint64> &h, const QString &k) -> qint64 {
            const quint64 key = key64(k);
            return key ? h.value(key) : 0;
        };
        if ((match & MatchExternal) && !b.externalId.isEmpty())
            if (qint64 id = look(ix.external, b.externalId))
                return id;
        if (match & MatchEmail)
            for (const QString &e : b.patch.value(QStringLiteral("emails")).toStringList())
                if (qint64 id = look(ix.email, Duplicates::emailKey(e)))
                    return id;
        if (match & MatchPhone)
            for (const QString &ph : b.patch.value(QStringLiteral("phones")).toStringList())
                if (qint64 id = look(ix.phone, Duplicates::phoneKey(ph)))
                    return id;
        if (match & MatchNameCompany) {
            const QString name = b.patch.value(QStringLiteral("name")).toString();
            if (qint64 id = look(ix.nameCompany, MatchIndex::ncKey(name, b.companyName)))
                return id;
        }
        return 0;
    }

    void remember(EntityKind kind, qint64 id, const Built &b)
    {
        loadIndex(kind);
        index[int(kind)].add(id, b.patch.value(QStringLiteral("name")).toString(),
                             b.patch.value(QStringLiteral("phones")).toStringList(),
                             b.patch.value(QStringLiteral("emails")).toStringList(), b.companyName,
                             b.externalId);
        createdInChunk.insert(id);
    }

    static QString toJsonText(const Patch &p)
    {
        return QString::fromUtf8(
            QJsonDocument(QJsonObject::fromVariantMap(p)).toJson(QJsonDocument::Compact));
    }

    void item(EntityKind kind, qint64 id, int action, const Patch &before, const Patch &after,
              const QString &externalId)
    {
        if (!write)
            return;
        s.sql()
            .prepare("INSERT INTO import_items(batch_id, kind, entity_id, action, before, after, "
                     "external_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            ->bindAll(batchId, int(kind), id, action,
                      before.isEmpty() ? QVariant() : QVariant(toJsonText(before)),
                      toJsonText(after), externalId.isEmpty() ? QVariant() : QVariant(externalId))
            .run();
    }

    // Creates the record; the created date a file gives replaces the import's time.
    Result<qint64> create(EntityKind kind, Built &b)
    {
        Patch patch = b.patch;
        const QVariant createdAt = patch.take(QStringLiteral("created_at"));
        if (!patch.contains(QStringLiteral("responsible_id")) && options.defaultResponsibleId)
            patch.insert(QStringLiteral("responsible_id"), options.defaultResponsibleId);
        Result<qint64> id = Records(s, Origin::of(WriteMode::Import)).create(kind, patch);
        if (!id)
            return id;
        Change c(s, Origin::of(WriteMode::Import));
        if (createdAt.isValid())
            c.sql()
                .prepare(QStringLiteral("UPDATE %1 SET created_at = ?1 WHERE id = ?2")
                             .arg(entityTable(kind)))
                ->bindAll(createdAt, *id)
                .run();
        c.history(kind, *id, HistoryEvent::Created, QStringLiteral("import"), {}, batchId);
        c.commit();
        remember(kind, *id, b);
        item(kind, *id, 1, {}, patch, b.externalId);
        return id;
    }

    // Updates the matched record with the row's non-empty values; phones, emails and tags
    // are added to the record's own.
    Status update(EntityKind kind, qint64 id, Built &b)
    {
        Patch patch = b.patch;
        patch.remove(QStringLiteral("created_at"));
        Records records(s, Origin::of(WriteMode::Import));
        Result<Record> current = records.load(kind, id);
        if (!current)
            return current.error();
        for (const char *k : {"phones", "emails", "tags"}) {
            const QString key = QLatin1String(k);
            if (!patch.contains(key))
                continue;
            QStringList merged = current->value(key).toStringList();
            for (const QString &v : patch.value(key).toStringList())
                if (!merged.contains(v, Qt::CaseInsensitive))
                    merged << v;
            patch.insert(key, merged);
        }
        Patch before;
        for (auto it = patch.cbegin(); it != patch.cend(); ++it)
            before.insert(it.key(), current->value(it.key()));
        if (Status st = records.update(kind, id, patch); !st)
            return st;
        item(kind, id, 2, before, patch, b.externalId);
        return Ok{};
    }
};

Importer::Importer(Session &s, ImportMapping mapping, ImportOptions options)
    : d(std::make_unique<Impl>(s, std::move(mapping), std::move(options)))
{
}

Importer::~Importer() = default;

Result<ImportReport> Importer::check(ImportReader &reader, const ImportProgress &progress)
{
    return go(reader, false, 0, 0, {}, progress);
}

Result<ImportReport> Importer::run(ImportReader &reader, const QString &file,
                                   const ImportProgress &progress)
{
    if (!d->s.principal().canImport)
        return go(reader, true, 0, 0, {}, progress); // refused there, with the same message
    Result<qint64> batch = ImportHistory(d->s).begin(file, d->mapping, d->options);
    if (!batch)
        return batch.error();
    ImportReport r;
    r.batchId = *batch;
    return go(reader, true, *batch, 0, r, progress);
}

Result<ImportReport> Importer::resume(Session &s, qint64 batchId, ImportReader &reader,
                                      const ImportProgress &progress)
{
    ImportHistory history(s);
    Result<ImportBatch> b = history.claim(batchId);
    if (!b)
        return b.error();
    Result<ImportMapping> mapping = ImportMapping::fromJson(
        QJsonDocument::fromJson(b->mapping.toUtf8()).object(), reader.detected().headers);
    if (!mapping)
        return mapping.error();
    Importer importer(s, *mapping,
                      ImportOptions::fromJson(QJsonDocument::fromJson(b->options.toUtf8()).object()));
    ImportReport r;
    r.batchId = batchId;
    r.rows = b->rowsDone;
    r.created = b->created;
    r.updated = b->updated;
    r.skipped = b->skipped;
    r.failed = b->failed;
    return importer.go(reader, true, batchId, b->rowsDone, r, progress);
}

Result<ImportReport> Importer::go(ImportReader &reader, bool write, qint64 batchId,
                                  qint64 skipRows, ImportReport report,
                                  const ImportProgress &progress)
{
    Impl &m = *d;
    Session &s = m.s;
    if (!s.principal().canImport)
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not import records: your role lacks the import right."));
    const EntityKind kind = m.mapping.kind;
    if (!entitySpec(kind) || kind == EntityKind::Task)
        return makeError(Error::Code::Invalid, Tr::tr("Only contacts, companies and deals can be imported."));
    m.write = write;
    m.batchId = batchId;
    ImportHistory history(s);

    // Which columns go where, parsed once.
    struct Col
    {
        int column;
        QString target;
    };
    QList<Col> cols;
    for (int i = 0; i < m.mapping.targets.size(); ++i)
        if (!m.mapping.targets[i].isEmpty())
            cols << Col{i, m.mapping.targets[i]};

    qint64 seen = 0;
    ImportRow row;
    bool stop = false;
    const int chunk = std::max(1, m.options.chunkRows);
    while (!stop) {
        // One chunk: one transaction.
        try {
            s.beginBatch();
        } catch (const SqlError &e) {
            return Database::errorFor(e, s.db().path());
        }
        m.createdInChunk.clear();
        int inChunk = 0;
        bool more = true;
        try {
            while (inChunk < chunk && (more = reader.next(row))) {
                ++seen;
                if (seen <= skipRows)
                    continue;
                ++inChunk;
                ++report.rows;
                QList<ImportRowError> errors;
                auto fail = [&](int column, const QString &why) {
                    errors << ImportRowError{row.number, column, m.message(row.number, column, why)};
                };
                Built main, contact, company;
                main.names = contact.names = company.names = QStringList(3);
                for (const Col &c : std::as_const(cols)) {
                    const QVariant cell = row.cells.value(c.column);
                    std::optional<QString> bad;
                    if (kind == EntityKind::Deal && c.target.startsWith(kContact))
                        bad = m.put(c.target.mid(kContact.size()), EntityKind::Contact, cell, contact, &main);
                    else if (kind == EntityKind::Deal && c.target.startsWith(kCompany))
                        bad = m.put(c.target.mid(kCompany.size()), EntityKind::Company, cell, company, &main);
                    else
                        bad = m.put(c.target, kind, cell, main, nullptr);
                    if (bad)
                        fail(c.column, *bad);
                }
                if (errors.isEmpty())
                    if (std::optional<QString> bad = m.finish(kind, main))
                        fail(m.mapping.columnOf(QStringLiteral("stage")), *bad);
                m.finish(EntityKind::Contact, contact);
                if (!m.options.tag.trimmed().isEmpty()) {
                    QStringList tags = main.patch.value(QStringLiteral("tags")).toStringList();
                    tags << m.options.tag.trimmed();
                    main.patch.insert(QStringLiteral("tags"), tags);
                }
                if (errors.isEmpty()) {
                    // A deal row's company and contact are found or created first; the row
                    // is written whole or not at all.
                    const bool linked = kind == EntityKind::Deal &&
                                        (!contact.patch.isEmpty() || !company.patch.isEmpty());
                    if (linked)
                        s.sql().exec("SAVEPOINT import_row");
                    const QSet<qint64> createdBefore = m.createdInChunk;
                    enum { None, Created, Updated, Skipped } outcome = None;
                    std::optional<Error> failure;
                    if (kind == EntityKind::Deal)
                        main.companyName = company.patch.value(QStringLiteral("name")).toString();
                    const qint64 match = m.options.onDuplicate == OnDuplicate::Create
                                             ? 0
                                             : m.find(kind, main, m.options.match);
                    if (match != 0 && m.options.onDuplicate == OnDuplicate::Skip)
                        outcome = Skipped;
                    else if (match == kPending)
                        outcome = Updated; // a check: the record an earlier chunk would make
                    const QString tag = m.options.tag.trimmed();
                    // The record a contact's "company" or a deal's company.* names: found by
                    // name, or created.
                    auto linkCompany = [&](Built &b) -> qint64 {
                        const QString name = b.patch.value(QStringLiteral("name")).toString();
                        if (Duplicates::nameKey(name).isEmpty())
                            return 0;
                        m.loadIndex(EntityKind::Company);
                        const qint64 found = m.index[int(EntityKind::Company)].name.value(
                            key64(Duplicates::nameKey(name)));
                        if (found > 0)
                            return found;
                        if (!tag.isEmpty())
                            b.patch.insert(QStringLiteral("tags"), QStringList{tag});
                        if (!b.patch.contains(QStringLiteral("responsible_id")) &&
                            main.patch.contains(QStringLiteral("responsible_id")))
                            b.patch.insert(QStringLiteral("responsible_id"),
                                           main.patch.value(QStringLiteral("responsible_id")));
                        Result<qint64> id = m.create(EntityKind::Company, b);
                        if (!id)
                            failure = id.error();
                        return id ? *id : 0;
                    };
                    auto linkContact = [&](qint64 companyId) -> qint64 {
                        contact.companyName = main.companyName;
                        const qint64 found = m.find(EntityKind::Contact, contact,
                                                    MatchEmail | MatchPhone | MatchNameCompany);
                        if (found > 0)
                            return found;
                        if (companyId > 0)
                            contact.patch.insert(QStringLiteral("company_id"), companyId);
                        if (!tag.isEmpty())
                            contact.patch.insert(QStringLiteral("tags"), QStringList{tag});
                        if (main.patch.contains(QStringLiteral("responsible_id")))
                            contact.patch.insert(QStringLiteral("responsible_id"),
                                                 main.patch.value(QStringLiteral("responsible_id")));
                        Result<qint64> id = m.create(EntityKind::Contact, contact);
                        if (!id)
                            failure = id.error();
                        return id ? *id : 0;
                    };
                    if (outcome == None) {
                        if (kind == EntityKind::Contact && !main.companyName.isEmpty()) {
                            Built co;
                            co.patch.insert(QStringLiteral("name"), main.companyName);
                            if (const qint64 id = linkCompany(co); id > 0)
                                main.patch.insert(QStringLiteral("company_id"), id);
                        }
                        if (kind == EntityKind::Deal) {
                            const qint64 companyId = linkCompany(company);
                            if (companyId > 0)
                                main.patch.insert(QStringLiteral("company_id"), companyId);
                            if (!failure && !contact.patch.value(QStringLiteral("name")).toString().isEmpty())
                                if (const qint64 cid = linkContact(companyId); cid > 0)
                                    main.patch.insert(QStringLiteral("contacts"), QVariantList{cid});
                        }
                    }
                    if (outcome == None && !failure) {
                        if (match > 0) {
                            if (Status st = m.update(kind, match, main); !st)
                                failure = st.error();
                            else
                                outcome = Updated;
                        } else {
                            Result<qint64> id = m.create(kind, main);
                            if (!id)
                                failure = id.error();
                            else
                                outcome = Created;
                        }
                    }
                    if (failure) {
                        if (linked) {
                            s.sql().exec("ROLLBACK TO import_row");
                            s.sql().exec("RELEASE import_row");
                            // The index entries of what was rolled back point nowhere now.
                            QSet<qint64> gone = m.createdInChunk - createdBefore;
                            for (MatchIndex &ix : m.index)
                                ix.forget(gone);
                            m.createdInChunk = createdBefore;
                        }
                        const QString field = failure->field == u"responsible_id"
                                                  ? QStringLiteral("responsible")
                                                  : failure->field;
                        fail(field.isEmpty() ? -1 : m.mapping.columnOf(field), failure->message);
                    } else {
                        if (linked)
                            s.sql().exec("RELEASE import_row");
                        report.created += outcome == Created;
                        report.updated += outcome == Updated;
                        report.skipped += outcome == Skipped;
                    }
                }
                if (!errors.isEmpty()) {
                    ++report.failed;
                    report.errors << errors;
                    report.failedRows << row;
                }
            }
            if (!more && !reader.error().isEmpty()) {
                s.rollbackBatch();
                if (write)
                    static_cast<void>(history.finish(batchId, ImportState::Interrupted, report));
                return makeError(Error::Code::Invalid, reader.error());
            }
            if (write)
                history.progress(batchId, seen, report);
        } catch (const SqlError &e) {
            s.rollbackBatch();
            if (write)
                static_cast<void>(history.finish(batchId, ImportState::Interrupted, report));
            return Database::errorFor(e, s.db().path());
        }
        if (write) {
            if (Status st = s.commitBatch(); !st) {
                static_cast<void>(history.finish(batchId, ImportState::Interrupted, report));
                return st.error();
            }
        } else {
            s.rollbackBatch();
            s.invalidate(); // tags and counters the chunk made are gone again
            for (MatchIndex &ix : m.index)
                ix.markPending(m.createdInChunk);
        }
        if (!more)
            break;
        if (progress && !progress(reader.progress(), report.rows)) {
            report.cancelled = true;
            stop = true;
        }
    }
    if (write)
        if (Status st = history.finish(batchId, report.cancelled ? ImportState::Cancelled
                                                                 : ImportState::Done,
                                       report);
            !st)
            return st.error();
    if (progress)
        progress(1.0, report.rows);
    return report;
}

Status Importer::failedRowsCsv(const ImportReport &report, const QStringList &headers,
                               QIODevice &out)
{
    CsvWriter w(out);
    w.writeRow(QStringList(headers) << Tr::tr("Error"));
    QHash<qint64, QStringList> why;
    for (const ImportRowError &e : report.errors)
        why[e.row] << e.message;
    for (const ImportRow &r : report.failedRows) {
        QStringList cells;
        for (int i = 0; i < headers.size(); ++i)
            cells << cellText(r.cells.value(i));
        cells << why.value(r.number).join(QStringLiteral("; "));
        w.writeRow(cells);
    }
    if (!w.ok())
        return makeError(Error::Code::Storage,
                         Tr::tr("Cannot write the failed rows: %1").arg(w.errorString()));
    return Ok{};
}

} // namespace Voronka::Core
