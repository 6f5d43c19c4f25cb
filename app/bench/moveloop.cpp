// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "moveloop.h"

#include "boardbench.h"
#include "context.h"

#include "core/services/board.h"

#include <QTextStream>

#include <cstdio>

namespace Voronka::Bench {

using namespace Core;

int runMoveLoop(const Options &options)
{
    QTextStream err(stderr);
    Context ctx;
    if (int rc = openContext(options, ctx); rc != Success)
        return rc;
    std::vector<std::pair<qint64, qint64>> deals; // id, its current stage
    qint64 pipeline = 0;
    std::vector<qint64> stages;
    try {
        pipeline = biggestPipeline(*ctx.raw);
        stages = openStagesOf(*ctx.raw, pipeline);
        if (stages.size() >= 2) {
            RawStmt q(ctx.raw->handle(),
                      "SELECT id, stage_id, responsible_id FROM deals WHERE stage_id IN (?1, ?2) "
                      "AND deleted = 0 ORDER BY id LIMIT 400");
            q.bind(1, sqlite3_int64(stages[0])).bind(2, sqlite3_int64(stages[1]));
            while (q.step())
                if (ctx.main.access.can(PermEntity::Deal, PermAction::Edit, q.int64(2)))
                    deals.emplace_back(q.int64(0), q.int64(1));
            q.reset();
        }
    } catch (const RawError &e) {
        err << "voronka-bench: " << e.what() << "\n";
        return DataError;
    }
    if (deals.empty()) {
        err << "voronka-bench: " << options.user << " may move no deal between the first two "
            << "open stages of the biggest pipeline of " << options.db << ".\n";
        return DataError;
    }
    Board board(*ctx.main.session, pipeline);
    // stdio, flushed per line: a line is in the log file as soon as the move it names is.
    auto log = [](const char *what, qint64 id, qint64 stage) {
        std::printf("%s deals %lld stage_id %lld\n", what, static_cast<long long>(id),
                    static_cast<long long>(stage));
        std::fflush(stdout);
    };
    for (qint64 n = 0; options.moveLoop == 0 || n < options.moveLoop; ++n) {
        auto &[id, stage] = deals[size_t(n) % deals.size()];
        const qint64 to = stage == stages[0] ? stages[1] : stages[0];
        log("try", id, to);
        const Status st = board.move(id, to);
        if (!st) {
            log("fail", id, to);
            err << "voronka-bench: " << st.error().message << "\n" << Qt::flush;
            continue;
        }
        log("ok", id, to);
        stage = to;
    }
    return Success;
}

} // namespace Voronka::Bench
