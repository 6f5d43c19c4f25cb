// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QList>

namespace Voronka::Ui {

// A span of a day in minutes, [start, end); an empty span is treated as one minute long.
struct Interval
{
    int start = 0;
    int end = 0;
};

// Where one interval goes in its day column.
struct Placement
{
    int cluster = 0;     // intervals that overlap one another, directly or through others
    int column = 0;      // the sub-column, 0 on the left
    int columns = 1;     // how many sub-columns the cluster shows: the column is 1/columns wide
    bool hidden = false; // past the columns shown: counted under a "+N" instead
};

// Side by side placement of overlapping intervals (interval graph colouring): sorted by start
// (the longer first on a tie), each takes the first sub-column free at its start; a cluster
// is a run whose intervals chain into one another, and all of it shares one width, so the
// blocks of a cluster line up. At most maxColumns (at least 1) are shown; an interval whose
// first free column is past them is hidden — every shown column is busy at its start, so it
// would have overlapped. The result is in the order of `intervals`.
QList<Placement> packOverlaps(const QList<Interval> &intervals, int maxColumns);

} // namespace Voronka::Ui
