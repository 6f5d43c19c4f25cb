// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/recordfilter.h"

#include <QString>
#include <QStringList>

namespace Voronka::Core {

class Session;

// What a user narrows the deals to, on the board and in the deals list alike: both build
// their WHERE from dealFilterSql, so a filter means the same everywhere (and the column
// totals follow it).
struct DealFilter
{
    enum class TaskState { Any, NoOpenTask, OverdueTask };

    qint64 responsibleId = 0; // 0: everyone the user may see
    QString text;             // 3+ characters: full-text search within the deals
    QStringList tags;         // deals carrying at least one of these tags
    qint64 createdFrom = 0;   // ms, inclusive; 0: open
    qint64 createdTo = 0;     // ms, exclusive; 0: open
    TaskState tasks = TaskState::Any;
    QString source; // exact source; empty: any

    bool isEmpty() const;
    bool operator==(const DealFilter &) const = default;
};

// The filter as extra " AND ..." conditions on the deals alias `d`, with its parameters
// numbered from `firstParam` on (`?N`), so callers keep their own fixed parameters below it.
using DealFilterSql = FilterSql;
DealFilterSql dealFilterSql(const DealFilter &filter, int firstParam, qint64 nowMs);

// Tags used on deals and the sources deals came from, for the filter's choices.
QStringList dealTags(Session &s);
QStringList dealSources(Session &s);

} // namespace Voronka::Core
