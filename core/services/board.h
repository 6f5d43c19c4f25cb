// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/recordfilter.h"
#include "core/util/result.h"

#include <QStringList>

#include <optional>

namespace Voronka::Core {

class Session;

// One deal as a board card shows it.
struct BoardCard
{
    qint64 id = 0;
    QString name;
    qint64 budget = 0; // minor units
    QString currency;
    QString company; // may be empty
    QString contact; // the main contact's name; may be empty
    qint64 responsibleId = 0;
    QString responsibleName;
    QStringList tags;
    qint64 nextTaskDue = 0; // ms of the earliest open task's due time; 0: no open task
    bool hasOverdueTask = false;
    qint64 stageEnteredAt = 0;
    double sortOrder = 0;
};

// One stage column: totals over every visible deal in it, and its first page of cards.
struct BoardColumn
{
    StageInfo stage;
    qint64 count = 0;
    qint64 budgetSum = 0; // minor units, over all visible deals of the stage
    QList<BoardCard> cards;
    bool more = false; // more cards than loaded
};

using BoardFilter = RecordFilter;

// The kanban board of one pipeline, read through the same permission predicate as every
// list, and the moves made on it, through the write path (Records::update), so a stage's
// rules apply exactly as anywhere else.
class Board
{
public:
    Board(Session &s, qint64 pipelineId)
        : m_s(s)
        , m_pipelineId(pipelineId)
    {
    }

    // The pipeline a user's board opens on the first time: of the pipelines the user may
    // see, the one holding most of the deals they are responsible for (the first visible one
    // when they hold none): a London manager's board opens on the London pipeline.
    static qint64 usualPipeline(Session &s);

    // Every stage of the pipeline in order (open stages, then Won and Lost).
    Result<QList<BoardColumn>> load(const BoardFilter &filter = {}, int cardsPerColumn = 50);
    // The next cards of a stage after the last one loaded (keyset on sort order, id).
    Result<QList<BoardCard>> more(qint64 stageId, const BoardFilter &filter, double afterSortOrder,
                                  qint64 afterId, int limit = 50);
    // Moves a deal into a stage, placed before `beforeDealId` (or at the end when 0). Extra
    // fields (a loss reason, required fields) are written in the same change. Fails with the
    // error of the first rule it breaks; nothing is written then.
    Status move(qint64 dealId, qint64 stageId, qint64 beforeDealId = 0, const Patch &extra = {});

private:
    // The card and totals conditions: ?1 is the stage; the filter's parameters start at ?10.
    FilterSql where(const BoardFilter &filter, QString *sql) const;
    Session &m_s;
    qint64 m_pipelineId;
};

} // namespace Voronka::Core
