// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

namespace Voronka::Core::Platform {

// Sets up the C allocator for how Voronka uses memory; every program calls it first in main().
//
// glibc keeps small freed blocks in "fast bins" without merging them, and merges all of them at
// once the next time a larger block is asked for. A big SQLite sort (a GROUP BY or ORDER BY
// over a million rows, an import chunk, a full-text rebuild) frees millions of small blocks,
// so whatever asks for memory next pays for merging them: a report that takes 20 ms on its own
// took 350-500 ms right after such a sort (voronka-bench, the summary row on the reference
// set, where the raw SQL side's scans left the blocks). With fast bins off, each free merges
// its own block at once, so the cost stays with the work that made it and never lands on the
// next click; the per-thread cache in front of the bins still serves the small hot allocations
// (the list, board and write rows of the bench measured the same or faster).
// Elsewhere (Windows, macOS) there is nothing to set.
void tuneAllocator();

} // namespace Voronka::Core::Platform
