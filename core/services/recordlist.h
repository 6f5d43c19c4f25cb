// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/bulkedit.h"
#include "core/services/recordfilter.h"
#include "core/util/result.h"

#include <QHash>
#include <QTimeZone>
#include <QVariantList>

#include <functional>

class QIODevice;

namespace Voronka::Core {

class Session;
class Statement;

// A column of a record list: a standard column of the kind ("name", "phone", "budget",
// "stage", ..., "updated", "tags"; see recordlist.cpp for each kind's) or a custom field of the
// kind ("cf.<id>").
struct ListColumn
{
    QString key;
    QString title; // translated
    bool sortable = false;
    qint64 fieldId = 0; // custom fields only
};

// What a list shows: the one query of every kind's list. A list elsewhere in the product opens
// as one: the board hands the deals list its pipeline and filter; Analytics will open "the
// deals list, filtered" by building one (a pipeline, a RecordFilter with a period and a
// responsible); Import will show the records a batch created as `onlyIds`.
struct ListQuery
{
    // "name" and "created" walk an index; "updated" and a custom field ("cf.<id>") sort
    // every matching record before the first page (see recordlist.cpp for the cost; deals
    // have more orders, each costing a pass over the pipeline).
    QString sortKey = QStringLiteral("name");
    bool descending = false;
    RecordFilter filter;   // with the search text
    QStringList columns;   // column keys the rows carry, in order; empty: the standard columns
    qint64 pipelineId = 0; // deals: the pipeline listed; 0: every pipeline
    QList<qint64> onlyIds; // when not empty: just these records (a selection)
    int pageSize = 200;
};

// Where the next page starts: keyset pagination on (sort value, id), so page 5,000 of a
// million rows costs the same as page 1.
struct ListCursor
{
    QVariant sortValue;
    qint64 id = 0;
    bool valid() const { return id != 0; }
};

// What a row of the deals list carries besides its columns: what showing and editing a cell
// needs (the budget's currency, the stage's colour and pipeline, the responsible for the edit
// right). Empty for the other kinds, whose lists are not edited in place.
struct ListRowFacts
{
    qint64 responsibleId = 0;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    QString currency;
};

struct ListPage
{
    QList<qint64> ids;
    // One value per column of the query: the stored value (money in minor units, times in
    // ms, a stage or pipeline by id), custom fields as display text.
    QList<QVariantList> rows;
    // Per row, the custom fields of the query in the form editors take (dates as QDate).
    QList<QHash<qint64, QVariant>> fieldValues;
    QList<ListRowFacts> facts; // per row (deals)
    ListCursor next;           // invalid when this was the last page
};

// The keyset engine every list shares (contacts, companies, deals): a kind's list says what
// its rows read and how a key sorts; the engine writes the page statements and reads them.
// Parameters: ?2/?3 the keyset, ?4 the page size; ?1, ?5 and ?10 on are the list's own.
struct ListSource
{
    EntityKind kind = EntityKind::Contact;
    QString alias;   // of the records' table in `where`, `columns` and `joins`: "r", "d"
    QString columns; // what a row reads after its id and sort value, comma-separated
    QString joins;   // what the columns read besides the record
    QString where;   // the rows listed (visible, narrowed), without the keyset
};

struct ListSort
{
    QString expr; // the sort value; empty: by id ("created")
    bool nullable = false;
    // Walks an index in sort order: one statement computing the columns of the page's rows
    // only. Otherwise the page's ids come first (a sorter keeps every column of every row
    // it looks at), then their columns.
    bool plain = false;
    // A custom field sorted through field_values_sort: first the records with a value,
    // walking the field's values in order, then those without one by id, in both directions
    // ("empty last"). A page reads a page of index entries and a primary-key look-up each.
    const FieldDef *field = nullptr;
};

// The page of `source` after `after` in `sort` order; `bind` binds the list's own parameters
// and `row` reads each row (column 0 the id, 1 the sort value, then the source's columns).
// Returns the cursor after the page, invalid when it was the last. Throws SqlError.
ListCursor readListPage(Session &s, const ListSource &source, const ListSort &sort, bool descending,
                        const ListCursor &after, int pageSize,
                        const std::function<void(Statement &)> &bind,
                        const std::function<void(Statement &)> &row);
// The number of rows `source` lists. Throws SqlError.
qint64 countList(Session &s, const ListSource &source,
                 const std::function<void(Statement &)> &bind);

// The lists of contacts, companies and deals: permission-filtered in SQL, narrowed by a
// RecordFilter (the board's for deals), sorted with keyset paging by any sortable column, and
// read a page at a time; bulk edits of a selection through the write path (the deals' stage
// move through the board's rules); the CSV export of what a list shows. Each kind's standard
// columns are data (recordlist.cpp): what a row reads and how a column sorts.
class RecordList
{
public:
    RecordList(Session &s, EntityKind kind)
        : m_s(s)
        , m_kind(kind)
    {
    }

    // The standard columns a list shows by default.
    static QList<ListColumn> columns(EntityKind kind);
    // Everything a list may show: every standard column and every custom field of the kind.
    QList<ListColumn> availableColumns();
    // The query's columns that exist, in its order (the standard ones when it names none).
    QStringList columnKeys(const ListQuery &query);

    Result<ListPage> fetch(const ListQuery &query, const ListCursor &after = {});
    Result<qint64> count(const ListQuery &query);

    // Bulk edits (see BulkEdit): one transaction each, every record permission-checked,
    // refused records named in the result; the others are applied. Fails as a whole only when
    // the database does.
    Result<BulkResult> setResponsible(const QList<qint64> &ids, qint64 userId);
    Result<BulkResult> addTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BulkResult> removeTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BulkResult> setField(const QList<qint64> &ids, const QString &key,
                                const QVariant &value);
    Result<BulkResult> remove(const QList<qint64> &ids); // to the recycle bin
    // Deals: moves them to the stage through the board's rules (required fields, `extra`
    // such as a loss reason).
    Result<BulkResult> setStage(const QList<qint64> &ids, qint64 stageId, const Patch &extra = {});

    // Writes the records the query matches (its onlyIds: a selection) with these columns, in
    // the query's order, as CSV. Needs the export right on the kind; records outside its
    // scope are left out. `progress` gets (written, total) and may return false to stop.
    // Returns the number of records written.
    Result<qint64> exportCsv(const ListQuery &query, const QStringList &columnKeys, QIODevice &out,
                             const std::function<bool(qint64, qint64)> &progress = {});
    // The same columns as an Excel workbook of typed cells: the budget and money fields as
    // numbers with their currency's format, dates as Excel dates (times in `zone`), numbers
    // as numbers, everything else text.
    Result<qint64> exportXlsx(const ListQuery &query, const QStringList &columnKeys,
                              QIODevice &out,
                              const std::function<bool(qint64, qint64)> &progress = {},
                              const QTimeZone &zone = QTimeZone::systemTimeZone());
    bool mayExport();

    // A cell as plain text, as the CSV has it (money in major units, dates ISO, a stage by
    // its name); `value` is the row's value of column `key`.
    QString cellText(const QString &key, const QVariant &value, const ListRowFacts &facts) const;

private:
    struct Sql;
    Sql build(const ListQuery &query, const QStringList &keys, bool forExport) const;
    ListSort sortFor(const QString &key) const;
    ListSort dealSortFor(const QString &key, const QString &stageRank,
                         const QString &pipelineRank) const;
    QString columnSql(const QString &key) const;
    QString dealWhere(const ListQuery &query, bool ordered, const QStringList &stageIds,
                      Sql &sql) const;
    Result<ListPage> read(const ListQuery &query, const ListCursor &after, bool forExport);
    Result<qint64> exportTable(const ListQuery &query, const QStringList &columnKeys,
                               QIODevice &out, const std::function<bool(qint64, qint64)> &progress,
                               const QTimeZone *xlsxZone);

    Session &m_s;
    EntityKind m_kind;
};

} // namespace Voronka::Core
