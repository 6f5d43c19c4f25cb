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
inline void requireConsistent(Core::Database &db)
{
    Core::Result<QStringList> problems = Core::Integrity::check(db, true);
    INFO((problems.ok() ? QString() : problems.error().message).toStdString());
    REQUIRE(problems.ok());
    INFO(problems->join(u'\n').toStdString());
    CHECK(problems->isEmpty());
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

} // namespace Voronka::Test
