// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "util/result.h"

#include <QList>

namespace Voronka::Core {

class Session;

// amoCRM's "needs attention": open deals (in an open stage) nobody plans a next step for, and
// open deals whose next step is late. Permission-filtered like every deal list; the deals
// board reuses sqlCondition() as a filter.
class Attention
{
public:
    enum class Kind { NoOpenTask, OverdueTask };

    explicit Attention(Session &s)
        : m_s(s)
    {
    }

    struct Deals
    {
        qint64 count = 0;  // every matching deal the user may see
        QList<qint64> ids; // the first `limit`, newest first
    };
    // pipelineId 0: every pipeline.
    Result<Deals> deals(Kind kind, qint64 pipelineId = 0, int limit = 200);
    // An SQL condition over a deal aliased `d`; ?30 is the now (ms) for OverdueTask.
    static QString sqlCondition(Kind kind);

private:
    Session &m_s;
};

} // namespace Voronka::Core
