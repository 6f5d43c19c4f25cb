// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"

#include "core/importexport/importsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <random>

using namespace Voronka::Core;

// Broken files of every kind the readers take: each valid fixture mutated a few hundred times
// with a fixed seed (bytes changed, the file cut, chunks repeated or dropped, a 5 MB string let
// in; for a workbook the zip bytes and the XML inside). Every one is opened and read to its
// end: no crash, no hang, and either rows or a clear error.

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(data) == data.size());
}

QByteArray hugeString(std::mt19937 &rng)
{
    QByteArray s(5 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < s.size(); i += 997)
        s[i] = char('a' + rng() % 26);
    // Sometimes a quote that opens and never closes, or characters that mean something.
    const char *starts[] = {"\"", "", "=", "<t>", "BEGIN:VCARD\r\nNOTE:"};
    return QByteArray(starts[rng() % 5]) + s;
}

QByteArray mutate(QByteArray data, std::mt19937 &rng, bool allowHuge)
{
    const auto pick = [&](qsizetype n) {
        return n <= 0 ? qsizetype(0) : qsizetype(rng() % quint32(n));
    };
    const int steps = 1 + int(rng() % 3);
    for (int s = 0; s < steps; ++s) {
        switch (rng() % (allowHuge ? 7 : 6)) {
        case 0: // bytes changed
            for (int i = 0, n = 1 + int(rng() % 8); i < n && !data.isEmpty(); ++i)
                data[pick(data.size())] = char(rng() % 256);
            break;
        case 1: // cut
            data.truncate(pick(data.size()));
            break;
        case 2: { // a chunk repeated
            const qsizetype at = pick(data.size());
            const qsizetype len = pick(std::min<qsizetype>(data.size() - at, 512)) + 1;
            data.insert(pick(data.size()), data.mid(at, len));
            break;
        }
        case 3: { // a chunk dropped
            const qsizetype at = pick(data.size());
            data.remove(at, pick(std::min<qsizetype>(data.size() - at, 512)) + 1);
            break;
        }
        case 4: { // a character that matters to one format or another
            const char specials[] = {'"', '\r', '\n', '\0', '=',  ';',
                                     ',', '<',  '>',  ':',  '\t', '&'};
            data.insert(pick(data.size() + 1), specials[rng() % sizeof(specials)]);
            break;
        }
        case 5: // bytes flipped
            if (!data.isEmpty()) {
                const qsizetype at = pick(data.size());
                data[at] = char(data.at(at) ^ (1 << (rng() % 8)));
            }
            break;
        case 6:
            data.insert(pick(data.size() + 1), hugeString(rng));
            break;
        }
    }
    return data;
}

struct Entry
{
    QString name;
    QByteArray data;
};

QList<Entry> unzip(const QString &path)
{
    QList<Entry> entries;
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::ReadOnly));
        entries << Entry{zip.getCurrentFileName(), file.readAll()};
    }
    return entries;
}

void zipTo(const QString &path, const QList<Entry> &entries)
{
    QFile::remove(path);
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdCreate));
    for (const Entry &e : entries) {
        QuaZipFile file(&zip);
        REQUIRE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(e.name)));
        file.write(e.data);
        file.close();
    }
    zip.close();
}

// Reads the whole file; returns the rows read, or -1 on an error (which must say something).
qint64 readThrough(const QString &path)
{
    auto reader = ImportReader::open(path);
    if (!reader) {
        CHECK(!reader.error().message.isEmpty());
        return -1;
    }
    ImportRow row;
    qint64 rows = 0;
    while (reader.value()->next(row)) {
        ++rows;
        CHECK(row.cells.size() == reader.value()->detected().headers.size());
    }
    CHECK(reader.value()->progress() >= 0.0);
    CHECK(reader.value()->progress() <= 1.0);
    CHECK(!reader.value()->next(row)); // stays at its end
    return reader.value()->error().isEmpty() ? rows : -1;
}

} // namespace

TEST_CASE("importMutations_brokenFiles_neverCrashOrHang", "[import]")
{
    const QDir data(QStringLiteral(VORONKA_TEST_DATA_DIR "/import"));
    const QStringList fixtures = {
        QStringLiteral("ru-utf8.csv"),          QStringLiteral("ru-utf16le-bom.tsv"),
        QStringLiteral("ru-utf16be.csv"),       QStringLiteral("ru-windows1251.csv"),
        QStringLiteral("west-windows1252.csv"), QStringLiteral("title-lines.csv"),
        QStringLiteral("workbook.xlsx"),        QStringLiteral("date1904.xlsx"),
        QStringLiteral("android-21.vcf"),       QStringLiteral("apple-30.vcf"),
        QStringLiteral("google-40.vcf"),
    };
    constexpr int kMutations = 150;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A fixed seed; VORONKA_MUTATION_SEED runs another for a longer search by hand.
    const quint32 seed = qEnvironmentVariableIsSet("VORONKA_MUTATION_SEED")
                             ? quint32(qEnvironmentVariableIntValue("VORONKA_MUTATION_SEED"))
                             : 20240301u;
    std::mt19937 rng(seed);
    int opened = 0;
    int failed = 0;
    for (const QString &name : fixtures) {
        const QString source = data.filePath(name);
        const QByteArray original = fileBytes(source);
        const bool workbook = name.endsWith(QLatin1String(".xlsx"));
        const QList<Entry> entries = workbook ? unzip(source) : QList<Entry>();
        const QString target =
            dir.filePath(QStringLiteral("mutated.") + name.section(QLatin1Char('.'), -1));
        for (int i = 0; i < kMutations; ++i) {
            INFO(name.toStdString() << " mutation " << i);
            const bool huge = i % 50 == 49; // a few 5 MB strings per fixture: they take time
            if (workbook && i % 2 == 1) {
                QList<Entry> changed = entries;
                Entry &e = changed[qsizetype(rng() % quint32(changed.size()))];
                e.data = mutate(e.data, rng, huge);
                zipTo(target, changed);
            } else {
                writeFile(target, mutate(original, rng, huge));
            }
            readThrough(target) >= 0 ? ++opened : ++failed;
        }
    }
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    CHECK(opened > 0);
    CHECK(failed > 0);
}
