// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dealscan.h"

#include "core/services/session.h"
#include "core/storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace Voronka::Core::Analytics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Analytics)
};

// Deals per statement: a fixed list of bound ids, so one cached statement serves every chunk
// and SQLite pushes the ids into each branch of analytics_facts (a subquery would not be).
constexpr int kChunk = 500;

const char *const kScanTable = "temp.analytics_scan";

QString idList()
{
    QStringList binds;
    for (int i = 1; i <= kChunk; ++i)
        binds << QStringLiteral("?%1").arg(i);
    return binds.join(u',');
}

// The deals of the scope's filters (and its responsible or department: a deal counts with
// its current responsible everywhere, so nobody else's deal can count), by id.
QList<qint64> matchingDeals(Session &s, const ReportScope &r)
{
    QStringList terms{QStringLiteral("d.deleted = 0")};
    if (r.responsibleId)
        terms << QStringLiteral("d.responsible_id = %1").arg(r.responsibleId);
    else if (r.departmentId)
        terms << QStringLiteral("d.responsible_id IN (SELECT id FROM users WHERE "
                                "department_id = %1)")
                     .arg(r.departmentId);
    terms << dealFilterSql(r, QStringLiteral("d.id"));
    Query q = s.sql().prepare(QStringLiteral("SELECT d.id FROM deals d WHERE %1 ORDER BY d.id")
                                  .arg(terms.join(QLatin1String(" AND "))));
    QList<qint64> out;
    while (q->step())
        out << q->int64(0);
    return out;
}

} // namespace

Result<QList<TagChoice>> dealTags(Session &s)
{
    return guarded(s.db(), [&]() -> Result<QList<TagChoice>> {
        QList<TagChoice> out;
        Query q = s.sql().prepare(
            "SELECT t.id, t.name FROM tags t WHERE t.deleted = 0 AND EXISTS (SELECT 1 FROM "
            "entity_tags et WHERE et.tag_id = t.id AND et.kind = 1) ORDER BY t.name");
        while (q->step())
            out << TagChoice{q->int64(0), q->text(1)};
        return out;
    });
}

QString dealFilterSql(const ReportScope &r, const QString &dealIdColumn)
{
    QStringList terms;
    if (!r.tagIds.isEmpty()) {
        QStringList ids;
        for (qint64 id : r.tagIds)
            ids << QString::number(id);
        // Driven by the tag index: the deals of the tags, not every deal probed for them.
        terms << QStringLiteral("%1 IN (SELECT e.entity_id FROM entity_tags e WHERE e.kind = %2 "
                                "AND e.tag_id IN (%3))")
                     .arg(dealIdColumn)
                     .arg(int(EntityKind::Deal))
                     .arg(ids.join(u','));
    }
    // A literal rather than a bound value: callers build one statement of several parts.
    if (!r.source.isEmpty())
        terms << QStringLiteral("EXISTS (SELECT 1 FROM deals x WHERE x.id = %1 AND "
                                "x.source = '%2')")
                     .arg(dealIdColumn, QString(r.source).replace(u'\'', QLatin1String("''")));
    return terms.isEmpty() ? QStringLiteral("TRUE") : terms.join(QLatin1String(" AND "));
}

FactSource::FactSource(Session &s)
    : m_s(s)
{
}

FactSource::~FactSource()
{
    if (!m_scanned)
        return;
    try {
        m_s.sql().exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(kScanTable)));
    } catch (const SqlError &) {
        // Scratch rows only: the next scan empties the table before it fills it.
    }
}

Status FactSource::open(const ReportScope &r, const Progress &progress,
                        const QList<Aggregates::Measure> &measures, Days days)
{
    if (!r.filtersDeals())
        return Ok{};
    Connection &c = m_s.sql();
    // A connection told mid-session to write nothing more (its file's locks do not reach
    // the other computers) refuses even a temporary table.
    if (c.scalar("PRAGMA query_only") != 0)
        return makeError(Error::Code::Storage,
                         Tr::tr("%1 was switched to read-only while open, so a report cannot be "
                                "filtered by tags or source; reopen the file to filter.")
                             .arg(QFileInfo(m_s.db().path()).fileName()));
    c.exec("CREATE TEMP TABLE IF NOT EXISTS analytics_scan(measure INTEGER NOT NULL, "
           "pipeline_id INTEGER NOT NULL, day INTEGER NOT NULL, stage_id INTEGER NOT NULL, "
           "responsible_id INTEGER NOT NULL, reason INTEGER NOT NULL, n INTEGER NOT NULL, "
           "amount INTEGER NOT NULL, duration INTEGER NOT NULL, PRIMARY KEY(measure, "
           "pipeline_id, day, stage_id, responsible_id, reason)) WITHOUT ROWID");
    c.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(kScanTable)));
    m_scanned = true;

    const QList<qint64> deals = matchingDeals(m_s, r);
    const qint64 total = deals.size();
    const auto cancelled = [&](qint64 done) {
        return progress && !progress(done, total);
    };
    if (cancelled(0))
        return makeError(Error::Code::Cancelled, Tr::tr("The report was cancelled."));
    const QString ids = idList();
    QStringList wanted;
    for (Aggregates::Measure m : measures)
        wanted << QString::number(int(m));
    QStringList where{QStringLiteral("measure IN (%1)").arg(wanted.join(u',')),
                      QStringLiteral("deal_id IN (%1)").arg(ids)};
    if (r.pipelineId)
        where << QStringLiteral("pipeline_id = %1").arg(r.pipelineId);
    if (days == Days::InPeriod && r.from.isValid())
        where << QStringLiteral("day >= %1").arg(dayNumber(r.from));
    if (days == Days::InPeriod && r.to.isValid())
        where << QStringLiteral("day < %1").arg(dayNumber(r.to));
    const QString upsert =
        QStringLiteral(" GROUP BY 1, 2, 3, 4, 5, 6 ON CONFLICT DO UPDATE SET n = n + excluded.n, "
                       "amount = amount + excluded.amount, duration = duration + "
                       "excluded.duration");
    const QString into = QStringLiteral("INSERT INTO %1 SELECT measure, pipeline_id, day, "
                                        "stage_id, responsible_id, reason, count(*), "
                                        "sum(amount), sum(duration) FROM ")
                             .arg(QLatin1String(kScanTable));
    Query facts = c.prepare(into + QStringLiteral("analytics_facts WHERE ") +
                            where.join(QLatin1String(" AND ")) + upsert);
    for (qint64 at = 0; at < total; at += kChunk) {
        facts->reset();
        for (int i = 0; i < kChunk; ++i)
            facts->bind(i + 1, at + i < total ? deals[at + i] : qint64(0));
        facts->run();
        if (cancelled(std::min(total, at + kChunk)))
            return makeError(Error::Code::Cancelled, Tr::tr("The report was cancelled."));
    }
    return Ok{};
}

QString FactSource::days() const
{
    return m_scanned ? QLatin1String(kScanTable) : QStringLiteral("analytics_days");
}

} // namespace Voronka::Core::Analytics
