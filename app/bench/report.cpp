// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "report.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace Voronka::Bench {

namespace {
QString num(double v)
{
    // Three significant decimals for sub-millisecond figures, fewer where they are noise.
    const int decimals = v < 10 ? 3 : v < 1000 ? 1 : 0;
    return QString::number(v, 'f', decimals);
}

// Rounded so the JSON stays readable; 4 significant digits are more than the noise allows.
double rounded(double v)
{
    if (v == 0 || !std::isfinite(v))
        return 0;
    const double scale = std::pow(10.0, 3 - int(std::floor(std::log10(std::fabs(v)))));
    return std::round(v * scale) / scale;
}
} // namespace

QString textReport(const QStringList &header, const QList<RowResult> &rows)
{
    QString out;
    for (const QString &h : header)
        out += h + u'\n';
    out += u'\n';
    const int nameWidth = 32;
    auto cell = [](const QString &s, int w) {
        return s.rightJustified(w);
    };
    out += QStringLiteral("operation").leftJustified(nameWidth) + cell(QStringLiteral("n"), 5) +
           QStringLiteral("  |") + cell(QStringLiteral("voronka p50"), 12) +
           cell(QStringLiteral("p95"), 9) + cell(QStringLiteral("p99"), 9) + QStringLiteral("  |") +
           cell(QStringLiteral("raw p50"), 9) + cell(QStringLiteral("p95"), 9) +
           cell(QStringLiteral("p99"), 9) + QStringLiteral("  |") +
           cell(QStringLiteral("ratio"), 8) + u'\n';
    out += QString(nameWidth + 5 + 3 + 30 + 3 + 27 + 3 + 8, u'-') + u'\n';
    QStringList notes;
    for (const RowResult &r : rows) {
        // The unit goes into the displayed name when it is not ms and the name does not say it.
        const QString shown = r.unit == u"ms" || r.name.contains(r.unit)
                                  ? r.name
                                  : r.name + QStringLiteral(" (%1)").arg(r.unit);
        out += shown.leftJustified(nameWidth) + cell(QString::number(r.voronka.size()), 5);
        if (!r.error.isEmpty()) {
            out += QStringLiteral("  FAILED\n");
            notes << r.name + QStringLiteral(": FAILED: ") + r.error;
            continue;
        }
        const Summary v = summarize(r.voronka), w = summarize(r.raw);
        // One sample has no spread worth printing.
        const bool one = r.voronka.size() < 2;
        auto tail = [&](double x) {
            return cell(one ? QStringLiteral("-") : num(x), 9);
        };
        out += QStringLiteral("  |") + cell(num(v.median), 12) + tail(v.p95) + tail(v.p99);
        // A row with no raw side (an absolute figure against its budget).
        if (r.raw.empty())
            out += QStringLiteral("  |") + cell(QStringLiteral("-"), 9) + cell({}, 18) +
                   QStringLiteral("  |") + cell(QStringLiteral("-"), 8) + u'\n';
        else
            out += QStringLiteral("  |") + cell(num(w.median), 9) + tail(w.p95) + tail(w.p99) +
                   QStringLiteral("  |") + cell(QString::number(r.ratio(), 'f', 2) + u'x', 8) +
                   u'\n';
        if (r.mismatches)
            notes << QStringLiteral("%1: %2 pairs where the two sides gave different results")
                         .arg(r.name)
                         .arg(r.mismatches);
        if (!r.note.isEmpty())
            notes << r.name + QStringLiteral(": ") + r.note;
    }
    out += QStringLiteral("\nTimes in ms unless the name says otherwise; ratio = median of the "
                          "per-pair ratios voronka/raw.\n");
    for (const QString &n : std::as_const(notes))
        out += QStringLiteral("* ") + n + u'\n';
    return out;
}

QByteArray jsonReport(const QList<RowResult> &rows)
{
    QJsonArray arr;
    for (const RowResult &r : rows) {
        QJsonObject o = r.extra;
        o.insert(QStringLiteral("name"), r.name);
        o.insert(QStringLiteral("unit"), r.unit);
        o.insert(QStringLiteral("samples"), int(r.voronka.size()));
        if (!r.error.isEmpty()) {
            o.insert(QStringLiteral("error"), r.error);
            arr.append(o);
            continue;
        }
        const Summary v = summarize(r.voronka), w = summarize(r.raw);
        o.insert(QStringLiteral("voronka_ms"), rounded(v.median));
        o.insert(QStringLiteral("voronka_p95_ms"), rounded(v.p95));
        o.insert(QStringLiteral("voronka_p99_ms"), rounded(v.p99));
        o.insert(QStringLiteral("raw_ms"), rounded(w.median));
        o.insert(QStringLiteral("raw_p95_ms"), rounded(w.p95));
        o.insert(QStringLiteral("raw_p99_ms"), rounded(w.p99));
        o.insert(QStringLiteral("ratio"), rounded(r.ratio()));
        o.insert(QStringLiteral("p95_ratio"), w.p95 > 0 ? rounded(v.p95 / w.p95) : 0.0);
        o.insert(QStringLiteral("mismatches"), r.mismatches);
        if (!r.note.isEmpty())
            o.insert(QStringLiteral("note"), r.note);
        arr.append(o);
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Indented);
}

} // namespace Voronka::Bench
