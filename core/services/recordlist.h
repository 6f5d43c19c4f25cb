// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/bulkedit.h"
#include "core/services/recordfilter.h"
#include "core/util/result.h"

#include <QVariantList>

#include <functional>

namespace Voronka::Core {

class Session;
class Statement;

// A column of the contacts or companies list: a standard column ("name", "phone", ...,
// "updated", "tags") or a custom field of the kind ("cf.<id>").
struct ListColumn
{
    QString key;
    QString title; // translated
    bool sortable = false;
    qint64 fieldId = 0; // custom fields only
};

struct ListQuery
{
    // "name" and "created" walk an index; "updated" and a custom field ("cf.<id>") sort
    // every matching record before the first page (see recordlist.cpp for the cost).
    QString sortKey = QStringLiteral("name");
    bool descending = false;
    QString text; // search text; empty: everything
    RecordFilter filter;
    QStringList columns; // column keys the rows carry, in order; empty: the standard columns
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

struct ListPage
{
    QList<qint64> ids;
    QList<QVariantList> rows; // one value per column of the query (custom fields as text)
    ListCursor next;          // invalid when this was the last page
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

// Lists of contacts and companies for the list views: permission-filtered in SQL, narrowed
// by a RecordFilter, sorted with keyset paging, searched through the FTS index; and bulk
// edits of a selection through the write path (for deals too: DealList is this list with
// the deal columns).
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
    // Everything a list may show: the standard columns, Updated, Tags and every custom field.
    QList<ListColumn> availableColumns();
    // The query's columns that exist, in its order (the standard ones when it names none).
    QStringList columnKeys(const ListQuery &query);

    Result<ListPage> fetch(const ListQuery &query, const ListCursor &after = {});
    Result<qint64> count(const ListQuery &query);

    // Bulk edits (see BulkEdit): one transaction each, every record permission-checked,
    // refused records named in the result.
    Result<BulkResult> setResponsible(const QList<qint64> &ids, qint64 userId);
    Result<BulkResult> addTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BulkResult> removeTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BulkResult> setField(const QList<qint64> &ids, const QString &key,
                                const QVariant &value);
    Result<BulkResult> remove(const QList<qint64> &ids); // to the recycle bin

protected:
    Session &m_s;
    EntityKind m_kind;

private:
    ListSource source(const ListQuery &query, const QStringList &keys, QString &match,
                      FilterSql &filter) const;
    ListSort sortFor(const QString &key) const;
    QString columnSql(const QString &key) const;
};

} // namespace Voronka::Core
