// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <limits>
#include <optional>

namespace Voronka::Core {

class Session;

// amoCRM's "needs attention": open deals (in an open stage) nobody plans a next step for, and
// open deals whose next step is late. Permission-filtered like every deal list; the deals
// board reuses sqlCondition() as a filter, the Tasks section pages through page().
class Attention
{
public:
    enum class Kind { NoOpenTask, OverdueTask };

    // keepGoing (optional) is asked every few thousand SQLite steps while page() or count()
    // runs; false interrupts the query (a worker whose result is no longer wanted).
    explicit Attention(Session &s, std::function<bool()> keepGoing = {})
        : m_s(s)
        , m_keepGoing(std::move(keepGoing))
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

    // What the Tasks section narrows the list to. With both reasons on, a deal needs either
    // (they exclude each other: a deal with a late open task has an open task).
    struct Filter
    {
        bool noOpenTask = true;
        bool overdueTask = true;
        QList<qint64> responsibleIds; // empty: everyone the user may see
        qint64 departmentId = 0;      // 0: any; else responsibles in that department
        qint64 pipelineId = 0;        // 0: every pipeline
    };
    struct Row
    {
        qint64 id = 0;
        QString name;
        QString stageName;
        QString pipelineName;
        qint64 responsibleId = 0;
        QString responsibleName;
        qint64 budget = 0; // minor units
        QString currency;
        qint64 overdueSince = 0; // due (ms) of the oldest late open task; 0: no open task
    };
    // Newest deal first; afterId 0 starts at the top, else the page continues after that
    // deal (keyset on the id: page 1000 costs what page 1 does). A page reads deals until it
    // has `limit` matches: where matches are rare (every deal has a task) that is a scan of
    // all deals, so the Tasks section reads pages off the UI thread.
    Result<QList<Row>> page(const Filter &filter, qint64 afterId = 0, int limit = 50);
    // One deal, when it still matches (after a task was added to it); nullopt otherwise.
    Result<std::optional<Row>> find(const Filter &filter, qint64 dealId);
    // The number of matching deals, counting stops at `cap`.
    Result<qint64> count(const Filter &filter, qint64 cap = std::numeric_limits<qint64>::max());

private:
    QString where(const Filter &filter) const;
    Result<QList<Row>> rows(const Filter &filter, const QString &bound, qint64 key, int limit);

    Session &m_s;
    std::function<bool()> m_keepGoing;
};

} // namespace Voronka::Core
