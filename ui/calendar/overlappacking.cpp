// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "overlappacking.h"

#include <algorithm>
#include <numeric>

namespace Voronka::Ui {

QList<Placement> packOverlaps(const QList<Interval> &intervals, int maxColumns)
{
    const int limit = std::max(1, maxColumns);
    const auto endOf = [&](int i) {
        return std::max(intervals[i].end, intervals[i].start + 1);
    };
    QList<int> order(intervals.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return intervals[a].start != intervals[b].start ? intervals[a].start < intervals[b].start
                                                        : endOf(a) > endOf(b);
    });
    QList<Placement> out(intervals.size());
    QList<int> columnEnds; // per column of the current cluster: where its last interval ends
    int cluster = -1, clusterEnd = 0, first = 0;
    const auto close = [&](int upTo) {
        const int shown = std::min<int>(int(columnEnds.size()), limit);
        for (int k = first; k < upTo; ++k) {
            Placement &p = out[order[k]];
            p.columns = shown;
            p.hidden = p.column >= shown;
        }
    };
    for (int k = 0; k < order.size(); ++k) {
        const int i = order[k];
        if (cluster < 0 || intervals[i].start >= clusterEnd) {
            close(k);
            ++cluster;
            first = k;
            columnEnds.clear();
            clusterEnd = 0;
        }
        int column = 0;
        while (column < columnEnds.size() && columnEnds[column] > intervals[i].start)
            ++column;
        if (column == columnEnds.size())
            columnEnds.append(endOf(i));
        else
            columnEnds[column] = endOf(i);
        out[i].cluster = cluster;
        out[i].column = column;
        clusterEnd = std::max(clusterEnd, endOf(i));
    }
    close(int(order.size()));
    return out;
}

} // namespace Voronka::Ui
