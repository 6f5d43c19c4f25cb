// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "headerguess.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Voronka::Core::ImportHeader {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::ImportReader)
};

int width(const QStringList &row)
{
    for (qsizetype i = row.size(); i > 0; --i) {
        if (!row.at(i - 1).trimmed().isEmpty())
            return int(i);
    }
    return 0;
}

bool looksLikeValue(const QString &cell)
{
    // Numbers, money, phone numbers and dates: digits with separators only.
    static const QRegularExpression number(
        QStringLiteral("^[-+(]?[\\d\\s.,:/()+-]*\\d[\\d\\s.,:/()%-]*$"));
    return number.match(cell.trimmed()).hasMatch();
}

bool looksLikeLabels(const QStringList &row, int body)
{
    QSet<QString> distinct;
    int filled = 0;
    for (const QString &cell : row) {
        const QString text = cell.trimmed();
        if (text.isEmpty())
            continue;
        if (looksLikeValue(text))
            return false;
        ++filled;
        distinct.insert(text.toCaseFolded());
    }
    const int needed = body >= 2 ? std::max(2, (body + 1) / 2) : 1;
    if (filled < needed)
        return false;
    return filled < 2 || distinct.size() >= 2;
}

} // namespace

int bodyWidth(const QList<QStringList> &rows)
{
    QHash<int, int> counts;
    for (const QStringList &row : rows) {
        if (const int w = width(row); w > 0)
            ++counts[w];
    }
    int best = 0;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() > best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

int guess(const QList<QStringList> &rows)
{
    const int body = bodyWidth(rows);
    int firstFilled = -1;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (width(rows.at(i)) == 0)
            continue;
        if (firstFilled < 0)
            firstFilled = int(i);
        if (looksLikeLabels(rows.at(i), body))
            return int(i);
    }
    return std::max(firstFilled, 0);
}

QStringList labels(const QStringList &row, int width)
{
    QStringList out;
    out.reserve(width);
    for (int i = 0; i < width; ++i) {
        const QString text = i < row.size() ? row.at(i).simplified() : QString();
        out << (text.isEmpty() ? Tr::tr("Column %1").arg(i + 1) : text);
    }
    return out;
}

} // namespace Voronka::Core::ImportHeader
