// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importbench.h"

#include "rawdb.h"
#include "rawwriter.h"

#include "core/importexport/csv.h"
#include "core/importexport/importer.h"
#include "core/importexport/xlsxwriter.h"
#include "core/services/admin.h"
#include "core/services/auth.h"
#include "core/services/session.h"
#include "core/util/clock.h"
#include "core/util/text.h"

#include <QFile>
#include <QTemporaryDir>

#include <random>
#include <string>
#include <vector>
#include <stdexcept>

namespace Voronka::Bench {

using namespace Core;

namespace {

QByteArray makeCsv(qint64 rows, quint64 seed)
{
    const char *const first[] = {"Анна", "Дмитрий", "Ольга", "James", "Emma", "Сергей"};
    const char *const last[] = {"Иванова", "Смирнов", "Кузнецова", "Smith", "Brown", "Попов"};
    std::mt19937_64 rng(seed);
    QByteArray out = "ФИО,Телефон,E-mail,Должность\n";
    out.reserve(int(rows * 80));
    for (qint64 i = 0; i < rows; ++i) {
        out += first[rng() % 6];
        out += ' ';
        out += last[rng() % 6];
        out += ",+7 9" + QByteArray::number(qint64(100000000 + i)) + ",person" +
               QByteArray::number(i) + "@mail.ru,Менеджер по закупкам\n";
    }
    return out;
}

// The same rows as an Excel workbook, written as Voronka's XLSX export writes (inline strings).
void writeXlsx(const QString &path, const QByteArray &csv)
{
    const QList<QStringList> rows = parseCsv(csv);
    QList<XlsxTableWriter::Column> columns;
    for (const QString &h : rows.value(0))
        columns << XlsxTableWriter::Column{h, XlsxTableWriter::Kind::Text};
    XlsxTableWriter sheet(QStringLiteral("Contacts"), columns);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QVariantList cells;
        for (const QString &c : rows[i])
            cells << c;
        sheet.writeRow(cells);
    }
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !sheet.finish(f))
        throw std::runtime_error((sheet.ok() ? f.errorString() : sheet.errorString()).toStdString());
}

void removeDatabase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

// A fresh file as every run starts from: the schema, the admin and the default pipeline.
std::unique_ptr<Database> freshDatabase(const QString &path, const Clock &clock)
{
    removeDatabase(path);
    Result<std::unique_ptr<Database>> db = Database::create(path);
    if (!db)
        throw std::runtime_error(db.error().message.toStdString());
    Result<qint64> admin =
        Admin::initialize(**db, clock, QStringLiteral("admin@example.com"), QStringLiteral("Admin"),
                          QStringLiteral("bench"), Auth::Strength::Fast);
    if (!admin)
        throw std::runtime_error(admin.error().message.toStdString());
    return std::move(db).value();
}

// Peak resident memory: VmHWM since the last reset (writing 5 to clear_refs resets it).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

qint64 peakKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong();
    return 0;
}

qint64 rawImport(sqlite3 *db, const QByteArray &csv)
{
    const QList<QStringList> rows = parseCsv(csv);
    RawWriter w(db);
    RawStmt contact(db, "INSERT INTO contacts(name, position, phones, emails, responsible_id, uid, "
                        "created_at, updated_at, author_id, hlc) VALUES(?1, ?2, ?3, ?4, 1, ?5, ?6, "
                        "?6, 1, ?7)");
    RawStmt search(db, "INSERT INTO search(rowid, name, phones, emails, company, extra) "
                       "VALUES(?1, ?2, ?3, ?4, '', ?5)");
    RawStmt outbox(db, "INSERT INTO outbox(mutation_uid, kind, entity_id, op, fields, hlc) "
                       "VALUES(?1, 2, ?2, 1, 'name,position,phones,emails,responsible_id', ?3)");
    RawStmt history(db, "INSERT INTO history(kind, entity_id, at, user_id, event, field, "
                        "new_value, origin) VALUES(2, ?1, ?2, 1, 8, 'import', 1, 3)");
    IdGenerator ids(7);
    qint64 n = 0;
    const qint64 now = RawWriter::nowMs();
    struct Indexed
    {
        qint64 id;
        std::string name, terms, mail, position;
    };
    std::vector<Indexed> chunk;
    const qsizetype chunkRows = ImportOptions{}.chunkRows; // as many per transaction as Voronka
    for (qsizetype start = 1; start < rows.size(); start += chunkRows) {
        chunk.clear();
        w.transaction(
            [&] {
                for (qsizetype i = start; i < std::min(rows.size(), start + chunkRows); ++i) {
                    const QStringList &r = rows[i];
                    const std::string name = r.value(0).simplified().toStdString();
                    const std::string position = r.value(3).toStdString();
                    const std::string phones =
                        Text::joinJsonArray({r.value(1)}).toStdString();
                    const std::string emails =
                        Text::joinJsonArray({r.value(2)}).toStdString();
                    const QByteArray uid = ids.next(now);
                    const qint64 hlc = w.nextHlc(now);
                    contact.bind(1, name).bind(2, position).bind(3, phones).bind(4, emails);
                    contact.bindBlob(5, uid.constData(), int(uid.size()));
                    contact.bind(6, sqlite3_int64(now)).bind(7, sqlite3_int64(hlc)).run();
                    const qint64 id = sqlite3_last_insert_rowid(db);
                    chunk.push_back(Indexed{id, name,
                                            Text::phoneSearchTerms(r.value(1)).join(u' ').toStdString(),
                                            r.value(2).toStdString(), position});
                    const QByteArray mutation = ids.next(now);
                    outbox.bindBlob(1, mutation.constData(), int(mutation.size()));
                    outbox.bind(2, sqlite3_int64(id)).bind(3, sqlite3_int64(hlc)).run();
                    history.bind(1, sqlite3_int64(id)).bind(2, sqlite3_int64(now)).run();
                    ++n;
                }
                // The index rows last: FTS5 writes out its pending rows at every statement
                // savepoint, and the history insert (its table has triggers) opens one; rows
                // interleaved with it would each become a segment of their own.
                for (const Indexed &e : chunk) {
                    search.bind(1, sqlite3_int64(e.id * 4 + 2)).bind(2, e.name).bind(3, e.terms);
                    search.bind(4, e.mail).bind(5, e.position).run();
                }
            },
            [] {});
    }
    return n;
}

} // namespace

QString importRowName(qint64 rows, ImportFormat format)
{
    const QString size = rows % 1000000 == 0 ? QStringLiteral("%1M").arg(rows / 1000000)
                         : rows % 1000 == 0  ? QStringLiteral("%1k").arg(rows / 1000)
                                             : QString::number(rows);
    return QStringLiteral("import %1 contacts (%2)")
        .arg(size, format == ImportFormat::Xlsx ? QStringLiteral("XLSX") : QStringLiteral("CSV"));
}

RowResult benchImport(const Options &options, qint64 rows, ImportFormat format)
{
    QTemporaryDir dir;
    const QString voronkaPath = dir.filePath(QStringLiteral("voronka.voronka"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.voronka"));
    const QString csvPath = dir.filePath(QStringLiteral("contacts.csv"));
    const bool xlsx = format == ImportFormat::Xlsx;
    const QString importPath = xlsx ? dir.filePath(QStringLiteral("contacts.xlsx")) : csvPath;
    {
        const QByteArray csv = makeCsv(rows, options.seed);
        QFile f(csvPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) < 0)
            throw std::runtime_error(f.errorString().toStdString());
        if (xlsx)
            writeXlsx(importPath, csv);
    }
    SystemClock clock;
    qint64 voronkaPeak = 0;
    const Operation voronka = [&](int, Timer &t) -> qint64 {
        std::unique_ptr<Database> db = freshDatabase(voronkaPath, clock);
        Result<std::unique_ptr<Session>> s =
            Session::start(*db, clock, Auth::readUser(*db, 1));
        if (!s)
            throw std::runtime_error(s.error().message.toStdString());
        resetPeak();
        const qint64 before = peakKb();
        t.restart();
        Result<std::unique_ptr<ImportReader>> reader = ImportReader::open(importPath);
        if (!reader)
            throw std::runtime_error(reader.error().message.toStdString());
        const QStringList headers = (*reader)->detected().headers;
        Importer importer(**s, ImportMapping::guess(EntityKind::Contact, headers, {}), {});
        Result<ImportReport> r =
            importer.run(**reader, xlsx ? QStringLiteral("bench.xlsx") : QStringLiteral("bench.csv"));
        t.stop();
        if (!r)
            throw std::runtime_error(r.error().message.toStdString());
        voronkaPeak = std::max(voronkaPeak, peakKb() - before);
        return r->created;
    };
    const Operation raw = [&](int, Timer &t) -> qint64 {
        std::unique_ptr<Database> db = freshDatabase(rawPath, clock);
        t.restart();
        QFile f(csvPath);
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error(f.errorString().toStdString());
        const qint64 n = rawImport(db->sql().handle(), f.readAll());
        t.stop();
        return n;
    };
    const QString name = importRowName(rows, format);
    RowResult row = measure(name, Plan{std::min(options.rounds, 3), 300, 1}, voronka, raw);
    row.note = QStringLiteral("%1 rows; Voronka's peak resident growth %2 MB; Voronka streams the "
                              "%3 through ImportReader, raw reads and parses the same rows' CSV "
                              "whole; raw: the contact, search, outbox and history rows, without "
                              "validation, dedupe or the import history")
                   .arg(rows)
                   .arg(double(voronkaPeak) / 1024.0, 0, 'f', 1)
                   .arg(xlsx ? QStringLiteral("workbook (unzipped and parsed as it goes)")
                             : QStringLiteral("file"));
    row.extra.insert(QStringLiteral("voronka_peak_kb"), voronkaPeak);
    return row;
}

} // namespace Voronka::Bench
