// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"
#include "services/bulkedit.h"
#include "services/dealfilter.h"
#include "util/result.h"

#include <QHash>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Voronka::Core {

class Session;

// A column of the deals list: a standard column ("name", "budget", "stage", ...) or a custom
// field of deals ("cf.<id>").
struct DealListColumn
{
    QString key;
    QString title; // translated
    bool sortable = true;
    qint64 fieldId = 0; // custom fields only
};

struct DealListQuery
{
    qint64 pipelineId = 0; // 0: every pipeline
    DealFilter filter;
    // A sortable column key. "created" (by id) and "name" walk an index; every other key
    // sorts all matching deals before the first page (see deallist.cpp for the cost).
    QString sortKey = QStringLiteral("created");
    bool descending = true;
    QList<qint64> fieldIds; // custom fields the rows carry as display text
    QList<qint64> onlyIds;  // when not empty: just these deals (a selection)
    int pageSize = 100;
};

// Where the next page starts: keyset on (sort value, id), so a page deep in the list costs
// what the first one does.
struct DealListCursor
{
    QVariant sortValue;
    qint64 id = 0;
    bool valid() const { return id != 0; }
};

// One deal as the list shows it.
struct DealRow
{
    qint64 id = 0;
    QString name;
    qint64 budget = 0; // minor units
    QString currency;
    qint64 pipelineId = 0;
    qint64 stageId = 0;
    qint64 responsibleId = 0;
    QString responsibleName;
    qint64 companyId = 0;
    QString company;
    QString contact; // the main contact's name
    QStringList tags;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QString closeDate; // "YYYY-MM-DD" or empty
    QString source;
    QHash<qint64, QString> fieldText;    // requested custom fields, as display text
    QHash<qint64, QVariant> fieldValues; // the same, in the form editors take
};

struct DealListPage
{
    QList<DealRow> rows;
    DealListCursor next; // invalid when this was the last page
};

// The deals list: the same deals the board shows (the same DealFilter, the same permission
// predicate), as rows sorted by any column and read a page at a time; bulk edits of a
// selection through the write path; and the CSV export.
class DealList
{
public:
    explicit DealList(Session &s)
        : m_s(s)
    {
    }

    static QList<DealListColumn> standardColumns();
    // The standard columns followed by every custom field of deals.
    QList<DealListColumn> columns();

    Result<DealListPage> fetch(const DealListQuery &query, const DealListCursor &after = {});
    Result<qint64> count(const DealListQuery &query);

    // Each bulk edit is one transaction (a Session batch): refused deals write nothing and
    // the others are applied. Fails as a whole only when the database does.
    Result<BulkResult> setStage(const QList<qint64> &ids, qint64 stageId, const Patch &extra = {});
    Result<BulkResult> setResponsible(const QList<qint64> &ids, qint64 userId);
    Result<BulkResult> addTags(const QList<qint64> &ids, const QStringList &tags);
    Result<BulkResult> removeTags(const QList<qint64> &ids, const QStringList &tags);
    // `key`: a standard field ("budget", "source", "close_date", ...) or "cf.<id>".
    Result<BulkResult> setField(const QList<qint64> &ids, const QString &key,
                                const QVariant &value);
    Result<BulkResult> remove(const QList<qint64> &ids); // to the recycle bin

    // Writes the deals the query matches (its onlyIds: a selection) with these columns, in
    // the query's order, as CSV. Needs the export right on deals; deals outside its scope are
    // left out. `progress` gets (written, total) and may return false to stop. Returns the
    // number of deals written.
    Result<qint64> exportCsv(const DealListQuery &query, const QStringList &columnKeys,
                             QIODevice &out,
                             const std::function<bool(qint64, qint64)> &progress = {});
    bool mayExport();

    // A cell as plain text, as the CSV has it (money in major units, dates ISO).
    QString cellText(const DealRow &row, const QString &key) const;

private:
    struct Sql;
    Sql build(const DealListQuery &query, const DealListCursor &after, bool forExport);
    Result<DealListPage> read(const DealListQuery &query, const DealListCursor &after,
                              bool forExport);

    Session &m_s;
};

} // namespace Voronka::Core
