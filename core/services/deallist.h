// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/dealfilter.h"
#include "core/services/recordlist.h"
#include "core/util/result.h"

#include <QHash>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Voronka::Core {

class Session;

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
    ListCursor next; // invalid when this was the last page
};

// The deals list: the generic record list (its keyset engine and bulk edits) with the deal
// column set: the same deals the board shows (the same DealFilter, the same permission
// predicate), as typed rows sorted by any column and read a page at a time; the stage move of
// a selection through the board's rules; and the CSV export.
class DealList final : public RecordList
{
public:
    explicit DealList(Session &s)
        : RecordList(s, EntityKind::Deal)
    {
    }

    static QList<ListColumn> standardColumns();
    // The standard columns followed by every custom field of deals.
    QList<ListColumn> columns();

    Result<DealListPage> fetch(const DealListQuery &query, const ListCursor &after = {});
    Result<qint64> count(const DealListQuery &query);

    // Like every bulk edit (see RecordList) one transaction (a Session batch): refused deals
    // write nothing and the others are applied. Fails as a whole only when the database does.
    Result<BulkResult> setStage(const QList<qint64> &ids, qint64 stageId, const Patch &extra = {});

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
    struct Ranks;
    struct Sql;
    Ranks ranks(qint64 pipelineId) const;
    ListSort sortFor(const QString &key, const Ranks &ranks) const;
    QString responsibleRank() const;
    QString whereFor(const DealListQuery &query, bool ordered, const Ranks &ranks, bool forExport,
                     Sql &sql) const;
    Sql build(const DealListQuery &query, bool forExport);
    Result<DealListPage> read(const DealListQuery &query, const ListCursor &after, bool forExport);
    void readFields(const DealListQuery &query, DealListPage &page);
};

} // namespace Voronka::Core
