// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/services/recordrow.h"

#include "core/search/searchindex.h"
#include "core/services/entityspec.h"

#include <QCoreApplication>

// The set-based part of Records: records checked one by one as create() checks them, written
// together (an import chunk). See Records::stage.

namespace Voronka::Core {

struct Records::Staged
{
    struct Entry
    {
        EntityKind kind;
        Row row;
        QVariant createdAt;
    };
    QList<Entry> entries;
    QHash<int, qint64> nextId;       // by kind: the id the next staged record gets
    QHash<int, QSet<qint64>> staged; // by kind: the ids staged and not yet written
};

bool Records::stages(EntityKind kind)
{
    return kind == EntityKind::Contact || kind == EntityKind::Company || kind == EntityKind::Deal;
}

bool Records::isStaged(EntityKind kind, qint64 id) const
{
    return m_staged && m_staged->staged.value(int(kind)).contains(id);
}

bool Records::hasStaged() const
{
    return m_staged && !m_staged->entries.isEmpty();
}

void Records::dropStaged()
{
    m_staged.reset();
}

qsizetype Records::stagedCount() const
{
    return m_staged ? m_staged->entries.size() : 0;
}

void Records::unstageFrom(qsizetype count)
{
    if (!m_staged)
        return;
    // Ids are given in order per kind, so the first one taken back is the next one again.
    while (m_staged->entries.size() > count) {
        const Staged::Entry &e = m_staged->entries.constLast();
        m_staged->staged[int(e.kind)].remove(e.row.id);
        m_staged->nextId[int(e.kind)] = e.row.id;
        m_staged->entries.removeLast();
    }
}

Result<qint64> Records::stage(EntityKind kind, const Patch &patch, const QVariant &createdAt)
{
    if (!stages(kind) || (kind == EntityKind::Deal && m_origin.runsAutomations()))
        return makeError(Error::Code::Invalid,
                         QCoreApplication::translate("Voronka::Core::Records",
                                                     "Records of this kind cannot be created "
                                                     "here."));
    const EntitySpec *spec = entitySpec(kind);
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        // The actor a Change of this origin would name.
        const qint64 actor = m_origin.actorId ? m_origin.actorId : m_s.actor().id;
        Result<Row> row = newRow(*spec, patch, actor);
        if (!row)
            return row.error();
        if (!m_staged)
            m_staged = std::make_shared<Staged>();
        auto next = m_staged->nextId.find(int(kind));
        if (next == m_staged->nextId.end()) // as SQLite numbers rows: after the largest id
            next = m_staged->nextId.insert(
                int(kind),
                m_s.sql().scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM %1")
                                     .arg(entityTable(kind))
                                     .toUtf8()
                                     .constData()));
        row.value().id = (*next)++;
        m_staged->staged[int(kind)].insert(row->id);
        m_staged->entries << Staged::Entry{kind, std::move(row).value(), createdAt};
        return m_staged->entries.constLast().row.id;
    });
}

void Records::writeStaged()
{
    if (!hasStaged())
        return;
    const std::shared_ptr<Staged> staged = std::move(m_staged);
    Change c(m_s, m_origin);
    Connection &sql = c.sql();
    sql.exec("CREATE TEMP TABLE IF NOT EXISTS records_staged(id INTEGER PRIMARY KEY, "
             "fields TEXT NOT NULL)");
    sql.exec("DELETE FROM temp.records_staged");
    const QString ids = QStringLiteral("temp.records_staged");
    Query put = sql.prepare("INSERT INTO temp.records_staged(id, fields) VALUES(?1, ?2)");
    // Companies first: a contact's and a deal's search text name their company; contacts
    // before the deals that list them.
    for (EntityKind kind : {EntityKind::Company, EntityKind::Contact, EntityKind::Deal}) {
        const EntitySpec &spec = *entitySpec(kind);
        bool any = false;
        for (Staged::Entry &e : staged->entries) {
            if (e.kind != kind)
                continue;
            const QStringList fields = insertRow(c, spec, e.row, e.createdAt);
            put->bindAll(e.row.id, fields.join(u',')).run();
            put->reset();
            any = true;
        }
        if (!any)
            continue;
        c.outboxEach(kind, ids, OutboxOp::Create, QStringLiteral("fields"));
        SearchIndex::reindexEach(m_s, kind, ids);
        sql.exec("DELETE FROM temp.records_staged");
    }
    c.commit();
}

void Records::indexEach(Session &s, const QList<std::pair<EntityKind, qint64>> &records)
{
    if (records.isEmpty())
        return;
    Connection &sql = s.sql();
    sql.exec("CREATE TEMP TABLE IF NOT EXISTS records_index(id INTEGER PRIMARY KEY)");
    Query put = sql.prepare("INSERT OR IGNORE INTO temp.records_index(id) VALUES(?1)");
    for (EntityKind kind : {EntityKind::Company, EntityKind::Contact, EntityKind::Deal}) {
        sql.exec("DELETE FROM temp.records_index");
        bool any = false;
        for (const auto &[k, id] : records)
            if (k == kind) {
                put->bind(1, id).run();
                put->reset();
                any = true;
            }
        if (any)
            SearchIndex::reindexEach(s, kind, QStringLiteral("temp.records_index"));
    }
    sql.exec("DELETE FROM temp.records_index");
}

} // namespace Voronka::Core
