// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"
#include "services/bulkedit.h"
#include "services/recordfilter.h"
#include "util/result.h"

#include <QVariantList>

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

// Lists of contacts and companies for the list views: permission-filtered in SQL, narrowed
// by a RecordFilter, sorted with keyset paging, searched through the FTS index; and bulk
// edits of a selection through the write path.
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

private:
    struct Where;
    Where where(const ListQuery &query) const;
    QString sortExpr(const QString &key, bool &nullable) const;
    Result<ListPage> fetchByField(const ListQuery &query, const ListCursor &after,
                                  const FieldDef &def, const QStringList &keys);
    QList<const FieldDef *> columnDefs(const QStringList &keys) const;
    QString joinsSql() const;
    static void readRows(Statement &q, const QList<const FieldDef *> &defs, ListPage &page,
                         ListCursor &last);
    QString columnSql(const QString &key) const;
    Session &m_s;
    EntityKind m_kind;
};

} // namespace Voronka::Core
