// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "integrity.h"

#include "core/analytics/aggregates.h"
#include "core/domain/types.h"
#include "core/storage/database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace Voronka::Core::Integrity {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Integrity)
};

const EntityKind kSynced[] = {EntityKind::Department, EntityKind::Role,     EntityKind::User,
                              EntityKind::Pipeline,   EntityKind::Stage,    EntityKind::Tag,
                              EntityKind::Company,    EntityKind::Contact,  EntityKind::LossReason,
                              EntityKind::Deal,       EntityKind::TaskType, EntityKind::Task,
                              EntityKind::Note,       EntityKind::FieldDef, EntityKind::Automation,
                              EntityKind::Setting,    EntityKind::Goal};

struct RefCheck
{
    const char *what;
    const char *sql; // counts offending rows
};

const RefCheck kRefChecks[] = {
    {"contacts.company_id", "SELECT count(*) FROM contacts c WHERE c.company_id IS NOT NULL AND "
                            "NOT EXISTS (SELECT 1 FROM companies x WHERE x.id = c.company_id)"},
    {"contacts.responsible_id",
     "SELECT count(*) FROM contacts c WHERE c.responsible_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
     "FROM users x WHERE x.id = c.responsible_id)"},
    {"companies.responsible_id",
     "SELECT count(*) FROM companies c WHERE c.responsible_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
     "FROM users x WHERE x.id = c.responsible_id)"},
    {"deals.stage_id", "SELECT count(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM stages s "
                       "WHERE s.id = d.stage_id AND s.pipeline_id = d.pipeline_id)"},
    {"deals.company_id", "SELECT count(*) FROM deals d WHERE d.company_id IS NOT NULL AND NOT "
                         "EXISTS (SELECT 1 FROM companies x WHERE x.id = d.company_id)"},
    {"deals.responsible_id", "SELECT count(*) FROM deals d WHERE d.responsible_id IS NOT NULL AND "
                             "NOT EXISTS (SELECT 1 FROM users x WHERE x.id = d.responsible_id)"},
    {"deals.loss_reason_id",
     "SELECT count(*) FROM deals d WHERE d.loss_reason_id IS NOT NULL AND NOT EXISTS (SELECT 1 "
     "FROM loss_reasons x WHERE x.id = d.loss_reason_id)"},
    {"deal_contacts",
     "SELECT count(*) FROM deal_contacts l WHERE NOT EXISTS (SELECT 1 FROM deals d WHERE d.id = "
     "l.deal_id) OR NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = l.contact_id)"},
    {"tasks.type_id", "SELECT count(*) FROM tasks t WHERE NOT EXISTS (SELECT 1 FROM task_types x "
                      "WHERE x.id = t.type_id)"},
    {"tasks.responsible_id", "SELECT count(*) FROM tasks t WHERE t.responsible_id IS NOT NULL AND "
                             "NOT EXISTS (SELECT 1 FROM users x WHERE x.id = t.responsible_id)"},
    {"tasks.entity_id",
     "SELECT count(*) FROM tasks t WHERE t.entity_kind <> 0 AND NOT ((t.entity_kind = 1 AND EXISTS "
     "(SELECT 1 FROM deals x WHERE x.id = t.entity_id)) OR (t.entity_kind = 2 AND EXISTS (SELECT 1 "
     "FROM contacts x WHERE x.id = t.entity_id)) OR (t.entity_kind = 3 AND EXISTS (SELECT 1 FROM "
     "companies x WHERE x.id = t.entity_id)))"},
    {"notes.entity_id",
     "SELECT count(*) FROM notes n WHERE NOT ((n.entity_kind = 1 AND EXISTS (SELECT 1 FROM deals x "
     "WHERE x.id = n.entity_id)) OR (n.entity_kind = 2 AND EXISTS (SELECT 1 FROM contacts x WHERE "
     "x.id = n.entity_id)) OR (n.entity_kind = 3 AND EXISTS (SELECT 1 FROM companies x WHERE x.id "
     "= n.entity_id)))"},
    {"entity_tags.tag_id", "SELECT count(*) FROM entity_tags e WHERE NOT EXISTS (SELECT 1 FROM "
                           "tags x WHERE x.id = e.tag_id)"},
    {"field_values.field_id", "SELECT count(*) FROM field_values v WHERE NOT EXISTS (SELECT 1 FROM "
                              "field_defs x WHERE x.id = v.field_id AND x.entity_kind = v.kind)"},
    {"users.role_id", "SELECT count(*) FROM users u WHERE NOT EXISTS (SELECT 1 FROM roles x WHERE "
                      "x.id = u.role_id)"},
    {"stage_automations.stage_id",
     "SELECT count(*) FROM stage_automations a WHERE NOT EXISTS (SELECT 1 FROM stages x WHERE "
     "x.id = a.stage_id)"},
    {"stages.pipeline_id", "SELECT count(*) FROM stages s WHERE NOT EXISTS (SELECT 1 FROM "
                           "pipelines x WHERE x.id = s.pipeline_id)"},
    {"pipelines (one Won and one Lost stage each)",
     "SELECT count(*) FROM pipelines p WHERE p.deleted = 0 AND ((SELECT count(*) FROM stages s "
     "WHERE s.pipeline_id = p.id AND s.kind = 1 AND s.deleted = 0) <> 1 OR (SELECT count(*) FROM "
     "stages s WHERE s.pipeline_id = p.id AND s.kind = 2 AND s.deleted = 0) <> 1)"},
};
} // namespace

Result<QList<QPair<QString, qint64>>> stats(Database &db)
{
    return guarded(db, [&]() -> Result<QList<QPair<QString, qint64>>> {
        QList<QPair<QString, qint64>> out;
        for (EntityKind k :
             {EntityKind::User, EntityKind::Department, EntityKind::Role, EntityKind::Pipeline,
              EntityKind::Stage, EntityKind::Company, EntityKind::Contact, EntityKind::Deal,
              EntityKind::Task, EntityKind::Note, EntityKind::Tag, EntityKind::FieldDef}) {
            const QString table = entityTable(k);
            out << qMakePair(
                table, db.sql().scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0")
                                           .arg(table)
                                           .toUtf8()
                                           .constData()));
        }
        qint64 deleted = 0;
        for (EntityKind k :
             {EntityKind::Company, EntityKind::Contact, EntityKind::Deal, EntityKind::Task})
            deleted += db.sql().scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 1")
                                           .arg(entityTable(k))
                                           .toUtf8()
                                           .constData());
        out << qMakePair(QStringLiteral("recycle_bin"), deleted);
        out << qMakePair(QStringLiteral("history"),
                         db.sql().scalar("SELECT count(*) FROM history"));
        out << qMakePair(QStringLiteral("outbox"), db.sql().scalar("SELECT count(*) FROM outbox"));
        return out;
    });
}

Result<QStringList> check(Database &db, bool quick)
{
    QStringList problems;
    Connection &c = db.sql();
    return guarded(db, [&]() -> Result<QStringList> {
        {
            Query q = c.prepare(quick ? "PRAGMA quick_check(20)" : "PRAGMA integrity_check(20)");
            while (q->step())
                if (q->text(0) != u"ok")
                    problems << Tr::tr("SQLite structure: %1").arg(q->text(0));
        }
        // The invariants below read every table: on a damaged file they would stop at the
        // first bad page and hide the structure report.
        if (!problems.isEmpty())
            return problems;
        for (const auto &r : kRefChecks) {
            const qint64 n = c.scalar(r.sql);
            if (n)
                problems << Tr::tr("%1: %2 rows point at missing records.")
                                .arg(QLatin1String(r.what))
                                .arg(n);
        }

        // Sync: until a server acknowledges them (meta sync_acked_hlc), every record has an
        // outbox entry, and every row carries its creation clock.
        const qint64 acked = db.meta(QStringLiteral("sync_acked_hlc")).toLongLong();
        c.exec("DROP TABLE IF EXISTS temp.outbox_rows;"
               "CREATE TEMP TABLE outbox_rows(kind INTEGER, entity_id INTEGER, "
               "PRIMARY KEY(kind, entity_id)) WITHOUT ROWID;"
               "INSERT OR IGNORE INTO temp.outbox_rows SELECT kind, entity_id FROM outbox");
        for (EntityKind k : kSynced) {
            const QString table = entityTable(k);
            const qint64 missing =
                c.scalar(QStringLiteral("SELECT count(*) FROM %1 r WHERE r.hlc > %2 AND NOT EXISTS "
                                        "(SELECT 1 FROM temp.outbox_rows o WHERE o.kind = %3 AND "
                                        "o.entity_id = r.id)")
                             .arg(table)
                             .arg(acked)
                             .arg(int(k))
                             .toUtf8()
                             .constData());
            if (missing)
                problems
                    << Tr::tr("%1: %2 records have no sync outbox entry.").arg(table).arg(missing);
            const qint64 noClock = c.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE hlc <= 0")
                                                .arg(table)
                                                .toUtf8()
                                                .constData());
            if (noClock)
                problems << Tr::tr("%1: %2 records have no clock.").arg(table).arg(noClock);
        }
        qint64 strayClocks = 0;
        {
            Query stray =
                c.prepare("SELECT count(*) FROM field_clock f WHERE NOT EXISTS (SELECT 1 FROM "
                          "temp.outbox_rows o "
                          "WHERE o.kind = f.kind AND o.entity_id = f.entity_id) AND f.hlc > ?1");
            stray->bind(1, db.meta(QStringLiteral("sync_acked_hlc")).toLongLong());
            strayClocks = stray->step() ? stray->int64(0) : 0;
        }
        if (strayClocks)
            problems
                << Tr::tr("field_clock: %1 field clocks have no outbox entry.").arg(strayClocks);
        c.exec("DROP TABLE temp.outbox_rows");

        // Search index: one row per live deal, contact and company, and nothing else.
        for (EntityKind k : {EntityKind::Deal, EntityKind::Contact, EntityKind::Company}) {
            const QString table = entityTable(k);
            const qint64 missing = c.scalar(
                QStringLiteral("SELECT count(*) FROM %1 r WHERE r.deleted = 0 AND NOT EXISTS "
                               "(SELECT 1 FROM search s WHERE s.rowid = r.id * 4 + %2)")
                    .arg(table)
                    .arg(int(k))
                    .toUtf8()
                    .constData());
            if (missing)
                problems << Tr::tr("search index: %1 %2 are not indexed.").arg(missing).arg(table);
        }
        const qint64 live = c.scalar("SELECT (SELECT count(*) FROM deals WHERE deleted = 0) + "
                                     "(SELECT count(*) FROM contacts WHERE deleted = 0) + "
                                     "(SELECT count(*) FROM companies WHERE deleted = 0)");
        const qint64 indexed = c.scalar("SELECT count(*) FROM search");
        if (indexed != live)
            problems << Tr::tr("search index: %1 entries for %2 records.").arg(indexed).arg(live);
        if (!quick) {
            Result<QStringList> aggregates = Aggregates::verify(db);
            if (!aggregates)
                return aggregates.error();
            problems << *aggregates;
        }
        if (!db.readOnly()) {
            Result<QStringList> index = checkSearchIndex(db);
            if (!index)
                return index.error();
            problems << *index;
        }
        return problems;
    });
}

Result<QStringList> checkSearchIndex(Database &db)
{
    QStringList problems;
    // FTS5's own check is a command written as an INSERT, so it needs the write lock (SQLite
    // 3.40 has no read-only form). It waits the busy timeout for a writer of another process;
    // a file still locked after that, or open read-only, is not damaged: the check is skipped,
    // and check's counts still compare the index with the records.
    try {
        db.sql().exec("INSERT INTO search(search, rank) VALUES('integrity-check', 0)");
    } catch (const SqlError &e) {
        const bool cannotWrite =
            e.code() == SQLITE_BUSY || e.code() == SQLITE_LOCKED || e.code() == SQLITE_READONLY;
        if (!db.readOnly() && !cannotWrite)
            problems << Tr::tr("search index: its entries do not match the records (%1).")
                            .arg(QString::fromUtf8(sqlite3_errstr(e.code())));
    }
    return problems;
}

} // namespace Voronka::Core::Integrity
