// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "runner.h"

#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <exception>

namespace Voronka::Bench {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

Summary summarize(std::vector<double> values)
{
    return Summary{percentile(values, 0.5), percentile(values, 0.95), percentile(values, 0.99)};
}

double RowResult::ratio() const
{
    std::vector<double> r;
    for (size_t i = 0; i < voronka.size() && i < raw.size(); ++i)
        if (raw[i] > 0)
            r.push_back(voronka[i] / raw[i]);
    return percentile(r, 0.5);
}

void RowResult::scale(double factor)
{
    for (double &v : voronka)
        v *= factor;
    for (double &v : raw)
        v *= factor;
}

namespace {
double timed(const Operation &op, int i, qint64 &checksum)
{
    Timer t;
    t.restart();
    checksum = op(i, t);
    if (!t.stopped())
        t.stop();
    return t.ms();
}
} // namespace

RowResult measure(const QString &name, const Plan &plan, const Operation &voronka,
                  const Operation &raw)
{
    QTextStream err(stderr);
    RowResult row;
    row.name = name;
    err << name << ": " << Qt::flush;
    const auto start = Timer::Clock::now();
    try {
        qint64 a = 0, b = 0;
        timed(voronka, 0, a);
        timed(raw, 0, b);
        if (a != b)
            ++row.mismatches;
        const int tick = std::max(1, plan.pairs / 10);
        for (int i = 0; i < plan.pairs; ++i) {
            // Odd pairs run raw first: the side that runs second finds the pages the first
            // one just read (the same prefix, the same deal) in the cache.
            if (i % 2 == 0) {
                row.voronka.push_back(timed(voronka, i, a));
                row.raw.push_back(timed(raw, i, b));
            } else {
                row.raw.push_back(timed(raw, i, b));
                row.voronka.push_back(timed(voronka, i, a));
            }
            if (a != b)
                ++row.mismatches;
            const double spent = std::chrono::duration<double>(Timer::Clock::now() - start).count();
            if ((i + 1) % tick == 0)
                err << (i + 1) << ' ' << Qt::flush;
            if (spent > plan.capSeconds && i + 1 >= plan.minPairs)
                break;
        }
    } catch (const std::exception &e) {
        row.error = QString::fromUtf8(e.what());
    }
    const double spent = std::chrono::duration<double>(Timer::Clock::now() - start).count();
    err << "- " << row.voronka.size() << " pairs in " << QString::number(spent, 'f', 1) << " s";
    if (row.mismatches)
        err << ", " << row.mismatches << " MISMATCHES";
    if (!row.error.isEmpty())
        err << ", FAILED: " << row.error;
    err << "\n" << Qt::flush;
    return row;
}

} // namespace Voronka::Bench
