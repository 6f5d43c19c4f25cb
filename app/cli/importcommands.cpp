// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importcommands.h"

#include "cli.h"

#include "core/importexport/importer.h"
#include "core/importexport/importhistory.h"
#include "core/services/session.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Voronka::Cli {

using namespace Core;

namespace {

struct Request
{
    EntityKind kind = EntityKind::None;
    QString file;
    ImportReadOptions read;
    QString mappingPath, saveMapping, failedRows, responsible;
    ImportPreset preset = ImportPreset::None;
    ImportOptions options;
    bool dryRun = false;
};

std::variant<Request, QString> parse(QStringList args)
{
    Request r;
    const QString what = args.takeFirst();
    r.kind = what == u"contacts"    ? EntityKind::Contact
             : what == u"companies" ? EntityKind::Company
             : what == u"deals"     ? EntityKind::Deal
                                    : EntityKind::None;
    if (r.kind == EntityKind::None)
        return QStringLiteral("import needs contacts, companies, deals, list, undo or finish; "
                              "not '%1'.")
            .arg(what);
    if (args.isEmpty() || args.first().startsWith(QStringLiteral("--")))
        return QStringLiteral("import %1 needs the FILE to read.").arg(what);
    r.file = args.takeFirst();
    bool matchGiven = false;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a == u"--dry-run") {
            r.dryRun = true;
            continue;
        }
        const bool known = a == u"--format" || a == u"--encoding" || a == u"--delimiter" ||
                           a == u"--sheet" || a == u"--mapping" || a == u"--preset" ||
                           a == u"--on-duplicate" || a == u"--match" || a == u"--tag" ||
                           a == u"--responsible" || a == u"--failed-rows" ||
                           a == u"--save-mapping";
        if (!known)
            return QStringLiteral("unexpected argument '%1'.").arg(a);
        if (args.isEmpty() || args.first().isEmpty())
            return QStringLiteral("%1 needs a value.").arg(a);
        const QString v = args.takeFirst();
        if (a == u"--format") {
            if (v == u"csv")
                r.read.format = ImportFormat::Csv;
            else if (v == u"xlsx")
                r.read.format = ImportFormat::Xlsx;
            else if (v == u"vcf" || v == u"vcard")
                r.read.format = ImportFormat::VCard;
            else
                return QStringLiteral("--format must be csv, xlsx or vcf, not '%1'.").arg(v);
        } else if (a == u"--encoding") {
            r.read.encoding = v.toLatin1();
        } else if (a == u"--delimiter") {
            const QString d = v == u"tab" || v == u"\\t" ? QStringLiteral("\t") : v;
            if (d.size() != 1)
                return QStringLiteral("--delimiter takes one character (or tab), not '%1'.").arg(v);
            r.read.delimiter = d.at(0);
        } else if (a == u"--sheet") {
            bool ok = false;
            r.read.sheet = v.toInt(&ok) - 1;
            if (!ok || r.read.sheet < 0)
                return QStringLiteral("--sheet takes the sheet's number from 1, not '%1'.").arg(v);
        } else if (a == u"--mapping") {
            r.mappingPath = v;
        } else if (a == u"--save-mapping") {
            r.saveMapping = v;
        } else if (a == u"--preset") {
            r.preset = presetFromKey(v);
            if (r.preset == ImportPreset::None)
                return QStringLiteral("--preset must be amocrm, bitrix24, hubspot, pipedrive, "
                                      "salesforce, google or outlook, not '%1'.")
                    .arg(v);
        } else if (a == u"--on-duplicate") {
            if (v == u"skip")
                r.options.onDuplicate = OnDuplicate::Skip;
            else if (v == u"update")
                r.options.onDuplicate = OnDuplicate::Update;
            else if (v == u"create")
                r.options.onDuplicate = OnDuplicate::Create;
            else
                return QStringLiteral("--on-duplicate must be skip, update or create, not '%1'.")
                    .arg(v);
        } else if (a == u"--match") {
            const std::optional<int> bits = ImportOptions::parseMatch(v);
            if (!bits)
                return QStringLiteral("--match takes email, phone, name and external, "
                                      "comma-separated; not '%1'.")
                    .arg(v);
            r.options.match = *bits;
            matchGiven = true;
        } else if (a == u"--tag") {
            r.options.tag = v;
        } else if (a == u"--responsible") {
            r.responsible = v;
        } else if (a == u"--failed-rows") {
            r.failedRows = v;
        }
    }
    if (!r.mappingPath.isEmpty() && r.preset != ImportPreset::None)
        return QStringLiteral("give --mapping or --preset, not both.");
    Q_UNUSED(matchGiven);
    return r;
}

QJsonObject reportJson(const ImportReport &r, const QStringList &headers, bool dryRun)
{
    QJsonArray errors;
    for (const ImportRowError &e : r.errors)
        errors << QJsonObject{{QStringLiteral("row"), e.row},
                              {QStringLiteral("column"), e.column < 0 ? QJsonValue()
                                                                      : QJsonValue(headers.value(e.column))},
                              {QStringLiteral("message"), e.message}};
    QJsonObject o{{QStringLiteral("dry_run"), dryRun},
                  {QStringLiteral("rows"), r.rows},
                  {QStringLiteral("created"), r.created},
                  {QStringLiteral("updated"), r.updated},
                  {QStringLiteral("skipped"), r.skipped},
                  {QStringLiteral("failed"), r.failed},
                  {QStringLiteral("cancelled"), r.cancelled},
                  {QStringLiteral("errors"), errors}};
    if (r.batchId)
        o.insert(QStringLiteral("id"), r.batchId);
    return o;
}

void printReport(const ImportReport &r, bool dryRun, QTextStream &out)
{
    for (const ImportRowError &e : r.errors)
        out << e.message << "\n";
    out << (dryRun ? "check: " : "imported: ") << r.rows << " rows, " << r.created << " new, "
        << r.updated << " updated, " << r.skipped << " skipped, " << r.failed << " with errors";
    if (r.batchId)
        out << " (import #" << r.batchId << ")";
    out << "\n";
}

int finishReport(const ImportReport &r, const QStringList &headers, const Request *req, bool json,
                 QTextStream &out, QTextStream &err)
{
    if (req && !req->failedRows.isEmpty() && r.failed > 0) {
        QSaveFile f(req->failedRows);
        if (!f.open(QIODevice::WriteOnly))
            return dataError(err, QStringLiteral("cannot write %1: %2").arg(req->failedRows, f.errorString()));
        if (Status st = Importer::failedRowsCsv(r, headers, f); !st || !f.commit())
            return dataError(err, QStringLiteral("cannot write %1: %2").arg(req->failedRows, f.errorString()));
    }
    const bool dry = req && req->dryRun;
    if (json)
        out << QJsonDocument(reportJson(r, headers, dry)).toJson(QJsonDocument::Compact) << "\n";
    else
        printReport(r, dry, out);
    return Success;
}

Result<std::unique_ptr<ImportReader>> openFile(const QString &path, const ImportReadOptions &o)
{
    Result<std::unique_ptr<ImportReader>> reader = ImportReader::open(path, o);
    if (!reader)
        return reader;
    if (!(*reader)->error().isEmpty())
        return makeError(Error::Code::Invalid, QStringLiteral("%1: %2").arg(path, (*reader)->error()));
    return reader;
}

int runList(Session &s, bool json, QTextStream &out, QTextStream &err)
{
    Result<QList<ImportBatch>> list = ImportHistory(s).list();
    if (!list)
        return dataError(err, list.error().message);
    QJsonArray arr;
    for (const ImportBatch &b : *list) {
        const QString started =
            QDateTime::fromMSecsSinceEpoch(b.startedAt).toUTC().toString(Qt::ISODate);
        if (json) {
            arr << QJsonObject{{QStringLiteral("id"), b.id},
                               {QStringLiteral("file"), b.file},
                               {QStringLiteral("kind"), entityKey(b.kind)},
                               {QStringLiteral("user"), b.userName},
                               {QStringLiteral("started"), started},
                               {QStringLiteral("finished"),
                                b.finishedAt ? QJsonValue(QDateTime::fromMSecsSinceEpoch(b.finishedAt)
                                                              .toUTC()
                                                              .toString(Qt::ISODate))
                                             : QJsonValue()},
                               {QStringLiteral("state"), importStateKey(b.state)},
                               {QStringLiteral("rows"), b.rowsDone},
                               {QStringLiteral("created"), b.created},
                               {QStringLiteral("updated"), b.updated},
                               {QStringLiteral("skipped"), b.skipped},
                               {QStringLiteral("failed"), b.failed}};
        } else {
            out << b.id << "\t" << started << "\t" << importStateKey(b.state) << "\t"
                << entityKey(b.kind) << "\t" << b.file << "\t" << b.userName << "\t" << b.created
                << " new, " << b.updated << " updated, " << b.skipped << " skipped, " << b.failed
                << " with errors\n";
        }
    }
    if (json)
        out << QJsonDocument(arr).toJson(QJsonDocument::Compact) << "\n";
    return Success;
}

std::optional<qint64> batchId(const QString &word)
{
    bool ok = false;
    const qint64 id = word.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int runImport(QStringList args, bool json, QTextStream &out, QTextStream &err,
              const SessionOpener &open)
{
    if (args.isEmpty())
        return usageError(err, QStringLiteral("import needs contacts, companies, deals, list, "
                                              "undo or finish."));
    const QString verb = args.first();
    if (verb == u"list" || verb == u"undo" || verb == u"finish") {
        args.removeFirst();
        std::optional<qint64> id;
        if (verb != u"list") {
            if (args.isEmpty() || !(id = batchId(args.first())))
                return usageError(err, QStringLiteral("import %1 needs the import's ID (see "
                                                      "import list).")
                                           .arg(verb));
            args.removeFirst();
        }
        QString file;
        if (verb == u"finish") {
            if (args.isEmpty())
                return usageError(err, QStringLiteral("import finish ID needs the FILE again."));
            file = args.takeFirst();
        }
        if (!args.isEmpty())
            return usageError(err, QStringLiteral("unexpected argument '%1'.").arg(args.first()));
        std::variant<int, Session *> opened = open();
        if (const int *code = std::get_if<int>(&opened))
            return *code;
        Session &s = *std::get<Session *>(opened);
        if (verb == u"list")
            return runList(s, json, out, err);
        if (verb == u"undo") {
            Result<ImportHistory::UndoResult> undone = ImportHistory(s).undo(*id);
            if (!undone)
                return dataError(err, undone.error().message);
            if (json) {
                out << QJsonDocument(QJsonObject{{QStringLiteral("id"), *id},
                                                 {QStringLiteral("reverted"), undone->reverted},
                                                 {QStringLiteral("refused"),
                                                  QJsonArray::fromStringList(undone->refused)}})
                           .toJson(QJsonDocument::Compact)
                    << "\n";
            } else {
                out << "undone import #" << *id << ": " << undone->reverted << " records\n";
                for (const QString &r : undone->refused)
                    out << "left as it is (changed since the import): " << r << "\n";
            }
            return Success;
        }
        Result<std::unique_ptr<ImportReader>> reader = openFile(file, {});
        if (!reader)
            return dataError(err, reader.error().message);
        Result<ImportReport> r = Importer::resume(s, *id, **reader);
        if (!r)
            return dataError(err, r.error().message);
        return finishReport(*r, (*reader)->detected().headers, nullptr, json, out, err);
    }

    std::variant<Request, QString> parsed = parse(args);
    if (const QString *message = std::get_if<QString>(&parsed))
        return usageError(err, *message);
    Request req = std::get<Request>(parsed);
    std::variant<int, Session *> opened = open();
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    Session &s = *std::get<Session *>(opened);
    if (!s.principal().canImport)
        return dataError(err, QStringLiteral("%1 may not import records: the role lacks the "
                                             "import right.")
                                  .arg(s.actor().email));
    Result<std::unique_ptr<ImportReader>> reader = openFile(req.file, req.read);
    if (!reader)
        return dataError(err, reader.error().message);
    const QStringList headers = (*reader)->detected().headers;
    ImportMapping mapping;
    if (!req.mappingPath.isEmpty()) {
        Result<ImportMapping> loaded = ImportMapping::load(req.mappingPath, headers);
        if (!loaded)
            return dataError(err, loaded.error().message);
        if (loaded->kind != req.kind)
            return dataError(err, QStringLiteral("%1 is a mapping for %2, not for %3.")
                                      .arg(req.mappingPath, entityKey(loaded->kind), entityKey(req.kind)));
        mapping = *loaded;
    } else {
        QList<FieldDef> fields = s.fieldDefs(req.kind);
        if (req.kind == EntityKind::Deal)
            fields << s.fieldDefs(EntityKind::Contact) << s.fieldDefs(EntityKind::Company);
        mapping = ImportMapping::guess(req.kind, headers, fields, req.preset);
    }
    if (!req.saveMapping.isEmpty())
        if (Status st = mapping.save(req.saveMapping); !st)
            return dataError(err, st.error().message);
    if (!req.responsible.isEmpty()) {
        for (const UserInfo &u : s.users())
            if (u.active && u.email.compare(req.responsible, Qt::CaseInsensitive) == 0)
                req.options.defaultResponsibleId = u.id;
        if (!req.options.defaultResponsibleId)
            return dataError(err, QStringLiteral("there is no active user %1.").arg(req.responsible));
    }
    Importer importer(s, mapping, req.options);
    Result<ImportReport> r = req.dryRun
                                 ? importer.check(**reader)
                                 : importer.run(**reader, QFileInfo(req.file).fileName());
    if (!r)
        return dataError(err, r.error().message);
    return finishReport(*r, headers, &req, json, out, err);
}

} // namespace Voronka::Cli
