// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Voronka::Core {

class Session;
class Statement;
struct FieldDef;

// Extra " AND ..." conditions for a WHERE, with their parameters numbered from `firstParam`
// on (`?N`), so callers keep their own fixed parameters below it. The record filter produces
// one, so a page query and its count bind alike.
struct FilterSql
{
    QString conditions;
    QVariantList binds;
    int firstParam = 0;
    QString param(const QVariant &value); // appends a bind, returns its "?N"
    void bind(Statement &q) const;
};

// " AND the record carries at least one of these tags" for records of `kind` whose id is
// `idExpr`.
void addAnyTagCondition(FilterSql &out, EntityKind kind, const QString &idExpr,
                        const QStringList &tags);

// " AND the record `alias` was created in [fromMs, toMs)" (0: that end open).
void addCreatedRange(FilterSql &out, const QString &alias, qint64 fromMs, qint64 toMs);

// The stored value of a custom field of the record `idExpr` as one comparable SQL value
// (money by its amount), NULL when the record has none.
QString customFieldValueSql(const FieldDef &def, const QString &idExpr);

// The keyset condition "after (value, id)" for an ORDER BY sortExpr, idExpr in `descending`
// order, where NULLs sort first. `nullable`: the sort value may be NULL; a row value with a
// NULL in it compares as NULL and would drop rows, so NULLs get their own branch.
// `afterIsNull`: the cursor's value is NULL. Parameters: ?valueParam and ?idParam.
QString keysetCondition(const QString &sortExpr, const QString &idExpr, bool descending,
                        bool nullable, bool afterIsNull, int valueParam, int idParam);

// One condition on a custom field.
struct FieldCondition
{
    enum class Op {
        Equals,   // text, phone, email, url, number, date: the value exactly
        Contains, // text-like: the value contains `value` (case-insensitive for Latin)
        Range,    // number, money (minor units), date, birthday, datetime: from..to inclusive
        Option,   // select: that option; multiselect: has that option
        IsSet,    // flag: on; any other type: has a value
        NotSet,   // flag: off or empty; others: no value
    };
    qint64 fieldId = 0;
    Op op = Op::Equals;
    QVariant value; // Equals, Contains, Option
    QVariant from;  // Range: null for open
    QVariant to;    // Range: null for open
    bool operator==(const FieldCondition &) const = default;
};

// What a user narrows a list of records to: the same conditions for the page, the count and
// the CSV export; and for deals the same on the board and in the deals list, so a filter means
// the same everywhere (the board's column totals follow it). One type for every kind because a
// filter is handed on: the board gives the deals list its filter, and Analytics will open "the
// deals list, filtered" by handing one over with a pipeline (ListQuery). Conditions a kind does
// not have (a source for contacts) are left out of its SQL.
struct RecordFilter
{
    enum class TaskState { Any, NoOpenTask, OverdueTask };

    QString text;                 // 3+ characters: full-text search within the kind
    QList<qint64> responsibleIds; // empty: everyone the user may see
    QStringList tags;             // records carrying at least one of these
    qint64 createdFrom = 0;       // ms, inclusive; 0: open
    qint64 createdTo = 0;         // ms, exclusive; 0: open
    TaskState tasks = TaskState::Any;
    QString source;               // deals: exact source; empty: any
    QList<FieldCondition> fields; // all must hold

    bool isEmpty() const;
    // Narrowed by anything besides the search text (a list's Filters panel, the board's).
    bool hasConditions() const;
    int activeCount() const; // the conditions set besides the text, for a button's badge
    bool operator==(const RecordFilter &) const = default;
};

// The filter as extra " AND ..." conditions on the records alias `alias` of `kind` ("d" on the
// board), with its parameters numbered from `firstParam` on. Conditions on fields that do not
// exist (or belong to another kind) are left out. An overdue task is one due before the
// session clock's now.
FilterSql recordFilterSql(Session &s, EntityKind kind, const RecordFilter &filter, int firstParam,
                          const QString &alias = QStringLiteral("r"));

// Tags used on records of this kind, for the filter's choices.
QStringList recordTags(Session &s, EntityKind kind);
// The sources deals came from, for the filter's choices.
QStringList dealSources(Session &s);

} // namespace Voronka::Core
