// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "prefixes.h"

#include <QFile>

#include <random>

namespace Voronka::Bench {

namespace {
QStringList letterWords(const QString &name)
{
    QStringList out;
    QString cur;
    for (QChar c : name) {
        if (c.isLetter()) {
            cur.append(c.toLower());
        } else if (!cur.isEmpty()) {
            out << cur;
            cur.clear();
        }
    }
    if (!cur.isEmpty())
        out << cur;
    return out;
}
} // namespace

QStringList samplePrefixes(RawDb &db, quint64 seed, int count)
{
    std::mt19937_64 rng(seed);
    const char *const tables[] = {"contacts", "companies", "deals"};
    sqlite3_int64 maxId[3];
    std::unique_ptr<RawStmt> byId[3];
    for (int t = 0; t < 3; ++t) {
        maxId[t] = db.scalar(cat("SELECT coalesce(max(id), 0) FROM ", tables[t]).c_str());
        byId[t] = std::make_unique<RawStmt>(
            db.handle(), cat("SELECT name FROM ", tables[t], " WHERE id = ?1 AND deleted = 0"));
    }
    QStringList out;
    // Bounded so a file with deleted or letterless names cannot loop forever.
    for (int attempt = 0; out.size() < count && attempt < count * 100; ++attempt) {
        const int t = int(rng() % 3);
        if (maxId[t] == 0)
            continue;
        const int length = rng() % 2 ? 5 : 3;
        RawStmt &q = *byId[t];
        q.bind(1, sqlite3_int64(1 + rng() % quint64(maxId[t])));
        QStringList words;
        if (q.step())
            words = letterWords(QString::fromUtf8(q.text(0).data(), qsizetype(q.text(0).size())));
        q.reset();
        QStringList fit;
        for (const QString &w : std::as_const(words))
            if (w.size() >= length)
                fit << w;
        if (!fit.isEmpty())
            out << fit[int(rng() % quint64(fit.size()))].left(length);
    }
    return out;
}

QStringList samplePhoneEndings(RawDb &db, quint64 seed, int count)
{
    std::mt19937_64 rng(seed);
    const char *const tables[] = {"contacts", "companies"};
    QStringList out;
    for (int attempt = 0; out.size() < count && attempt < count * 100; ++attempt) {
        const char *table = tables[rng() % 2];
        const sqlite3_int64 maxId = db.scalar(cat("SELECT coalesce(max(id), 0) FROM ", table).c_str());
        if (maxId == 0)
            continue;
        RawStmt q(db.handle(), cat("SELECT json_extract(phones, '$[0]') FROM ", table,
                                   " WHERE id = ?1 AND deleted = 0"));
        q.bind(1, sqlite3_int64(1 + rng() % quint64(maxId)));
        QString digits;
        if (q.step())
            for (char c : q.text(0))
                if (c >= '0' && c <= '9')
                    digits += QLatin1Char(c);
        const int length = rng() % 2 ? 7 : 5;
        if (digits.size() < length)
            continue;
        const QString end = digits.right(length);
        out << (length == 7 ? QString(end.left(3) + u'-' + end.mid(3, 2) + u'-' + end.right(2))
                            : QString(end.left(3) + u'-' + end.right(2)));
    }
    return out;
}

int cyrillicCount(const QStringList &prefixes)
{
    int n = 0;
    for (const QString &p : prefixes)
        n += !p.isEmpty() && p.front().script() == QChar::Script_Cyrillic;
    return n;
}

bool writePrefixes(const QString &path, const QStringList &prefixes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(prefixes.join(u'\n').toUtf8()) >= 0;
}

QStringList readPrefixes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace Voronka::Bench
