// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "context.h"
#include "runner.h"

#include <vector>

namespace Voronka::Bench {

// The pipeline with the most deals: DESIGN.md's board budget is for the ~330k-deal one.
qint64 biggestPipeline(RawDb &raw);
// A pipeline's open stages (kind 0) in board order.
std::vector<qint64> openStagesOf(RawDb &raw, qint64 pipeline);

// "board open": the biggest pipeline's columns (count + budget sum per stage and the first
// 50 cards of each) through Core::Board vs the same statements on the C API.
RowResult benchBoardOpen(Context &ctx, Actor &actor, const QString &name);
// "board move": one drop (a deal to the end of the next stage and back) through Board::move
// vs a hand-written transaction doing the same writes.
RowResult benchBoardMove(Context &ctx);

} // namespace Voronka::Bench
