// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QVariantList>

namespace Voronka::Core {

class Session;

struct ListColumn
{
    QString key;
    QString title; // translated
    bool sortable = false;
};

struct ListQuery
{
    QString sortKey = QStringLiteral("name"); // a sortable column key
    bool descending = false;
    QString text; // search text; empty: everything
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
    QList<QVariantList> rows; // one value per column, in columns() order
    ListCursor next;          // invalid when this was the last page
};

// Read-only lists of contacts and companies for the list views: permission-filtered in
// SQL, sorted on indexed columns, searched through the FTS index.
class RecordList
{
public:
    RecordList(Session &s, EntityKind kind)
        : m_s(s)
        , m_kind(kind)
    {
    }

    static QList<ListColumn> columns(EntityKind kind);
    Result<ListPage> fetch(const ListQuery &query, const ListCursor &after = {});
    Result<qint64> count(const ListQuery &query);

private:
    QString whereClause(const ListQuery &query, bool &hasText) const;
    Session &m_s;
    EntityKind m_kind;
};

} // namespace Voronka::Core
