// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importer.h"

#include "core/importexport/csv.h"
#include "core/importexport/importhistory.h"
#include "core/importexport/importvalues.h"
#include "core/services/duplicates.h"
#include "core/services/entityspec.h"
#include "core/services/records.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Import)
};

const QString kContactPrefix = QStringLiteral("contact.");
const QString kCompanyPrefix = QStringLiteral("company.");
const QString kName = QStringLiteral("name");
const QString kTags = QStringLiteral("tags");
const QString kResponsible = QStringLiteral("responsible_id");

void appendJson(QString &out, const QVariant &v);

void appendJsonString(QString &out, const QString &s)
{
    out += u'"';
    for (QChar ch : s) {
        if (ch == u'"' || ch == u'\\')
            out += u'\\', out += ch;
        else if (ch.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    out += u'"';
}

// A patch as JSON, written directly: QJsonObject::fromVariantMap on every imported record
// showed as a tenth of the import's time. Read back with QJsonDocument.
QString jsonText(const Patch &p)
{
    QString out;
    appendJson(out, p);
    return out;
}

void appendJson(QString &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out += QLatin1String("null");
        return;
    case QMetaType::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        out += QString::number(v.toLongLong());
        return;
    case QMetaType::Double:
        out += QString::number(v.toDouble(), 'g', 17);
        return;
    case QMetaType::QDate:
    case QMetaType::QDateTime:
        appendJsonString(out, v.typeId() == QMetaType::QDate
                                  ? v.toDate().toString(Qt::ISODate)
                                  : v.toDateTime().toString(Qt::ISODateWithMs));
        return;
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        out += u'[';
        bool first = true;
        for (const QVariant &i : v.toList()) {
            if (!first)
                out += u',';
            first = false;
            appendJson(out, i);
        }
        out += u']';
        return;
    }
    case QMetaType::QVariantMap: {
        const QVariantMap m = v.toMap();
        out += u'{';
        for (auto it = m.cbegin(); it != m.cend(); ++it) {
            if (it != m.cbegin())
                out += u',';
            appendJsonString(out, it.key());
            out += u':';
            appendJson(out, it.value());
        }
        out += u'}';
        return;
    }
    default:
        if (v.isNull())
            out += QLatin1String("null");
        else
            appendJsonString(out, v.toString());
    }
}

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
    out.onDuplicate =
        OnDuplicate(std::clamp(o.value(QStringLiteral("on_duplicate")).toInt(), 0, 2));
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
    enum class Outcome { None, Created, Updated, Skipped };
    struct Column
    {
        int column;
        QString target;
    };

    Session &s;
    ImportMapping mapping;
    ImportOptions options;
    QList<Column> columns; // the mapped ones
    ImportRowBuilder builder{s};
    ImportMatchIndex indexes[4]; // by EntityKind
    bool write = false;
    bool setBased = false; // new records staged, written together (Records::stage)
    bool stageRow = true;  // this row's new records are staged: it updates no match
    Records staging{s, Origin::of(WriteMode::Import)};
    qint64 batchId = 0;
    QList<qint64> createdInChunk; // in the chunk's transaction, in order
    // Records made one by one (a deal and what it links), indexed together at the chunk's end.
    QList<std::pair<EntityKind, qint64>> indexLater;

    Impl(Session &session, ImportMapping m, ImportOptions o)
        : s(session)
        , mapping(std::move(m))
        , options(std::move(o))
    {
        options.tag = options.tag.trimmed();
        for (int i = 0; i < mapping.targets.size(); ++i)
            if (!mapping.targets[i].isEmpty())
                columns << Column{i, mapping.targets[i]};
        setBased = !options.perRow;
    }

    ImportMatchIndex &index(EntityKind kind)
    {
        indexes[int(kind)].load(s, kind);
        return indexes[int(kind)];
    }

    QString message(qint64 row, int column, const QString &why) const
    {
        if (column < 0)
            return Tr::tr("row %1: %2").arg(rowNumber(row), why);
        return Tr::tr("row %1, column \u00AB%2\u00BB: %3")
            .arg(rowNumber(row), mapping.headers.value(column), why);
    }

    // What the import did to a record, kept in a temporary table until the chunk ends; then
    // one statement each writes the chunk's items and the history lines of what it created
    // (flushItems). A check keeps nothing: it rolls back.
    void item(EntityKind kind, qint64 id, int action, const Patch &before, const Patch &after,
              const QString &externalId)
    {
        if (!write)
            return;
        s.sql()
            .prepare("INSERT INTO temp.import_chunk(kind, entity_id, action, before, after, "
                     "external_id) VALUES(?1, ?2, ?3, ?4, ?5, ?6)")
            ->bindAll(int(kind), id, action,
                      before.isEmpty() ? QVariant() : QVariant(jsonText(before)), jsonText(after),
                      externalId.isEmpty() ? QVariant() : QVariant(externalId))
            .run();
    }

    void flushItems()
    {
        if (!write)
            return;
        staging.writeStaged();
        Records::indexEach(s, indexLater);
        indexLater.clear();
        s.sql()
            .prepare("INSERT INTO import_items(batch_id, kind, entity_id, action, before, after, "
                     "external_id) SELECT ?1, kind, entity_id, action, before, after, external_id "
                     "FROM temp.import_chunk ORDER BY seq")
            ->bind(1, batchId)
            .run();
        Change c(s, Origin::of(WriteMode::Import));
        for (EntityKind k : {EntityKind::Company, EntityKind::Contact, EntityKind::Deal})
            c.historyEach(k,
                          QStringLiteral("(SELECT entity_id AS id FROM temp.import_chunk "
                                         "WHERE action = 1 AND kind = %1)")
                              .arg(int(k)),
                          HistoryEvent::Created, QStringLiteral("import"), QStringLiteral("NULL"),
                          batchId);
        c.commit();
        s.sql().exec("DELETE FROM temp.import_chunk");
    }

    // Creates the record; the created date a file gives replaces the import's time.
    Result<qint64> create(EntityKind kind, const ImportDraft &d)
    {
        Patch patch = d.patch;
        const QVariant createdAt = patch.take(QStringLiteral("created_at"));
        if (!patch.contains(kResponsible) && options.defaultResponsibleId)
            patch.insert(kResponsible, options.defaultResponsibleId);
        Result<qint64> id = setBased && stageRow && Records::stages(kind)
                                ? staging.stage(kind, patch, createdAt)
                                : createNow(kind, patch, createdAt);
        if (!id)
            return id;
        index(kind).add(*id, d);
        createdInChunk << *id;
        item(kind, *id, 1, {}, patch, d.externalId);
        return id;
    }

    // One record through Records::create, after the records staged before it.
    Result<qint64> createNow(EntityKind kind, const Patch &patch, const QVariant &createdAt)
    {
        staging.writeStaged();
        Records records(s, Origin::of(WriteMode::Import));
        if (!options.perRow) // the reference path indexes each record as Records does
            records.indexLater(&indexLater);
        Result<qint64> id = records.create(kind, patch);
        if (!id || !createdAt.isValid())
            return id;
        Change c(s, Origin::of(WriteMode::Import));
        c.sql()
            .prepare(QStringLiteral("UPDATE %1 SET created_at = ?1 WHERE id = ?2")
                         .arg(entityTable(kind)))
            ->bindAll(createdAt, *id)
            .run();
        c.commit();
        return id;
    }

    // Updates the matched record with the row's non-empty values; phones, emails and tags
    // are added to the record's own. The records staged so far are written first: the match
    // may be one of them.
    Status update(EntityKind kind, qint64 id, const ImportDraft &d)
    {
        staging.writeStaged();
        Patch patch = d.patch;
        patch.remove(QStringLiteral("created_at"));
        Records records(s, Origin::of(WriteMode::Import));
        if (!options.perRow) // indexed with the chunk's new records, as create() does
            records.indexLater(&indexLater);
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
        item(kind, id, 2, before, patch, d.externalId);
        return Ok{};
    }

    // A record the row links to (a contact's company, a deal's contact or company): one the
    // file has already, or a new one with the row's responsible and the import's tag.
    qint64 link(EntityKind kind, ImportDraft &d, const ImportDraft &main,
                std::optional<Error> &failure)
    {
        const qint64 found = kind == EntityKind::Company
                                 ? index(kind).byName(d.patch.value(kName).toString())
                                 : index(kind).find(d, MatchEmail | MatchPhone | MatchNameCompany);
        if (found > 0)
            return found;
        if (!options.tag.isEmpty())
            d.patch.insert(kTags, QStringList{options.tag});
        if (!d.patch.contains(kResponsible) && main.patch.contains(kResponsible))
            d.patch.insert(kResponsible, main.patch.value(kResponsible));
        Result<qint64> id = create(kind, d);
        if (!id)
            failure = id.error();
        return id ? *id : 0;
    }

    // The cells into drafts: the row's record and, for a deal, its contact and company.
    QList<ImportRowError> build(const ImportRow &row, ImportDraft &main, ImportDraft &contact,
                                ImportDraft &company)
    {
        const EntityKind kind = mapping.kind;
        QList<ImportRowError> errors;
        auto fail = [&](int column, const QString &why) {
            errors << ImportRowError{row.number, column, message(row.number, column, why)};
        };
        for (const Column &c : std::as_const(columns)) {
            const QVariant cell = row.cells.value(c.column);
            std::optional<QString> bad;
            if (kind == EntityKind::Deal && c.target.startsWith(kContactPrefix))
                bad = builder.put(c.target.mid(kContactPrefix.size()), EntityKind::Contact, cell,
                                  contact);
            else if (kind == EntityKind::Deal && c.target.startsWith(kCompanyPrefix))
                bad = builder.put(c.target.mid(kCompanyPrefix.size()), EntityKind::Company, cell,
                                  company);
            else
                bad = builder.put(c.target, kind, cell, main);
            if (bad)
                fail(c.column, *bad);
        }
        if (errors.isEmpty())
            if (std::optional<QString> bad = builder.finish(kind, main))
                fail(mapping.columnOf(QStringLiteral("stage")), *bad);
        static_cast<void>(builder.finish(EntityKind::Contact, contact));
        if (!options.tag.isEmpty()) {
            QStringList tags = main.patch.value(kTags).toStringList();
            tags << options.tag;
            main.patch.insert(kTags, tags);
        }
        if (kind == EntityKind::Deal)
            main.companyName = company.patch.value(kName).toString();
        return errors;
    }

    // One row of the file, written whole or not at all: its record created, updated or
    // skipped as a duplicate, and the records it links to found or created.
    void process(const ImportRow &row, ImportReport &report)
    {
        const EntityKind kind = mapping.kind;
        ImportDraft main, contact, company;
        QList<ImportRowError> errors = build(row, main, contact, company);
        if (errors.isEmpty())
            if (std::optional<Error> failure = writeRow(kind, main, contact, company, report)) {
                const QString field =
                    failure->field == kResponsible ? QStringLiteral("responsible") : failure->field;
                const int column = field.isEmpty() ? -1 : mapping.columnOf(field);
                errors << ImportRowError{row.number, column,
                                         message(row.number, column, failure->message)};
            }
        if (!errors.isEmpty()) {
            ++report.failed;
            report.errors << errors;
            report.failedRows << row;
        }
    }

    std::optional<Error> writeRow(EntityKind kind, ImportDraft &main, ImportDraft &contact,
                                  ImportDraft &company, ImportReport &report)
    {
        const qint64 match =
            options.onDuplicate == OnDuplicate::Create ? 0 : index(kind).find(main, options.match);
        if (match != 0 && options.onDuplicate == OnDuplicate::Skip) {
            ++report.skipped;
            return std::nullopt;
        }
        if (match == kImportPending) { // a check: the record an earlier chunk would make
            ++report.updated;
            return std::nullopt;
        }
        // Linked records come first; if the row then fails they are taken back: staged ones
        // from the staging, written ones (a row that updates its match writes what is staged
        // before it) by a savepoint.
        const bool linked =
            kind == EntityKind::Deal && (!contact.patch.isEmpty() || !company.patch.isEmpty());
        stageRow = match <= 0;
        const bool savepoint = linked && !(setBased && stageRow);
        if (savepoint)
            s.sql().exec("SAVEPOINT import_row");
        const qsizetype createdBefore = createdInChunk.size();
        const qsizetype stagedBefore = staging.stagedCount();
        const qint64 itemsBefore = linked && !savepoint
                                       ? s.sql().scalar("SELECT coalesce(max(seq), 0) FROM "
                                                        "temp.import_chunk")
                                       : 0;
        std::optional<Error> failure;
        if (kind == EntityKind::Contact && !main.companyName.isEmpty()) {
            ImportDraft co;
            co.patch.insert(kName, main.companyName);
            if (const qint64 id = link(EntityKind::Company, co, main, failure); id > 0)
                main.patch.insert(QStringLiteral("company_id"), id);
        }
        if (kind == EntityKind::Deal) {
            qint64 companyId = 0;
            if (!Duplicates::nameKey(company.patch.value(kName).toString()).isEmpty())
                companyId = link(EntityKind::Company, company, main, failure);
            if (companyId > 0)
                main.patch.insert(QStringLiteral("company_id"), companyId);
            if (!failure && !contact.patch.value(kName).toString().isEmpty()) {
                contact.companyName = main.companyName;
                if (companyId > 0)
                    contact.patch.insert(QStringLiteral("company_id"), companyId);
                if (const qint64 id = link(EntityKind::Contact, contact, main, failure); id > 0)
                    main.patch.insert(QStringLiteral("contacts"), QVariantList{id});
            }
        }
        Outcome outcome = Outcome::None;
        if (!failure && match > 0) {
            if (Status st = update(kind, match, main); !st)
                failure = st.error();
            else
                outcome = Outcome::Updated;
        } else if (!failure) {
            if (Result<qint64> id = create(kind, main); !id)
                failure = id.error();
            else
                outcome = Outcome::Created;
        }
        if (failure && linked) {
            if (savepoint) {
                s.sql().exec("ROLLBACK TO import_row");
            } else {
                staging.unstageFrom(stagedBefore);
                s.sql()
                    .prepare("DELETE FROM temp.import_chunk WHERE seq > ?1")
                    ->bind(1, itemsBefore)
                    .run();
            }
            const QList<qint64> gone = createdInChunk.mid(createdBefore);
            const QSet<qint64> goneSet(gone.cbegin(), gone.cend());
            for (ImportMatchIndex &ix : indexes)
                ix.forget(goneSet);
            createdInChunk.resize(createdBefore);
        }
        if (savepoint)
            s.sql().exec("RELEASE import_row");
        report.created += outcome == Outcome::Created;
        report.updated += outcome == Outcome::Updated;
        return failure;
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
    if (Status st = allowed(); !st)
        return st.error();
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
    Result<ImportBatch> b = ImportHistory(s).claim(batchId);
    if (!b)
        return b.error();
    Result<ImportMapping> mapping = ImportMapping::fromJson(
        QJsonDocument::fromJson(b->mapping.toUtf8()).object(), reader.detected().headers);
    if (!mapping)
        return mapping.error();
    Importer importer(
        s, *mapping,
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

Status Importer::allowed() const
{
    if (!d->s.principal().canImport)
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not import records: your role lacks the import right."));
    const EntityKind kind = d->mapping.kind;
    if (kind != EntityKind::Contact && kind != EntityKind::Company && kind != EntityKind::Deal)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Only contacts, companies and deals can be imported."));
    return Ok{};
}

// The file in chunks, one transaction each: written and committed with the batch's progress,
// or (a check) rolled back.
Result<ImportReport> Importer::go(ImportReader &reader, bool write, qint64 batchId, qint64 skipRows,
                                  ImportReport report, const ImportProgress &progress)
{
    if (Status st = allowed(); !st)
        return st.error();
    Impl &m = *d;
    Session &s = m.s;
    m.write = write;
    m.batchId = batchId;
    ImportHistory history(s);
    if (write)
        try {
            s.sql().exec("CREATE TEMP TABLE IF NOT EXISTS import_chunk(seq INTEGER PRIMARY KEY, "
                         "kind INTEGER NOT NULL, entity_id INTEGER NOT NULL, action INTEGER NOT "
                         "NULL, before TEXT, after TEXT, external_id TEXT)");
            s.sql().exec("DELETE FROM temp.import_chunk");
        } catch (const SqlError &e) {
            return Database::errorFor(e, s.db().path());
        }
    auto interrupted = [&] {
        if (write)
            static_cast<void>(history.finish(batchId, ImportState::Interrupted, report));
    };
    qint64 seen = 0;
    ImportRow row;
    const int chunk = std::max(1, m.options.chunkRows);
    for (bool more = true; more;) {
        try {
            s.beginBatch();
            m.staging.dropStaged();
            m.createdInChunk.clear();
            m.indexLater.clear();
            for (int inChunk = 0; inChunk < chunk && (more = reader.next(row));) {
                if (++seen <= skipRows)
                    continue; // committed before the batch was interrupted
                ++inChunk;
                ++report.rows;
                m.process(row, report);
            }
            if (!more && !reader.error().isEmpty()) {
                s.rollbackBatch();
                interrupted();
                return makeError(Error::Code::Invalid, reader.error());
            }
            if (write) {
                m.flushItems();
                history.progress(batchId, seen, report);
            }
        } catch (const SqlError &e) {
            s.rollbackBatch();
            interrupted();
            return Database::errorFor(e, s.db().path());
        }
        if (write) {
            if (Status st = s.commitBatch(); !st) {
                interrupted();
                return st.error();
            }
        } else {
            s.rollbackBatch();
            s.invalidate(); // tags the chunk made are gone again
            const QSet<qint64> made(m.createdInChunk.cbegin(), m.createdInChunk.cend());
            for (ImportMatchIndex &ix : m.indexes)
                ix.markPending(made);
        }
        if (more && progress && !progress(reader.progress(), report.rows)) {
            report.cancelled = true;
            break;
        }
    }
    if (write)
        if (Status st = history.finish(
                batchId, report.cancelled ? ImportState::Cancelled : ImportState::Done, report);
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
            cells << ImportValues::cellText(r.cells.value(i));
        cells << why.value(r.number).join(QStringLiteral("; "));
        w.writeRow(cells);
    }
    if (!w.ok())
        return makeError(Error::Code::Storage,
                         Tr::tr("Cannot write the failed rows: %1").arg(w.errorString()));
    return Ok{};
}

} // namespace Voronka::Core
