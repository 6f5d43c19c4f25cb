// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "support/catch.h"

#include "core/analytics/aggregates.h"
#include "core/services/integrity.h"
#include "core/storage/database.h"
#include "core/storage/sqlite.h"

#include <QSet>

namespace Voronka::Test {

// Every invariant `voronka-cli check` verifies holds (the quick structure check).
// On PostgreSQL, which checks its own pages and keys, the aggregates only.
inline void requireConsistent(Core::Database &db)
{
    if (!db.onPostgres()) {
        Core::Result<QStringList> problems = Core::Integrity::check(db, true);
        INFO((problems.ok() ? QString() : problems.error().message).toStdString());
        REQUIRE(problems.ok());
        INFO(problems->join(u'\n').toStdString());
        CHECK(problems->isEmpty());
    }
    // The analytics aggregates, which the quick check leaves out (a full recomputation):
    // every test that writes and then checks consistency also checks them.
    Core::Result<QStringList> aggregates = Core::Aggregates::verify(db);
    REQUIRE(aggregates.ok());
    INFO(aggregates->join(u'\n').toStdString());
    CHECK(aggregates->isEmpty());
}

// Every row of every table but SQLite's own and the FTS index's shadow tables, as text: two
// dumps are equal exactly when nothing was written.
inline QString canonicalDump(Core::Database &db)
{
    QStringList tables;
    QSet<QString> withoutRowid;
    {
        Core::Query q = db.sql().prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'search\\_%' ESCAPE '\\' ORDER BY name");
        while (q->step()) {
            tables << q->text(0);
            if (q->text(1).contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive))
                withoutRowid.insert(q->text(0));
        }
    }
    QString out;
    for (const QString &t : std::as_const(tables)) {
        const bool keyed = withoutRowid.contains(t);
        Core::Query q = db.sql().prepare(
            keyed ? QStringLiteral("SELECT * FROM %1").arg(t)
                  : QStringLiteral("SELECT rowid, * FROM %1 ORDER BY rowid").arg(t));
        QStringList rows;
        while (q->step()) {
            QStringList cells;
            for (int c = 0; c < q->columnCount(); ++c) {
                const QVariant v = q->value(c);
                cells << (v.isNull() ? QStringLiteral("NULL")
                          : v.typeId() == QMetaType::QByteArray
                              ? QString::fromLatin1(v.toByteArray().toHex())
                              : v.toString());
            }
            rows << cells.join(u'|');
        }
        if (keyed)
            rows.sort();
        out += QStringLiteral("== %1\n").arg(t) + rows.join(u'\n') + u'\n';
    }
    return out;
}

// The data a user sees, as text: every live row of every data table (records not in the
// recycle bin and what hangs on them: custom values, tags, deal links) without the columns
// that only say when a row last changed (updated_at, hlc), and without the tables that keep
// the story of the changes (history, outbox, field clocks, import batches, sign-ins). Equal
// dumps mean the same data, however it came back: an undo writes its own history and moves
// what it undoes to the recycle bin, which canonicalDump would show. A tag carried only by
// records in the recycle bin is left out with them (it stays so that a restore brings it back).
inline QString canonicalDataDump(Core::Database &db)
{
    static const QSet<QString> story{
        QStringLiteral("history"),      QStringLiteral("outbox"),
        QStringLiteral("field_clock"),  QStringLiteral("import_batches"),
        QStringLiteral("import_items"), QStringLiteral("sign_ins"),
        QStringLiteral("meta")};
    static const QSet<QString> changeColumns{QStringLiteral("updated_at"), QStringLiteral("hlc")};
    // Rows hanging on a record: live only while the record is.
    const QString liveEntity = QStringLiteral(
        "CASE kind WHEN 1 THEN (SELECT deleted FROM deals WHERE id = entity_id) "
        "WHEN 2 THEN (SELECT deleted FROM contacts WHERE id = entity_id) "
        "WHEN 3 THEN (SELECT deleted FROM companies WHERE id = entity_id) "
        "WHEN 4 THEN (SELECT deleted FROM tasks WHERE id = entity_id) ELSE 0 END = 0");
    QStringList tables;
    {
        Core::Query q = db.sql().prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
            "'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE 'search\\_%' ESCAPE '\\' ORDER BY name");
        while (q->step())
            if (!story.contains(q->text(0)))
                tables << q->text(0);
    }
    QString out;
    for (const QString &t : std::as_const(tables)) {
        QStringList columns;
        bool deleted = false, entity = false;
        {
            Core::Query q = db.sql().prepare(
                QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(t));
            while (q->step()) {
                const QString c = q->text(0);
                deleted = deleted || c == u"deleted";
                entity = entity || c == u"entity_id";
                if (!changeColumns.contains(c))
                    columns << c;
            }
        }
        QString where = deleted ? QStringLiteral("deleted = 0") : QStringLiteral("1");
        if (entity && columns.contains(QStringLiteral("kind")))
            where += QStringLiteral(" AND ") + liveEntity;
        // A tag only records in the recycle bin carry stays for their restore: it is in the
        // bin with them.
        if (t == u"tags")
            where += QStringLiteral(" AND (NOT EXISTS (SELECT 1 FROM entity_tags WHERE tag_id = "
                                    "tags.id) OR EXISTS (SELECT 1 FROM entity_tags WHERE tag_id "
                                    "= tags.id AND ") +
                     liveEntity + u"))";
        // A row of an aggregate that counts nothing is what a record left behind when it moved
        // on (Aggregates::verify takes it as absent too).
        if (t.startsWith(u"analytics_"))
            where += QStringLiteral(" AND n <> 0");
        if (t == u"deal_contacts")
            where += QStringLiteral(" AND (SELECT deleted FROM deals WHERE id = deal_id) = 0 AND "
                                    "(SELECT deleted FROM contacts WHERE id = contact_id) = 0");
        Core::Query q = db.sql().prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(columns.join(u','), t, where));
        QStringList rows;
        while (q->step()) {
            QStringList cells;
            for (int c = 0; c < q->columnCount(); ++c) {
                const QVariant v = q->value(c);
                cells << (v.isNull() ? QStringLiteral("NULL")
                          : v.typeId() == QMetaType::QByteArray
                              ? QString::fromLatin1(v.toByteArray().toHex())
                              : v.toString());
            }
            rows << cells.join(u'|');
        }
        rows.sort();
        out += QStringLiteral("== %1\n").arg(t) + rows.join(u'\n') + u'\n';
    }
    return out;
}

} // namespace Voronka::Test
