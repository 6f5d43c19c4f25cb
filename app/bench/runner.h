// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <functional>
#include <vector>

namespace Voronka::Bench {

// Times one call. The runner starts it before the call and stops it after, unless the call
// restarts it (to leave setup out) or stops it itself (to leave teardown out).
class Timer
{
public:
    using Clock = std::chrono::steady_clock;
    void restart()
    {
        m_begin = Clock::now();
        m_stopped = false;
    }
    void stop()
    {
        m_end = Clock::now();
        m_stopped = true;
    }
    bool stopped() const { return m_stopped; }
    double ms() const { return std::chrono::duration<double, std::milli>(m_end - m_begin).count(); }

private:
    Clock::time_point m_begin, m_end;
    bool m_stopped = false;
};

// One side of a row. `i` is the pair index (0 for the warm-up); the result is a checksum of
// what the call produced, compared between the sides so a raw side that does less work
// shows up as mismatches instead of as a flattering ratio. 0 means "nothing to compare".
using Operation = std::function<qint64(int i, Timer &t)>;

struct Plan
{
    int pairs = 50;
    double capSeconds = 20; // stop early once this much time is spent ...
    int minPairs = 5;       // ... but never with fewer pairs than this
};

struct Summary
{
    double median = 0, p95 = 0, p99 = 0;
};
Summary summarize(std::vector<double> values);
double percentile(std::vector<double> values, double p); // nearest rank, p in 0..1

struct RowResult
{
    QString name;
    QString unit = QStringLiteral("ms");
    std::vector<double> voronka, raw; // per pair, in `unit`
    int mismatches = 0;
    QString note;      // printed under the table and put in the JSON
    QString error;     // set when the row failed
    QJsonObject extra; // more JSON fields for this row

    double ratio() const;      // median of the per-pair ratios voronka/raw
    void scale(double factor); // e.g. total ms -> ms per record
};

// Warms each side up once, then runs them alternately in pairs (A B, B A, A B, ...):
// machines drift, and alternation puts the drift into both sides of every pair; flipping the
// order inside the pairs shares out the advantage of running second on a warmed cache.
RowResult measure(const QString &name, const Plan &plan, const Operation &voronka,
                  const Operation &raw);

} // namespace Voronka::Bench
